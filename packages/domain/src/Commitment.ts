/**
 * Commitments: who commits to what, citing the clauses that say so.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { CalendarDate } from "./CalendarDate.js"
import { ClauseId } from "./Clause.js"
import { ActionTypeId, CommitmentId, PartyId } from "./Identifier.js"
import { RegionCode } from "./Territory.js"
import { LocalizedText } from "./Text.js"

/**
 * Who a commitment binds: one party, or every signatory (as the agreement stands on the day it
 * is read, so that a branch joining by amendment is bound too).
 *
 * @since 0.1.0
 */
export const CommittedParty = Schema.Union([Schema.Literal("all-signatories"), PartyId]).annotate({
  identifier: "CommittedParty",
  description: "Who a commitment binds: one party, or every signatory on the day it is read.",
  label: { fr: "Partie engagée", en: "Committed party" }
})

/**
 * A quantified target of a commitment: a number of something in a year, optionally in a region.
 *
 * @since 0.1.0
 */
export const Target = Schema.Struct({
  year: Schema.Int.check(Schema.isBetween({ minimum: 2000, maximum: 2100 })),
  region: Schema.optionalKey(RegionCode),
  quantity: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  unit: LocalizedText
}).annotate({
  identifier: "CommitmentTarget",
  description: "A quantified target of a commitment for a year, optionally in a region.",
  label: { fr: "Objectif chiffré", en: "Quantified target" }
})

/**
 * A commitment.
 *
 * @since 0.1.0
 */
export const Commitment = Schema.Struct({
  id: CommitmentId,
  by: CommittedParty,
  text: LocalizedText,
  clauses: Schema.NonEmptyArray(ClauseId),
  actionTypes: Schema.optionalKey(Schema.Array(ActionTypeId)),
  targets: Schema.optionalKey(Schema.Array(Target)),
  since: Schema.optionalKey(CalendarDate)
}).annotate({
  identifier: "Commitment",
  description: "What a party commits to, citing the clauses that say so.",
  label: { fr: "Engagement", en: "Commitment" },
  clauses: ["a3#1"]
})

/** @since 0.1.0 */
export type Commitment = typeof Commitment.Type
