/**
 * Indicator definitions: what the steering committee counts. Some come from the text itself
 * (the tracking table of entries into CDD, CDI and work-study, clause a4#4); the others are set
 * by the first national steering committee (a3.3#4, a4#4), a dated decision.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ClauseId } from "./Clause.js"
import { IndicatorId, RecordId, Slug } from "./Identifier.js"
import { LocalizedText } from "./Text.js"

/** The unit of an indicator. @since 0.1.0 */
export const IndicatorUnit = Schema.Literals(["count", "rate", "days"]).annotate({
  identifier: "IndicatorUnit",
  description: "The unit of an indicator: a count, a rate or days.",
  label: { fr: "Unité", en: "Unit" }
})

/** The dimensions an indicator can be broken down by. @since 0.1.0 */
export const Dimension = Schema.Literals(["branch", "region", "action-type", "period", "contract-kind"]).annotate({
  identifier: "IndicatorDimension",
  description: "A dimension an indicator is broken down by.",
  label: { fr: "Dimension", en: "Dimension" }
})

/**
 * Where an indicator definition comes from: a clause of the agreement, or a decision of a
 * committee (by the id of that decision).
 *
 * @since 0.1.0
 */
export const IndicatorSource = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("clause"), clause: ClauseId }),
  Schema.Struct({ kind: Schema.Literal("committee-decision"), decision: RecordId })
]).pipe(
  Schema.toTaggedUnion("kind"),
  Schema.annotate({
    identifier: "IndicatorSource",
    label: { fr: "Origine de l'indicateur", en: "Indicator source" },
    description: "Where an indicator comes from: a clause, or a committee decision."
  })
)

/**
 * An indicator definition.
 *
 * @since 0.1.0
 */
export const IndicatorDefinition = Schema.Struct({
  id: IndicatorId,
  label: LocalizedText,
  description: LocalizedText,
  unit: IndicatorUnit,
  dimensions: Schema.Array(Dimension),
  source: IndicatorSource
}).annotate({
  identifier: "IndicatorDefinition",
  description: "An indicator the steering committee counts: label, unit, dimensions and where it comes from.",
  label: { fr: "Indicateur", en: "Indicator" },
  clauses: ["a4#4"]
})

/** @since 0.1.0 */
export type IndicatorDefinition = typeof IndicatorDefinition.Type

/**
 * A decision the text leaves to a committee, not yet taken in the base agreement (for
 * instance the indicators of the annual report, set by the first national committee).
 *
 * @since 0.1.0
 */
export const PendingDecision = Schema.Struct({
  id: Slug,
  subject: LocalizedText,
  decidedBy: Schema.Literals(["first-national-committee", "national-committee"]),
  clauses: Schema.NonEmptyArray(ClauseId)
}).annotate({
  identifier: "PendingDecision",
  description: "A decision the text leaves to a committee, not yet taken.",
  label: { fr: "Décision attendue", en: "Pending decision" }
})

/** @since 0.1.0 */
export type PendingDecision = typeof PendingDecision.Type
