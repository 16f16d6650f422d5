/**
 * Schemas of what the engine produces (explanations, the tracking table, the annual report), so
 * that a report is a document other tools validate like any record; the shared JSON Schemas are
 * generated from them.
 *
 * @since 0.1.0
 */
import { Indicator } from "@accord-jeunes/domain"
import * as Schema from "effect/Schema"
import type * as ExplanationModule from "../explanation/Explanation.js"

const Bilingual = Schema.Struct({ fr: Schema.String, en: Schema.String })
const Day = Schema.String.check(Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/u))

/** A fact of an explanation: any JSON value. @since 0.1.0 */
export const Fact: Schema.Codec<ExplanationModule.Fact> = Schema.Union([
  Schema.String,
  Schema.Finite,
  Schema.Boolean,
  Schema.Null,
  Schema.Array(Schema.suspend((): Schema.Codec<ExplanationModule.Fact> => Fact)),
  Schema.Record(
    Schema.String,
    Schema.suspend((): Schema.Codec<ExplanationModule.Fact> => Fact)
  )
]).annotate({ identifier: "ExplanationFact" })

/**
 * An explanation (format version 2: `severity` added, `rule` a code of the catalogue).
 *
 * @since 0.1.0
 */
export const Explanation: Schema.Codec<ExplanationModule.Explanation> = Schema.Struct({
  version: Schema.Literal("2"),
  rule: Schema.String,
  severity: Schema.Literals(["error", "warning"]),
  clause: Schema.optionalKey(Schema.String),
  source: Schema.optionalKey(Schema.String),
  verdict: Fact,
  facts: Schema.Record(Schema.String, Fact),
  because: Schema.Array(Schema.suspend((): Schema.Codec<ExplanationModule.Explanation> => Explanation)),
  message: Bilingual
}).annotate({
  identifier: "Explanation",
  description: "Why a rule gave its verdict: rule (a diagnostic code), severity, clause, facts, sub-results, message."
})

const Cell = Schema.NullOr(Schema.Finite)
const Reason = Schema.Literals(["primary", "secondary"])

/**
 * A row of the tracking table: its dimension values, each column's value (`null` when hidden or
 * empty) and why. `empty` names the means and rates with no value because nobody is there to
 * divide by (no young person with a contract, no young person in an action); absent when none.
 *
 * @since 0.2.0
 */
export const TrackingTableRow = Schema.Struct({
  key: Schema.String,
  dimensions: Schema.Record(Schema.String, Schema.String),
  values: Schema.Record(Schema.String, Cell),
  hidden: Schema.Record(Schema.String, Reason),
  empty: Schema.optionalKey(Schema.Record(Schema.String, Schema.Literal("no-young-person")))
})

/**
 * The tracking table (a4#4), as published: hidden cells are `null`; each column is the indicator
 * definition it computes.
 *
 * @since 0.1.0
 */
export const TrackingTable = Schema.Struct({
  kind: Schema.Literal("tracking-table"),
  version: Schema.Literal(2),
  settings: Schema.Struct({
    dimensions: Schema.Array(Indicator.Dimension),
    granularity: Schema.Literals(["year", "quarter", "month"]),
    durable: Schema.Struct({ months: Schema.Int, comparison: Schema.Literals(["at-least", "more-than"]) }),
    period: Schema.optionalKey(Schema.Struct({ start: Day, end: Day })),
    indicators: Schema.Array(Schema.Struct({ id: Schema.String, measure: Indicator.Measure }))
  }),
  threshold: Schema.Int,
  columns: Schema.Array(Indicator.IndicatorDefinition),
  rows: Schema.Array(TrackingTableRow),
  total: TrackingTableRow,
  hiddenCells: Schema.Int,
  records: Schema.Struct({ read: Schema.Int, counted: Schema.Int, unattributed: Schema.Int }),
  explanation: Explanation
}).annotate({
  identifier: "TrackingTable",
  description:
    "The tracking table of young people's entry into employment (CDD, CDI, work-study), protected by disclosure control."
})

const periodFields = {
  start: Day,
  end: Day,
  label: Bilingual,
  status: Schema.Literals(["ended", "under-way", "not-started"])
}
const Period = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("agreement-year"), index: Schema.Int, ...periodFields }),
  Schema.Struct({ kind: Schema.Literal("calendar-year"), year: Schema.Int, ...periodFields })
])

const Finding = Schema.Struct({
  rule: Schema.String,
  clause: Schema.String,
  severity: Schema.Literals(["error", "warning", "info"]),
  ok: Schema.Boolean,
  explanation: Explanation
})

/**
 * The annual report.
 *
 * @since 0.1.0
 */
export const AnnualReport = Schema.Struct({
  kind: Schema.Literal("annual-report"),
  version: Schema.Literal(1),
  agreement: Schema.Struct({ id: Schema.String, title: Schema.String }),
  period: Period,
  asOf: Day,
  lifecycle: Schema.Struct({
    status: Schema.Literals(["not-yet-in-force", "in-force", "terminating", "terminated", "expired"]),
    lastDay: Day,
    terminationEffectiveDate: Schema.optionalKey(Day),
    explanation: Explanation
  }),
  branches: Schema.Array(Schema.Struct({ id: Schema.String, name: Bilingual, since: Day })),
  // the action types in force and their labels, so that a table by action type reads by its
  // labels wherever the report is rendered; absent from reports written before it was added
  actionTypes: Schema.optionalKey(Schema.Array(Schema.Struct({ id: Schema.String, label: Bilingual }))),
  indicators: Schema.Array(Schema.Struct({ id: Schema.String, label: Bilingual, computed: Schema.Boolean })),
  pendingDecisions: Schema.Array(Schema.Struct({ id: Schema.String, subject: Bilingual })),
  governance: Schema.Struct({
    period: Period,
    asOf: Day,
    findings: Schema.Array(Finding),
    summary: Schema.Struct({ errors: Schema.Int, warnings: Schema.Int, passed: Schema.Int })
  }),
  trackingTable: TrackingTable
}).annotate({ identifier: "AnnualReport", description: "The national steering committee's annual report (a4#4)." })
