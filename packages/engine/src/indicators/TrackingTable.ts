/**
 * The tracking table of young people's entry into employment (a4#4: CDD, CDI, work-study), from
 * an aggregate: one row per cell, a total row of distinct young people, ratios and means, protected
 * by disclosure control. Its columns are indicator definitions (see `Columns`), so that each figure
 * can say what it counts.
 *
 * @since 0.1.0
 */
import type { Indicator } from "@accord-jeunes/domain"
import * as Codes from "../Codes.js"
import * as Disclosure from "../disclosure/Disclosure.js"
import * as Explanation from "../explanation/Explanation.js"
import type * as Schemas from "../reports/Schemas.js"
import * as Aggregate from "./Aggregate.js"

/** A column: an indicator definition with its measure. @since 0.2.0 */
export type Column = Indicator.IndicatorDefinition

/** A row: its dimension values, and each column's value, `null` when hidden. @since 0.1.0 */
export type Row = typeof Schemas.TrackingTableRow.Type

/**
 * The table, as its published schema describes it (`ReportSchemas.TrackingTable`): the type is
 * derived from the schema, so the two cannot drift apart.
 *
 * @since 0.1.0
 */
export type Table = typeof Schemas.TrackingTable.Type

const own = (v: Aggregate.Values, k: string): number => (Object.hasOwn(v, k) ? (v[k] as number) : 0)

// a column's value in a cell, from the aggregate's values (ratios and means from their parts);
// `null` when a mean or a ratio has nobody to divide by: a 0 there would read as a figure
const cellValue = (column: Column, v: Aggregate.Values): number | null => {
  const m = column.measure
  if (m === undefined || m.kind === "count") return own(v, column.id)
  if (m.kind === "mean-days") {
    const n = own(v, `${column.id}#count`)
    return n === 0 ? null : Math.round(own(v, `${column.id}#sum`) / n)
  }
  const d = own(v, m.denominator)
  return d === 0
    ? null
    : m.percent
      ? Math.round((1000 * own(v, m.numerator)) / d) / 10
      : Math.round((1000 * own(v, m.numerator)) / d) / 1000
}

/**
 * Builds the protected tracking table from an aggregate and the definitions of its columns (those
 * the aggregate was computed with, in the same order).
 *
 * @since 0.1.0
 */
export const fromAggregate = (
  partial: Aggregate.Partial,
  columns: ReadonlyArray<Column>,
  options: { readonly threshold?: number } = {}
): Table => {
  const threshold = options.threshold ?? Disclosure.defaultThreshold
  const keys = Object.keys(partial.cells).sort()
  const counts = columns.filter((c) => c.measure === undefined || c.measure.kind === "count").map((c) => c.id)
  const grid = {
    rows: keys.map((k) => Object.fromEntries(counts.map((id) => [id, own(partial.cells[k] as Aggregate.Values, id)]))),
    total: Object.fromEntries(counts.map((id) => [id, own(partial.total, id)]))
  }
  // distinct counts are not additive (a young person in two rows is one in the total, in two
  // kinds of contract is one among those with a contract): reading them as sums, down the columns
  // and across the relations of a row, hides more than strictly needed, never less
  const relations = Disclosure.Relations.additive(columns)
  const suppression = Disclosure.suppress(grid, counts, relations, threshold)
  const hiddenFor = (row: number | "total") =>
    new Map(suppression.cells.filter((c) => c.row === row).map((c) => [c.column, c.reason] as const))
  const toRow = (key: string, v: Aggregate.Values, hiddenCounts: ReadonlyMap<string, Disclosure.Reason>): Row => {
    const hidden = new Map(hiddenCounts)
    for (const c of columns) {
      const m = c.measure
      // a rate or a mean built on a hidden or small count would give it back
      if (m?.kind === "ratio" && (hidden.has(m.numerator) || hidden.has(m.denominator))) hidden.set(c.id, "secondary")
      if (m?.kind === "mean-days") {
        const n = own(v, `${c.id}#count`)
        if (n > 0 && n < threshold) hidden.set(c.id, "primary")
      }
    }
    const values: Record<string, number | null> = {}
    const hide: Record<string, Disclosure.Reason> = {}
    const empty: Record<string, "no-young-person"> = {}
    for (const c of columns) {
      const reason = hidden.get(c.id)
      const value = reason === undefined ? cellValue(c, v) : null
      values[c.id] = value
      if (reason !== undefined) hide[c.id] = reason
      else if (value === null) empty[c.id] = "no-young-person"
    }
    const dims =
      key === "total"
        ? {}
        : Object.fromEntries(partial.settings.dimensions.map((d, i) => [d, Aggregate.valuesOf(key)[i] ?? ""]))
    return { key, dimensions: dims, values, hidden: hide, ...(Object.keys(empty).length === 0 ? {} : { empty }) }
  }
  const rows = keys.map((k, i) => toRow(k, partial.cells[k] as Aggregate.Values, hiddenFor(i)))
  const total = toRow("total", partial.total, hiddenFor("total"))
  const hiddenCells = [...rows, total].reduce((n, r) => n + Object.keys(r.hidden).length, 0)
  const period = partial.settings.period
  return {
    kind: "tracking-table",
    version: 2,
    settings: partial.settings,
    threshold,
    columns,
    rows,
    total,
    hiddenCells,
    records: partial.records,
    explanation: Explanation.make({
      code: Codes.indicatorsTrackingTable,
      params: { rows: rows.length, hiddenCells, threshold },
      source: `disclosure threshold ${threshold} (parameter); durable employment: ${partial.settings.durable.comparison} ${partial.settings.durable.months} months (parameter)`,
      verdict: rows.length,
      facts: {
        dimensions: [...partial.settings.dimensions],
        granularity: partial.settings.granularity,
        period: period === undefined ? null : { start: period.start, end: period.end },
        columns: columns.map((c) => c.id),
        recordsRead: partial.records.read,
        recordsCounted: partial.records.counted,
        recordsUnattributed: partial.records.unattributed,
        hiddenCells
      }
    })
  }
}

