// The report day (`--as-of`) is the day the committee reads the figures: what is dated after it is
// not counted. A young person's records repeated across files (monthly exports) or a file given
// twice count once.
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Examples } from "@accord-jeunes/domain/testing"
import { describe, expect, it } from "vitest"
import { action, cli } from "./support.js"

const demo = fileURLToPath(new URL("../../../examples/demo/data/synthetic-sample.ndjson", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "accord-jeunes-asof-"))
const write = (name: string, records: ReadonlyArray<unknown>) => {
  const path = join(dir, name)
  writeFileSync(path, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`)
  return path
}
type Values = Record<string, number | null>
const reportJson = async (argv: ReadonlyArray<string>) => {
  const r = await cli(["report", ...argv, "--format", "json"])
  expect(r.code).toBe(0)
  const annual = JSON.parse(r.out) as {
    period: { end: string }
    trackingTable: { total: { values: Values }; settings: { period: { start: string; end: string } } }
  }
  return { annual, values: annual.trackingTable.total.values, err: r.err }
}

describe("the report day", () => {
  it("records dated after the report day are not counted, and the report says through which day it counts", async () => {
    const r = await reportJson([demo, "--agreement-year", "1", "--as-of", "2025-03-01", "--threshold", "1"])
    expect(r.values["young-people-in-actions"]).toBe(168)
    expect(r.values["contracts-signed"]).toBe(6)
    // the period keeps its bounds; the table says which days it counted
    expect(r.annual.period.end).toBe("2025-09-15")
    expect(r.annual.trackingTable.settings.period).toEqual({ start: "2024-09-16", end: "2025-03-01" })
    expect(r.err).toContain("comptés jusqu'au 1er mars 2025")
    expect(r.err).toContain("[report.counted-through]")
    const en = await cli(["report", demo, "--agreement-year", "1", "--as-of", "2025-03-01", "--lang", "en"])
    expect(en.err).toContain("counted through 1 March 2025")
    // the report itself says it, for whoever reads it without the command's messages
    expect(en.out).toContain("_Period under way: counted through 1 March 2025 (the period runs to 15 September 2025)")
    const html = await cli(["report", demo, "--agreement-year", "1", "--as-of", "2025-03-01", "--format", "html"])
    expect(html.out).toContain('<p class="counted">Période en cours : comptés jusqu\'au 1er mars 2025')
    const ended = await cli(["report", demo, "--agreement-year", "1", "--as-of", "2025-12-31"])
    expect(ended.out).not.toContain("Période en cours")
  })
  it("a year not started counts nothing and says so", async () => {
    const r = await reportJson([demo, "--agreement-year", "2", "--as-of", "2025-03-01"])
    expect(r.values["young-people-in-actions"]).toBe(0)
    expect(r.err).toContain("[report.period-not-started]")
    expect(r.err).toContain("16 septembre 2025")
    const md = await cli(["report", demo, "--agreement-year", "2", "--as-of", "2025-03-01"])
    expect(md.out).toContain("_Période pas encore commencée au jour du rapport : rien n'est compté._")
  })
  it("governance counts no meeting dated after the report day", async () => {
    const meeting = (id: string, date: string) =>
      Examples.with("committee-meeting", { id, date, body: { level: "national" }, outputs: [] })
    const file = write("meetings.ndjson", [meeting("copil-1", "2024-12-10"), meeting("copil-2", "2025-06-10")])
    const r = await cli(["governance", file, "--agreement-year", "1", "--as-of", "2025-03-01", "--json"])
    const report = JSON.parse(r.out) as {
      findings: ReadonlyArray<{ rule: string; explanation: { facts: { meetings?: ReadonlyArray<string> } } }>
    }
    const national = report.findings.find((f) => f.rule === "governance.national-meetings")
    expect(national?.explanation.facts.meetings).toEqual(["2024-12-10"])
  })
})

describe("repeated records", () => {
  const participant = (ref: string) => ({ ...Examples.participant, ref })
  const participation = (id: string, ref: string) => ({
    ...Examples.participation,
    id,
    participant: ref,
    action: action.id,
    startDate: "2025-03-12"
  })
  const jan = write("jan.ndjson", [
    action,
    participant("p-m1"),
    participation("pa-1", "p-m1"),
    participant("p-m2"),
    participation("pa-2", "p-m2")
  ])
  const mar = write("mar.ndjson", [
    participant("p-m1"),
    { ...Examples.insertionOutcome, id: "o-1", participant: "p-m1", outcome: "cdi", startDate: "2025-04-01" }
  ])
  const args = ["--agreement-year", "1", "--as-of", "2025-12-31", "--threshold", "1"]
  it("a young person's records in two months' exports count as one young person, their CDI counted", async () => {
    const r = await reportJson([jan, mar, ...args])
    expect(r.values["entries-into-cdi"]).toBe(1)
    expect(r.values["young-people-in-actions"]).toBe(2)
    expect(r.err).toContain("[report.records-regrouped]")
    expect(r.err).toContain("copie d'un enregistrement déjà lu")
  })
  it("a file given twice gives the figures of the file once, and says so", async () => {
    const once = await reportJson([demo, "--agreement-year", "1", "--as-of", "2025-12-31"])
    const twice = await reportJson([demo, demo, "--agreement-year", "1", "--as-of", "2025-12-31"])
    expect(twice.values).toEqual(once.values)
    expect(twice.err).toContain("[report.records-unattributed]")
    expect(twice.err).toContain("copie d'un enregistrement déjà lu (comptée une fois) (2056)")
  })
})

describe("a report that counts nothing", () => {
  it("a4#4: says so on standard error, for a file of actions only, and not when young people were counted", async () => {
    const only = write("actions-seules.ndjson", [action])
    const r = await cli(["report", only, "--agreement-year", "1", "--as-of", "2025-12-31"])
    expect(r.code).toBe(0)
    expect(r.err).toContain("Aucun jeune dans le tableau de suivi (1 enregistrement(s) valide(s)")
    expect(r.err).toContain("[report.nothing-counted]")
    const en = await cli(["report", only, "--agreement-year", "1", "--as-of", "2025-12-31", "--lang", "en"])
    expect(en.err).toContain("its zeros say nothing about the period")
    const some = await cli(["report", demo, "--agreement-year", "1", "--as-of", "2025-12-31"])
    expect(some.err).not.toContain("report.nothing-counted")
  })
})
