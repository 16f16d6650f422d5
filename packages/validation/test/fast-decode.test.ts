import { CalendarDate, Diagnostic, ExchangeRecord, Siret } from "@accord-jeunes/domain"
import { Examples } from "@accord-jeunes/domain/testing"
import { Eligibility } from "@accord-jeunes/engine"
import * as Arbitrary from "effect/Arbitrary"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import { describe, expect, it } from "vitest"
import { lines, random } from "../../engine/bench/synthetic.js"
import { diagnoser } from "../src/internal/diagnose.js"
import { decoders, fastDecode } from "../src/internal/fastDecode.js"
import * as Guard from "../src/internal/guard.js"
import * as Validator from "../src/Validator.js"

// Mutations that make a valid record invalid in the ways a real file does, at every depth, and
// some that keep it valid but change its decoded value (an IDCC read as four digits).
const mutations: ReadonlyArray<[string, (r: Record<string, unknown>) => void]> = [
  [
    "excess key at the top",
    (r) => {
      r.commentaire = "x"
    }
  ],
  [
    "excess __proto__-like key",
    (r) => {
      Object.defineProperty(r, "__proto__", { value: 1, enumerable: true })
    }
  ],
  [
    "excess key in a nested object",
    (r) => {
      for (const v of Object.values(r))
        if (Array.isArray(v) && typeof v[0] === "object" && v[0] !== null) (v[0] as Record<string, unknown>).extra = 1
        else if (typeof v === "object" && v !== null && !Array.isArray(v)) (v as Record<string, unknown>).extra = 1
    }
  ],
  [
    "an IDCC of 3 digits, read as 4",
    (r) => {
      if (r.kind === "insertion-outcome") r.idcc = "573"
    }
  ],
  [
    "an IDCC as a number",
    (r) => {
      if (r.kind === "insertion-outcome") r.idcc = 1979
    }
  ],
  [
    "an IDCC of 5 digits",
    (r) => {
      if (r.kind === "insertion-outcome") r.idcc = "19799"
    }
  ],
  [
    "a non-existent date",
    (r) => {
      for (const k of Object.keys(r)) if (/Date$/.test(k)) r[k] = "2025-02-30"
    }
  ],
  [
    "a wrong type",
    (r) => {
      r.schemaVersion = 1
    }
  ],
  [
    "a missing key",
    (r) => {
      delete r.kind
    }
  ],
  [
    "a direct identifier",
    (r) => {
      r.nom = "Dupont"
    }
  ],
  [
    "an array in place of a string",
    (r) => {
      for (const k of Object.keys(r)) if (typeof r[k] === "string" && k !== "kind") r[k] = [r[k]]
    }
  ],
  [
    "an end date before the start date, and another field wrong",
    (r) => {
      if (typeof r.startDate === "string") r.endDate = "2000-01-01"
      r.schemaVersion = "9"
    }
  ],
  [
    "an end date before the start date alone (the struct's own rule)",
    (r) => {
      if (typeof r.startDate === "string") r.endDate = "2000-01-01"
    }
  ],
  [
    "a key misspelt: an unknown key and a missing one",
    (r) => {
      r.schemaversion = r.schemaVersion
      delete r.schemaVersion
    }
  ],
  [
    "a wrong element in a list",
    (r) => {
      for (const k of Object.keys(r)) if (Array.isArray(r[k])) (r[k] as Array<unknown>).push(12)
    }
  ],
  [
    "a SIRET with a wrong checksum",
    (r) => {
      if (typeof r.employerSiret === "string")
        r.employerSiret = `${r.employerSiret.slice(0, 13)}${(Number(r.employerSiret[13]) + 1) % 10}`
      if (Array.isArray(r.companies) && typeof r.companies[0] === "string") r.companies[0] = "73282932000075"
    }
  ],
  [
    "29 February of a common year",
    (r) => {
      for (const k of Object.keys(r)) if (/Date$/.test(k)) r[k] = "2025-02-29"
    }
  ],
  [
    "29 February of a leap year (a real date)",
    (r) => {
      for (const k of Object.keys(r)) if (/Date$/.test(k)) r[k] = "2024-02-29"
    }
  ],
  [
    "a contract without its employer (a rule across fields)",
    (r) => {
      if (r.kind === "insertion-outcome") {
        r.outcome = "cdi"
        delete r.employerSiret
      }
    }
  ],
  [
    "a value out of its list, and an own key that is not enumerable",
    (r) => {
      if (typeof r.status === "string") r.status = "done"
      if (typeof r.outcome === "string") r.outcome = "cdi-x"
      Object.defineProperty(r, "hidden", { value: 1, enumerable: false })
    }
  ]
]

