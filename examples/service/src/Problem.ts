// A problem with a request itself, and the answer that says so: a status and a body in the shape
// of a validation report's issue (code, severity, clause, path, message), so that a client reads
// every refusal the same way, whichever part of the service gave it.
import type { Catalogue } from "@accord-jeunes/domain"

export type Lang = "fr" | "en"

/** The statuses a request problem is answered with. */
export type Status = 400 | 404 | 405 | 408 | 413 | 415 | 422 | 429 | 431 | 500 | 503

/**
 * A problem with the request itself, answered with a 4xx or 5xx and a report-shaped body: a code
 * of the catalogue (the service's own, or the engine's for a period it refuses) and, for a query
 * parameter, its name as `path`; `headers` are those the answer needs (`Allow`, `Retry-After`).
 */
export class RequestProblem {
  readonly status: Status
  readonly raised: Catalogue.Raised
  readonly path: string | undefined
  readonly headers: Readonly<Record<string, string>>
  constructor(status: Status, raised: Catalogue.Raised, path?: string, headers: Readonly<Record<string, string>> = {}) {
    this.status = status
    this.raised = raised
    this.path = path
    this.headers = headers
  }
}

/** The body of a problem's answer, in the language asked for. */
export const problemBody = (p: RequestProblem, lang: Lang) => ({
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

/**
 * A whole HTTP/1.1 answer for a problem, as bytes to write on a socket that no request handler
 * owns (a connection refused, a request Node cut before a handler saw it): the service's
 * language by default, since no request says which one was asked for.
 */
export const rawAnswer = (p: RequestProblem, reason: string): string => {
  const body = JSON.stringify(problemBody(p, "fr"))
  const headers = Object.entries(p.headers).map(([k, v]) => `${k}: ${v}\r\n`)
  return (
    `HTTP/1.1 ${p.status} ${reason}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\n${headers.join("")}Connection: close\r\n\r\n${body}`
  )
}
