/**
 * The steering committee's annual report (a4#4): the agreement's status, governance findings and
 * the protected tracking table, as JSON, and rendered as CSV, Markdown and an HTML page.
 *
 * @since 0.1.0
 */
import {
  type Annotations,
  CalendarDate,
  type CommitteeMeeting,
  type ReferentDesignation,
  Territory
} from "@accord-jeunes/domain"
import { Composition } from "@accord-jeunes/plugin-sdk"
import * as Schema from "effect/Schema"
import * as Compliance from "../governance/Compliance.js"
import * as Aggregate from "../indicators/Aggregate.js"
import * as Columns from "../indicators/Columns.js"
import * as TrackingTable from "../indicators/TrackingTable.js"
import * as Lifecycle from "../lifecycle/Lifecycle.js"
import * as Texts from "../Texts.js"
import type * as ReportSchemas from "./Schemas.js"

type Lang = Texts.Lang

/** Labels of the table's dimensions (`Texts.dimensionLabels`). @since 0.1.0 */
export const dimensionLabels: Readonly<Record<Aggregate.Dimension, { readonly fr: string; readonly en: string }>> =
  Texts.dimensionLabels

/**
 * The names a table's dimension values are read by: the branches' names and the action types'
 * labels, as the agreement in force gives them (an annual report has both). Regions are named
 * from the official geography, periods written out.
 *
 * @since 0.5.0
 */
export interface Names {
  readonly branches?: ReadonlyArray<{ readonly id: string; readonly name: Annotations.Bilingual }>
  readonly actionTypes?: ReadonlyArray<{ readonly id: string; readonly label: Annotations.Bilingual }>
}

type Counted = { readonly start: string; readonly end: string } | undefined

// a dimension value's name, or undefined when nothing names it
const nameOf = (names: Names, counted: Counted, dimension: string, value: string, lang: Lang): string | undefined => {
  switch (dimension) {
    case "branch":
      return names.branches?.find((b) => b.id === value)?.name[lang]
    case "action-type":
      return names.actionTypes?.find((t) => t.id === value)?.label[lang]
    case "region":
      return Territory.region(value)?.name
    case "period":
      return Texts.periodValue(value, counted)[lang]
    default:
      return undefined
  }
}

/**
 * What people read for a value of the table's dimensions: a branch's name, an action type's label,
 * a region's name beside its code (« Corse (94) »), a period written out; the code itself when the
 * report does not name it. Markdown, HTML and the workbook show this; the CSV has the code and the
 * name in two columns.
 *
 * @example
 * ```ts
 * import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
 * import { Aggregate, Report } from "@accord-jeunes/engine"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * const timeline = Composition.composeOrThrow({ base: agreement2024 })
 * const settings = Report.settingsFor(timeline, { start: "2024-09-16", end: "2025-09-15" }, ["action-type"])
 * const report = Report.annual({
 *   timeline, period: { kind: "agreement-year", index: 1 }, asOf: CalendarDate.make("2025-10-01"),
 *   aggregate: Aggregate.aggregator(settings).finish(), meetings: [], designations: []
 * })
 * Report.valueLabel(report, "action-type", "company-visit", "fr") // "Visites d'entreprises"
 * Report.valueLabel(report, "region", "94", "en") // "Corse (94)"
 * Report.valueLabel(report, "branch", "hcr", "en") // "Hotels, cafés and restaurants"
 * Report.statusLine(report, "fr") // "Au 1er octobre 2025 : en vigueur"
 * ```
 * @since 0.5.0
 */
export const valueLabel = (report: AnnualReport, dimension: string, value: string, lang: Lang = "fr"): string => {
  const name = nameOf(report, report.trackingTable.settings.period, dimension, value, lang)
  if (name === undefined || name === value) return value
  return dimension === "region" ? `${name} (${value})` : name
}

const isDay = Schema.is(CalendarDate.CalendarDate)
// a day of the report written out for people (« 30 juin 2026 »); as it is when it is no real day
const written = (day: string, lang: Lang): string => (isDay(day) ? Texts.dayLabel(day)[lang] : day)

/**
 * The agreement's status on the report day, for people: « Au 30 juin 2026 : en vigueur », "On 30
 * June 2026: in force", with the day a termination takes effect when there is one.
 *
 * @since 0.5.0
 */
