/**
 * Indicators computed from their definitions, in one streaming pass, into partial aggregates that
 * merge: each region can compute its own, the national level merges them, and no personal data
 * crosses (a partial holds counts only, a5#1).
 *
 * What each indicator counts is its definition's `measure` (see `Indicator.Measure` in the
 * domain); this module evaluates them. The rules that attribute records (docs/indicators.md):
 * - a young person, a contract or a participation counts in the period (`settings.period`) when
 *   the record that makes it count starts in it: the participation for "entered an action", the
 *   outcome for "entered a CDI"...; an outcome counts only on or after the young person's first
 *   participation ("dans le cadre de l'action", a4#4); an action counts in the period it starts;
 * - its cells are those of the actions behind it: the action of the participation, or every action
 *   the young person took part in up to the outcome; an action naming several branches counts for
 *   each of them;
 * - a young person counts once in a cell and once in the total, however many records put them
 *   there: totals are distinct young people, not the sum of the rows.
 *
 * Input: actions first (an index, small), then each young person's records grouped together
 * (participant, participations, outcomes), as a mission locale's export is. Memory stays flat
 * whatever the number of young people. Partials of disjoint sets of young people merge by adding.
 *
 * @since 0.1.0
 */
import { type ExchangeRecord, Indicator, type InsertionOutcome } from "@accord-jeunes/domain"
import * as LegalDate from "../dates/LegalDate.js"

/** A dimension a table is broken down by. @since 0.1.0 */
export type Dimension = Indicator.Dimension

/** Every dimension, one list for definitions, tables and argument checks. @since 0.2.0 */
export const dimensions: ReadonlyArray<Dimension> = Indicator.dimensions

/** How periods are cut. @since 0.1.0 */
export type Granularity = "year" | "quarter" | "month"

/**
 * When a job counts as durable employment. Sources disagree ("more than six months" or "six
 * months or more"): a parameter. Default: six months or more, as the CEJ exit categories count a
 * CDD or temporary contract ("CDD/CTT >= 6 mois"). A CDI always counts.
 *
 * @since 0.1.0
 */
export interface DurableThreshold {
  readonly months: number
  readonly comparison: "at-least" | "more-than"
}

/** @since 0.1.0 */
export const defaultDurableThreshold: DurableThreshold = { months: 6, comparison: "at-least" }

/** A computable indicator: its id and how it is computed. @since 0.2.0 */
export interface Computed {
  readonly id: string
  readonly measure: Indicator.Measure
}

/** What a partial was computed with; partials merge only when these are equal. @since 0.1.0 */
export interface Settings {
  readonly dimensions: ReadonlyArray<Dimension>
  readonly granularity: Granularity
  readonly durable: DurableThreshold
  /** The period counted, both days included; every record when absent. */
  readonly period?: { readonly start: string; readonly end: string }
  /** The indicators computed, in the order of the table's columns. */
  readonly indicators: ReadonlyArray<Computed>
}

/** The values of a cell by indicator id (a mean keeps `id#sum` and `id#count`). @since 0.2.0 */
export type Values = Readonly<Record<string, number>>

/**
 * A partial aggregate: values by cell, the distinct totals, and what could not be attributed.
 * Serialisable as JSON.
 *
 * @since 0.1.0
 */
export interface Partial {
  readonly version: 2
  readonly settings: Settings
  readonly cells: Readonly<Record<string, Values>>
  readonly total: Values
  readonly records: { readonly read: number; readonly counted: number; readonly unattributed: number }
  readonly unattributedReasons: Readonly<Record<string, number>>
}

/** The contract kinds: what "a contract" means when a count names no outcome. @since 0.2.0 */
export const contractKinds = [
  "cdi",
  "cdd",
  "temporary-work",
  "apprenticeship",
  "professionalisation-contract"
] as const satisfies ReadonlyArray<InsertionOutcome.OutcomeKind>
const contracts = new Set<string>(contractKinds)

