/**
 * Amendments (avenants) and committee decisions: dated acts that change the agreement.
 * An amendment brings a branch in, lets one leave, rewrites a clause or one of its parameters,
 * or adds an action type or an indicator (a7#2, pre#7). A committee decision (the first
 * national committee setting the indicators, a3.3#4 and a4#4) belongs to the same family.
 * Composing them into the agreement in force on a date is the plugin SDK's job.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ActionType } from "./ActionType.js"
import { CalendarDate } from "./CalendarDate.js"
import { ClauseId } from "./Clause.js"
import * as Codes from "./Codes.js"
import { Commitment } from "./Commitment.js"
import { BranchId, PartyId, RecordId, Slug } from "./Identifier.js"
import { IndicatorDefinition } from "./Indicator.js"
import { datesInOrder, rule } from "./internal/rule.js"
import { ProfessionalBranch, Signatory } from "./Party.js"
import { LocalizedText, NonEmptyText } from "./Text.js"

/** A branch joins, with its commitments and its own action types and indicators. @since 0.1.0 */
export const BranchJoins = Schema.Struct({
  op: Schema.Literal("branch-joins"),
  branch: ProfessionalBranch,
  commitments: Schema.Array(Commitment),
  actionTypes: Schema.Array(ActionType),
  indicators: Schema.Array(IndicatorDefinition)
}).annotate({
  identifier: "BranchJoins",
  label: { fr: "Adhésion d'une branche", en: "A branch joins" },
  description:
    "An amendment operation by which a branch joins, with its conventions, commitments, action types and indicators.",
  clauses: ["pre#7"]
})

/** A branch leaves the agreement. @since 0.1.0 */
export const BranchLeaves = Schema.Struct({
  op: Schema.Literal("branch-leaves"),
  branch: BranchId
}).annotate({
  identifier: "BranchLeaves",
  label: { fr: "Retrait d'une branche", en: "A branch leaves" },
  description: "An amendment operation by which a branch leaves the agreement."
})

/** A parameter value a clause carries (a duration, a number of meetings). @since 0.1.0 */
export const ParameterValue = Schema.Union([Schema.Finite, NonEmptyText])

/** A clause gets a new wording, new parameter values, or both. @since 0.1.0 */
export const ClauseAmended = Schema.Struct({
  op: Schema.Literal("clause-amended"),
  clause: ClauseId,
  summary: Schema.optionalKey(LocalizedText),
  parameters: Schema.optionalKey(Schema.Record(Slug, ParameterValue))
})
  .check(
    rule(
      (o: { readonly summary?: unknown; readonly parameters?: unknown }) =>
        o.summary !== undefined || o.parameters !== undefined,
      Codes.amendmentEmptyClauseChange,
      { anyOf: [{ required: ["summary"] }, { required: ["parameters"] }] }
    )
  )
  .annotate({
    identifier: "ClauseAmended",
    label: { fr: "Modification d'une clause", en: "A clause is amended" },
    description: "An amendment operation giving a clause a new wording, new parameter values, or both."
  })

/** An action type is added to the catalog. @since 0.1.0 */
export const ActionTypeAdded = Schema.Struct({
  op: Schema.Literal("action-type-added"),
  actionType: ActionType
}).annotate({
  identifier: "ActionTypeAdded",
  label: { fr: "Ajout d'un type d'action", en: "An action type is added" },
  description: "An operation adding an action type to the catalog."
})

/** An indicator is defined. @since 0.1.0 */
export const IndicatorAdded = Schema.Struct({
  op: Schema.Literal("indicator-added"),
  indicator: IndicatorDefinition
}).annotate({
  identifier: "IndicatorAdded",
  label: { fr: "Ajout d'un indicateur", en: "An indicator is added" },
  description: "An operation defining a new indicator."
})

/**
 * What an amendment can do.
 *
 * @since 0.1.0
 */
export const Operation = Schema.Union([BranchJoins, BranchLeaves, ClauseAmended, ActionTypeAdded, IndicatorAdded]).pipe(
  Schema.toTaggedUnion("op"),
  Schema.annotate({
    identifier: "AmendmentOperation",
    description:
      "What an amendment does: a branch joins or leaves, a clause changes, an action type or indicator is added.",
    label: { fr: "Opération de l'avenant", en: "Amendment operation" }
  })
)

