import { readFileSync } from "node:fs"
import { agreement2024, type ExchangeRecord, type Indicator } from "@accord-jeunes/domain"
import { describe, expect, it } from "vitest"
import { lines, random } from "../bench/synthetic.ts"
import { Aggregate, Columns, Disclosure, TrackingTable } from "../src/index.js"

// A masked cell must not come back from the published ones: the attacker below knows every
// relation a reader of the table can see (each column sums to its total; inside a row, the kinds
// of contract sum to "with a contract" and to "contracts signed", apprenticeship and
// professionalisation to work-study; a rate is its numerator over its denominator), takes them as
// exact, and solves every relation left with one unknown, again and again.
const kinds = ["entries-into-cdi", "entries-into-cdd", "young-people-in-temporary-work"]
const split = ["young-people-in-apprenticeship", "young-people-in-professionalisation"]
const rowRelations: ReadonlyArray<ReadonlyArray<string>> = [
  ["young-people-with-contract", ...kinds, ...split],
  ["contracts-signed", ...kinds, ...split],
  ["young-people-with-contract", ...kinds, "entries-into-work-study"],
  ["contracts-signed", ...kinds, "entries-into-work-study"],
  ["entries-into-work-study", ...split]
]

type Sheet = {
  readonly rows: ReadonlyArray<Readonly<Record<string, number | null>>>
  readonly total: Readonly<Record<string, number | null>>
}

/** The masked cells an attacker recomputes (`row:column`), from a table's published cells. */
const attack = (sheet: Sheet, counts: ReadonlyArray<string>, ratios: ReadonlyArray<readonly string[]>) => {
  const all = [...sheet.rows, sheet.total]
  const known = new Set<string>()
  const key = (r: number, c: string) => `${r === sheet.rows.length ? "total" : r}:${c}`
  all.forEach((row, r) => {
    for (const [c, v] of Object.entries(row)) if (v !== null) known.add(key(r, c))
  })
  const relations: Array<ReadonlyArray<string>> = []
  for (const c of counts) relations.push(all.map((_, r) => key(r, c)))
  all.forEach((row, r) => {
    for (const rel of rowRelations) if (rel.every((c) => c in row)) relations.push(rel.map((c) => key(r, c)))
    // a published rate and one of its two terms give the other
    for (const rel of ratios) if (rel.every((c) => c in row)) relations.push(rel.map((c) => key(r, c)))
  })
  const found: Array<string> = []
  let changed = true
  while (changed) {
    changed = false
    for (const rel of relations) {
      const unknown = rel.filter((k) => !known.has(k))
      if (unknown.length === 1) {
        known.add(unknown[0] as string)
        found.push(unknown[0] as string)
        changed = true
      }
    }
  }
  return found
}

const columns = Columns.of({ indicators: agreement2024.indicators as never })
const counts = columns.filter((c) => c.measure?.kind === "count").map((c) => c.id)
const ratios = columns.flatMap((c) =>
  c.measure?.kind === "ratio" ? [[c.id, c.measure.numerator, c.measure.denominator] as const] : []
)
// an empty cell (a rate with nobody to divide by) hides nothing: the attacker knows it
const known = (r: TrackingTable.Row) =>
  Object.fromEntries(Object.entries(r.values).map(([c, v]) => [c, r.empty?.[c] === undefined ? v : 0]))
const attackTable = (t: TrackingTable.Table) =>
  attack({ rows: t.rows.map(known), total: known(t.total) }, counts, ratios)

