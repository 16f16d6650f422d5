/**
 * Personal data in shared records (clause a5#1): young people appear only under a
 * pseudonymous reference; direct identifiers are refused wherever a record could carry them.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { pattern } from "../internal/rule.js"

/**
 * The field names that would carry a direct identifier (names, contact details, social-security
 * number, postal address), in English and French. A record with one of them is refused with a
 * message citing clause a5#1, rather than silently stripped.
 *
 * @since 0.1.0
 */
export const directIdentifierFields = [
  "name",
  "fullName",
  "firstName",
  "lastName",
  "birthName",
  "nom",
  "prenom",
  "prénom",
  "nomNaissance",
  "email",
  "mail",
  "courriel",
  "phone",
  "phoneNumber",
  "mobile",
  "telephone",
  "téléphone",
  "tel",
  "nir",
  "ssn",
  "socialSecurityNumber",
  "numeroSecuriteSociale",
  "address",
  "adresse",
  "postalAddress"
] as const

const forbidden = Schema.optionalKey(
  Schema.Never.annotate({
    code: "personal-data.direct-identifier",
    messages: {
      fr: "Donnée personnelle directement identifiante interdite dans les données partagées (accord-cadre, clause a5#1, article 5) : utilisez la référence pseudonyme du jeune",
      en: "Direct personal identifier not allowed in shared data (framework agreement, clause a5#1, article 5): use the young person's pseudonymous reference"
    },
    clauses: ["a5#1"]
  })
)

/**
 * The struct fields that forbid every direct-identifier field; spread them into a record's
 * fields. In JSON Schema they become properties that admit no value.
 *
 * @since 0.1.0
 */
export const noDirectIdentifiers = Object.fromEntries(directIdentifierFields.map((k) => [k, forbidden])) as {
  readonly [K in (typeof directIdentifierFields)[number]]: typeof forbidden
}

/**
 * The pseudonymous reference of a young person: an opaque token the producing system derives
 * (4 to 128 letters, digits, `.`, `_`, `:`, `-`), with at least one letter so that a phone
 * number or a social-security number, which are digits only, can never pass as one.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { PersonalData } from "@accord-jeunes/domain"
 * Schema.is(PersonalData.ParticipantRef)("p-7f3a9c2e")     // true
 * Schema.is(PersonalData.ParticipantRef)("0612345678")     // false: digits only
 * Schema.is(PersonalData.ParticipantRef)("jeanne@ex.fr")  // false
 * ```
 * @since 0.1.0
 */
export const ParticipantRef = Schema.String.check(
  pattern(/^[A-Za-z0-9][A-Za-z0-9._:-]{3,127}$/u, {
    code: "participant-ref.format",
    fr: "une référence pseudonyme de 4 à 128 caractères (lettres, chiffres, . _ : -), sans espace ni @",
    en: "a pseudonymous reference of 4 to 128 characters (letters, digits, . _ : -), with no space or @"
  }).abort(),
  pattern(/[A-Za-z]/u, {
    code: "participant-ref.digits-only",
    fr: "une référence pseudonyme contenant au moins une lettre : une suite de chiffres (téléphone, NIR) n'est pas pseudonyme (clause a5#1)",
    en: "a pseudonymous reference with at least one letter: a string of digits (phone, social-security number) is not pseudonymous (clause a5#1)"
  })
).pipe(
  Schema.brand("ParticipantRef"),
  Schema.annotate({
    identifier: "ParticipantRef",
    description: "The pseudonymous reference of a young person: an opaque token with at least one letter.",
    label: { fr: "Référence pseudonyme du jeune", en: "Young person's pseudonymous reference" },
    clauses: ["a5#1"]
  })
)

/** @since 0.1.0 */
export type ParticipantRef = typeof ParticipantRef.Type
