// The HTTP server: the API of src/Api.ts on effect's router, on Node. Every answer is JSON with a
// code, in French or English; no request can stop the server, nor keep it from answering others:
// bodies are validated by a pool of worker threads (src/Pool.ts), the work of one request is
// bounded (size, time, memory), and so are connections, requests per client address, the time to
// send a request, and the requests waiting. /health never waits for a validation.
import { createServer, type IncomingMessage } from "node:http"
import type { Socket } from "node:net"
import type { Duplex } from "node:stream"
import { Catalogue } from "@accord-jeunes/domain"
import { NodeHttpServer } from "@effect/platform-node"
import * as ByteSize from "effect/ByteSize"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import { HttpIncomingMessage, HttpRouter, HttpServerRequest, HttpServerResponse } from "effect/http"
import { HttpApiBuilder, HttpApiMiddleware, OpenApi } from "effect/http-api"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import { type AgreementJson, Api, Limits, QueryErrors } from "./Api.ts"
import { type Agreement, fingerprint, founding } from "./agreement.ts"
import * as Body from "./Body.ts"
import * as Codes from "./Codes.ts"
import { defaults, type Settings } from "./Config.ts"
import * as Pool from "./Pool.ts"
import { type Lang, problemBody, RequestProblem, rawAnswer } from "./Problem.ts"
import { type Clock, type Name, type Route, routes } from "./routes.ts"
import type { Data, Job, Reply } from "./worker.ts"

export interface Options extends Partial<Settings> {
  /** The agreement served (default: the 2024 text and its founding branches, with no act). */
  readonly agreement?: Agreement
  /** The clock "today" is read from, as a date in Paris (default: the system's). */
  readonly now?: Clock
  /** The working directory the project file was found from (default: the process's). */
  readonly cwd?: string
}

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

const queryOf = (request: HttpServerRequest.HttpServerRequest) => new URL(request.url, "http://localhost").searchParams

const answer = (p: RequestProblem, lang: Lang) =>
  HttpServerResponse.jsonUnsafe(problemBody(p, lang), { status: p.status, headers: p.headers })

// every header every time it is given: Node keeps only the first Content-Type in `headers`
const rawHeadersOf = (request: HttpServerRequest.HttpServerRequest): ReadonlyArray<string> => {
  const raw = (request.source as Partial<IncomingMessage>).rawHeaders
  return raw ?? Object.entries(request.headers).flat()
}

// what may be echoed of a name given in a request, cut short
const shown = (s: string) => s.slice(0, 40)

// the rules of the command line for its options: a name it does not know, or one given twice, is
// refused rather than ignored; a language is one it speaks
const checkQuery = (route: Route, query: URLSearchParams) => {
  const known = route.parameters
  for (const name of new Set(query.keys())) {
    if (!known.includes(name))
      throw new RequestProblem(400, Codes.queryUnknown.raise({ name: shown(name), known }), shown(name))
    if (query.getAll(name).length > 1) throw new RequestProblem(400, Codes.queryRepeated.raise({ name }), name)
  }
  const lang = query.get("lang")
  if (lang !== null && lang !== "fr" && lang !== "en")
    throw new RequestProblem(400, Codes.queryValue.raise({ name: "lang", allowed: ["fr", "en"] }), "lang")
  route.check?.(query)
}

// the problem the rules find with a query, if any
const problemIn = (route: Route, query: URLSearchParams): RequestProblem | undefined => {
  try {
    checkQuery(route, query)
    return undefined
  } catch (e) {
    if (e instanceof RequestProblem) return e
    throw e
  }
}

/** What a route's handler needs from the server: its settings, its pool and its clock. */
export interface Context {
  readonly settings: Settings
  readonly pool: Pool.Pool<Reply>
  readonly now: Clock
}

// no room in the pool, or none in time: 503, and when to try again
const busy = (context: Context, lang: Lang) => {
  const retryAfter = context.pool.retryAfter()
  return answer(
    new RequestProblem(503, Codes.serverBusy.raise({ retryAfter }), undefined, { "retry-after": String(retryAfter) }),
    lang
  )
}

// the answer of a job, as the pool gives it
const outcomeAnswer = (outcome: Pool.Outcome<Reply>, context: Context, lang: Lang) => {
  switch (outcome._tag) {
    case "Done":
      // the codes the worker raised count as raised here (the test suite's record of codes)
      for (const code of outcome.reply.raised) Catalogue.noteRaised(code)
      return HttpServerResponse.text(outcome.reply.json, {
        status: outcome.reply.status,
        contentType: "application/json"
      })
    case "Waited":
      return busy(context, lang)
    case "TimeLimit":
      return answer(
        new RequestProblem(503, Codes.bodyTimeLimit.raise({ seconds: context.settings.timeLimitMs / 1000 })),
        lang
      )
    case "MemoryLimit":
      return answer(
        new RequestProblem(503, Codes.bodyMemoryLimit.raise({ megabytes: context.settings.workerMemoryMb })),
        lang
      )
    case "Failed":
      return answer(new RequestProblem(500, Codes.serverError.raise({})), lang)
  }
}

