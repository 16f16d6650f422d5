import { agreement2024, ExchangeRecord } from "@accord-jeunes/domain"
import { Examples } from "@accord-jeunes/domain/testing"
import { Arbitrary, Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Aggregate, Columns, Disclosure, Report, TrackingTable } from "../src/index.js"

// the tracking table's columns from the 2024 agreement's own definitions
const columns = Columns.of({ indicators: agreement2024.indicators as never })
const yearOne = { start: "2024-09-16", end: "2025-09-15" }
const settings: Aggregate.Settings = {
  dimensions: ["branch", "region"],
  granularity: "year",
  durable: Aggregate.defaultDurableThreshold,
  period: yearOne,
  indicators: Columns.computed(columns)
}
const actions = [
  { id: "a1", branches: ["hcr"], region: "84", actionType: "company-visit", startDate: "2025-03-01" },
  { id: "a2", branches: ["bois"], region: "11", actionType: "mentoring", startDate: "2025-04-01" },
  { id: "a3", branches: ["hcr", "bois"], region: "84", actionType: "company-visit", startDate: "2025-05-01" }
]
type Rec = Parameters<Aggregate.Aggregator["add"]>[0]
type Out = { outcome: string; startDate: string; endDate?: string }
const person = (
  ref: string,
  participations: ReadonlyArray<readonly [string, string]>,
  outcomes: ReadonlyArray<Out>
): ReadonlyArray<Rec> => [
  { kind: "participant", ref },
  ...participations.map(([action, startDate]) => ({
    kind: "participation" as const,
    participant: ref,
    action,
    startDate
  })),
  ...outcomes.map((o) => ({ kind: "insertion-outcome" as const, participant: ref, ...o }))
]
const run = (records: ReadonlyArray<Rec>, s: Aggregate.Settings = settings) => {
  const agg = Aggregate.aggregator(s)
  for (const a of actions) agg.addAction(a)
  for (const r of records) agg.add(r)
  return agg.finish()
}
const cell = (p: Aggregate.Partial, key: string, id: string) => p.cells[key]?.[id] ?? 0

