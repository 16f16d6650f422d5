// The service's settings, read from the environment and checked before anything listens: a value
// it does not understand stops it at start-up, named, rather than turning every request into a 500
// later (MAX_BODY_BYTES=abc did). Every limit of a request is here, with its default.
import { availableParallelism } from "node:os"
import type { Catalogue } from "@accord-jeunes/domain"
import * as Result from "effect/Result"
import * as Codes from "./Codes.ts"

/** What the service runs with. */
export interface Settings {
  readonly port: number
  readonly host: string
  /** Largest body accepted, in bytes. */
  readonly maxBodyBytes: number
  /** Worker threads validating bodies, off the event loop. */
  readonly poolSize: number
  /** Bodies waiting for a worker beyond those being validated; more are answered 503. */
  readonly queueSize: number
  /** Longest validation of one body (and longest wait for a worker), in ms. */
  readonly timeLimitMs: number
  /** Old-generation heap of each worker, in MB: a body that needs more is refused, not swapped. */
  readonly workerMemoryMb: number
  /** Longest time to receive a request's headers, in ms. */
  readonly headersTimeoutMs: number
  /** Longest time to receive a whole request, body included, in ms. */
  readonly requestTimeoutMs: number
  /** Longest idle time of a kept-alive connection between requests, in ms. */
  readonly keepAliveTimeoutMs: number
  /** Open connections at most; more are answered 503 and closed. */
  readonly maxConnections: number
  /** Requests in progress at most per client address; more are answered 429. */
  readonly maxClientRequests: number
}

/** The defaults: a machine's cores, 10 MB bodies, answers within seconds. */
export const defaults = (): Settings => ({
  port: 8080,
  host: "127.0.0.1",
  maxBodyBytes: 10 * 1024 * 1024,
  poolSize: Math.max(1, availableParallelism()),
  queueSize: 64,
  timeLimitMs: 10_000,
  workerMemoryMb: 512,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 512,
  maxClientRequests: 32
})

type Expected = "port" | "host" | "bytes" | "count" | "milliseconds"

/** Each setting's environment variable, and what it must hold. */
export const variables: { readonly [K in keyof Settings]: { readonly name: string; readonly expected: Expected } } = {
  port: { name: "PORT", expected: "port" },
  host: { name: "HOST", expected: "host" },
  maxBodyBytes: { name: "MAX_BODY_BYTES", expected: "bytes" },
  poolSize: { name: "POOL_SIZE", expected: "count" },
  queueSize: { name: "QUEUE_SIZE", expected: "count" },
  timeLimitMs: { name: "TIME_LIMIT_MS", expected: "milliseconds" },
  workerMemoryMb: { name: "WORKER_MEMORY_MB", expected: "count" },
  headersTimeoutMs: { name: "HEADERS_TIMEOUT_MS", expected: "milliseconds" },
  requestTimeoutMs: { name: "REQUEST_TIMEOUT_MS", expected: "milliseconds" },
  keepAliveTimeoutMs: { name: "KEEP_ALIVE_TIMEOUT_MS", expected: "milliseconds" },
  maxConnections: { name: "MAX_CONNECTIONS", expected: "count" },
  maxClientRequests: { name: "MAX_CLIENT_REQUESTS", expected: "count" }
}

// digits only: Number("") is 0, Number("1e3") 1000 and Number(" 8 ") 8, none of which a person meant
const whole = (text: string, min: number, max: number): number | undefined => {
  if (!/^\d{1,15}$/u.test(text)) return undefined
  const n = Number(text)
  return n >= min && n <= max ? n : undefined
}

const parse = (expected: Expected, text: string): number | string | undefined => {
  switch (expected) {
    case "port":
      return whole(text, 0, 65_535)
    case "host":
      // a name or an address, without scheme, port or spaces
      return /^[A-Za-z0-9.:_[\]-]{1,253}$/u.test(text) ? text : undefined
    case "bytes":
      return whole(text, 1, Number.MAX_SAFE_INTEGER)
    case "count":
      return whole(text, 1, 1_000_000)
    case "milliseconds":
      // at most a day: Node's timers hold 2^31-1 ms, and no request should take longer
      return whole(text, 1, 86_400_000)
  }
}

/**
 * The settings from the environment, every variable checked: the defaults for those not set, or
 * every problem, each naming its variable (`config.invalid`).
 */
export const read = (
  env: Readonly<Record<string, string | undefined>> = process.env
): Result.Result<Settings, ReadonlyArray<Catalogue.Raised>> => {
  const settings: Record<string, number | string> = { ...defaults() }
  const problems: Array<Catalogue.Raised> = []
  for (const [key, v] of Object.entries(variables)) {
    const text = env[v.name]
    if (text === undefined) continue
    const value = parse(v.expected, text)
    if (value === undefined)
      problems.push(Codes.configInvalid.raise({ name: v.name, given: text, expected: v.expected }))
    else settings[key] = value
  }
  const s = settings as unknown as Settings
  // Node refuses a headers timeout longer than the request's: say so in our words, naming both
  if (problems.length === 0 && s.headersTimeoutMs > s.requestTimeoutMs)
    problems.push(
      Codes.configInvalid.raise({
        name: variables.headersTimeoutMs.name,
        given: String(s.headersTimeoutMs),
        expected: "headers-within-request"
      })
    )
  // V8 cannot stop JSON.parse midway: a worker whose heap ends while it parses ends the process,
  // not the worker. Parsing takes up to about 25 times the text (3.5 million `{}` in 10 MB: 224
  // MB), so the heap is at least 32 times the largest body, and the modules' own (~64 MB)
  const minimum = minimumWorkerMemoryMb(s.maxBodyBytes)
  if (problems.length === 0 && s.workerMemoryMb < minimum)
    problems.push(
      Codes.configInvalid.raise({
        name: variables.workerMemoryMb.name,
        given: String(s.workerMemoryMb),
        expected: "memory-for-body",
        minimum
      })
    )
  return problems.length > 0 ? Result.fail(problems) : Result.succeed(s)
}

/** The least heap of a worker, in MB, for bodies of `maxBodyBytes` (see `read`). */
export const minimumWorkerMemoryMb = (maxBodyBytes: number): number => 32 * Math.ceil(maxBodyBytes / 2 ** 20) + 64
