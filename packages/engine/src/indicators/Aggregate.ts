/**
 * Indicator aggregation in one streaming pass, into partial aggregates that merge: each region can
 * compute its own, the national level merges them, and no personal data crosses (a partial holds
 * counts only, a5#1). `merge` is associative and commutative.
 *
 * Attribution (documented in docs/indicators.md): a young person is counted in the cell of their
 * first participation (branch, region, action type, period of that action): a cohort. What became
 * of them (contracts, durable employment, time to the first contract) is counted in that same
 * cell, so that rates never exceed 1 and every table adds up to its totals. Only outcomes starting
 * on or after the first participation count ("dans le cadre de l'action", a4#4).
 *
 * Input: actions first (an index, small), then each young person's records grouped together
 * (participant, participations, outcomes), as a mission locale's export is. Memory stays flat
 * whatever the number of young people.
 *
 * @since 0.1.0
 */
import { InsertionOutcome } from "@accord-jeunes/domain"
import * as LegalDate from "../dates/LegalDate.js"

/** A dimension a table is broken down by. @since 0.1.0 */
export type Dimension = "branch" | "region" | "action-type" | "period"

/** Every dimension, for user interfaces and argument checks. @since 0.2.0 */
export const dimensions: ReadonlyArray<Dimension> = ["branch", "region", "action-type", "period"]

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

/** The outcome kinds counted as entries: every outcome but reaching the age limit. @since 0.1.0 */
export const entryKinds = InsertionOutcome.OutcomeKind.literals.filter(
  (k): k is Exclude<InsertionOutcome.OutcomeKind, "age-limit"> => k !== "age-limit"
)

/** Bounds (in days) of the histogram of times to the first contract. @since 0.1.0 */
export const dayBuckets = [30, 90, 180, 365] as const

/** The counts of one cell. @since 0.1.0 */
export interface Counts {
  readonly participants: number
  readonly withContract: number
  readonly entries: Readonly<Record<(typeof entryKinds)[number], number>>
  readonly durableEmployment: number
  readonly daysToFirstContract: {
    readonly count: number
    readonly sum: number
    readonly min: number | null
    readonly max: number | null
    /** Counts of times up to 30, 90, 180, 365 days, and beyond. */
    readonly buckets: ReadonlyArray<number>
  }
}

/** What a partial was computed with; partials merge only when these are equal. @since 0.1.0 */
export interface Settings {
  readonly dimensions: ReadonlyArray<Dimension>
  readonly granularity: Granularity
  readonly durable: DurableThreshold
}

/**
 * A partial aggregate: counts by cell, plus what could not be attributed. Serialisable as JSON.
 *
 * @since 0.1.0
 */
export interface Partial {
  readonly version: 1
  readonly settings: Settings
  readonly cells: Readonly<Record<string, Counts>>
  readonly records: { readonly read: number; readonly counted: number; readonly unattributed: number }
  readonly unattributedReasons: Readonly<Record<string, number>>
}

const zeroEntries = () =>
  Object.fromEntries(entryKinds.map((k) => [k, 0])) as Record<(typeof entryKinds)[number], number>

/** Counts of an empty cell. @since 0.1.0 */
export const emptyCounts = (): Counts => ({
  participants: 0,
  withContract: 0,
  entries: zeroEntries(),
  durableEmployment: 0,
  daysToFirstContract: { count: 0, sum: 0, min: null, max: null, buckets: [0, 0, 0, 0, 0] }
})

/**
 * An empty partial.
 *
 * @since 0.1.0
 */
export const empty = (settings: Partial["settings"]): Partial => ({
  version: 1,
  settings,
  cells: {},
  records: { read: 0, counted: 0, unattributed: 0 },
  unattributedReasons: {}
})

const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b))
const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b))

/**
 * Adds two cells' counts.
 *
 * @since 0.1.0
 */
