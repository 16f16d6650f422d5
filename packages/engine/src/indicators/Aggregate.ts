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
 * Input of {@link aggregator}: actions first (an index, small), then each young person's records
 * grouped together (participant, participations, outcomes), as a mission locale's export is.
 * Memory stays flat whatever the number of young people. Records in any other order (a workbook
 * with a sheet per kind, files in another order) go through {@link regrouping}, which holds the
 * young people's records and gives the same partial as their grouped order; {@link
 * unattributedByOrder} tells from a streamed partial whether that is needed. Partials of disjoint
 * sets of young people merge by adding.
 *
 * @since 0.1.0
 */
import { type Catalogue, type ExchangeRecord, Indicator, type InsertionOutcome } from "@accord-jeunes/domain"
import * as Codes from "../Codes.js"
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

/**
 * Why records were not attributed (the keys of `Partial.unattributedReasons`):
 * - `outcome-before-first-action`: an outcome that starts before the young person's first
 *   participation (outside "dans le cadre de l'action", a4#4);
 * - `participation-of-unknown-action`: a participation in an action read nowhere;
 * - `participant-without-participation`: a young person (their participant record and outcomes)
 *   with no participation at all; `participant-without-known-action`: with participations in
 *   unknown actions only;
 * - `record-of-unknown-participant`: a participation or outcome of a young person whose
 *   participant record is nowhere ({@link regrouping} only: a stream cannot tell);
 * - `duplicate-record`: a copy of a record already counted (the same file read twice, an export
 *   repeating records): a participant record repeated within its young person's records, a
 *   participation or outcome whose id repeats one of the same young person's, an action read
 *   again as it was; counted once;
 * - `action-redefined`: an action id read again with other facts (branches, region, type, start
 *   day): the last one read is the one participations read after it find, the first one the one
 *   the count of actions counted;
 * - because of their order, streamed only ({@link orderReasons}): `record-outside-its-participant-group`
 *   (a participation or outcome read apart from its young person's participant record),
 *   `participation-before-its-action` (its action was read later) and `participant-read-again`
 *   (the records of a young person whose participant record opened an earlier group: monthly
 *   exports, two missions locales' files; see {@link aggregator}).
 *
 * @since 0.4.0
 */
export const unattributedReasons = [
  "outcome-before-first-action",
  "participation-of-unknown-action",
  "participant-without-participation",
  "participant-without-known-action",
  "record-of-unknown-participant",
  "record-outside-its-participant-group",
  "participation-before-its-action",
  "duplicate-record",
  "action-redefined",
  "participant-read-again"
] as const

/** A reason why records were not attributed. @since 0.4.0 */
export type UnattributedReason = (typeof unattributedReasons)[number]

/**
 * The reasons that come from the order of the records, not from the records: what
 * {@link regrouping} would attribute.
 *
 * @since 0.4.0
 */
export const orderReasons: ReadonlyArray<UnattributedReason> = [
  "record-outside-its-participant-group",
  "participation-before-its-action",
  "participant-read-again"
]

/**
 * The records a partial left unattributed because of their order: 0 when the records came grouped
 * as {@link aggregator} reads them; otherwise {@link regrouping} gives the figures of the grouped
 * order. A young person whose participant record is repeated, each copy followed by part of their
 * records (monthly exports, two missions locales' files), is seen by the stream
 * (`participant-read-again`, a compact set of the references of closed groups) and counted here.
 *
 * @example
 * ```ts
 * import { Aggregate } from "@accord-jeunes/engine"
 * const agg = Aggregate.aggregator({ dimensions: ["region"], granularity: "year", durable: Aggregate.defaultDurableThreshold, indicators: [] })
 * agg.addAction({ id: "a1", branches: ["hcr"], region: "84", actionType: "company-visit", startDate: "2025-03-01" })
 * // a sheet of young people, then a sheet of participations: not grouped
 * agg.add({ kind: "participant", ref: "p-0001" })
 * agg.add({ kind: "participant", ref: "p-0002" })
 * agg.add({ kind: "participation", participant: "p-0001", action: "a1", startDate: "2025-03-01" })
 * Aggregate.unattributedByOrder(agg.finish()) // 1
 * ```
 * @since 0.4.0
 */
