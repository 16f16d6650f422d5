// Bounded work per request (issue #13, 2): bodies are validated off the event loop, each within a
// time and a memory limit; the requests waiting, those of one client, the connections and the time
// to send a request are capped, and /health answers throughout. Every test is on loopback, with
// small limits so that it is quick, and each bounds itself (answers are awaited, never slept on).
import { Agent } from "node:http"
import { Examples } from "@accord-jeunes/domain/testing"
import * as Effect from "effect/Effect"
import type { HttpServerRequest } from "effect/http"
import { afterAll, describe, expect, it } from "vitest"
import { founding } from "../src/agreement.ts"
import { defaults } from "../src/Config.ts"
import type { Outcome } from "../src/Pool.ts"
import { type Route, routes } from "../src/routes.ts"
import { type Context, handler } from "../src/server.ts"
import type { Reply } from "../src/worker.ts"
import { raw, request, start } from "./support.ts"

const services: Array<Awaited<ReturnType<typeof start>>> = []
const serve = async (options: Parameters<typeof start>[0]) => {
  const s = await start(options)
  services.push(s)
  return s
}
afterAll(() => Promise.all(services.map((s) => s.stop())))

const record = JSON.stringify(Examples.participant)
// one action with two million company numbers, none valid: 8 MB the issue measured at 9.7 s of a
// blocked event loop and 2.2 GB
const pathological = () => {
  const action = JSON.stringify({ ...Examples.action, companies: ["§"] })
  return `${action.replace('["§"]', `[${Array.from({ length: 2_000_000 }, () => '"1"').join(",")}]`)}\n`
}
const ndjson = [["content-type", "application/x-ndjson"]] as const
const health = async (url: string) => {
  const r = await request(`${url}/health`)
  return {
    status: r.status,
    body: JSON.parse(r.body) as { pool: { busy: number; workers: number; restarts: number } }
  }
}
const issue = (body: string) => (JSON.parse(body) as { issues: ReadonlyArray<{ code: string }> }).issues[0]

describe("bodies validated off the event loop", () => {
  it("answers /health while an 8 MB pathological body is validated, and answers that body within its limits", async () => {
    const s = await serve({ poolSize: 1, timeLimitMs: 5_000 })
    const body = pathological()
    expect(body.length).toBeGreaterThan(8_000_000)
    let answered = false
    const validation = request(`${s.url}/v1/validate`, { method: "POST", headers: ndjson, body }).finally(() => {
      answered = true
    })
    // /health answers while the worker is busy with that body
    let duringWork = 0
    while (!answered) {
      const h = await health(s.url)
      expect(h.status).toBe(200)
      if (h.body.pool.busy === 1) duringWork++
    }
    expect(duringWork).toBeGreaterThan(0)
    const r = await validation
    // a verdict (the record refused, its issues bounded) or a limit named: never a hang or a 500
    expect([422, 503]).toContain(r.status)
    expect(["body.time-limit", "body.memory-limit", undefined]).toContain(
      r.status === 503 ? issue(r.body)?.code : undefined
    )
    expect((await health(s.url)).status).toBe(200)
  }, 60_000)

  it("stops a validation that overruns its time limit, answers 503 body.time-limit, and replaces the worker", async () => {
    // 1 ms: no body of megabytes is read that fast
    const s = await serve({ poolSize: 1, timeLimitMs: 1 })
    const body = `${record}\n`.repeat(20_000)
    const r = await request(`${s.url}/v1/validate?lang=en`, { method: "POST", headers: ndjson, body })
    expect(r.status).toBe(503)
    expect(issue(r.body)).toMatchObject({ code: "body.time-limit" })
    expect(r.headers["retry-after"]).toBeUndefined()
    // a fresh worker takes the place of the one stopped
    let pool = (await health(s.url)).body.pool
    while (pool.restarts < 1 || pool.workers < 1) pool = (await health(s.url)).body.pool
    expect(pool).toMatchObject({ restarts: 1, workers: 1, busy: 0 })
  }, 30_000)

  it("answers a body whose worker ran out of its heap with 503 body.memory-limit (the pool ends and replaces that worker: pool.test.ts)", async () => {
    // V8 cannot stop JSON.parse midway: a heap too small for the bodies accepted would end the
    // process, not the worker, so a real service is never configured so (Config.ts); the pool's
    // handling is tested with a worker that allocates in a loop, this is the answer
    const route = routes(founding()).find((r) => r.path === "/v1/validate") as Route
    const pool = {
      reserve: () => ({
        release: () => {},
        run: (_m: object, _t: ReadonlyArray<ArrayBuffer>, done: (o: Outcome<Reply>) => void) => {
          done({ _tag: "MemoryLimit" })
          return () => {}
        }
      }),
      retryAfter: () => 1
    } as unknown as Context["pool"]
    const posted = {
      url: "/v1/validate?lang=en",
      headers: { "content-type": "application/x-ndjson" },
      source: { rawHeaders: ["Content-Type", "application/x-ndjson"] },
      arrayBuffer: Effect.succeed(new TextEncoder().encode(`${record}\n`).buffer)
    } as unknown as HttpServerRequest.HttpServerRequest
    const response = await Effect.runPromise(
      handler(route, { settings: { ...defaults(), workerMemoryMb: 384 }, pool, now: () => new Date() })(posted)
    )
    expect(response.status).toBe(503)
    const body = JSON.parse(new TextDecoder().decode((response.body as { body: Uint8Array }).body))
    expect(body.issues[0]).toMatchObject({ code: "body.memory-limit" })
    expect(body.issues[0].message).toContain("384 MB")
  })
})

