// One whole-file run for bench.ts, in a process of its own: `node bench/file.ts MODE FILE`, where
// MODE is `floor` (a Node script reading the NDJSON file with `node:readline` and `JSON.parse`
// per line: the time it takes just to read it), `validate` or `report` (the built command line of
// this repository, `accord-jeunes validate FILE` and `accord-jeunes report FILE`, run in this
// process). Prints one JSON line: wall time of the work (module loading apart, for every mode
// alike), peak RSS and heap sampled every 20 ms (getrusage's maximum would include the parent's).
import { createReadStream } from "node:fs"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"

const [mode, file] = process.argv.slice(2) as [string, string]
let peakRss = 0
let peakHeap = 0
const sample = () => {
  const m = process.memoryUsage()
  peakRss = Math.max(peakRss, m.rss)
  peakHeap = Math.max(peakHeap, m.heapUsed)
}
const cli =
  mode === "floor"
    ? undefined
    : ((await import(fileURLToPath(new URL("../../cli/dist/index.js", import.meta.url)))) as {
        run: (argv: ReadonlyArray<string>, io: unknown) => Promise<number>
      })
const io = { stdout() {}, stderr() {}, stdin: () => process.stdin, interactive: false }
const timer = setInterval(sample, 20)
const t0 = performance.now()
let records = 0
if (cli === undefined) {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY }))
    if (line !== "" && JSON.parse(line) !== null) records++
} else await cli.run([mode, file], io)
const ms = performance.now() - t0
clearInterval(timer)
sample()
console.log(JSON.stringify({ ms, rssMB: peakRss / 1e6, heapMB: peakHeap / 1e6, records }))
