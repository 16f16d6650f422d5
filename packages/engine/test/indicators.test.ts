import { Arbitrary, Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Aggregate, Disclosure, Report, TrackingTable } from "../src/index.js"

const settings: Aggregate.Settings = {
  dimensions: ["branch", "region"],
  granularity: "year",
  durable: Aggregate.defaultDurableThreshold
}
const actions = [
  { id: "a1", branches: ["hcr"], region: "84", actionType: "company-visit", startDate: "2025-03-01" },
  { id: "a2", branches: ["bois"], region: "11", actionType: "mentoring", startDate: "2025-04-01" }
]
type Rec = Parameters<ReturnType<typeof Aggregate.aggregator>["add"]>[0]
const person = (
  ref: string,
  action: string,
  start: string,
  outcomes: ReadonlyArray<{ outcome: string; startDate: string; endDate?: string }>
): ReadonlyArray<Rec> => [
  { kind: "participant", ref },
  { kind: "participation", participant: ref, action, startDate: start },
  ...outcomes.map((o) => ({ kind: "insertion-outcome" as const, participant: ref, ...o }))
]
const run = (records: ReadonlyArray<Rec>, s: Aggregate.Settings = settings) => {
  const agg = Aggregate.aggregator(s)
  for (const a of actions) agg.addAction(a)
  for (const r of records) agg.add(r)
  return agg.finish()
}

describe("aggregation (a4#4)", () => {
  const records = [
    ...person("p-01", "a1", "2025-03-01", [{ outcome: "cdi", startDate: "2025-05-01" }]),
    ...person("p-02", "a1", "2025-03-01", [
      { outcome: "cdd", startDate: "2025-04-01", endDate: "2025-09-30" },
      { outcome: "cdd", startDate: "2025-10-01", endDate: "2025-10-31" }
    ]),
    ...person("p-03", "a2", "2025-04-01", [{ outcome: "apprenticeship", startDate: "2024-12-01" }]),
    ...person("p-04", "a2", "2025-04-01", [
      { outcome: "professionalisation-contract", startDate: "2025-09-01", endDate: "2026-08-31" }
    ])
  ]
  const partial = run(records)
  it("a4#4: counts young people and their entries into CDI, CDD and work-study, by cohort cell", () => {
    expect(partial.cells["hcr|84"]).toMatchObject({ participants: 2, withContract: 2, entries: { cdi: 1, cdd: 2 } })
    expect(partial.cells["bois|11"]).toMatchObject({
      participants: 2,
      withContract: 1,
      entries: { apprenticeship: 0, "professionalisation-contract": 1 }
    })
  })
  it("a4#4: only outcomes from the first action on count ('within the action'); the rest is accounted for", () => {
    expect(partial.unattributedReasons).toEqual({ "outcome-before-first-action": 1 })
  })
  it("accounts for every record: read = counted + unattributed", () => {
    expect(partial.records.read).toBe(actions.length + records.length)
    expect(partial.records.counted + partial.records.unattributed).toBe(partial.records.read)
  })
  it("durable employment: a CDI, or a contract of six months or more by default (a parameter)", () => {
    expect(partial.cells["hcr|84"]?.durableEmployment).toBe(2) // the CDI and the 6-month CDD
    const strict = run(records, { ...settings, durable: { months: 6, comparison: "more-than" } })
    expect(strict.cells["hcr|84"]?.durableEmployment).toBe(1)
  })
  it("times from the first action to the first contract", () => {
    expect(partial.cells["hcr|84"]?.daysToFirstContract).toEqual({
      count: 2,
      sum: 61 + 31,
      min: 31,
      max: 61,
      buckets: [0, 2, 0, 0, 0]
    })
  })
  it("records out of their young person's group, and people without actions, are counted as unattributed", () => {
    const p = run([
      { kind: "participant", ref: "p-09" },
      { kind: "participation", participant: "p-01", action: "a1", startDate: "2025-03-01" },
      ...person("p-10", "zz", "2025-03-01", [])
    ])
    expect(p.unattributedReasons).toEqual({
      "participant-without-participation": 1,
      "participation-of-unknown-action": 2,
      "record-outside-its-participant-group": 1
    })
    expect(p.records.counted + p.records.unattributed).toBe(p.records.read)
  })
  it("a5#1: a partial aggregate carries counts only, no pseudonymous reference", () => {
    expect(JSON.stringify(partial)).not.toMatch(/p-0\d/u)
  })
})

