// pnpm bench (validation): validation of valid records on synthetic national data, measured side
// by side in one run, relative to JSON.parse of the same lines, next to ajv compiled from the
// exported JSON Schema; then the cost of bad records and long lines (it must be bounded, and
// linear); then peak memory of `accord-jeunes validate` on 100 000 and 1.3 million young people
// (streamed): it must stay flat.
// Options: --people N (1300000), --small N (100000), --sample N lines timed in memory (500000).
import { execFileSync } from "node:child_process"
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Diagnostic, ExchangeRecord } from "@accord-jeunes/domain"
import { Ajv2020 } from "ajv/dist/2020.js"
import { lines } from "../../engine/bench/synthetic.ts"

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const people = arg("--people", 1_300_000)
const small = arg("--small", 100_000)
const sampleSize = arg("--sample", 500_000)
const dir = join(tmpdir(), "accord-jeunes-bench")
mkdirSync(dir, { recursive: true })

const generate = async (n: number) => {
  const file = join(dir, `synthetic-${n}.ndjson`)
  if (existsSync(file)) return file
  const out = createWriteStream(`${file}.part`)
  for (const line of lines({ people: n, actions: 20_000 }))
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once("drain", () => r()))
  await new Promise<void>((r) => out.end(() => r()))
  renameSync(`${file}.part`, file)
  return file
}

const sample = [...lines({ people: Math.ceil(sampleSize / 3.5), actions: 2_000 })].slice(0, sampleSize)
// the exported schema, read from the schemas package beside this one (not a dependency: that
// package is generated from this one's report schema)
const ajv = new Ajv2020({ strict: false, logger: false }).compile(
  JSON.parse(
    readFileSync(new URL("../../schemas/json-schema/2020-12/exchange-record.schema.json", import.meta.url), "utf8")
  )
)
// effect's interpreter with every error collected and excess keys refused: what the validator
// did before its fast path. Measured first, before the validator's module turns on effect's JIT
// compiler for the record schemas (a process-wide registry).
const decoders = Object.fromEntries(ExchangeRecord.kinds.map((k) => [k, Diagnostic.decode(ExchangeRecord.byKind[k])]))
const decode = (u: { kind: ExchangeRecord.Kind }) => (decoders[u.kind] as (u: unknown) => { _tag: string })(u)

// Runs interleaved in rounds (parse, then each validator, again and again) and medians taken
// per series, so that a drift of the machine during the run hits every series alike.
const rounds = (n: number, series: Record<string, () => void>) => {
  const times: Record<string, Array<number>> = Object.fromEntries(Object.keys(series).map((k) => [k, []]))
  for (let i = 0; i < n; i++)
    for (const [name, f] of Object.entries(series)) {
      const t0 = process.hrtime.bigint()
      f()
      times[name]?.push(Number(process.hrtime.bigint() - t0))
    }
  return Object.fromEntries(
    Object.entries(times).map(([k, v]) => [k, v.sort((a, b) => a - b)[Math.floor(v.length / 2)] as number])
  )
}
let sink = 0
const parseAll = () => {
  for (const l of sample) sink += JSON.parse(l) === null ? 0 : 1
}
// phase 1, before the validator is loaded (it turns on effect's JIT compiler for these schemas)
const interpreted = rounds(3, {
  parse: parseAll,
  decode: () => {
    for (const l of sample) sink += decode(JSON.parse(l))._tag === "Success" ? 1 : 0
  }
})
const { Validator } = await import("@accord-jeunes/validation")
const compiled = rounds(5, {
  parse: parseAll,
  ajv: () => {
    for (const l of sample) sink += ajv(JSON.parse(l)) ? 1 : 0
  },
  validator: () => {
    const v = Validator.make()
    const stats = v.begin("bench.ndjson")
    sample.forEach((l, i) => {
      v.line(stats, l, i + 1)
    })
    sink += v.finish().stats.accepted
  }
})
const parse = compiled.parse as number
const withAjv = compiled.ajv as number
const withValidator = compiled.validator as number
// the interpreter's cost, scaled to this phase's JSON.parse
const withDecode = ((interpreted.decode as number) / (interpreted.parse as number)) * parse
const per = (ns: number) => `${(ns / sample.length).toFixed(0)} ns`
console.log(`1. ${sample.length} valid records in memory, medians of interleaved runs (checksum ${sink % 7})`)
console.log(`   JSON.parse                                   ${per(parse).padStart(8)}   1.00x`)
console.log(
  `   JSON.parse + ajv (exported schema, boolean)  ${per(withAjv).padStart(8)}   ${(withAjv / parse).toFixed(2)}x`
)
console.log(
  `   JSON.parse + effect interpreter, all errors  ${per(withDecode).padStart(8)}   ${(withDecode / parse).toFixed(2)}x`
)
console.log(
  `   JSON.parse + Validator (agreement too)       ${per(withValidator).padStart(8)}   ${(withValidator / parse).toFixed(2)}x   (goal 1.60x; ${(withValidator / withAjv).toFixed(2)}x ajv)`
)

