/**
 * Calendar dates (`YYYY-MM-DD`), with no time and no time zone: a contract start, a
 * birth date, a signature date. They sort as strings and never shift with a time zone.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { pattern, rule } from "./internal/rule.js"

const isRealDate = (s: string): boolean => {
  const year = Number(s.slice(0, 4))
  const month = Number(s.slice(5, 7))
  const day = Number(s.slice(8, 10))
  const t = new Date(Date.UTC(year, month - 1, day))
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day
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
  pattern(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/u, {
    code: "date.format",
    fr: "une date au format AAAA-MM-JJ",
    en: "a date formatted as YYYY-MM-DD"
  }).abort(),
  rule(isRealDate, {
    code: "date.nonexistent",
    fr: "une date qui existe au calendrier",
    en: "a date that exists in the calendar"
  })
).pipe(
  Schema.brand("CalendarDate"),
  Schema.annotate({
    identifier: "CalendarDate",
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
