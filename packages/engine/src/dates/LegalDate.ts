/**
 * Legal dates and durations, computed one way everywhere: "three years from signature",
 * "three months after receipt", ages "16 to 25 révolus". Dates are calendar dates (no time zone).
 *
 * Settled choices (see docs/dates.md):
 * - A term of N years from day D runs through the day before D's N-th anniversary: from
 *   2024-09-16, three years end on 2027-09-15 (a7#1).
 * - N months from day D is the same day-of-month N months later, or that month's last day when it
 *   has no such day (as the Code de procédure civile, art. 641, counts month delays); the delay
 *   expires at the end of that day (art. 642): a notice received on 30 November with 3 months
 *   runs through 28 (or 29) February, the last day in force, and takes effect on 1 March (a7#4).
 * - An age in completed years ("révolus") goes up on the birthday; someone born on 29 February
 *   turns a year older on 1 March in common years.
 *
 * @since 0.1.0
 */
import { CalendarDate } from "@accord-jeunes/domain"

type Day = CalendarDate.CalendarDate

// digits read in place: ages are computed for every record of a national file
const digits = (s: string, from: number, to: number): number => {
  let n = 0
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48
  return n
}
const parts = (d: string) => [digits(d, 0, 4), digits(d, 5, 7), digits(d, 8, 10)] as const
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/**
 * Age in completed years on a date.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { LegalDate } from "@accord-jeunes/engine"
 * LegalDate.ageOn(CalendarDate.make("2008-03-15"), CalendarDate.make("2024-03-14")) // 15
 * LegalDate.ageOn(CalendarDate.make("2008-03-15"), CalendarDate.make("2024-03-15")) // 16
 * LegalDate.ageOn(CalendarDate.make("2008-02-29"), CalendarDate.make("2025-02-28")) // 16
 * LegalDate.ageOn(CalendarDate.make("2008-02-29"), CalendarDate.make("2025-03-01")) // 17
 * ```
 * @since 0.1.0
 */
export const ageOn = (birthDate: Day, date: Day): number => {
  const [by, bm, bd] = parts(birthDate)
  const [y, m, d] = parts(date)
  const [am, ad] = bm === 2 && bd === 29 && !isLeap(y) ? [3, 1] : [bm, bd]
  return y - by - (m < am || (m === am && d < ad) ? 1 : 0)
}

/**
 * The day someone reaches an age (their birthday that year; 1 March for a 29 February birth in a
 * common year).
 *
 * @since 0.1.0
 */
export const birthdayOfAge = (birthDate: Day, age: number): Day => {
  const [by, bm, bd] = parts(birthDate)
  const y = by + age
  return CalendarDate.make(
    bm === 2 && bd === 29 && !isLeap(y)
      ? `${String(y).padStart(4, "0")}-03-01`
      : `${String(y).padStart(4, "0")}${birthDate.slice(4)}`
  )
}

/**
 * The last day of a term of `years` years starting on `start` (a7#1).
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { LegalDate } from "@accord-jeunes/engine"
 * LegalDate.termLastDay(CalendarDate.make("2024-09-16"), 3) // "2027-09-15"
 * ```
 * @since 0.1.0
 */
export const termLastDay = (start: Day, years: number): Day =>
  CalendarDate.addDays(CalendarDate.addYears(start, years), -1)

/**
 * The day a delay of `months` months counted from `from` expires, at its end (CPC art. 641-642):
 * for a termination's notice (a7#4), the last day the agreement is in force.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { LegalDate } from "@accord-jeunes/engine"
 * LegalDate.monthsAfter(CalendarDate.make("2025-11-30"), 3) // "2026-02-28"
 * LegalDate.monthsAfter(CalendarDate.make("2026-01-15"), 3) // "2026-04-15"
 * ```
 * @since 0.1.0
 */
export const monthsAfter = (from: Day, months: number): Day => CalendarDate.addMonths(from, months)