export const unattributedByOrder = (partial: Partial): number =>
  orderReasons.reduce(
    (n, r) => n + (Object.hasOwn(partial.unattributedReasons, r) ? (partial.unattributedReasons[r] as number) : 0),
    0
  )

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
 * Thrown by {@link merge} for two partials computed with different settings; `issue` is the
 * catalogue's `indicators.settings-differ`, in French and English.
 *
 * @since 0.3.0
 */
export class SettingsMismatch extends Error {
  readonly issue: Catalogue.Raised
  constructor() {
    const issue = Codes.indicatorsSettingsDiffer.raise({})
    super(`${issue.message.en} [${issue.code}]`)
    this.name = "SettingsMismatch"
    this.issue = issue
  }
}

/**
 * Merges two partials computed with the same settings (associative and commutative), of disjoint
 * sets of young people (each mission locale, region or file its own). Partials of different
 * settings throw a {@link SettingsMismatch}.
 *
 * @since 0.1.0
 */
export const merge = (a: Partial, b: Partial): Partial => {
  if (!sameSettings(a.settings, b.settings)) throw new SettingsMismatch()
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

/**
 * Whether a contract counts as durable employment.
 *
 * @since 0.1.0
 */
export const isDurable = (o: Outcome, t: DurableThreshold): boolean => {
  if (o.outcome === "cdi") return true
  if (!contracts.has(o.outcome) || o.endDate === undefined) return false
  // the end day is worked: a contract from 1 January to 30 June lasts six months
  const months = LegalDate.monthsWorked(o.startDate as never, o.endDate as never)
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

// An indexed action: its facts and, once asked, its cells (numeric ids) per branch condition and,
// when the period enters the key, per period.
interface IndexedAction {
  readonly info: ActionInfo
  /** Its cells when no branch condition applies and the period is not in the key. */
  plain: ReadonlyArray<number> | undefined
  readonly cells: Array<ReadonlyArray<number> | undefined>
  readonly byPeriod: Map<string, ReadonlyArray<number>> | undefined
}

// How one indicator is evaluated, prepared once from its measure.
interface Plan {
  readonly slot: number
  readonly over: "outcomes" | "participants" | "participations" | "actions" | "mean-days" | "none"
  /** Counts each record (a contract, a participation, an action) rather than distinct young people. */
  readonly each: boolean
  readonly kinds: ReadonlySet<string>
  readonly durable: boolean
  readonly where: Indicator.Filter | undefined
  /** Whether the action's type or branch is a condition. */
  readonly onAction: boolean
  /** The index of the branch condition among the settings' distinct ones (0: none). */
  readonly branchFilter: number
}

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
  const { addAction, add, record, finish } = streaming(settings)
  return { addAction, add, record, finish }
}

/**
 * A compact probabilistic set of references: no false negative; a false positive (a reference
 * never added said to be there) needs two 32-bit hashes to collide, about 2^-64 a lookup, and
 * would only cost a second reading of the records. Each reference is kept as its two hashes in
 * one open-addressing table (one memory line read a lookup), filled to three quarters at most,
 * then doubled (the first hash says where each goes: the references themselves are not kept).
 * Memory: 8 bytes a slot, 10.7 to 21.3 bytes a reference once past the first table (32 KiB):
 * about 17 MB for a million young people, where their references would take several times more.
 */
const referenceSet = () => {
  let bits = 12
  // pairs of hashes, slot by slot; a second hash of 0 marks an empty slot (it is never 0)
  let table = new Uint32Array(2 << bits)
  let filled = 0
  let h1 = 0
  let h2 = 0
  const hash = (ref: string) => {
    let a = 0x811c9dc5
    let b = 0x9747b28c
    for (let i = 0; i < ref.length; i++) {
      const c = ref.charCodeAt(i)
      a = Math.imul(a ^ c, 0x01000193)
      b = Math.imul(b ^ c, 0x5bd1e995)
      b ^= b >>> 15
    }
    a ^= a >>> 16
    a = Math.imul(a, 0x85ebca6b)
    a ^= a >>> 13
    a = Math.imul(a, 0xc2b2ae35)
    a ^= a >>> 16
    b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35)
    b ^= b >>> 16
    h1 = a >>> 0
    h2 = b >>> 0 || 1
  }
  // the slot of (h1, h2), or the empty one where it would go; the slot from h1's high bits
  const find = (t: Uint32Array, n: number): number => {
    const mask = (1 << n) - 1
    let i = h1 >>> (32 - n)
    for (;;) {
      const b = t[2 * i + 1] as number
      if (b === 0 || (b === h2 && t[2 * i] === h1)) return i
      i = (i + 1) & mask
    }
  }
  const put = (t: Uint32Array, n: number) => {
    const i = find(t, n)
    t[2 * i] = h1
    t[2 * i + 1] = h2
  }
  return {
    add: (ref: string) => {
      hash(ref)
      const i = find(table, bits)
      if (table[2 * i + 1] !== 0) return
      table[2 * i] = h1
      table[2 * i + 1] = h2
      if (++filled * 4 < 3 << bits) return
      const a = h1
      const b = h2
      const next = new Uint32Array(4 << bits)
      for (let j = 0; j < table.length; j += 2)
        if (table[j + 1] !== 0) {
          h1 = table[j] as number
          h2 = table[j + 1] as number
          put(next, bits + 1)
        }
      table = next
      bits++
      h1 = a
      h2 = b
    },
    has: (ref: string): boolean => {
      hash(ref)
      return table[2 * find(table, bits) + 1] !== 0
    }
  }
}

