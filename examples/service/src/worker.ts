// A worker thread of the pool (src/Pool.ts): it assembles the same agreement as the service (from
// the same project file, by the same assembly), then answers the routes with a body, one job at a
// time, off the service's event loop. What it answers is the JSON text itself, so the service only
// writes it out; the codes it raised go back too, for the test suite's record of codes raised.
import { parentPort, workerData } from "node:worker_threads"
import { Catalogue } from "@accord-jeunes/domain"
import * as Result from "effect/Result"
import { type Agreement, fingerprint, founding, load } from "./agreement.ts"
import type { Reading } from "./Body.ts"
import * as Codes from "./Codes.ts"
import { type Lang, problemBody, RequestProblem } from "./Problem.ts"
import { routes } from "./routes.ts"

/** What the pool sends for one request. */
export interface Job {
  readonly id: number
  readonly path: string
  readonly query: string
  readonly reading: Reading
  readonly body: ArrayBuffer
  readonly lang: Lang
  /** The service's clock, read when the request came in (ms since the epoch). */
  readonly now: number
}

/** What the worker answers. */
export interface Reply {
  readonly id: number
  readonly status: number
  /** The answer's body, as JSON text. */
  readonly json: string
  /** The codes raised for the first time in this worker. */
  readonly raised: ReadonlyArray<string>
}

/** What the worker is started with: where the service's agreement came from. */
export interface Data {
  readonly config: string | undefined
  readonly cwd: string
}

const port = parentPort
if (port === null) throw new Error("src/worker.ts runs as a worker thread")
const data = workerData as Data

const loaded: Result.Result<Agreement, unknown> =
  data.config === undefined ? Result.succeed(founding()) : await load({ ACCORD_JEUNES_CONFIG: data.config }, data.cwd)
if (Result.isFailure(loaded)) {
  port.postMessage({ type: "failed", reason: `the project file ${data.config} no longer assembles` })
} else {
  let now = Date.now()
  const table = routes(loaded.success, () => new Date(now))
  const sent = new Set<string>()
  const fresh = () => [...Catalogue.raisedCodes()].filter((c) => !sent.has(c) && sent.add(c))
  port.on("message", (job: Job) => {
    now = job.now
    let status: number
    let json: string
    try {
      const route = table.find((r) => r.path === job.path)
      if (route === undefined) throw new Error(`no route ${job.path} in the worker`)
      const reply = route.handle({
        query: new URLSearchParams(job.query),
        reading: job.reading,
        body: new Uint8Array(job.body),
        lang: job.lang
      })
      status = reply.status
      json = JSON.stringify(reply.body)
    } catch (e) {
      const problem = e instanceof RequestProblem ? e : new RequestProblem(500, Codes.serverError.raise({}))
      status = problem.status
      json = JSON.stringify(problemBody(problem, job.lang))
    }
    const reply: Reply = { id: job.id, status, json, raised: fresh() }
    port.postMessage(reply)
  })
  port.postMessage({ type: "ready", fingerprint: fingerprint(loaded.success) })
}