/**
 * The agreement year a date falls in: year 1 runs from the signature day through the day before
 * its first anniversary. `undefined` before signature.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { LegalDate } from "@accord-jeunes/engine"
 * LegalDate.agreementYear(CalendarDate.make("2024-09-16"), CalendarDate.make("2025-09-15"))?.index // 1
 * LegalDate.agreementYear(CalendarDate.make("2024-09-16"), CalendarDate.make("2025-09-16"))?.index // 2
 * ```
 * @since 0.1.0
 */
export const agreementYear = (
  signatureDate: Day,
  date: Day
): { readonly index: number; readonly start: Day; readonly end: Day } | undefined => {
  if (date < signatureDate) return undefined
  let index = Math.max(1, Number(date.slice(0, 4)) - Number(signatureDate.slice(0, 4)))
  while (CalendarDate.addYears(signatureDate, index - 1) > date) index--
  while (CalendarDate.addYears(signatureDate, index) <= date) index++
  return { index, start: CalendarDate.addYears(signatureDate, index - 1), end: termLastDay(signatureDate, index) }
}

/**
 * Days from one date to another (negative when `to` is earlier).
 *
 * @since 0.1.0
 */
export const daysBetween = (from: Day, to: Day): number => dayNumber(to) - dayNumber(from)

// Days since 1 March of year 0 in the proleptic Gregorian calendar, from the date's digits: years
// counted from March put the leap day last, so each month's offset is a fixed formula.
const dayNumber = (d: string): number => {
  const m = digits(d, 5, 7)
  const y = digits(d, 0, 4) - (m <= 2 ? 1 : 0)
  const shifted = m > 2 ? m - 3 : m + 9
  return (
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) +
    Math.floor((153 * shifted + 2) / 5) +
    digits(d, 8, 10) -
    1
  )
}

/**
 * Whole calendar months from one date to another: the largest N with `from + N months <= to`.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { LegalDate } from "@accord-jeunes/engine"
 * LegalDate.monthsBetween(CalendarDate.make("2025-01-31"), CalendarDate.make("2025-07-30")) // 5
 * LegalDate.monthsBetween(CalendarDate.make("2025-01-31"), CalendarDate.make("2025-07-31")) // 6
 * ```
 * @since 0.1.0
 */
export const monthsBetween = (from: Day, to: Day): number =>
  monthsBetweenDays(
    digits(from, 0, 4),
    digits(from, 5, 7),
    digits(from, 8, 10),
    digits(to, 0, 4),
    digits(to, 5, 7),
    digits(to, 8, 10)
  )

const daysInMonth = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31

// `from + N months` is in the month of `to` for N the difference of their months, on `from`'s day
// or that month's last: one step back at most when it falls after `to`. No dates built: a
// contract's length is read for every outcome of a national file.
const monthsBetweenDays = (y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): number => {
  const n = (y2 - y1) * 12 + (m2 - m1)
  if (n <= 0) return n
  return Math.min(d1, daysInMonth(y2, m2)) > d2 ? n - 1 : n
}

/**
 * Whole calendar months worked from a first day to a last day, both worked: the months from
 * `first` to the day after `last` (a contract from 1 January to 30 June lasts six months).
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { LegalDate } from "@accord-jeunes/engine"
 * LegalDate.monthsWorked(CalendarDate.make("2025-01-01"), CalendarDate.make("2025-06-30")) // 6
 * LegalDate.monthsWorked(CalendarDate.make("2025-01-01"), CalendarDate.make("2025-06-29")) // 5
 * ```
 * @since 0.2.0
 */
export const monthsWorked = (first: Day, last: Day): number => {
  let y = digits(last, 0, 4)
  let m = digits(last, 5, 7)
  let d = digits(last, 8, 10) + 1
  if (d > daysInMonth(y, m)) {
    d = 1
    m++
    if (m > 12) {
      m = 1
      y++
    }
  }
  return monthsBetweenDays(digits(first, 0, 4), digits(first, 5, 7), digits(first, 8, 10), y, m, d)
}

/**
 * Adds days to a date.
 *
 * @since 0.1.0
 */
export const addDaysTo = (d: Day, days: number): Day => CalendarDate.addDays(d, days)