describe("the fast decoder", () => {
  const withNesting = {
    kind: "participant",
    schemaVersion: "1.0.0",
    ref: "p-nested-1",
    birthDate: "2006-04-12",
    missionLocale: "ML-069-LYON",
    schemes: [{ scheme: "cej", startDate: "2025-01-06", endDate: "2025-07-06" }]
  }
  const records = [withNesting, ...[...lines({ people: 400, actions: 40 })].map((l) => JSON.parse(l))] as Array<
    Record<string, unknown>
  >
  const kinds = new Set(records.map((r) => r.kind))

  it("is given every record kind by the synthetic data", () => {
    expect([...kinds].sort()).toEqual([...ExchangeRecord.kinds].filter((k) => kinds.has(k)).sort())
    expect(kinds.size).toBeGreaterThanOrEqual(4)
  })

  it("gives the same answer as Diagnostic.decode on valid and invalid records of every kind", () => {
    const fast = fastDecode(ExchangeRecord.ExchangeRecord)
    const full = Diagnostic.decode(ExchangeRecord.ExchangeRecord)
    let invalid = 0
    let compared = 0
    for (const [i, record] of records.entries()) {
      const variants = [
        record,
        ...mutations.map(([, m]) => {
          const c = structuredClone(record)
          m(c)
          return c
        })
      ]
      for (const v of i % 7 === 0 ? variants : [record]) {
        const a = fast(v)
        const b = full(v)
        expect(a).toEqual(b)
        compared++
        if (Result.isFailure(b)) invalid++
      }
    }
    // the comparison covered both outcomes in numbers
    expect(invalid).toBeGreaterThan(100)
    expect(compared - invalid).toBeGreaterThan(records.length - 1)
  })

  it("returns the decoded value where the schema transforms one (an IDCC read as four digits)", () => {
    const fast = fastDecode(ExchangeRecord.ExchangeRecord)
    const outcome = records.find((r) => r.kind === "insertion-outcome")
    expect(outcome).toBeDefined()
    for (const idcc of ["573", 573]) {
      const r = fast({ ...outcome, idcc })
      expect(Result.isSuccess(r) ? (r.success as { idcc?: string }).idcc : undefined).toBe("0573")
    }
    // and the input is left as it was
    const input = { ...outcome, idcc: "573" }
    fast(input)
    expect(input.idcc).toBe("573")
  })

  it("reports an excess key in a nested object, with its path", () => {
    const fast = fastDecode(ExchangeRecord.ExchangeRecord)
    const participant = records.find((r) => r.kind === "participant" && Array.isArray(r.schemes))
    expect(participant).toBeDefined()
    const bad = structuredClone(participant) as { schemes: Array<Record<string, unknown>> }
    ;(bad.schemes[0] as Record<string, unknown>).surprise = true
    const r = fast(bad)
    expect(Result.isFailure(r) ? r.failure.map((d) => [d.code, Diagnostic.formatPath(d.path)]) : []).toEqual([
      ["field.unexpected", "$.schemes[0].surprise"]
    ])
  })
})

