// pnpm bench (validation): the Validator against fair anchors, every ratio printed side by side in
// one run with the goals of issue #14 beside it.
//  1. In memory, on valid records: JSON.parse of each line; ajv compiled from the exported union
//     schema (a plain anyOf: every kind tried on every record); ajv compiled once per record kind
//     from the exported per-kind schemas with dispatch on `kind`, boolean and `allErrors: true`
//     (what a team choosing a validator would write); effect's interpreter; the Validator
//     (decoded records, agreement checks, report). Then the Validator on the same lines with 10 %
//     of them made invalid. Interleaved rounds, medians.
//  2. Bad records and long lines: bounded and linear.
//  3. Whole files, each run in a process of its own (bench/file.ts), interleaved rounds, medians:
//     the floor (a Node script reading the NDJSON file with node:readline and JSON.parse per
//     line), `accord-jeunes validate` and `accord-jeunes report` (the built command line: run
//     `pnpm build` first), on 100 000 and 1.3 million young people; a file of the same size as the
//     small one with 10 % invalid records; peak RSS of validate at both sizes.
// Options: --sample N lines timed in memory (200000), --rounds N in memory (5), --people N
// (1300000), --small N (100000), --file-rounds N (5 on the small file: its runs are short),
// --big-rounds N (3 on the national file: 4.5 M records), --capped (also run both files with the
// old generation capped at 48 MB), --no-files (in memory only).
import { execFileSync } from "node:child_process"
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync } from "node:fs"
import { cpus, tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Diagnostic, ExchangeRecord } from "@accord-jeunes/domain"
import { Ajv2020 } from "ajv/dist/2020.js"
import { lines } from "../../engine/bench/synthetic.ts"

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const flag = (name: string) => process.argv.includes(name)
const people = arg("--people", 1_300_000)
const small = arg("--small", 100_000)
const sampleSize = arg("--sample", 200_000)
const roundsCount = arg("--rounds", 5)
const fileRounds = arg("--file-rounds", 5)
const bigRounds = arg("--big-rounds", 3)
const dir = join(tmpdir(), "accord-jeunes-bench")
mkdirSync(dir, { recursive: true })
const started = performance.now()

// one record in ten made invalid, in turn: a value out of its list, a key misspelt (an unknown
// key and a missing one), a date that is no date; the file keeps its size within a few bytes
const spoil = (line: string, i: number) => {
  if (i % 10 !== 9) return line
  switch (Math.floor(i / 10) % 3) {
    case 0:
      return line.replace('"schemaVersion":"1.0.0"', '"schemaVersion":"1.0.x"')
    case 1:
      return line.replace('"schemaVersion":', '"schemaversion":')
    default:
      return line.replace(/"(startDate|birthDate)":"(\d{4})-/u, '"$1":"$2/')
  }
}

const generate = async (n: number, invalid = false) => {
  const file = join(dir, `synthetic-${n}${invalid ? "-invalid10" : ""}.ndjson`)
  if (existsSync(file)) return file
  const out = createWriteStream(`${file}.part`)
  let i = 0
  for (const line of lines({ people: n, actions: 20_000 })) {
    const l = invalid ? spoil(line, i++) : line
    if (!out.write(`${l}\n`)) await new Promise<void>((r) => out.once("drain", () => r()))
  }
  await new Promise<void>((r) => out.end(() => r()))
  renameSync(`${file}.part`, file)
  return file
}

// Runs interleaved in rounds (each series in turn, again and again) and medians taken per series,
// so that a drift of the machine during the run hits every series alike.
const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
const rounds = <T>(n: number, series: Record<string, () => T>, time: (f: () => T) => number) => {
  const times: Record<string, Array<number>> = Object.fromEntries(Object.keys(series).map((k) => [k, []]))
  for (let i = 0; i < n; i++) for (const [name, f] of Object.entries(series)) times[name]?.push(time(f))
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) as Record<string, number>
}
const clock = (f: () => unknown) => {
  const t0 = process.hrtime.bigint()
  f()
  return Number(process.hrtime.bigint() - t0)
}