export const statusLine = (report: AnnualReport, lang: Lang = "fr"): string => {
  const effective = report.lifecycle.terminationEffectiveDate
  return Texts.report[lang].lifecycle(
    written(report.asOf, lang),
    Texts.lifecycleStatus[report.lifecycle.status][lang],
    effective === undefined ? undefined : written(effective, lang)
  )
}

/**
 * What the figures count when the period is under way, or has not started, on the report day
 * (records dated after it have not happened: `Period.counted`); `undefined` for a period ended.
 *
 * @since 0.5.0
 */
export const countedLine = (report: AnnualReport, lang: Lang = "fr"): string | undefined => {
  const counted = report.trackingTable.settings.period
  if (counted === undefined || counted.end >= report.period.end) return undefined
  return Texts.report[lang].countedLine(
    counted.end < counted.start ? undefined : written(counted.end, lang),
    written(report.period.end, lang)
  )
}

/**
 * The annual report as JSON, as its published schema describes it (`ReportSchemas.AnnualReport`):
 * the type is derived from the schema, so the two cannot drift apart.
 *
 * @since 0.1.0
 */
export type AnnualReport = typeof ReportSchemas.AnnualReport.Type

/**
 * The settings of the aggregate an annual report is built from: the period's bounds and the
 * indicators in force at its end (the table's context columns, the text's counts, and those that
 * decisions and plugins add). The one place where the report's indicators are chosen.
 *
 * @example
 * ```ts
 * import { Aggregate, Report } from "@accord-jeunes/engine"
 * import { Assembly } from "@accord-jeunes/in-force"
 * const settings = Report.settingsFor(Assembly.foundingTimeline(), { start: "2024-09-16", end: "2025-09-15" }, ["branch"])
 * const agg = Aggregate.aggregator(settings)
 * agg.finish().settings.indicators.length > 3 // true
 * ```
 * @since 0.2.0
 */
export const settingsFor = (
  timeline: Composition.Timeline,
  period: { readonly start: string; readonly end: string },
  dimensions: ReadonlyArray<Aggregate.Dimension>,
  options: { readonly granularity?: Aggregate.Granularity; readonly durable?: Aggregate.DurableThreshold } = {}
): Aggregate.Settings => ({
  dimensions,
  granularity: options.granularity ?? "year",
  durable: options.durable ?? Aggregate.defaultDurableThreshold,
  period: { start: period.start, end: period.end },
  indicators: Columns.computed(Columns.of(Composition.asOf(timeline, period.end)))
})

/**
 * Builds the annual report.
 *
 * @since 0.1.0
 */
export const annual = (inputs: {
  readonly timeline: Composition.Timeline
  readonly period: Compliance.Period
  readonly asOf: CalendarDate.CalendarDate
  readonly aggregate: Aggregate.Partial
  readonly meetings: ReadonlyArray<CommitteeMeeting.CommitteeMeeting>
  readonly designations: ReadonlyArray<ReferentDesignation.ReferentDesignation>
  readonly communications?: ReadonlyArray<Compliance.Communication>
  readonly regions?: ReadonlyArray<string>
  readonly threshold?: number
  readonly terminations?: ReadonlyArray<Lifecycle.TerminationRequest>
}): AnnualReport => {
  const governance = Compliance.check(inputs)
  const inForce = Composition.asOf(inputs.timeline, governance.period.end)
  // the definitions of what the aggregate computed, in its order
  const definitions = Columns.of(inForce)
  const columns = inputs.aggregate.settings.indicators.map(
    (x) =>
      definitions.find((d) => d.id === x.id) ?? {
        id: x.id,
        label: { fr: x.id, en: x.id },
        description: { fr: x.id, en: x.id },
        unit: "count" as const,
        dimensions: [],
        source: { kind: "clause" as const, clause: "a4#4" },
        measure: x.measure
      }
  ) as ReadonlyArray<TrackingTable.Column>
  const computedIds = new Set(columns.map((c) => c.id))
  return {
    kind: "annual-report",
    version: 1,
    agreement: { id: inputs.timeline.base.id, title: inputs.timeline.base.title },
    period: governance.period,
    asOf: inputs.asOf,
    lifecycle: Lifecycle.statusOn(
      inputs.timeline,
      inputs.asOf,
      inputs.terminations === undefined ? {} : { terminations: inputs.terminations }
    ),
    branches: inForce.branches.map((b) => ({ id: b.id, name: b.name, since: b.provenance.since.effectiveDate })),
    actionTypes: inForce.actionTypes.map((t) => ({ id: t.id, label: t.label })),
    indicators: inForce.indicators.map((i) => ({ id: i.id, label: i.label, computed: computedIds.has(i.id) })),
    pendingDecisions: inForce.pendingDecisions.map((p) => ({ id: p.id, subject: p.subject })),
    governance,
    trackingTable: TrackingTable.fromAggregate(
      inputs.aggregate,
      columns,
      inputs.threshold === undefined ? {} : { threshold: inputs.threshold }
    )
  }
}

