import { agreement2024, CalendarDate, CommitteeMeeting } from "@accord-jeunes/domain"
import { Examples } from "@accord-jeunes/domain/testing"
import { Composition } from "@accord-jeunes/plugin-sdk"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Aggregate, Report, ReportSchemas } from "../src/index.js"

const timeline = Composition.composeOrThrow({ base: agreement2024 })
const agg = Aggregate.aggregator(Report.settingsFor(timeline, { start: "2024-09-16", end: "2025-09-15" }, ["region"]))
agg.addAction({ id: "a1", branches: ["hcr"], region: "84", actionType: "company-visit", startDate: "2025-03-01" })
for (let i = 0; i < 40; i++) {
  agg.add({ kind: "participant", ref: `p-${i}` })
  agg.add({ kind: "participation", participant: `p-${i}`, action: "a1", startDate: "2025-03-01" })
  if (i % 3 === 0)
    agg.add({ kind: "insertion-outcome", participant: `p-${i}`, outcome: "apprenticeship", startDate: "2025-09-01" })
}
// one national meeting in the year, nobody recorded as present: the report has governance errors
const meetings = [
  Schema.decodeUnknownSync(CommitteeMeeting.CommitteeMeeting)(
    Examples.with("committee-meeting", { attendance: [], decisions: [] })
  )
]

const report = Report.annual({
  timeline,
  period: { kind: "agreement-year", index: 1 },
  asOf: CalendarDate.make("2025-10-01"),
  aggregate: agg.finish(),
  meetings,
  designations: [],
  regions: ["84"]
})

describe("the annual report (a4#4)", () => {
  it("a4#4: gathers status, branches, governance findings and the tracking table", () => {
    expect(report.lifecycle.status).toBe("in-force")
    expect(report.branches.map((b) => b.id)).toEqual(["commerce-de-gros", "hcr", "bois"])
    expect(report.governance.summary.errors).toBeGreaterThan(0)
    expect(report.trackingTable.total.values["entries-into-work-study"]).toBe(14)
    expect(report.pendingDecisions.map((p) => p.id)).toEqual(["annual-report-indicators"])
  })
  it("is plain JSON: it survives a round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })
  it("renders as Markdown, in French or English", () => {
    const fr = Report.toMarkdown(report, "fr")
    expect(fr).toContain("# Rapport annuel — Accord-cadre pour l'emploi et la qualification des jeunes")
    expect(fr).toContain("| Auvergne-Rhône-Alpes (84) | 40 | 14 |")
    expect(Report.toMarkdown(report, "en")).toContain("## Tracking table")
  })
  it("a4#4: --explain says how every column is computed: definition, conditions, clause, masked cells", () => {
    const md = Report.toMarkdown(report, "fr", { explain: true })
    expect(md).toContain("## Comment chaque colonne est calculée")
    expect(md).toContain(
      "- **Jeunes entrés en CDI** (`entries-into-cdi`, clause a4#4) : compte jeunes distincts (CDI)."
    )
    expect(Report.toMarkdown(report, "en", { explain: true })).toContain("## How each column is computed")
    expect(Report.toMarkdown(report, "fr")).not.toContain("Comment chaque colonne")
  })
  it("renders as an HTML page with a chart and escaped text", () => {
    const html = Report.toHtml(report, "fr")
    expect(html.startsWith("<!doctype html>")).toBe(true)
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('<svg role="img"')
    expect(html).toContain("<title>Jeunes entrés en alternance: 14</title>")
  })
})

describe("the report's own schema", () => {
  it("a4#4: the annual report and its tracking table validate against their schemas, with no extra field", () => {
    const json = JSON.parse(JSON.stringify(report))
    expect(() =>
      Schema.decodeUnknownSync(ReportSchemas.AnnualReport)(json, { onExcessProperty: "error" })
    ).not.toThrow()
    expect(() =>
      Schema.decodeUnknownSync(ReportSchemas.TrackingTable)(json.trackingTable, { onExcessProperty: "error" })
    ).not.toThrow()
  })
  it("refuses a report whose hidden cell carries a value type it should not", () => {
    const json = JSON.parse(JSON.stringify(report))
    json.trackingTable.total.values.participants = "40"
    expect(Result.isFailure(Schema.decodeUnknownResult(ReportSchemas.AnnualReport)(json))).toBe(true)
  })
  it("exports as JSON Schema for other languages", () => {
    const doc = Schema.toJsonSchemaDocument(ReportSchemas.AnnualReport)
    expect(Object.keys(doc.definitions)).toEqual(
      expect.arrayContaining(["AnnualReport", "TrackingTable", "Explanation"])
    )
  })
})
