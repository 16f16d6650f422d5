// What each endpoint of the API does (src/Api.ts declares them: paths, parameters, bodies,
// answers). Routes with a body run in a worker thread (src/worker.ts builds the same table there);
// the others on the event loop.
import { CalendarDate, ExchangeRecord } from "@accord-jeunes/domain"
import { Aggregate, Report as EngineReport, Lifecycle, Period } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"
import { Input, Report, Codes as ValidationCodes, Validator } from "@accord-jeunes/validation"
import * as Result from "effect/Result"
import { type AgreementJson, queries, V1 } from "./Api.ts"
import { type Agreement, actsOf } from "./agreement.ts"
import * as Body from "./Body.ts"
import * as Codes from "./Codes.ts"
import { type Lang, RequestProblem } from "./Problem.ts"

export { AgreementJson } from "./Api.ts"
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

/** The name of an endpoint of the API. */
export type Name = keyof typeof queries

/**
 * An endpoint of the API (its method, path and query parameters are the API's) and what it does.
 */
export interface Route {
  readonly name: Name
  readonly method: string
  readonly path: string
  /** The query parameters it declares, in order. */
  readonly parameters: ReadonlyArray<string>
  /** Whether it takes a body: read within the limits, then handled by a worker. */
  readonly body: boolean
  /** Checks the query before the body is read, on the event loop: throws a `RequestProblem`. */
  readonly check?: (query: URLSearchParams) => void
  readonly handle: (request: Request) => Reply
}

// an endpoint's declaration, with what it does
const route = (name: Name, behaviour: Pick<Route, "check" | "handle">): Route => {
  const endpoint = V1.endpoints[name]
  return {
    name,
    method: endpoint.method,
    path: endpoint.path,
    parameters: Object.keys(queries[name]),
    body: endpoint.payload.size > 0,
    ...behaviour
  }
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

/** What the API does over one agreement, the one the service was started with. */
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
    route("agreementInForce", {
      check: (query) => {
        if (query.get("asOf") !== null) dateParam(query, "asOf", now)
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
    }),
    route("validate", {
      check: (query) => {
        kindParam(query)
        if (query.get("asOf") !== null) dateParam(query, "asOf", now)
      },
      handle: (request) => {
        const r = validate(timeline, request, now)
        return { status: validationStatus(r), body: Report.toJson(r, request.lang) }
      }
    }),
    route("indicators", {
      check: (query) => {
        reportParams(query)
      },
      handle: (request) => {
        const { asOf, period, dimensions } = reportParams(request.query)
        // the records counted are those of the period, the indicators those in force at its end
        // the body is in memory: its records are counted grouped by young person whatever their order
        const agg = Aggregate.regrouping(EngineReport.settingsFor(timeline, period, dimensions))
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
    })
  ]
}
