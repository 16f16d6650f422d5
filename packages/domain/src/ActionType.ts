/**
 * Action types: the kinds of actions bringing young people and companies together, as
 * described by the agreement's action sheets (fiches actions). The catalog is extensible:
 * a branch adds its own types in its own namespace (`hcr:...`).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ClauseId } from "./Clause.js"
import { ActionTypeId } from "./Identifier.js"
import { LocalizedText } from "./Text.js"

/**
 * An action type.
 *
 * @since 0.1.0
 */
export const ActionType = Schema.Struct({
  id: ActionTypeId,
  label: LocalizedText,
  description: LocalizedText,
  /** Its rank in the agreement's list of eight, for the catalog's own types. */
  rank: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(1))),
  clauses: Schema.Array(ClauseId)
}).annotate({
  identifier: "ActionType",
  description: "A type of action of the agreement's catalog (action sheet) or a branch's own.",
  label: { fr: "Type d'action (fiche action)", en: "Action type (action sheet)" },
  clauses: ["a3.3#7"]
})

/** @since 0.1.0 */
export type ActionType = typeof ActionType.Type
