/**
 * Governance: the national steering committee (article 4), the regional committees
 * (article 4.1) and the referents each party names (articles 3 and 6).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ClauseId } from "./Clause.js"
import { PartyId, Slug } from "./Identifier.js"
import { LocalizedText } from "./Text.js"

const positiveInt = Schema.Int.check(Schema.isGreaterThanOrEqualTo(1))

/**
 * A seat on a committee: one named party, or every branch that is a signatory on the day.
 *
 * @since 0.1.0
 */
export const Seat = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("party"), party: PartyId, label: LocalizedText }),
  Schema.Struct({ kind: Schema.Literal("signatory-branches"), label: LocalizedText })
]).pipe(
  Schema.toTaggedUnion("kind"),
  Schema.annotate({
    identifier: "CommitteeSeat",
    description: "A seat on the national committee: one party, or the signatory branches.",
    label: { fr: "Siège au comité", en: "Committee seat" }
  })
)

/** @since 0.1.0 */
export type Seat = typeof Seat.Type

/**
 * What a committee must produce or do.
 *
 * @since 0.1.0
 */
export const Duty = Schema.Struct({
  id: Slug,
  label: LocalizedText,
  deliverable: Schema.optionalKey(
    Schema.Literals(["annual-report", "tracking-table", "communication", "final-evaluation"])
  ),
  clauses: Schema.NonEmptyArray(ClauseId)
}).annotate({
  identifier: "CommitteeDuty",
  description: "What the national committee must produce or do (clause a4#4).",
  label: { fr: "Mission du comité", en: "Committee duty" }
})

/** @since 0.1.0 */
export type Duty = typeof Duty.Type

/**
 * The national steering committee (comité national de pilotage).
 *
 * @since 0.1.0
 */
export const NationalCommittee = Schema.Struct({
  name: LocalizedText,
  composition: Schema.NonEmptyArray(Seat),
  minimumMeetingsPerYear: positiveInt,
  duties: Schema.Array(Duty),
  inputs: LocalizedText,
  clauses: Schema.NonEmptyArray(ClauseId)
}).annotate({
  identifier: "NationalCommittee",
  description: "The national steering committee: composition, minimum meetings a year, duties.",
  label: { fr: "Comité national de pilotage", en: "National steering committee" },
  clauses: ["a4#1", "a4#2", "a4#3", "a4#4"]
})

/**
 * The regional steering committees, one per region, convened by the State's regional service.
 *
 * @since 0.1.0
 */
export const RegionalCommittees = Schema.Struct({
  name: LocalizedText,
  convenedBy: Schema.Literal("state-regional-service"),
  meetingsPerYear: positiveInt,
  members: LocalizedText,
  agenda: LocalizedText,
  clauses: Schema.NonEmptyArray(ClauseId)
}).annotate({
  identifier: "RegionalCommittees",
  description: "The yearly regional steering committees convened by the State's regional service.",
  label: { fr: "Comités de pilotage régionaux", en: "Regional steering committees" },
  clauses: ["a4.1#1", "a4.1#2"]
})

/**
 * The rule for referents: each signatory party names one, nationally and per region.
 *
 * @since 0.1.0
 */
export const ReferentRule = Schema.Struct({
  perSignatoryParty: positiveInt,
  levels: Schema.NonEmptyArray(Schema.Literals(["national", "regional"])),
  clauses: Schema.NonEmptyArray(ClauseId)
}).annotate({
  identifier: "ReferentRule",
  description: "How many referents each signatory party names, and at which levels.",
  label: { fr: "Référents", en: "Referents" },
  clauses: ["a3#2", "a4.1#1", "a6#1"]
})

/**
 * The governance of an agreement.
 *
 * @since 0.1.0
 */
export const Governance = Schema.Struct({
  national: NationalCommittee,
  regional: RegionalCommittees,
  referents: ReferentRule
}).annotate({
  identifier: "Governance",
  description: "The national committee, regional committees and referents of the agreement.",
  label: { fr: "Gouvernance", en: "Governance" }
})

/** @since 0.1.0 */
export type Governance = typeof Governance.Type