const demo = readFileSync(new URL("../../../examples/demo/data/synthetic-sample.ndjson", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as ExchangeRecord.ExchangeRecord)

const tableOf = (
  records: ReadonlyArray<ExchangeRecord.ExchangeRecord>,
  dimensions: ReadonlyArray<Indicator.Dimension>,
  period: { readonly start: string; readonly end: string }
) => {
  const agg = Aggregate.aggregator({
    dimensions,
    granularity: "quarter",
    durable: Aggregate.defaultDurableThreshold,
    period,
    indicators: Columns.computed(columns)
  })
  for (const r of records) agg.record(r)
  return TrackingTable.fromAggregate(agg.finish(), columns)
}
const years = [
  { start: "2024-09-16", end: "2025-09-15" },
  { start: "2025-09-16", end: "2026-09-15" }
]
const groupings: ReadonlyArray<ReadonlyArray<Indicator.Dimension>> = [
  ["branch"],
  ["region"],
  ["action-type"],
  ["branch", "action-type"],
  ["period", "branch"],
  ["branch", "region"]
]

describe("row relations of the tracking table", () => {
  it("are derived from the columns' outcome conditions", () => {
    const found = Disclosure.Relations.additive(columns).map((r) => [r.total, ...[...r.parts].sort()].join(" = "))
    const expected = rowRelations.map(([t, ...parts]) => [t, ...[...parts].sort()].join(" = "))
    expect([...found].sort()).toEqual([...expected].sort())
  })

  it("ignore counts with another condition than outcomes (durable jobs, young people in actions)", () => {
    const ids = Disclosure.Relations.additive(columns).flatMap((r) => [r.total, ...r.parts])
    expect(ids).not.toContain("young-people-in-durable-employment")
    expect(ids).not.toContain("young-people-in-actions")
  })

  it("protect the committee's case: apprenticeship in « Commerces de gros » no longer comes back from its row", () => {
    const t = tableOf(demo, ["branch"], years[0] as (typeof years)[0])
    const row = t.rows.find((r) => r.key === "commerce-de-gros")
    expect(row?.hidden["young-people-in-apprenticeship"]).toBe("primary")
    // before, CDI, CDD, temporary work and professionalisation were all published next to the total
    for (const rel of rowRelations)
      expect(rel.filter((c) => row?.values[c] === null).length, rel.join(" + ")).not.toBe(1)
    expect(attackTable(t)).toEqual([])
  })

  it("leave no masked cell an attacker recomputes, on the demo data, every grouping, both years", () => {
    for (const period of years)
      for (const dims of groupings) {
        const t = tableOf(demo, dims, period)
        expect({ dims, period, found: attackTable(t) }).toEqual({ dims, period, found: [] })
      }
  })

  it("leave no masked cell an attacker recomputes, on generated national data (6 seeds)", () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const records = [...lines({ people: 400, seed })].map((l) => JSON.parse(l) as ExchangeRecord.ExchangeRecord)
      for (const dims of groupings) {
        const t = tableOf(records, dims, years[0] as (typeof years)[0])
        expect({ seed, dims, found: attackTable(t) }).toEqual({ seed, dims, found: [] })
      }
    }
  })

  it("leave no masked cell an attacker recomputes, on generated tables (400 cases)", () => {
    const relations = Disclosure.Relations.additive(columns)
    const ids = [...new Set(rowRelations.flat())]
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed)
      // small counts often, zeros sometimes, so that masks meet in rows and columns
      const draw = () => {
        const x = next()
        return x < 0.2 ? 0 : x < 0.6 ? 1 + Math.floor(next() * 10) : 11 + Math.floor(next() * 60)
      }
      const rows = Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
        const r: Record<string, number> = {}
        for (const c of [...kinds, ...split]) r[c] = draw()
        r["entries-into-work-study"] = (r[split[0] as string] ?? 0) + (r[split[1] as string] ?? 0)
        const sum = [...kinds, ...split].reduce((n, c) => n + (r[c] ?? 0), 0)
        r["young-people-with-contract"] = sum
        r["contracts-signed"] = sum
        return r
      })
      const total = Object.fromEntries(ids.map((c) => [c, rows.reduce((n, r) => n + (r[c] ?? 0), 0)]))
      const s = Disclosure.suppress({ rows, total }, ids, relations, 11)
      const masked = (row: number | "total", c: string) => s.cells.some((x) => x.row === row && x.column === c)
      const sheet: Sheet = {
        rows: rows.map((r, i) => Object.fromEntries(ids.map((c) => [c, masked(i, c) ? null : (r[c] ?? 0)]))),
        total: Object.fromEntries(ids.map((c) => [c, masked("total", c) ? null : (total[c] ?? 0)]))
      }
      expect({ seed, found: attack(sheet, ids, []) }).toEqual({ seed, found: [] })
    }
  })

  it("hide a total whose only non-zero part is masked (the parts would give it back)", () => {
    const s = Disclosure.suppress(
      { rows: [{ t: 4, a: 4, b: 0 }], total: { t: 4, a: 4, b: 0 } },
      ["t", "a", "b"],
      [{ total: "t", parts: ["a", "b"] }],
      11
    )
    expect(s.cells.map((c) => `${c.row}.${c.column}:${c.reason}`)).toEqual([
      "0.a:primary",
      "0.t:primary",
      "total.a:primary",
      "total.t:primary"
    ])
  })
})
