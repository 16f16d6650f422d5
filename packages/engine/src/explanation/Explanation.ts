/**
 * Explanations: why a rule gave its verdict, in a stable, versioned JSON form: the rule (a code of
 * the catalogue of diagnostics), how serious a failure is, the clause or legal source it applies,
 * the facts it used, the sub-results it built on, and a sentence in French and English rendered by
 * the catalogue from the rule's parameters.
 *
 * @since 0.1.0
 */
import type { Annotations, Catalogue } from "@accord-jeunes/domain"

type Bilingual = Annotations.Bilingual

/**
 * The version of the explanation format. Bumped when a field changes meaning or is added: "2"
 * (0.3.0) added `severity` and made `rule` a code of the catalogue.
 *
 * @since 0.1.0
 */
export const version = "2" as const

/** A fact a rule used: a JSON value. @since 0.1.0 */
export type Fact = string | number | boolean | null | ReadonlyArray<Fact> | { readonly [key: string]: Fact }

/**
 * An explanation.
 *
 * @since 0.1.0
 */
export interface Explanation {
  readonly version: typeof version
  /** The rule: a code of the catalogue (`eligibility.age`, `governance.national-meetings`), documented in docs/codes.md. */
  readonly rule: string
  /**
   * How serious it is when the verdict is a failure: an `error` (the rule is not met) or a
   * `warning` (to be checked). The catalogue's severity of the rule's code unless the rule decides
   * (a governance rule in a period under way, the age rule). Read it with the verdict.
   *
   * @since 0.3.0
   */
  readonly severity: Catalogue.Severity
  /** The clause of the agreement the rule applies, if any. */
  readonly clause?: string
  /** A legal or reference source beyond the agreement (a law article, a documented parameter). */
  readonly source?: string
  readonly verdict: Fact
  /**
   * What the rule used, for programs: ids, codes, dates, counts. Facts may hold what a message
   * never says (a young person's age on the day); they stay with whoever holds the records.
   */
  readonly facts: { readonly [key: string]: Fact }
  readonly because: ReadonlyArray<Explanation>
  readonly message: Annotations.Bilingual
}

/**
 * Builds an explanation from a rule's code and parameters: the code gives the rule id, its
 * severity, its clause and its message.
 *
 * @example
 * ```ts
 * import { Codes, Explanation } from "@accord-jeunes/engine"
 * const e = Explanation.make({
 *   code: Codes.lifecycleTerm,
 *   params: { signatureDate: "2024-09-16", durationYears: 3, lastDay: "2027-09-15" },
 *   verdict: "2027-09-15",
 *   facts: { durationYears: 3 }
 * })
 * e.rule // "lifecycle.term"
 * e.message.en // "In force from 2024-09-16 for 3 years: last day 2027-09-15"
 * ```
 * @since 0.1.0
 */
export const make = <P extends Catalogue.Params>(e: {
  readonly code: Catalogue.Code<P>
  readonly params: P
  readonly verdict: Fact
  readonly facts: { readonly [key: string]: Fact }
  readonly because?: ReadonlyArray<Explanation>
  /** When the rule decides its own severity (default: the code's). */
  readonly severity?: Catalogue.Severity
  /** When the rule applies another clause than its code's (an indicator set by a decision). */
  readonly clause?: string
  readonly source?: string
}): Explanation => {
  const clause = e.clause ?? e.code.clause
  // the message is rendered when read: a validator asks every participation's age rule and reads
  // the message of the few that fail; a message read is a diagnostic shown, so raised
  let message: Bilingual | undefined
  return {
    version,
    rule: e.code.code,
    severity: e.severity ?? e.code.severity,
    ...(clause === undefined ? {} : { clause }),
    ...(e.source === undefined ? {} : { source: e.source }),
    verdict: e.verdict,
    facts: e.facts,
    because: e.because ?? [],
    get message() {
      if (message === undefined) message = e.code.raise(e.params).message
      return message
    }
  }
}

// a rule that failed shows how serious it is: ✗ an error, ⚠ a warning
const mark = (e: Explanation) => (e.verdict !== false ? "" : e.severity === "error" ? "✗ " : "⚠ ")

/**
 * The explanation as indented lines, for people: one per rule, a failed rule marked ✗ (error) or
 * ⚠ (warning), with its clause.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { Eligibility, Explanation } from "@accord-jeunes/engine"
 * const e = Eligibility.check({ participant: { birthDate: CalendarDate.make("2010-05-01") }, date: CalendarDate.make("2025-05-01") })
 * Explanation.format(e, "en").split("\n")[1]?.startsWith("  ⚠ Under 16 on the day of the participation") // true
 * ```
 * @since 0.1.0
 */
export const format = (e: Explanation, lang: "fr" | "en" = "fr", depth = 0): string =>
  [
    `${"  ".repeat(depth)}${mark(e)}${e.message[lang]}${e.clause === undefined ? "" : ` [${e.clause}]`}`,
    ...e.because.map((b) => format(b, lang, depth + 1))
  ].join("\n")