describe("merging partial aggregates (property)", () => {
  // Random young people, split at random between regions' partials: merging the parts in any
  // grouping or order gives the partial of the whole.
  const Person = Schema.Struct({
    action: Schema.Literals(["a1", "a2"]),
    outcomes: Schema.Array(
      Schema.Struct({
        outcome: Schema.Literals(["cdi", "cdd", "apprenticeship", "training"]),
        month: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 12 })),
        months: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 24 }))
      })
    ).check(Schema.isMaxLength(3)),
    part: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 2 }))
  })
  const toRecords = (people: ReadonlyArray<typeof Person.Type>, offset = 0) =>
    people.flatMap((p, i) =>
      person(
        `p-${i + offset}`,
        p.action,
        "2025-01-01",
        p.outcomes.map((o) => ({
          outcome: o.outcome,
          startDate: `2025-${String(o.month).padStart(2, "0")}-01`,
          endDate: `2027-${String(o.month).padStart(2, "0")}-0${1 + (o.months % 9)}`
        }))
      )
    )
  const arb = Arbitrary.schema(Schema.Array(Person).check(Schema.isMaxLength(40)))
  const prop = (people: ReadonlyArray<typeof Person.Type>) => {
    const parts = [0, 1, 2].map((k) => run(toRecords(people.filter((p) => p.part === k))))
    const [a, b, c] = parts as [Aggregate.Partial, Aggregate.Partial, Aggregate.Partial]
    // actions are indexed once per partial: compare the cells and the young people's records
    const cells = (x: Aggregate.Partial) => JSON.stringify(x.cells)
    const whole = run(toRecords(people))
    return (
      cells(Aggregate.merge(Aggregate.merge(a, b), c)) === cells(Aggregate.merge(a, Aggregate.merge(b, c))) &&
      cells(Aggregate.merge(a, b)) === cells(Aggregate.merge(b, a)) &&
      cells(Aggregate.merge(Aggregate.merge(a, b), c)) === cells(whole)
    )
  }
  it("merge is associative and commutative, and merging the parts gives the whole", () => {
    const result = Effect.runSync(Arbitrary.checkEffect(arb, prop, { runs: 200, seed: 4 }))
    expect(Arbitrary.formatCheckFailure(result)).toBeUndefined()
  })
  it("refuses to merge partials computed with different settings", () => {
    expect(() => Aggregate.merge(run([]), run([], { ...settings, granularity: "quarter" }))).toThrow(
      /different settings/
    )
  })
})

describe("disclosure control (a5#1)", () => {
  it("hides small counts, then enough others that the totals do not give them away", () => {
    const s = Disclosure.suppress({ rows: [{ n: 4 }, { n: 30 }, { n: 50 }], total: { n: 84 } }, ["n"], [], 11)
    expect(s.cells).toEqual([
      { row: 0, column: "n", reason: "primary" },
      { row: 1, column: "n", reason: "secondary" }
    ])
  })
  it("hides the total when nothing else can protect a hidden cell", () => {
    const s = Disclosure.suppress({ rows: [{ n: 4 }, { n: 0 }], total: { n: 4 } }, ["n"], [], 11)
    expect(s.cells).toEqual([
      { row: 0, column: "n", reason: "primary" },
      { row: "total", column: "n", reason: "primary" }
    ])
  })
  it("protects additive groups across a row (work-study = apprenticeship + professionalisation)", () => {
    const s = Disclosure.suppress(
      {
        rows: [
          { a: 3, p: 40, w: 43 },
          { a: 20, p: 30, w: 50 }
        ],
        total: { a: 23, p: 70, w: 93 }
      },
      ["a", "p", "w"],
      [{ total: "w", parts: ["a", "p"] }],
      11
    )
    const hidden = s.cells.map((c) => `${c.row}.${c.column}`)
    expect(hidden).toContain("0.a")
    expect(hidden.filter((h) => h.startsWith("0.")).length).toBeGreaterThanOrEqual(2)
    // no published total and published parts give a hidden cell back
    for (const col of ["a", "p", "w"]) expect(hidden.filter((h) => h.endsWith(`.${col}`)).length).not.toBe(1)
  })
  it("publishes zeros and counts at the threshold", () => {
    expect(Disclosure.suppress({ rows: [{ n: 0 }, { n: 11 }], total: { n: 11 } }, ["n"], [], 11).cells).toEqual([])
  })
})

describe("tracking table and reports", () => {
  const many = Array.from({ length: 30 }, (_, i) =>
    person(
      `p-${i}`,
      i < 25 ? "a1" : "a2",
      "2025-03-01",
      i % 2 === 0 ? [{ outcome: "cdi", startDate: "2025-06-01" }] : []
    )
  ).flat()
  const table = TrackingTable.fromAggregate(run(many))
  it("a4#4: hides the small region and the cell that would give it away, and says so", () => {
    const small = table.rows.find((r) => r.key === "bois|11")
    expect(small?.values.participants).toBeNull()
    expect(small?.hidden.participants).toBe("primary")
    expect(table.rows.find((r) => r.key === "hcr|84")?.hidden.participants).toBe("secondary")
    expect(table.total.values.participants).toBe(30)
    expect(TrackingTable.explainCell(table, "bois|11", "participants")?.message.en).toBe(
      "Young people in actions: hidden, count under 11"
    )
  })
  it("writes a CSV safe to open in a spreadsheet", () => {
    expect(Report.csvCell("=1+1", ";")).toBe("'=1+1")
    expect(Report.csvCell("@SUM(A1)", ";")).toBe("'@SUM(A1)")
    expect(Report.csvCell('a "b"; c', ";")).toBe('"a ""b""; c"')
    const csv = Report.tableToCsv(table)
    expect(csv.split("\r\n")[0]).toBe(
      "Branche;Région;Jeunes entrés en action;Jeunes ayant signé un contrat;Entrées en CDI;Entrées en CDD;Missions d'intérim;Contrats d'apprentissage;Contrats de professionnalisation;Entrées en alternance;Emplois durables;Taux d'accès à un contrat (%);Délai moyen jusqu'au premier contrat (jours)"
    )
    expect(csv.split("\r\n").at(-1)?.startsWith("Total;;30;15;15;")).toBe(true)
  })
})
