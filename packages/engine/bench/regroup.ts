// Streams an NDJSON file through the streaming aggregator ("stream") or the regrouping one
// ("regroup") and reports the time per record and the peak memory, as JSON on standard output.
// Run by bench.ts in a child process, one per measure, so that each peak is its own.
import { createReadStream } from "node:fs"
import { createInterface } from "node:readline"
import { Aggregate, Report } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"

const settings = Report.settingsFor(Assembly.foundingTimeline(), { start: "2024-09-16", end: "2027-09-15" }, [
  "branch",
  "region"
])

const mode = process.argv[2] as "parse" | "stream" | "regroup"
const file = process.argv[3] as string
let peakHeap = 0
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}
const timer = setInterval(sample, 20)
const agg = mode === "regroup" ? Aggregate.regrouping(settings) : Aggregate.aggregator(settings)
let n = 0
const t0 = process.hrtime.bigint()
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
  const r = JSON.parse(line)
  if (mode !== "parse") agg.record(r)
  if (++n % 50_000 === 0) sample()
}
sample()
// what is still held once every record is read (run with --expose-gc): counts only for a stream,
// the young people's records for a regrouping
const gc = (globalThis as { gc?: () => void }).gc
gc?.()
const retained = process.memoryUsage().heapUsed
const partial = agg.finish()
const ns = Number(process.hrtime.bigint() - t0)
clearInterval(timer)
sample()
console.log(
  JSON.stringify({
    records: n,
    ns,
    // what the figures are made of, to check that both orders give the same
    figures: JSON.stringify([partial.cells, partial.total, partial.records]),
    unattributedByOrder: Aggregate.unattributedByOrder(partial),
    peakHeapMB: Math.round(peakHeap / 1e5) / 10,
    retainedMB: Math.round(retained / 1e5) / 10,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 100) / 10
  })
)
