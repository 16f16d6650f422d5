// Worker threads that validate bodies off the event loop, so that no body, however costly, keeps
// the service from answering others (or /health). The work a request may cause is bounded four
// ways: a fixed number of workers, a bounded queue (beyond it a request is refused at once, before
// its body is read), a time limit on each job (a worker that overruns is terminated and replaced)
// and a heap limit on each worker (a body that needs more memory ends its worker, not the service).
import { Worker } from "node:worker_threads"

/** What became of a job. */
export type Outcome<R> =
  | { readonly _tag: "Done"; readonly reply: R }
  /** It waited for a worker longer than the time limit. */
  | { readonly _tag: "Waited" }
  /** Its worker ran longer than the time limit: terminated. */
  | { readonly _tag: "TimeLimit" }
  /** Its worker ran out of its heap: ended. */
  | { readonly _tag: "MemoryLimit" }
  /** Its worker failed otherwise (a bug), or no worker could load. */
  | { readonly _tag: "Failed" }

/** The pool's settings. */
export interface Options {
  /** The worker's module. */
  readonly file: URL
  readonly workerData: unknown
  readonly size: number
  /** Jobs held beyond those running: reserved, being read, or waiting for a worker. */
  readonly queueSize: number
  readonly timeLimitMs: number
  /** Old-generation heap of each worker, in MB. */
  readonly memoryMb: number
  /**
   * What a worker must say it serves once loaded (its `ready` message's `fingerprint`): a worker
   * that loaded something else (a project file edited since start-up) is not used.
   */
  readonly fingerprint: string
  /**
   * After this long with no job, a worker that has worked is replaced by a fresh one, one at a
   * time: V8 keeps the heap a burst grew, and only ending the worker gives that memory back.
   */
  readonly recycleAfterMs?: number
  /** Told why the pool cannot work, once. */
  readonly onBroken?: (reason: string) => void
}

/** A place in the pool, held from before a body is read until its job is done or dropped. */
export interface Ticket<R> {
  /** Runs a job; `done` is called once, unless `cancel` (returned) is called first. */
  readonly run: (message: object, transfer: ReadonlyArray<ArrayBuffer>, done: (o: Outcome<R>) => void) => () => void
  /** Gives the place back without running anything. */
  readonly release: () => void
}

/** What the pool is doing (for /health and the bench). */
export interface Stats {
  readonly workers: number
  readonly busy: number
  readonly queued: number
  readonly held: number
  readonly capacity: number
  /** Workers replaced since start (stopped on a time limit, out of memory, failed). */
  readonly restarts: number
  /** Workers replaced since start because the pool was idle, to give their memory back. */
  readonly recycled: number
  /** No worker can load any more (the project file is gone or changed): nothing is validated. */
  readonly broken: boolean
}

interface Job<R> {
  readonly id: number
  readonly message: object
  readonly transfer: ReadonlyArray<ArrayBuffer>
  done: ((o: Outcome<R>) => void) | undefined
  readonly release: () => void
  timer: NodeJS.Timeout | undefined
  started?: number
}

interface Slot<R> {
  worker: Worker
  ready: boolean
  job: Job<R> | undefined
  /** Jobs done since it started. */
  jobs: number
  /** Ended on purpose (recycled): its exit is no failure. */
  retiring: boolean
}

/**
 * Starts a pool; `ready` resolves once every worker has loaded (or rejects with why none can).
 * Workers answer `{ type: "ready", fingerprint }` once, then `{ id, ...reply }` per job.
 */