describe("indicators computed from their definitions (a4#4)", () => {
  it("a4#4: young people are counted, not contracts: 15 people with two CDDs each are 15 entered into CDD, 30 contracts", () => {
    const p = run(
      Array.from({ length: 15 }, (_, i) =>
        person(
          `p-${i}`,
          [["a1", "2025-03-01"]],
          [
            { outcome: "cdd", startDate: "2025-04-01", endDate: "2025-04-30" },
            { outcome: "cdd", startDate: "2025-06-01", endDate: "2025-06-30" }
          ]
        )
      ).flat()
    )
    expect(p.total["young-people-in-actions"]).toBe(15)
    expect(p.total["entries-into-cdd"]).toBe(15)
    expect(p.total["contracts-signed"]).toBe(30)
    expect(cell(p, "hcr|84", "entries-into-cdd")).toBe(15)
  })
  it("a4#4: an action naming several branches counts for each; the total counts the young person once", () => {
    const p = run(person("p-1", [["a3", "2025-05-01"]], [{ outcome: "cdi", startDate: "2025-06-01" }]))
    expect(cell(p, "hcr|84", "entries-into-cdi")).toBe(1)
    expect(cell(p, "bois|84", "entries-into-cdi")).toBe(1)
    expect(p.total["entries-into-cdi"]).toBe(1)
  })
  it("a4#4: a young person in two branches is one in each row and one in the total, not two", () => {
    const p = run(
      person(
        "p-1",
        [
          ["a1", "2025-03-01"],
          ["a2", "2025-04-01"]
        ],
        [{ outcome: "apprenticeship", startDate: "2025-05-01" }]
      )
    )
    expect(cell(p, "hcr|84", "young-people-in-actions")).toBe(1)
    expect(cell(p, "bois|11", "young-people-in-actions")).toBe(1)
    expect(p.total["young-people-in-actions"]).toBe(1)
    expect(p.total["entries-into-work-study"]).toBe(1)
  })
  it("a4#4: two contracts of a young person in two branches: one person per row and in the total, each contract in each row", () => {
    const p = run(
      person(
        "p-1",
        [
          ["a1", "2025-03-01"],
          ["a2", "2025-04-01"]
        ],
        [
          { outcome: "cdd", startDate: "2025-05-01" },
          { outcome: "cdi", startDate: "2025-07-01" }
        ]
      )
    )
    for (const key of ["hcr|84", "bois|11"]) {
      expect(cell(p, key, "young-people-with-contract")).toBe(1)
      expect(cell(p, key, "contracts-signed")).toBe(2)
    }
    expect(p.total["young-people-with-contract"]).toBe(1)
    expect(p.total["contracts-signed"]).toBe(2)
    expect(p.total["entries-into-cdi"]).toBe(1)
  })
  it("a4#4: the period is the period: records on its first and last days count, the day after does not", () => {
    const p = run([
      ...person("p-1", [["a1", "2024-09-16"]], [{ outcome: "cdi", startDate: "2025-09-15" }]),
      ...person("p-2", [["a1", "2025-09-15"]], [{ outcome: "cdi", startDate: "2025-09-16" }]),
      ...person("p-3", [["a1", "2025-09-16"]], [{ outcome: "cdi", startDate: "2025-10-01" }])
    ])
    expect(p.total["young-people-in-actions"]).toBe(2)
    expect(p.total["entries-into-cdi"]).toBe(1)
    // year two counts p-2's CDI (its action was in year one) and p-3 entirely
    const two = run(
      [
        ...person("p-2", [["a1", "2025-09-15"]], [{ outcome: "cdi", startDate: "2025-09-16" }]),
        ...person("p-3", [["a1", "2025-09-16"]], [{ outcome: "cdi", startDate: "2025-10-01" }])
      ],
      { ...settings, period: { start: "2025-09-16", end: "2026-09-15" } }
    )
    expect(two.total["young-people-in-actions"]).toBe(1)
    expect(two.total["entries-into-cdi"]).toBe(2)
  })
  it("a4#4: only outcomes from the first action on count ('within the action'); the rest is accounted for", () => {
    const p = run(person("p-1", [["a2", "2025-04-01"]], [{ outcome: "apprenticeship", startDate: "2024-12-01" }]))
    expect(p.total["entries-into-work-study"] ?? 0).toBe(0)
    expect(p.unattributedReasons).toEqual({ "outcome-before-first-action": 1 })
    expect(p.records.counted + p.records.unattributed).toBe(p.records.read)
  })
  it("durable employment: a CDI, or a contract of six months or more by default (a parameter)", () => {
    const records = [
      ...person("p-1", [["a1", "2025-03-01"]], [{ outcome: "cdi", startDate: "2025-05-01" }]),
      ...person("p-2", [["a1", "2025-03-01"]], [{ outcome: "cdd", startDate: "2025-04-01", endDate: "2025-09-30" }])
    ]
    expect(run(records).total["young-people-in-durable-employment"]).toBe(2)
    expect(
      run(records, { ...settings, durable: { months: 6, comparison: "more-than" } }).total[
        "young-people-in-durable-employment"
      ]
    ).toBe(1)
  })
  it("the mean delay to the first contract, and rates, come from their parts", () => {
    const p = run([
      ...person("p-1", [["a1", "2025-03-01"]], [{ outcome: "cdi", startDate: "2025-05-01" }]),
      ...person("p-2", [["a1", "2025-03-01"]], [{ outcome: "cdd", startDate: "2025-04-01" }]),
      ...person("p-3", [["a1", "2025-03-01"]], [])
    ])
    const table = TrackingTable.fromAggregate(p, columns, { threshold: 1 })
    expect(table.total.values["mean-days-to-first-contract"]).toBe(Math.round((61 + 31) / 2))
    expect(table.total.values["contract-rate"]).toBe(66.7)
  })
  it("a plugin's indicator is computed like the text's (the propreté example's discovery worksites)", () => {
    const worksites = {
      id: "proprete:worksite-discoveries",
      label: { fr: "Jeunes accueillis en chantier découverte", en: "Young people on discovery worksites" },
      description: { fr: "Nombre de jeunes distincts", en: "Number of distinct young people" },
      unit: "count",
      dimensions: ["region", "period"],
      source: { kind: "clause", clause: "a4#4" },
      measure: { kind: "count", of: "young-people", where: { actionTypes: ["proprete:discovery-worksite"] } }
    } as const
    const withPlugin = Columns.of({ indicators: [...agreement2024.indicators, worksites] as never })
    expect(withPlugin.map((c) => c.id)).toContain("proprete:worksite-discoveries")
    const agg = Aggregate.aggregator({ ...settings, dimensions: ["region"], indicators: Columns.computed(withPlugin) })
    agg.addAction({
      id: "w1",
      branches: ["proprete"],
      region: "11",
      actionType: "proprete:discovery-worksite",
      startDate: "2025-02-10"
    })
    agg.addAction({
      id: "v1",
      branches: ["proprete"],
      region: "11",
      actionType: "company-visit",
      startDate: "2025-02-10"
    })
    for (const [ref, action] of [
      ["p-1", "w1"],
      ["p-2", "w1"],
      ["p-3", "v1"]
    ] as const)
      for (const r of person(ref, [[action, "2025-02-10"]], [])) agg.add(r)
    const table = TrackingTable.fromAggregate(agg.finish(), withPlugin, { threshold: 1 })
    expect(table.total.values["proprete:worksite-discoveries"]).toBe(2)
    expect(table.total.values["young-people-in-actions"]).toBe(3)
    expect(table.columns.find((c) => c.id === "proprete:worksite-discoveries")?.label.fr).toBe(
      "Jeunes accueillis en chantier découverte"
    )
  })
  it("routes any exchange record once: actions and young people's records count, the rest is not indicators' business", () => {
    const agg = Aggregate.aggregator(settings)
    expect(agg.record({ kind: "action", ...actions[0] } as never)).toBe(true)
    expect(agg.record({ kind: "committee-meeting" } as never)).toBe(false)
  })
  it("a4#4: the example records, read as a file gives them, put one young person into work-study in the action's cell", () => {
    const agg = Aggregate.aggregator({ ...settings, dimensions: ["branch", "region"] })
    const routed = Examples.records.map((r) => agg.record(Schema.decodeUnknownSync(ExchangeRecord.ExchangeRecord)(r)))
    // the meeting and the designation are governance's records, not indicators'
    expect(routed).toEqual([true, true, true, true, false, false])
    const p = agg.finish()
    expect(cell(p, "hcr|84", "young-people-in-actions")).toBe(1)
    expect(cell(p, "hcr|84", "entries-into-work-study")).toBe(1)
    expect(p.records).toEqual({ read: 4, counted: 4, unattributed: 0 })
  })
  it("a key from the data never reaches Object.prototype", () => {
    const p = run(person("p-1", [["a1", "2025-03-01"]], [{ outcome: "toString", startDate: "2025-04-01" }]))
    expect(Object.keys(p.total).includes("toString")).toBe(false)
    const hostile = JSON.parse('{"__proto__": {"young-people-in-actions": 5}, "hcr|84": {"toString": 1}}')
    const merged = Aggregate.merge(p, { ...p, cells: hostile })
    expect(({} as Record<string, unknown>)["young-people-in-actions"]).toBeUndefined()
    expect(merged.cells["hcr|84"]?.toString).toBe(1)
  })
  it("a5#1: a partial aggregate carries counts only, no pseudonymous reference", () => {
    expect(JSON.stringify(run(person("p-07", [["a1", "2025-03-01"]], [])))).not.toMatch(/p-0\d/u)
  })
})