// a problem with the request, thrown by a check; anything else is a bug: a 500 with a message,
// never a dead server
const problemOf = (cause: Cause.Cause<unknown>): RequestProblem => {
  const thrown = Cause.squash(cause)
  return thrown instanceof RequestProblem ? thrown : new RequestProblem(500, Codes.serverError.raise({}))
}

/**
 * The handler of a route with a body, given the raw request (the API does not decode the body):
 * the query and the body's headers checked, a place in the pool taken (503 when there is none,
 * before the body is read), the body read within the limit, then the route's answer from a worker.
 */
export const handler = (route: Route, context: Context) => (request: HttpServerRequest.HttpServerRequest) => {
  const query = queryOf(request)
  const lang = langOf(query, request.headers["accept-language"])
  const max = context.settings.maxBodyBytes
  return Effect.gen(function* () {
    checkQuery(route, query)
    const reading = Body.readingOf(rawHeadersOf(request))
    const tooLarge = () => new RequestProblem(413, Codes.bodyTooLarge.raise({ maxBytes: max }))
    // refuse on the announced length before reading anything; a chunked body is cut while read
    if (Number(request.headers["content-length"] ?? Number.NaN) > max) return answer(tooLarge(), lang)
    // read before a place is taken: nothing between taking it and giving it back may throw
    const now = context.now().getTime()
    const ticket = context.pool.reserve()
    if (ticket === undefined) return busy(context, lang)
    // effect's reader stops at the limit, so a chunked upload is never held whole in memory
    const read = yield* Effect.result(
      request.arrayBuffer.pipe(Effect.provideService(HttpIncomingMessage.MaxBodySize, ByteSize.bytes(max)))
    ).pipe(Effect.onInterrupt(() => Effect.sync(ticket.release)))
    if (read._tag === "Failure") {
      ticket.release()
      return answer(
        overflowed(read.failure) ? tooLarge() : new RequestProblem(400, Codes.bodyUnreadable.raise({})),
        lang
      )
    }
    if (read.success.byteLength > max) {
      ticket.release()
      return answer(tooLarge(), lang)
    }
    const job: Omit<Job, "id"> = {
      path: route.path,
      query: query.toString(),
      reading,
      body: read.success,
      lang,
      now
    }
    const outcome = yield* Effect.callback<Pool.Outcome<Reply>>((resume) => {
      const cancel = ticket.run(job, [read.success], (o) => resume(Effect.succeed(o)))
      return Effect.sync(cancel)
    })
    return outcomeAnswer(outcome, context, lang)
  }).pipe(Effect.catchCause((cause) => Effect.succeed(answer(problemOf(cause), lang))))
}

// the handler of the agreement, on the event loop: the value the API encodes by its schema, or
// the answer to a problem
const agreementHandler = (route: Route) => (request: HttpServerRequest.HttpServerRequest) => {
  const query = queryOf(request)
  const lang = langOf(query, request.headers["accept-language"])
  return Effect.sync(() => {
    checkQuery(route, query)
    return route.handle({ query, body: new Uint8Array(), lang }).body as typeof AgreementJson.Type
  }).pipe(
    Effect.catchCause((cause) => Effect.succeed<HttpServerResponse.HttpServerResponse>(answer(problemOf(cause), lang)))
  )
}

type App<E, R> = (
  request: HttpServerRequest.HttpServerRequest
) => Effect.Effect<HttpServerResponse.HttpServerResponse, E, R>

// HTTP/1.1 requires a Host header; Node's own refusal of a request without one has no body, so
// the service says it itself, in JSON
const hostless = (request: HttpServerRequest.HttpServerRequest) => {
  const source = request.source as Partial<IncomingMessage>
  return source.httpVersion === "1.1" && request.headers.host === undefined
}

/** A request without Host answered 400 in JSON (Node's own answer has no body). */
const withHost =
  <E, R>(app: App<E, R>): App<E, R> =>
  (request) =>
    hostless(request)
      ? Effect.succeed(
          answer(
            new RequestProblem(400, Codes.requestMalformed.raise({})),
            langOf(queryOf(request), request.headers["accept-language"])
          )
        )
      : app(request)

