/**
 * A young person's participation in an action.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { CalendarDate } from "../CalendarDate.js"
import { RecordId } from "../Identifier.js"
import { noDirectIdentifiers, ParticipantRef, personal } from "../internal/personal.js"
import { datesInOrder } from "../internal/rule.js"
import { SchemaVersion } from "./Version.js"

/**
 * Where a participation stands: planned, under way, completed (the states used by the missions
 * locales' information system, i-milo: PREVU, EN_COURS, TERMINE).
 *
 * @since 0.1.0
 */
export const ParticipationStatus = Schema.Literals(["planned", "ongoing", "completed"]).annotate({
  identifier: "ParticipationStatus",
  description: "Where a participation stands: planned, ongoing or completed.",
  label: { fr: "État (prévu, en cours, terminé)", en: "Status (planned, ongoing, completed)" }
})

/**
 * A participation record.
 *
 * @since 0.1.0
 */
export const Participation = Schema.Struct({
  kind: Schema.Literal("participation"),
  schemaVersion: SchemaVersion,
  id: RecordId,
  action: RecordId,
  participant: personal(ParticipantRef),
  // where a young person's pathway stands, and when: personal (a5#1)
  status: personal(ParticipationStatus),
  startDate: personal(CalendarDate),
  endDate: personal(Schema.optionalKey(CalendarDate)),
  ...noDirectIdentifiers
})
  .check(datesInOrder("startDate", "endDate"))
  .annotate({
    identifier: "Participation",
    description: "A young person's participation in an action.",
    label: { fr: "Participation", en: "Participation" },
    clauses: ["a5#1"]
  })

/** @since 0.1.0 */
export type Participation = typeof Participation.Type