export const make = <R>(options: Options) => {
  const slots: Array<Slot<R>> = []
  const queue: Array<Job<R>> = []
  const capacity = options.size + options.queueSize
  let held = 0
  let nextId = 1
  let closing = false
  let broken: string | undefined
  // the time a job takes, smoothed: what Retry-After is worked out from
  let averageMs = 50
  let readyCount = 0
  let restarts = 0
  let recycled = 0
  let idleTimer: NodeJS.Timeout | undefined
  let onReady: { resolve: () => void; reject: (e: Error) => void } | undefined
  const ready = new Promise<void>((resolve, reject) => {
    onReady = { resolve, reject }
  })

  const finish = (job: Job<R>, outcome: Outcome<R>) => {
    if (job.timer !== undefined) clearTimeout(job.timer)
    job.timer = undefined
    const done = job.done
    job.done = undefined
    job.release()
    done?.(outcome)
  }

  const breakDown = (reason: string) => {
    if (broken !== undefined) return
    broken = reason
    options.onBroken?.(reason)
    onReady?.reject(new Error(reason))
    for (const job of queue.splice(0)) finish(job, { _tag: "Failed" })
  }

  // a worker on its way out takes no more jobs
  const retire = (slot: Slot<R>) => {
    if (slot.ready) readyCount--
    slot.ready = false
  }

  const spawn = (): Slot<R> => {
    const worker = new Worker(options.file, {
      workerData: options.workerData,
      // a young generation of 32 MB: V8's default grows larger per worker under load and keeps
      // it (some 100 MB more resident for two workers); 32 MB costs no throughput measured
      // (bench/load.ts), 16 MB doubles the time spent collecting garbage
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, maxYoungGenerationSizeMb: 32 }
    })
    const slot: Slot<R> = { worker, ready: false, job: undefined, jobs: 0, retiring: false }
    worker.on("message", (m: { readonly type?: string; readonly id?: number; readonly fingerprint?: string }) => {
      if (m.type === "ready") {
        if (m.fingerprint !== options.fingerprint) {
          breakDown(
            `a worker loaded another agreement than the service's: ${m.fingerprint} (expected ${options.fingerprint})`
          )
          void worker.terminate()
          return
        }
        slot.ready = true
        readyCount++
        if (readyCount === options.size) onReady?.resolve()
        pump()
        return
      }
      if (m.type === "failed") {
        breakDown(String((m as { readonly reason?: unknown }).reason))
        return
      }
      const job = slot.job
      if (job === undefined || m.id !== job.id) return
      slot.job = undefined
      slot.jobs++
      if (job.started !== undefined) averageMs = 0.8 * averageMs + 0.2 * (performance.now() - job.started)
      finish(job, { _tag: "Done", reply: m as R })
      pump()
    })
    worker.on("error", (e: Error & { readonly code?: string }) => {
      const job = slot.job
      const loaded = slot.ready || slot.jobs > 0
      slot.job = undefined
      retire(slot)
      if (job !== undefined)
        finish(job, e.code === "ERR_WORKER_OUT_OF_MEMORY" ? { _tag: "MemoryLimit" } : { _tag: "Failed" })
      else if (!loaded) breakDown(`a worker failed to load: ${e.message}`)
    })
    worker.on("exit", () => {
      const job = slot.job
      slot.job = undefined
      if (job !== undefined) finish(job, { _tag: "Failed" })
      if (closing || broken !== undefined) return
      // a worker ended (terminated on a time limit, out of memory): another takes its place
      const i = slots.indexOf(slot)
      if (i < 0) return
      retire(slot)
      if (slot.retiring) recycled++
      else restarts++
      slots[i] = spawn()
    })
    return slot
  }

  // once the pool has been idle a while, the first worker that has worked is replaced; when its
  // successor is ready (and the pool still idle), the next
  const recycleWhenIdle = () => {
    if (idleTimer !== undefined) clearTimeout(idleTimer)
    idleTimer = undefined
    if (options.recycleAfterMs === undefined || closing || broken !== undefined) return
    if (queue.length > 0 || slots.some((s) => s.job !== undefined || !s.ready)) return
    const worn = slots.find((s) => s.jobs > 0)
    if (worn === undefined) return
    idleTimer = setTimeout(() => {
      idleTimer = undefined
      if (queue.length > 0 || slots.some((s) => s.job !== undefined || !s.ready) || closing) return
      worn.retiring = true
      retire(worn)
      void worn.worker.terminate()
    }, options.recycleAfterMs)
    idleTimer.unref()
  }

  const pump = () => {
    if (queue.length > 0 && idleTimer !== undefined) {
      clearTimeout(idleTimer)
      idleTimer = undefined
    }
    for (const slot of slots) {
      if (queue.length === 0) break
      if (!slot.ready || slot.job !== undefined) continue
      const job = queue.shift() as Job<R>
      if (job.timer !== undefined) clearTimeout(job.timer)
      slot.job = job
      job.started = performance.now()
      job.timer = setTimeout(() => {
        // the job overran: its worker is stopped mid-work and replaced (on "exit")
        slot.job = undefined
        retire(slot)
        finish(job, { _tag: "TimeLimit" })
        void slot.worker.terminate()
      }, options.timeLimitMs)
      try {
        slot.worker.postMessage({ ...job.message, id: job.id }, [...job.transfer])
      } catch {
        // a buffer Node shares between requests cannot move to another thread: it is copied
        slot.worker.postMessage({ ...job.message, id: job.id })
      }
    }
    recycleWhenIdle()
  }

  for (let i = 0; i < options.size; i++) slots.push(spawn())

  return {
    /** Resolves once every worker has loaded the agreement. */
    ready,
    /** A place for a request, or none when the pool and its queue are full. */
    reserve: (): Ticket<R> | undefined => {
      if (held >= capacity) return undefined
      held++
      let released = false
      const release = () => {
        if (!released) held--
        released = true
      }
      return {
        release,
        run: (message, transfer, done) => {
          const job: Job<R> = { id: nextId++, message, transfer, done, release, timer: undefined }
          if (broken !== undefined) {
            finish(job, { _tag: "Failed" })
            return () => {}
          }
          job.timer = setTimeout(() => {
            const i = queue.indexOf(job)
            if (i >= 0) queue.splice(i, 1)
            finish(job, { _tag: "Waited" })
          }, options.timeLimitMs)
          queue.push(job)
          pump()
          return () => {
            // the client left: a job still waiting is dropped; one running finishes unheard (its
            // worker stays busy until then, so its place is given back only then)
            job.done = undefined
            const i = queue.indexOf(job)
            if (i >= 0) {
              queue.splice(i, 1)
              finish(job, { _tag: "Failed" })
            }
          }
        }
      }
    },
    /** Seconds after which a request refused for lack of room has a fair chance. */
    retryAfter: (): number =>
      Math.min(60, Math.max(1, Math.ceil(((queue.length + 1) * averageMs) / options.size / 1000))),
    stats: (): Stats => ({
      workers: slots.filter((s) => s.ready).length,
      busy: slots.filter((s) => s.job !== undefined).length,
      queued: queue.length,
      held,
      capacity,
      restarts,
      recycled,
      broken: broken !== undefined
    }),
    /** Stops every worker; jobs waiting are answered `Failed`. */
    close: async (): Promise<void> => {
      closing = true
      if (idleTimer !== undefined) clearTimeout(idleTimer)
      for (const job of queue.splice(0)) finish(job, { _tag: "Failed" })
      await Promise.all(slots.map((s) => s.worker.terminate()))
    }
  }
}

/** A pool, as `make` returns it. */
export type Pool<R> = ReturnType<typeof make<R>>
