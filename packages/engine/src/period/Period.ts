/**
 * Report periods: an agreement year or a calendar year, resolved against the agreement in force on
 * the report day into its first and last days, a label in French and English, and whether it has
 * ended on that day.
 *
 * Settled choices (docs/dates.md, "Report periods"):
 * - Agreement year N runs from the (N−1)th anniversary of the signature through the day before the
 *   Nth (a7#1). There are as many as the term in force on the report day counts (an amendment may
 *   change it); a termination (a7#4) ends the last one early, on the agreement's last day.
 * - A calendar year counts only its days within the agreement's term: from the signature at the
 *   earliest, through the last day in force at the latest; its label says so.
 * - A period is `ended` on the report day when that day is after its last day, `under-way` from its
 *   first day through its last, `not-started` before. Governance findings of a period that has not
 *   ended are warnings (a4#3, a4#4: the committee may still meet and report).
 * - A period that cannot be (an agreement year the term does not have, a year not of four digits
 *   or with no day within the term) is a located problem (`period.*`, docs/codes.md), not a throw.
 *
 * @since 0.2.0
 */
import { type Annotations, CalendarDate, type Catalogue } from "@accord-jeunes/domain"
import { Composition, Problem } from "@accord-jeunes/plugin-sdk"
import * as Result from "effect/Result"
import * as Codes from "../Codes.js"
import * as LegalDate from "../dates/LegalDate.js"
import * as Texts from "../Texts.js"

type Day = CalendarDate.CalendarDate

/**
 * A period asked for: an agreement year (1 from the signature) or a calendar year.
 *
 * @since 0.2.0
 */
export type Spec =
  | { readonly kind: "agreement-year"; readonly index: number }
  | { readonly kind: "calendar-year"; readonly year: number }

/**
 * Where a period stands on the report day.
 *
 * @since 0.2.0
 */
export type Status = Texts.PeriodStatus

/**
 * A period resolved on a report day: the spec it comes from (`index` or `year`), its first and last
 * days (both included, within the agreement's term), its label and its status. A resolved period
 * is also a {@link Spec}.
 *
 * @since 0.2.0
 */
export type Period = Spec & {
  readonly start: Day
  readonly end: Day
  readonly label: Annotations.Bilingual
  readonly status: Status
}

/**
 * A calendar date written out for people: « 1er janvier 2025 », "1 January 2025" (`Texts.dayLabel`).
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { Period } from "@accord-jeunes/engine"
 * Period.dayLabel(CalendarDate.make("2024-09-16")).fr // "16 septembre 2024"
 * Period.dayLabel(CalendarDate.make("2025-01-01")).fr // "1er janvier 2025"
 * Period.dayLabel(CalendarDate.make("2025-01-01")).en // "1 January 2025"
 * ```
 * @since 0.2.0
 */
export const dayLabel: (day: Day) => Annotations.Bilingual = Texts.dayLabel

const statusOn = (start: Day, end: Day, asOf: Day): Status =>
  asOf < start ? "not-started" : asOf > end ? "ended" : "under-way"

/** The term as the report day knows it: first and last day, and how many agreement years it has. */
const termOn = (inForce: Composition.AgreementInForce) => {
  const first = inForce.signatureDate
  const last = inForce.lastDay
  return { first, last, years: LegalDate.agreementYear(first, last)?.index ?? 0, inForce }
}

const problem = (raised: Catalogue.Raised, path: string): Problem.Problem =>
  Problem.make(raised, Texts.periodSubject, { path })

// what was asked, as written (a public value: a year or a number), never too long
const shown = (v: unknown) => String(v).slice(0, 20)

// the term in a message's parameters: from its first to its last day, cut short by a termination or not
const termParams = (t: ReturnType<typeof termOn>, asOf: Day) => ({
  asOf,
  first: t.first,
  last: t.last,
  terminated: t.inForce.termination !== undefined && t.inForce.termination.lastDay === t.last
})

const build = (spec: Spec, start: Day, end: Day, asOf: Day, cut: Texts.PeriodCut | undefined): Period => {
  const status = statusOn(start, end, asOf)
  const label = Texts.periodLabel(spec, start, end, status, cut)
  return spec.kind === "agreement-year"
    ? { kind: "agreement-year", index: spec.index, start, end, label, status }
    : { kind: "calendar-year", year: spec.year, start, end, label, status }
}

const resolveIn = (t: ReturnType<typeof termOn>, spec: Spec, asOf: Day): Result.Result<Period, Problem.Problem> => {
  if (spec.kind === "agreement-year") {
    const i = spec.index
    if (!Number.isInteger(i) || i < 1 || i > t.years)
      return Result.fail(
        problem(
          Codes.periodAgreementYearOutOfRange.raise({ ...termParams(t, asOf), index: shown(i), years: t.years }),
          "$.index"
        )
      )
    const start = CalendarDate.addYears(t.first, i - 1)
    const full = LegalDate.termLastDay(t.first, i)
    // an agreement year within the term never ends before it starts: i is at most the years the term has
    const end = full < t.last ? full : t.last
    const cut = end === full ? undefined : t.inForce.termination !== undefined ? "termination" : "last-day"
    return Result.succeed(build(spec, start, end, asOf, cut))
  }
  if (spec.kind === "calendar-year") {
    const y = spec.year
    if (!Number.isInteger(y) || y < 1000 || y > 9999)
      return Result.fail(problem(Codes.periodCalendarYearFormat.raise({ year: shown(y) }), "$.year"))
    const first = CalendarDate.make(`${y}-01-01`)
    const last = CalendarDate.make(`${y}-12-31`)
    const start = first < t.first ? t.first : first
    const end = last > t.last ? t.last : last
    if (end < start)
      return Result.fail(
        problem(Codes.periodCalendarYearOutsideTerm.raise({ ...termParams(t, asOf), year: y }), "$.year")
      )
    const clipped = start !== first || end !== last
    return Result.succeed(build(spec, start, end, asOf, clipped ? "term" : undefined))
  }
  const kind = (spec as { readonly kind?: unknown }).kind
  return Result.fail(problem(Codes.periodKind.raise({ kind: shown(kind) }), "$.kind"))
}

