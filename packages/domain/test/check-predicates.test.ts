// The plain verdict each check of the domain keeps (internal/rule.ts, `predicateKey`), which
// compiled decoders call instead of effect's filter: true exactly when the filter passes, on
// values that pass and values that fail, leaf checks and checks across fields alike. And the
// cross-field step of `Diagnostic.decode`, exported for those decoders.
import { Arbitrary, Effect, Schema } from "effect"
import type * as SchemaAST from "effect/SchemaAST"
import { describe, expect, it } from "vitest"
import {
  Agreement,
  CalendarDate,
  Diagnostic,
  ExchangeRecord,
  Participant,
  Participation,
  Siren,
  Siret
} from "../src/index.js"
import { predicateKey, predicateOf } from "../src/internal/rule.js"
import { Examples } from "../src/testing.js"

type Filter = SchemaAST.Filter<unknown>

// every check of a schema, with the node it is on
const checksOf = (ast: SchemaAST.AST, out: Array<[Filter, SchemaAST.AST]> = [], depth = 0) => {
  if (depth > 20) return out
  const flat = (c: SchemaAST.Check<unknown>): ReadonlyArray<Filter> =>
    c._tag === "Filter" ? [c] : c.checks.flatMap(flat)
  for (const f of (ast.checks ?? []).flatMap(flat)) out.push([f, ast])
  if (ast._tag === "Objects") for (const p of ast.propertySignatures) checksOf(p.type, out, depth + 1)
  if (ast._tag === "Union") for (const t of ast.types) checksOf(t, out, depth + 1)
  if (ast._tag === "Arrays") for (const t of [...ast.elements, ...ast.rest]) checksOf(t, out, depth + 1)
  return out
}

const options = { errors: "all" } as const

// what a function does with a value: its answer, or that it threw
const outcome = (f: () => boolean): boolean | "threw" => {
  try {
    return f()
  } catch {
    return "threw"
  }
}

// the filter's verdict and the predicate's, on one value
const agree = (f: Filter, ast: SchemaAST.AST, value: unknown) => {
  const predicate = predicateOf(f.annotations) as (u: unknown) => boolean
  expect(
    outcome(() => predicate(value)),
    JSON.stringify(value)
  ).toBe(outcome(() => f.run(value, ast, options) === undefined))
  return outcome(() => predicate(value))
}

const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

describe("the plain verdict of the domain's checks", () => {
  const schemas = [...ExchangeRecord.kinds.map((k) => ExchangeRecord.byKind[k].ast), Agreement.Agreement.ast]
  const all = schemas.flatMap((ast) => checksOf(ast))
  const own = all.filter(([f]) => f.annotations?.representation === undefined)

  it("is kept by every check of the domain, under one key, and by none of effect's", () => {
    expect(own.length).toBeGreaterThanOrEqual(20)
    for (const [f] of own) expect(typeof f.annotations?.[predicateKey], JSON.stringify(f.annotations)).toBe("function")
    for (const [f] of all.filter(([f]) => f.annotations?.representation !== undefined))
      expect(predicateOf(f.annotations)).toBeUndefined()
    // still there once the check is annotated or made to abort (the filter runs the same function)
    const [first] = own[0] as [Filter, SchemaAST.AST]
    expect(predicateOf(first.annotate({ title: "x" }).annotations)).toBe(predicateOf(first.annotations))
    expect(predicateOf(first.abort().annotations)).toBe(predicateOf(first.annotations))
  })

  it("answers as the filter on real and unreal dates, SIRETs and SIRENs (property)", () => {
    const rnd = random(16)
    const pad = (n: number, w: number) => String(n).padStart(w, "0")
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join("")
    const cases: ReadonlyArray<[Schema.Top, ReadonlyArray<string>]> = [
      [
        CalendarDate.CalendarDate,
        [
          ...Array.from(
            { length: 3000 },
            // one day in two at the end of a month, where months differ
            (_, i) =>
              `${pad(1896 + Math.floor(rnd() * 210), 4)}-${pad(1 + Math.floor(rnd() * 12), 2)}-${pad(i % 2 === 0 ? 28 + Math.floor(rnd() * 4) : 1 + Math.floor(rnd() * 31), 2)}`
          ),
          "1900-02-29",
          "2000-02-29",
          "2024-02-29",
          "2025-02-29"
        ]
      ],
      [
        Siret.Siret,
        [
          ...Array.from({ length: 3000 }, (_, i) => (i % 4 === 0 ? `356000000${digits(5)}` : digits(14))),
          "73282932000074"
        ]
      ],
      [Siren.Siren, [...Array.from({ length: 3000 }, () => digits(9)), "732829320"]]
    ]
    for (const [schema, texts] of cases) {
      const checks = checksOf(schema.ast).filter(([f]) => predicateOf(f.annotations) !== undefined)
      expect(checks.length).toBe(1)
      const [f, ast] = checks[0] as [Filter, SchemaAST.AST]
      const verdicts = texts.map((t) => agree(f, ast, t))
      // both verdicts, in numbers
      expect(verdicts.filter((v) => v === true).length).toBeGreaterThan(texts.length / 20)
      expect(verdicts.filter((v) => v === false).length).toBeGreaterThan(texts.length / 20)
    }
  })

  // the rules across fields, on records of every kind from effect's generator (they pass), then
  // with two of their dates swapped or an optional field removed (some then fail)
  // the records and the struct inside one (a young person's scheme periods) with rules across fields
  const structs: ReadonlyArray<[string, Schema.Codec<unknown, unknown>, Readonly<Record<string, unknown>>]> = [
    ...ExchangeRecord.kinds
      .filter((k) => k !== "participant")
      .map((k): [string, Schema.Codec<unknown, unknown>, Readonly<Record<string, unknown>>] => [
        k,
        ExchangeRecord.byKind[k] as Schema.Codec<unknown, unknown>,
        Examples.byKind[k]
      ]),
    ["scheme period", Participant.SchemeEnrolment, { scheme: "cej", startDate: "2025-01-06", endDate: "2025-07-06" }]
  ]
  for (const [name, schema, example] of structs) {
    const across = checksOf(schema.ast).filter(
      ([f, ast]) => ast === schema.ast && predicateOf(f.annotations) !== undefined
    )
    it(`answers as the filter across the fields of ${name} (property)`, () => {
      expect(across.length).toBeGreaterThan(0)
      const verdicts: Array<boolean | "threw"> = []
      const isDate = (u: unknown) => typeof u === "string" && /^\d{4}-\d{2}-\d{2}$/u.test(u)
      // the date fields of the kind, as its example record has them
      const dateFields = Object.keys(example).filter((k) => isDate(example[k]))
      const variants = (r: Readonly<Record<string, unknown>>): ReadonlyArray<Readonly<Record<string, unknown>>> => {
        const keys = Object.keys(r)
        const dates = keys.filter((k) => isDate(r[k]))
        const swapped = dates.flatMap((a) => dates.filter((b) => a < b).map((b) => ({ ...r, [a]: r[b], [b]: r[a] })))
        // each date field very early, then very late: out of order with the others
        const moved = dateFields.flatMap((k) => [
          { ...r, [k]: "1999-12-31" },
          { ...r, [k]: "2999-01-01" }
        ])
        const without = keys.map((k) => Object.fromEntries(keys.filter((x) => x !== k).map((x) => [x, r[x]])))
        return [r, ...swapped, ...moved, ...without]
      }
      const result = Effect.runSync(
        Arbitrary.checkEffect(
          Arbitrary.schema(Schema.toType(schema)),
          (value) => {
            for (const v of variants(value as Record<string, unknown>))
              for (const [f, ast] of across) verdicts.push(agree(f, ast, v))
            return true
          },
          { runs: 40, seed: 20240916, maxDiscards: 20000 }
        )
      )
      expect(Arbitrary.formatCheckFailure(result)).toBeUndefined()
      for (const v of variants(example)) for (const [f, ast] of across) verdicts.push(agree(f, ast, v))
      expect(verdicts.filter((v) => v === true).length).toBeGreaterThan(0)
      expect(verdicts.filter((v) => v !== true).length).toBeGreaterThan(0)
    })
  }
})

