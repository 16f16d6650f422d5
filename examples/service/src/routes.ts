// The API, declared once: each route carries what its handler needs and what the OpenAPI
// document says about it (src/openapi.ts builds the document from this table, the server
// registers the handlers from it), so the two cannot drift apart.
import { CalendarDate, type Catalogue, ExchangeRecord } from "@accord-jeunes/domain"
import { Aggregate, Report as EngineReport, Lifecycle, Period } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"
import { Report, Validator } from "@accord-jeunes/validation"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { type Agreement, actsOf } from "./agreement.ts"
import * as Codes from "./Codes.ts"

export type Lang = "fr" | "en"

/**
 * A problem with the request itself, answered with a 4xx and a report-shaped body: a code of the
 * catalogue (the service's own, or the engine's for a period it refuses) and, for a query
 * parameter, its name as `path`.
 */
export class RequestProblem {
  readonly status: 400 | 404 | 413 | 415
  readonly raised: Catalogue.Raised
  readonly path: string | undefined
  constructor(status: 400 | 404 | 413 | 415, raised: Catalogue.Raised, path?: string) {
    this.status = status
    this.raised = raised
    this.path = path
  }
}

export interface Request {
  readonly query: URLSearchParams
  readonly contentType: string | undefined
  /** The body, already read within the size limit. */
  readonly body: Uint8Array
  readonly lang: Lang
}

export interface Reply {
  readonly status: number
  readonly body: unknown
}

export interface Parameter {
  readonly name: string
  readonly description: string
  readonly schema: Record<string, unknown>
  readonly required?: boolean
}

export interface Route {
  readonly method: "GET" | "POST"
  readonly path: `/${string}`
  readonly operationId: string
  readonly summary: string
  readonly description: string
  readonly parameters: ReadonlyArray<Parameter>
  /** Media types accepted as the body; none for a route without body. */
  readonly body?: { readonly description: string; readonly mediaTypes: ReadonlyArray<string> }
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema?: Schema.Top }>>
  readonly handle: (request: Request) => Reply
}

/** The clock the service reads "today" from (tests give their own). */
export type Clock = () => Date

// "today" is the date in Paris, where the agreement applies: at 00:30 in Paris it is still the
// day before in UTC
const today = (now: Clock) => CalendarDate.inTimeZone(now(), "Europe/Paris")

const dateParam = (query: URLSearchParams, name: string, now: Clock): string => {
  const v = query.get(name) ?? today(now)
  if (!CalendarDate.isValidDate(v)) throw new RequestProblem(400, Codes.queryDate.raise({ name }), name)
  return v
}

const formats: Readonly<Record<string, "json" | "ndjson" | "csv">> = {
  "application/json": "json",
  "application/x-ndjson": "ndjson",
  "application/ndjson": "ndjson",
  "text/csv": "csv"
}

