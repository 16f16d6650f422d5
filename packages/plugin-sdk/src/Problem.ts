/**
 * Problems found when loading plugins, reading acts or composing the agreement: the one issue
 * shape of the project (`Catalogue.Issue`), with what it is about (the plugin, the act) and, for
 * a conflict, the other side, both in French and English: « avenant n°2 (avenant-2.json) »,
 * "amendment no. 2 (avenant-2.json)". Code, severity, clause and message come from the catalogue
 * (`Codes`); a raise site only says where.
 *
 * @since 0.1.0
 */
import { type Annotations, type Catalogue, Diagnostic } from "@accord-jeunes/domain"
import * as Texts from "./Texts.js"

/**
 * A problem with a plugin or an act.
 *
 * @since 0.1.0
 */
export interface Problem extends Catalogue.Issue {
  /** What the problem is about: « plugin @accord-jeunes/branch-hcr@0.1.0 », « avenant n°1 (avenant-1.json) ». */
  readonly subject: Annotations.Bilingual
  /** The other side of a conflict, when there is one. */
  readonly other?: Annotations.Bilingual
}

/** Where a problem is, beside what it is about. @since 0.3.0 */
export interface Where {
  /** A JSON path inside the subject (`$.operations[0].plugin`). */
  readonly path?: string
  /** The other side of a conflict. */
  readonly other?: Annotations.Bilingual
  readonly file?: string
  readonly line?: number
}

/**
 * A problem from a raised code: what it is about, and where.
 *
 * @example
 * ```ts
 * import { Codes, Problem, Texts } from "@accord-jeunes/plugin-sdk"
 * const p = Problem.make(Codes.compositionNotAnAct.raise({}), Texts.subjects.actAt(0))
 * p.code // "composition.not-an-act"
 * p.subject.fr // "acte acts[0]"
 * ```
 * @since 0.3.0
 */
export const make = (raised: Catalogue.Raised, subject: Annotations.Bilingual, where: Where = {}): Problem => ({
  ...raised,
  subject,
  ...(where.path === undefined ? {} : { path: where.path }),
  ...(where.other === undefined ? {} : { other: where.other }),
  ...(where.file === undefined ? {} : { file: where.file }),
  ...(where.line === undefined ? {} : { line: where.line })
})

/**
 * A decode's diagnostic as a problem about a subject; `at` is the JSON path the decoded value
 * stands at inside the subject (`$.exampleRecords[0]`).
 *
 * @since 0.3.0
 */
export const fromDiagnostic = (d: Diagnostic.Diagnostic, subject: Annotations.Bilingual, at = "$"): Problem =>
  make(
    {
      code: d.code,
      severity: d.severity,
      message: d.message,
      ...(d.clause === undefined ? {} : { clause: d.clause })
    },
    subject,
    { path: `${at}${Diagnostic.formatPath(d.path).slice(1)}` }
  )

/**
 * One line per problem, in the language asked for: `subject $.path: message (conflicts with …) [code]`.
 *
 * @example
 * ```ts
 * import { Codes, Problem, Texts } from "@accord-jeunes/plugin-sdk"
 * const p = Problem.make(Codes.compositionBranchAlreadyIn.raise({ branch: "hcr" }), Texts.act.amendment(2), {
 *   path: "$.operations[0]",
 *   other: Texts.act.agreement("2024-09-16")
 * })
 * Problem.format([p], "fr").startsWith("avenant n°2 $.operations[0]: La branche « hcr » est déjà dans l'accord") // true
 * Problem.format([p], "en").endsWith("(conflicts with agreement of 2024-09-16) [composition.branch-already-in]") // true
 * ```
 * @since 0.1.0
 */
export const format = (problems: ReadonlyArray<Problem>, lang: Catalogue.Lang = "fr"): string =>
  problems
    .map(
      (p) =>
        `${p.subject[lang]}${p.path === undefined || p.path === "$" ? "" : ` ${p.path}`}: ${p.message[lang]}${
          p.other === undefined ? "" : ` (${Texts.conflictsWith[lang]} ${p.other[lang]})`
        } [${p.code}]`
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