describe("merging partial aggregates (property)", () => {
  // Random young people (several actions, multi-branch ones, several contracts, dates on the
  // period's edges) split at random into parts: merging the parts in a random order gives exactly
  // the single-pass aggregate, and the same protected table, hidden cells included.
  const days = ["2024-09-15", "2024-09-16", "2025-03-01", "2025-09-15", "2025-09-16"] as const
  const Person = Schema.Struct({
    actions: Schema.Array(
      Schema.Struct({ action: Schema.Literals(["a1", "a2", "a3"]), day: Schema.Literals(days) })
    ).check(Schema.isMinLength(1), Schema.isMaxLength(3)),
    outcomes: Schema.Array(
      Schema.Struct({
        outcome: Schema.Literals(["cdi", "cdd", "apprenticeship", "professionalisation-contract", "training"]),
        day: Schema.Literals(days),
        months: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 24 }))
      })
    ).check(Schema.isMaxLength(3)),
    part: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 3 }))
  })
  const Case = Schema.Struct({
    people: Schema.Array(Person).check(Schema.isMaxLength(40)),
    order: Schema.Array(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 3 }))).check(Schema.isMaxLength(8))
  })
  const toRecords = (people: ReadonlyArray<typeof Person.Type>) =>
    people.flatMap((p, i) =>
      person(
        `p-${i}`,
        p.actions.map((a) => [a.action, a.day] as const),
        p.outcomes.map((o) => ({ outcome: o.outcome, startDate: o.day, endDate: `2027-0${1 + (o.months % 9)}-01` }))
      )
    )
  const prop = (c: typeof Case.Type) => {
    const parts = [0, 1, 2, 3].map((k) => run(toRecords(c.people.filter((p) => p.part === k))))
    // a random merge order: the parts shuffled by the case's draws
    const order = [0, 1, 2, 3].sort((x, y) => (c.order[x] ?? x) - (c.order[y] ?? y) || x - y)
    const merged = order.map((k) => parts[k] as Aggregate.Partial).reduce((a, b) => Aggregate.merge(a, b))
    const whole = run(toRecords(c.people))
    // actions are indexed once per partial: compare what the young people make
    const same =
      JSON.stringify(merged.cells) === JSON.stringify(whole.cells) &&
      JSON.stringify(merged.total) === JSON.stringify(whole.total)
    const tables = [merged, whole].map((x) => {
      const t = TrackingTable.fromAggregate(x, columns)
      return JSON.stringify([t.rows, t.total])
    })
    return same && tables[0] === tables[1]
  }
  it("merging random parts in a random order gives the single pass, hidden cells included (200 cases)", () => {
    const result = Effect.runSync(Arbitrary.checkEffect(Arbitrary.schema(Case), prop, { runs: 200, seed: 11 }))
    expect(Arbitrary.formatCheckFailure(result)).toBeUndefined()
  })
  it("settings are compared as values: the same settings in another key order merge", () => {
    const a = run([])
    const reordered = JSON.parse(
      JSON.stringify({
        ...a,
        settings: {
          indicators: a.settings.indicators,
          period: a.settings.period,
          durable: a.settings.durable,
          granularity: a.settings.granularity,
          dimensions: a.settings.dimensions
        }
      })
    )
    expect(() => Aggregate.merge(a, reordered)).not.toThrow()
    expect(() => Aggregate.merge(a, run([], { ...settings, granularity: "quarter" }))).toThrow(/different settings/)
    try {
      Aggregate.merge(a, run([], { ...settings, granularity: "quarter" }))
    } catch (e) {
      expect(e).toBeInstanceOf(Aggregate.SettingsMismatch)
      expect((e as Aggregate.SettingsMismatch).issue).toMatchObject({
        code: "indicators.settings-differ",
        severity: "error",
        message: {
          fr: "Agrégats partiels calculés avec des paramètres différents : ils ne peuvent pas être additionnés"
        }
      })
    }
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
      [[i < 25 ? "a1" : "a2", "2025-03-01"]],
      i % 2 === 0 ? [{ outcome: "cdi", startDate: "2025-06-01" }] : []
    )
  ).flat()
  const table = TrackingTable.fromAggregate(run(many), columns)
  it("a4#4: hides the small region and the cell that would give it away, and says so", () => {
    const small = table.rows.find((r) => r.key === "bois|11")
    expect(small?.values["young-people-in-actions"]).toBeNull()
    expect(small?.hidden["young-people-in-actions"]).toBe("primary")
    expect(table.rows.find((r) => r.key === "hcr|84")?.hidden["young-people-in-actions"]).toBe("secondary")
    expect(table.total.values["young-people-in-actions"]).toBe(30)
    expect(TrackingTable.explainCell(table, "bois|11", "young-people-in-actions")?.message.en).toBe(
      "Young people in actions: hidden, count under 11"
    )
    const secondary = TrackingTable.explainCell(table, "hcr|84", "young-people-in-actions")
    expect([secondary?.rule, secondary?.facts.hidden]).toEqual(["indicators.cell", "secondary"])
    expect(secondary?.message.fr).toBe(
      "Jeunes entrés en action : masqué pour qu'une case masquée ne puisse pas être recalculée"
    )
    expect(table.explanation).toMatchObject({ rule: "indicators.tracking-table", clause: "a4#4" })
    expect(table.explanation.message.fr).toBe(
      `Tableau de suivi de l'insertion : 2 ligne(s), ${table.hiddenCells} case(s) masquée(s) (seuil 11)`
    )
  })
  it("a4#4: every figure says what it counts: its definition, conditions, clause and period", () => {
    const e = TrackingTable.explainCell(table, "total", "entries-into-cdi")
    expect(e?.clause).toBe("a4#4")
    expect(e?.facts.measure).toEqual({ kind: "count", of: "young-people", where: { outcomes: ["cdi"] } })
    expect(e?.facts.period).toEqual(yearOne)
    expect(e?.verdict).toBe(15)
    expect(e?.message.en).toBe(
      "Young people into permanent contracts (CDI): 15 — Number of young people who started a permanent contract within the action"
    )
  })
  it("writes a CSV French Excel opens: labels, decimal commas, hidden cells marked, safe cells", () => {
    expect(Report.csvCell("=1+1", ";")).toBe("'=1+1")
    expect(Report.csvCell("@SUM(A1)", ";")).toBe("'@SUM(A1)")
    expect(Report.csvCell('a "b"; c', ";")).toBe('"a ""b""; c"')
    const csv = Report.tableToCsv(table).split("\r\n")
    // each dimension as a code then a name (a table alone names regions; branches by `names`)
    expect(csv[0]?.split(";").slice(0, 7)).toEqual([
      "Branche (code)",
      "Branche",
      "Région (code)",
      "Région",
      "Jeunes entrés en action",
      "Jeunes ayant signé un contrat",
      "Jeunes entrés en CDI"
    ])
    expect(csv.find((l) => l.startsWith("bois;bois;11;Île-de-France;"))?.split(";")[4]).toBe("masqué")
    expect(csv.at(-1)?.startsWith("Total;;;;30;15;15;")).toBe(true)
    expect(csv.at(-1)).toContain(";50;") // the contract rate, 50 %
    expect(Report.formatNumber(26.8, "fr")).toBe("26,8")
  })
})

