// The annual report read by the steering committee: its rows by labels (an action type's label, a
// branch's name, a region's name beside its code, a period written out), the CSV with a code and a
// name column for each dimension, and days written out in the words of the language.
import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
import { Composition } from "@accord-jeunes/plugin-sdk"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Aggregate, Report, ReportSchemas, Texts } from "../src/index.js"

const timeline = Composition.composeOrThrow({ base: agreement2024 })
const yearOne = { start: "2024-09-16", end: "2025-09-15" }

/** A report of agreement year 1 by the given dimensions: two actions, one in 2024, one in 2025. */
const reportBy = (
  dimensions: ReadonlyArray<Aggregate.Dimension>,
  asOf = "2025-10-01",
  terminations: ReadonlyArray<{
    requestedBy: string
    receipts: ReadonlyArray<{ party: string; receivedOn: string }>
  }> = []
) => {
  const agg = Aggregate.aggregator(Report.settingsFor(timeline, yearOne, dimensions))
  agg.addAction({ id: "a1", branches: ["hcr"], region: "94", actionType: "company-visit", startDate: "2024-11-04" })
  agg.addAction({
    id: "a2",
    branches: ["commerce-de-gros"],
    region: "84",
    actionType: "collective-information",
    startDate: "2025-03-03"
  })
  for (let i = 0; i < 30; i++) {
    const action = i % 2 === 0 ? "a1" : "a2"
    agg.add({ kind: "participant", ref: `p-${i}` })
    agg.add({
      kind: "participation",
      participant: `p-${i}`,
      action,
      startDate: action === "a1" ? "2024-11-04" : "2025-03-03"
    })
  }
  return Report.annual({
    timeline,
    period: { kind: "agreement-year", index: 1 },
    asOf: CalendarDate.make(asOf),
    aggregate: agg.finish(),
    meetings: [],
    designations: [],
    terminations: terminations.map((t) => ({
      requestedBy: t.requestedBy,
      receipts: t.receipts.map((r) => ({ party: r.party, receivedOn: CalendarDate.make(r.receivedOn) }))
    }))
  })
}

const tableLines = (markdown: string) => markdown.split("\n").filter((l) => l.startsWith("| "))

