/**
 * Explanations: why a rule gave its verdict, in a stable, versioned JSON form: the rule, the
 * clause or legal source it applies, the facts it used, the sub-results it built on, and a
 * sentence in French and English.
 *
 * @since 0.1.0
 */
import type { Annotations } from "@accord-jeunes/domain"

/** The version of the explanation format. Bumped when a field changes meaning. @since 0.1.0 */
export const version = "1" as const

/** A fact a rule used: a JSON value. @since 0.1.0 */
export type Fact = string | number | boolean | null | ReadonlyArray<Fact> | { readonly [key: string]: Fact }

/**
 * An explanation.
 *
 * @since 0.1.0
 */
export interface Explanation {
  readonly version: typeof version
  /** A stable rule id, e.g. `eligibility.age`, `governance.national-meetings`. */
  readonly rule: string
  /** The clause of the agreement the rule applies, if any. */
  readonly clause?: string
  /** A legal or reference source beyond the agreement (a law article, a documented parameter). */
  readonly source?: string
  readonly verdict: Fact
  readonly facts: { readonly [key: string]: Fact }
  readonly because: ReadonlyArray<Explanation>
  readonly message: Annotations.Bilingual
}

/**
 * Builds an explanation.
 *
 * @example
 * ```ts
 * import { Explanation } from "@accord-jeunes/engine"
 * const e = Explanation.make({ rule: "demo", verdict: true, facts: { n: 1 }, message: { fr: "oui", en: "yes" } })
 * e.version // "1"
 * ```
 * @since 0.1.0
 */
export const make = (
  e: Omit<Explanation, "version" | "because"> & { readonly because?: ReadonlyArray<Explanation> }
): Explanation => ({
  version,
  rule: e.rule,
  ...(e.clause === undefined ? {} : { clause: e.clause }),
  ...(e.source === undefined ? {} : { source: e.source }),
  verdict: e.verdict,
  facts: e.facts,
  because: e.because ?? [],
  message: e.message
})

/**
 * The explanation as indented lines, for people.
 *
 * @since 0.1.0
 */
export const format = (e: Explanation, lang: "fr" | "en" = "fr", depth = 0): string =>
  [
    `${"  ".repeat(depth)}${e.message[lang]}${e.clause === undefined ? "" : ` [${e.clause}]`}`,
    ...e.because.map((b) => format(b, lang, depth + 1))
  ].join("\n")
