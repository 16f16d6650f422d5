/**
 * Clauses: the normative and factual elements of an agreement, each with a stable id
 * (`a4#3` is the third element of article 4) and the article it belongs to.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Codes from "./Codes.js"
import { pattern } from "./internal/rule.js"
import { LocalizedText, NonEmptyText } from "./Text.js"

/**
 * A clause id: `<part>#<n>`, where the part is `pre` (preamble), `par` (partners),
 * `a1`..`a7` or a sub-article such as `a3.1`, or `sig` (signature block).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Clause } from "@accord-jeunes/domain"
 * Schema.is(Clause.ClauseId)("a3.1#2") // true
 * Schema.is(Clause.ClauseId)("a3-1#2") // false
 * ```
 * @since 0.1.0
 */
export const ClauseId = Schema.String.check(
  pattern(/^(?:pre|par|sig|a\d+(?:\.\d+)?)#[1-9]\d*$/u, Codes.clauseIdFormat)
).annotate({
  identifier: "ClauseId",
  description: "A clause id <part>#<n>: pre, par, a1..a7 or sub-articles such as a3.1, sig.",
  label: { fr: "Identifiant de clause", en: "Clause id" }
})

/** @since 0.1.0 */
export type ClauseId = typeof ClauseId.Type

/**
 * The article (or part) a clause id belongs to, as the agreement names it.
 *
 * @example
 * ```ts
 * import { Clause } from "@accord-jeunes/domain"
 * Clause.articleOf("a3.1#2") // "Article 3.1"
 * Clause.articleOf("pre#6")  // "Préambule"
 * ```
 * @since 0.1.0
 */
export const articleOf = (id: string): string => {
  const part = id.slice(0, id.indexOf("#"))
  if (part === "pre") return "Préambule"
  if (part === "par") return "Les partenaires"
  if (part === "sig") return "Signature"
  return `Article ${part.slice(1)}`
}

/**
 * What a clause does: sets context, states an objective, commits a party, sets a rule the
 * library applies, or records a fact.
 *
 * @since 0.1.0
 */
export const ClauseKind = Schema.Literals(["context", "objective", "commitment", "rule", "fact"]).annotate({
  identifier: "ClauseKind",
  description: "What a clause does: context, objective, commitment, rule or fact.",
  label: { fr: "Nature de la clause", en: "Clause kind" }
})

/**
 * A clause of an agreement, paraphrased (never the text copied), with its article.
 *
 * @since 0.1.0
 */
export const Clause = Schema.Struct({
  id: ClauseId,
  article: NonEmptyText,
  kind: ClauseKind,
  summary: LocalizedText
}).annotate({
  identifier: "Clause",
  description: "A clause of the agreement, paraphrased, with its id and article.",
  label: { fr: "Clause", en: "Clause" }
})

/** @since 0.1.0 */
export type Clause = typeof Clause.Type
