import { agreement2024, type ExchangeRecord } from "@accord-jeunes/domain"
import { Seeded } from "@accord-jeunes/domain/testing"
import { Arbitrary, Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Aggregate, Columns, TrackingTable } from "../src/index.js"

// The figures must not depend on the order of the records: the regrouping aggregator, given the
// records in any order, gives exactly the single pass over the grouped order.
const columns = Columns.of({ indicators: agreement2024.indicators as never })
const settings: Aggregate.Settings = {
  dimensions: ["branch", "region"],
  granularity: "year",
  durable: Aggregate.defaultDurableThreshold,
  period: { start: "2024-09-16", end: "2025-09-15" },
  indicators: Columns.computed(columns)
}
const actions = [
  { kind: "action", id: "a1", branches: ["hcr"], region: "84", actionType: "company-visit", startDate: "2025-03-01" },
  { kind: "action", id: "a2", branches: ["bois"], region: "11", actionType: "mentoring", startDate: "2024-09-16" },
  {
    kind: "action",
    id: "a3",
    branches: ["hcr", "bois"],
    region: "84",
    actionType: "company-visit",
    startDate: "2025-09-15"
  }
] as const
type Rec = { readonly kind: string; readonly [k: string]: unknown }
const asRecord = (r: Rec) => r as unknown as ExchangeRecord.ExchangeRecord

const days = ["2024-09-15", "2024-09-16", "2025-03-01", "2025-09-15", "2025-09-16"] as const
const Person = Schema.Struct({
  // "a9" is read nowhere: its participations stay unattributed whatever the order
  actions: Schema.Array(
    Schema.Struct({ action: Schema.Literals(["a1", "a2", "a3", "a9"]), day: Schema.Literals(days) })
  ).check(Schema.isMaxLength(3)),
  outcomes: Schema.Array(
    Schema.Struct({
      outcome: Schema.Literals(["cdi", "cdd", "temporary-work", "apprenticeship", "training"]),
      day: Schema.Literals(days),
      months: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 24 }))
    })
  ).check(Schema.isMaxLength(3)),
  // most young people have their participant record; some have none anywhere
  registered: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 5 }))
})
const Case = Schema.Struct({
  people: Schema.Array(Person).check(Schema.isMaxLength(30)),
  seed: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 2 ** 30 }))
})
type Case = typeof Case.Type

const groupOf = (p: Case["people"][number], i: number): ReadonlyArray<Rec> => {
  const ref = `p-${i}`
  return [
    ...(p.registered > 0 ? [{ kind: "participant", ref }] : []),
    ...p.actions.map((a) => ({ kind: "participation", participant: ref, action: a.action, startDate: a.day })),
    ...p.outcomes.map((o) => ({
      kind: "insertion-outcome",
      participant: ref,
      outcome: o.outcome,
      startDate: o.day,
      // a contract's end day: some on the durable threshold's edge (six months to the day)
      endDate:
        o.months % 4 === 0 ? `${o.day.slice(0, 4)}-${o.day.slice(5) === "03-01" ? "08-31" : "12-31"}` : "2027-06-30"
    }))
  ]
}

const stream = (records: ReadonlyArray<Rec>) => {
  const agg = Aggregate.aggregator(settings)
  for (const r of records) agg.record(asRecord(r))
  return agg.finish()
}
const regroup = (records: ReadonlyArray<Rec>) => {
  const agg = Aggregate.regrouping(settings)
  for (const r of records) agg.record(asRecord(r))
  return agg.finish()
}

// The grouped order: actions, each young person's records together, then the records of young
// people with no participant record (a stream reads them apart from any group; a regrouping
// knows their participant record is nowhere).
const canonical = (c: Case) => {
  const groups = c.people.map(groupOf)
  const registered = groups.filter((_, i) => (c.people[i]?.registered ?? 0) > 0)
  const orphans = groups.filter((_, i) => (c.people[i]?.registered ?? 0) === 0)
  const p = stream([...actions, ...registered.flat(), ...orphans.flat()])
  const reasons: Record<string, number> = Object.create(null)
  for (const [k, n] of Object.entries(p.unattributedReasons))
    reasons[k === "record-outside-its-participant-group" ? "record-of-unknown-participant" : k] = n
  return { ...p, unattributedReasons: reasons }
}
const table = (p: Aggregate.Partial) => {
  const t = TrackingTable.fromAggregate(p, columns)
  return JSON.stringify([t.rows, t.total, t.hiddenCells])
}
const sameReasons = (a: Aggregate.Partial, b: Aggregate.Partial) =>
  JSON.stringify(Object.entries(a.unattributedReasons).sort()) ===
  JSON.stringify(Object.entries(b.unattributedReasons).sort())

