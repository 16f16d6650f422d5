/**
 * Disclosure control for counts about people (a5#1): cells under a threshold are hidden
 * (primary suppression), then more cells are hidden so that no hidden cell can be recomputed from
 * a published total or from the other parts of a sum (secondary suppression). The result says
 * what was hidden and why.
 *
 * The threshold is a parameter: no threshold is published for counts of young people. The default
 * follows the rule applied to statistics about persons by the DGFiP (cells under 11 hidden);
 * INSEE's business statistics hide cells under 3.
 *
 * @since 0.1.0
 */

export * as Relations from "./Relations.js"

/** The default threshold: counts from 1 to 10 are hidden. @since 0.1.0 */
export const defaultThreshold = 11

/** Why a cell is hidden. @since 0.1.0 */
export type Reason = "primary" | "secondary"

/** A table to protect: rows of counts by column, and the published totals of each column. @since 0.1.0 */
export interface Grid {
  readonly rows: ReadonlyArray<Readonly<Record<string, number>>>
  readonly total: Readonly<Record<string, number>>
}

/** What to hide. @since 0.1.0 */
export interface Suppression {
  /** Hidden cells: `rows[row][column]`, or the total when `row` is `"total"`. */
  readonly cells: ReadonlyArray<{ readonly row: number | "total"; readonly column: string; readonly reason: Reason }>
}

/** A relation inside a row: `total` is the sum of `parts` (or is read as such). @since 0.1.0 */
export interface Additive {
  readonly total: string
  readonly parts: ReadonlyArray<string>
}

type Cell = readonly [row: number | "total", column: string]

/**
 * Decides which cells to hide.
 *
 * - primary: a count from 1 to `threshold - 1` (zeros are published);
 * - secondary, down each column (the rows and the total): a column with exactly one hidden cell
 *   gets its smallest other non-zero cell hidden too (or its total, when there is none), since the
 *   total would give the hidden cell away;
 * - secondary, across each row, the total row included: in every additive group
 *   (`total = parts`), one hidden member leads to hiding the smallest other non-zero member (or
 *   the group's total, when every other member is zero).
 * The rules are applied until nothing changes, so that no column and no group of any row ends
 * with exactly one hidden cell: subtracting published cells then never isolates a hidden one.
 *
 * @example
 * ```ts
 * import { Disclosure } from "@accord-jeunes/engine"
 * const s = Disclosure.suppress({ rows: [{ n: 4 }, { n: 30 }, { n: 50 }], total: { n: 84 } }, ["n"], [], 11)
 * s.cells.map((c) => `${c.row}:${c.reason}`) // ["0:primary", "1:secondary"]
 * ```
 * @since 0.1.0
 */
export const suppress = (
  grid: Grid,
  columns: ReadonlyArray<string>,
  additive: ReadonlyArray<Additive>,
  threshold: number = defaultThreshold
): Suppression => {
  const hidden = new Map<string, Reason>()
  const id = ([row, column]: Cell) => `${row}\u0000${column}`
  const value = ([row, column]: Cell) => (row === "total" ? grid.total[column] : grid.rows[row]?.[column]) ?? 0
  const isSmall = (v: number) => v > 0 && v < threshold
  const rowIds: ReadonlyArray<number | "total"> = [...grid.rows.map((_, r) => r), "total"]
  for (const c of columns) for (const r of rowIds) if (isSmall(value([r, c]))) hidden.set(id([r, c]), "primary")
  // every relation as the cells it ties together: `preferred` are hidden first (the smallest
  // non-zero one), `fallback` in order when all of them are zero or hidden
  const relations: Array<{ readonly preferred: ReadonlyArray<Cell>; readonly fallback: ReadonlyArray<Cell> }> = []
  for (const c of columns) {
    const rows = grid.rows.map((_, r): Cell => [r, c])
    relations.push({ preferred: rows, fallback: [["total", c], ...rows] })
  }
  const known = new Set(columns)
  for (const r of rowIds)
    for (const g of additive) {
      const members = [g.total, ...g.parts].filter((m) => known.has(m)).map((m): Cell => [r, m])
      if (members.length === 1 + g.parts.length) relations.push({ preferred: members, fallback: members })
    }
  let changed = true
  while (changed) {
    changed = false
    for (const { preferred, fallback } of relations) {
      const all = [...new Map([...preferred, ...fallback].map((c) => [id(c), c])).values()]
      if (all.filter((c) => hidden.has(id(c))).length !== 1) continue
      const pick =
        preferred.filter((c) => !hidden.has(id(c)) && value(c) > 0).sort((a, b) => value(a) - value(b))[0] ??
        fallback.find((c) => !hidden.has(id(c)))
      if (pick !== undefined) {
        hidden.set(id(pick), "secondary")
        changed = true
      }
    }
  }
  const cells = [...hidden.entries()].map(([k, reason]) => {
    const [row, column] = k.split("\u0000") as [string, string]
    return { row: row === "total" ? ("total" as const) : Number(row), column, reason }
  })
  cells.sort((a, b) =>
    a.row === b.row ? (a.column < b.column ? -1 : 1) : a.row === "total" ? 1 : b.row === "total" ? -1 : a.row - b.row
  )
  return { cells }
}