describe("bounded requests", () => {
  it("serves 200 concurrent clients: some answered 503 with Retry-After, none hangs, /health answers", async () => {
    const s = await serve({ poolSize: 1, queueSize: 4, maxClientRequests: 1_000, maxConnections: 1_000 })
    const agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY })
    const body = `${record}\n`.repeat(200)
    const answers = Promise.all(
      Array.from({ length: 200 }, () =>
        request(`${s.url}/v1/validate`, { method: "POST", headers: ndjson, body, agent })
      )
    )
    const during = await health(s.url)
    const all = await answers
    expect(during.status).toBe(200)
    const statuses = new Set(all.map((a) => a.status))
    expect([...statuses].every((st) => st === 200 || st === 503)).toBe(true)
    const busy = all.filter((a) => a.status === 503)
    expect(busy.length).toBeGreaterThan(0)
    expect(all.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(5)
    for (const b of busy) {
      expect(Number(b.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect(issue(b.body)).toMatchObject({ code: "server.busy" })
    }
    agent.destroy()
    expect((await health(s.url)).body.pool).toMatchObject({ busy: 0, queued: 0 })
  }, 60_000)

  it("caps the requests in progress per client address with 429 and Retry-After", async () => {
    const s = await serve({ poolSize: 1, maxClientRequests: 2, requestTimeoutMs: 2_000, headersTimeoutMs: 1_000 })
    const head = `POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: ${record.length}\r\n\r\n`
    // two requests in progress: their bodies come slowly (and are cut by the request timeout)
    const slow = [0, 1].map(() => raw(s.url, [head, record.slice(0, 5), record.slice(5, 10)], 1_500))
    let third = await request(`${s.url}/v1/agreement?lang=en`)
    // the two slow ones may still be connecting: ask until they are both in progress
    while (third.status !== 429) {
      await new Promise((r) => setTimeout(r, 20))
      third = await request(`${s.url}/v1/agreement?lang=en`)
    }
    expect(third.headers["retry-after"]).toBe("1")
    expect(issue(third.body)).toMatchObject({ code: "client.too-many-requests" })
    // /health is never limited
    expect((await health(s.url)).status).toBe(200)
    for (const r of await Promise.all(slow)) expect(r.status).toBe(408)
    // once the server has seen them closed, their places are given back
    let after = await request(`${s.url}/v1/agreement`)
    while (after.status === 429) after = await request(`${s.url}/v1/agreement`)
    expect(after.status).toBe(200)
  }, 30_000)

  it("cuts a trickled body at the request timeout with a 408 in JSON, and a silent connection at the headers timeout", async () => {
    const s = await serve({ poolSize: 1, requestTimeoutMs: 1_000, headersTimeoutMs: 500 })
    const head = `POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: ${record.length}\r\n\r\n`
    // one byte every 100 ms: the whole body would take minutes
    const trickled = await raw(s.url, [head, ...record.split("")], 100)
    expect(trickled.status).toBe(408)
    expect(trickled.sent).toBeLessThan(record.length)
    expect(JSON.parse(trickled.body).issues[0]).toMatchObject({ code: "request.timeout" })
    expect(JSON.parse(trickled.body).issues[0].message).toContain("1 s")
    const silent = await raw(s.url, [])
    expect(silent.status).toBe(408)
    expect(JSON.parse(silent.body).issues[0].message).toContain("0,5 s")
  }, 30_000)

  it("answers connections beyond the cap with 503 and Retry-After, and closes them", async () => {
    const s = await serve({ poolSize: 1, maxConnections: 3, keepAliveTimeoutMs: 500 })
    const open = [0, 1, 2].map(() => raw(s.url, ["GET /health HTTP/1.1\r\nHost: x\r\n\r\n"]))
    // the fourth connection, while three are open (kept alive after their answer)
    let fourth = await raw(s.url, ["GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"])
    while (fourth.status !== 503)
      fourth = await raw(s.url, ["GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"])
    expect(fourth.headers["retry-after"]).toBe("1")
    expect(JSON.parse(fourth.body).issues[0]).toMatchObject({ code: "server.busy" })
    // the kept-alive three end at the keep-alive timeout; then a connection is served again
    for (const r of await Promise.all(open)) expect(r.status).toBe(200)
    expect((await health(s.url)).status).toBe(200)
  }, 30_000)
})