describe("figures whatever the order of the records (property)", () => {
  const prop = (c: Case) => {
    const records = [...actions, ...c.people.flatMap(groupOf)]
    const mixed = Seeded.shuffled(records, c.seed)
    const expected = canonical(c)
    const got = regroup(mixed)
    const unknownAction = c.people.reduce(
      (n, p) => n + (p.registered > 0 ? p.actions.filter((a) => a.action === "a9").length : 0),
      0
    )
    const orphans = c.people.reduce((n, p) => n + (p.registered === 0 ? p.actions.length + p.outcomes.length : 0), 0)
    // a stream that sees nothing out of order gave the grouped figures
    const streamed = stream(mixed)
    const streamTold =
      Aggregate.unattributedByOrder(streamed) > 0 ||
      (JSON.stringify(streamed.cells) === JSON.stringify(expected.cells) &&
        JSON.stringify(streamed.total) === JSON.stringify(expected.total))
    return (
      JSON.stringify(got.cells) === JSON.stringify(expected.cells) &&
      JSON.stringify(got.total) === JSON.stringify(expected.total) &&
      JSON.stringify(got.records) === JSON.stringify(expected.records) &&
      sameReasons(got, expected) &&
      table(got) === table(expected) &&
      // every record read is accounted for, and the genuinely unattributable stay so, with their reason
      got.records.read === records.length &&
      got.records.read === got.records.counted + got.records.unattributed &&
      (got.unattributedReasons["participation-of-unknown-action"] ?? 0) === unknownAction &&
      (got.unattributedReasons["record-of-unknown-participant"] ?? 0) === orphans &&
      Aggregate.unattributedByOrder(got) === 0 &&
      streamed.records.read === streamed.records.counted + streamed.records.unattributed &&
      streamTold
    )
  }
  it("shuffled records, regrouped, give exactly the grouped single pass and its protected table, hidden cells included (200 cases)", () => {
    const result = Effect.runSync(Arbitrary.checkEffect(Arbitrary.schema(Case), prop, { runs: 200, seed: 17 }))
    expect(Arbitrary.formatCheckFailure(result)).toBeUndefined()
  })
})

describe("why records were not attributed", () => {
  const p1 = [
    { kind: "participant", ref: "p-1" },
    { kind: "participation", participant: "p-1", action: "a1", startDate: "2025-03-01" },
    { kind: "insertion-outcome", participant: "p-1", outcome: "cdi", startDate: "2025-04-01" }
  ]
  it("a stream tells what its order left out: records apart from their group, participations before their action", () => {
    // a workbook's sheets: young people, participations, outcomes, then actions
    const bySheet = [p1[0], { kind: "participant", ref: "p-2" }, p1[1], p1[2], ...actions] as ReadonlyArray<Rec>
    const p = stream(bySheet)
    expect(p.unattributedReasons).toEqual({
      "participant-without-participation": 2,
      "record-outside-its-participant-group": 2
    })
    expect(Aggregate.unattributedByOrder(p)).toBe(2)
    expect(p.total["young-people-in-actions"] ?? 0).toBe(0)
    // grouped, but the action after its participation
    const late = stream([actions[1], ...p1, actions[0]] as ReadonlyArray<Rec>)
    expect(late.unattributedReasons).toEqual({
      "participation-before-its-action": 1,
      "participant-without-known-action": 2
    })
    expect(Aggregate.unattributedByOrder(late)).toBe(1)
    for (const x of [p, late]) expect(x.records.read).toBe(x.records.counted + x.records.unattributed)
    // regrouped, both count
    for (const order of [bySheet, [actions[1], ...p1, actions[0]] as ReadonlyArray<Rec>]) {
      const r = regroup(order)
      expect(r.total["young-people-in-actions"]).toBe(1)
      expect(r.total["entries-into-cdi"]).toBe(1)
      expect(Aggregate.unattributedByOrder(r)).toBe(0)
    }
  })
  it("a participation in an action read nowhere is unattributed on its own, the young person's other records count", () => {
    const p = stream([
      ...actions,
      ...p1,
      { kind: "participation", participant: "p-1", action: "a9", startDate: "2025-03-02" }
    ] as ReadonlyArray<Rec>)
    expect(p.unattributedReasons).toEqual({ "participation-of-unknown-action": 1 })
    expect(p.records).toEqual({ read: 7, counted: 6, unattributed: 1 })
    expect(Aggregate.unattributedByOrder(p)).toBe(0)
  })
  it("regrouped, what stays unattributed says why: no participant record anywhere, an unknown action, an outcome before the first action", () => {
    const agg = Aggregate.regrouping(settings)
    const records: ReadonlyArray<Rec> = [
      { kind: "insertion-outcome", participant: "p-1", outcome: "cdd", startDate: "2025-01-01", endDate: "2025-12-31" },
      ...p1,
      { kind: "participation", participant: "p-3", action: "a1", startDate: "2025-03-01" },
      { kind: "participant", ref: "p-4" },
      { kind: "participation", participant: "p-4", action: "a9", startDate: "2025-03-01" },
      ...actions,
      { kind: "committee-meeting" }
    ]
    const routed = records.map((r) => agg.record(asRecord(r)))
    expect(routed.filter((x) => !x)).toHaveLength(1)
    expect(agg.held()).toBe(3)
    const p = agg.finish()
    expect(p.unattributedReasons).toEqual({
      "outcome-before-first-action": 1,
      "participant-without-known-action": 1,
      "participation-of-unknown-action": 1,
      "record-of-unknown-participant": 1
    })
    expect(p.records).toEqual({ read: 10, counted: 6, unattributed: 4 })
    expect(p.total["young-people-in-actions"]).toBe(1)
  })
})
