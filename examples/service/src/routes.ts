// The API, declared once: each route carries what its handler needs and what the OpenAPI
// document says about it (src/openapi.ts builds the document from this table, the server
// registers the handlers from it), so the two cannot drift apart. Routes with a body run in a
// worker thread (src/worker.ts builds the same table there); the others on the event loop.
import { CalendarDate, ExchangeRecord } from "@accord-jeunes/domain"
import { Aggregate, Report as EngineReport, Lifecycle, Period } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"
import { Input, Report, Codes as ValidationCodes, Validator } from "@accord-jeunes/validation"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { type Agreement, actsOf } from "./agreement.ts"
import * as Body from "./Body.ts"
import * as Codes from "./Codes.ts"
import { type Lang, RequestProblem } from "./Problem.ts"

export { type Lang, RequestProblem } from "./Problem.ts"

export interface Request {
  readonly query: URLSearchParams
  /** How the body is to be read, from its headers (already checked); none for a route without body. */
  readonly reading?: Body.Reading
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
  /** Checks the query before the body is read, on the event loop: throws a `RequestProblem`. */
  readonly check?: (query: URLSearchParams) => void
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

const kindParam = (query: URLSearchParams): ExchangeRecord.Kind | undefined => {
  const k = query.get("kind")
  if (k === null) return undefined
  if (!(ExchangeRecord.kinds as ReadonlyArray<string>).includes(k))
    throw new RequestProblem(400, Codes.queryKind.raise({ kinds: ExchangeRecord.kinds }), "kind")
  return k as ExchangeRecord.Kind
}

// a report of a body that was not read, with the one issue that says why
const unread = (reading: Body.Reading, issue: Report.Issue): Report.Report => {
  const zero = { read: 0, accepted: 0, rejected: 0, warnings: 0, blank: 0 }
  return {
    valid: false,
    stats: zero,
    files: [{ file: "body", format: reading.format, encoding: reading.encoding ?? "utf-8", ...zero }],
    issues: [issue]
  }
}

// enough of a body's start to see its shape, whatever its encoding
const startOf = (bytes: Uint8Array) => new TextDecoder("windows-1252").decode(bytes.subarray(0, 64 * 1024))

const validate = (
  timeline: Agreement["timeline"],
  request: Request,
  now: Clock,
  onAccepted?: Validator.Options["onAccepted"]
): Report.Report => {
  const kind = kindParam(request.query)
  const asOf = request.query.get("asOf") === null ? undefined : dateParam(request.query, "asOf", now)
  const reading = request.reading as Body.Reading
  // what the bytes are, by the library's rule: compressed or UTF-16 text is a media type not read
  // (refused, not decompressed: the size limit is on what is read); other binary files are the
  // validator's to name
  const binary = Input.binary(request.body)
  if (binary === "gzip") throw new RequestProblem(415, Codes.bodyCompressed.raise({ encoding: binary }))
  if (binary === "utf-16")
    throw new RequestProblem(415, Codes.bodyCharset.raise({ given: binary, accepted: ["utf-8", "windows-1252"] }))
  // a body shaped like another type than announced is not read as the announced one: its records
  // would be counted as nothing, or as one long broken record
  const looks = Body.mismatch(reading.format, startOf(request.body))
  if (looks !== undefined)
    return unread(reading, {
      ...Codes.contentTypeMismatch.raise({ declared: reading.mediaType, looks }),
      file: "body"
    })
  const v = Validator.make({
    timeline,
    ...(kind === undefined ? {} : { kind }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(reading.encoding === undefined ? {} : { encoding: reading.encoding }),
    ...(onAccepted === undefined ? {} : { onAccepted })
  })
  v.bytes("body", request.body, reading.format)
  const r = v.finish()
  // no record read is never "valid": there was nothing to vouch for
  if (r.stats.read > 0 || r.issues.some((i) => i.severity === "error")) return r
  return { ...r, valid: false, issues: [...r.issues, { ...ValidationCodes.fileEmpty.raise({}), file: "body" }] }
}

// read, but not one record with certainty: said with 422, like records rejected
const unreadCodes: ReadonlySet<string> = new Set([ValidationCodes.fileEmpty.code, Codes.contentTypeMismatch.code])

/**
 * 200 valid; 400 when the body as a whole is unreadable (binary, or a JSON document that does not
 * parse); 422 when records are rejected, or none could be read (an empty body, one shaped like
 * another type than announced).
 */
const validationStatus = (r: Report.Report) =>
  r.valid
    ? 200
    : r.issues.some(
          (i) =>
            i.severity === "error" &&
            !unreadCodes.has(i.code) &&
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

const bodyDescription =
  "The records, in UTF-8 or Windows-1252 (as `charset` says, or detected), uncompressed; at most MAX_BODY_BYTES"
// the answers of the limits every route with a body has (docs: the service's README)
const limits = {
  413: { description: "The body is larger than MAX_BODY_BYTES" },
  415: { description: "A media type, character set or compression not read" },
  429: { description: "Too many requests in progress from this address; see Retry-After" },
  503: {
    description:
      "The service is full (see Retry-After), or the body took longer than TIME_LIMIT_MS or more memory than WORKER_MEMORY_MB to validate"
  }
}

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
  // the report's day, period and breakdown, checked by the rules of the command line: a period is
  // one the engine resolves in the agreement in force that day (its years, a7#1), and its problem
  // is the engine's own
  const reportParams = (query: URLSearchParams) => {
    const asOf = dateParam(query, "asOf", now) as CalendarDate.CalendarDate
    const yearText = query.get("agreementYear")
    if (yearText !== null && !/^\d{1,9}$/u.test(yearText))
      throw new RequestProblem(400, Codes.queryAgreementYear.raise({}), "agreementYear")
    // without a year, the last agreement year ended on the report day (or the one under way)
    const resolved =
      yearText === null
        ? Result.succeed(Period.defaultFor(timeline, asOf))
        : Period.resolve(timeline, { kind: "agreement-year", index: Number(yearText) }, asOf)
    if (Result.isFailure(resolved)) throw new RequestProblem(400, resolved.failure, "agreementYear")
    const dimensions = (query.get("by") ?? "branch").split(",").map((d) => d.trim())
    const unknown = dimensions.find((d) => !(Aggregate.dimensions as ReadonlyArray<string>).includes(d))
    if (unknown !== undefined)
      throw new RequestProblem(400, Codes.queryBy.raise({ given: unknown, dimensions: Aggregate.dimensions }), "by")
    return { asOf, period: resolved.success, dimensions: dimensions as ReadonlyArray<Aggregate.Dimension> }
  }
  return [
    {
      method: "GET",
      path: "/v1/agreement",
      operationId: "agreementInForce",
      summary: "The agreement as in force on a date",
      description:
        "Signatory parties, branches, action types, commitments and indicators in force on the day asked for (today by default), each with the act that brought it in (Assembly.describe); the agreement's status (in force, terminated...), explained; and the acts the service was started with (its project file, ACCORD_JEUNES_CONFIG).",
      parameters: [asOfParam("Day / jour (YYYY-MM-DD, today by default)"), langParam],
      responses: {
        200: { description: "The agreement in force", schema: AgreementJson },
        400: problemResponse,
        429: limits[429]
      },
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
        "Validates a JSON document (one record or an array), an NDJSON file or a CSV file against the record schemas and the agreement in force on each record's date. 200 when everything is valid, 422 when records are rejected or none could be read (an empty body, a body shaped like another type than announced), 400 when the body cannot be read at all; the body is always the report.",
      parameters: [
        kindParameter,
        asOfParam("Check every record against the agreement in force on this day instead of its own date"),
        langParam
      ],
      body: { description: bodyDescription, mediaTypes: Object.keys(Body.formats) },
      responses: {
        200: { description: "Every record is valid", schema: Report.ReportJson },
        400: { description: "The body cannot be read (binary, not JSON)", schema: Report.ReportJson },
        ...limits,
        422: { description: "Some records are rejected, or none could be read", schema: Report.ReportJson }
      },
      check: (query) => {
        kindParam(query)
        if (query.get("asOf") !== null) dateParam(query, "asOf", now)
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
        "Builds the national steering committee's annual report (tracking table of entries into CDD, CDI and work-study, small cells hidden) from the valid records of the body; rejected records are counted in `validation` and left out. A body of which no record could be read is answered 422 with its validation report, as by /v1/validate.",
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
      body: { description: bodyDescription, mediaTypes: Object.keys(Body.formats) },
      responses: {
        200: { description: "The annual report and the validation report of the records used" },
        400: problemResponse,
        ...limits,
        422: { description: "No record of the body could be read", schema: Report.ReportJson }
      },
      check: (query) => {
        reportParams(query)
      },
      handle: (request) => {
        const { asOf, period, dimensions } = reportParams(request.query)
        // the records counted are those of the period, the indicators those in force at its end
        const agg = Aggregate.aggregator(EngineReport.settingsFor(timeline, period, dimensions))
        const validation = validate(timeline, request, now, (r) => {
          agg.record(r)
        })
        // a report from nothing read would be a table of zeros presented as the truth
        if (validation.stats.read === 0)
          return { status: validationStatus(validation), body: Report.toJson(validation, request.lang) }
        const annual = EngineReport.annual({
          timeline,
          period,
          asOf,
          aggregate: agg.finish(),
          meetings: [],
          designations: []
        })
        return { status: 200, body: { report: annual, validation: Report.toJson(validation, request.lang) } }
      }
    }
  ]
}