const describeFilter = (where: Indicator.Filter | undefined) => ({
  ...(where?.outcomes === undefined ? {} : { outcomes: [...where.outcomes] }),
  ...(where?.durable === undefined ? {} : { durable: true }),
  ...(where?.actionTypes === undefined ? {} : { actionTypes: [...where.actionTypes] }),
  ...(where?.branches === undefined ? {} : { branches: [...where.branches] })
})

/**
 * Why a cell of the table has its value: the definition (what it counts, within which conditions,
 * the clause or decision that sets it), the period, the cell and, when hidden, why. Its rule is
 * `indicators.cell` (the column is in its facts; before 0.3.0 the rule was `indicators.<column>`).
 *
 * @since 0.1.0
 */
export const explainCell = (table: Table, key: string, column: string): Explanation.Explanation | undefined => {
  const row = key === "total" ? table.total : table.rows.find((r) => r.key === key)
  const c = table.columns.find((x) => x.id === column)
  if (row === undefined || c === undefined) return undefined
  const reason = row.hidden[column]
  const m = c.measure
  const period = table.settings.period
  return Explanation.make({
    code: Codes.indicatorsCell,
    params: {
      hidden: reason ?? (row.empty?.[column] === undefined ? "no" : "empty"),
      value: String(row.values[column]),
      threshold: table.threshold,
      labelFr: c.label.fr,
      labelEn: c.label.en,
      descriptionFr: c.description.fr,
      descriptionEn: c.description.en
    },
    clause: c.source.kind === "clause" ? c.source.clause : "a4#4",
    ...(c.source.kind === "committee-decision" ? { source: `committee decision ${c.source.decision}` } : {}),
    verdict: row.values[column] ?? null,
    facts: {
      row: key,
      dimensions: row.dimensions,
      column,
      measure:
        m === undefined
          ? null
          : m.kind === "count"
            ? { kind: "count", of: m.of, where: describeFilter(m.where) }
            : m.kind === "ratio"
              ? { kind: "ratio", numerator: m.numerator, denominator: m.denominator, percent: m.percent }
              : { kind: "mean-days", from: m.from, to: m.to },
      period: period === undefined ? null : { start: period.start, end: period.end },
      hidden: reason ?? null,
      empty: row.empty?.[column] ?? null,
      threshold: table.threshold
    }
  })
}
