/**
 * The annual report as an Excel workbook (`report --format xlsx`), built from the report itself
 * (the JSON the other formats render), never from their text: a summary sheet, the tracking table
 * with its figures in numeric cells (counts as integers, shares as percentages, means in days),
 * masked cells marked and explained, the governance findings, the branches, and a Notes sheet that
 * explains each figure. French labels, or English.
 *
 * @since 0.4.0
 */
import type { Catalogue } from "@accord-jeunes/domain"
import { Report as EngineReport, Texts as EngineTexts, type TrackingTable } from "@accord-jeunes/engine"
import ExcelJS from "exceljs"

type Lang = Catalogue.Lang

import * as Texts from "./Texts.js"

type AnnualReport = EngineReport.AnnualReport

const bold: Partial<ExcelJS.Font> = { bold: true }
const maskedFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE5E5E5" } }
const headerFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE3E3FD" } }

// a calendar day as a date cell (read at midnight UTC, as the workbook's serial days are)
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`)

/**
 * How a figure of a column is written in a cell: its value (a share as a fraction, for a
 * percentage format) and its number format.
 *
 * @since 0.4.0
 */
export const figure = (
  column: TrackingTable.Column,
  value: number
): { readonly value: number; readonly format: string } => {
  const m = column.measure
  if (m?.kind === "ratio")
    return m.percent ? { value: Math.round(value * 10) / 1000, format: "0.0%" } : { value, format: "0.000" }
  if (m?.kind === "mean-days" || column.unit === "days") return { value, format: "0" }
  return { value, format: "#,##0" }
}

// how a column is computed, in words, from its measure
const how = (table: TrackingTable.Table, c: TrackingTable.Column, lang: Lang): string => {
  const w = EngineTexts.report[lang]
  const m = c.measure
  if (m === undefined) return w.notComputed
  const label = (id: string) => table.columns.find((x) => x.id === id)?.label[lang] ?? id
  if (m.kind === "ratio") {
    const term = (id: string) => {
      const x = table.columns.find((y) => y.id === id)
      return x === undefined ? id : `${x.label[lang]} (${how(table, x, lang)}) — ${x.description[lang]}`
    }
    return `${w.ratio(label(m.numerator), label(m.denominator), m.percent)}${w.ratioTerms(term(m.numerator), term(m.denominator))}`
  }
  if (m.kind === "mean-days") return w.meanDays
  const where = [
    ...(m.where?.outcomes === undefined
      ? []
      : [m.where.outcomes.map((o) => EngineTexts.outcomeWords[o]?.[lang] ?? o).join(w.or)]),
    ...(m.where?.durable === true ? [w.durable] : []),
    ...(m.where?.actionTypes === undefined ? [] : [`${w.actionTypes} ${m.where.actionTypes.join(", ")}`]),
    ...(m.where?.branches === undefined ? [] : [`${w.branchesCondition} ${m.where.branches.join(", ")}`])
  ]
  return w.counts(w.subjects[m.of], where)
}

const hasEmpty = (table: TrackingTable.Table) =>
  [...table.rows, table.total].some((r) => Object.keys(r.empty ?? {}).length > 0)

const headerRow = (row: ExcelJS.Row) => {
  row.font = bold
  row.eachCell((cell) => {
    cell.fill = headerFill
    cell.alignment = { vertical: "top", wrapText: true }
  })
}

const summarySheet = (wb: ExcelJS.Workbook, report: AnnualReport, lang: Lang) => {
  const w = Texts.report(lang)
  const words = EngineTexts.report[lang]
  const table = report.trackingTable
  const ws = wb.addWorksheet(w.sheets.summary)
  ws.columns = [{ width: 42 }, { width: 90 }]
  ws.addRow([`${words.annualReport} — ${report.agreement.title}`]).font = { bold: true, size: 14 }
  ws.addRow([])
  const dated = (label: string, iso: string) => {
    ws.addRow([label, day(iso)]).getCell(2).numFmt = Texts.dayFormat[lang]
  }
  ws.addRow([w.summary.agreement, report.agreement.title])
  ws.addRow([w.summary.period, report.period.label[lang]])
  dated(w.summary.start, report.period.start)
  dated(w.summary.end, report.period.end)
  dated(w.summary.asOf, report.asOf)
  ws.addRow([w.summary.status, EngineReport.statusLine(report, lang)])
  const counted = EngineReport.countedLine(report, lang)
  if (counted !== undefined) ws.addRow([w.summary.counted, counted])
  const { errors, warnings, passed } = report.governance.summary
  ws.addRow([w.summary.governance, words.summary(errors, warnings, passed)])
  const count = (label: string, n: number) => {
    ws.addRow([label, n]).getCell(2).numFmt = "#,##0"
  }
  count(w.summary.hiddenCells, table.hiddenCells)
  count(w.summary.threshold, table.threshold)
  count(w.summary.recordsRead, table.records.read)
  count(w.summary.recordsCounted, table.records.counted)
  count(w.summary.recordsUnattributed, table.records.unattributed)
  for (const p of report.pendingDecisions) ws.addRow([w.summary.pending, p.subject[lang]])
  ws.getColumn(1).font = bold
  ws.getColumn(2).alignment = { horizontal: "left", wrapText: true }
}

const tableSheet = (wb: ExcelJS.Workbook, report: AnnualReport, lang: Lang) => {
  const w = Texts.report(lang)
  const words = EngineTexts.report[lang]
  const table = report.trackingTable
  const dims = table.settings.dimensions
  const ws = wb.addWorksheet(w.sheets.table, { views: [{ state: "frozen", xSplit: dims.length, ySplit: 1 }] })
  const header = ws.addRow([
    ...dims.map((d) => EngineReport.dimensionLabels[d][lang]),
    ...table.columns.map((c) => c.label[lang])
  ])
  headerRow(header)
  // each column's definition where the figure is read; the Notes sheet has the whole explanation
  table.columns.forEach((c, i) => {
    header.getCell(dims.length + i + 1).note = c.description[lang]
  })
  const masked = w.maskedCell(words.hidden)
  const line = (r: TrackingTable.Row, labels: ReadonlyArray<string>, total: boolean) => {
    const row = ws.addRow(labels)
    table.columns.forEach((c, i) => {
      const cell = row.getCell(dims.length + i + 1)
      const v = r.values[c.id]
      if (r.empty?.[c.id] !== undefined) {
        // nothing to compute it from: a mark, not a 0 a reader would take for a figure
        cell.value = words.emptyMark
        cell.alignment = { horizontal: "center" }
        return
      }
      if (v === null || v === undefined) {
        cell.value = masked
        cell.fill = maskedFill
        cell.font = { italic: true, color: { argb: "FF555555" } }
        cell.alignment = { horizontal: "center" }
        return
      }
      const f = figure(c, v)
      cell.value = f.value
      cell.numFmt = f.format
    })
    if (total) row.font = bold
  }
  for (const r of table.rows)
    line(
      r,
      dims.map((d) => EngineReport.valueLabel(report, d, r.dimensions[d] ?? "", lang)),
      false
    )
  line(
    table.total,
    dims.map((_, i) => (i === 0 ? words.total : "")),
    true
  )
  ws.addRow([])
  ws.addRow([w.maskedLegend(words.hiddenNote(table.threshold, table.hiddenCells))])
  if (hasEmpty(table)) ws.addRow([words.emptyNote])
  ws.addRow([words.countingNote])
  ws.columns.forEach((c, i) => {
    c.width = i < dims.length ? 32 : 16
  })
  // an action type's label is long: it wraps within its column
  for (let i = 1; i <= dims.length; i++) ws.getColumn(i).alignment = { vertical: "top", wrapText: true }
  header.height = 48
}

// a finding's outcome as the Markdown report marks it, and the colour the HTML page gives it
const outcome = (f: AnnualReport["governance"]["findings"][number]) =>
  f.ok
    ? { key: "ok" as const, mark: "✓", argb: "FF18753C" }
    : f.severity === "error"
      ? { key: "error" as const, mark: "✗", argb: "FFCE0500" }
      : f.severity === "warning"
        ? { key: "warning" as const, mark: "⚠", argb: "FFB34000" }
        : { key: "info" as const, mark: "ℹ", argb: "FF555555" }

// one column says what was found (met, breach, warning): the severity of a rule is what makes a
// failed finding a breach or a warning, so a column of its own would repeat it
const governanceSheet = (wb: ExcelJS.Workbook, report: AnnualReport, lang: Lang) => {
  const w = Texts.report(lang).governance
  const words = EngineTexts.report[lang]
  const ws = wb.addWorksheet(Texts.report(lang).sheets.governance)
  ws.columns = [{ width: 16 }, { width: 34 }, { width: 10 }, { width: 100 }]
  headerRow(ws.addRow([w.verdict, w.rule, w.clause, w.message]))
  for (const f of report.governance.findings) {
    const o = outcome(f)
    const row = ws.addRow([`${o.mark} ${words.findingOutcome[o.key]}`, f.rule, f.clause, f.explanation.message[lang]])
    row.getCell(1).font = { bold: !f.ok, color: { argb: o.argb } }
  }
  ws.getColumn(4).alignment = { wrapText: true, vertical: "top" }
}

const branchesSheet = (wb: ExcelJS.Workbook, report: AnnualReport, lang: Lang) => {
  const w = Texts.report(lang).branches
  const ws = wb.addWorksheet(Texts.report(lang).sheets.branches)
  ws.columns = [{ width: 22 }, { width: 50 }, { width: 22 }]
  headerRow(ws.addRow([w.code, w.name, w.since]))
  for (const b of report.branches)
    ws.addRow([b.id, b.name[lang], day(b.since)]).getCell(3).numFmt = Texts.dayFormat[lang]
}

const notesSheet = (wb: ExcelJS.Workbook, report: AnnualReport, lang: Lang) => {
  const w = Texts.report(lang)
  const words = EngineTexts.report[lang]
  const table = report.trackingTable
  const ws = wb.addWorksheet(w.sheets.notes)
  ws.columns = [{ width: 34 }, { width: 30 }, { width: 22 }, { width: 60 }, { width: 80 }, { width: 14 }]
  ws.addRow([w.notes.general]).font = bold
  for (const note of [
    words.periodNote(report.period.label[lang]),
    words.countingNote,
    `◼ ${words.hiddenNote(table.threshold, table.hiddenCells)}`,
    ...(hasEmpty(table) ? [words.emptyNote] : [])
  ])
    ws.addRow([note])
  ws.addRow([])
  ws.addRow([words.howComputed]).font = bold
  headerRow(ws.addRow([w.notes.column, w.notes.code, w.notes.source, w.notes.how, w.notes.description, w.notes.masked]))
  const maskedIn = (id: string) => [...table.rows, table.total].filter((r) => r.hidden[id] !== undefined).length
  for (const c of table.columns)
    ws.addRow([
      c.label[lang],
      c.id,
      c.source.kind === "clause" ? words.clause(c.source.clause) : words.decision(c.source.decision),
      how(table, c, lang),
      c.description[lang],
      maskedIn(c.id)
    ])
  for (const col of [4, 5]) ws.getColumn(col).alignment = { wrapText: true, vertical: "top" }
}

/**
 * The annual report as an Excel workbook (`.xlsx`) in one language: sheets Report, Tracking
 * table, Governance, Branches and Notes (French names by default). Figures are numbers in numeric
 * cells; a masked cell holds `◼` and the word for hidden, on grey, explained under the table and
 * in the Notes sheet.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { reportWorkbook } from "@accord-jeunes/cli/workbook/Write"
 * writeFileSync("rapport.xlsx", await reportWorkbook(annual, "fr"))
 * ```
 * @since 0.4.0
 */
