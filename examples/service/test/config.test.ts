// The service's settings are checked at start-up: a value it does not understand stops it, named,
// in French and English, instead of making every request fail later (MAX_BODY_BYTES=abc made
// every POST a 500).
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Result from "effect/Result"
import { afterAll, describe, expect, it } from "vitest"
import * as Config from "../src/Config.ts"
import { launch } from "./support.ts"

const empty = mkdtempSync(join(tmpdir(), "accord-jeunes-service-config-"))
afterAll(() => rmSync(empty, { recursive: true, force: true }))

const problems = (env: Record<string, string>) => {
  const r = Config.read(env)
  if (Result.isSuccess(r)) throw new Error("expected a refusal")
  return r.failure.map((p) => ({ code: p.code, fr: p.message.fr, en: p.message.en }))
}

describe("settings from the environment", () => {
  it("gives the defaults when nothing is set: a pool the machine's size, bounded requests", () => {
    const r = Config.read({})
    expect(Result.isSuccess(r)).toBe(true)
    if (Result.isFailure(r)) return
    expect(r.success).toEqual(Config.defaults())
    expect(r.success.poolSize).toBeGreaterThanOrEqual(1)
    expect(r.success.requestTimeoutMs).toBeLessThan(300_000)
    expect(r.success.workerMemoryMb).toBeGreaterThanOrEqual(Config.minimumWorkerMemoryMb(r.success.maxBodyBytes))
  })

  it("reads every variable given", () => {
    const r = Config.read({
      PORT: "0",
      HOST: "::1",
      MAX_BODY_BYTES: "1048576",
      POOL_SIZE: "3",
      QUEUE_SIZE: "5",
      TIME_LIMIT_MS: "2000",
      WORKER_MEMORY_MB: "200",
      HEADERS_TIMEOUT_MS: "1000",
      REQUEST_TIMEOUT_MS: "5000",
      KEEP_ALIVE_TIMEOUT_MS: "3000",
      MAX_CONNECTIONS: "10",
      MAX_CLIENT_REQUESTS: "2"
    })
    expect(Result.getOrThrow(r)).toEqual({
      port: 0,
      host: "::1",
      maxBodyBytes: 1_048_576,
      poolSize: 3,
      queueSize: 5,
      timeLimitMs: 2000,
      workerMemoryMb: 200,
      headersTimeoutMs: 1000,
      requestTimeoutMs: 5000,
      keepAliveTimeoutMs: 3000,
      maxConnections: 10,
      maxClientRequests: 2
    })
  })

  it("refuses every value it does not understand, naming each variable and what it expects", () => {
    const all = problems({
      MAX_BODY_BYTES: "abc",
      PORT: "70000",
      POOL_SIZE: "0",
      TIME_LIMIT_MS: "1e3",
      HOST: "http://x",
      QUEUE_SIZE: " 8"
    })
    expect(all.map((p) => p.code)).toEqual(Array(6).fill("config.invalid"))
    const text = all.map((p) => p.en).join("\n")
    for (const name of ["MAX_BODY_BYTES=abc", "PORT=70000", "POOL_SIZE=0", "TIME_LIMIT_MS=1e3", "HOST=http://x"])
      expect(text).toContain(name)
    expect(all.find((p) => p.en.startsWith("MAX_BODY_BYTES"))?.fr).toBe(
      "MAX_BODY_BYTES=abc : un nombre entier d'octets ≥ 1 attendu"
    )
  })

  it("refuses a headers timeout longer than the request's, and a worker heap too small for the bodies", () => {
    expect(problems({ HEADERS_TIMEOUT_MS: "9000", REQUEST_TIMEOUT_MS: "5000" })[0]?.en).toMatch(
      /^HEADERS_TIMEOUT_MS=9000: at most the duration of REQUEST_TIMEOUT_MS/u
    )
    expect(problems({ WORKER_MEMORY_MB: "100" })[0]?.en).toMatch(/^WORKER_MEMORY_MB=100: at least 384 MB expected/u)
  })
})

describe("start-up", () => {
  it("refuses to start on MAX_BODY_BYTES=abc: exit code 1, the variable named in French and English", async () => {
    const r = await launch({ cwd: empty, env: { MAX_BODY_BYTES: "abc" } })
    if (r._tag === "Listening") {
      await r.stop()
      throw new Error("the service started")
    }
    expect(r.code).toBe(1)
    expect(r.stdout).not.toContain("service on")
    expect(r.stderr).toContain("Le service ne démarre pas")
    expect(r.stderr).toContain("The service does not start")
    expect(r.stderr).toContain("MAX_BODY_BYTES=abc : un nombre entier d'octets ≥ 1 attendu")
    expect(r.stderr).toContain("MAX_BODY_BYTES=abc: a whole number of bytes ≥ 1 expected")
  }, 30_000)
})
