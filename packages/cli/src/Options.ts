/**
 * Reading command-line options with node's parseArgs, and the options every command shares.
 *
 * @since 0.1.0
 */
import { parseArgs } from "node:util"
import { CalendarDate } from "@accord-jeunes/domain"
import { type Lang, UsageError } from "./Io.js"

type Spec = Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>

/** Parses options; unknown options and bad values are usage errors. @since 0.1.0 */
export const parse = <S extends Spec>(args: ReadonlyArray<string>, spec: S) => {
  try {
    return parseArgs({
      args: [...args],
      options: { ...spec, help: { type: "boolean", short: "h" }, lang: { type: "string" } },
      allowPositionals: true,
      strict: true
    })
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e)
    throw new UsageError(`Option invalide : ${m}`, `Invalid option: ${m}`)
  }
}

/** The language option (French by default). @since 0.1.0 */
export const langOf = (v: unknown): Lang => {
  if (v === undefined || v === "fr") return "fr"
  if (v === "en") return "en"
  throw new UsageError(
    `--lang : « fr » ou « en » attendu, reçu « ${String(v)} »`,
    `--lang: "fr" or "en" expected, got "${String(v)}"`
  )
}

/** A date option (`YYYY-MM-DD`), today when absent. @since 0.1.0 */
export const dateOf = (v: unknown, name: string): CalendarDate.CalendarDate => {
  const s = v === undefined ? new Date().toISOString().slice(0, 10) : String(v)
  if (!CalendarDate.isValidDate(s))
    throw new UsageError(
      `${name} : une date AAAA-MM-JJ attendue, reçu « ${s} »`,
      `${name}: a date YYYY-MM-DD expected, got "${s}"`
    )
  return s
}

/** One of a set of values. @since 0.1.0 */
export const oneOf = <const T extends string>(v: unknown, name: string, values: ReadonlyArray<T>, fallback: T): T => {
  if (v === undefined) return fallback
  if ((values as ReadonlyArray<unknown>).includes(v)) return v as T
  throw new UsageError(
    `${name} : une valeur parmi ${values.join(", ")} attendue, reçu « ${String(v)} »`,
    `${name}: one of ${values.join(", ")} expected, got "${String(v)}"`
  )
}
