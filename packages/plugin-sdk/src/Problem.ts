/**
 * Problems found when loading plugins or composing acts: each names what it is about (the
 * plugin, the act), and, for a conflict, the other side too, in French and English.
 *
 * @since 0.1.0
 */
import type { Annotations, Diagnostic } from "@accord-jeunes/domain"

/**
 * A problem with a plugin or an act.
 *
 * @since 0.1.0
 */
export interface Problem {
  /** A stable code, e.g. `plugin.sdk-out-of-range`, `composition.idcc-claimed-twice`. */
  readonly code: string
  /** What the problem is about: `plugin @accord-jeunes/branch-hcr`, `amendment no. 1`. */
  readonly subject: string
  /** The other side of a conflict, when there is one. */
  readonly other?: string
  /** Where, inside the subject (a JSON path). */
  readonly path?: string
  readonly message: Annotations.Bilingual
}

/**
 * One line per problem: `subject $.path: message [code]`.
 *
 * @since 0.1.0
 */
export const format = (problems: ReadonlyArray<Problem>, lang: Diagnostic.Lang = "fr"): string =>
  problems
    .map(
      (p) => `${p.subject}${p.path === undefined || p.path === "$" ? "" : ` ${p.path}`}: ${p.message[lang]} [${p.code}]`
    )
    .join("\n")

/**
 * Thrown by `Composition.composeOrThrow`: carries the problems; its message lists them in English.
 *
 * @since 0.1.0
 */
export class ProblemsError extends Error {
  readonly problems: ReadonlyArray<Problem>
  constructor(problems: ReadonlyArray<Problem>) {
    super(format(problems, "en"))
    this.name = "ProblemsError"
    this.problems = problems
  }
}
