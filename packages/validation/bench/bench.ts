// pnpm bench (validation): validation of valid records on synthetic national data, measured side
// by side in one run, relative to JSON.parse of the same lines, next to ajv compiled from the
// exported JSON Schema; then peak memory of `accord-jeunes validate` on 100 000 and 1.3 million
// young people (streamed): it must stay flat.
// Options: --people N (1300000), --small N (100000), --sample N lines timed in memory (500000).
import { execFileSync } from "node:child_process"
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync } from "node:fs"
import { createRequire } from "node:module"
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
const require = createRequire(import.meta.url)
const ajv = new Ajv2020({ strict: false, logger: false }).compile(
  require("@accord-jeunes/schemas/json-schema/2020-12/exchange-record.schema.json")
)
// effect's interpreter with every error collected and excess keys refused: what the validator
// did before its fast path. Measured first, before the validator's module turns on effect's JIT
// compiler for the record schemas (a process-wide registry).
const decoders = Object.fromEntries(ExchangeRecord.kinds.map((k) => [k, Diagnostic.decode(ExchangeRecord.byKind[k])]))
const decode = (u: { kind: ExchangeRecord.Kind }) => (decoders[u.kind] as (u: unknown) => { _tag: string })(u)

const time = (f: () => void) => {
  const runs: Array<number> = []
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint()
    f()
    runs.push(Number(process.hrtime.bigint() - t0))
  }
  return runs.sort((a, b) => a - b)[1] as number
}
let sink = 0
const parse = time(() => {
  for (const l of sample) sink += JSON.parse(l) === null ? 0 : 1
})
const withAjv = time(() => {
  for (const l of sample) sink += ajv(JSON.parse(l)) ? 1 : 0
})
const withDecode = time(() => {
  for (const l of sample) sink += decode(JSON.parse(l))._tag === "Success" ? 1 : 0
})
const { Validator } = await import("@accord-jeunes/validation")
const withValidator = time(() => {
  const v = Validator.make()
  const stats = v.begin("bench.ndjson")
  sample.forEach((l, i) => {
    v.line(stats, l, i + 1)
  })
  sink += v.finish().stats.accepted
})
const per = (ns: number) => `${(ns / sample.length).toFixed(0)} ns`
console.log(`1. ${sample.length} valid records in memory, median of 3 runs (checksum ${sink % 7})`)
console.log(`   JSON.parse                                   ${per(parse).padStart(8)}   1.00x`)
console.log(
  `   JSON.parse + ajv (exported schema, boolean)  ${per(withAjv).padStart(8)}   ${(withAjv / parse).toFixed(2)}x`
)
console.log(
  `   JSON.parse + effect interpreter, all errors  ${per(withDecode).padStart(8)}   ${(withDecode / parse).toFixed(2)}x`
)
console.log(
  `   JSON.parse + Validator (JIT, agreement too)  ${per(withValidator).padStart(8)}   ${(withValidator / parse).toFixed(2)}x   (goal 1.60x; ${(withValidator / withAjv).toFixed(2)}x ajv)`
)

// the built command line of this repository, run in a child process per file
const pathToCliIndex = fileURLToPath(new URL("../../cli/dist/index.js", import.meta.url))
const rss = (file: string) => {
  const res = JSON.parse(
    execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { run } = await import(${JSON.stringify(pathToCliIndex)}); let peak = 0; const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed) }, 20); const io = { stdout(){}, stderr(){}, stdin: () => process.stdin, interactive: false }; const t0 = Date.now(); await run(["validate", ${JSON.stringify(file)}], io); clearInterval(timer); console.log(JSON.stringify({ ms: Date.now() - t0, maxRssMB: Math.round(process.resourceUsage().maxRSS / 100) / 10, heapMB: Math.round(peak / 1e5) / 10 }))`
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
console.log(`\n2. accord-jeunes validate, streamed (separate processes)`)
console.log(
  `   ${String(ra).padStart(9)} records: peak heap ${a.heapMB} MB, RSS ${a.maxRssMB} MB, ${Math.round(a.ms / 1000)} s`
)
console.log(
  `   ${String(rb).padStart(9)} records: peak heap ${b.heapMB} MB, RSS ${b.maxRssMB} MB, ${Math.round(b.ms / 1000)} s`
)
console.log(
  `   ${(rb / ra).toFixed(1)}x the records for ${(b.heapMB / a.heapMB).toFixed(2)}x the peak heap and ${(b.maxRssMB / a.maxRssMB).toFixed(2)}x the peak RSS (RSS is mostly V8's young generation)`
)
