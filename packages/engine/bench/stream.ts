// Streams an NDJSON file through the indicator aggregator and reports peak memory, as JSON on
// standard output. Run by bench.ts in a child process, one per file.
import { createReadStream } from "node:fs"
import { createInterface } from "node:readline"
import { Aggregate, Report } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"

// the report's own indicators (every column of the tracking table) over the agreement's term
const settings = Report.settingsFor(Assembly.foundingTimeline(), { start: "2024-09-16", end: "2027-09-15" }, [
  "branch",
  "region"
])

const file = process.argv[2] as string
let peakHeap = 0
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}
const timer = setInterval(sample, 20)
const agg = Aggregate.aggregator(settings)
let n = 0
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
  const r = JSON.parse(line)
  agg.record(r)
  if (++n % 50_000 === 0) sample()
}
const partial = agg.finish()
clearInterval(timer)
sample()
console.log(
  JSON.stringify({
    records: n,
    read: partial.records.read,
    peakHeapMB: Math.round(peakHeap / 1e5) / 10,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 100) / 10
  })
)
