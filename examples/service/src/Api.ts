// The API, declared once with effect's HTTP API module: its routes, query parameters, bodies and
// answers. The server registers its handlers on it (src/server.ts), /openapi.json is generated
// from it, and `client` is derived from it. What each route does is src/routes.ts's.
import { ExchangeRecord } from "@accord-jeunes/domain"
import { Report } from "@accord-jeunes/validation"
import * as Effect from "effect/Effect"
import { FetchHttpClient } from "effect/http"
import {
  HttpApi,
  HttpApiClient,
  HttpApiEndpoint,
  HttpApiGroup,
  HttpApiMiddleware,
  HttpApiSchema,
  OpenApi
} from "effect/http-api"
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import * as Body from "./Body.ts"

/**
 * The body of every refusal of a request (4xx, 5xx): one issue in the shape of a validation
 * report's, with a code of the catalogue.
 */
export const ProblemJson = Schema.Struct({
  valid: Schema.Literal(false),
  issues: Schema.Array(
    Schema.Struct({
      code: Schema.String.annotate({ description: "A code of the catalogue of diagnostics (docs/codes.md)" }),
      severity: Schema.Literal("error"),
      clause: Schema.optionalKey(Schema.String),
      path: Schema.optionalKey(Schema.String.annotate({ description: "The query parameter at fault, when one is" })),
      message: Schema.String.annotate({ description: "In the language asked for" })
    })
  )
}).annotate({
  identifier: "RequestProblem",
  description: "Why a request is refused: a code, where, and a message in the language asked for"
})

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

/**
 * The body of `POST /v1/indicators` when records were read: the annual report (the engine's
 * `Report.annual`) and the validation report of the records posted.
 */
export const IndicatorsJson = Schema.Struct({
  report: Schema.Unknown.annotate({
    description: "The national steering committee's annual report, with its tracking table (small cells hidden)"
  }),
  validation: Report.ReportJson
}).annotate({ identifier: "Indicators" })

// the query parameters, in the order the answers list them (query.unknown names the known ones)
const lang = Schema.optionalKey(
  Schema.Literals(["fr", "en"]).annotate({ description: "Language of messages / langue des messages (fr by default)" })
)
// annotated before the check, so that the document gives the description and format beside the pattern
const asOf = (description: string) =>
  Schema.optionalKey(
    Schema.String.annotate({ description, format: "date" }).check(Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/u))
  )
const kind = Schema.optionalKey(
  Schema.Literals(ExchangeRecord.kinds).annotate({
    description: "Record kind, for files that do not say it (a CSV without a kind column)"
  })
)

/**
 * The query parameters of each endpoint: a name not listed is refused (`query.unknown`).
 */
export const queries = {
  agreementInForce: { asOf: asOf("Day / jour (YYYY-MM-DD, today by default)"), lang },
  validate: {
    kind,
    asOf: asOf("Check every record against the agreement in force on this day instead of its own date"),
    lang
  },
  indicators: {
    asOf: asOf("Day of the report (today by default)"),
    // digits, as the engine reads them: a number type would be documented as any decimal string
    agreementYear: Schema.optionalKey(
      Schema.String.check(Schema.isPattern(/^\d{1,9}$/u)).annotate({
        description: "Agreement year, from 1 (by default the last one ended on the report day, or the one under way)"
      })
    ),
    by: Schema.optionalKey(
      Schema.String.annotate({
        description: "Breakdown, comma-separated (branch by default)",
        examples: ["branch", "region,action-type"]
      })
    ),
    lang
  }
} as const

