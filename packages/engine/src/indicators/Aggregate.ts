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
    currentRef = undefined
    const recordsOfPathway = 1 + participations + outcomeCount
    const firstDay = first
    if (firstDay === undefined) {
      unattribute(
        participations === 0 ? "participant-without-participation" : "participation-of-unknown-action",
        recordsOfPathway
      )
      return
    }
    let outside = 0
    for (let i = 0; i < outcomeCount; i++) if ((outcomes[i] as Outcome).startDate < firstDay) outside++
    if (outside > 0) unattribute("outcome-before-first-action", outside)
    counted += recordsOfPathway - outside
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
    counted++
    const x: IndexedAction = {
      info: { branches: a.branches, region: a.region, actionType: a.actionType, startDate: a.startDate },
      plain: undefined,
      cells: [],
      byPeriod: byPeriod ? new Map() : undefined
    }
    actions.set(a.id, actionList.length)
    actionList.push(x)
    const plain = byPeriod ? undefined : cellsOf(x, a.startDate, 0)
    singleCell.push(plain?.length === 1 ? (plain[0] as number) : -1)
    if (!inPeriod(a.startDate)) return
    for (const plan of actionPlans) {
      if (plan.onAction && !matchesAction(plan.where, x.info)) continue
      const m = ++mark
      if (addTo(cellsOf(x, a.startDate, plan.branchFilter), plan.slot, m, 1)) addToTotal(plan.slot, m, 1)
    }
  }
  const add: Aggregator["add"] = (r) => {
    read++
    if (r.kind === "participant") {
      flush()
      currentRef = r.ref
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
    // the record itself is kept until its young person is closed (it is read, never changed): no copy
    if (r.kind === "participation") {
      participations++
      const a = actions.get(r.action)
      if (a === undefined) return
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
    finish: (): Partial => {
      flush()
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