// The aggregator, and what regrouping alone uses: records it accounts for without reading them.
const streaming = (
  settings: Settings
): Aggregator & { readonly unattributedUnread: (reason: UnattributedReason, n: number) => void } => {
  // values in slots (a count one, a mean two), turned into records by name when finished
  const slotNames: Array<string> = []
  const branchFilters: Array<ReadonlyArray<string> | undefined> = [undefined]
  const plans: Array<Plan> = settings.indicators.map((x) => {
    const slot = slotNames.length
    const m = x.measure
    if (m.kind === "mean-days") slotNames.push(`${x.id}#sum`, `${x.id}#count`)
    else slotNames.push(x.id)
    const where = m.kind === "count" ? m.where : undefined
    let branchFilter = 0
    if (where?.branches !== undefined) {
      branchFilter = branchFilters.length
      branchFilters.push(where.branches)
    }
    return {
      slot,
      over:
        m.kind === "mean-days"
          ? "mean-days"
          : m.kind === "ratio"
            ? "none"
            : m.of === "contracts" || (m.of === "young-people" && usesOutcomes(where))
              ? "outcomes"
              : m.of === "young-people"
                ? "participants"
                : m.of,
      each: m.kind === "count" && m.of !== "young-people",
      kinds: new Set<string>(where?.outcomes ?? contractKinds),
      durable: where?.durable === true,
      where,
      onAction: where?.actionTypes !== undefined || where?.branches !== undefined,
      branchFilter
    }
  })
  const width = slotNames.length
  // counts over outcomes by outcome kind: each outcome is read once for all of them
  const plansByOutcome = new Map<string, ReadonlyArray<Plan>>()
  for (const kind of new Set(plans.flatMap((x) => (x.over === "outcomes" ? [...x.kinds] : []))))
    plansByOutcome.set(
      kind,
      plans.filter((x) => x.over === "outcomes" && x.kinds.has(kind))
    )
  const participantPlans = plans.filter((x) => x.over === "participants" || x.over === "participations")
  const meanPlans = plans.filter((x) => x.over === "mean-days")
  const actionPlans = plans.filter((x) => x.over === "actions")

  // Cells are numbered as they appear; their values live in one array, row by row. `seen` holds,
  // for each value, the mark of the last thing counted in it (a young person, a contract...): a
  // thing counts once in a cell whatever the number of records that put it there, without sets.
  const cellIds = new Map<string, number>()
  const cellKeys: Array<string> = []
  let data = new Float64Array(width * 64)
  let seen = new Int32Array(width * 64)
  const total = new Float64Array(width)
  const totalSeen = new Int32Array(width)
  let mark = 0
  const cellOf = (key: string): number => {
    const known = cellIds.get(key)
    if (known !== undefined) return known
    const id = cellKeys.length
    cellIds.set(key, id)
    cellKeys.push(key)
    if ((id + 1) * width > data.length) {
      const grown = new Float64Array(data.length * 2)
      grown.set(data)
      data = grown
      const grownSeen = new Int32Array(seen.length * 2)
      grownSeen.set(seen)
      seen = grownSeen
    }
    return id
  }

  const reasons = new Map<string, number>()
  let read = 0
  let counted = 0
  let unattributed = 0
  const period = settings.period
  const inPeriod = (d: string) => period === undefined || (d >= period.start && d <= period.end)
  const unattribute = (reason: UnattributedReason, n = 1) => {
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
  // the cells of an action for a record dated `day`: one per branch (an action for several
  // branches counts for each), only the branches a branch condition keeps; computed once
  const computeCells = (a: ActionInfo, day: string, filter: number): ReadonlyArray<number> => {
    if (!byBranch) return [cellOf(keyFor(a, "", day))]
    const keep = branchFilters[filter]
    const ids: Array<number> = []
    for (const b of a.branches) {
      if (keep !== undefined && !keep.includes(b)) continue
      const id = cellOf(keyFor(a, b, day))
      if (!ids.includes(id)) ids.push(id)
    }
    return ids
  }
  const cellsOf = (x: IndexedAction, day: string, filter: number): ReadonlyArray<number> => {
    if (filter === 0 && x.plain !== undefined) return x.plain
    if (x.byPeriod === undefined) {
      const hit = x.cells[filter]
      if (hit !== undefined) return hit
      const ids = computeCells(x.info, day, filter)
      x.cells[filter] = ids
      if (filter === 0) x.plain = ids
      return ids
    }
    const k = `${filter}|${periodOf(day, settings.granularity)}`
    const hit = x.byPeriod.get(k)
    if (hit !== undefined) return hit
    const ids = computeCells(x.info, day, filter)
    x.byPeriod.set(k, ids)
    return ids
  }
  // adds `n` to the plan's value in each cell not yet marked `m`; whether any cell was there
  const addTo = (cells: ReadonlyArray<number>, slot: number, m: number, n: number): boolean => {
    for (let i = 0; i < cells.length; i++) {
      const at = (cells[i] as number) * width + slot
      if (seen[at] !== m) {
        seen[at] = m
        data[at] = (data[at] as number) + n
      }
    }
    return cells.length > 0
  }
  const addToCell = (cell: number, slot: number, m: number, n: number) => {
    const at = cell * width + slot
    if (seen[at] !== m) {
      seen[at] = m
      data[at] = (data[at] as number) + n
    }
  }
  const addToTotal = (slot: number, m: number, n: number) => {
    if (totalSeen[slot] === m) return
    totalSeen[slot] = m
    total[slot] = (total[slot] as number) + n
  }

  // Actions by id give a number; an action with a single cell whatever the record's day (one
  // branch, no period in the key) has it in `singleCell`, read without touching the action itself:
  // a national file's young people reach thousands of actions in no order, and each object
  // touched is a likely cache miss between two records being validated.
  const actions = new Map<string, number>()
  const actionList: Array<IndexedAction> = []
  const singleCell: Array<number> = []
  // the young person being read, their records kept until the next one starts (arrays reused)
  let currentRef: string | undefined
  // the references of the groups closed, to see a young person's group opened again
  const closed = referenceSet()
  let readAgain = false
  // the ids of the current young person's participations and outcomes, to see a copy
  const groupIds: Array<string> = []
  let participations = 0
  let first: string | undefined
  // arrays reused from one young person to the next, their used length counted (cheaper than
  // setting their length to zero for each person)
  const outcomes: Array<Outcome> = []
  let outcomeCount = 0
  let knownCount = 0
  // their participations in known actions (looked up as each is read)
  const knownStart: Array<string> = []
  const knownAction: Array<number> = []
  const knownCell: Array<number> = []
  // participations in actions not (yet) read, by action: those whose action comes later were
  // left out because of their order (empty when actions come first)
  const unknownActions = new Map<string, number>()
  let beforeTheirAction = 0

  // the cells of every action taken part in up to `day` that the plan's conditions keep
  const addBehind = (day: string, plan: Plan, slot: number, m: number, n: number): boolean => {
    let any = false
    for (let i = 0; i < knownCount; i++) {
      if ((knownStart[i] as string) > day) continue
      const c = knownCell[i] as number
      if (c >= 0 && !plan.onAction && plan.branchFilter === 0) {
        addToCell(c, slot, m, n)
        any = true
        continue
      }
      const x = actionList[knownAction[i] as number] as IndexedAction
      if (plan.onAction && !matchesAction(plan.where, x.info)) continue
      if (addTo(cellsOf(x, day, plan.branchFilter), slot, m, n)) any = true
    }
    return any
  }

  // the cells of every action taken part in up to `day` (an action's own list when there is one)
  const gathered: Array<number> = []
  const none: ReadonlyArray<number> = []
  const one = [0]
  const plainBehind = (day: string): ReadonlyArray<number> => {
    if (knownCount === 1) {
      if ((knownStart[0] as string) > day) return none
      const c = knownCell[0] as number
      if (c < 0) return cellsOf(actionList[knownAction[0] as number] as IndexedAction, day, 0)
      one[0] = c
      return one
    }
    gathered.length = 0
    for (let i = 0; i < knownCount; i++) {
      if ((knownStart[i] as string) > day) continue
      const c = knownCell[i] as number
      if (c >= 0) gathered.push(c)
      else for (const k of cellsOf(actionList[knownAction[i] as number] as IndexedAction, day, 0)) gathered.push(k)
    }
    return gathered
  }

  const flush = () => {
    if (currentRef === undefined) return
    closed.add(currentRef)
    currentRef = undefined
    groupIds.length = 0
    // a participation in an unknown action counts nowhere: accounted for on its own
    const unknown = participations - knownCount
    if (unknown > 0) unattribute("participation-of-unknown-action", unknown)
    if (readAgain) {
      // a young person whose group was closed before: only all their records together give
      // their figures (regrouping does); left out here because of their order
      unattribute("participant-read-again", 1 + knownCount + outcomeCount)
      return
    }
    const firstDay = first
    if (firstDay === undefined) {
      unattribute(
        participations === 0 ? "participant-without-participation" : "participant-without-known-action",
        1 + outcomeCount
      )
      return
    }
    let outside = 0
    for (let i = 0; i < outcomeCount; i++) if ((outcomes[i] as Outcome).startDate < firstDay) outside++
    if (outside > 0) unattribute("outcome-before-first-action", outside)
    counted += 1 + knownCount + outcomeCount - outside
    const person = ++mark

    // outcomes of the period, on or after the first participation ("dans le cadre de l'action",
    // a4#4): a young person once in each cell of the actions behind them, a contract each time
    for (let i = 0; i < outcomeCount; i++) {
      const o = outcomes[i] as Outcome
      if (o.startDate < firstDay || !inPeriod(o.startDate)) continue
      const concerned = plansByOutcome.get(o.outcome)
      if (concerned === undefined) continue
      let durable: boolean | undefined
      // the cells behind the outcome, gathered once for the counts without conditions on the action
      const behind = plainBehind(o.startDate)
      for (const plan of concerned) {
        if (plan.durable) {
          if (durable === undefined) durable = isDurable(o, settings.durable)
          if (!durable) continue
        }
        const m = plan.each ? ++mark : person
        const any =
          plan.onAction || plan.branchFilter !== 0
            ? addBehind(o.startDate, plan, plan.slot, m, 1)
            : addTo(behind, plan.slot, m, 1)
        if (any) addToTotal(plan.slot, m, 1)
      }
    }
    // young people who took part in an action of the period; participations of the period
    for (const plan of participantPlans)
      for (let i = 0; i < knownCount; i++) {
        const day = knownStart[i] as string
        if (!inPeriod(day)) continue
        const m = plan.each ? ++mark : person
        const c = knownCell[i] as number
        if (c >= 0 && !plan.onAction && plan.branchFilter === 0) {
          addToCell(c, plan.slot, m, 1)
          addToTotal(plan.slot, m, 1)
          continue
        }
        const x = actionList[knownAction[i] as number] as IndexedAction
        if (plan.onAction && !matchesAction(plan.where, x.info)) continue
        if (addTo(cellsOf(x, day, plan.branchFilter), plan.slot, m, 1)) addToTotal(plan.slot, m, 1)
      }
    if (meanPlans.length > 0) {
      // the first contract on or after the first participation, counted in its own period
      let firstContract: Outcome | undefined
      for (let i = 0; i < outcomeCount; i++) {
        const o = outcomes[i] as Outcome
        if (
          o.startDate >= firstDay &&
          contracts.has(o.outcome) &&
          (firstContract === undefined || o.startDate < firstContract.startDate)
        )
          firstContract = o
      }
      if (firstContract !== undefined && inPeriod(firstContract.startDate)) {
        const days = LegalDate.daysBetween(firstDay as never, firstContract.startDate as never)
        for (const plan of meanPlans) {
          addBehind(firstContract.startDate, plan, plan.slot, person, days)
          addBehind(firstContract.startDate, plan, plan.slot + 1, person, 1)
          addToTotal(plan.slot, person, days)
          addToTotal(plan.slot + 1, person, 1)
        }
      }
    }
  }

  // zeros are left out: a partial lists what was counted
  const names = slotNames.map((name, i) => [name, i] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const toRecord = (row: ArrayLike<number>, at: number): Values => {
    const out: Record<string, number> = Object.create(null)
    for (const [name, i] of names) {
      const v = row[at + i] as number
      if (v !== 0) out[name] = v
    }
    return out
  }

  const addAction = (a: ActionInfo & { readonly id: string }) => {
    read++
    const known = actions.get(a.id)
    if (known !== undefined) {
      // counted once; another content is told, and the last one read is the one found after it
      const was = (actionList[known] as IndexedAction).info
      const same =
        was.region === a.region &&
        was.actionType === a.actionType &&
        was.startDate === a.startDate &&
        was.branches.length === a.branches.length &&
        was.branches.every((b, i) => a.branches[i] === b)
      unattribute(same ? "duplicate-record" : "action-redefined")
      if (same) return
    } else counted++
    const x: IndexedAction = {
      info: { branches: a.branches, region: a.region, actionType: a.actionType, startDate: a.startDate },
      plain: undefined,
      cells: [],
      byPeriod: byPeriod ? new Map() : undefined
    }
    actions.set(a.id, actionList.length)
    actionList.push(x)
    if (unknownActions.size > 0) {
      const early = unknownActions.get(a.id)
      if (early !== undefined) {
        beforeTheirAction += early
        unknownActions.delete(a.id)
      }
    }
    const plain = byPeriod ? undefined : cellsOf(x, a.startDate, 0)
    singleCell.push(plain?.length === 1 ? (plain[0] as number) : -1)
    if (known !== undefined || !inPeriod(a.startDate)) return
    for (const plan of actionPlans) {
      if (plan.onAction && !matchesAction(plan.where, x.info)) continue
      const m = ++mark
      if (addTo(cellsOf(x, a.startDate, plan.branchFilter), plan.slot, m, 1)) addToTotal(plan.slot, m, 1)
    }
  }
  const add: Aggregator["add"] = (r) => {
    read++
    if (r.kind === "participant") {
      // the participant record repeated within its group: one young person
      if (r.ref === currentRef) {
        unattribute("duplicate-record")
        return
      }
      flush()
      currentRef = r.ref
      readAgain = closed.has(r.ref)
      participations = 0
      first = undefined
      outcomeCount = 0
      knownCount = 0
      return
    }
    if (currentRef === undefined || currentRef !== r.participant) {
      unattribute("record-outside-its-participant-group")
      return
    }
    // a copy of one of the young person's records (by id, when it has one) counts once
    const id = (r as { readonly id?: unknown }).id
    if (typeof id === "string") {
      if (groupIds.includes(id)) {
        unattribute("duplicate-record")
        return
      }
      groupIds.push(id)
    }
    // the record itself is kept until its young person is closed (it is read, never changed): no copy
    if (r.kind === "participation") {
      participations++
      const a = actions.get(r.action)
      if (a === undefined) {
        unknownActions.set(r.action, (unknownActions.get(r.action) ?? 0) + 1)
        return
      }
      knownStart[knownCount] = r.startDate
      knownAction[knownCount] = a
      knownCell[knownCount] = singleCell[a] as number
      knownCount++
      if (first === undefined || r.startDate < first) first = r.startDate
    } else outcomes[outcomeCount++] = r
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
    unattributedUnread: (reason, n) => {
      read += n
      unattribute(reason, n)
    },
    finish: (): Partial => {
      flush()
      if (beforeTheirAction > 0) {
        // unknown when their young person was closed, read later: their order, not their data
        const left = (reasons.get("participation-of-unknown-action") ?? 0) - beforeTheirAction
        if (left > 0) reasons.set("participation-of-unknown-action", left)
        else reasons.delete("participation-of-unknown-action")
        reasons.set("participation-before-its-action", beforeTheirAction)
        beforeTheirAction = 0
      }
      const cells: Record<string, Values> = Object.create(null)
      const order = cellKeys.map((k, id) => [k, id] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      for (const [k, id] of order) {
        const values = toRecord(data, id * width)
        // a cell only reached by a count that kept nothing stays out, as before numbering
        if (Object.keys(values).length > 0) cells[k] = values
      }
      return {
        version: 2,
        settings,
        cells,
        total: toRecord(total, 0),
        records: { read, counted, unattributed },
        unattributedReasons: sortedRecord(reasons)
      }
    }
  }
}

/**
 * An aggregator for records in any order, with the same surface as {@link Aggregator}'s `record`
 * and `finish`. It counts nothing itself: `finish` gives the records to {@link aggregator} in
 * the grouped order (actions first, then each young person's records together), so its partial
 * is exactly the one of that order.
 *
 * @since 0.4.0
 */
export interface Regrouping {
  /** Takes any exchange record; `false` for those that are not indicators' business (as `Aggregator.record`). */
  readonly record: (r: ExchangeRecord.ExchangeRecord) => boolean
  /** The young people whose records are held so far. */
  readonly held: () => number
  /** Gives the held records to the aggregator, grouped, and its partial. */
  readonly finish: () => Partial
}

/**
 * Aggregates records whatever their order: the figures of a workbook with one sheet per kind, of
 * files given in any order, or of a file sorted otherwise are those of the same records grouped.
 * Actions are indexed as they come; each young person's records are held, by pseudonymous
 * reference, until `finish`. **Memory grows with the records held** (what the aggregator needs
 * of them: references, actions, dates, outcomes), unlike {@link aggregator}'s, which stays flat:
 * use this one when {@link unattributedByOrder} says the records did not come grouped.
 *
 * A participation or outcome of a reference with no participant record anywhere is unattributed
 * (`record-of-unknown-participant`). A participant record read several times is one young person;
 * a participation or outcome whose id repeats one of the same young person's records is counted
 * once; the copies are `duplicate-record`.
 *
 * @example
 * ```ts
 * import { Aggregate } from "@accord-jeunes/engine"
 * const settings: Aggregate.Settings = {
 *   dimensions: ["region"], granularity: "year", durable: Aggregate.defaultDurableThreshold,
 *   indicators: [{ id: "entries-into-cdi", measure: { kind: "count", of: "young-people", where: { outcomes: ["cdi"] } } }]
 * }
 * const agg = Aggregate.regrouping(settings)
 * // the outcome first, the participant last: the order of a workbook's sheets read backwards
 * agg.record({ kind: "insertion-outcome", participant: "p-0001", outcome: "cdi", startDate: "2025-05-01" } as never)
 * agg.record({ kind: "participation", participant: "p-0001", action: "a1", startDate: "2025-03-01" } as never)
 * agg.record({ kind: "action", id: "a1", branches: ["hcr"], region: "84", actionType: "company-visit", startDate: "2025-03-01" } as never)
 * agg.record({ kind: "participant", ref: "p-0001" } as never)
 * agg.finish().cells["84"]?.["entries-into-cdi"] // 1
 * ```
 * @since 0.4.0
 */
export const regrouping = (settings: Settings): Regrouping => {
  const agg = streaming(settings)
  // Held compactly (a national year may have to be held): young people numbered as they appear,
  // their records in columns of numbers, a list per young person; action ids, days and outcome
  // kinds (a few thousand values) as numbers in one table of texts.
  const people = new Map<string, number>()
  const refs: Array<string> = []
  let participants = new Int32Array(1024)
  let last = new Int32Array(1024) // each young person's last record held, plus one (0: none)
  let kinds = new Uint8Array(4096) // 0: a participation (action, day), 1: an outcome (kind, start, end)
  let first = new Int32Array(4096)
  let second = new Int32Array(4096)
  let third = new Int32Array(4096) // an outcome's end day, -1 when it has none
  let previous = new Int32Array(4096) // the young person's previous record, plus one (0: none)
  let records = 0
  // each record's id, to count a copy once (a file read twice, an export repeating records)
  const recordIds: Array<string | undefined> = []
  const ids = new Map<string, number>()
  const texts: Array<string> = []
  const text = (s: string): number => {
    let id = ids.get(s)
    if (id === undefined) {
      id = texts.length
      ids.set(s, id)
      texts.push(s)
    }
    return id
  }
  const grown = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
    const b = make(a.length * 2)
    b.set(a)
    return b
  }
  const personOf = (ref: string): number => {
    let p = people.get(ref)
    if (p === undefined) {
      p = refs.length
      people.set(ref, p)
      refs.push(ref)
      if (p === participants.length) {
        participants = grown(participants, (n) => new Int32Array(n))
        last = grown(last, (n) => new Int32Array(n))
      }
    }
    return p
  }
  const hold = (ref: string, id: unknown, kind: number, a: number, b: number, c: number) => {
    const p = personOf(ref)
    recordIds.push(typeof id === "string" ? id : undefined)
    if (records === kinds.length) {
      kinds = grown(kinds, (n) => new Uint8Array(n))
      first = grown(first, (n) => new Int32Array(n))
      second = grown(second, (n) => new Int32Array(n))
      third = grown(third, (n) => new Int32Array(n))
      previous = grown(previous, (n) => new Int32Array(n))
    }
    kinds[records] = kind
    first[records] = a
    second[records] = b
    third[records] = c
    previous[records] = last[p] as number
    last[p] = ++records
  }
  return {
    record: (r) => {
      switch (r.kind) {
        case "action":
          // actions are indexed as they come: all are known before any young person is closed
          agg.addAction(r)
          return true
        case "participant": {
          const p = personOf(r.ref)
          participants[p] = (participants[p] as number) + 1
          return true
        }
        case "participation":
          hold(r.participant, r.id, 0, text(r.action), text(r.startDate), -1)
          return true
        case "insertion-outcome":
          hold(
            r.participant,
            r.id,
            1,
            text(r.outcome),
            text(r.startDate),
            r.endDate === undefined ? -1 : text(r.endDate)
          )
          return true
        default:
          return false
      }
    },
    held: () => refs.length,
    finish: () => {
      // one object reused for what the aggregator reads and does not keep (a participant's
      // reference, a participation's action and day); outcomes, which it keeps until the young
      // person is closed, are made for each
      const participant = { kind: "participant" as const, ref: "" }
      const participation = { kind: "participation" as const, participant: "", action: "", startDate: "" }
      const seenIds = new Set<string>()
      for (let p = 0; p < refs.length; p++) {
        const ref = refs[p] as string
        const copies = participants[p] as number
        if (copies === 0) {
          let n = 0
          for (let at = last[p] as number; at > 0; at = previous[at - 1] as number) n++
          agg.unattributedUnread("record-of-unknown-participant", n)
          continue
        }
        // one young person however many copies of their participant record were read
        participant.ref = ref
        agg.add(participant)
        if (copies > 1) agg.unattributedUnread("duplicate-record", copies - 1)
        participation.participant = ref
        seenIds.clear()
        for (let at = last[p] as number; at > 0; at = previous[at - 1] as number) {
          const i = at - 1
          const id = recordIds[i]
          if (id !== undefined) {
            // a copy of one of the young person's records: counted once (the last one read)
            if (seenIds.has(id)) {
              agg.unattributedUnread("duplicate-record", 1)
              continue
            }
            seenIds.add(id)
          }
          if (kinds[i] === 0) {
            participation.action = texts[first[i] as number] as string
            participation.startDate = texts[second[i] as number] as string
            agg.add(participation)
          } else {
            const outcome = texts[first[i] as number] as string
            const startDate = texts[second[i] as number] as string
            const end = third[i] as number
            agg.add(
              end < 0
                ? { kind: "insertion-outcome", participant: ref, outcome, startDate }
                : { kind: "insertion-outcome", participant: ref, outcome, startDate, endDate: texts[end] as string }
            )
          }
        }
      }
      people.clear()
      return agg.finish()
    }
  }
}
