/**
 * The tracking table of young people's entry into employment (a4#4: CDD, CDI, work-study), from
 * an aggregate: one row per cell, a total row, rates and times, protected by disclosure control.
 *
 * @since 0.1.0
 */
import * as Disclosure from "../disclosure/Disclosure.js"
import * as Explanation from "../explanation/Explanation.js"
import * as Aggregate from "./Aggregate.js"

/** The count columns, in order. @since 0.1.0 */
export const countColumns = [
  "participants",
  "withContract",
  "cdi",
  "cdd",
  "temporary-work",
  "apprenticeship",
  "professionalisation-contract",
  "work-study",
  "durable-employment"
] as const

/** @since 0.1.0 */
export type CountColumn = (typeof countColumns)[number]

/** The derived columns. @since 0.1.0 */
export const derivedColumns = ["contract-rate", "mean-days-to-first-contract"] as const

/** @since 0.1.0 */
export type Column = CountColumn | (typeof derivedColumns)[number]

/** Column labels. @since 0.1.0 */
export const columnLabels: Readonly<Record<Column, { readonly fr: string; readonly en: string }>> = {
  participants: { fr: "Jeunes entrés en action", en: "Young people in actions" },
  withContract: { fr: "Jeunes ayant signé un contrat", en: "Young people with a contract" },
  cdi: { fr: "Entrées en CDI", en: "Entries into CDI" },
  cdd: { fr: "Entrées en CDD", en: "Entries into CDD" },
  "temporary-work": { fr: "Missions d'intérim", en: "Temporary work" },
  apprenticeship: { fr: "Contrats d'apprentissage", en: "Apprenticeships" },
  "professionalisation-contract": { fr: "Contrats de professionnalisation", en: "Professionalisation contracts" },
  "work-study": { fr: "Entrées en alternance", en: "Entries into work-study" },
  "durable-employment": { fr: "Emplois durables", en: "Durable employment" },
  "contract-rate": { fr: "Taux d'accès à un contrat (%)", en: "Contract rate (%)" },
  "mean-days-to-first-contract": {
    fr: "Délai moyen jusqu'au premier contrat (jours)",
    en: "Mean days to first contract"
  }
}

/** A row: its dimension values, and each column's value, `null` when hidden. @since 0.1.0 */
export interface Row {
  readonly key: string
  readonly dimensions: Readonly<Record<string, string>>
  readonly values: Readonly<Record<Column, number | null>>
  readonly hidden: Readonly<Partial<Record<Column, Disclosure.Reason>>>
}

/** The table. @since 0.1.0 */
export interface Table {
  readonly kind: "tracking-table"
  readonly version: 1
  readonly settings: Aggregate.Settings
  readonly threshold: number
  readonly rows: ReadonlyArray<Row>
  readonly total: Row
  readonly hiddenCells: number
  readonly records: Aggregate.Partial["records"]
  readonly explanation: Explanation.Explanation
}

const countsOf = (c: Aggregate.Counts): Record<CountColumn, number> => ({
  participants: c.participants,
  withContract: c.withContract,
  cdi: c.entries.cdi,
  cdd: c.entries.cdd,
  "temporary-work": c.entries["temporary-work"],
  apprenticeship: c.entries.apprenticeship,
  "professionalisation-contract": c.entries["professionalisation-contract"],
  "work-study": c.entries.apprenticeship + c.entries["professionalisation-contract"],
  "durable-employment": c.durableEmployment
})

const derive = (counts: Record<CountColumn, number>, c: Aggregate.Counts) => ({
  "contract-rate": counts.participants === 0 ? 0 : Math.round((1000 * counts.withContract) / counts.participants) / 10,
  "mean-days-to-first-contract":
    c.daysToFirstContract.count === 0 ? 0 : Math.round(c.daysToFirstContract.sum / c.daysToFirstContract.count)
})

/**
 * Builds the protected tracking table from an aggregate.
 *
 * @since 0.1.0
 */