// a body as the client gives it, `{ format, bytes }`, and as it goes out: the bytes under the
// media type of the format. A distinct decoded type per format is what lets the client pick the
// media type (with three plain byte arrays, every body would go out as the first one's)
const bodyOf = <F extends "csv" | "json" | "ndjson">(format: F, contentType: string) =>
  Schema.Uint8Array.pipe(
    Schema.decodeTo(
      Schema.Struct({ format: Schema.Literal(format), bytes: Schema.Uint8Array }),
      SchemaTransformation.transform({
        decode: (bytes: Uint8Array) => ({ format, bytes }),
        encode: (body: { readonly format: F; readonly bytes: Uint8Array }) => body.bytes
      })
    ),
    HttpApiSchema.asUint8Array({ contentType })
  )

// every media type read (src/Body.ts), the one the client sends for a format first
const bodies = Object.entries(Body.formats).map(([contentType, format]) => bodyOf(format, contentType))

const bodyDescription =
  "The records, in UTF-8 or Windows-1252 (as `charset` says, or detected), uncompressed; at most MAX_BODY_BYTES"

// the answers of the limits every route with a body has (docs: the service's README)
const limits = {
  413: "The body is larger than MAX_BODY_BYTES",
  415: "A media type, character set or compression not read",
  429: "Too many requests in progress from this address; see Retry-After",
  503: "The service is full (see Retry-After), or the body took longer than TIME_LIMIT_MS or more memory than WORKER_MEMORY_MB to validate"
}
const problem = (status: number) => ProblemJson.pipe(HttpApiSchema.status(status))
const report = (status: number) => Report.ReportJson.pipe(HttpApiSchema.status(status))

type ParameterSchema = { readonly description?: string; readonly allOf?: ReadonlyArray<ParameterSchema> }
type Operation = Record<string, unknown> & {
  readonly parameters?: ReadonlyArray<{ readonly schema?: ParameterSchema }>
  readonly requestBody?: Record<string, unknown>
  readonly responses?: Record<string, Record<string, unknown>>
}

// what the generated operation does not say by itself: a description per answer, the body's, and
// each parameter's description where OpenAPI tools show it (on the parameter, not its schema)
const documented = (doc: {
  readonly summary: string
  readonly description: string
  readonly responses: Readonly<Record<number, string>>
  readonly body?: string
}) =>
  OpenApi.annotations({
    summary: doc.summary,
    description: doc.description,
    transform: (op: Operation) => ({
      ...op,
      parameters: (op.parameters ?? []).map((p) => {
        const description = p.schema?.description ?? p.schema?.allOf?.find((s) => s.description)?.description
        return description === undefined ? p : { ...p, description }
      }),
      ...(op.requestBody === undefined || doc.body === undefined
        ? {}
        : { requestBody: { description: doc.body, ...op.requestBody } }),
      responses: Object.fromEntries(
        Object.entries(op.responses ?? {}).map(([status, r]) => [
          status,
          { ...r, description: doc.responses[Number(status)] ?? r.description }
        ])
      )
    })
  })

const problemAnswer = "The request is malformed: a report saying where and what was expected"

const agreementInForce = HttpApiEndpoint.get("agreementInForce", "/v1/agreement", {
  query: queries.agreementInForce,
  success: AgreementJson,
  error: [problem(400), problem(429)]
}).annotateMerge(
  documented({
    summary: "The agreement as in force on a date",
    description:
      "Signatory parties, branches, action types, commitments and indicators in force on the day asked for (today by default), each with the act that brought it in (Assembly.describe); the agreement's status (in force, terminated...), explained; and the acts the service was started with (its project file, ACCORD_JEUNES_CONFIG).",
    responses: { 200: "The agreement in force", 400: problemAnswer, 429: limits[429] }
  })
)

