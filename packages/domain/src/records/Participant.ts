/**
 * A young person taking part in the agreement's actions, as shared between partners:
 * pseudonymous, with only what eligibility and the indicators need.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { CalendarDate } from "../CalendarDate.js"
import { MissionLocaleId } from "../Identifier.js"
import { noDirectIdentifiers, ParticipantRef, personal } from "../internal/personal.js"
import { datesInOrder } from "../internal/rule.js"
import { DepartementCode } from "../Territory.js"
import { bounded } from "./Limits.js"
import { SchemaVersion } from "./Version.js"

/** The support schemes of missions locales (PACEA, CEJ). @since 0.1.0 */
export const SupportScheme = Schema.Literals(["pacea", "cej"]).annotate({
  identifier: "SupportScheme",
  description: "A support scheme of the missions locales: PACEA or CEJ.",
  label: { fr: "Dispositif d'accompagnement (PACEA, CEJ)", en: "Support scheme (PACEA, CEJ)" },
  clauses: ["pre#1", "par#4"]
})

/** A period in a support scheme. @since 0.1.0 */
export const SchemeEnrolment = Schema.Struct({
  scheme: SupportScheme,
  startDate: CalendarDate,
  endDate: Schema.optionalKey(CalendarDate)
}).check(datesInOrder("startDate", "endDate"))

/**
 * A young participant record. It carries no name, contact detail or social-security number
 * (refused by name, clause a5#1); its reference, birth date, residence, schemes and RQTH are
 * personal data (annotated `personal`): they serve eligibility and are never shown in messages
 * or reports.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Participant } from "@accord-jeunes/domain"
 * Schema.decodeUnknownSync(Participant.Participant)({
 *   kind: "participant", schemaVersion: "1.0.0", ref: "p-7f3a9c2e",
 *   birthDate: "2006-04-12", missionLocale: "ML-069-LYON"
 * })
 * ```
 * @since 0.1.0
 */
export const Participant = Schema.Struct({
  kind: Schema.Literal("participant"),
  schemaVersion: SchemaVersion,
  ref: personal(ParticipantRef),
  birthDate: personal(CalendarDate),
  missionLocale: MissionLocaleId,
  residenceDepartement: personal(Schema.optionalKey(DepartementCode)),
  schemes: personal(
    Schema.optionalKey(bounded("schemes", Schema.Array(SchemeEnrolment), "The periods in a support scheme"))
  ),
  /** Recognition of disabled-worker status: widens some age limits (CEJ up to 29). Health-related data. */
  rqth: personal(Schema.optionalKey(Schema.Boolean)),
  ...noDirectIdentifiers
}).annotate({
  identifier: "Participant",
  description: "A young participant, pseudonymous: no name, contact detail or social-security number (clause a5#1).",
  label: { fr: "Jeune participant", en: "Young participant" },
  clauses: ["a5#1", "pre#2"]
})

/** @since 0.1.0 */
export type Participant = typeof Participant.Type