export const addCounts = (a: Counts, b: Counts): Counts => ({
  participants: a.participants + b.participants,
  withContract: a.withContract + b.withContract,
  entries: Object.fromEntries(entryKinds.map((k) => [k, a.entries[k] + b.entries[k]])) as Counts["entries"],
  durableEmployment: a.durableEmployment + b.durableEmployment,
  daysToFirstContract: {
    count: a.daysToFirstContract.count + b.daysToFirstContract.count,
    sum: a.daysToFirstContract.sum + b.daysToFirstContract.sum,
    min: minOf(a.daysToFirstContract.min, b.daysToFirstContract.min),
    max: maxOf(a.daysToFirstContract.max, b.daysToFirstContract.max),
    buckets: a.daysToFirstContract.buckets.map((n, i) => n + (b.daysToFirstContract.buckets[i] ?? 0))
  }
})

const sameSettings = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b)

const addReasons = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>) => {
  const out: Record<string, number> = { ...a }
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v
  return out
}

/**
 * Merges two partials computed with the same settings (associative and commutative).
 *
 * @since 0.1.0
 */
export const merge = (a: Partial, b: Partial): Partial => {
  if (!sameSettings(a.settings, b.settings))
    throw new Error(
      `Cannot merge partial aggregates computed with different settings / agrégats partiels de paramètres différents: ${JSON.stringify(a.settings)} vs ${JSON.stringify(b.settings)}`
    )
  const cells: Record<string, Counts> = { ...a.cells }
  for (const [k, c] of Object.entries(b.cells)) cells[k] = cells[k] === undefined ? c : addCounts(cells[k], c)
  // keys in a fixed order, so that merge(a, b) and merge(b, a) serialise identically
  const sorted = Object.fromEntries(
    Object.keys(cells)
      .sort()
      .map((k) => [k, cells[k] as Counts])
  )
  return {
    version: 1,
    settings: a.settings,
    cells: sorted,
    records: {
      read: a.records.read + b.records.read,
      counted: a.records.counted + b.records.counted,
      unattributed: a.records.unattributed + b.records.unattributed
    },
    unattributedReasons: Object.fromEntries(
      Object.entries(addReasons(a.unattributedReasons, b.unattributedReasons)).sort()
    )
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

/** A young person's records. @since 0.1.0 */
interface Pathway {
  ref: string
  participations: Array<{ readonly action: string; readonly startDate: string }>
  outcomes: Array<{ readonly outcome: string; readonly startDate: string; readonly endDate?: string }>
}

const contractKinds = new Set(["cdi", "cdd", "temporary-work", "apprenticeship", "professionalisation-contract"])

/**
 * Whether a contract counts as durable employment.
 *
 * @since 0.1.0
 */
export const isDurable = (
  o: { readonly outcome: string; readonly startDate: string; readonly endDate?: string },
  t: DurableThreshold
): boolean => {
  if (o.outcome === "cdi") return true
  if (!contractKinds.has(o.outcome) || o.endDate === undefined) return false
  // the end day is worked: a contract from 1 January to 30 June lasts six months
  const months = LegalDate.monthsBetween(o.startDate as never, LegalDate.addDaysTo(o.endDate as never, 1))
  return t.comparison === "at-least" ? months >= t.months : months > t.months
}

/**
 * A streaming aggregator.
 *
 * @example
 * ```ts
 * import { Aggregate } from "@accord-jeunes/engine"
 * const agg = Aggregate.aggregator({ dimensions: ["region"], granularity: "year", durable: Aggregate.defaultDurableThreshold })
 * agg.addAction({ id: "a1", branches: ["hcr"], region: "84", actionType: "company-visit", startDate: "2025-03-01" })
 * agg.add({ kind: "participant", ref: "p-0001" })
 * agg.add({ kind: "participation", participant: "p-0001", action: "a1", startDate: "2025-03-01" })
 * agg.add({ kind: "insertion-outcome", participant: "p-0001", outcome: "cdi", startDate: "2025-05-01" })
 * agg.finish().cells["84"]?.entries.cdi // 1
 * ```
 * @since 0.1.0
 */
export const aggregator = (settings: Settings) => {
  const actions = new Map<string, ActionInfo>()
  const cells = new Map<string, Counts>()
  const reasons: Record<string, number> = {}
  let read = 0
  let counted = 0
  let unattributed = 0
  let current: Pathway | undefined

  const unattribute = (reason: string, n = 1) => {
    unattributed += n
    reasons[reason] = (reasons[reason] ?? 0) + n
  }

  const flush = () => {
    const p = current
    current = undefined
    if (p === undefined) return
    const recordsOfPathway = 1 + p.participations.length + p.outcomes.length
    const first = p.participations
      .filter((x) => actions.has(x.action))
      .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))[0]
    if (first === undefined) {
      unattribute(
        p.participations.length === 0 ? "participant-without-participation" : "participation-of-unknown-action",
        recordsOfPathway
      )
      return
    }
    const action = actions.get(first.action) as ActionInfo
    const values = settings.dimensions.map((d) =>
      d === "branch"
        ? String(action.branches[0])
        : d === "region"
          ? String(action.region)
          : d === "action-type"
            ? String(action.actionType)
            : periodOf(first.startDate, settings.granularity)
    )
    const key = keyOf(values)
    const entries = zeroEntries()
    let durable = 0
    let firstContract: string | undefined
    let outside = 0
    for (const o of p.outcomes) {
      if (o.startDate < first.startDate) {
        outside++
        continue
      }
      if (o.outcome in entries) entries[o.outcome as keyof typeof entries]++
      if (isDurable(o, settings.durable)) durable++
      if (contractKinds.has(o.outcome) && (firstContract === undefined || o.startDate < firstContract))
        firstContract = o.startDate
    }
    if (outside > 0) unattribute("outcome-before-first-action", outside)
    const days =
      firstContract === undefined ? undefined : LegalDate.daysBetween(first.startDate as never, firstContract as never)
    const bucket = days === undefined ? -1 : dayBuckets.findIndex((b) => days <= b)
    const add: Counts = {
      participants: 1,
      withContract: firstContract === undefined ? 0 : 1,
      entries,
      durableEmployment: durable,
      daysToFirstContract:
        days === undefined
          ? emptyCounts().daysToFirstContract
          : {
              count: 1,
              sum: days,
              min: days,
              max: days,
              buckets: [0, 0, 0, 0, 0].map((_, i) => (i === (bucket < 0 ? 4 : bucket) ? 1 : 0))
            }
    }
    const existing = cells.get(key)
    cells.set(key, existing === undefined ? add : addCounts(existing, add))
    counted += recordsOfPathway - outside
  }

  return {
    /** Indexes an action (actions come before the young people's records). */
    addAction: (a: ActionInfo & { readonly id: string }) => {
      read++
      counted++
      actions.set(a.id, { branches: a.branches, region: a.region, actionType: a.actionType, startDate: a.startDate })
    },
    /** Adds one record of a young person; a participant record starts the next person. */
    add: (
      r:
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
    ) => {
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
      if (r.kind === "participation") current.participations.push({ action: r.action, startDate: r.startDate })
      else
        current.outcomes.push({
          outcome: r.outcome,
          startDate: r.startDate,
          ...(r.endDate === undefined ? {} : { endDate: r.endDate })
        })
    },
    /** Closes the last young person and gives the partial. */
    finish: (): Partial => {
      flush()
      return {
        version: 1,
        settings,
        cells: Object.fromEntries([...cells.keys()].sort().map((k) => [k, cells.get(k) as Counts])),
        records: { read, counted, unattributed },
        unattributedReasons: Object.fromEntries(Object.entries(reasons).sort())
      }
    }
  }
}
