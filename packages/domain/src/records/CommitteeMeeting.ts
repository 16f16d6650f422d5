/**
 * A meeting of a steering committee, national or regional: date, who attended, what was
 * decided and produced.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { CalendarDate } from "../CalendarDate.js"
import { PartyId, RecordId, Slug } from "../Identifier.js"
import { noDirectIdentifiers } from "../internal/personal.js"
import { crossCheck, duplicateIds } from "../internal/rule.js"
import { RegionCode } from "../Territory.js"
import { LongText } from "../Text.js"
import { bounded } from "./Limits.js"
import { SchemaVersion } from "./Version.js"

/** Which committee met. @since 0.1.0 */
export const CommitteeBody = Schema.Union([
  Schema.Struct({ level: Schema.Literal("national") }),
  Schema.Struct({ level: Schema.Literal("regional"), region: RegionCode })
]).pipe(
  Schema.toTaggedUnion("level"),
  Schema.annotate({
    identifier: "CommitteeBody",
    description: "The committee that met: national, or regional with its region.",
    label: { fr: "Instance", en: "Committee" },
    clauses: ["a4#2", "a4.1#2"]
  })
)

/** A party's attendance. @since 0.1.0 */
export const Attendance = Schema.Struct({
  party: PartyId,
  present: Schema.Boolean
}).annotate({
  identifier: "Attendance",
  description: "Whether a party attended a committee meeting.",
  label: { fr: "Présence", en: "Attendance" }
})

/** A decision taken in the meeting. @since 0.1.0 */
export const Decision = Schema.Struct({
  id: RecordId,
  summary: LongText,
  setsIndicators: Schema.optionalKey(Schema.Boolean)
}).annotate({
  identifier: "MeetingDecision",
  description: "A decision taken at a committee meeting.",
  label: { fr: "Décision", en: "Decision" }
})

/** What a meeting produced (the duties of clause a4#4). @since 0.1.0 */
export const Output = Schema.Literals([
  "annual-report",
  "tracking-table",
  "communication",
  "final-evaluation"
]).annotate({
  identifier: "MeetingOutput",
  description: "What a committee meeting produced: annual report, tracking table, communication, final evaluation.",
  label: { fr: "Production", en: "Output" },
  clauses: ["a4#4"]
})

/**
 * A committee meeting record.
 *
 * @since 0.1.0
 */
export const CommitteeMeeting = Schema.Struct({
  kind: Schema.Literal("committee-meeting"),
  schemaVersion: SchemaVersion,
  id: RecordId,
  agreement: Slug,
  body: CommitteeBody,
  date: CalendarDate,
  attendance: bounded("attendance", Schema.Array(Attendance), "Which parties attended"),
  decisions: bounded("decisions", Schema.Array(Decision), "The decisions taken"),
  outputs: bounded("outputs", Schema.Array(Output), "What the meeting produced"),
  ...noDirectIdentifiers
})
  .check(
    crossCheck(
      (m: { readonly attendance: ReadonlyArray<{ readonly party: string }> }) =>
        duplicateIds(m.attendance, (a) => a.party, ["attendance"], "party"),
      "each party appears once in attendance",
      ["attendance"]
    )
  )
  .annotate({
    identifier: "CommitteeMeeting",
    description: "A meeting of a national or regional steering committee: date, attendance, decisions, outputs.",
    label: { fr: "Réunion de comité de pilotage", en: "Steering committee meeting" },
    clauses: ["a4#3", "a4.1#2"]
  })

/** @since 0.1.0 */
export type CommitteeMeeting = typeof CommitteeMeeting.Type
