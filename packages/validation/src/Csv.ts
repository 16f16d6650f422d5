/**
 * CSV as French offices produce it: `;` or `,` (or tab) separated, quoted fields, CRLF, dates as
 * `dd/mm/yyyy`; the separator is detected and can be given. Parsing is papaparse's; turning a row
 * into a record follows the record kind's fields.
 *
 * @since 0.1.0
 */
import Papa from "papaparse"
import type { FieldKind } from "./Fields.js"

/** A separator. @since 0.1.0 */
export type Delimiter = ";" | "," | "\t"

/**
 * The separator a header line uses: the most frequent of `;`, `,` and tab outside quotes.
 *
 * @example
 * ```ts
 * import { Csv } from "@accord-jeunes/validation"
 * Csv.detectDelimiter("kind;id;startDate") // ";"
 * Csv.detectDelimiter('kind,id,"a;b"')     // ","
 * ```
 * @since 0.1.0
 */
export const detectDelimiter = (headerLine: string): Delimiter => {
  const outside = headerLine.replace(/"[^"]*"/gu, "")
  const count = (c: string) => outside.split(c).length - 1
  const candidates: ReadonlyArray<Delimiter> = [";", ",", "\t"]
  return [...candidates].sort((a, b) => count(b) - count(a))[0] as Delimiter
}

/** A parsed row and the line it starts on. @since 0.1.0 */
export interface Row {
  readonly line: number
  readonly cells: ReadonlyArray<string>
}

/**
 * Parses CSV text into rows, each with the line it starts on (quoted cells may span lines).
 *
 * @since 0.1.0
 */
export const parse = (
  text: string,
  delimiter?: Delimiter
): { readonly delimiter: Delimiter; readonly rows: ReadonlyArray<Row> } => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/u))
  const d = delimiter ?? detectDelimiter(firstLine)
  const rows: Array<Row> = []
  let line = 1
  let consumed = 0
  Papa.parse<Array<string>>(text, {
    delimiter: d,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor
      const chunk = text.slice(consumed, end)
      const leading = chunk.match(/^(?:\r?\n)*/u)?.[0] ?? ""
      const startLine = line + (leading.match(/\n/gu)?.length ?? 0)
      line += chunk.match(/\n/gu)?.length ?? 0
      consumed = end
      const cells = result.data
      if (!(cells.length === 1 && cells[0] === "")) rows.push({ line: startLine, cells })
    }
  })
  return { delimiter: d, rows }
}

const frenchDate = /^(\d{2})\/(\d{2})\/(\d{4})$/u
const truthy = new Set(["true", "vrai", "oui", "yes", "1"])
const falsy = new Set(["false", "faux", "non", "no", "0"])

/**
 * A cell as the value a field expects; an empty cell is an absent field (`undefined`). Values
 * that cannot be converted are kept as text, for the schema to report.
 *
 * @example
 * ```ts
 * import { Csv } from "@accord-jeunes/validation"
 * Csv.cell("16/09/2024", "date")       // "2024-09-16"
 * Csv.cell("ML-1|ML-2", "list")        // ["ML-1", "ML-2"]
 * Csv.cell("Oui", "boolean")           // true
 * Csv.cell("3,5", "number")            // 3.5
 * ```
 * @since 0.1.0
 */
export const cell = (raw: string, kind: FieldKind): unknown => {
  const v = raw.trim()
  if (v === "") return undefined
  switch (kind) {
    case "date": {
      const m = frenchDate.exec(v)
      return m === null ? v : `${m[3]}-${m[2]}-${m[1]}`
    }
    case "integer":
      return /^-?\d+$/u.test(v) ? Number(v) : v
    case "number":
      return /^-?\d+(?:[.,]\d+)?$/u.test(v) ? Number(v.replace(",", ".")) : v
    case "boolean":
      return truthy.has(v.toLowerCase()) ? true : falsy.has(v.toLowerCase()) ? false : v
    case "list":
      return v.split("|").map((x) => x.trim())
    case "json":
      try {
        return JSON.parse(v)
      } catch {
        return v
      }
    default:
      return raw
  }
}