export const fromAggregate = (partial: Aggregate.Partial, options: { readonly threshold?: number } = {}): Table => {
  const threshold = options.threshold ?? Disclosure.defaultThreshold
  const keys = Object.keys(partial.cells).sort()
  const cells = keys.map((k) => partial.cells[k] as Aggregate.Counts)
  const totalCounts = cells.reduce(Aggregate.addCounts, Aggregate.emptyCounts())
  const grid = { rows: cells.map(countsOf), total: countsOf(totalCounts) }
  const suppression = Disclosure.suppress(
    grid,
    countColumns,
    [{ total: "work-study", parts: ["apprenticeship", "professionalisation-contract"] }],
    threshold
  )
  const hiddenFor = (row: number | "total") =>
    Object.fromEntries(suppression.cells.filter((c) => c.row === row).map((c) => [c.column, c.reason])) as Partial<
      Record<Column, Disclosure.Reason>
    >
  const toRow = (
    key: string,
    counts: Record<CountColumn, number>,
    c: Aggregate.Counts,
    hidden: Partial<Record<Column, Disclosure.Reason>>
  ): Row => {
    const h: Partial<Record<Column, Disclosure.Reason>> = { ...hidden }
    // a rate or a mean built on a hidden count would give it back
    if (h.participants !== undefined || h.withContract !== undefined) h["contract-rate"] = "secondary"
    if (h.withContract !== undefined) h["mean-days-to-first-contract"] = "secondary"
    const all = { ...counts, ...derive(counts, c) }
    const values = Object.fromEntries(
      (Object.keys(all) as Array<Column>).map((col) => [col, h[col] === undefined ? all[col] : null])
    ) as Record<Column, number | null>
    const dims =
      key === "total"
        ? {}
        : Object.fromEntries(partial.settings.dimensions.map((d, i) => [d, Aggregate.valuesOf(key)[i] ?? ""]))
    return { key, dimensions: dims, values, hidden: h }
  }
  const rows = keys.map((k, i) =>
    toRow(k, grid.rows[i] as Record<CountColumn, number>, cells[i] as Aggregate.Counts, hiddenFor(i))
  )
  const total = toRow("total", grid.total, totalCounts, hiddenFor("total"))
  const hiddenCells = [...rows, total].reduce((n, r) => n + Object.keys(r.hidden).length, 0)
  return {
    kind: "tracking-table",
    version: 1,
    settings: partial.settings,
    threshold,
    rows,
    total,
    hiddenCells,
    records: partial.records,
    explanation: Explanation.make({
      rule: "indicators.tracking-table",
      clause: "a4#4",
      source: `disclosure threshold ${threshold} (parameter); durable employment: ${partial.settings.durable.comparison} ${partial.settings.durable.months} months (parameter)`,
      verdict: rows.length,
      facts: {
        dimensions: [...partial.settings.dimensions],
        granularity: partial.settings.granularity,
        recordsRead: partial.records.read,
        recordsCounted: partial.records.counted,
        recordsUnattributed: partial.records.unattributed,
        hiddenCells
      },
      message: {
        fr: `Tableau de suivi de l'insertion : ${rows.length} ligne(s), ${hiddenCells} case(s) masquée(s) (seuil ${threshold})`,
        en: `Tracking table: ${rows.length} row(s), ${hiddenCells} hidden cell(s) (threshold ${threshold})`
      }
    })
  }
}

/**
 * Why a cell of the table has its value: the rule, the clause, the cell and, when hidden, why.
 *
 * @since 0.1.0
 */
export const explainCell = (table: Table, key: string, column: Column): Explanation.Explanation | undefined => {
  const row = key === "total" ? table.total : table.rows.find((r) => r.key === key)
  if (row === undefined) return undefined
  const reason = row.hidden[column]
  return Explanation.make({
    rule: `indicators.${column}`,
    clause: "a4#4",
    verdict: row.values[column],
    facts: { row: key, dimensions: row.dimensions, column, hidden: reason ?? null, threshold: table.threshold },
    message:
      reason === undefined
        ? {
            fr: `${columnLabels[column].fr} : ${row.values[column]}`,
            en: `${columnLabels[column].en}: ${row.values[column]}`
          }
        : reason === "primary"
          ? {
              fr: `${columnLabels[column].fr} : masqué, effectif inférieur à ${table.threshold}`,
              en: `${columnLabels[column].en}: hidden, count under ${table.threshold}`
            }
          : {
              fr: `${columnLabels[column].fr} : masqué pour qu'une case masquée ne puisse pas être recalculée`,
              en: `${columnLabels[column].en}: hidden so that a hidden cell cannot be recomputed`
            }
  })
}
