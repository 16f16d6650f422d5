import { agreement2024, type ExchangeRecord } from "@accord-jeunes/domain"
import { Seeded } from "@accord-jeunes/domain/testing"
import { Arbitrary, Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Aggregate, Columns, TrackingTable } from "../src/index.js"

// Monthly exports repeat a young person's participant record, a file may be given twice: a young
// person is one whatever the copies of their records, and a record's copy counts once.
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
  { kind: "action", id: "a2", branches: ["bois"], region: "11", actionType: "mentoring", startDate: "2024-09-16" }
] as const
type Rec = { readonly kind: string; readonly [k: string]: unknown }
const asRecord = (r: Rec) => r as unknown as ExchangeRecord.ExchangeRecord

const days = ["2024-09-16", "2025-01-10", "2025-03-01", "2025-09-15"] as const
const Person = Schema.Struct({
  actions: Schema.Array(Schema.Struct({ action: Schema.Literals(["a1", "a2"]), day: Schema.Literals(days) })).check(
    Schema.isMaxLength(3)
  ),
  outcomes: Schema.Array(
    Schema.Struct({ outcome: Schema.Literals(["cdi", "cdd", "apprenticeship"]), day: Schema.Literals(days) })
  ).check(Schema.isMaxLength(2)),
  // how many exports their records are cut into, each opening with their participant record
  parts: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 3 })),
  // how many of their records are given twice
  copies: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 2 }))
})
const Case = Schema.Struct({
  people: Schema.Array(Person).check(Schema.isMaxLength(25)),
  seed: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 2 ** 30 }))
})
type Case = typeof Case.Type

const recordsOf = (p: Case["people"][number], i: number): ReadonlyArray<Rec> => {
  const ref = `p-${i}`
  return [
    ...p.actions.map((a, k) => ({
      kind: "participation",
      id: `${ref}-${k}`,
      participant: ref,
      action: a.action,
      startDate: a.day
    })),
    ...p.outcomes.map((o, k) => ({
      kind: "insertion-outcome",
      id: `${ref}-o${k}`,
      participant: ref,
      outcome: o.outcome,
      startDate: o.day,
      endDate: "2027-06-30"
    }))
  ]
}

const run = (records: ReadonlyArray<Rec>, agg: { record: (r: ExchangeRecord.ExchangeRecord) => boolean }) => {
  for (const r of records) agg.record(asRecord(r))
}
const stream = (records: ReadonlyArray<Rec>) => {
  const agg = Aggregate.aggregator(settings)
  run(records, agg)
  return agg.finish()
}
const regroup = (records: ReadonlyArray<Rec>) => {
  const agg = Aggregate.regrouping(settings)
  run(records, agg)
  return agg.finish()
}
const table = (p: Aggregate.Partial) => {
  const t = TrackingTable.fromAggregate(p, columns)
  return JSON.stringify([t.rows, t.total, t.hiddenCells])
}

// Each young person's records cut into parts (each opening with a copy of their participant
// record), some records given twice, the parts in random places after the actions.
const exports = (c: Case) => {
  const next = Seeded.random(c.seed)
  const parts: Array<ReadonlyArray<Rec>> = []
  let repeated = 0
  c.people.forEach((p, i) => {
    const ref = `p-${i}`
    const mine = [...recordsOf(p, i)]
    for (let k = 0; k < p.copies && mine.length > 0; k++) {
      mine.push(mine[Math.floor(next() * mine.length)] as Rec)
      repeated++
    }
    const cut: Array<Array<Rec>> = Array.from({ length: p.parts }, () => [{ kind: "participant", ref }])
    for (const r of mine) cut[Math.floor(next() * p.parts)]?.push(r)
    repeated += p.parts - 1
    parts.push(...cut)
  })
  for (let i = parts.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    const x = parts[i] as ReadonlyArray<Rec>
    parts[i] = parts[j] as ReadonlyArray<Rec>
    parts[j] = x
  }
  return { records: [...actions, ...parts.flat()], repeated }
}

