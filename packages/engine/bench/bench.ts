// pnpm bench: indicator aggregation on synthetic national data, measured side by side in one run.
//   1. time per record of reading + JSON.parse, and of reading + JSON.parse + aggregation, on the
//      same file: the aggregation's cost relative to JSON.parse;
//   2. peak memory of streaming aggregation on a small and a national file: it must stay flat;
//   3. records in no order (the small file shuffled): the regrouping aggregator's time and memory,
//      and that it gives the figures of the grouped file.
// Options: --people N (default 1300000), --small N (default 100000), --repeat N (default 3).
import { execFileSync } from "node:child_process"
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { Aggregate, Report } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"

// the report's own indicators (every column of the tracking table) over the agreement's term
const settings = Report.settingsFor(Assembly.foundingTimeline(), { start: "2024-09-16", end: "2027-09-15" }, [
  "branch",
  "region"
])

import { lines, random } from "./synthetic.ts"

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const people = arg("--people", 1_300_000)
const small = arg("--small", 100_000)
const repeat = arg("--repeat", 3)
const dir = join(tmpdir(), "accord-jeunes-bench")
mkdirSync(dir, { recursive: true })

const generate = async (n: number) => {
  const file = join(dir, `synthetic-${n}.ndjson`)
  if (existsSync(file)) return file
  const tmp = `${file}.part`
  const out = createWriteStream(tmp)
  // the same number of actions in both files, so that memory compares per young person
  for (const line of lines({ people: n, actions: 20_000 }))
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once("drain", () => r()))
  await new Promise<void>((r) => out.end(() => r()))
  renameSync(tmp, file)
  return file
}

const pass = async (file: string, work: "read" | "parse" | "aggregate") => {
  const agg = Aggregate.aggregator(settings)
  let n = 0
  const t0 = process.hrtime.bigint()
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
    n++
    if (work === "read") continue
    const r = JSON.parse(line)
    if (work === "aggregate") {
      agg.record(r)
    }
  }
  if (work === "aggregate") agg.finish()
  return { n, ns: Number(process.hrtime.bigint() - t0) }
}
const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

console.log(`synthetic data: ${small} and ${people} young people (generated once into ${dir})`)
const smallFile = await generate(small)
const largeFile = await generate(people)

const times: Record<"read" | "parse" | "aggregate", Array<number>> = { read: [], parse: [], aggregate: [] }
let records = 0
for (let i = 0; i < repeat; i++)
  for (const work of ["read", "parse", "aggregate"] as const) {
    const r = await pass(largeFile, work)
    records = r.n
    times[work].push(r.ns)
  }
const per = (ns: number) => (ns / records).toFixed(0)
const read = median(times.read)
const parse = median(times.parse)
const aggregate = median(times.aggregate)
console.log(`\n1. time per record, median of ${repeat} runs, ${records} records`)
console.log(`   read line                         ${per(read)} ns`)
console.log(`   read + JSON.parse                 ${per(parse)} ns`)
console.log(`   read + JSON.parse + aggregation   ${per(aggregate)} ns`)
console.log(`   aggregation alone / JSON.parse alone: ${((aggregate - parse) / (parse - read)).toFixed(2)}x`)
console.log(`   JSON.parse + aggregation / JSON.parse alone: ${((aggregate - read) / (parse - read)).toFixed(2)}x`)

const child = (file: string) =>
  JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(new URL("./stream.ts", import.meta.url)), file], { encoding: "utf8" })
  ) as { records: number; peakHeapMB: number; maxRssMB: number }
const a = child(smallFile)
const b = child(largeFile)
console.log(`\n2. peak memory of streaming aggregation (separate processes)`)
console.log(`   ${String(a.records).padStart(9)} records: heap ${a.peakHeapMB} MB, RSS ${a.maxRssMB} MB`)
console.log(`   ${String(b.records).padStart(9)} records: heap ${b.peakHeapMB} MB, RSS ${b.maxRssMB} MB`)
console.log(
  `   ${(b.records / a.records).toFixed(1)}x the records for ${(b.peakHeapMB / a.peakHeapMB).toFixed(2)}x the heap and ${(b.maxRssMB / a.maxRssMB).toFixed(2)}x the RSS`
)

// the small file's lines in a random order (deterministic), written once
const shuffledFile = join(dir, `synthetic-${small}-shuffled.ndjson`)
if (!existsSync(shuffledFile)) {
  const all = readFileSync(smallFile, "utf8")
    .split("\n")
    .filter((l) => l !== "")
  const next = random(2025)
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    const x = all[i] as string
    all[i] = all[j] as string
    all[j] = x
  }
  writeFileSync(`${shuffledFile}.part`, `${all.join("\n")}\n`)
  renameSync(`${shuffledFile}.part`, shuffledFile)
}
type Measure = {
  records: number
  ns: number
  figures: string
  unattributedByOrder: number
  peakHeapMB: number
  retainedMB: number
  maxRssMB: number
}
const measure = (mode: "parse" | "stream" | "regroup", file: string): Measure => {
  const runs = Array.from(
    { length: repeat },
    () =>
      JSON.parse(
        execFileSync(
          process.execPath,
          ["--expose-gc", fileURLToPath(new URL("./regroup.ts", import.meta.url)), mode, file],
          {
            encoding: "utf8",
            maxBuffer: 64 * 1024 * 1024
          }
        )
      ) as Measure
  )
  return { ...(runs[0] as Measure), ns: median(runs.map((r) => r.ns)) }
}
const parsed = measure("parse", shuffledFile)
const grouped = measure("stream", smallFile)
const streamedShuffled = measure("stream", shuffledFile)
const regrouped = measure("regroup", shuffledFile)
const nsPer = (m: Measure) => m.ns / m.records
console.log(
  `\n3. records in no order: the small file shuffled (${regrouped.records} records, separate processes, median of ${repeat})`
)
console.log(
  `   streamed, grouped file        ${nsPer(grouped).toFixed(0)} ns/record, heap ${grouped.peakHeapMB} MB, RSS ${grouped.maxRssMB} MB`
)
console.log(
  `   streamed, shuffled file       ${nsPer(streamedShuffled).toFixed(0)} ns/record, ${streamedShuffled.unattributedByOrder} records unattributed because of their order`
)
console.log(
  `   regrouped, shuffled file      ${nsPer(regrouped).toFixed(0)} ns/record, heap ${regrouped.peakHeapMB} MB, RSS ${regrouped.maxRssMB} MB`
)
console.log(
  `   regrouping alone / reading + JSON.parse: ${((regrouped.ns - parsed.ns) / parsed.ns).toFixed(2)}x (reading + JSON.parse: ${nsPer(parsed).toFixed(0)} ns/record)`
)
console.log(
  `   heap held once every record is read: ${grouped.retainedMB} MB streamed, ${regrouped.retainedMB} MB regrouped (${(((regrouped.retainedMB - grouped.retainedMB) * 1e6) / small).toFixed(0)} bytes per young person)`
)
console.log(`   same figures as the grouped file: ${regrouped.figures === grouped.figures ? "yes" : "NO"}`)
