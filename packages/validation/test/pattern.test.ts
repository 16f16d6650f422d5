// The patterns of the record schemas as loops (src/internal/pattern.ts): the same answer as the
// RegExp for every text tried, and no loop for the shapes it does not read.
import { ExchangeRecord } from "@accord-jeunes/domain"
import type * as SchemaAST from "effect/SchemaAST"
import { describe, expect, it } from "vitest"
import { random } from "../../engine/bench/synthetic.js"
import { matcher } from "../src/internal/pattern.js"

// every pattern of the record schemas, by its source and flags
const patternsOf = (ast: SchemaAST.AST, out: Map<string, [string, string]>, depth = 0): void => {
  if (depth > 20) return
  const flat = (c: SchemaAST.Check<unknown>): ReadonlyArray<SchemaAST.Filter<unknown>> =>
    c._tag === "Filter" ? [c] : c.checks.flatMap(flat)
  for (const f of (ast.checks ?? []).flatMap(flat)) {
    const rep = f.annotations?.representation as { id?: string; payload?: { source: string; flags: string } }
    if (rep?.id === "effect/schema/isPattern" && rep.payload !== undefined)
      out.set(`/${rep.payload.source}/${rep.payload.flags}`, [rep.payload.source, rep.payload.flags])
  }
  if (ast._tag === "Objects") for (const p of ast.propertySignatures) patternsOf(p.type, out, depth + 1)
  if (ast._tag === "Union") for (const t of ast.types) patternsOf(t, out, depth + 1)
  if (ast._tag === "Arrays") for (const t of [...ast.elements, ...ast.rest]) patternsOf(t, out, depth + 1)
  for (const l of ast.encoding ?? []) patternsOf(l.to, out, depth + 1)
}

const fromSchemas = new Map<string, [string, string]>()
for (const k of ExchangeRecord.kinds) patternsOf(ExchangeRecord.byKind[k].ast, fromSchemas)
const others: ReadonlyArray<[string, string]> = [
  ["^RNCP\\d+$", "u"],
  ["^[A-N]\\d{4}$", ""],
  ["^a\\-b[x-z]{2,}$", ""],
  ["^[\\d.]{0,3}$", "u"],
  ["x", "u"],
  ["^\\d{4}-(?:0[1-9]|1[0-2])$", "u"],
  ["^[A-Z](?:[0-4]\\d|5[0-5])x*$", "u"],
  ["^(?:ab|cd|ef)$", "u"]
]

// texts near each pattern: its own characters, neighbours of its sets' bounds, letters with
// accents in and out of the Latin-1 ranges, a character outside the BMP, a lone surrogate, lengths
// around the bounds
const pool = [
  ..."aAzZ09-._:/\\ \n\t",
  ..."RNCPSMN",
  "À",
  "Ö",
  "×",
  "Ø",
  "ö",
  "÷",
  "ø",
  "ÿ",
  "Œ",
  "œ",
  "Ÿ",
  "Ā",
  "😀",
  "\ud800",
  "@",
  "`",
  "[",
  "{"
]
const texts = (source: string, seed: number): ReadonlyArray<string> => {
  const rng = random(seed)
  const own = [...source].filter((c) => !"^$[]{}\\()|?*+".includes(c))
  const chars = [...pool, ...own, ...own]
  const out: Array<string> = ["", "0000", "00000000000000", "a".repeat(128), "a".repeat(129), "p-abcd"]
  // dates and near dates: every month and day written with digits, a few with other separators
  const digit = () => String(Math.floor(rng() * 10))
  for (let i = 0; i < 1000; i++) {
    const sep = rng() < 0.9 ? "-" : (chars[Math.floor(rng() * chars.length)] as string)
    out.push(`${digit()}${digit()}${digit()}${digit()}-${digit()}${digit()}${sep}${digit()}${digit()}`)
  }
  for (let i = 0; i < 3000; i++) {
    const n = [0, 1, 2, 3, 4, 5, 13, 14, 15, 127, 128, 129][Math.floor(rng() * 12)] as number
    out.push(
      Array.from(
        { length: Math.floor(rng() * 2) === 0 ? n : Math.floor(rng() * 20) },
        () => chars[Math.floor(rng() * chars.length)]
      ).join("")
    )
  }
  return out
}

describe("a pattern as a loop", () => {
  it("reads most patterns of the record schemas", () => {
    const read = [...fromSchemas.values()].filter(([s, f]) => matcher(s, f) !== undefined)
    expect(read.length).toBeGreaterThanOrEqual(fromSchemas.size - 1)
  })
  it("answers as the RegExp on every text tried", () => {
    let compared = 0
    for (const [i, [source, flags]] of [...fromSchemas.values(), ...others].entries()) {
      const match = matcher(source, flags)
      if (match === undefined) continue
      const re = new RegExp(source, flags)
      for (const t of texts(source, i + 1)) {
        expect(match(t), `/${source}/${flags} on ${JSON.stringify(t)}`).toBe(re.test(t))
        compared++
      }
    }
    expect(compared).toBeGreaterThan(20_000)
  })
  it("leaves to the RegExp the shapes it does not read", () => {
    for (const [source, flags] of [
      ["^(?:a|bc)$", "u"],
      ["^(?:a)+$", "u"],
      ["^(?:a(?:b))$", "u"],
      ["^[a-z]+(?:-[a-z]+)*$", "u"],
      ["^[a-z]?x$", "u"],
      ["^[^a-z]$", "u"],
      ["^a+?$", "u"],
      ["^a$", "i"],
      ["^.$", "u"],
      ["^\\w+$", "u"],
      ["^[😀]$", "u"],
      ["a$", "u"]
    ] as const)
      expect(matcher(source, flags), `/${source}/${flags}`).toBeUndefined()
  })
})