/** @since 0.1.0 */
export type Operation = typeof Operation.Type

/**
 * An amendment (avenant) to an agreement.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Amendment } from "@accord-jeunes/domain"
 * const a = Schema.decodeUnknownSync(Amendment.Amendment)({
 *   kind: "amendment", agreement: "accord-cadre-jeunes-2024", number: 1,
 *   title: { fr: "Avenant n°1", en: "Amendment no. 1" },
 *   signatureDate: "2025-06-01", effectiveDate: "2025-07-01",
 *   signatories: [{ party: "state", representations: [{ representative: { name: "X", title: "Y" } }] }],
 *   operations: [{ op: "clause-amended", clause: "a4#3", parameters: { "minimum-meetings-per-year": 3 } }]
 * })
 * ```
 * @since 0.1.0
 */
export const Amendment = Schema.Struct({
  kind: Schema.Literal("amendment"),
  agreement: Slug,
  number: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)),
  title: LocalizedText,
  signatureDate: CalendarDate,
  effectiveDate: CalendarDate,
  signatories: Schema.NonEmptyArray(Signatory),
  operations: Schema.NonEmptyArray(Operation)
})
  .check(datesInOrder("signatureDate", "effectiveDate", Codes.actEffectiveBeforeSignature))
  .annotate({
    identifier: "Amendment",
    description: "An amendment (avenant): a dated act changing the agreement from its effective date.",
    label: { fr: "Avenant", en: "Amendment" },
    clauses: ["a7#2"]
  })

/** @since 0.1.0 */
export type Amendment = typeof Amendment.Type

/**
 * A decision of the national steering committee that changes what the agreement counts or
 * offers, from a date.
 *
 * @since 0.1.0
 */
export const CommitteeDecision = Schema.Struct({
  kind: Schema.Literal("committee-decision"),
  id: RecordId,
  agreement: Slug,
  body: Schema.Literal("national-committee"),
  meetingDate: CalendarDate,
  effectiveDate: CalendarDate,
  resolves: Schema.optionalKey(Slug),
  // a3.3#4 and a4#4 give the committee the indicators only: new action types take an avenant (a7#2)
  operations: Schema.NonEmptyArray(IndicatorAdded)
})
  .check(datesInOrder("meetingDate", "effectiveDate", Codes.actEffectiveBeforeMeeting))
  .annotate({
    identifier: "CommitteeDecision",
    description:
      "A decision of the national steering committee, changing what the agreement counts or offers from a date.",
    label: { fr: "Décision du comité de pilotage", en: "Steering committee decision" },
    clauses: ["a3.3#4", "a4#4"]
  })

/** @since 0.1.0 */
export type CommitteeDecision = typeof CommitteeDecision.Type

/**
 * A request to end the agreement (a7#3): the signatory that asks, the date of its letter, and the
 * day each other party received it. The termination takes effect three months (a7#4) after the
 * receipt that completes the notification; composition checks who may ask and who must receive.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Amendment } from "@accord-jeunes/domain"
 * const t = Schema.decodeUnknownSync(Amendment.Termination)({
 *   kind: "termination", agreement: "accord-cadre-jeunes-2024", requestedBy: "unml", requestDate: "2026-01-05",
 *   receipts: ["state", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"].map((party) => ({ party, receivedOn: "2026-01-08" }))
 * })
 * t.receipts.length // 5
 * ```
 * @since 0.2.0
 */
export const Termination = Schema.Struct({
  kind: Schema.Literal("termination"),
  agreement: Slug,
  /** One signatory party, or several asking together ("l'une ou des parties signataires", a7#3). */
  requestedBy: Schema.Union([PartyId, Schema.NonEmptyArray(PartyId)]),
  requestDate: CalendarDate,
  receipts: Schema.Array(Schema.Struct({ party: PartyId, receivedOn: CalendarDate }))
}).annotate({
  identifier: "Termination",
  description:
    "A request by a signatory to end the agreement, with the day each other party received it (registered letter with acknowledgement of receipt).",
  label: { fr: "Demande de résiliation", en: "Termination request" },
  clauses: ["a7#3", "a7#4"]
})

/** @since 0.2.0 */
export type Termination = typeof Termination.Type
