/**
 * Personal data in shared records (clause a5#1): young people appear only under a
 * pseudonymous reference; direct identifiers are refused wherever a record could carry them; the
 * fields that hold a young person's data are marked `personal` on the schemas, and no message or
 * report shows their values.
 *
 * How the project reads a5#1, field by field. The clause binds the signatories to keep
 * confidential the information covered by personal-data law: anything about an identifiable
 * young person, pseudonymised or not (a pseudonymous reference still points to one person).
 *
 * - `participant`: `ref`, `birthDate`, `residenceDepartement` (where they live), `schemes` (their
 *   PACEA or CEJ enrolment and its dates) and `rqth` (disabled-worker status: health data) are
 *   personal. `missionLocale` is not: it is the code of the organisation that follows them, the
 *   key every count is grouped by.
 * - `participation`: `participant`, `status` and the dates are personal (where this young
 *   person's pathway stands, and when); `id` and `action` are the producer's and the action's
 *   identifiers.
 * - `insertion-outcome`: `participant`, `outcome` (their situation), and the dates are personal.
 *   The employer's SIRET, the IDCC, ROME and certification codes are public codes and are shown.
 * - `action` and `committee-meeting` hold no young person's data (`participantCount` is a count).
 * - `referent-designation`: its `name` is the name of a professional a party designates as its
 *   referent (a3#2; annex 3 lists them), not of a young person, so the field is accepted there.
 *   It is still a person's name: marked personal, it is never echoed either.
 * - On every record kind, a field whose name is a direct identifier (`nom`, `email`,
 *   `tel_portable`, `nir`...) is refused citing a5#1, and its value is never shown.
 *
 * @since 0.1.0
 */
import type * as Schema from "effect/Schema"
import { isPersonal } from "../Annotations.js"
import * as internal from "../internal/personal.js"
import { byKind, type Kind } from "./ExchangeRecord.js"

/**
 * The field names that would carry a direct identifier (names, contact details, social-security
 * number, postal address), in English and French and as common French exports spell them. A
 * record with one of them is refused with a message citing clause a5#1, rather than silently
 * stripped.
 *
 * @since 0.1.0
 */
export const directIdentifierFields = internal.directIdentifierFields

/**
 * Whether a field name names a direct identifier, however a spreadsheet spells it: case,
 * accents, spaces and punctuation are ignored. Decoding refuses such a field with the a5#1 code
 * on every record kind.
 *
 * @example
 * ```ts
 * import { PersonalData } from "@accord-jeunes/domain"
 * PersonalData.isDirectIdentifierField("Nom de naissance") // true
 * PersonalData.isDirectIdentifierField("TÉL. PORTABLE")    // true
 * PersonalData.isDirectIdentifierField("birthDate")        // false (personal, but not a direct identifier)
 * ```
 * @since 0.3.0
 */
export const isDirectIdentifierField: (name: string) => boolean = internal.isDirectIdentifierField

/**
 * The struct fields that forbid every direct-identifier field; spread them into a record's
 * fields. In JSON Schema they become properties that admit no value.
 *
 * @since 0.1.0
 */
export const noDirectIdentifiers = internal.noDirectIdentifiers

/**
 * The pseudonymous reference of a young person: an opaque token the producing system derives
 * (4 to 128 letters without accents, digits, `.`, `_`, `:`, `-`), with at least one letter so
 * that a phone number or a social-security number, which are digits only, can never pass as one.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { PersonalData } from "@accord-jeunes/domain"
 * Schema.is(PersonalData.ParticipantRef)("p-7f3a9c2e")     // true
 * Schema.is(PersonalData.ParticipantRef)("0612345678")     // false (digits only)
 * Schema.is(PersonalData.ParticipantRef)("jeanne@ex.fr")  // false
 * ```
 * @since 0.1.0
 */
export const ParticipantRef = internal.ParticipantRef

/** @since 0.1.0 */
export type ParticipantRef = typeof ParticipantRef.Type

const personalByKind = Object.fromEntries(
  Object.entries(byKind).map(([kind, schema]) => [
    kind,
    Object.entries(schema.fields as Readonly<Record<string, Schema.Top>>)
      .filter(([, field]) => isPersonal(field))
      .map(([name]) => name)
  ])
) as unknown as Readonly<Record<Kind, ReadonlyArray<string>>>

/**
 * The fields of a record kind whose values are personal data, read from the schemas' `personal`
 * annotations: the young person's data (see the module's notes) and the direct-identifier fields
 * the kind refuses. A value at or under one of these fields is never shown.
 *
 * @example
 * ```ts
 * import { PersonalData } from "@accord-jeunes/domain"
 * PersonalData.personalFields("participation").slice(0, 4) // ["participant", "status", "startDate", "endDate"]
 * PersonalData.personalFields("action").includes("nom")    // true (refused, and never shown)
 * ```
 * @since 0.3.0
 */
export const personalFields = (kind: Kind): ReadonlyArray<string> => personalByKind[kind]

// An e-mail address anywhere in the value. A match starts only where a run of address characters
// starts (the lookbehind): without it, each position of a long run would be tried and scanned to
// its end, and a long unknown field would take time in the square of its length.
const email = /(?<![^\s@<>()[\]])[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}/iu
// A French phone number: 0X then four pairs, or +33 / 0033 then nine digits, with optional
// spaces, dots or hyphens between the pairs; not inside a longer number (a SIRET).
const phone = /(?<![\d+])(?:0|\+33 ?|0033 ?)[1-9](?:[ .-]?\d{2}){4}(?!\d)/u
// A NIR (social-security number): sex digit 1-4 or 7-8, then 12 digits (13) or 14 with the key
// (15), Corsica's 2A/2B included; spaces allowed between groups.
const nir = /(?<![\dA-Z])[1-478] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3}(?: ?\d{2})?(?![\dA-Z])/iu

/**
 * Whether a text looks like it identifies someone directly: it contains an e-mail address, a
 * French phone number or a social-security number (NIR, 13 or 15 digits). The validator refuses
 * such values in fields it does not know, without echoing them. A heuristic: it says "looks
 * like", never "is".
 *
 * @example
 * ```ts
 * import { PersonalData } from "@accord-jeunes/domain"
 * PersonalData.looksIdentifying("jeanne.dupont@example.fr") // true
 * PersonalData.looksIdentifying("06 01 02 03 04")           // true
 * PersonalData.looksIdentifying("1 85 07 75 123 456 78")    // true (a NIR)
 * PersonalData.looksIdentifying("73282932000074")           // false (a SIRET)
 * PersonalData.looksIdentifying("2025-03-14")               // false
 * ```
 * @since 0.3.0
 */
export const looksIdentifying = (value: string): boolean => email.test(value) || phone.test(value) || nir.test(value)
