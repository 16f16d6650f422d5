// The HTTP server: effect's router on Node. Bodies are read within a size limit before any
// parsing, every failure is a 4xx/5xx with a JSON body that says what and where, in French or
// English, and no request can stop the server.
import { createServer } from "node:http"
import { NodeHttpServer } from "@effect/platform-node"
import * as ByteSize from "effect/ByteSize"
import * as Effect from "effect/Effect"
import { HttpIncomingMessage, HttpRouter, type HttpServerRequest, HttpServerResponse } from "effect/http"
import * as Layer from "effect/Layer"
import { type Agreement, founding } from "./agreement.ts"
import * as Codes from "./Codes.ts"
import { document } from "./openapi.ts"
import { type Clock, type Lang, RequestProblem, type Route, routes } from "./routes.ts"

export interface Options {
  /** Largest body accepted, in bytes (default 10 MB). */
  readonly maxBodyBytes?: number
  /** Port (0: any free one). */
  readonly port?: number
  readonly host?: string
  /** The agreement served (default: the 2024 text and its founding branches, with no act). */
  readonly agreement?: Agreement
  /** The clock "today" is read from, as a date in Paris (default: the system's). */
  readonly now?: Clock
}

// the API's version, as in its paths (/v1)
const version = "1"

// the shape of a validation report's issue: code, severity, clause, path, message
const problemBody = (p: RequestProblem, lang: Lang) => ({
  valid: false,
  issues: [
    {
      code: p.raised.code,
      severity: p.raised.severity,
      ...(p.raised.clause === undefined ? {} : { clause: p.raised.clause }),
      ...(p.path === undefined ? {} : { path: p.path }),
      message: p.raised.message[lang]
    }
  ]
})

// effect's Node reader fails with an error whose cause says "maxBytes exceeded"
const overflowed = (e: unknown, depth = 0): boolean =>
  depth < 5 &&
  typeof e === "object" &&
  e !== null &&
  ((e instanceof Error && e.message.includes("maxBytes")) || overflowed((e as { cause?: unknown }).cause, depth + 1))

const langOf = (query: URLSearchParams, header: string | undefined): Lang => {
  const q = query.get("lang")
  if (q === "en" || q === "fr") return q
  return header?.toLowerCase().startsWith("en") === true ? "en" : "fr"
}

/** The handler of a route: the body read within the limit, then the route's answer or its problem. */
export const handler = (route: Route, maxBodyBytes: number) => (request: HttpServerRequest.HttpServerRequest) =>
  Effect.gen(function* () {
    const query = new URL(request.url, "http://localhost").searchParams
    const lang = langOf(query, request.headers["accept-language"])
    const length = Number(request.headers["content-length"] ?? Number.NaN)
    // raised only when answered: a raise is a record that the code was given
    const tooLarge = () => new RequestProblem(413, Codes.bodyTooLarge.raise({ maxBytes: maxBodyBytes }))
    // refuse on the announced length before reading anything; a chunked body is cut while read
    if (route.body !== undefined && length > maxBodyBytes) return { status: 413, body: problemBody(tooLarge(), lang) }
    let body = new Uint8Array()
    if (route.body !== undefined) {
      // effect's reader stops at the limit, so a chunked upload is never held whole in memory
      const read = yield* Effect.result(
        request.arrayBuffer.pipe(Effect.provideService(HttpIncomingMessage.MaxBodySize, ByteSize.bytes(maxBodyBytes)))
      )
      if (read._tag === "Failure" && overflowed(read.failure))
        return { status: 413, body: problemBody(tooLarge(), lang) }
      if (read._tag === "Failure")
        return {
          status: 400,
          body: problemBody(new RequestProblem(400, Codes.bodyUnreadable.raise({})), lang)
        }
      if (read.success.byteLength > maxBodyBytes) return { status: 413, body: problemBody(tooLarge(), lang) }
      body = new Uint8Array(read.success)
    }
    try {
      return route.handle({ query, contentType: request.headers["content-type"], body, lang })
    } catch (e) {
      if (e instanceof RequestProblem) return { status: e.status, body: problemBody(e, lang) }
      throw e
    }
  }).pipe(
    Effect.map((reply) => HttpServerResponse.jsonUnsafe(reply.body, { status: reply.status })),
    // a bug in a handler is a 500 with a message, never a dead server
    Effect.catchCause(() => {
      const query = new URL(request.url, "http://localhost").searchParams
      const lang = langOf(query, request.headers["accept-language"])
      return Effect.succeed(
        HttpServerResponse.jsonUnsafe(problemBody(new RequestProblem(400, Codes.serverError.raise({})), lang), {
          status: 500
        })
      )
    })
  )

/** The routes as a layer: the API, its OpenAPI document, a health check. */
export const app = (options: Options = {}) => {
  const max = options.maxBodyBytes ?? 10 * 1024 * 1024
  const table = routes(options.agreement ?? founding(), options.now)
  const openapi = document(table, version)
  const known = [...table.map((r) => `${r.method} ${r.path}`), "GET /openapi.json", "GET /health"]
  return Layer.mergeAll(
    HttpRouter.add("GET", "/openapi.json", HttpServerResponse.jsonUnsafe(openapi)),
    HttpRouter.add("GET", "/health", HttpServerResponse.text("ok")),
    ...table.map((r) => HttpRouter.add(r.method, r.path, handler(r, max))),
    // anything else is answered in JSON too, naming what exists
    HttpRouter.add("*", "*", (request) => {
      const query = new URL(request.url, "http://localhost").searchParams
      const lang = langOf(query, request.headers["accept-language"])
      // the path is echoed cut short, so that an answer stays small whatever was asked
      const path = new URL(request.url, "http://localhost").pathname.slice(0, 120)
      const notFound = new RequestProblem(404, Codes.routeUnknown.raise({ method: request.method, path, known }))
      return Effect.succeed(HttpServerResponse.jsonUnsafe(problemBody(notFound, lang), { status: 404 }))
    })
  )
}

/** The server on Node, as a layer (`Layer.launch` runs it). */
export const server = (options: Options = {}) =>
  HttpRouter.serve(app(options), { disableLogger: true, disableListenLog: true }).pipe(
    Layer.provideMerge(
      NodeHttpServer.layer(createServer, {
        port: options.port ?? 0,
        ...(options.host === undefined ? {} : { host: options.host })
      })
    )
  )
