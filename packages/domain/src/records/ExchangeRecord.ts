/**
 * Every kind of exchange record, told apart by `kind`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Action } from "./Action.js"
import { CommitteeMeeting } from "./CommitteeMeeting.js"
import { InsertionOutcome } from "./InsertionOutcome.js"
import * as Limits from "./Limits.js"
import { Participant } from "./Participant.js"
import { Participation } from "./Participation.js"
import { ReferentDesignation } from "./ReferentDesignation.js"

/**
 * The record schemas by kind.
 *
 * @since 0.1.0
 */
export const byKind = {
  action: Action,
  participation: Participation,
  participant: Participant,
  "insertion-outcome": InsertionOutcome,
  "committee-meeting": CommitteeMeeting,
  "referent-designation": ReferentDesignation
} as const

/** @since 0.1.0 */
export type Kind = keyof typeof byKind

/**
 * The largest number of elements of each list field of the records, and why (see the schemas'
 * descriptions): bounds of this library, not of the agreement, so that one record's cost stays
 * bounded.
 *
 * @example
 * ```ts
 * import { ExchangeRecord } from "@accord-jeunes/domain"
 * ExchangeRecord.maxItems.companies // 1000
 * ```
 * @since 0.3.0
 */
export const maxItems = Limits.maxItems

/** The record kinds. @since 0.1.0 */
export const kinds = Object.keys(byKind) as ReadonlyArray<Kind>

/**
 * Any exchange record.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ExchangeRecord } from "@accord-jeunes/domain"
 * const r = Schema.decodeUnknownSync(ExchangeRecord.ExchangeRecord)({
 *   kind: "referent-designation", schemaVersion: "1.0.0", id: "ref-1",
 *   agreement: "accord-cadre-jeunes-2024", party: "unml", level: "national", from: "2024-10-01"
 * })
 * r.kind // "referent-designation"
 * ```
 * @since 0.1.0
 */
export const ExchangeRecord = Schema.Union([
  Action,
  Participation,
  Participant,
  InsertionOutcome,
  CommitteeMeeting,
  ReferentDesignation
]).pipe(
  Schema.toTaggedUnion("kind"),
  Schema.annotate({
    identifier: "ExchangeRecord",
    label: { fr: "Enregistrement échangé", en: "Exchange record" },
    description: "Any exchange record, told apart by its kind."
  })
)

/** @since 0.1.0 */
export type ExchangeRecord = typeof ExchangeRecord.Type