describe("participations and actions counted from definitions", () => {
  const defs = [
    ...Columns.computed(columns),
    { id: "participations", measure: { kind: "count", of: "participations" } },
    { id: "actions", measure: { kind: "count", of: "actions" } },
    {
      id: "mentoring-young-people",
      measure: { kind: "count", of: "young-people", where: { actionTypes: ["mentoring"] } }
    }
  ] as ReadonlyArray<Aggregate.Computed>
  it("counts each participation in its cell, each action of the period once per branch, and filtered young people", () => {
    const p = run(
      [
        ...person(
          "p-1",
          [
            ["a1", "2025-03-01"],
            ["a3", "2025-05-01"]
          ],
          []
        ),
        ...person("p-2", [["a2", "2025-04-01"]], [])
      ],
      { ...settings, indicators: defs }
    )
    expect(p.total.participations).toBe(3)
    expect(cell(p, "hcr|84", "participations")).toBe(2)
    expect(cell(p, "bois|84", "participations")).toBe(1)
    expect(p.total.actions).toBe(3)
    expect(cell(p, "hcr|84", "actions")).toBe(2)
    expect(p.total["mentoring-young-people"]).toBe(1)
    expect(cell(p, "bois|11", "mentoring-young-people")).toBe(1)
    expect(p.total["young-people-in-actions"]).toBe(2)
  })
})
