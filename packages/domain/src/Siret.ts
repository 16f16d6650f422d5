/**
 * SIRET: the 14-digit identifier of an establishment (SIREN + 5-digit NIC).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Codes from "./Codes.js"
import { luhnValid } from "./internal/luhn.js"
import { pattern, rule } from "./internal/rule.js"

/** La Poste's establishments share the SIREN 356000000 and are numbered beyond what Luhn allows (INSEE). */
const LA_POSTE_SIREN = "356000000"

const digitSum = (s: string): number => {
  let sum = 0
  for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i) - 48
  return sum
}

/**
 * Whether 14 digits form a valid SIRET checksum: Luhn over all 14 digits, or, for La Poste
 * (SIREN 356000000), a digit sum that is a multiple of 5.
 *
 * @since 0.1.0
 */
export const hasValidChecksum = (digits: string): boolean =>
  luhnValid(digits) || (digits.startsWith(LA_POSTE_SIREN) && digitSum(digits) % 5 === 0)

/**
 * A SIRET: 14 digits with a valid checksum (La Poste exception included).
 *
 * @example
 * ```ts
 * import { Siret } from "@accord-jeunes/domain"
 * Siret.isValid("73282932000074") // true
 * Siret.isValid("35600000009075") // true: La Poste, digit sum multiple of 5
 * Siret.isValid("35600000009090") // false
 * ```
 * @since 0.1.0
 */
export const Siret = Schema.String.check(
  pattern(/^\d{14}$/u, Codes.siretFormat).abort(),
  rule(hasValidChecksum, Codes.siretChecksum, {
    description:
      "Luhn checksum over the 14 digits, or digit sum multiple of 5 for SIREN 356000000 (not expressible in JSON Schema)"
  })
).pipe(
  Schema.brand("Siret"),
  Schema.annotate({
    identifier: "Siret",
    description: "A SIRET establishment number: 14 digits with a valid checksum (La Poste exception included).",
    label: { fr: "Numéro SIRET", en: "SIRET number" },
    source: "INSEE, répertoire SIRENE: SIREN (9 digits) + NIC (5 digits), Luhn checksum; La Poste exception"
  })
)

/** @since 0.1.0 */
export type Siret = typeof Siret.Type

/**
 * Whether a value is a valid SIRET.
 *
 * @since 0.1.0
 */
export const isValid: (u: unknown) => u is Siret = Schema.is(Siret)