/**
 * Requests in progress per client address, at most `max` each: the others are answered 429 at
 * once, so that one client cannot take every place of the pool.
 */
const perClient = (max: number) => {
  const inProgress = new Map<string, number>()
  return <E, R>(app: App<E, R>): App<E, R> =>
    (request) => {
      if (hostless(request)) return withHost(app)(request)
      const address = Option.getOrElse(request.remoteAddress, () => "")
      const n = inProgress.get(address) ?? 0
      if (n >= max) {
        const lang = langOf(queryOf(request), request.headers["accept-language"])
        return Effect.succeed(
          answer(
            new RequestProblem(429, Codes.clientTooManyRequests.raise({ max, retryAfter: 1 }), undefined, {
              "retry-after": "1"
            }),
            lang
          )
        )
      }
      inProgress.set(address, n + 1)
      return app(request).pipe(
        Effect.ensuring(
          Effect.sync(() => {
            const left = (inProgress.get(address) ?? 1) - 1
            if (left === 0) inProgress.delete(address)
            else inProgress.set(address, left)
          })
        )
      )
    }
}

// a query its schema refuses is answered by the rules of the command line, which say which
// parameter and why, with the service's codes; a schema stricter than the rules would be a bug of
// the service (500), as would an answer its schema does not encode
const queryErrors = (table: ReadonlyArray<Route>) =>
  HttpApiMiddleware.layerSchemaErrorTransform(QueryErrors, (error, { endpoint }) =>
    Effect.gen(function* () {
      const request = yield* HttpServerRequest.HttpServerRequest
      const query = queryOf(request)
      const lang = langOf(query, request.headers["accept-language"])
      const route = table.find((r) => r.path === endpoint.path)
      if (error.kind === "Query" && route !== undefined) {
        const refused = problemIn(route, query)
        if (refused !== undefined) return answer(refused, lang)
      }
      return answer(new RequestProblem(500, Codes.serverError.raise({})), lang)
    })
  )

// the Host check and the cap per client address, around every route of the API
const limits = (guard: ReturnType<typeof perClient>) =>
  Layer.succeed(Limits, (httpEffect) =>
    Effect.gen(function* () {
      const request = yield* HttpServerRequest.HttpServerRequest
      return yield* guard(() => httpEffect)(request)
    })
  )

/**
 * The routes as a layer: the API (src/Api.ts) with its handlers, its OpenAPI document, a health
 * check, JSON for anything else.
 */
export const app = (table: ReadonlyArray<Route>, context: Context) => {
  const openapi = OpenApi.fromApi(Api)
  const extra = ["GET /openapi.json", "GET /health"]
  const known = [...table.map((r) => `${r.method} ${r.path}`), ...extra]
  const guard = perClient(context.settings.maxClientRequests)
  const route = (name: Name) => table.find((r) => r.name === name) as Route
  const v1 = HttpApiBuilder.group(Api, "v1", (handlers) =>
    handlers
      .handle("agreementInForce", ({ request }) => agreementHandler(route("agreementInForce"))(request))
      // the body is read by the service itself, with its checks and limits, not decoded
      .handleRaw("validate", ({ request }) => handler(route("validate"), context)(request))
      .handleRaw("indicators", ({ request }) => handler(route("indicators"), context)(request))
  ).pipe(Layer.provide([queryErrors(table), limits(guard)]))
  return Layer.mergeAll(
    HttpApiBuilder.layer(Api).pipe(Layer.provide(v1)),
    HttpRouter.add(
      "GET",
      "/openapi.json",
      guard(() => Effect.succeed(HttpServerResponse.jsonUnsafe(openapi)))
    ),
    // never queued, never limited: it says whether the service answers, and how busy its pool is
    HttpRouter.add(
      "GET",
      "/health",
      withHost(() =>
        Effect.sync(() => {
          const pool = context.pool.stats()
          return HttpServerResponse.jsonUnsafe(
            { status: pool.broken ? "unavailable" : "ok", pool },
            { status: pool.broken ? 503 : 200 }
          )
        })
      )
    ),
    // anything else is answered in JSON too: a known path with another method is a 405 naming the
    // methods it has (Allow), an unknown path a 404 naming the routes that exist
    HttpRouter.add(
      "*",
      "*",
      withHost((request) => {
        const lang = langOf(queryOf(request), request.headers["accept-language"])
        // the path is echoed cut short, so that an answer stays small whatever was asked
        const path = new URL(request.url, "http://localhost").pathname.slice(0, 120)
        const allowed = known.filter((k) => k.endsWith(` ${path}`)).map((k) => k.split(" ")[0] as string)
        if (allowed.length > 0)
          return Effect.succeed(
            answer(
              new RequestProblem(
                405,
                Codes.routeMethod.raise({ method: request.method.slice(0, 20), path, allowed }),
                undefined,
                { allow: allowed.join(", ") }
              ),
              lang
            )
          )
        const notFound = new RequestProblem(
          404,
          Codes.routeUnknown.raise({ method: request.method.slice(0, 20), path, known })
        )
        return Effect.succeed(answer(notFound, lang))
      })
    )
  )
}

