/**
 * SIREN: the 9-digit identifier of a company in the INSEE SIRENE register.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Codes from "./Codes.js"
import { luhnValid } from "./internal/luhn.js"
import { pattern, rule } from "./internal/rule.js"

/**
 * A SIREN: 9 digits whose Luhn checksum is valid.
 *
 * @example
 * ```ts
 * import { Siren } from "@accord-jeunes/domain"
 * Siren.isValid("732829320") // true
 * Siren.isValid("732829321") // false
 * ```
 * @since 0.1.0
 */
export const Siren = Schema.String.check(
  pattern(/^\d{9}$/u, Codes.sirenFormat).abort(),
  rule(luhnValid, Codes.sirenChecksum, {
    description: "Luhn checksum over the 9 digits (not expressible in JSON Schema)"
  })
).pipe(
  Schema.brand("Siren"),
  Schema.annotate({
    identifier: "Siren",
    description: "A SIREN company number: 9 digits with a valid Luhn checksum.",
    label: { fr: "Numéro SIREN", en: "SIREN number" },
    source: "INSEE, répertoire SIRENE: 9 digits with a Luhn checksum"
  })
)

/** @since 0.1.0 */
export type Siren = typeof Siren.Type

/**
 * Whether a string is a valid SIREN.
 *
 * @since 0.1.0
 */
export const isValid: (u: unknown) => u is Siren = Schema.is(Siren)
