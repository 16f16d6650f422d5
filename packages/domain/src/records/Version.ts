/**
 * The version of the exchange-record schemas. Every record says which version it follows, so
 * that a file written today is still read correctly when the schemas evolve.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/** The current version of the record schemas. @since 0.1.0 */
export const current = "1.0.0" as const

/**
 * The `schemaVersion` field of a record.
 *
 * @since 0.1.0
 */
export const SchemaVersion = Schema.Literal(current).annotate({
  identifier: "SchemaVersion",
  description: "The version of the record schemas a record follows.",
  label: { fr: "Version du schéma", en: "Schema version" }
})