/**
 * A number as people read it in the language: decimal comma and grouped thousands in French.
 *
 * @example
 * ```ts
 * import { Report } from "@accord-jeunes/engine"
 * Report.formatNumber(26.8, "fr")   // "26,8"
 * Report.formatNumber(1234.5, "en") // "1,234.5"
 * ```
 * @since 0.2.0
 */
export const formatNumber = (n: number, lang: Lang): string =>
  new Intl.NumberFormat(Texts.locales[lang], { maximumFractionDigits: 1 }).format(n).replace(/\u202f/gu, "\u00a0")

/**
 * A CSV cell that is safe to open in a spreadsheet: quoted when needed, and a text starting with
 * `=`, `+`, `-` or `@` prefixed with an apostrophe so that it is never run as a formula.
 *
 * @example
 * ```ts
 * import { Report } from "@accord-jeunes/engine"
 * Report.csvCell("=HYPERLINK(1)", ";") // "'=HYPERLINK(1)"
 * Report.csvCell("a;b", ";")           // "\"a;b\""
 * ```
 * @since 0.1.0
 */
export const csvCell = (value: string | number | null, separator: string): string => {
  if (value === null) return ""
  if (typeof value === "number") return String(value)
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value
  return safe.includes(separator) || /["\n\r]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * The tracking table as CSV: one row per cell and a total row; hidden cells marked as hidden. French
 * labels and `;` by default, as spreadsheets set to French expect. Each dimension has two columns,
 * its code (what a program joins on) then its name (what a person reads): a branch's name and an
 * action type's label from `names` (an annual report, see `toCsv`), a region's name, a period
 * written out; the code again when nothing names it.
 *
 * @since 0.1.0
 */
export const tableToCsv = (
  table: TrackingTable.Table,
  options: { readonly lang?: Lang; readonly separator?: string; readonly names?: Names } = {}
): string => {
  const lang = options.lang ?? "fr"
  const sep = options.separator ?? ";"
  const names = options.names ?? {}
  const w = Texts.report[lang]
  const dims = table.settings.dimensions
  const header = [
    ...dims.flatMap((d) => [w.codeColumn(dimensionLabels[d][lang]), dimensionLabels[d][lang]]),
    ...table.columns.map((c) => c.label[lang])
  ]
  // French Excel reads "12,5" as a number and needs the hidden mark as text, not an empty cell
  const hidden = w.hidden
  const cell = (r: TrackingTable.Row, id: string) => {
    const v = r.values[id] ?? null
    if (v === null) return r.empty?.[id] === undefined ? hidden : w.emptyMark
    return lang === "fr" ? String(v).replace(".", ",") : String(v)
  }
  const line = (cells: ReadonlyArray<string | number | null>) => cells.map((c) => csvCell(c, sep)).join(sep)
  const name = (d: string, value: string) => nameOf(names, table.settings.period, d, value, lang) ?? value
  return [
    line(header),
    ...table.rows.map((r) =>
      line([
        ...dims.flatMap((d) => {
          const value = r.dimensions[d] ?? ""
          return [value, name(d, value)]
        }),
        ...table.columns.map((c) => cell(r, c.id))
      ])
    ),
    line([
      ...dims.flatMap((_, i) => (i === 0 ? [w.total, ""] : ["", ""])),
      ...table.columns.map((c) => cell(table.total, c.id))
    ])
  ].join("\r\n")
}

/**
 * The annual report's tracking table as CSV (`tableToCsv`), its branches and action types named
 * as the report names them.
 *
 * @example
 * ```ts
 * import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
 * import { Aggregate, Report } from "@accord-jeunes/engine"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * const timeline = Composition.composeOrThrow({ base: agreement2024 })
 * const settings = Report.settingsFor(timeline, { start: "2024-09-16", end: "2025-09-15" }, ["branch"])
 * const report = Report.annual({
 *   timeline, period: { kind: "agreement-year", index: 1 }, asOf: CalendarDate.make("2025-10-01"),
 *   aggregate: Aggregate.aggregator(settings).finish(), meetings: [], designations: []
 * })
 * Report.toCsv(report, { lang: "en" }).split("\r\n")[0]?.startsWith("Branch (code);Branch;Young people in actions;") // true
 * ```
 * @since 0.5.0
 */
export const toCsv = (
  report: AnnualReport,
  options: { readonly lang?: Lang; readonly separator?: string } = {}
): string => tableToCsv(report.trackingTable, { ...options, names: report })

// a label in a Markdown table cell: a `|` would end the cell
const mdCell = (s: string) => s.replaceAll("|", "\\|")
const esc = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;")
const shown = (lang: Lang) => (v: number | null | undefined) =>
  v === null || v === undefined ? "◼" : formatNumber(v, lang)
// a cell of a row: its figure, ◼ when hidden, — when there is nothing to compute it from
const shownIn = (lang: Lang) => (r: TrackingTable.Row, id: string) =>
  r.empty?.[id] !== undefined ? Texts.report[lang].emptyMark : shown(lang)(r.values[id])
const hasEmpty = (table: TrackingTable.Table) =>
  [...table.rows, table.total].some((r) => Object.keys(r.empty ?? {}).length > 0)

/**
 * How each figure of the table is computed, for people: its definition, what it counts within
 * which conditions, the clause or decision that sets it, the period, and how many of its cells are
 * masked. The same facts are in the JSON (`trackingTable.columns`, `TrackingTable.explainCell`).
 *
 * @since 0.2.0
 */
export const explainColumns = (report: AnnualReport, lang: Lang = "fr"): ReadonlyArray<string> => {
  const w = Texts.report[lang]
  const table = report.trackingTable
  const how = (c: TrackingTable.Column): string => {
    const m = c.measure
    if (m === undefined) return w.notComputed
    if (m.kind === "ratio") {
      const column = (id: string) => table.columns.find((x) => x.id === id)
      const term = (id: string) => {
        const x = column(id)
        return x === undefined ? id : `${x.label[lang]} (${how(x)}) — ${x.description[lang]}`
      }
      const label = (id: string) => column(id)?.label[lang] ?? id
      return `${w.ratio(label(m.numerator), label(m.denominator), m.percent)}${w.ratioTerms(term(m.numerator), term(m.denominator))}`
    }
    if (m.kind === "mean-days") return w.meanDays
    const where = [
      ...(m.where?.outcomes === undefined
        ? []
        : [m.where.outcomes.map((o) => Texts.outcomeWords[o]?.[lang] ?? o).join(w.or)]),
      ...(m.where?.durable === true ? [w.durable] : []),
      ...(m.where?.actionTypes === undefined ? [] : [`${w.actionTypes} ${m.where.actionTypes.join(", ")}`]),
      ...(m.where?.branches === undefined ? [] : [`${w.branchesCondition} ${m.where.branches.join(", ")}`])
    ]
    return w.counts(w.subjects[m.of], where)
  }
  const source = (c: TrackingTable.Column) =>
    c.source.kind === "clause" ? w.clause(c.source.clause) : w.decision(c.source.decision)
  const masked = (id: string) => [...table.rows, table.total].filter((r) => r.hidden[id] !== undefined).length
  return [
    `## ${w.howComputed}`,
    "",
    w.periodNote(report.period.label[lang]),
    "",
    ...table.columns.map(
      (c) => `${w.columnLine(c.label[lang], c.id, source(c), how(c), c.description[lang])}${w.masked(masked(c.id))}`
    ),
    ""
  ]
}

/**
 * The annual report as Markdown.
 *
 * @since 0.1.0
 */
export const toMarkdown = (
  report: AnnualReport,
  lang: Lang = "fr",
  options: { readonly explain?: boolean } = {}
): string => {
  const w = Texts.report[lang]
  const table = report.trackingTable
  const columns = table.columns
  const dims = table.settings.dimensions
  const show = shownIn(lang)
  const { errors, warnings, passed } = report.governance.summary
  return [
    `# ${w.annualReport} — ${report.agreement.title}`,
    "",
    w.periodLine(report.period.label[lang], written(report.asOf, lang)),
    ...(countedLine(report, lang) === undefined ? [] : ["", `_${countedLine(report, lang)}_`]),
    "",
    `**${statusLine(report, lang)}**`,
    "",
    `## ${w.branches}`,
    "",
    ...report.branches.map((b) => `- ${b.name[lang]} (${w.since} ${written(b.since, lang)})`),
    "",
    `## ${w.governance}`,
    "",
    `${w.summary(errors, warnings, passed)}.`,
    "",
    ...report.governance.findings
      .filter((f) => !f.ok)
      .map((f) => `- ${f.severity === "error" ? "✗" : "⚠"} ${f.explanation.message[lang]} (${f.clause})`),
    "",
    `## ${w.trackingTable}`,
    "",
    `| ${[...dims.map((d) => dimensionLabels[d][lang]), ...columns.map((c) => c.label[lang])].join(" | ")} |`,
    `|${[...dims, ...columns].map(() => "---").join("|")}|`,
    ...table.rows.map(
      (r) =>
        `| ${[...dims.map((d) => mdCell(valueLabel(report, d, r.dimensions[d] ?? "", lang))), ...columns.map((c) => show(r, c.id))].join(" | ")} |`
    ),
    `| ${[...dims.map((_, i) => (i === 0 ? `**${w.total}**` : "")), ...columns.map((c) => `**${show(table.total, c.id)}**`)].join(" | ")} |`,
    "",
    w.countingNote,
    "",
    `◼ ${w.hiddenNote(table.threshold, table.hiddenCells)}`,
    "",
    ...(hasEmpty(table) ? [w.emptyNote, ""] : []),
    ...(options.explain === true ? explainColumns(report, lang) : []),
    ...(report.pendingDecisions.length === 0
      ? []
      : [`## ${w.pendingDecisions}`, "", ...report.pendingDecisions.map((p) => `- ${p.subject[lang]}`), ""])
  ].join("\n")
}

/**
 * The annual report as a self-contained HTML page, with a bar chart of entries by row.
 *
 * @since 0.1.0
 */
export const toHtml = (report: AnnualReport, lang: Lang = "fr"): string => {
  const words = Texts.report[lang]
  const table = report.trackingTable
  const dims = table.settings.dimensions
  const show = shown(lang)
  const label = (id: string) => table.columns.find((c) => c.id === id)?.label[lang] ?? id
  const series = ["entries-into-cdi", "entries-into-cdd", "entries-into-work-study"].filter((id) =>
    table.columns.some((c) => c.id === id)
  )
  const colors: Readonly<Record<string, string>> = {
    "entries-into-cdi": "#000091",
    "entries-into-cdd": "#6a6af4",
    "entries-into-work-study": "#e1000f"
  }
  const rowLabel = (r: TrackingTable.Row) =>
    dims.map((d) => valueLabel(report, d, r.dimensions[d] ?? "", lang)).join(" · ")
  const max = Math.max(1, ...table.rows.flatMap((r) => series.map((s) => r.values[s] ?? 0)))
  const barH = 14
  const labelH = 18
  const groupH = labelH + barH * series.length + 10
  const width = 760
  const height = table.rows.length * groupH + 30
  // each row's label sits on its own line above its bars, so long branch names never overlap them
  const svg = [
    `<svg role="img" aria-label="${esc(words.chartLabel)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    ...table.rows.flatMap((r, i) => [
      `<text x="0" y="${i * groupH + 13}" font-size="12" font-weight="600">${esc(rowLabel(r))}</text>`,
      ...series.map((s, j) => {
        const v = r.values[s] ?? null
        const w = v === null ? 0 : Math.round(((width - 120) * v) / max)
        const y = i * groupH + labelH + j * barH
        return v === null
          ? `<text x="0" y="${y + barH - 3}" font-size="11" fill="#666">◼ ${esc(label(s))} : ${esc(words.hidden)}</text>`
          : `<rect x="0" y="${y}" width="${w}" height="${barH - 2}" fill="${colors[s]}"><title>${esc(label(s))}: ${show(v)}</title></rect><text x="${w + 4}" y="${y + barH - 3}" font-size="11">${show(v)}</text>`
      })
    ]),
    ...series.map(
      (s, j) =>
        `<rect x="${j * 240}" y="${table.rows.length * groupH + 12}" width="10" height="10" fill="${colors[s]}"/><text x="${j * 240 + 14}" y="${table.rows.length * groupH + 21}" font-size="11">${esc(label(s))}</text>`
    ),
    "</svg>"
  ].join("\n")
  const columns = table.columns
  const cell = (r: TrackingTable.Row, id: string) => {
    const v = r.values[id]
    if (r.empty?.[id] !== undefined) return `<td class="empty">${esc(words.emptyMark)}</td>`
    return v === null || v === undefined
      ? `<td class="hidden" title="${esc(words.hidden)}">◼</td>`
      : `<td>${esc(show(v))}</td>`
  }
  const findings = report.governance.findings.filter((f) => !f.ok)
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${esc(words.annualReport)} — ${esc(report.agreement.title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#161616}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #000091}
.status{display:inline-block;padding:.3rem .7rem;border-radius:4px;background:#e3e3fd;font-weight:600}
.scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.8rem;width:100%}th{font-weight:600;vertical-align:bottom}th,td{border:1px solid #ddd;padding:.3rem .4rem;text-align:right}
th:first-child,td:first-child{text-align:left}tr.total td{font-weight:700;background:#f6f6f6}td.hidden,td.empty{color:#666;text-align:center}
.error{color:#ce0500}.warning{color:#b34000}.kpi{display:flex;gap:1rem;flex-wrap:wrap}.kpi div{background:#f6f6f6;padding:.8rem;border-radius:6px;min-width:9rem}
.kpi strong{display:block;font-size:1.5rem}
</style>
</head>
<body>
<h1>${esc(words.annualReport)}<br><small>${esc(report.agreement.title)}</small></h1>
<p>${esc(words.periodLine(report.period.label[lang], written(report.asOf, lang)))}</p>
${countedLine(report, lang) === undefined ? "" : `<p class="counted">${esc(countedLine(report, lang) as string)}</p>\n`}<p class="status">${esc(statusLine(report, lang))}</p>
<div class="kpi">
${["young-people-in-actions", "young-people-with-contract", "contract-rate", "young-people-in-durable-employment"]
  .filter((id) => columns.some((c) => c.id === id))
  .map(
    (id) =>
      `<div><strong>${esc(shownIn(lang)(table.total, id))}</strong>${esc(label(id).replace(/ \(%\)$/u, id === "contract-rate" ? " (%)" : ""))}</div>`
  )
  .join("\n")}
</div>
<h2>${esc(words.entriesHeading)}</h2>
${svg}
<h2>${esc(words.trackingTable)}</h2>
<div class="scroll"><table>
<thead><tr>${[...dims.map((d) => `<th>${esc(dimensionLabels[d][lang])}</th>`), ...columns.map((c) => `<th title="${esc(c.description[lang])}">${esc(c.label[lang])}</th>`)].join("")}</tr></thead>
<tbody>
${table.rows.map((r) => `<tr>${dims.map((d) => `<td data-code="${esc(r.dimensions[d] ?? "")}">${esc(valueLabel(report, d, r.dimensions[d] ?? "", lang))}</td>`).join("")}${columns.map((c) => cell(r, c.id)).join("")}</tr>`).join("\n")}
<tr class="total">${dims.map((_, i) => `<td>${i === 0 ? esc(words.total) : ""}</td>`).join("")}${columns.map((c) => cell(table.total, c.id)).join("")}</tr>
</tbody>
</table></div>
<p>◼ ${esc(words.hiddenNote(table.threshold))}</p>
${hasEmpty(table) ? `<p>${esc(words.emptyNote)}</p>\n` : ""}<h2>${esc(words.governance)}</h2>
<p>${esc(words.summary(report.governance.summary.errors, report.governance.summary.warnings, report.governance.summary.passed))}</p>
<ul>
${findings.map((f) => `<li class="${f.severity}">${esc(f.explanation.message[lang])} <small>(${f.clause})</small></li>`).join("\n")}
</ul>
</body>
</html>
`
}