// settings compared as values: the same settings written in another key order are equal
const canonical = (u: unknown): string =>
  Array.isArray(u)
    ? `[${u.map(canonical).join(",")}]`
    : typeof u === "object" && u !== null
      ? `{${Object.keys(u)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((u as Record<string, unknown>)[k])}`)
          .join(",")}}`
      : JSON.stringify(u)

/**
 * Whether two settings are the same, whatever the order of their keys.
 *
 * @since 0.2.0
 */
export const sameSettings = (a: Settings, b: Settings): boolean => canonical(a) === canonical(b)

/**
 * An empty partial.
 *
 * @since 0.1.0
 */
export const empty = (settings: Settings): Partial => ({
  version: 2,
  settings,
  cells: {},
  total: {},
  records: { read: 0, counted: 0, unattributed: 0 },
  unattributedReasons: {}
})

// own keys only: a key from data ("toString", "__proto__") never reaches Object.prototype
const addInto = (into: Map<string, number>, values: Readonly<Record<string, number>>) => {
  for (const k of Object.keys(values)) into.set(k, (into.get(k) ?? 0) + (values[k] as number))
}
const sortedRecord = <A>(m: ReadonlyMap<string, A>): Readonly<Record<string, A>> => {
  const out: Record<string, A> = Object.create(null)
  for (const k of [...m.keys()].sort()) out[k] = m.get(k) as A
  return out
}

/**
 * Merges two partials computed with the same settings (associative and commutative), of disjoint
 * sets of young people (each mission locale, region or file its own).
 *
 * @since 0.1.0
 */
export const merge = (a: Partial, b: Partial): Partial => {
  if (!sameSettings(a.settings, b.settings))
    throw new Error(
      "Cannot merge partial aggregates computed with different settings / agrégats partiels de paramètres différents"
    )
  const cells = new Map<string, Map<string, number>>()
  for (const p of [a, b])
    for (const k of Object.keys(p.cells)) {
      const m = cells.get(k) ?? new Map<string, number>()
      addInto(m, p.cells[k] as Values)
      cells.set(k, m)
    }
  const total = new Map<string, number>()
  addInto(total, a.total)
  addInto(total, b.total)
  const reasons = new Map<string, number>()
  addInto(reasons, a.unattributedReasons)
  addInto(reasons, b.unattributedReasons)
  return {
    version: 2,
    settings: a.settings,
    cells: sortedRecord(new Map([...cells].map(([k, m]) => [k, sortedRecord(m)]))),
    total: sortedRecord(total),
    records: {
      read: a.records.read + b.records.read,
      counted: a.records.counted + b.records.counted,
      unattributed: a.records.unattributed + b.records.unattributed
    },
    unattributedReasons: sortedRecord(reasons)
  }
}

/** The key of a cell: dimension values joined by `|`. @since 0.1.0 */
export const keyOf = (values: ReadonlyArray<string>): string => values.join("|")

/** The dimension values of a key. @since 0.1.0 */
export const valuesOf = (key: string): ReadonlyArray<string> => key.split("|")

const periodOf = (date: string, g: Granularity) =>
  g === "year"
    ? date.slice(0, 4)
    : g === "month"
      ? date.slice(0, 7)
      : `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`

// Plain strings: the aggregator also runs on parsed JSON, after validation, at full speed.
interface ActionInfo {
  readonly branches: ReadonlyArray<string>
  readonly region: string
  readonly actionType: string
  readonly startDate: string
}

interface Outcome {
  readonly outcome: string
  readonly startDate: string
  readonly endDate?: string
}

/** A young person's records. */
interface Pathway {
  ref: string
  participations: Array<{ readonly action: string; readonly startDate: string }>
  outcomes: Array<Outcome>
}

/**
 * Whether a contract counts as durable employment.
 *
 * @since 0.1.0
 */
export const isDurable = (o: Outcome, t: DurableThreshold): boolean => {
  if (o.outcome === "cdi") return true
  if (!contracts.has(o.outcome) || o.endDate === undefined) return false
  // the end day is worked: a contract from 1 January to 30 June lasts six months
  const months = LegalDate.monthsBetween(o.startDate as never, LegalDate.addDaysTo(o.endDate as never, 1))
  return t.comparison === "at-least" ? months >= t.months : months > t.months
}

/** The records the aggregator reads, by kind; others are ignored. @since 0.2.0 */
export type Input =
  | (ActionInfo & { readonly kind?: "action"; readonly id: string })
  | { readonly kind: "participant"; readonly ref: string }
  | {
      readonly kind: "participation"
      readonly participant: string
      readonly action: string
      readonly startDate: string
    }
  | {
      readonly kind: "insertion-outcome"
      readonly participant: string
      readonly outcome: string
      readonly startDate: string
      readonly endDate?: string
    }

/** A streaming aggregator. @since 0.2.0 */
export interface Aggregator {
  /** Indexes an action (actions come before the young people's records). */
  readonly addAction: (a: ActionInfo & { readonly id: string }) => void
  /** Adds one record of a young person; a participant record starts the next person. */
  readonly add: (r: Exclude<Input, ActionInfo & { readonly id: string }>) => void
  /**
   * Routes any exchange record to where it counts (actions, young people's records); committee
   * meetings and referent designations are not indicators' business: `false`.
   */
  readonly record: (r: ExchangeRecord.ExchangeRecord) => boolean
  /** Closes the last young person and gives the partial. */
  readonly finish: () => Partial
}

const matchesAction = (where: Indicator.Filter | undefined, a: ActionInfo): boolean =>
  (where?.actionTypes === undefined || (where.actionTypes as ReadonlyArray<string>).includes(a.actionType)) &&
  (where?.branches === undefined || a.branches.some((b) => (where.branches as ReadonlyArray<string>).includes(b)))

const usesOutcomes = (where: Indicator.Filter | undefined) => where?.outcomes !== undefined || where?.durable === true

/**
 * A streaming aggregator of the settings' indicators.
 *
 * @example
 * ```ts
 * import { Aggregate } from "@accord-jeunes/engine"
 * const agg = Aggregate.aggregator({
 *   dimensions: ["region"], granularity: "year", durable: Aggregate.defaultDurableThreshold,
 *   indicators: [{ id: "entries-into-cdi", measure: { kind: "count", of: "young-people", where: { outcomes: ["cdi"] } } }]
 * })
 * agg.addAction({ id: "a1", branches: ["hcr"], region: "84", actionType: "company-visit", startDate: "2025-03-01" })
 * agg.add({ kind: "participant", ref: "p-0001" })
 * agg.add({ kind: "participation", participant: "p-0001", action: "a1", startDate: "2025-03-01" })
 * agg.add({ kind: "insertion-outcome", participant: "p-0001", outcome: "cdi", startDate: "2025-05-01" })
 * agg.finish().cells["84"]?.["entries-into-cdi"] // 1
 * ```
 * @since 0.1.0
 */
export const aggregator = (settings: Settings): Aggregator => {
  const actions = new Map<string, ActionInfo>()
  // values in slots (a count one, a mean two), turned into records by name when finished
  const slotNames: Array<string> = []
  const compiled = settings.indicators.map((x) => {
    const slot = slotNames.length
    if (x.measure.kind === "mean-days") slotNames.push(`${x.id}#sum`, `${x.id}#count`)
    else slotNames.push(x.id)
    return { ...x, slot }
  })
  const width = slotNames.length
  const cells = new Map<string, Float64Array>()
  const total = new Float64Array(width)
  const reasons = new Map<string, number>()
  let read = 0
  let counted = 0
  let unattributed = 0
  let current: Pathway | undefined
  const period = settings.period
  const inPeriod = (d: string) => period === undefined || (d >= period.start && d <= period.end)

  // a young person's counts mostly land in one cell: the last row used is kept at hand
  let lastKey: string | undefined
  let lastRow: Float64Array = new Float64Array(width)
  const bump = (key: string, slot: number, n = 1) => {
    if (key !== lastKey) {
      let row = cells.get(key)
      if (row === undefined) {
        row = new Float64Array(width)
        cells.set(key, row)
      }
      lastKey = key
      lastRow = row
    }
    lastRow[slot] = (lastRow[slot] as number) + n
  }
  const bumpAll = (keys: Iterable<string>, slot: number, n = 1) => {
    for (const k of keys) bump(k, slot, n)
  }
  const bumpTotal = (slot: number, n = 1) => {
    total[slot] = (total[slot] as number) + n
  }
  const unattribute = (reason: string, n = 1) => {
    unattributed += n
    reasons.set(reason, (reasons.get(reason) ?? 0) + n)
  }

  const dims = settings.dimensions
  const byBranch = dims.includes("branch")
  const byPeriod = dims.includes("period")
  // one cell key: the dimension values in the settings' order
  const keyFor = (a: ActionInfo, branch: string, day: string): string => {
    let key = ""
    for (let i = 0; i < dims.length; i++) {
      const d = dims[i]
      const v =
        d === "branch"
          ? branch
          : d === "region"
            ? a.region
            : d === "action-type"
              ? a.actionType
              : periodOf(day, settings.granularity)
      key = i === 0 ? v : `${key}|${v}`
    }
    return key
  }
  // the cells of one action for a record dated `day` (one per branch), kept per action when the
  // day does not enter the key: most records then cost no string work at all
  const plain = new WeakMap<ActionInfo, ReadonlyArray<string>>()
  const actionKeys = (a: ActionInfo, day: string): ReadonlyArray<string> => {
    if (!byPeriod) {
      const hit = plain.get(a)
      if (hit !== undefined) return hit
    }
    const keys = byBranch ? [...new Set(a.branches)].map((b) => keyFor(a, b, day)) : [keyFor(a, "", day)]
    if (!byPeriod) plain.set(a, keys)
    return keys
  }
  // with a branch condition, only the branches it keeps
  const keysOf = (a: ActionInfo, day: string, where: Indicator.Filter | undefined, into: Set<string>) => {
    if (!byBranch || where?.branches === undefined) {
      for (const k of actionKeys(a, day)) into.add(k)
      return
    }
    for (const branch of a.branches)
      if ((where.branches as ReadonlyArray<string>).includes(branch)) into.add(keyFor(a, branch, day))
  }
  type Known = { readonly startDate: string; readonly info: ActionInfo }
  const noActionCondition = (where: Indicator.Filter | undefined) =>
    where?.actionTypes === undefined && where?.branches === undefined
  // counts over outcomes, prepared once: each young person's outcomes are read once for all of them
  const outcomeSpecs = compiled.flatMap((x) =>
    x.measure.kind === "count" &&
    (x.measure.of === "contracts" || (x.measure.of === "young-people" && usesOutcomes(x.measure.where)))
      ? [
          {
            slot: x.slot,
            each: x.measure.of === "contracts",
            kinds: new Set<string>(x.measure.where?.outcomes ?? contractKinds),
            durable: x.measure.where?.durable === true,
            where: x.measure.where,
            plain: noActionCondition(x.measure.where)
          }
        ]
      : []
  )
  const outcomeSlots = new Set(outcomeSpecs.map((x) => x.slot))
  const specCount = new Int32Array(outcomeSpecs.length)
  const specKeys: Array<ReadonlyArray<string> | ReadonlySet<string> | undefined> = outcomeSpecs.map(() => undefined)
  const specUnion: Array<Set<string> | undefined> = outcomeSpecs.map(() => undefined)

  // the young person being closed: their known participations, and the last cells looked up (the
  // functions below are made once, not per young person)
  const known: Array<Known> = []
  let lastDay: string | undefined
  let lastKeys: ReadonlyArray<string> | ReadonlySet<string> = []
  // the cells behind an outcome dated `day`: every action taken part in up to it (one action: its
  // own cells, no set to build)
  const plainUpTo = (day: string): ReadonlyArray<string> | ReadonlySet<string> => {
    if (day === lastDay) return lastKeys
    if (known.length === 1)
      lastKeys = (known[0] as Known).startDate <= day ? actionKeys((known[0] as Known).info, day) : []
    else {
      const set = new Set<string>()
      for (const x of known) if (x.startDate <= day) for (const k of actionKeys(x.info, day)) set.add(k)
      lastKeys = set
    }
    lastDay = day
    return lastKeys
  }
  const keysUpTo = (o: Outcome, where: Indicator.Filter | undefined): ReadonlyArray<string> | ReadonlySet<string> => {
    if (noActionCondition(where)) return plainUpTo(o.startDate)
    const set = new Set<string>()
    for (const x of known)
      if (x.startDate <= o.startDate && matchesAction(where, x.info)) keysOf(x.info, o.startDate, where, set)
    return set
  }
  const sizeOf = (k: ReadonlyArray<string> | ReadonlySet<string>) => ("size" in k ? k.size : k.length)

  const flush = () => {
    const p = current
    current = undefined
    if (p === undefined) return
    const recordsOfPathway = 1 + p.participations.length + p.outcomes.length
    known.length = 0
    lastDay = undefined
    for (const x of p.participations) {
      const info = actions.get(x.action)
      if (info !== undefined) known.push({ startDate: x.startDate, info })
    }
    if (known.length === 0) {
      unattribute(
        p.participations.length === 0 ? "participant-without-participation" : "participation-of-unknown-action",
        recordsOfPathway
      )
      return
    }
    let first = (known[0] as Known).startDate
    for (const x of known) if (x.startDate < first) first = x.startDate
    let outside = 0
    for (const o of p.outcomes) if (o.startDate < first) outside++
    if (outside > 0) unattribute("outcome-before-first-action", outside)
    counted += recordsOfPathway - outside
    // outcomes of the period, on or after the first participation, read once for every count over
    // them: distinct young people (their cells united), or each contract
    specCount.fill(0)
    for (const o of p.outcomes) {
      if (o.startDate < first || !inPeriod(o.startDate)) continue
      let durable: boolean | undefined
      for (let j = 0; j < outcomeSpecs.length; j++) {
        const spec = outcomeSpecs[j] as (typeof outcomeSpecs)[number]
        if (!spec.kinds.has(o.outcome)) continue
        if (spec.durable) {
          if (durable === undefined) durable = isDurable(o, settings.durable)
          if (!durable) continue
        }
        const own = spec.plain ? plainUpTo(o.startDate) : keysUpTo(o, spec.where)
        if (sizeOf(own) === 0) continue
        const n = (specCount[j] as number) + 1
        specCount[j] = n
        if (spec.each) bumpAll(own, spec.slot)
        else if (n === 1) specKeys[j] = own
        else {
          // the first cells found may be shared (an action's, or the memo's): copied before growing
          let union = specUnion[j]
          if (union === undefined || n === 2) {
            union = new Set(specKeys[j])
            specUnion[j] = union
          }
          for (const k of own) union.add(k)
          specKeys[j] = union
        }
      }
    }
    for (let j = 0; j < outcomeSpecs.length; j++) {
      const spec = outcomeSpecs[j] as (typeof outcomeSpecs)[number]
      const n = specCount[j] as number
      if (spec.each) bumpTotal(spec.slot, n)
      else if (n > 0) {
        bumpAll(specKeys[j] as Iterable<string>, spec.slot)
        bumpTotal(spec.slot)
      }
      specKeys[j] = undefined
    }
    for (const { measure, slot } of compiled) {
      if (outcomeSlots.has(slot)) continue
      if (measure.kind === "count") {
        const where = measure.where
        if (measure.of === "actions") continue
        if (measure.of === "participations") {
          let n = 0
          for (const x of known)
            if (inPeriod(x.startDate) && matchesAction(where, x.info)) {
              const own = new Set<string>()
              keysOf(x.info, x.startDate, where, own)
              bumpAll(own, slot)
              n++
            }
          bumpTotal(slot, n)
          continue
        }
        if (measure.of === "young-people" && !usesOutcomes(where)) {
          // young people who took part in an action of the period (one action, no condition: its cells)
          const only = known.length === 1 && noActionCondition(where) ? (known[0] as Known) : undefined
          let keys: ReadonlyArray<string> | ReadonlySet<string> = []
          if (only !== undefined) {
            if (inPeriod(only.startDate)) keys = actionKeys(only.info, only.startDate)
          } else {
            const set = new Set<string>()
            for (const x of known)
              if (inPeriod(x.startDate) && matchesAction(where, x.info)) keysOf(x.info, x.startDate, where, set)
            keys = set
          }
          if (sizeOf(keys) > 0) {
            bumpAll(keys, slot)
            bumpTotal(slot)
          }
        }
        // counts over outcomes were made above
      } else if (measure.kind === "mean-days") {
        // the first contract on or after the first participation, counted in its own period
        let firstContract: Outcome | undefined
        for (const o of p.outcomes)
          if (
            o.startDate >= first &&
            contracts.has(o.outcome) &&
            (firstContract === undefined || o.startDate < firstContract.startDate)
          )
            firstContract = o
        if (firstContract === undefined || !inPeriod(firstContract.startDate)) continue
        const days = LegalDate.daysBetween(first as never, firstContract.startDate as never)
        const keys = keysUpTo(firstContract, undefined)
        bumpAll(keys, slot, days)
        bumpAll(keys, slot + 1)
        bumpTotal(slot, days)
        bumpTotal(slot + 1)
      }
    }
  }

  // zeros are left out: a partial lists what was counted
  const toRecord = (row: Float64Array): Values =>
    sortedRecord(new Map(slotNames.flatMap((name, i) => (row[i] === 0 ? [] : [[name, row[i] as number] as const]))))

  const actionCounts = compiled.filter(
    (x): x is Computed & { measure: Extract<Indicator.Measure, { kind: "count" }>; slot: number } =>
      x.measure.kind === "count" && x.measure.of === "actions"
  )
  const addAction = (a: ActionInfo & { readonly id: string }) => {
    read++
    counted++
    const info = { branches: a.branches, region: a.region, actionType: a.actionType, startDate: a.startDate }
    actions.set(a.id, info)
    for (const { measure, slot } of actionCounts)
      if (inPeriod(a.startDate) && matchesAction(measure.where, info)) {
        const keys = new Set<string>()
        keysOf(info, a.startDate, measure.where, keys)
        bumpAll(keys, slot)
        bumpTotal(slot)
      }
  }
  const add: Aggregator["add"] = (r) => {
    read++
    if (r.kind === "participant") {
      flush()
      current = { ref: r.ref, participations: [], outcomes: [] }
      return
    }
    if (current === undefined || current.ref !== r.participant) {
      unattribute("record-outside-its-participant-group")
      return
    }
    // the record itself is kept until its young person is closed (it is read, never changed): no copy
    if (r.kind === "participation") current.participations.push(r)
    else current.outcomes.push(r)
  }
  return {
    addAction,
    add,
    record: (r) => {
      switch (r.kind) {
        case "action":
          addAction(r)
          return true
        case "participant":
        case "participation":
        case "insertion-outcome":
          add(r)
          return true
        default:
          return false
      }
    },
    finish: (): Partial => {
      flush()
      return {
        version: 2,
        settings,
        cells: sortedRecord(new Map([...cells].map(([k, row]) => [k, toRecord(row)]))),
        total: toRecord(total),
        records: { read, counted, unattributed },
        unattributedReasons: sortedRecord(reasons)
      }
    }
  }
}