describe("the cross-field step of Diagnostic.decode", () => {
  const codes = (ds: ReadonlyArray<Diagnostic.Diagnostic>) =>
    ds.map((d) => `${Diagnostic.formatPath(d.path)} ${d.code}`)
  const fieldErrors = (schema: Schema.Top, input: unknown) => {
    const r = Schema.decodeUnknownResult(schema as Schema.Decoder<unknown>)(input, options)
    return r._tag === "Failure" ? Diagnostic.fromIssue(r.failure.issue, input) : []
  }
  const bad = { ...Examples.participation, status: "fini", startDate: "2025-04-17", endDate: "2025-04-02" }

  it("adds the rules whose fields passed to the field errors, on a record or on the union of records", () => {
    const found = fieldErrors(Participation.Participation, bad)
    expect(codes(found)).toEqual(["$.status value.not-allowed"])
    const expected = ["$.status value.not-allowed", "$.endDate period.end-before-start"]
    expect(codes(Diagnostic.crossFields(Participation.Participation.ast)(bad, found))).toEqual(expected)
    expect(codes(Diagnostic.crossFields(ExchangeRecord.ExchangeRecord.ast)(bad, found))).toEqual(expected)
    // what decode reports
    const r = Diagnostic.decode(ExchangeRecord.ExchangeRecord)(bad)
    expect(r._tag === "Failure" ? codes(r.failure) : []).toEqual(expected)
  })

  it("skips a rule that reads a field which failed, and says each problem once", () => {
    const step = Diagnostic.crossFields(Participation.Participation.ast)
    const badStart = { ...bad, startDate: "17/04/2025" }
    expect(codes(step(badStart, fieldErrors(Participation.Participation, badStart)))).toEqual([
      "$.status value.not-allowed",
      "$.startDate date.format"
    ])
    const once = step(bad, step(bad, fieldErrors(Participation.Participation, bad)))
    expect(codes(once)).toEqual(["$.status value.not-allowed", "$.endDate period.end-before-start"])
  })

  it("leaves the diagnostics as they are when nothing failed, for a value that is not a record, or an unknown kind", () => {
    const found = fieldErrors(Participation.Participation, bad)
    expect(Diagnostic.crossFields(ExchangeRecord.ExchangeRecord.ast)(bad, [])).toEqual([])
    expect(Diagnostic.crossFields(ExchangeRecord.ExchangeRecord.ast)([bad], found)).toBe(found)
    expect(Diagnostic.crossFields(ExchangeRecord.ExchangeRecord.ast)({ ...bad, kind: "autre" }, found)).toBe(found)
    expect(Diagnostic.crossFields(Siret.Siret.ast)(bad, found)).toBe(found)
  })
})
