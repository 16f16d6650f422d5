/**
 * CSV as French offices produce it: `;` or `,` (or tab) separated, quoted fields, CRLF, dates as
 * `dd/mm/yyyy`, blank rows from spreadsheets; the separator is detected and can be given. Parsing is papaparse's; turning a row
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
 * Blank rows (an empty line, or `;;;;` as spreadsheets save an empty row) are not rows: they
 * are counted in `blank`.
 *
 * @example
 * ```ts
 * import { Csv } from "@accord-jeunes/validation"
 * const { rows, blank } = Csv.parse("a;b\n1;2\n;\n\n3;4\n")
 * rows.map((r) => r.line) // [1, 2, 5]
 * blank                   // 2
 * ```
 * @since 0.1.0
 */
export const parse = (
  text: string,
  delimiter?: Delimiter
): { readonly delimiter: Delimiter; readonly rows: ReadonlyArray<Row>; readonly blank: number } => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/u))
  const d = delimiter ?? detectDelimiter(firstLine)
  const rows: Array<Row> = []
  let blank = 0
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
      if (cells.every((c) => c.trim() === "")) {
        // the empty "row" after the last line break ends the file; any other is a blank row
        if (!(cells.length === 1 && end >= text.length)) blank++
      } else rows.push({ line: startLine, cells })
    }
  })
  return { delimiter: d, rows, blank }
}

/**
 * The date formats a cell may be written in: the schemas' own, and the French one of
 * spreadsheets (day and month on one or two digits). Messages list exactly these.
 *
 * @since 0.3.0
 */
export const dateFormats = [
  { label: { fr: "AAAA-MM-JJ", en: "YYYY-MM-DD" }, example: "2025-09-01" },
  { label: { fr: "jj/mm/aaaa", en: "dd/mm/yyyy" }, example: "01/09/2025" }
] as const

const isoDate = /^\d{4}-\d{2}-\d{2}$/u
const frenchDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u

/**
 * The words a boolean cell may hold, compared without regard to case. Messages list exactly these.
 *
 * @since 0.3.0
 */
export const booleans = {
  true: ["oui", "vrai", "true", "yes", "1"],
  false: ["non", "faux", "false", "no", "0"]
} as const

const truthy: ReadonlySet<string> = new Set(booleans.true)
const falsy: ReadonlySet<string> = new Set(booleans.false)

/**
 * A cell as the value a field expects; an empty cell is an absent field (`undefined`). Values
 * that cannot be converted are kept as text (see {@link readable}).
 *
 * @example
 * ```ts
 * import { Csv } from "@accord-jeunes/validation"
 * Csv.cell("16/09/2024", "date")       // "2024-09-16"
 * Csv.cell("1/9/2025", "date")         // "2025-09-01"
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
      return m === null ? v : `${m[3]}-${(m[2] as string).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}`
    }
    case "integer":
      return /^-?\d+$/u.test(v) ? Number(v) : v
    case "number":
      return /^-?\d+(?:[.,]\d+)?$/u.test(v) ? Number(v.replace(",", ".")) : v
    case "boolean": {
      const lower = v.toLowerCase()
      return truthy.has(lower) ? true : falsy.has(lower) ? false : v
    }
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

/**
 * Whether {@link cell} could read a cell as its field's type: a date in one of
 * {@link dateFormats}, a boolean among {@link booleans}, a number. Whether the value is then
 * right (a date that exists, a number in range) is the schema's to say.
 *
 * @example
 * ```ts
 * import { Csv } from "@accord-jeunes/validation"
 * Csv.readable(Csv.cell("1/9/25", "date"), "date")       // false
 * Csv.readable(Csv.cell("peut-être", "boolean"), "boolean") // false
 * Csv.readable(Csv.cell("01/09/2025", "date"), "date")   // true
 * ```
 * @since 0.3.0
 */
export const readable = (value: unknown, kind: FieldKind): boolean => {
  switch (kind) {
    case "date":
      return typeof value !== "string" || isoDate.test(value)
    case "boolean":
      return typeof value !== "string"
    case "integer":
    case "number":
      return typeof value !== "string"
    default:
      return true
  }
}
