/**
 * The additive relations inside a row of the tracking table, derived from its column definitions:
 * a count whose outcomes are exactly those of other counts put together is, to a reader, their
 * sum ("young people with a contract" = CDI + CDD + temporary work + apprenticeship +
 * professionalisation; "work-study" = apprenticeship + professionalisation). A hidden cell must
 * not be recomputable from such a sum, so disclosure control treats each relation as a group.
 *
 * Counts of distinct young people are not exactly additive (a young person with two kinds of
 * contract counts under each kind, once in the total), but a reader cannot know by how much:
 * the relations are taken as exact, which hides more, never less.
 *
 * @since 0.6.0
 */
import type { Indicator } from "@accord-jeunes/domain"
import { contractKinds } from "../indicators/Aggregate.js"
import type { Additive } from "./Disclosure.js"

// conditions other than outcomes make a count a subset that no sum of outcome counts rebuilds
const onlyOutcomes = (where: Indicator.Filter | undefined): boolean =>
  where === undefined ||
  (where.durable === undefined && where.actionTypes === undefined && where.branches === undefined)

/**
 * The outcome kinds a column counts, when it counts nothing else: a count of young people or of
 * contracts with only an outcome condition; a count of contracts without one counts every
 * contract kind. `undefined` for every other column (young people in actions, durable jobs,
 * ratios, means).
 *
 * @since 0.6.0
 */
export const outcomesOf = (column: Indicator.IndicatorDefinition): ReadonlySet<string> | undefined => {
  const m = column.measure
  if (m === undefined || m.kind !== "count" || !onlyOutcomes(m.where)) return undefined
  if (m.where?.outcomes !== undefined) return new Set(m.where.outcomes)
  return m.of === "contracts" ? new Set(contractKinds) : undefined
}

/**
 * Every way a column's outcomes are split exactly among other columns' outcomes (each part a
 * column, no outcome in two parts): one additive relation per split.
 *
 * @example
 * ```ts
 * import { Columns, Disclosure } from "@accord-jeunes/engine"
 * import { Assembly } from "@accord-jeunes/in-force"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * const columns = Columns.of(Composition.asOf(Assembly.foundingTimeline(), "2025-06-01"))
 * const relations = Disclosure.Relations.additive(columns)
 * relations.find((r) => r.total === "entries-into-work-study")?.parts // ["young-people-in-apprenticeship", "young-people-in-professionalisation"]
 * ```
 * @since 0.6.0
 */
export const additive = (columns: ReadonlyArray<Indicator.IndicatorDefinition>): ReadonlyArray<Additive> => {
  const sets = columns.flatMap((c) => {
    const s = outcomesOf(c)
    return s === undefined || s.size === 0 ? [] : [{ id: c.id, outcomes: s }]
  })
  const relations: Array<Additive> = []
  for (const whole of sets) {
    const candidates = sets.filter(
      (p) =>
        p.id !== whole.id &&
        p.outcomes.size < whole.outcomes.size &&
        [...p.outcomes].every((o) => whole.outcomes.has(o))
    )
    // exact covers: take the first outcome left, try each candidate holding it and no taken one
    const cover = (left: ReadonlyArray<string>, parts: ReadonlyArray<string>): void => {
      const first = left[0]
      if (first === undefined) {
        relations.push({ total: whole.id, parts })
        return
      }
      for (const p of candidates) {
        if (!p.outcomes.has(first) || ![...p.outcomes].every((o) => left.includes(o))) continue
        cover(
          left.filter((o) => !p.outcomes.has(o)),
          [...parts, p.id]
        )
      }
    }
    cover([...whole.outcomes].sort(), [])
  }
  return relations
}
