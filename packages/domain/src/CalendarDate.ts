/**
 * Calendar dates (`YYYY-MM-DD`), with no time and no time zone: a contract start, a
 * birth date, a signature date. They sort as strings and never shift with a time zone.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Codes from "./Codes.js"
import { pattern, rule } from "./internal/rule.js"

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

// Arithmetic rather than a Date object: the check runs on every date of every record read, and
// Date.UTC reads years 0-99 as 1900-1999. Gregorian rule throughout (ISO 8601's proleptic calendar).
const daysInMonth = (year: number, month: number): number =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : (monthLengths[month - 1] as number)

// Runs after the format check (which aborts on failure), so the digits are where they should be.
const digits = (s: string, from: number, to: number): number => {
  let n = 0
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48
  return n
}

const isRealDate = (s: string): boolean => {
  const year = digits(s, 0, 4)
  const month = digits(s, 5, 7)
  const day = digits(s, 8, 10)
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * A calendar date in ISO 8601 form, `YYYY-MM-DD`, that exists (no 30 February).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { CalendarDate } from "@accord-jeunes/domain"
 * Schema.decodeUnknownSync(CalendarDate.CalendarDate)("2024-09-16") // "2024-09-16"
 * Schema.is(CalendarDate.CalendarDate)("2025-02-29")                // false
 * ```
 * @since 0.1.0
 */
export const CalendarDate = Schema.String.check(
  pattern(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/u, Codes.dateFormat).abort(),
  rule(
    isRealDate,
    Codes.dateNonexistent,
    // JSON Schema's "date" format says "an existing date" to validators that check formats
    { format: "date" }
  )
).pipe(
  Schema.brand("CalendarDate"),
  Schema.annotate({
    identifier: "CalendarDate",
    description: "A calendar date YYYY-MM-DD, with no time and no time zone.",
    format: "date",
    label: { fr: "Date (AAAA-MM-JJ)", en: "Date (YYYY-MM-DD)" },
    source: "ISO 8601 calendar date, no time zone"
  })
)

/** @since 0.1.0 */
export type CalendarDate = typeof CalendarDate.Type

/**
 * Builds a calendar date, throwing when it is not one. For trusted literals in code and tests.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * const signature = CalendarDate.make("2024-09-16")
 * ```
 * @since 0.1.0
 */
export const make = (s: string): CalendarDate => CalendarDate.make(s)

/**
 * Orders two calendar dates: negative, zero or positive.
 *
 * @since 0.1.0
 */
export const compare = (a: CalendarDate, b: CalendarDate): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The year of a calendar date.
 *
 * @since 0.1.0
 */
export const year = (d: CalendarDate): number => Number(d.slice(0, 4))

const pad = (n: number, width: number) => String(n).padStart(width, "0")
const fromParts = (year: number, month: number, day: number): CalendarDate =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDate

/**
 * Adds calendar months. When the day does not exist in the target month it is clamped to the
 * month's last day: 31 January + 1 month is 28 (or 29) February, 29 February + 12 months is
 * 28 February. Negative counts go back.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * CalendarDate.addMonths(CalendarDate.make("2024-11-30"), 3) // "2025-02-28"
 * CalendarDate.addMonths(CalendarDate.make("2024-09-16"), 36) // "2027-09-16"
 * ```
 * @since 0.1.0
 */
export const addMonths = (d: CalendarDate, months: number): CalendarDate => {
  const total = Number(d.slice(0, 4)) * 12 + (Number(d.slice(5, 7)) - 1) + months
  const year = Math.floor(total / 12)
  const month = total - year * 12 + 1
  return fromParts(year, month, Math.min(Number(d.slice(8, 10)), daysInMonth(year, month)))
}

/**
 * Adds calendar years (clamping 29 February to 28 February in common years).
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * CalendarDate.addYears(CalendarDate.make("2024-09-16"), 3) // "2027-09-16"
 * CalendarDate.addYears(CalendarDate.make("2024-02-29"), 1) // "2025-02-28"
 * ```
 * @since 0.1.0
 */
export const addYears = (d: CalendarDate, years: number): CalendarDate => addMonths(d, years * 12)

/**
 * Adds days (negative to go back).
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * CalendarDate.addDays(CalendarDate.make("2027-09-16"), -1) // "2027-09-15"
 * ```
 * @since 0.1.0
 */
export const addDays = (d: CalendarDate, days: number): CalendarDate => {
  // setUTCFullYear, not Date.UTC: the latter reads years 0-99 as 1900-1999
  const t = new Date(0)
  t.setUTCFullYear(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)) + days)
  return fromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

const partsFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * The calendar date of an instant in a time zone: what a wall calendar there shows at that
 * instant. "Today" for the agreement is the date in Paris, not in UTC: at 23:30 UTC on
 * 31 December it is already 1 January in Paris. The domain reads no clock: callers pass the
 * instant (`new Date()`).
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * CalendarDate.inTimeZone(new Date("2024-12-31T23:30:00Z"))                   // "2025-01-01"
 * CalendarDate.inTimeZone(new Date("2024-12-31T23:30:00Z"), "UTC")            // "2024-12-31"
 * CalendarDate.inTimeZone(new Date("2025-07-01T02:00:00Z"), "America/Cayenne") // "2025-06-30"
 * ```
 * @since 0.3.0
 */
export const inTimeZone = (instant: Date, timeZone = "Europe/Paris"): CalendarDate => {
  let format = partsFormats.get(timeZone)
  if (format === undefined) {
    // throws a RangeError for a time zone Intl does not know: a programming error, not data
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "numeric",
      day: "numeric"
    })
    partsFormats.set(timeZone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]))
  return fromParts(Number(parts.year), Number(parts.month), Number(parts.day))
}

/**
 * Whether a value is a valid calendar date.
 *
 * @since 0.1.0
 */
export const isValidDate: (u: unknown) => u is CalendarDate = Schema.is(CalendarDate)