/**
 * Resolves a period on a report day, against the agreement in force that day (its term, a7#1, and
 * a termination, a7#4): its days, label and status, or a problem located at the spec's field
 * (`$.index`, `$.year`) saying, in French and English, which periods exist (`period.*`,
 * docs/codes.md). A report day that is not a calendar date is the plugin SDK's `date.*` problem
 * about `asOf`.
 *
 * @example
 * ```ts
 * import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
 * import { Period } from "@accord-jeunes/engine"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * import { Result } from "effect"
 * const timeline = Composition.composeOrThrow({ base: agreement2024 })
 * const asOf = CalendarDate.make("2025-10-01")
 * const year1 = Result.getOrThrow(Period.resolve(timeline, { kind: "agreement-year", index: 1 }, asOf))
 * year1.end // "2025-09-15"
 * year1.status // "ended"
 * year1.label.fr // "année 1 de l'accord (16 septembre 2024 – 15 septembre 2025)"
 * const year2 = Result.getOrThrow(Period.resolve(timeline, { kind: "agreement-year", index: 2 }, asOf))
 * year2.label.en // "agreement year 2 (16 September 2025 – 15 September 2026) — under way"
 * const y2024 = Result.getOrThrow(Period.resolve(timeline, { kind: "calendar-year", year: 2024 }, asOf))
 * y2024.start // "2024-09-16"
 * const nine = Period.resolve(timeline, { kind: "agreement-year", index: 9 }, asOf)
 * Result.isFailure(nine) // true
 * ```
 * @since 0.2.0
 */
export const resolve = (
  timeline: Composition.Timeline,
  spec: Spec,
  asOf: string
): Result.Result<Period, Problem.Problem> => {
  const inForce = Composition.inForceOn(timeline, asOf)
  // a report day that is not a date: the plugin SDK's problem about asOf (`date.*`)
  if (Result.isFailure(inForce)) return Result.fail(inForce.failure[0] as Problem.Problem)
  return resolveIn(termOn(inForce.success), spec, inForce.success.date)
}

/**
 * Like {@link resolve}, but throws a `ProblemsError` (from `@accord-jeunes/plugin-sdk`) carrying
 * the problem: for code that has already checked its period.
 *
 * @since 0.2.0
 */
export const resolveOrThrow = (timeline: Composition.Timeline, spec: Spec, asOf: string): Period => {
  const r = resolve(timeline, spec, asOf)
  if (Result.isFailure(r)) throw new Problem.ProblemsError([r.failure])
  return r.success
}

/**
 * The period a report covers when none is asked for: the last agreement year that has ended on the
 * report day; when none has, the one under way (or the first, not started, before signature).
 * After the agreement's last day, its last year.
 *
 * @example
 * ```ts
 * import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
 * import { Period } from "@accord-jeunes/engine"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * const timeline = Composition.composeOrThrow({ base: agreement2024 })
 * Period.defaultFor(timeline, CalendarDate.make("2025-09-15")).status // "under-way"
 * Period.defaultFor(timeline, CalendarDate.make("2025-09-16")).status // "ended"
 * Period.defaultFor(timeline, CalendarDate.make("2026-12-01")).label.fr // "année 2 de l'accord (16 septembre 2025 – 15 septembre 2026)"
 * Period.defaultFor(timeline, CalendarDate.make("2031-01-01")).end // "2027-09-15"
 * ```
 * @since 0.2.0
 */
export const defaultFor = (timeline: Composition.Timeline, asOf: Day): Period => {
  const t = termOn(Composition.asOf(timeline, asOf))
  const current = LegalDate.agreementYear(t.first, asOf)
  const index =
    current === undefined ? 1 : asOf > t.last ? t.years : current.index > 1 ? current.index - 1 : current.index
  return resolveOrThrow(timeline, { kind: "agreement-year", index: Math.max(1, index) }, asOf)
}

/**
 * The days of a period that count on the report day: from its first day through its last, or
 * through the report day when that comes first. What is dated after the report day has not
 * happened (or is only planned), so a period under way is counted up to that day; its bounds and
 * label stay those of the whole period. A period not started on the report day counts nothing:
 * its last counted day comes before its first (`end < start`).
 *
 * @example
 * ```ts
 * import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
 * import { Period } from "@accord-jeunes/engine"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * const timeline = Composition.composeOrThrow({ base: agreement2024 })
 * const asOf = CalendarDate.make("2025-03-01")
 * const year1 = Period.resolveOrThrow(timeline, { kind: "agreement-year", index: 1 }, asOf)
 * Period.counted(year1, asOf) // { start: "2024-09-16", end: "2025-03-01" }
 * const year2 = Period.resolveOrThrow(timeline, { kind: "agreement-year", index: 2 }, asOf)
 * Period.counted(year2, asOf).end < Period.counted(year2, asOf).start // true
 * ```
 * @since 0.5.0
 */
export const counted = (
  period: { readonly start: Day; readonly end: Day },
  asOf: Day
): { readonly start: Day; readonly end: Day } => ({
  start: period.start,
  end: asOf < period.end ? asOf : period.end
})
