/**
 * Reading command-line options (the project's shared reader, in `@accord-jeunes/create-branch-plugin`'s
 * `CommandLine`), and the options every command shares.
 *
 * @since 0.1.0
 */
import { CommandLine } from "@accord-jeunes/create-branch-plugin"
import { CalendarDate } from "@accord-jeunes/domain"
import * as Codes from "./Codes.js"

const { UsageError } = CommandLine

/** Parses options; unknown options and bad values are usage errors. @since 0.1.0 */
export const parse = CommandLine.parse

/** The language option (French by default). @since 0.1.0 */
export const langOf = CommandLine.langOf

/**
 * Today in Paris: the agreement's dates are French calendar days, and just after midnight in Paris
 * the UTC date is still yesterday's.
 *
 * @since 0.3.0
 */
export const today = (now: Date = new Date()): CalendarDate.CalendarDate => CalendarDate.inTimeZone(now, "Europe/Paris")

/** A date option (`YYYY-MM-DD`), today in Paris when absent. @since 0.1.0 */
export const dateOf = (v: string | undefined, name: string): CalendarDate.CalendarDate => {
  if (v === undefined) return today()
  if (!CalendarDate.isValidDate(v)) throw UsageError.of(Codes.dateInvalid.raise({ option: name, value: v }))
  return v
}

/** One of a set of values. @since 0.1.0 */
export const oneOf = CommandLine.oneOf