describe("the diagnostics of an invalid record, from its failing fields only", () => {
  const records = [...lines({ people: 300, actions: 30 })].map((l) => JSON.parse(l)) as Array<Record<string, unknown>>
  it("are those of Diagnostic.decode, for every kind and every mutation", () => {
    let answered = 0
    let compared = 0
    for (const kind of ExchangeRecord.kinds) {
      const schema = ExchangeRecord.byKind[kind] as Schema.Codec<unknown, unknown>
      const diagnose = diagnoser(schema)
      const { full } = decoders(schema)
      const reference = Diagnostic.decode(schema)
      for (const record of records.filter((r) => r.kind === kind)) {
        for (const [name, m] of mutations) {
          const c = structuredClone(record)
          m(c)
          const expected = reference(c)
          expect(full(c), `${kind}: ${name}`).toEqual(expected)
          const found = diagnose(c)
          if (found !== undefined) {
            answered++
            expect(Result.fail(found), `${kind}: ${name}`).toEqual(expected)
          }
          compared++
        }
      }
    }
    // most invalid records are answered here, without effect's decoder of the whole record
    expect(answered).toBeGreaterThan(compared / 2)
  })
  it("leave to Diagnostic.decode a record whose fields all pass (its struct's own rule fails)", () => {
    const participation = records.find((r) => r.kind === "participation") as Record<string, unknown>
    const diagnose = diagnoser(ExchangeRecord.byKind.participation)
    expect(diagnose({ ...participation, endDate: "2000-01-01" })).toBeUndefined()
    expect(diagnose({ ...participation, id: 1 })?.map((d) => d.code)).toEqual(["type.invalid"])
  })
})

describe("the decoders compiled without generated code (a Content-Security-Policy refusing it)", () => {
  const records = [...lines({ people: 200, actions: 20 })].map((l) => JSON.parse(l)) as Array<Record<string, unknown>>
  it("give the same answers as the generated ones, valid or not", () => {
    for (const kind of ExchangeRecord.kinds) {
      const schema = ExchangeRecord.byKind[kind] as Schema.Codec<unknown, unknown>
      const generated = Guard.compile(schema.ast)
      const closures = Guard.withoutGeneratedCode(() => Guard.compile(schema.ast))
      const full = Diagnostic.decode(schema)
      for (const record of records.filter((r) => r.kind === kind))
        for (const v of [
          record,
          ...mutations.map(([, m]) => {
            const c = structuredClone(record)
            m(c)
            return c
          })
        ]) {
          const a = closures(v)
          expect(a).toEqual(generated(v))
          // and each says yes only where effect's decoder does, with its value
          if (a !== Guard.no) expect(Result.succeed(a)).toEqual(full(v))
        }
    }
  })
})

// every check of a schema, with the node it is on
const checksOf = (
  ast: SchemaAST.AST,
  out: Array<[SchemaAST.Filter<unknown>, SchemaAST.AST]> = [],
  depth = 0
): Array<[SchemaAST.Filter<unknown>, SchemaAST.AST]> => {
  if (depth > 20) return out
  const flat = (c: SchemaAST.Check<unknown>): ReadonlyArray<SchemaAST.Filter<unknown>> =>
    c._tag === "Filter" ? [c] : c.checks.flatMap(flat)
  for (const f of (ast.checks ?? []).flatMap(flat)) out.push([f, ast])
  if (ast._tag === "Objects") for (const p of ast.propertySignatures) checksOf(p.type, out, depth + 1)
  if (ast._tag === "Union") for (const t of ast.types) checksOf(t, out, depth + 1)
  if (ast._tag === "Arrays") for (const t of [...ast.elements, ...ast.rest]) checksOf(t, out, depth + 1)
  return out
}

