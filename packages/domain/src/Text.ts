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
