import { agreement2024, CalendarDate, type CommitteeMeeting, type ReferentDesignation } from "@accord-jeunes/domain"
import { Composition } from "@accord-jeunes/plugin-sdk"
import { describe, expect, it } from "vitest"
import { Compliance } from "../src/index.js"

const d = CalendarDate.make
const timeline = Composition.composeOrThrow({ base: agreement2024 })
const everyone = ["state", "unml", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"]

const meeting = (
  id: string,
  date: string,
  options: {
    present?: ReadonlyArray<string>
    outputs?: ReadonlyArray<string>
    setsIndicators?: boolean
    region?: string
  } = {}
): CommitteeMeeting.CommitteeMeeting =>
  ({
    kind: "committee-meeting",
    schemaVersion: "1.0.0",
    id,
    agreement: agreement2024.id,
    body: options.region === undefined ? { level: "national" } : { level: "regional", region: options.region },
    date,
    attendance: (options.present ?? everyone).map((party) => ({ party, present: true })),
    decisions: options.setsIndicators ? [{ id: `${id}-d1`, summary: "Indicateurs arrêtés", setsIndicators: true }] : [],
    outputs: options.outputs ?? []
  }) as never

const designation = (
  party: string,
  level: "national" | "regional",
  region?: string
): ReferentDesignation.ReferentDesignation =>
  ({
    kind: "referent-designation",
    schemaVersion: "1.0.0",
    id: `${party}-${level}-${region ?? "fr"}`,
    agreement: agreement2024.id,
    party,
    level,
    ...(region === undefined ? {} : { region }),
    from: "2024-10-01"
  }) as never

const regions = ["84", "11"]
// every party bound names referents, the founding branches too (a3#2; docs/signatories.md)
const allDesignations = everyone.flatMap((p) => [
  designation(p, "national"),
  ...regions.map((r) => designation(p, "regional", r))
])

const check = (meetings: ReadonlyArray<CommitteeMeeting.CommitteeMeeting>, extra: Partial<Compliance.Inputs> = {}) =>
  Compliance.check({
    timeline,
    meetings,
    designations: allDesignations,
    period: { kind: "agreement-year", index: 1 },
    asOf: d("2025-10-01"),
    regions,
    ...extra
  })

const byRule = (r: Compliance.Report, rule: string) => r.findings.filter((f) => f.rule === rule)

const good = [
  meeting("copil-1", "2024-12-10", { setsIndicators: true }),
  meeting("copil-2", "2025-06-20", { outputs: ["annual-report", "tracking-table"] }),
  meeting("crp-84", "2025-03-01", { region: "84" }),
  meeting("crp-11", "2025-04-01", { region: "11" })
]

describe("governance compliance", () => {
  it("passes a year that met every rule", () => {
    const r = check(good)
    expect(r.summary.errors).toBe(0)
    expect(r.summary.warnings).toBe(0)
    expect(r.period).toMatchObject({ label: "agreement year 1", start: "2024-09-16", end: "2025-09-15" })
  })
  it("a4#3: one national meeting in a finished year is an error; in a year under way, a warning", () => {
    const one = good.filter((m) => m.id !== "copil-2")
    expect(byRule(check(one), "governance.national-meetings")[0]?.severity).toBe("error")
    expect(byRule(check(one, { asOf: d("2025-05-01") }), "governance.national-meetings")[0]?.severity).toBe("warning")
  })
  it("a4#2: a meeting without a signatory branch is reported, naming it", () => {
    const partial = [
      meeting("copil-1", "2024-12-10", { setsIndicators: true, present: ["state", "unml", "akto", "branch:hcr"] }),
      ...good.slice(1)
    ]
    const [f] = byRule(check(partial), "governance.national-composition").filter((x) => !x.ok)
    expect(f?.explanation.facts.missing).toEqual(["branch:commerce-de-gros", "branch:bois"])
  })
  it("a4#4: the annual report and the tracking table must be produced", () => {
    const none = [
      meeting("copil-1", "2024-12-10", { setsIndicators: true }),
      meeting("copil-2", "2025-06-20"),
      ...good.slice(2)
    ]
    const r = check(none)
    expect(r.findings.filter((f) => !f.ok).map((f) => f.rule)).toEqual([
      "governance.annual-report",
      "governance.tracking-table"
    ])
  })
  it("a3.3#4: the first national committee sets the indicators", () => {
    const r = check([meeting("copil-1", "2024-12-10"), ...good.slice(1)])
    expect(byRule(r, "governance.first-committee-indicators")[0]?.ok).toBe(false)
  })
  it("a4.1#2: each region holds its yearly committee", () => {
    const r = check(good.filter((m) => m.id !== "crp-11"))
    const failing = byRule(r, "governance.regional-committee").filter((f) => !f.ok)
    expect(failing.map((f) => f.explanation.facts.region)).toEqual(["11"])
    expect(failing[0]?.explanation.message.fr).toBe(
      "Région 11 (Île-de-France) : 0 comité(s) régional(aux), 1 attendu(s)"
    )
  })
  it("a3#2 and a4.1#1: every signatory names a national referent and regional correspondents", () => {
    const r = check(good, {
      designations: allDesignations.filter(
        (x) => !(x.party === "akto" && x.region === "84") && x.id !== "unml-national-fr"
      )
    })
    expect(
      r.findings.filter((f) => !f.ok).map((f) => `${f.rule} ${JSON.stringify(f.explanation.facts.party)}`)
    ).toEqual(['governance.national-referent "unml"', 'governance.regional-referents "akto"'])
  })
  it("a3#5: a communication the other signatories were not told about beforehand is reported", () => {
    const communications: ReadonlyArray<Compliance.Communication> = [
      {
        id: "press-1",
        by: "akto",
        date: d("2025-02-01"),
        notified: [
          { party: "state", on: d("2025-01-20") },
          { party: "unml", on: d("2025-02-01") }
        ]
      }
    ]
    const [f] = byRule(check(good, { communications }), "governance.prior-notice")
    expect(f?.ok).toBe(false)
    // the founding branches are signatory parties too (docs/signatories.md): they were not told either
    expect(f?.explanation.facts.notToldBeforehand).toEqual([
      "unml",
      "branch:commerce-de-gros",
      "branch:hcr",
      "branch:bois"
    ])
  })
  it("a4#3: a calendar year counts only its part within the agreement", () => {
    const r = check(good, { period: { kind: "calendar-year", year: 2024 }, asOf: d("2025-02-01") })
    expect(r.period).toMatchObject({ start: "2024-09-16", end: "2024-12-31" })
    expect(byRule(r, "governance.national-meetings")[0]?.explanation.facts.meetings).toEqual(["2024-12-10"])
  })
})
