/**
 * IDCC: the number of a collective agreement (convention collective) in the Ministry of
 * Labour's register. Written with up to four digits and found both padded ("0158") and not
 * ("158"): this schema reads either and always gives four characters.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as SchemaGetter from "effect/SchemaGetter"
import * as Codes from "./Codes.js"
import { pattern } from "./internal/rule.js"

const fourDigits = pattern(/^\d{4}$/u, Codes.idccFormat)

/**
 * An IDCC as this library holds it: exactly four digits.
 *
 * @since 0.1.0
 */
export const NormalizedIdcc = Schema.String.check(fourDigits).pipe(
  Schema.brand("Idcc"),
  Schema.annotate({
    identifier: "Idcc",
    description: "An IDCC collective-agreement number, as four digits.",
    label: { fr: "Code IDCC de la convention collective", en: "Collective agreement IDCC code" },
    source: "Ministère du Travail, identifiant des conventions collectives (IDCC), up to 4 digits"
  })
)

/** @since 0.1.0 */
export type Idcc = typeof NormalizedIdcc.Type

const padded = (s: string) => (/^\d{1,4}$/u.test(s) ? s.padStart(4, "0") : s)

/**
 * An IDCC read from data: "158", "0158" or the number 158 all decode to "0158".
 * Encodes as four digits.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Idcc } from "@accord-jeunes/domain"
 * Schema.decodeUnknownSync(Idcc.Idcc)("158") // "0158"
 * Schema.decodeUnknownSync(Idcc.Idcc)(1979)  // "1979"
 * ```
 * @since 0.1.0
 */
export const Idcc = Schema.Union([
  Schema.String.check(pattern(/^\d{1,4}$/u, Codes.idccFormat)),
  Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 9999 }))
]).pipe(
  Schema.decodeTo(NormalizedIdcc, {
    decode: SchemaGetter.transform((input: string | number) => padded(String(input))),
    encode: SchemaGetter.transform((idcc: string) => idcc)
  }),
  Schema.annotate({
    identifier: "IdccInput",
    description: "An IDCC as found in data: 1 to 4 digits, as text or a number; read as four digits."
  })
)

/**
 * Normalises an IDCC to four digits, or returns `undefined` when it is not one.
 *
 * @example
 * ```ts
 * import { Idcc } from "@accord-jeunes/domain"
 * Idcc.normalize("573") // "0573"
 * Idcc.normalize("12345") // undefined
 * ```
 * @since 0.1.0
 */
export const normalize = (input: string | number): Idcc | undefined => {
  const s = padded(String(input).trim())
  return Schema.is(NormalizedIdcc)(s) ? s : undefined
}