describe("the domain's checks called by their own predicates", () => {
  const all = ExchangeRecord.kinds.flatMap((k) => checksOf(ExchangeRecord.byKind[k].ast))
  // a check of effect's (a pattern, a bound) says what it is; the others are the domain's
  const domain = all.filter(([f]) => f.annotations?.representation === undefined)

  it("are found on every check of the domain in the record schemas (real dates, SIRETs, rules across fields)", () => {
    expect(domain.length).toBeGreaterThanOrEqual(20)
    for (const [f] of domain) expect(Guard.predicateOf(f)).toBeTypeOf("function")
    const codes = new Set(domain.map(([f]) => f.annotations?.code))
    expect(codes).toContain("date.nonexistent")
    expect(codes).toContain("siret.checksum")
    // and a check of effect's keeps none
    for (const [f] of all.filter(([f]) => f.annotations?.representation !== undefined))
      expect(Guard.predicateOf(f)).toBeUndefined()
  })

  it("leave effect's filters of those checks unused on valid records, generated or not", () => {
    const records = [...lines({ people: 60, actions: 6 })].map((l) => JSON.parse(l)) as Array<{
      kind: ExchangeRecord.Kind
    }>
    let ran = 0
    const restore = domain.map(([f]) => {
      const run = f.run
      Object.assign(f, {
        run: (...args: Parameters<typeof run>) => {
          ran++
          return run(...args)
        }
      })
      return () => Object.assign(f, { run })
    })
    try {
      for (const compileIt of [
        (ast: SchemaAST.AST) => Guard.compile(ast),
        (ast: SchemaAST.AST) => Guard.withoutGeneratedCode(() => Guard.compile(ast))
      ]) {
        const compiled = Object.fromEntries(
          ExchangeRecord.kinds.map((k) => [k, compileIt(ExchangeRecord.byKind[k].ast)])
        )
        let accepted = 0
        for (const r of records) if ((compiled[r.kind] as Guard.Decode)(r) !== Guard.no) accepted++
        expect(accepted).toBe(records.length)
      }
    } finally {
      for (const r of restore) r()
    }
    expect(ran).toBe(0)
  })

  it("answer as effect's decoder on dates and SIRETs, generated code or not (property)", () => {
    const rnd = random(11)
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join("")
    const pad = (n: number, w: number) => String(n).padStart(w, "0")
    const dates = Array.from(
      { length: 4000 },
      () =>
        `${pad(1896 + Math.floor(rnd() * 210), 4)}-${pad(1 + Math.floor(rnd() * 12), 2)}-${pad(1 + Math.floor(rnd() * 31), 2)}`
    )
    // about one SIRET in ten has a valid checksum; La Poste's by their digit sum
    const sirets = Array.from({ length: 4000 }, (_, i) => (i % 5 === 0 ? `356000000${digits(5)}` : digits(14)))
    for (const [schema, texts] of [
      [CalendarDate.CalendarDate, [...dates, "1900-02-29", "2000-02-29", "2100-02-29", "2024-02-29"]],
      [Siret.Siret, [...sirets, "73282932000074", "35600000009075", "35600000009090"]]
    ] as const) {
      const generated = Guard.compile(schema.ast)
      const closures = Guard.withoutGeneratedCode(() => Guard.compile(schema.ast))
      const is = Schema.is(schema)
      let yes = 0
      for (const t of texts) {
        const expected = is(t) ? t : Guard.no
        expect(generated(t), t).toBe(expected)
        expect(closures(t), t).toBe(expected)
        if (expected !== Guard.no) yes++
      }
      // both answers, in numbers
      expect(yes).toBeGreaterThan(texts.length / 20)
      expect(yes).toBeLessThan(texts.length)
    }
  })
})

