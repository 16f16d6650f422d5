/**
 * Professional certifications registered by France Compétences: the national register
 * (RNCP) and the specific register (RS).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Codes from "./Codes.js"
import { pattern } from "./internal/rule.js"

/**
 * An RNCP record id: `RNCP` followed by digits, e.g. `RNCP38436`. No upper bound is
 * documented, so none is enforced.
 *
 * @since 0.1.0
 */
export const RncpCode = Schema.String.check(pattern(/^RNCP\d+$/u, Codes.rncpFormat)).pipe(
  Schema.brand("RncpCode"),
  Schema.annotate({
    identifier: "RncpCode",
    description: "An RNCP certification code.",
    label: { fr: "Code RNCP", en: "RNCP code" },
    source: "France Compétences, Répertoire national des certifications professionnelles"
  })
)

/**
 * An RS record id: `RS` followed by digits.
 *
 * @since 0.1.0
 */
export const RsCode = Schema.String.check(pattern(/^RS\d+$/u, Codes.rsFormat)).pipe(
  Schema.brand("RsCode"),
  Schema.annotate({
    identifier: "RsCode",
    description: "An RS (specific register) certification code.",
    label: { fr: "Code du Répertoire spécifique", en: "Specific register (RS) code" },
    source: "France Compétences, Répertoire spécifique"
  })
)

/**
 * A certification code from either register.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Certification } from "@accord-jeunes/domain"
 * Schema.is(Certification.CertificationCode)("RNCP38436") // true
 * Schema.is(Certification.CertificationCode)("RS5678")    // true
 * ```
 * @since 0.1.0
 */
export const CertificationCode = Schema.Union([RncpCode, RsCode]).annotate({
  identifier: "CertificationCode",
  description: "A certification code from the RNCP or the RS register.",
  label: { fr: "Certification (RNCP ou RS)", en: "Certification (RNCP or RS)" }
})

/** @since 0.1.0 */
export type CertificationCode = typeof CertificationCode.Type
