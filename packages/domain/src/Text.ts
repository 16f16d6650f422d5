/**
 * Texts of the model: non-empty trimmed strings and French/English pairs.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Codes from "./Codes.js"
import { annotationsOf } from "./internal/rule.js"

const nonEmptyTrimmed = annotationsOf(Codes.textEmptyOrUntrimmed, {})

/**
 * A non-empty string without leading or trailing spaces.
 *
 * @since 0.1.0
 */
export const NonEmptyText = Schema.String.check(
  Schema.isMinLength(1, nonEmptyTrimmed),
  Schema.isTrimmed(nonEmptyTrimmed)
).annotate({
  identifier: "NonEmptyText",
  description: "A non-empty text with no leading or trailing spaces.",
  label: { fr: "Texte", en: "Text" }
})

/**
 * The longest free texts the records accept, in characters (UTF-16 code units). The agreement
 * sets none: these bound what one record costs to read, store and show, far above what the fields
 * hold.
 *
 * - `short` (500): a name, a role, a title: a line of a form; a longer one is a pasted document.
 * - `long` (2 000): a summary, such as a committee's decision: about a page; the minutes
 *   themselves are not exchanged.
 *
 * @since 0.3.0
 */
export const maxLength = { short: 500, long: 2_000 } as const

const bounded = (max: number, identifier: string, what: string) =>
  Schema.String.check(
    Schema.isMinLength(1, nonEmptyTrimmed),
    Schema.isTrimmed(nonEmptyTrimmed),
    Schema.isMaxLength(max)
  ).annotate({
    identifier,
    description: `${what}: not empty, no leading or trailing spaces, at most ${max} characters (a bound of this library, not of the agreement, so that one record's cost stays bounded).`,
    label: { fr: "Texte", en: "Text" }
  })

/**
 * A name, a role or a title in a record: a {@link NonEmptyText} of at most `maxLength.short`
 * (500) characters.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Text } from "@accord-jeunes/domain"
 * Schema.is(Text.ShortText)("Référente régionale emploi des jeunes") // true
 * Schema.is(Text.ShortText)("x".repeat(501))                          // false
 * ```
 * @since 0.3.0
 */
export const ShortText = bounded(maxLength.short, "ShortText", "A name, a role or a title")

/**
 * A summary in a record (a committee's decision): a {@link NonEmptyText} of at most
 * `maxLength.long` (2 000) characters.
 *
 * @since 0.3.0
 */
export const LongText = bounded(maxLength.long, "LongText", "A summary")

/**
 * A text in French and English. French comes first: it is the language of the agreement.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Text } from "@accord-jeunes/domain"
 * Schema.decodeUnknownSync(Text.LocalizedText)({ fr: "Visites d'entreprises", en: "Company visits" })
 * ```
 * @since 0.1.0
 */
export const LocalizedText = Schema.Struct({
  fr: NonEmptyText,
  en: NonEmptyText
}).annotate({
  identifier: "LocalizedText",
  description: "A text in French and English.",
  label: { fr: "Texte en français et en anglais", en: "Text in French and English" }
})

/** @since 0.1.0 */
export type LocalizedText = typeof LocalizedText.Type
