/**
 * Indicator definitions: what the steering committee counts. Some come from the text itself
 * (the tracking table of entries into CDD, CDI and work-study, clause a4#4); the others are set
 * by the first national steering committee (a3.3#4, a4#4), a dated decision.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ClauseId } from "./Clause.js"
import { ActionTypeId, BranchId, IndicatorId, RecordId, Slug } from "./Identifier.js"
import { OutcomeKind } from "./records/InsertionOutcome.js"
import { LocalizedText } from "./Text.js"

/** The unit of an indicator. @since 0.1.0 */
export const IndicatorUnit = Schema.Literals(["count", "rate", "days"]).annotate({
  identifier: "IndicatorUnit",
  description: "The unit of an indicator: a count, a rate or days.",
  label: { fr: "Unité", en: "Unit" }
})

/** The dimensions an indicator can be broken down by: one list, for definitions and tables. @since 0.1.0 */
export const dimensions = ["branch", "region", "action-type", "period"] as const

/** @since 0.1.0 */
export const Dimension = Schema.Literals(dimensions).annotate({
  identifier: "IndicatorDimension",
  description: "A dimension an indicator is broken down by.",
  label: { fr: "Dimension", en: "Dimension" }
})

/** @since 0.1.0 */
export type Dimension = typeof Dimension.Type

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
 * What a count keeps: the kinds of outcome, only durable jobs, the action types, the branches.
 * Conditions add up (all must hold); a list is any of its values.
 *
 * @since 0.2.0
 */
export const Filter = Schema.Struct({
  outcomes: Schema.optionalKey(Schema.NonEmptyArray(OutcomeKind)),
  /** Only jobs that count as durable employment (a documented parameter of the engine). */
  durable: Schema.optionalKey(Schema.Literal(true)),
  actionTypes: Schema.optionalKey(Schema.NonEmptyArray(ActionTypeId)),
  branches: Schema.optionalKey(Schema.NonEmptyArray(BranchId))
}).annotate({
  identifier: "IndicatorFilter",
  label: { fr: "Conditions", en: "Conditions" },
  description: "What a count keeps: outcome kinds, durable jobs only, action types, branches."
})

/** @since 0.2.0 */
export type Filter = typeof Filter.Type

/**
 * What is counted: distinct young people, contracts (outcomes), actions or participations.
 *
 * @since 0.2.0
 */
export const Subject = Schema.Literals(["young-people", "contracts", "actions", "participations"]).annotate({
  identifier: "IndicatorSubject",
  label: { fr: "Ce qui est compté", en: "What is counted" },
  description: "Distinct young people, contracts (outcomes), actions or participations."
})

/**
 * How an indicator is computed, so that its meaning and its computation live together:
 * - `count`: how many of a subject in the period, within the conditions. Young people are
 *   distinct: with outcome conditions, those who entered such an outcome in the period on or after
 *   their first participation ("dans le cadre de l'action", a4#4); without, those who took part in
 *   an action in the period;
 * - `ratio`: one indicator over another (a percentage when `percent`);
 * - `mean-days`: the mean number of days from a young person's first participation to their first
 *   contract, counted in the period of that contract.
 *
 * @since 0.2.0
 */
export const Measure = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("count"), of: Subject, where: Schema.optionalKey(Filter) }),
  Schema.Struct({
    kind: Schema.Literal("ratio"),
    numerator: IndicatorId,
    denominator: IndicatorId,
    percent: Schema.Boolean
  }),
  Schema.Struct({
    kind: Schema.Literal("mean-days"),
    from: Schema.Literal("first-participation"),
    to: Schema.Literal("first-contract")
  })
]).pipe(
  Schema.toTaggedUnion("kind"),
  Schema.annotate({
    identifier: "IndicatorMeasure",
    label: { fr: "Calcul de l'indicateur", en: "How the indicator is computed" },
    description: "A count of a subject within conditions, a ratio of two indicators, or a mean number of days."
  })
)

/** @since 0.2.0 */
export type Measure = typeof Measure.Type

/**
 * An indicator definition: its meaning (labels, unit, dimensions, the clause or decision that sets
 * it) and, in `measure`, how it is computed. A definition without a measure is declared but cannot
 * be computed: composition refuses it.
 *
 * @since 0.1.0
 */
export const IndicatorDefinition = Schema.Struct({
  id: IndicatorId,
  label: LocalizedText,
  description: LocalizedText,
  unit: IndicatorUnit,
  dimensions: Schema.Array(Dimension),
  source: IndicatorSource,
  measure: Schema.optionalKey(Measure)
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
