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
 *   or with no day within the term) is a located problem in French and English, not a throw.
 *
 * @since 0.2.0
 */
import { type Annotations, CalendarDate } from "@accord-jeunes/domain"
import { Composition, Problem } from "@accord-jeunes/plugin-sdk"
import * as Result from "effect/Result"
import * as LegalDate from "../dates/LegalDate.js"

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
export type Status = "ended" | "under-way" | "not-started"

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

const monthsFr = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre"
]
const monthsEn = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
]

/**
 * A calendar date written out for people: « 1er janvier 2025 », "1 January 2025".
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
export const dayLabel = (day: Day): Annotations.Bilingual => {
  const y = CalendarDate.year(day)
  const m = Number(day.slice(5, 7)) - 1
  const d = Number(day.slice(8, 10))
  return { fr: `${d === 1 ? "1er" : d} ${monthsFr[m]} ${y}`, en: `${d} ${monthsEn[m]} ${y}` }
}

const span = (start: Day, end: Day): Annotations.Bilingual => {
  const s = dayLabel(start)
  const e = dayLabel(end)
  return { fr: `${s.fr} – ${e.fr}`, en: `${s.en} – ${e.en}` }
}

const statusOn = (start: Day, end: Day, asOf: Day): Status =>
  asOf < start ? "not-started" : asOf > end ? "ended" : "under-way"

const suffix: Readonly<Record<Status, Annotations.Bilingual>> = {
  ended: { fr: "", en: "" },
  "under-way": { fr: " — en cours", en: " — under way" },
  "not-started": { fr: " — à venir", en: " — not started" }
}

/** The term as the report day knows it: first and last day, and how many agreement years it has. */
const termOn = (inForce: Composition.AgreementInForce) => {
  const first = inForce.signatureDate
  const last = inForce.lastDay
  return { first, last, years: LegalDate.agreementYear(first, last)?.index ?? 0, inForce }
}

const problem = (code: string, path: string, fr: string, en: string): Problem.Problem => ({
  code,
  subject: "period",
  path,
  message: { fr, en }
})

const shown = (v: unknown) => String(v).slice(0, 20)

// "from … to … (clause a7#1)": the term as the report day knows it
const termText = (t: ReturnType<typeof termOn>): Annotations.Bilingual => {
  const first = dayLabel(t.first)
  const last = dayLabel(t.last)
  const terminated = t.inForce.termination !== undefined && t.inForce.termination.lastDay === t.last
  return {
    fr: `du ${first.fr} au ${last.fr}${terminated ? ", son dernier jour avant sa résiliation (clauses a7#1, a7#4)" : " (clause a7#1)"}`,
    en: `from ${first.en} to ${last.en}${terminated ? ", its last day before termination (clauses a7#1, a7#4)" : " (clause a7#1)"}`
  }
}

const build = (
  spec: Spec,
  start: Day,
  end: Day,
  asOf: Day,
  name: Annotations.Bilingual,
  note: Annotations.Bilingual | undefined,
  showSpan: boolean
): Period => {
  const status = statusOn(start, end, asOf)
  const s = span(start, end)
  const label = {
    fr: `${name.fr}${note === undefined ? "" : `, ${note.fr}`}${showSpan ? ` (${s.fr})` : ""}${suffix[status].fr}`,
    en: `${name.en}${note === undefined ? "" : `, ${note.en}`}${showSpan ? ` (${s.en})` : ""}${suffix[status].en}`
  }
  return spec.kind === "agreement-year"
    ? { kind: "agreement-year", index: spec.index, start, end, label, status }
    : { kind: "calendar-year", year: spec.year, start, end, label, status }
}

