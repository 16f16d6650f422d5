import { readFileSync } from "node:fs"
import { agreement2024, CalendarDate, CommitteeMeeting, type ExchangeRecord } from "@accord-jeunes/domain"
import { Examples } from "@accord-jeunes/domain/testing"
import { Composition } from "@accord-jeunes/plugin-sdk"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Aggregate, Compliance, Period, Report } from "../src/index.js"

// The report day is the day the committee reads the figures: what is dated after it has not
// happened (or is planned), and counts in no figure and no finding.
const d = CalendarDate.make
const timeline = Composition.composeOrThrow({ base: agreement2024 })
const year = (index: number, asOf: string) =>
  Period.resolveOrThrow(timeline, { kind: "agreement-year", index }, d(asOf))

const sample = readFileSync(new URL("../../../examples/demo/data/synthetic-sample.ndjson", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as ExchangeRecord.ExchangeRecord)

// the sample's figures on a report day, counted as the command line counts them
const figures = (index: number, asOf: string) => {
  const period = year(index, asOf)
  const settings = { ...Report.settingsFor(timeline, period, ["branch"]), period: Period.counted(period, d(asOf)) }
  const agg = Aggregate.regrouping(settings)
  for (const r of sample) agg.record(r)
  return agg.finish().total
}

describe("the days a period counts on the report day", () => {
  it("a period under way is counted through the report day, its bounds unchanged", () => {
    const y1 = year(1, "2025-03-01")
    expect(y1.end).toBe("2025-09-15")
    expect(Period.counted(y1, d("2025-03-01"))).toEqual({ start: "2024-09-16", end: "2025-03-01" })
    // an ended period: all of it
    expect(Period.counted(y1, d("2025-12-31"))).toEqual({ start: "2024-09-16", end: "2025-09-15" })
  })
  it("a period not started counts nothing: its last counted day comes before its first", () => {
    const y2 = year(2, "2025-03-01")
    expect(y2.status).toBe("not-started")
    const c = Period.counted(y2, d("2025-03-01"))
    expect(c.end < c.start).toBe(true)
  })
})

describe("figures on the report day (the synthetic sample)", () => {
  it("records dated after the report day are not counted", () => {
    const whole = figures(1, "2025-12-31")
    const early = figures(1, "2025-03-01")
    expect(whole["young-people-in-actions"]).toBe(526)
    expect(whole["contracts-signed"]).toBe(141)
    expect(early["young-people-in-actions"]).toBe(168)
    expect(early["contracts-signed"]).toBe(6)
  })
  it("a year not started on the report day counts nothing, nor do records before the signature", () => {
    expect(figures(2, "2025-03-01")["young-people-in-actions"] ?? 0).toBe(0)
    expect(figures(1, "2024-01-01")["young-people-in-actions"] ?? 0).toBe(0)
  })
})

const meeting = (id: string, date: string, outputs: ReadonlyArray<"annual-report" | "tracking-table"> = []) =>
  Schema.decodeUnknownSync(CommitteeMeeting.CommitteeMeeting)(
    Examples.with("committee-meeting", {
      id,
      date,
      body: { level: "national" },
      decisions: Examples.committeeMeeting.decisions,
      outputs: [...outputs]
    })
  )

describe("governance on the report day", () => {
  const meetings = [meeting("copil-1", "2024-12-10"), meeting("copil-2", "2025-06-10", ["annual-report"])]
  const check = (asOf: string) =>
    Compliance.check({
      timeline,
      meetings,
      designations: [],
      period: { kind: "agreement-year", index: 1 },
      asOf: d(asOf),
      regions: ["84"]
    })
  const national = (r: Compliance.Report) => r.findings.find((f) => f.rule === "governance.national-meetings")
  it("a meeting dated after the report day is not counted, nor what it produced", () => {
    const early = check("2025-03-01")
    expect(national(early)?.explanation.facts).toMatchObject({ meetings: ["2024-12-10"] })
    expect(national(early)?.explanation.message.en).toContain("2025-03-01")
    expect(early.findings.find((f) => f.rule === "governance.annual-report")?.ok).toBe(false)
    const late = check("2025-10-01")
    expect(national(late)?.explanation.facts).toMatchObject({ meetings: ["2024-12-10", "2025-06-10"] })
    expect(late.findings.find((f) => f.rule === "governance.annual-report")?.ok).toBe(true)
  })
  it("the first committee is judged once it has met", () => {
    const before = Compliance.check({
      timeline,
      meetings,
      designations: [],
      period: { kind: "agreement-year", index: 1 },
      asOf: d("2024-12-01"),
      regions: ["84"]
    })
    expect(before.findings.some((f) => f.rule === "governance.first-committee-indicators")).toBe(false)
    expect(check("2025-03-01").findings.some((f) => f.rule === "governance.first-committee-indicators")).toBe(true)
  })
})
