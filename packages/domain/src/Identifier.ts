/**
 * Identifiers the library gives to things of the agreement: parties, branches, action types,
 * commitments, indicators, records. Lower-case slugs, optionally namespaced with `:`
 * (`branch:hcr`, `hcr:sas-cuisine`), so that a branch's own ids never collide with the
 * agreement's.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Codes from "./Codes.js"
import { pattern } from "./internal/rule.js"

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*)*$/u

// The agreement's own codes stay ASCII: they are typed in files and commands, and one spelling
// per code keeps "company-visit" from also existing as "visite-entreprise" or with accents.
const slug = pattern(slugPattern, Codes.idFormat)

/**
 * A slug identifier, `word-word` with optional `namespace:` prefixes.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Identifier } from "@accord-jeunes/domain"
 * Schema.is(Identifier.Slug)("branch:hcr")   // true
 * Schema.is(Identifier.Slug)("Branch HCR")   // false
 * ```
 * @since 0.1.0
 */
export const Slug = Schema.String.check(slug).annotate({
  identifier: "Slug",
  description: "A lower-case identifier, optionally namespaced with ':'.",
  label: { fr: "Identifiant", en: "Identifier" }
})

/**
 * The namespace of a namespaced id (`hcr` in `hcr:sas-cuisine`), or `undefined`.
 *
 * @since 0.1.0
 */
export const namespaceOf = (id: string): string | undefined => {
  const i = id.lastIndexOf(":")
  return i < 0 ? undefined : id.slice(0, i)
}

/**
 * A party to the agreement or to its governance: `state`, `unml`, `akto`, `branch:hcr`,
 * `dreets:84`, `arml:84`, `ml:<mission locale id>`.
 *
 * @since 0.1.0
 */
export const PartyId = Schema.String.check(slug).pipe(
  Schema.brand("PartyId"),
  Schema.annotate({
    identifier: "PartyId",
    description: "The id of a party: state, unml, akto, branch:<id>, dreets:<region>...",
    label: { fr: "Identifiant de partie", en: "Party id" }
  })
)
/** @since 0.1.0 */
export type PartyId = typeof PartyId.Type

/**
 * A professional branch (`hcr`, `commerce-de-gros`...).
 *
 * @since 0.1.0
 */
export const BranchId = Schema.String.check(slug).pipe(
  Schema.brand("BranchId"),
  Schema.annotate({
    identifier: "BranchId",
    description: "The id of a professional branch; also the namespace of its own ids.",
    label: { fr: "Identifiant de branche", en: "Branch id" }
  })
)
/** @since 0.1.0 */
export type BranchId = typeof BranchId.Type

/**
 * An action type of the catalog (`company-visit`) or a branch's own (`hcr:sas-cuisine`).
 *
 * @since 0.1.0
 */
export const ActionTypeId = Schema.String.check(slug).pipe(
  Schema.brand("ActionTypeId"),
  Schema.annotate({
    identifier: "ActionTypeId",
    description: "The id of an action type: a catalog slug or a branch-namespaced one.",
    label: { fr: "Type d'action", en: "Action type" }
  })
)
/** @since 0.1.0 */
export type ActionTypeId = typeof ActionTypeId.Type

/**
 * An indicator definition (`entries-into-cdi`, or a branch's own `hcr:...`).
 *
 * @since 0.1.0
 */
export const IndicatorId = Schema.String.check(slug).pipe(
  Schema.brand("IndicatorId"),
  Schema.annotate({
    identifier: "IndicatorId",
    description: "The id of an indicator.",
    label: { fr: "Indicateur", en: "Indicator" }
  })
)
/** @since 0.1.0 */
export type IndicatorId = typeof IndicatorId.Type

/**
 * A commitment (`akto:poec-programming`...).
 *
 * @since 0.1.0
 */
export const CommitmentId = Schema.String.check(slug).pipe(
  Schema.brand("CommitmentId"),
  Schema.annotate({
    identifier: "CommitmentId",
    description: "The id of a commitment.",
    label: { fr: "Engagement", en: "Commitment" }
  })
)
/** @since 0.1.0 */
export type CommitmentId = typeof CommitmentId.Type

// Producing systems name missions locales and records after places (ML-042-SAINT-ÉTIENNE): accented
// letters are letters, so they are accepted, in both cases. The class is written as explicit
// Latin-1 ranges plus Œ œ Ÿ (no \p{L}) so that the exported JSON Schema pattern means the same in
// JavaScript and in Python's `re`; × and ÷ (U+00D7, U+00F7) sit inside Latin-1 and are left out.
// A decomposed accent (E followed by a combining mark, as some macOS exports write it) is refused:
// the message says "accented letters" and the precomposed form is what keyboards and Excel write.
const letterOrDigit = "A-Za-z0-9À-ÖØ-öø-ÿŒœŸ"
const recordIdPattern = pattern(
  new RegExp(`^[${letterOrDigit}][${letterOrDigit}._:-]{0,127}$`, "u"),
  Codes.recordIdFormat
)

/**
 * The id a producing tool gives to one of its records (an action, a meeting...), unique in
 * its dataset.
 *
 * @since 0.1.0
 */
export const RecordId = Schema.String.check(recordIdPattern).pipe(
  Schema.brand("RecordId"),
  Schema.annotate({
    identifier: "RecordId",
    description: "The id a producing tool gives one of its records.",
    label: { fr: "Identifiant d'enregistrement", en: "Record id" }
  })
)
/** @since 0.1.0 */
export type RecordId = typeof RecordId.Type

/**
 * The id of a mission locale. No public national numbering of missions locales is
 * documented, so the producing information system's own code is used, as an opaque token.
 *
 * @since 0.1.0
 */
export const MissionLocaleId = Schema.String.check(recordIdPattern).pipe(
  Schema.brand("MissionLocaleId"),
  Schema.annotate({
    identifier: "MissionLocaleId",
    description: "The id a producing system gives a mission locale (no national numbering is documented).",
    label: { fr: "Identifiant de mission locale", en: "Mission locale id" }
  })
)
/** @since 0.1.0 */
export type MissionLocaleId = typeof MissionLocaleId.Type