const formatOf = (request: Request): "json" | "ndjson" | "csv" => {
  const type = (request.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? ""
  const f = formats[type]
  if (f === undefined)
    throw new RequestProblem(415, Codes.mediaType.raise({ given: type, accepted: Object.keys(formats) }))
  return f
}

const kindParam = (query: URLSearchParams): ExchangeRecord.Kind | undefined => {
  const k = query.get("kind")
  if (k === null) return undefined
  if (!(ExchangeRecord.kinds as ReadonlyArray<string>).includes(k))
    throw new RequestProblem(400, Codes.queryKind.raise({ kinds: ExchangeRecord.kinds }), "kind")
  return k as ExchangeRecord.Kind
}

const validate = (
  timeline: Agreement["timeline"],
  request: Request,
  now: Clock,
  onAccepted?: Validator.Options["onAccepted"]
) => {
  const kind = kindParam(request.query)
  const asOf = request.query.get("asOf") === null ? undefined : dateParam(request.query, "asOf", now)
  const v = Validator.make({
    timeline,
    ...(kind === undefined ? {} : { kind }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(onAccepted === undefined ? {} : { onAccepted })
  })
  v.bytes("body", request.body, formatOf(request))
  return v.finish()
}

/**
 * 200 valid; 400 when the body as a whole is unreadable (empty, binary, or a JSON document
 * that does not parse); 422 when it was read and records are rejected.
 */
const validationStatus = (r: Report.Report) =>
  r.valid
    ? 200
    : r.issues.some(
          (i) =>
            i.severity === "error" &&
            (i.line === undefined || (i.code === "json.syntax" && r.files.some((f) => f.format === "json")))
        )
      ? 400
      : 422

const langParam: Parameter = {
  name: "lang",
  description: "Language of messages / langue des messages (fr by default)",
  schema: { type: "string", enum: ["fr", "en"] }
}
const asOfParam = (description: string): Parameter => ({
  name: "asOf",
  description,
  schema: { type: "string", format: "date" }
})
const kindParameter: Parameter = {
  name: "kind",
  description: "Record kind, for files that do not say it (a CSV without a kind column)",
  schema: { type: "string", enum: [...ExchangeRecord.kinds] }
}
const problemResponse = { description: "The request is malformed: a report saying where and what was expected" }

const Bilingual = Schema.Struct({ fr: Schema.String, en: Schema.String })
// where an element of the agreement comes from: the act that brought it in, and those that changed it
const origin = {
  id: Schema.String,
  since: Schema.String.annotate({
    description: "The act that brought it in (accord-cadre-jeunes-2024, amendment-1...)"
  }),
  sinceDate: Schema.String.annotate({ format: "date" }),
  changedBy: Schema.Array(Schema.String),
  plugin: Schema.optionalKey(Schema.String)
}
const ActJson = Schema.Struct({ kind: Schema.String, id: Schema.String, effectiveDate: Schema.String })

/**
 * The body of `GET /v1/agreement`: `Assembly.describe` of the timeline served, on the day asked
 * for, with the status explained and the acts the service was started with.
 */
export const AgreementJson = Schema.Struct({
  agreement: Schema.String,
  date: Schema.String.annotate({ format: "date" }),
  status: Schema.Literals(["before-signature", "in-force", "terminating", "terminated", "expired"]),
  lastDay: Schema.String.annotate({ format: "date" }),
  signatoryParties: Schema.Array(Schema.String),
  acts: Schema.Array(ActJson).annotate({ description: "The acts in force on the day, in the order they apply" }),
  branches: Schema.Array(Schema.Struct({ ...origin, idccs: Schema.Array(Schema.String) })),
  actionTypes: Schema.Array(Schema.Struct(origin)),
  commitments: Schema.Array(Schema.Struct({ ...origin, by: Schema.String })),
  indicators: Schema.Array(Schema.Struct(origin)),
  opcoScope: Schema.Struct({ since: Schema.String, source: Schema.String, idccs: Schema.Int }),
  terminationRequests: Schema.Array(
    Schema.Struct({
      requestedBy: Schema.String,
      requestDate: Schema.String,
      effective: Schema.Boolean,
      reasons: Schema.Array(Bilingual),
      clause: Schema.Literal("a7#3")
    })
  ),
  explanation: Schema.String.annotate({ description: "The status explained, in the language asked for" }),
  loaded: Schema.Struct({
    config: Schema.NullOr(Schema.String).annotate({ description: "The project file read at start-up (null: none)" }),
    specs: Schema.Array(Schema.String).annotate({ description: "The acts it lists, as written there" }),
    acts: Schema.Array(Schema.Struct({ ...ActJson.fields, label: Bilingual })).annotate({
      description: "Every act loaded, whatever the day asked for"
    })
  }).annotate({ description: "The acts the service was started with" })
}).annotate({
  identifier: "AgreementInForce",
  description:
    "The agreement in force on a day (Assembly.describe): every branch, action type, commitment and indicator with the act that brought it in"
})

/** The API over one agreement, the one the service was started with. */
export const routes = (agreement: Agreement, now: Clock = () => new Date()): ReadonlyArray<Route> => {
  const { timeline } = agreement
  const loaded = { config: agreement.config ?? null, specs: agreement.specs, acts: actsOf(timeline) }
  return [
    {
      method: "GET",
      path: "/v1/agreement",
      operationId: "agreementInForce",
      summary: "The agreement as in force on a date",
      description:
        "Signatory parties, branches, action types, commitments and indicators in force on the day asked for (today by default), each with the act that brought it in (Assembly.describe); the agreement's status (in force, terminated...), explained; and the acts the service was started with (its project file, ACCORD_JEUNES_CONFIG).",
      parameters: [asOfParam("Day / jour (YYYY-MM-DD, today by default)"), langParam],
      responses: { 200: { description: "The agreement in force", schema: AgreementJson }, 400: problemResponse },
      handle: (request) => {
        const day = dateParam(request.query, "asOf", now)
        const body: typeof AgreementJson.Type = {
          ...Assembly.describe(timeline, day),
          explanation: Lifecycle.statusOn(timeline, day).explanation.message[request.lang],
          loaded
        }
        return { status: 200, body }
      }
    },
    {
      method: "POST",
      path: "/v1/validate",
      operationId: "validate",
      summary: "Validate a document or a file",
      description:
        "Validates a JSON document (one record or an array), an NDJSON file or a CSV file against the record schemas and the agreement in force on each record's date. 200 when everything is valid, 422 when records are rejected, 400 when the body cannot be read at all; the body is always the report.",
      parameters: [
        kindParameter,
        asOfParam("Check every record against the agreement in force on this day instead of its own date"),
        langParam
      ],
      body: { description: "The records, in UTF-8 or Windows-1252", mediaTypes: Object.keys(formats) },
      responses: {
        200: { description: "Every record is valid", schema: Report.ReportJson },
        400: { description: "The body cannot be read (empty, binary, not JSON)", schema: Report.ReportJson },
        413: problemResponse,
        415: problemResponse,
        422: { description: "Some records are rejected", schema: Report.ReportJson }
      },
      handle: (request) => {
        const r = validate(timeline, request, now)
        return { status: validationStatus(r), body: Report.toJson(r, request.lang) }
      }
    },
    {
      method: "POST",
      path: "/v1/indicators",
      operationId: "indicators",
      summary: "Indicators and the tracking table from posted records",
      description:
        "Builds the national steering committee's annual report (tracking table of entries into CDD, CDI and work-study, small cells hidden) from the valid records of the body; rejected records are counted in `validation` and left out.",
      parameters: [
        asOfParam("Day of the report (today by default)"),
        {
          name: "agreementYear",
          description: "Agreement year (1 by default)",
          schema: { type: "integer", minimum: 1 }
        },
        {
          name: "by",
          description: "Breakdown, comma-separated (branch by default)",
          schema: { type: "string", examples: ["branch", "region,action-type"] }
        },
        langParam
      ],
      body: { description: "The records", mediaTypes: Object.keys(formats) },
      responses: {
        200: { description: "The annual report and the validation report of the records used" },
        400: problemResponse,
        413: problemResponse,
        415: problemResponse
      },
      handle: (request) => {
        const asOf = dateParam(request.query, "asOf", now)
        const yearText = request.query.get("agreementYear")
        if (yearText !== null && !/^\d{1,9}$/u.test(yearText))
          throw new RequestProblem(400, Codes.queryAgreementYear.raise({}), "agreementYear")
        // the period the engine resolves and checks: out of the agreement's years is a 400, and
        // without one, the last agreement year ended on the report day (or the one under way)
        const resolved =
          yearText === null
            ? Result.succeed(Period.defaultFor(timeline, asOf as CalendarDate.CalendarDate))
            : Period.resolve(timeline, { kind: "agreement-year", index: Number(yearText) }, asOf)
        // the engine's own problem (a year outside the agreement's), as it gives it
        if (Result.isFailure(resolved)) throw new RequestProblem(400, resolved.failure, "agreementYear")
        const period = resolved.success
        const dimensions = (request.query.get("by") ?? "branch").split(",").map((d) => d.trim())
        const unknown = dimensions.find((d) => !(Aggregate.dimensions as ReadonlyArray<string>).includes(d))
        if (unknown !== undefined)
          throw new RequestProblem(400, Codes.queryBy.raise({ given: unknown, dimensions: Aggregate.dimensions }), "by")
        // the records counted are those of the period, the indicators those in force at its end
        const agg = Aggregate.aggregator(
          EngineReport.settingsFor(timeline, period, dimensions as ReadonlyArray<Aggregate.Dimension>)
        )
        const validation = validate(timeline, request, now, (r) => {
          agg.record(r)
        })
        const annual = EngineReport.annual({
          timeline,
          period,
          asOf: asOf as CalendarDate.CalendarDate,
          aggregate: agg.finish(),
          meetings: [],
          designations: []
        })
        return { status: 200, body: { report: annual, validation: Report.toJson(validation, request.lang) } }
      }
    }
  ]
}