const validate = HttpApiEndpoint.post("validate", "/v1/validate", {
  query: queries.validate,
  payload: bodies,
  // rejected records are the answer asked for, not a failure of the call: 200 and 422 both give
  // the report to the client
  success: [Report.ReportJson, report(422)],
  error: [report(400), problem(400), problem(413), problem(415), problem(429), problem(503)]
}).annotateMerge(
  documented({
    summary: "Validate a document or a file",
    description:
      "Validates a JSON document (one record or an array), an NDJSON file or a CSV file against the record schemas and the agreement in force on each record's date. 200 when everything is valid, 422 when records are rejected or none could be read (an empty body, a body shaped like another type than announced), 400 when the body cannot be read at all; the body is always the report.",
    body: bodyDescription,
    responses: {
      200: "Every record is valid",
      400: "The body cannot be read (binary, not JSON), or the request is malformed",
      ...limits,
      422: "Some records are rejected, or none could be read"
    }
  })
)

const indicators = HttpApiEndpoint.post("indicators", "/v1/indicators", {
  query: queries.indicators,
  payload: bodies,
  success: IndicatorsJson,
  error: [report(400), problem(400), problem(413), problem(415), report(422), problem(429), problem(503)]
}).annotateMerge(
  documented({
    summary: "Indicators and the tracking table from posted records",
    description:
      "Builds the national steering committee's annual report (tracking table of entries into CDD, CDI and work-study, small cells hidden) from the valid records of the body; rejected records are counted in `validation` and left out. A body of which no record could be read is answered 422 with its validation report, as by /v1/validate.",
    body: bodyDescription,
    responses: {
      200: "The annual report and the validation report of the records used",
      400: "The body cannot be read, or the request is malformed",
      ...limits,
      422: "No record of the body could be read"
    }
  })
)

/**
 * Answers a query its schema refuses by the command line's rules, with the service's codes
 * (`query.unknown`, `query.repeated`, `query.kind`...) in the language asked for. It declares no
 * error: its answers are the service's own responses.
 */
export class QueryErrors extends HttpApiMiddleware.Service<QueryErrors>()("accord-jeunes/QueryErrors") {}

/**
 * The limits of every route of the API: a request without `Host` is refused (400), and so is one
 * beyond `MAX_CLIENT_REQUESTS` in progress from its address (429).
 */
export class Limits extends HttpApiMiddleware.Service<Limits>()("accord-jeunes/Limits") {}

/**
 * The routes of the API, version 1. Top level: the operations are named `agreementInForce`,
 * `validate` and `indicators`, in the document and on the client.
 */
export class V1 extends HttpApiGroup.make("v1", { topLevel: true })
  .add(agreementInForce, validate, indicators)
  // the first is the innermost: the limits are taken before the query is looked at
  .middleware(QueryErrors)
  .middleware(Limits) {}

// the answers may gain properties in a later version, as the document has always said: the
// generator closes every object (additionalProperties: false), which would make a client that
// validates answers refuse them
const open = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(open)
    : typeof value === "object" && value !== null
      ? Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, k === "additionalProperties" && v === false ? true : open(v)])
        )
      : value

/**
 * The service's API. Its query parameters are checked by the command line's rules: a name it does
 * not declare is refused, not ignored.
 */
export class Api extends HttpApi.make("accord-jeunes")
  .add(V1)
  .annotate(HttpApi.QueryParseOptions, { onExcessProperty: "error" })
  .annotateMerge(
    OpenApi.annotations({
      title: "accord-jeunes",
      version: "1",
      description:
        "Accord-cadre pour l'emploi et la qualification des jeunes (16 septembre 2024): validation of exchanged records, the agreement in force, indicators.",
      transform: (spec) => ({ ...spec, components: open(spec.components) })
    })
  ) {}

/**
 * A typed client of the service at `baseUrl`, over `fetch`: `validate`, `indicators` (their body
 * as `{ format: "csv" | "json" | "ndjson", bytes }`) and `agreementInForce`.
 *
 * @example
 * ```ts
 * const api = yield* client("http://127.0.0.1:8080")
 * const report = yield* api.validate({ query: { kind: "participant" }, payload: { format: "csv", bytes } })
 * ```
 */
export const client = (baseUrl: string) =>
  HttpApiClient.make(Api, { baseUrl }).pipe(Effect.provide(FetchHttpClient.layer))