const reasons: Readonly<Record<number, string>> = {
  400: "Bad Request",
  408: "Request Timeout",
  431: "Request Header Fields Too Large",
  503: "Service Unavailable"
}

/**
 * Node's server with the service's limits: the time to send headers and a whole request (a
 * trickled body is cut, and answered 408 in JSON), kept-alive idle time, and open connections
 * (beyond the cap a connection is answered 503 and closed). Node's own refusals of malformed
 * requests are answered in JSON too.
 */
export const nodeServer = (settings: Settings) => {
  const server = createServer({
    // answered by the routes, in JSON (Node's own 400 has no body)
    requireHostHeader: false,
    requestTimeout: settings.requestTimeoutMs,
    headersTimeout: settings.headersTimeoutMs,
    keepAliveTimeout: settings.keepAliveTimeoutMs,
    // how often Node looks for requests past their time (30 s by default, which would let a
    // trickled body run half a minute past its limit)
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(settings.headersTimeoutMs / 4)))
  })
  let open = 0
  server.on("connection", (socket: Socket) => {
    open++
    socket.once("close", () => {
      open--
    })
    if (open <= settings.maxConnections) return
    const problem = new RequestProblem(503, Codes.serverBusy.raise({ retryAfter: 1 }), undefined, {
      "retry-after": "1"
    })
    closeWith(socket, rawAnswer(problem, reasons[503] as string))
  })
  server.on("clientError", (error: Error & { readonly code?: string }, socket: Duplex) => {
    // a response already begun cannot be replaced; a connection reset has no one to answer
    const response = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage
    if (error.code === "ECONNRESET" || !socket.writable || response?.headersSent === true) {
      socket.destroy()
      return
    }
    // before a request's headers are in, the headers' time ran out; after, the whole request's
    const limit = response === undefined ? settings.headersTimeoutMs : settings.requestTimeoutMs
    const problem =
      error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? new RequestProblem(408, Codes.requestTimeout.raise({ seconds: limit / 1000 }))
        : error.code === "HPE_HEADER_OVERFLOW"
          ? new RequestProblem(431, Codes.requestHeadersTooLarge.raise({}))
          : new RequestProblem(400, Codes.requestMalformed.raise({}))
    closeWith(socket, rawAnswer(problem, reasons[problem.status] as string))
  })
  return server
}

// an answer written on a connection no handler owns, then the connection closed
const closeWith = (socket: Duplex, bytes: string) => {
  socket.end(bytes)
  const timer = setTimeout(() => socket.destroy(), 1000)
  timer.unref()
  socket.once("close", () => clearTimeout(timer))
}

/** The server on Node, as a layer (`Layer.launch` runs it): its pool of workers starts with it. */
export const server = (options: Options = {}) =>
  Layer.unwrap(
    Effect.gen(function* () {
      const settings: Settings = {
        ...defaults(),
        ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
        port: options.port ?? 0
      }
      const agreement = options.agreement ?? founding()
      const now = options.now ?? (() => new Date())
      const data: Data = { config: agreement.config, cwd: options.cwd ?? process.cwd() }
      const pool = yield* Effect.acquireRelease(
        Effect.tryPromise(async () => {
          const p = Pool.make<Reply>({
            file: new URL("./worker.ts", import.meta.url),
            workerData: data,
            size: settings.poolSize,
            queueSize: settings.queueSize,
            timeLimitMs: settings.timeLimitMs,
            memoryMb: settings.workerMemoryMb,
            fingerprint: fingerprint(agreement),
            recycleAfterMs: 5_000,
            onBroken: (reason) => process.stderr.write(`accord-jeunes service: ${reason}\n`)
          })
          try {
            await p.ready
          } catch (e) {
            await p.close()
            throw e
          }
          return p
        }),
        (p) => Effect.promise(() => p.close())
      )
      const context: Context = { settings, pool, now }
      return HttpRouter.serve(app(routes(agreement, now), context), {
        disableLogger: true,
        disableListenLog: true
      }).pipe(
        Layer.provideMerge(
          NodeHttpServer.layer(() => nodeServer(settings), { port: settings.port, host: settings.host })
        )
      )
    })
  )
