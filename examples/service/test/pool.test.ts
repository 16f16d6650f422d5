// The pool of worker threads on its own, with a worker made for it (fixtures/hog-worker.ts): jobs
// answered, a worker out of its heap or past its time stopped and replaced, a full pool refusing
// at once, a job waiting too long dropped, a worker that loaded something else not used, and
// workers replaced once idle (to give their memory back).
import { afterEach, describe, expect, it } from "vitest"
import * as Pool from "../src/Pool.ts"

type Answer = { readonly id: number; readonly answer: number }
const pools: Array<Pool.Pool<Answer>> = []
const make = (options: Partial<Pool.Options> = {}) => {
  const pool = Pool.make<Answer>({
    file: new URL("./fixtures/hog-worker.ts", import.meta.url),
    workerData: undefined,
    size: 1,
    queueSize: 1,
    timeLimitMs: 10_000,
    memoryMb: 16,
    fingerprint: "hog",
    ...options
  })
  pools.push(pool)
  return pool
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()))
})

const run = (pool: Pool.Pool<Answer>, what: "answer" | "hog" | "spin") =>
  new Promise<Pool.Outcome<Answer>>((resolve, reject) => {
    const ticket = pool.reserve()
    if (ticket === undefined) return reject(new Error("no place"))
    ticket.run({ what }, [], resolve)
  })
const until = async (pool: Pool.Pool<Answer>, ok: (s: Pool.Stats) => boolean) => {
  while (!ok(pool.stats())) await new Promise((r) => setTimeout(r, 10))
  return pool.stats()
}

describe("the pool of workers", () => {
  it("answers jobs once its workers are ready", async () => {
    const pool = make()
    await pool.ready
    expect(await run(pool, "answer")).toMatchObject({ _tag: "Done", reply: { answer: 42 } })
    expect(pool.stats()).toMatchObject({ workers: 1, busy: 0, queued: 0, held: 0, restarts: 0 })
  })

  it("ends a worker that runs out of its heap (MemoryLimit), and a fresh one serves the next job", async () => {
    const pool = make()
    await pool.ready
    expect(await run(pool, "hog")).toEqual({ _tag: "MemoryLimit" })
    await until(pool, (s) => s.restarts === 1 && s.workers === 1)
    expect(await run(pool, "answer")).toMatchObject({ _tag: "Done" })
  })

  it("stops a worker past its time limit (TimeLimit) and replaces it", async () => {
    const pool = make({ timeLimitMs: 100 })
    await pool.ready
    expect(await run(pool, "spin")).toEqual({ _tag: "TimeLimit" })
    await until(pool, (s) => s.restarts === 1 && s.workers === 1)
    expect(await run(pool, "answer")).toMatchObject({ _tag: "Done" })
  })

  it("refuses a place when the workers and the queue are full, and gives places back", async () => {
    const pool = make({ queueSize: 1 })
    await pool.ready
    const a = pool.reserve()
    const b = pool.reserve()
    expect(a).toBeDefined()
    expect(b).toBeDefined()
    expect(pool.reserve()).toBeUndefined()
    expect(pool.retryAfter()).toBeGreaterThanOrEqual(1)
    a?.release()
    b?.release()
    expect(pool.stats().held).toBe(0)
    expect(pool.reserve()).toBeDefined()
  })

  it("drops a job that waits for a worker longer than the time limit (Waited), and a job its client left", async () => {
    const pool = make({ timeLimitMs: 200, queueSize: 2 })
    await pool.ready
    const spinning = run(pool, "spin")
    expect(await run(pool, "answer")).toEqual({ _tag: "Waited" })
    expect(await spinning).toEqual({ _tag: "TimeLimit" })
    await until(pool, (s) => s.workers === 1)
    // a client that leaves while its job waits gives its place back at once
    const blocker = run(pool, "spin")
    const ticket = pool.reserve()
    let told = false
    const cancel = ticket?.run({ what: "answer" }, [], () => {
      told = true
    })
    expect(pool.stats()).toMatchObject({ queued: 1, held: 2 })
    cancel?.()
    expect(pool.stats()).toMatchObject({ queued: 0, held: 1 })
    expect(told).toBe(false)
    await blocker
  })

  it("does not use a worker that loaded something else than the service (a project file edited since)", async () => {
    let reason = ""
    const pool = make({
      fingerprint: "another agreement",
      onBroken: (r) => {
        reason = r
      }
    })
    await expect(pool.ready).rejects.toThrow(/another agreement/u)
    expect(reason).toContain("hog")
    expect(await new Promise((resolve) => pool.reserve()?.run({ what: "answer" }, [], resolve))).toEqual({
      _tag: "Failed"
    })
  })

  it("replaces, once idle, the workers that have worked, one at a time, to give their memory back", async () => {
    const pool = make({ size: 2, recycleAfterMs: 20 })
    await pool.ready
    await Promise.all([run(pool, "answer"), run(pool, "answer"), run(pool, "answer")])
    const after = await until(pool, (s) => s.recycled >= 1 && s.workers === 2)
    expect(after.restarts).toBe(0)
    // a worker that has done nothing since is not replaced again and again
    const settled = await until(pool, (s) => s.recycled === 2 && s.workers === 2)
    await new Promise((r) => setTimeout(r, 100))
    expect(pool.stats().recycled).toBe(settled.recycled)
  })
})
