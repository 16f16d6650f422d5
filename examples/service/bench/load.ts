// pnpm bench:service: a load test of the service on loopback. It starts `node src/main.ts` in a
// child process, posts a 1 000-record NDJSON body to /v1/validate from 1, 8 and 64 clients (each a
// keep-alive connection sending one request after another) for a bounded time per level, probes
// /health every 50 ms meanwhile, and prints requests/s, latencies (p50, p99), /health's latency
// under that load, and the service's resident memory before, during and some time after.
// Options: --seconds N per level (10), --wait N seconds after the load before the last memory
// reading (30), --levels 1,8,64. Every client, timer and child process stops by itself.
import { spawn } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import { Agent, request } from "node:http"
import { availableParallelism, cpus, totalmem } from "node:os"
import { fileURLToPath } from "node:url"

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const seconds = Number(arg("--seconds", "10"))
const wait = Number(arg("--wait", "30"))
const levels = arg("--levels", "1,8,64").split(",").map(Number)

// the first 1 000 records of the demo's synthetic sample: actions, participants, participations,
// outcomes, as a mission locale would send them
const sample = readFileSync(new URL("../../demo/data/synthetic-sample.ndjson", import.meta.url), "utf8")
const body = `${sample.split("\n").slice(0, 1000).join("\n")}\n`

// the bench's clients all come from 127.0.0.1, where in service they would come from as many
// addresses: the cap per address is lifted so that the figures are those of the pool
const { ACCORD_JEUNES_CONFIG: _none, ...inherited } = process.env
const env = { ...inherited, PORT: "0", HOST: "127.0.0.1", MAX_CLIENT_REQUESTS: "10000" }
const child = spawn(process.execPath, [fileURLToPath(new URL("../src/main.ts", import.meta.url))], {
  env,
  stdio: ["ignore", "pipe", "inherit"]
})
const stop = () => {
  if (child.exitCode === null) child.kill("SIGTERM")
}
process.once("exit", stop)
const url = await new Promise<string>((resolve, reject) => {
  let out = ""
  const timer = setTimeout(() => reject(new Error("the service did not start within 30 s")), 30_000)
  child.stdout.setEncoding("utf8").on("data", (c: string) => {
    out += c
    const m = /service on (http:\/\/\S+)/u.exec(out)
    if (m?.[1] !== undefined) {
      clearTimeout(timer)
      resolve(m[1])
    }
  })
  child.once("exit", (code) => reject(new Error(`the service exited (${code})`)))
})

// resident memory of the service (its worker threads included), in MB
const rss = (): number => {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8")
    return Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0) / 1024
  } catch {
    return Number.NaN
  }
}

// CPU time of the service's threads so far, in ms, by kind: its event loop (MainThread), the
// pool's workers (WorkerThread), V8's helpers (garbage collection, compilation); Linux only
const threads = (): Record<string, number> => {
  const out: Record<string, number> = { main: 0, workers: 0, v8: 0 }
  try {
    for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, "utf8")
      const name = /\((.*)\)/u.exec(stat)?.[1] ?? ""
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      // utime and stime, in clock ticks of 10 ms
      const ms = (Number(fields[11]) + Number(fields[12])) * 10
      const kind = name === "MainThread" ? "main" : name === "WorkerThread" ? "workers" : "v8"
      out[kind] = (out[kind] ?? 0) + ms
    }
  } catch {
    // another system, or a thread that just ended: no figures
  }
  return out
}

const call = (agent: Agent, method: string, path: string, data?: string) =>
  new Promise<{ status: number; ms: number }>((resolve, reject) => {
    const t0 = performance.now()
    const req = request(
      `${url}${path}`,
      {
        method,
        agent,
        headers: data === undefined ? {} : { "content-type": "application/x-ndjson" }
      },
      (res) => {
        res.resume()
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }))
      }
    )
    req.setTimeout(60_000, () => req.destroy(new Error("no answer within 60 s")))
    req.on("error", reject)
    req.end(data)
  })

const percentile = (xs: ReadonlyArray<number>, p: number) => {
  if (xs.length === 0) return Number.NaN
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const level = async (clients: number) => {
  const agent = new Agent({ keepAlive: true, maxSockets: clients })
  const probe = new Agent({ keepAlive: true, maxSockets: 1 })
  const latencies: Array<number> = []
  const health: Array<number> = []
  const statuses = new Map<number, number>()
  let peak = 0
  const cpu0 = threads()
  const own0 = process.cpuUsage()
  const end = performance.now() + seconds * 1000
  const client = async () => {
    while (performance.now() < end) {
      const r = await call(agent, "POST", "/v1/validate", body)
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1)
      if (r.status < 500) latencies.push(r.ms)
      // a refused request waits as it is told (Retry-After), as a polite client does
      else await sleep(1000)
    }
  }
  const prober = async () => {
    while (performance.now() < end) {
      health.push((await call(probe, "GET", "/health")).ms)
      peak = Math.max(peak, rss())
      await sleep(50)
    }
  }
  await Promise.all([...Array.from({ length: clients }, client), prober()])
  agent.destroy()
  probe.destroy()
  const cpu1 = threads()
  const own = process.cpuUsage(own0)
  const perRequest = (ms: number) => Number((ms / Math.max(1, latencies.length)).toFixed(2))
  return {
    clients,
    "requests/s": Math.round(latencies.length / seconds),
    "p50 ms": Math.round(percentile(latencies, 50)),
    "p99 ms": Math.round(percentile(latencies, 99)),
    "/health p50 ms": Number(percentile(health, 50).toFixed(1)),
    "/health p99 ms": Number(percentile(health, 99).toFixed(1)),
    "/health max ms": Number(Math.max(...health).toFixed(1)),
    statuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(" "),
    "RSS peak MB": Math.round(peak),
    "CPU ms/req loop": perRequest((cpu1.main ?? 0) - (cpu0.main ?? 0)),
    "CPU ms/req workers": perRequest((cpu1.workers ?? 0) - (cpu0.workers ?? 0)),
    "CPU ms/req V8 GC": perRequest((cpu1.v8 ?? 0) - (cpu0.v8 ?? 0)),
    "CPU ms/req bench": perRequest((own.user + own.system) / 1000)
  }
}

console.log(
  `accord-jeunes service on ${url}: ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}), ` +
    `${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; body: 1 000 records, ${Math.round(body.length / 1024)} KB NDJSON; ${seconds} s per level`
)
// a few requests first, so that the figures are not those of the first compilations
const warm = new Agent({ keepAlive: true })
for (let i = 0; i < 20; i++) await call(warm, "POST", "/v1/validate", body)
warm.destroy()
await sleep(1000)
const before = rss()
const rows = []
for (const clients of levels) rows.push(await level(clients))
const during = rss()
console.table(rows)
console.log(`waiting ${wait} s with no load...`)
await sleep(wait * 1000)
const after = rss()
console.log(
  `RSS: ${Math.round(before)} MB before, ${Math.round(Math.max(...rows.map((r) => r["RSS peak MB"])))} MB at the peak, ` +
    `${Math.round(during)} MB at the end of the load, ${Math.round(after)} MB ${wait} s after`
)
stop()