const resolveIn = (t: ReturnType<typeof termOn>, spec: Spec, asOf: Day): Result.Result<Period, Problem.Problem> => {
  const term = termText(t)
  if (spec.kind === "agreement-year") {
    const i = spec.index
    if (!Number.isInteger(i) || i < 1 || i > t.years)
      return Result.fail(
        problem(
          "period.agreement-year-out-of-range",
          "$.index",
          `Année de l'accord ${shown(i)} : un entier de 1 à ${t.years} attendu ; l'accord en vigueur au ${asOf} compte ${t.years} année(s), ${term.fr}`,
          `Agreement year ${shown(i)}: a whole number from 1 to ${t.years} expected; the agreement in force on ${asOf} has ${t.years} year(s), ${term.en}`
        )
      )
    const start = CalendarDate.addYears(t.first, i - 1)
    const full = LegalDate.termLastDay(t.first, i)
    const end = full < t.last ? full : t.last
    const cut =
      end === full
        ? undefined
        : t.inForce.termination !== undefined
          ? { fr: "écourtée par la résiliation", en: "cut short by termination" }
          : { fr: "écourtée au dernier jour de l'accord", en: "cut short on the agreement's last day" }
    return checked(
      build(spec, start, end, asOf, { fr: `année ${i} de l'accord`, en: `agreement year ${i}` }, cut, true)
    )
  }
  if (spec.kind === "calendar-year") {
    const y = spec.year
    if (!Number.isInteger(y) || y < 1000 || y > 9999)
      return Result.fail(
        problem(
          "period.calendar-year-format",
          "$.year",
          `Année civile « ${shown(y)} » : une année à quatre chiffres attendue (ex. 2025)`,
          `Calendar year "${shown(y)}": a four-digit year expected (e.g. 2025)`
        )
      )
    const first = CalendarDate.make(`${y}-01-01`)
    const last = CalendarDate.make(`${y}-12-31`)
    const start = first < t.first ? t.first : first
    const end = last > t.last ? t.last : last
    if (end < start)
      return Result.fail(
        problem(
          "period.calendar-year-outside-term",
          "$.year",
          `L'année civile ${y} n'a aucun jour dans la durée de l'accord (années civiles ${CalendarDate.year(t.first)} à ${CalendarDate.year(t.last)}) : l'accord en vigueur au ${asOf} court ${term.fr}`,
          `Calendar year ${y} has no day within the agreement's term (calendar years ${CalendarDate.year(t.first)} to ${CalendarDate.year(t.last)}): the agreement in force on ${asOf} runs ${term.en}`
        )
      )
    const clipped = start !== first || end !== last
    return checked(
      build(
        spec,
        start,
        end,
        asOf,
        { fr: `année civile ${y}`, en: `calendar year ${y}` },
        clipped ? { fr: "limitée à la durée de l'accord", en: "limited to the agreement's term" } : undefined,
        clipped
      )
    )
  }
  const kind = (spec as { readonly kind?: unknown }).kind
  return Result.fail(
    problem(
      "period.kind",
      "$.kind",
      `Période « ${shown(kind)} » : « agreement-year » ou « calendar-year » attendu`,
      `Period "${shown(kind)}": "agreement-year" or "calendar-year" expected`
    )
  )
}

// whatever the inputs, a period never ends before it starts
const checked = (p: Period): Result.Result<Period, Problem.Problem> =>
  p.end < p.start
    ? Result.fail(
        problem(
          "period.ends-before-start",
          "$",
          `La période finirait le ${p.end}, avant de commencer le ${p.start}`,
          `The period would end on ${p.end}, before it starts on ${p.start}`
        )
      )
    : Result.succeed(p)

/**
 * Resolves a period on a report day, against the agreement in force that day (its term, a7#1, and
 * a termination, a7#4): its days, label and status, or a problem located at the spec's field
 * (`$.index`, `$.year`) saying, in French and English, which periods exist. A report day that is
 * not a calendar date is a `date.invalid` problem about `asOf`.
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
  if (Result.isFailure(inForce))
    return Result.fail(inForce.failure[0] ?? problem("date.invalid", "$", "Date invalide", "Invalid date"))
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
