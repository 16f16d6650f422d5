/**
 * What the commands share in reading their options: the day they default to, the date options,
 * the version. The options themselves are `effect/cli` flags, read by the project's shared command
 * line (`CommandLine` of `@accord-jeunes/create-branch-plugin`).
 *
 * @since 0.1.0
 */
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { CommandLine } from "@accord-jeunes/create-branch-plugin"
import { CalendarDate } from "@accord-jeunes/domain"
import * as Codes from "./Codes.js"

const { UsageError } = CommandLine

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

// this package's folder, from its sources (src/) or its build (dist/), as ESM or CommonJS
const packageDirectory = (): string =>
  join(typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url)), "..")

/**
 * The command line's version (its package's), as `accord-jeunes --version` prints it.
 *
 * @since 0.3.0
 */
export const version = (): string => CommandLine.versionIn(packageDirectory())
