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

/**
 * Decides which cells to hide.
 *
 * - primary: a count from 1 to `threshold - 1` (zeros are published);
 * - secondary, down each column: a column with exactly one hidden cell gets its smallest other
 *   non-zero cell hidden too (or its total, when there is none), since the total would give the
 *   hidden cell away;
 * - secondary, across each row: in every additive group (`total = parts`), one hidden member
 *   leads to hiding the smallest other member.
 * The rules are applied until nothing changes.
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
  additive: ReadonlyArray<{ readonly total: string; readonly parts: ReadonlyArray<string> }>,
  threshold: number = defaultThreshold
): Suppression => {
  const hidden = new Map<string, Reason>()
  const id = (row: number | "total", column: string) => `${row}\u0000${column}`
  const value = (row: number | "total", column: string) =>
    (row === "total" ? grid.total[column] : grid.rows[row]?.[column]) ?? 0
  const isSmall = (v: number) => v > 0 && v < threshold
  for (const c of columns) {
    grid.rows.forEach((_, r) => {
      if (isSmall(value(r, c))) hidden.set(id(r, c), "primary")
    })
    if (isSmall(value("total", c))) hidden.set(id("total", c), "primary")
  }
  const smallestOther = (cands: ReadonlyArray<[number | "total", string]>) =>
    cands
      .filter(([r, c]) => !hidden.has(id(r, c)) && value(r, c) > 0)
      .sort((a, b) => value(a[0], a[1]) - value(b[0], b[1]))[0]
  let changed = true
  while (changed) {
    changed = false
    for (const c of columns) {
      const inColumn = grid.rows.map((_, r) => r).filter((r) => hidden.has(id(r, c)))
      if (inColumn.length === 1 && !hidden.has(id("total", c))) {
        const pick = smallestOther(grid.rows.map((_, r): [number, string] => [r, c]))
        const [r, col] = pick ?? ["total" as const, c]
        hidden.set(id(r, col), "secondary")
        changed = true
      }
    }
    grid.rows.forEach((_, r) => {
      for (const g of additive) {
        const members = [g.total, ...g.parts]
        const hiddenMembers = members.filter((m) => hidden.has(id(r, m)))
        if (hiddenMembers.length === 1) {
          const pick = smallestOther(members.map((m): [number, string] => [r, m]))
          if (pick !== undefined) {
            hidden.set(id(pick[0], pick[1]), "secondary")
            changed = true
          } else {
            // every other member is zero: the sum gives the hidden one away, hide the total
            const rest = members.find((m) => !hidden.has(id(r, m)))
            if (rest !== undefined) {
              hidden.set(id(r, rest), "secondary")
              changed = true
            }
          }
        }
      }
    })
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