describe("the fast decoder on generated records (property)", () => {
  // values of each record kind from effect's own generator, in their JSON form, then damaged at
  // one random key: whatever the fast decoder answers, the full decoder answers the same
  for (const kind of ExchangeRecord.kinds) {
    it(`${kind}: same answer as the full decoder, valid or damaged`, () => {
      const schema = ExchangeRecord.byKind[kind] as Schema.Codec<unknown, unknown>
      const fast = fastDecode(schema)
      const closures = Guard.withoutGeneratedCode(() => fastDecode(schema))
      const full = Diagnostic.decode(schema)
      const encode = Schema.encodeSync(schema)
      const damages: ReadonlyArray<(r: Record<string, unknown>, key: string) => void> = [
        () => undefined,
        (r, k) => {
          r[k] = 42
        },
        (r, k) => {
          r[k] = [r[k]]
        },
        (r, k) => {
          delete r[k]
        },
        (r) => {
          r.extra = true
        }
      ]
      let n = 0
      const result = Effect.runSync(
        Arbitrary.checkEffect(
          Arbitrary.schema(schema),
          (value) => {
            const json = JSON.parse(JSON.stringify(encode(value))) as Record<string, unknown>
            const keys = Object.keys(json)
            const damage = damages[n % damages.length] as (r: Record<string, unknown>, key: string) => void
            damage(json, keys[n % keys.length] as string)
            n++
            const expected = JSON.stringify(full(json))
            return JSON.stringify(fast(json)) === expected && JSON.stringify(closures(json)) === expected
          },
          { runs: 60, seed: 20240916, maxDiscards: 20000 }
        )
      )
      expect(Arbitrary.formatCheckFailure(result)).toBeUndefined()
    })
  }
})

// The Validator asks the engine's age rule once per (age on the day, RQTH) for a young person in
// no scheme, and once per participation otherwise: what it reports must be what the engine says
// for each participation on its own, whatever the birth dates, days, RQTH and schemes.
describe("the age rule's verdicts kept per age (equivalence)", () => {
  it("reports for every participation what Eligibility.ageRule says of it alone", () => {
    const rnd = random(7)
    const day = (from: number, years: number) => {
      const d = new Date(Date.UTC(from, 0, 1) + Math.floor(rnd() * years * 366) * 86_400_000)
      return d.toISOString().slice(0, 10)
    }
    const out: Array<string> = [JSON.stringify(Examples.action)]
    const expected = new Map<number, ReturnType<typeof Eligibility.ageRule>>()
    for (let p = 0; p < 400; p++) {
      const birthDate = rnd() < 0.05 ? `${1996 + 4 * Math.floor(rnd() * 4)}-02-29` : day(1994, 18)
      const r = rnd()
      const rqth = r < 0.3 ? true : r < 0.6 ? false : undefined
      const schemes =
        rnd() < 0.3
          ? [{ scheme: rnd() < 0.5 ? ("cej" as const) : ("pacea" as const), startDate: day(2023, 3) }]
          : undefined
      const ref = `p-${String(p).padStart(6, "0")}`
      const participant = {
        ...Examples.with("participant", { ref, birthDate, schemes }),
        ...(rqth === undefined ? {} : { rqth })
      }
      out.push(JSON.stringify(participant))
      for (let k = 0; k < 3; k++) {
        const startDate = day(2024, 3)
        out.push(
          JSON.stringify(
            Examples.with("participation", { id: `${ref}-${k}`, participant: ref, startDate, endDate: undefined })
          )
        )
        expected.set(
          out.length,
          Eligibility.ageRule({ participant: participant as never, date: CalendarDate.make(startDate) })
        )
      }
    }
    const rejected: Array<number> = []
    const v = Validator.make({ onRejected: (_, where) => rejected.push(where.line) })
    const stats = v.begin("ages.ndjson")
    out.forEach((l, i) => {
      v.line(stats, l, i + 1)
    })
    const report = v.finish()
    // every young person is read (a rejected one would leave their participations unchecked)
    expect(rejected.filter((l) => !expected.has(l))).toEqual([])
    const issues = report.issues.filter((i) => i.path === "$.startDate")
    let failing = 0
    for (const [line, e] of expected) {
      const got = issues.filter((i) => i.line === line)
      if (e.verdict === true) expect(got).toEqual([])
      else {
        failing++
        expect(got.map((i) => [i.code, i.severity, i.clause, i.message])).toEqual([
          [e.rule, e.severity, e.clause, e.message]
        ])
      }
    }
    // the data reach every verdict: within, under, over, and the schemes' own
    expect(failing).toBeGreaterThan(50)
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThan(1)
  })
})