describe("a4#4: the tracking table reads by labels", () => {
  const report = reportBy(["branch", "action-type", "region"])

  it("a4#4: Markdown names action types by their label, branches by their name, regions by name and code", () => {
    const fr = tableLines(Report.toMarkdown(report, "fr"))
    expect(fr[0]?.startsWith("| Branche | Type d'action | Région |")).toBe(true)
    expect(fr).toContainEqual(
      expect.stringMatching(/^\| Hôtels, cafés, restaurants \| Visites d'entreprises \| Corse \(94\) \| 15 \|/u)
    )
    expect(fr).toContainEqual(
      expect.stringMatching(
        /^\| Commerces de gros \| Information collective pour la découverte des métiers et des parcours en alternance \| Auvergne-Rhône-Alpes \(84\) \| 15 \|/u
      )
    )
    const en = tableLines(Report.toMarkdown(report, "en"))
    expect(en).toContainEqual(
      expect.stringMatching(/^\| Hotels, cafés and restaurants \| Company visits \| Corse \(94\) \|/u)
    )
    // no row is read by an action type's code
    for (const line of [...fr, ...en]) expect(line).not.toMatch(/company-visit|collective-information|\| hcr \|/u)
  })

  it("a4#4: the HTML page shows labels, the code kept in an attribute for programs", () => {
    const html = Report.toHtml(report, "fr")
    expect(html).toContain(`<td data-code="company-visit">Visites d'entreprises</td>`)
    expect(html).toContain(`<td data-code="94">Corse (94)</td>`)
    expect(html).toContain(`<td data-code="hcr">Hôtels, cafés, restaurants</td>`)
    expect(Report.toHtml(report, "en")).toContain(`<td data-code="company-visit">Company visits</td>`)
  })

  it("a4#4: the CSV keeps each dimension's code for programs and adds its name for people", () => {
    const [header, ...rows] = Report.toCsv(report).split("\r\n")
    expect(header?.split(";").slice(0, 7)).toEqual([
      "Branche (code)",
      "Branche",
      "Type d'action (code)",
      "Type d'action",
      "Région (code)",
      "Région",
      "Jeunes entrés en action"
    ])
    expect(rows).toContainEqual(
      expect.stringMatching(/^hcr;Hôtels, cafés, restaurants;company-visit;Visites d'entreprises;94;Corse;15;/u)
    )
    expect(rows.at(-1)?.startsWith("Total;;;;;;30;")).toBe(true)
    const en = Report.toCsv(report, { lang: "en" }).split("\r\n")
    expect(en[0]?.startsWith("Branch (code);Branch;Action type (code);Action type;Region (code);Region;")).toBe(true)
    expect(en).toContainEqual(
      expect.stringMatching(/^hcr;Hotels, cafés and restaurants;company-visit;Company visits;94;Corse;/u)
    )
  })

  it("a4#4: the JSON report carries the action types in force with their labels, as its schema says", () => {
    expect(report.actionTypes?.find((t) => t.id === "company-visit")?.label).toEqual({
      fr: "Visites d'entreprises",
      en: "Company visits"
    })
    expect(report.actionTypes).toHaveLength(agreement2024.actionTypes.length)
    const json = JSON.parse(JSON.stringify(report))
    expect(() =>
      Schema.decodeUnknownSync(ReportSchemas.AnnualReport)(json, { onExcessProperty: "error" })
    ).not.toThrow()
    // a report written before the field existed still reads, by its codes
    const { actionTypes: _, ...older } = json
    const decoded = Schema.decodeUnknownSync(ReportSchemas.AnnualReport)(older)
    expect(Report.valueLabel(decoded, "action-type", "company-visit", "fr")).toBe("company-visit")
  })

  it("a4#4: a code the report does not name reads as itself", () => {
    expect(Report.valueLabel(report, "action-type", "hcr:tasting", "fr")).toBe("hcr:tasting")
    expect(Report.valueLabel(report, "region", "99", "fr")).toBe("99")
    expect(Report.valueLabel(report, "branch", "unknown", "en")).toBe("unknown")
  })
})

describe("a4#4: the period dimension written out", () => {
  const report = reportBy(["period"])

  it("a4#4: a calendar year cut by the agreement year says its days", () => {
    expect(report.trackingTable.rows.map((r) => r.dimensions.period)).toEqual(["2024", "2025"])
    const fr = tableLines(Report.toMarkdown(report, "fr"))
    expect(fr).toContainEqual(expect.stringMatching(/^\| 2024 \(16 septembre 2024 – 31 décembre 2024\) \| 15 \|/u))
    expect(fr).toContainEqual(expect.stringMatching(/^\| 2025 \(1er janvier 2025 – 15 septembre 2025\) \| 15 \|/u))
    const csv = Report.toCsv(report, { lang: "en" }).split("\r\n")
    expect(csv[0]?.startsWith("Period (code);Period;")).toBe(true)
    expect(csv[1]?.startsWith("2024;2024 (16 September 2024 – 31 December 2024);15;")).toBe(true)
  })

  it.each([
    ["2025", undefined, "2025", "2025"],
    ["2025-Q1", undefined, "1er trimestre 2025", "Q1 2025"],
    [
      "2025-Q3",
      yearOne,
      "3e trimestre 2025 (1er juillet 2025 – 15 septembre 2025)",
      "Q3 2025 (1 July 2025 – 15 September 2025)"
    ],
    [
      "2024-09",
      yearOne,
      "septembre 2024 (16 septembre 2024 – 30 septembre 2024)",
      "September 2024 (16 September 2024 – 30 September 2024)"
    ],
    ["2025-02", yearOne, "février 2025", "February 2025"],
    ["autre", undefined, "autre", "autre"]
  ] as const)("a4#4: period %s reads « %s »", (value, counted, fr, en) => {
    expect(Texts.periodValue(value, counted)).toEqual({ fr, en })
  })
})

describe("a4#4: days written out in the report's text", () => {
  it("a4#4: the period, the report day, the agreement's status and the branches' days in words", () => {
    const report = reportBy(["branch"], "2026-06-30")
    const fr = Report.toMarkdown(report, "fr")
    expect(fr).toContain(
      "Période : année 1 de l'accord (16 septembre 2024 – 15 septembre 2025). Établi au 30 juin 2026."
    )
    expect(fr).toContain("**Au 30 juin 2026 : en vigueur**")
    expect(fr).toContain("- Hôtels, cafés, restaurants (depuis le 16 septembre 2024)")
    const en = Report.toMarkdown(report, "en")
    expect(en).toContain("Period: agreement year 1 (16 September 2024 – 15 September 2025). As of 30 June 2026.")
    expect(en).toContain("**On 30 June 2026: in force**")
    expect(en).toContain("- Hotels, cafés and restaurants (since 16 September 2024)")
    // the report's own lines carry no ISO day (the findings' messages are the rules' own)
    const own = fr.split("\n## Gouvernance")[0] as string
    expect(own).not.toMatch(/\d{4}-\d{2}-\d{2}/u)
    const html = Report.toHtml(report, "fr")
    expect(html).toContain(
      "<p>Période : année 1 de l'accord (16 septembre 2024 – 15 septembre 2025). Établi au 30 juin 2026.</p>"
    )
    expect(html).toContain(`<p class="status">Au 30 juin 2026 : en vigueur</p>`)
  })

  it("a7#4: a termination's effective day is written out beside the status", () => {
    const report = reportBy(["branch"], "2026-02-01", [
      { requestedBy: "unml", receipts: [{ party: "state", receivedOn: "2026-01-15" }] }
    ])
    expect(report.lifecycle.status).toBe("terminating")
    expect(Report.statusLine(report, "fr")).toBe(
      "Au 1er février 2026 : en cours de résiliation (préavis en cours) — résiliation à effet du 16 avril 2026"
    )
    expect(Report.statusLine(report, "en")).toBe(
      "On 1 February 2026: terminating (notice running) — termination effective 16 April 2026"
    )
  })
})
