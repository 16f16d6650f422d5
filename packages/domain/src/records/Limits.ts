/**
 * The largest lists the records accept. The agreement sets no such number: each one bounds the
 * work a single record costs to read (a list is read element by element, and a bad element is a
 * problem reported), far above what a real record holds. They appear in the exported JSON Schemas
 * (`maxItems`) with the reason, so that other tools apply the same bounds.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"

/**
 * The largest number of elements of each list field, and why.
 *
 * @since 0.3.0
 */
export const maxItems = {
  /** France has about 440 missions locales: an action cannot involve more than all of them. */
  missionLocales: 500,
  /** More than all of France's professional branches, a few hundred since their restructuring. */
  branches: 300,
  /** A recruitment fair's exhibitors fit; a longer list is several actions. */
  companies: 1_000,
  /** One entry per party: the agreement has six, and each joining branch adds one. */
  attendance: 100,
  /** A meeting takes a few decisions, not hundreds. */
  decisions: 200,
  /** Four kinds of output; a list this long only repeats them. */
  outputs: 20,
  /** A young person's periods in PACEA and the CEJ: a few. */
  schemes: 100,
  /** The actions a young person followed before an outcome. */
  actions: 1_000
} as const

const why: { readonly [K in keyof typeof maxItems]: string } = {
  missionLocales: "France has about 440 missions locales: an action cannot involve more than all of them",
  branches: "more than all of France's professional branches, a few hundred since their restructuring",
  companies: "a recruitment fair's exhibitors fit; a longer list is several actions",
  attendance: "one entry per party: the agreement has six, and each joining branch adds one",
  decisions: "a meeting takes a few decisions, not hundreds",
  outputs: "four kinds of output; a longer list only repeats them",
  schemes: "a young person's periods in PACEA and the CEJ are a few",
  actions: "the actions a young person followed before the outcome"
}

/**
 * A list field bounded by {@link maxItems}, its description saying what it holds, the bound and
 * why (the bound bounds the work one record costs: the agreement sets none).
 */
export const bounded = <S extends Schema.Top & { readonly Type: { readonly length: number } }>(
  field: keyof typeof maxItems,
  list: S,
  holds: string
): S["Rebuild"] =>
  list.check(Schema.isMaxLength(maxItems[field])).annotate({
    description: `${holds}. At most ${maxItems[field]} (${why[field]}): a bound of this library, not of the agreement, so that one record's cost stays bounded.`
  }) as S["Rebuild"]