// bad records cost a bounded amount of work, and one long NDJSON line is read in linear time
const timed = (f: () => number) => {
  const t0 = process.hrtime.bigint()
  const issues = f()
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, issues }
}
const action = JSON.parse(sample.find((l) => l.includes('"kind":"action"')) as string) as Record<string, unknown>
const sirets = `${JSON.stringify({ ...action, companies: [] }).replace('"companies":[]', `"companies":[${'"1",'.repeat(1_999_999)}"1"]`)}`
const keys = JSON.stringify({
  ...action,
  ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]))
})
const one = (text: string) => () => {
  const v = Validator.make()
  v.text("bad.ndjson", text)
  return v.finish().issues.length
}
const streamed = (mb: number) => () => {
  const bytes = new TextEncoder().encode(`{"kind":"action","companies":[${'"1",'.repeat(mb * 262_144 - 1)}"1"]}\n`)
  const v = Validator.make()
  const s = v.stream("long.ndjson")
  for (let i = 0; i < bytes.length; i += 262_144) s.push(bytes.subarray(i, i + 262_144))
  s.end()
  return v.finish().issues.length
}
const bad = [
  [`an action of ${(sirets.length / 1e6).toFixed(1)} MB, 2 000 000 invalid SIRETs`, timed(one(sirets))],
  [`an action of ${(keys.length / 1e6).toFixed(1)} MB, 100 000 unknown keys`, timed(one(keys))],
  ["one NDJSON line of 10 MB, streamed in 256 KB chunks", timed(streamed(10))],
  ["one NDJSON line of 50 MB, streamed in 256 KB chunks", timed(streamed(50))]
] as const
console.log(`\n2. bad records and long lines (one record each)`)
for (const [name, r] of bad)
  console.log(`   ${name.padEnd(56)} ${`${r.ms.toFixed(0)} ms`.padStart(8)}, ${r.issues} issues`)

// the built command line of this repository, run in a child process per file; memory sampled in
// the child every 20 ms (its getrusage maximum would include what it inherited from this process)
const pathToCliIndex = fileURLToPath(new URL("../../cli/dist/index.js", import.meta.url))
const rss = (file: string, flags: ReadonlyArray<string> = []) => {
  const res = JSON.parse(
    execFileSync(
      process.execPath,
      [
        ...flags,
        "--input-type=module",
        "-e",
        `const { run } = await import(${JSON.stringify(pathToCliIndex)}); let peak = 0; let peakRss = 0; const timer = setInterval(() => { const m = process.memoryUsage(); peak = Math.max(peak, m.heapUsed); peakRss = Math.max(peakRss, m.rss) }, 20); const io = { stdout(){}, stderr(){}, stdin: () => process.stdin, interactive: false }; const t0 = Date.now(); await run(["validate", ${JSON.stringify(file)}], io); clearInterval(timer); console.log(JSON.stringify({ ms: Date.now() - t0, maxRssMB: Math.round(peakRss / 1e5) / 10, heapMB: Math.round(peak / 1e5) / 10 }))`
      ],
      { encoding: "utf8" }
    )
  ) as { ms: number; maxRssMB: number; heapMB: number }
  return res
}
const a = rss(await generate(small))
const b = rss(await generate(people))
const count = (n: number) =>
  readFileSync(join(dir, `synthetic-${n}.ndjson`)).reduce((c, x) => c + (x === 10 ? 1 : 0), 0)
const ra = count(small)
const rb = count(people)
console.log(`\n3. accord-jeunes validate, streamed (separate processes)`)
console.log(
  `   ${String(ra).padStart(9)} records: peak heap ${a.heapMB} MB, RSS ${a.maxRssMB} MB, ${Math.round(a.ms / 1000)} s`
)
console.log(
  `   ${String(rb).padStart(9)} records: peak heap ${b.heapMB} MB, RSS ${b.maxRssMB} MB, ${Math.round(b.ms / 1000)} s`
)
console.log(
  `   ${(rb / ra).toFixed(1)}x the records for ${(b.heapMB / a.heapMB).toFixed(2)}x the peak heap and ${(b.maxRssMB / a.maxRssMB).toFixed(2)}x the peak RSS (RSS is mostly V8's young generation)`
)

// The proof of flat memory that does not depend on when V8 collects: the same runs with the old
// generation capped at 48 MB. A validator that kept anything per record would run out of heap.
const cap = ["--max-old-space-size=48"]
const ca = rss(join(dir, `synthetic-${small}.ndjson`), cap)
const cb = rss(join(dir, `synthetic-${people}.ndjson`), cap)
console.log(
  `   old generation capped at 48 MB: both complete; peak RSS ${ca.maxRssMB} MB -> ${cb.maxRssMB} MB (${(cb.maxRssMB / ca.maxRssMB).toFixed(2)}x for ${(rb / ra).toFixed(1)}x the records)`
)
