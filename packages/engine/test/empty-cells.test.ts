// A mean or a rate with nobody to divide by has no value: shown as « — » and explained, never as
// a 0 that a reader would take for a figure.
import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
import { Composition } from "@accord-jeunes/plugin-sdk"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Aggregate, Report, ReportSchemas, Texts, TrackingTable } from "../src/index.js"

const timeline = Composition.composeOrThrow({ base: agreement2024 })
const yearOne = { start: "2024-09-16", end: "2025-09-15" }

// region 94: one young person in an action, then a CDI; region 84: one young person, no contract;
// region 11: an action of the year before, a contract in this one (no entry into an action here)
const report = () => {
  const agg = Aggregate.aggregator(Report.settingsFor(timeline, yearOne, ["region"]))
  agg.addAction({ id: "a1", branches: ["hcr"], region: "94", actionType: "company-visit", startDate: "2024-11-04" })
  agg.addAction({ id: "a2", branches: ["hcr"], region: "84", actionType: "company-visit", startDate: "2025-03-03" })
  agg.addAction({ id: "a0", branches: ["hcr"], region: "11", actionType: "company-visit", startDate: "2024-01-10" })
  const person = (ref: string, action: string, day: string, contract?: string) => {
    agg.add({ kind: "participant", ref })
    agg.add({ kind: "participation", participant: ref, action, startDate: day })
    if (contract !== undefined)
      agg.add({
        kind: "insertion-outcome",
        participant: ref,
        outcome: "cdi",
        startDate: contract,
        endDate: "2027-01-01"
      })
  }
  person("p-1", "a1", "2024-11-04", "2025-01-10")
  person("p-2", "a2", "2025-03-03")
  person("p-3", "a0", "2024-01-10", "2025-02-01")
  return Report.annual({
    timeline,
    period: { kind: "agreement-year", index: 1 },
    asOf: CalendarDate.make("2025-10-01"),
    aggregate: agg.finish(),
    meetings: [],
    designations: [],
    threshold: 1
  })
}

describe("means and rates on empty cells", () => {
  const r = report()
  const table = r.trackingTable
  const row = (region: string) => table.rows.find((x) => x.dimensions.region === region) as TrackingTable.Row

  it("a mean delay where nobody signed a contract has no value, not 0 days", () => {
    expect(row("84").values["mean-days-to-first-contract"]).toBeNull()
    expect(row("84").empty?.["mean-days-to-first-contract"]).toBe("no-young-person")
    expect(row("84").hidden["mean-days-to-first-contract"]).toBeUndefined()
    expect(row("94").values["mean-days-to-first-contract"]).toBe(67)
    // its explanation says why, not "null"
    const why = TrackingTable.explainCell(table, row("84").key, "mean-days-to-first-contract")
    expect(why?.message.fr).toMatch(
      /^Délai moyen jusqu'au premier contrat \(jours\) : sans valeur, aucun jeune sur qui la calculer — /u
    )
    expect(why?.message.en).toContain("no value, no young person to compute it on")
    expect(why?.message.fr).not.toContain("null")
  })

  it("a rate over no young person in an action has no value, not 0 %", () => {
    expect(row("11").values["young-people-with-contract"]).toBe(1)
    expect(row("11").values["young-people-in-actions"]).toBe(0)
    expect(row("11").values["contract-rate"]).toBeNull()
    expect(row("11").empty?.["contract-rate"]).toBe("no-young-person")
    // a rate of 0 over young people who are there is a figure
    expect(row("84").values["contract-rate"]).toBe(0)
    expect(row("84").empty?.["contract-rate"]).toBeUndefined()
  })

  it("the JSON is valid against the report's schema, empty cells null", () => {
    const json = JSON.parse(JSON.stringify(r)) as unknown
    expect(() => Schema.decodeUnknownSync(ReportSchemas.AnnualReport)(json)).not.toThrow()
    expect(
      (json as { trackingTable: TrackingTable.Table }).trackingTable.rows.find((x) => x.key === "84")?.values[
        "mean-days-to-first-contract"
      ]
    ).toBeNull()
  })

  it("Markdown, HTML and CSV show « — » and say why, in French and in English", () => {
    for (const lang of ["fr", "en"] as const) {
      const w = Texts.report[lang]
      const md = Report.toMarkdown(r, lang)
      const line84 = md.split("\n").find((l) => l.startsWith("| ") && l.includes("(84)")) ?? ""
      expect(line84.trim().endsWith(`| ${w.emptyMark} |`)).toBe(true)
      expect(md).toContain(w.emptyNote)
      const html = Report.toHtml(r, lang)
      expect(html).toContain(`<td class="empty">${w.emptyMark}</td>`)
      expect(html).toContain(w.emptyNote)
      const csv = Report.toCsv(r, { lang }).split("\r\n")
      const csv84 = csv.find((l) => l.startsWith("84")) ?? ""
      expect(csv84.endsWith(`;${w.emptyMark}`)).toBe(true)
    }
  })

  it("a table with no empty cell says nothing about empty cells", () => {
    const full = { ...r, trackingTable: { ...table, rows: table.rows.filter((x) => x.empty === undefined) } }
    const noEmptyTotal = {
      ...full,
      trackingTable: { ...full.trackingTable, total: { ...table.total, empty: undefined } }
    }
    expect(Report.toMarkdown(noEmptyTotal as never, "en")).not.toContain(Texts.report.en.emptyNote)
  })

  it("the rate's explanation says what its numerator and its denominator count", () => {
    const lines = Report.explainColumns(r, "en").join("\n")
    const rate = lines.split("\n").find((l) => l.includes("`contract-rate`")) ?? ""
    expect(rate).toContain("numerator: Young people with a contract")
    expect(rate).toContain("denominator: Young people in actions")
    expect(rate).toContain("whatever the period of their first action")
    expect(rate).toContain("can exceed 100 %")
  })
})