const sample = [...lines({ people: Math.ceil(sampleSize / 3.5), actions: 2_000 })].slice(0, sampleSize)
const spoilt = sample.map(spoil)
const schemaFile = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../schemas/json-schema/2020-12/${name}.schema.json`, import.meta.url), "utf8")
  ) as object
// the exported schemas, read from the schemas package beside this one (not a dependency: that
// package is generated from this one's report schema)
const union = new Ajv2020({ strict: false, logger: false }).compile(schemaFile("exchange-record"))
// one compiled schema per kind, dispatch on `kind`
const perKind = (allErrors: boolean) => {
  const compiled = new Map(
    ExchangeRecord.kinds.map((k) => [
      k,
      new Ajv2020({ strict: false, logger: false, allErrors }).compile(schemaFile(k))
    ])
  )
  return (u: unknown) => {
    const v = typeof u === "object" && u !== null ? compiled.get((u as { kind: ExchangeRecord.Kind }).kind) : undefined
    return v?.(u) === true
  }
}
const ajvKind = perKind(false)
const ajvKindAll = perKind(true)
for (const l of sample)
  if (!ajvKind(JSON.parse(l)) || !ajvKindAll(JSON.parse(l)) || !union(JSON.parse(l)))
    throw new Error(`ajv refuses a record of the bench: ${l}`)

// effect's interpreter with every error collected and excess keys refused: what the validator
// did before its fast path. Measured first, before the validator's module turns on effect's JIT
// compiler for the record schemas (a process-wide registry).
const decoders = Object.fromEntries(ExchangeRecord.kinds.map((k) => [k, Diagnostic.decode(ExchangeRecord.byKind[k])]))
const decode = (u: { kind: ExchangeRecord.Kind }) => (decoders[u.kind] as (u: unknown) => { _tag: string })(u)
let sink = 0
const parseAll = () => {
  for (const l of sample) sink += JSON.parse(l) === null ? 0 : 1
}
const interpreted = rounds(
  3,
  {
    parse: parseAll,
    decode: () => {
      for (const l of sample) sink += decode(JSON.parse(l))._tag === "Success" ? 1 : 0
    }
  },
  clock
)
const { Validator } = await import("@accord-jeunes/validation")
const validateAll = (ls: ReadonlyArray<string>) => () => {
  const v = Validator.make()
  const stats = v.begin("bench.ndjson")
  for (let i = 0; i < ls.length; i++) v.line(stats, ls[i] as string, i + 1)
  sink += v.finish().stats.accepted
}
const m = rounds(
  roundsCount,
  {
    parse: parseAll,
    union: () => {
      for (const l of sample) sink += union(JSON.parse(l)) ? 1 : 0
    },
    kind: () => {
      for (const l of sample) sink += ajvKind(JSON.parse(l)) ? 1 : 0
    },
    kindAll: () => {
      for (const l of sample) sink += ajvKindAll(JSON.parse(l)) ? 1 : 0
    },
    validator: validateAll(sample),
    spoilt: validateAll(spoilt)
  },
  clock
)
const parse = m.parse as number
const withDecode = ((interpreted.decode as number) / (interpreted.parse as number)) * parse
const per = (ns: number) => `${(ns / sample.length).toFixed(0)} ns`
const row = (label: string, ns: number, extra = "") =>
  console.log(`   ${label.padEnd(58)} ${per(ns).padStart(8)}   ${(ns / parse).toFixed(2).padStart(5)}x${extra}`)
console.log(
  `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}); checksum ${sink % 7}\n\n` +
    `1. ${sample.length} valid records in memory, ${roundsCount} interleaved rounds, medians; × JSON.parse`
)
row("JSON.parse", parse)
row("JSON.parse + ajv, union schema, anyOf (boolean)", m.union as number)
row("JSON.parse + ajv, one schema per kind, dispatch (boolean)", m.kind as number)
row("JSON.parse + ajv, one schema per kind, dispatch, allErrors", m.kindAll as number)
row("JSON.parse + effect interpreter, all errors", withDecode)
row(
  "JSON.parse + Validator (decoded, agreement checks, report)",
  m.validator as number,
  `   = ${((m.validator as number) / (m.kind as number)).toFixed(2)}x ajv per kind, ${((m.validator as number) / (m.kindAll as number)).toFixed(2)}x with allErrors`
)
row("the same lines, 10 % invalid, Validator", m.spoilt as number)

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

// whole files: the built command line, one process per run (bench/file.ts)
interface Run {
  readonly ms: number
  readonly rssMB: number
  readonly heapMB: number
}
const child = fileURLToPath(new URL("./file.ts", import.meta.url))
const runFile = (mode: string, file: string, flags: ReadonlyArray<string> = []): Run =>
  JSON.parse(execFileSync(process.execPath, [...flags, child, mode, file], { encoding: "utf8" })) as Run
const fileRuns = (n: number, series: Record<string, [string, string]>) => {
  const all: Record<string, Array<Run>> = Object.fromEntries(Object.keys(series).map((k) => [k, []]))
  for (let i = 0; i < n; i++) for (const [k, [mode, file]] of Object.entries(series)) all[k]?.push(runFile(mode, file))
  return Object.fromEntries(
    Object.entries(all).map(([k, rs]) => [
      k,
      {
        ms: median(rs.map((r) => r.ms)),
        rssMB: Math.max(...rs.map((r) => r.rssMB)),
        heapMB: median(rs.map((r) => r.heapMB))
      }
    ])
  ) as Record<string, Run>
}
const count = (file: string) => readFileSync(file).reduce((c, x) => c + (x === 10 ? 1 : 0), 0)

const goals: Array<[string, string, number, number]> = [
  [
    "Validator / ajv per kind (boolean), valid records",
    "1.00 (aim 0.80)",
    (m.validator as number) / (m.kind as number),
    1.0
  ]
]
if (!flag("--no-files")) {
  const smallFile = await generate(small)
  const invalidFile = await generate(small, true)
  const bigFile = await generate(people)
  const s = fileRuns(fileRounds, {
    floor: ["floor", smallFile],
    validate: ["validate", smallFile],
    invalid: ["validate", invalidFile],
    report: ["report", smallFile]
  })
  const b = fileRuns(bigRounds, {
    floor: ["floor", bigFile],
    validate: ["validate", bigFile],
    report: ["report", bigFile]
  })
  const rs = count(smallFile)
  const rb = count(bigFile)
  const mb = (f: string) => `${(statSync(f).size / 1e6).toFixed(0)} MB`
  const line = (label: string, r: Run, floor: Run) =>
    console.log(
      `   ${label.padEnd(40)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(8)}  ${(r.ms / floor.ms).toFixed(2).padStart(5)}x floor   peak RSS ${r.rssMB.toFixed(0)} MB, heap ${r.heapMB.toFixed(0)} MB`
    )
  console.log(
    `\n3. whole files, one process per run; ${small} young people (${rs} records, ${mb(smallFile)}) ${fileRounds} interleaved rounds, medians`
  )
  line("floor: node:readline + JSON.parse", s.floor as Run, s.floor as Run)
  line("accord-jeunes validate", s.validate as Run, s.floor as Run)
  line("accord-jeunes report", s.report as Run, s.floor as Run)
  line(`validate, 10 % invalid (${mb(invalidFile)})`, s.invalid as Run, s.floor as Run)
  console.log(`   ${people} young people (${rb} records, ${mb(bigFile)}), ${bigRounds} round(s)`)
  line("floor: node:readline + JSON.parse", b.floor as Run, b.floor as Run)
  line("accord-jeunes validate", b.validate as Run, b.floor as Run)
  line("accord-jeunes report", b.report as Run, b.floor as Run)
  const ratio = (x: Run | undefined, y: Run | undefined) => (x?.ms ?? 0) / (y?.ms ?? 1)
  goals.push(
    [`validate / floor, ${people} young people`, "2.00", ratio(b.validate, b.floor), 2.0],
    [`report / floor, ${people} young people`, "2.50", ratio(b.report, b.floor), 2.5],
    [`validate / floor, ${small} young people`, "2.00", ratio(s.validate, s.floor), 2.0],
    [`report / floor, ${small} young people`, "2.50", ratio(s.report, s.floor), 2.5],
    ["10 % invalid / valid, same size (validate)", "1.50", ratio(s.invalid, s.validate), 1.5],
    [
      `peak RSS of validate, ${people} / ${small} young people`,
      "1.10",
      (b.validate?.rssMB ?? 0) / (s.validate?.rssMB ?? 1),
      1.1
    ]
  )
  // the proof of flat memory that does not depend on when V8 collects: the same runs with the old
  // generation capped at 48 MB. A validator that kept anything per record would run out of heap.
  if (flag("--capped")) {
    const cap = ["--max-old-space-size=48"]
    const ca = runFile("validate", smallFile, cap)
    const cb = runFile("validate", bigFile, cap)
    console.log(
      `   old generation capped at 48 MB: both complete; peak RSS ${ca.rssMB.toFixed(0)} MB -> ${cb.rssMB.toFixed(0)} MB (${(cb.rssMB / ca.rssMB).toFixed(2)}x for ${(rb / rs).toFixed(1)}x the records)`
    )
  }
}
console.log(`\n4. the goals of #14, measured in this run`)
for (const [label, goal, measured, limit] of goals)
  console.log(
    `   ${label.padEnd(52)} ${measured.toFixed(2).padStart(5)}x   goal ≤ ${goal.padEnd(16)} ${measured <= limit ? "met" : "MISSED"}`
  )
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s in all)`)