describe("repeated participant records and copies of records (property)", () => {
  const prop = (c: Case) => {
    const grouped = stream([
      ...actions,
      ...c.people.flatMap((p, i) => [{ kind: "participant", ref: `p-${i}` }, ...recordsOf(p, i)])
    ])
    const { records, repeated } = exports(c)
    const got = regroup(records)
    const streamed = stream(records)
    const split = c.people.some((p) => p.parts > 1)
    return (
      JSON.stringify(got.cells) === JSON.stringify(grouped.cells) &&
      JSON.stringify(got.total) === JSON.stringify(grouped.total) &&
      table(got) === table(grouped) &&
      (got.unattributedReasons["duplicate-record"] ?? 0) === repeated &&
      got.records.read === records.length &&
      got.records.read === got.records.counted + got.records.unattributed &&
      got.records.counted === grouped.records.counted &&
      Aggregate.unattributedByOrder(got) === 0 &&
      streamed.records.read === streamed.records.counted + streamed.records.unattributed &&
      // a stream that saw nothing out of order gave the grouped figures; a young person cut into
      // parts apart is always seen (no false negative)
      (Aggregate.unattributedByOrder(streamed) > 0 ||
        (JSON.stringify(streamed.cells) === JSON.stringify(grouped.cells) &&
          JSON.stringify(streamed.total) === JSON.stringify(grouped.total))) &&
      (!split || (streamed.unattributedReasons["participant-read-again"] ?? 0) > 0 || sameGroups(records))
    )
  }
  // the parts of each young person may have landed side by side: then the stream reads one group
  const sameGroups = (records: ReadonlyArray<Rec>) => {
    const opened = new Set<string>()
    let current: unknown
    for (const r of records)
      if (r.kind === "participant" && r.ref !== current) {
        if (opened.has(r.ref as string)) return false
        opened.add(r.ref as string)
        current = r.ref
      }
    return true
  }
  it("records cut into exports and given twice, in random places, give the grouped figures (200 cases)", () => {
    const result = Effect.runSync(Arbitrary.checkEffect(Arbitrary.schema(Case), prop, { runs: 200, seed: 23 }))
    expect(Arbitrary.formatCheckFailure(result)).toBeUndefined()
  })
})

describe("repeated records, examples", () => {
  const jan: ReadonlyArray<Rec> = [
    actions[0],
    { kind: "participant", ref: "p-m1" },
    { kind: "participation", id: "pa-1", participant: "p-m1", action: "a1", startDate: "2025-03-01" },
    { kind: "participant", ref: "p-m2" },
    { kind: "participation", id: "pa-2", participant: "p-m2", action: "a1", startDate: "2025-03-01" }
  ]
  const mar: ReadonlyArray<Rec> = [
    { kind: "participant", ref: "p-m1" },
    { kind: "insertion-outcome", id: "o-1", participant: "p-m1", outcome: "cdi", startDate: "2025-03-10" }
  ]
  it("a young person's exports of two months: the stream tells it, the regrouping counts one CDI", () => {
    const s = stream([...jan, ...mar])
    expect(s.unattributedReasons["participant-read-again"]).toBe(2)
    expect(Aggregate.unattributedByOrder(s)).toBe(2)
    const r = regroup([...jan, ...mar])
    expect(r.total["entries-into-cdi"]).toBe(1)
    expect(r.total["young-people-in-actions"]).toBe(2)
    expect(r.unattributedReasons).toEqual({ "duplicate-record": 1 })
    // the two months one after the other: one group, its participant record's copy counted once
    const side = stream([...jan.slice(0, 3), ...mar])
    expect(side.total["entries-into-cdi"]).toBe(1)
    expect(side.unattributedReasons).toEqual({ "duplicate-record": 1 })
  })
  it("a file read twice counts once", () => {
    const once = regroup([...jan, ...mar.slice(1)])
    const twice = regroup([...jan, ...mar.slice(1), ...jan, ...mar.slice(1)])
    expect(twice.total).toEqual(once.total)
    expect(twice.cells).toEqual(once.cells)
    expect(twice.unattributedReasons).toEqual({ "duplicate-record": 6 })
  })
  it("a copy within a young person's group counts once in a stream too", () => {
    const s = stream([...jan.slice(0, 3), jan[1] as Rec, jan[2] as Rec, ...mar.slice(1), mar[1] as Rec])
    expect(s.total["entries-into-cdi"]).toBe(1)
    expect(s.total["contracts-signed"]).toBe(1)
    expect(s.unattributedReasons).toEqual({ "duplicate-record": 3 })
  })
  it("an action read again with other facts is told; the last one read is found", () => {
    const moved = { ...actions[0], region: "11" }
    const s = stream([actions[0], moved, actions[0], ...jan.slice(1, 3)])
    expect(s.unattributedReasons).toEqual({ "action-redefined": 2 })
    expect(Object.keys(s.cells)).toContain("hcr|84")
    const same = stream([actions[0], actions[0], ...jan.slice(1, 3)])
    expect(same.unattributedReasons).toEqual({ "duplicate-record": 1 })
    expect(same.total).toEqual(stream(jan.slice(0, 3)).total)
  })
  it("many young people read again are all seen, however many (no false negative)", () => {
    const n = 20000
    const records: Array<Rec> = [actions[0]]
    for (const pass of [0, 1])
      for (let i = 0; i < n; i++)
        records.push(
          { kind: "participant", ref: `p-${i}` },
          { kind: "participation", id: `x-${i}-${pass}`, participant: `p-${i}`, action: "a1", startDate: "2025-03-01" }
        )
    expect(stream(records).unattributedReasons["participant-read-again"]).toBe(2 * n)
    expect(regroup(records).total["young-people-in-actions"]).toBe(n)
  })
})
