// pnpm bench (cli): what the report costs beyond validation, on the same records, side by side in
// one run: JSON.parse of each line, validation of each record (the Validator, as `accord-jeunes
// validate` runs it), and validation plus the indicators' aggregation (as `accord-jeunes report`
// runs it, every column of the table computed from its definition). Interleaved rounds, medians.
// Options: --sample N lines timed in memory (300000), --rounds N (5).
import { Aggregate, Report } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"
import { Validator } from "@accord-jeunes/validation"
import { lines } from "../../engine/bench/synthetic.ts"

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const sampleSize = arg("--sample", 300_000)
const roundsCount = arg("--rounds", 5)
const sample = [...lines({ people: Math.ceil(sampleSize / 3.5), actions: 2_000 })].slice(0, sampleSize)
const timeline = Assembly.foundingTimeline()
const settings = Report.settingsFor(timeline, { start: "2024-09-16", end: "2027-09-15" }, ["branch", "region"])

const parse = () => {
  for (const l of sample) JSON.parse(l)
}
const validate = () => {
  const v = Validator.make({ timeline })
  const stats = v.begin("bench.ndjson")
  sample.forEach((l, i) => {
    v.line(stats, l, i + 1)
  })
  v.finish()
}
const report = () => {
  const agg = Aggregate.aggregator(settings)
  const v = Validator.make({ timeline, onAccepted: (r) => agg.record(r) })
  const stats = v.begin("bench.ndjson")
  sample.forEach((l, i) => {
    v.line(stats, l, i + 1)
  })
  const r = v.finish()
  const p = agg.finish()
  if (r.stats.rejected > 0 || p.records.read !== r.stats.accepted)
    throw new Error("the bench's records must all validate")
}

// the records as the Validator gives them, decoded once: the indicators' own cost, without validation
const decoded: Array<Parameters<Aggregate.Aggregator["record"]>[0]> = []
{
  const v = Validator.make({ timeline, onAccepted: (r) => decoded.push(r) })
  const stats = v.begin("bench.ndjson")
  sample.forEach((l, i) => {
    v.line(stats, l, i + 1)
  })
  v.finish()
}
const indicatorsAlone = () => {
  const agg = Aggregate.aggregator(settings)
  for (const r of decoded) agg.record(r)
  agg.finish()
}

const series: Record<string, () => void> = {
  "JSON.parse": parse,
  validate,
  "validate + indicators (report)": report,
  "indicators alone (decoded records)": indicatorsAlone
}
const times: Record<string, Array<number>> = Object.fromEntries(Object.keys(series).map((k) => [k, []]))
for (let i = 0; i < roundsCount; i++)
  for (const [name, f] of Object.entries(series)) {
    const t0 = process.hrtime.bigint()
    f()
    times[name]?.push(Number(process.hrtime.bigint() - t0))
  }
const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]))
const base = m["JSON.parse"] as number
console.log(
  `report over validation: ${sample.length} records, ${roundsCount} interleaved rounds (median), ${settings.indicators.length} indicators`
)
for (const [k, v] of Object.entries(m))
  console.log(
    `  ${k.padEnd(36)} ${(v / sample.length).toFixed(0).padStart(6)} ns/record   ${(v / base).toFixed(2)} × JSON.parse`
  )
const added = ((m["validate + indicators (report)"] as number) - (m.validate as number)) / base
console.log(`  the report's added cost over validation: ${added.toFixed(2)} × JSON.parse (goal: at most 1.0, aim 0.5)`)