export const reportWorkbook = async (report: AnnualReport, lang: Lang): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook()
  wb.creator = "accord-jeunes"
  // fixed, so that the same report gives the same workbook
  wb.created = day(report.asOf)
  wb.modified = day(report.asOf)
  summarySheet(wb, report, lang)
  tableSheet(wb, report, lang)
  governanceSheet(wb, report, lang)
  branchesSheet(wb, report, lang)
  notesSheet(wb, report, lang)
  return fixedDates(new Uint8Array(await wb.xlsx.writeBuffer()), day(report.asOf))
}

// The date of every entry of the archive set to the report's day: the writer stamps each entry
// with the time it writes it, and the same report would otherwise give other bytes a second
// later. Each entry's date is in its header and in the archive's directory (MS-DOS date and time).
const fixedDates = (bytes: Uint8Array, on: Date): Uint8Array => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const dosDate = ((on.getUTCFullYear() - 1980) << 9) | ((on.getUTCMonth() + 1) << 5) | on.getUTCDate()
  let end = -1
  for (let i = bytes.length - 22; i >= 0; i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  if (end < 0) return bytes
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  for (let n = 0; n < count && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; n++) {
    view.setUint16(at + 12, 0, true)
    view.setUint16(at + 14, dosDate, true)
    const local = view.getUint32(at + 42, true)
    if (local + 30 <= bytes.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true)
      view.setUint16(local + 12, dosDate, true)
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return bytes
}
