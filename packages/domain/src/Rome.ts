/**
 * ROME: France Travail's directory of trades and jobs (Répertoire opérationnel des métiers
 * et des emplois).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Codes from "./Codes.js"
import { pattern } from "./internal/rule.js"

/**
 * A ROME job code: one letter from A to N (the family) and four digits, e.g. `G1803`.
 *
 * @example
 * ```ts
 * import { Rome } from "@accord-jeunes/domain"
 * Rome.isValid("G1803") // true
 * Rome.isValid("Z1803") // false
 * ```
 * @since 0.1.0
 */
export const RomeCode = Schema.String.check(pattern(/^[A-N]\d{4}$/u, Codes.romeFormat)).pipe(
  Schema.brand("RomeCode"),
  Schema.annotate({
    identifier: "RomeCode",
    description: "A ROME job code: a letter A to N and four digits.",
    label: { fr: "Code métier ROME", en: "ROME job code" },
    source: "France Travail, Répertoire opérationnel des métiers et des emplois (ROME)"
  })
)

/** @since 0.1.0 */
export type RomeCode = typeof RomeCode.Type

/** @since 0.1.0 */
export const isValid: (u: unknown) => u is RomeCode = Schema.is(RomeCode)
