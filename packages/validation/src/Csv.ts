/**
 * CSV as French offices produce it: `;` or `,` (or tab) separated, quoted fields, line ends LF,
 * CRLF or a lone CR, dates as `dd/mm/yyyy`, blank rows from spreadsheets; the separator is
 * detected and can be given. Turning a row into a record follows the record kind's fields.
 *
 * The reader says when it cannot split rows with certainty, and recovers at the next line it can
 * trust: a quote opened in a cell and not closed on a row of the header's length costs its own
 * line, not the rows after it. Each row keeps its text exactly as read (its physical lines), so
 * that a rejected row can be fixed and sent back.
 *
 * @since 0.1.0
 */
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

/**
 * A quote the reader could not make sense of: opened at the start of a cell and not closed on a
 * row of the header's length (`unclosed`), or followed by text once closed (`"ab"c`). Line and
 * column (in characters) are where the quote is.
 *
 * @since 0.3.0
 */
export interface Quote {
  readonly line: number
  readonly column: number
  readonly unclosed: boolean
}

/** A parsed row and the line it starts on. @since 0.1.0 */
export interface Row {
  readonly line: number
  readonly cells: ReadonlyArray<string>
  /** How many physical lines the row spans (a quoted cell may hold line breaks). @since 0.3.0 */
  readonly lines: number
  /** The row's text exactly as read, its line ends inside included, the last one not. @since 0.3.0 */
  readonly raw: string
  /** Where `raw` starts in the text parsed. @since 0.3.0 */
  readonly offset: number
  /** A quote that makes the row unreadable with certainty: the row is one line and is rejected. @since 0.3.0 */
  readonly quote?: Quote
}

const CR = 13
const LF = 10
const QUOTE = 34

/**
 * Parses CSV text into rows, each with the line it starts on and the lines it spans (quoted
 * cells may span lines). Blank rows (an empty line, or `;;;;` as spreadsheets save an empty row)
 * are not rows: they are counted in `blank`. A quote opened at the start of a cell that is not
 * closed on a row of the header's length is taken as a stray quote: its line alone is a row (with
 * `quote` set) and reading resumes on the next line.
 *
 * @example
 * ```ts
 * import { Csv } from "@accord-jeunes/validation"
 * const { rows, blank } = Csv.parse("a;b\n1;2\n;\n\n3;4\n")
 * rows.map((r) => r.line) // [1, 2, 5]
 * blank                   // 2
 * const stray = Csv.parse('a;b\n"x\ny";z\n"q;r\ns;t').rows
 * stray.map((r) => [r.line, r.lines, r.quote?.unclosed ?? false]) // [[1, 1, false], [2, 2, false], [4, 1, true], [5, 1, false]]
 * ```
 * @since 0.1.0
 */
export const parse = (
  text: string,
  delimiter?: Delimiter
): { readonly delimiter: Delimiter; readonly rows: ReadonlyArray<Row>; readonly blank: number } => {
  const firstLine = text.slice(0, text.search(/\r\n|\r|\n|$/u))
  const d = delimiter ?? detectDelimiter(firstLine)
  const sep = d.charCodeAt(0)
  const rows: Array<Row> = []
  let blank = 0
  let expected: number | undefined
  let pos = 0
  let line = 1
  const n = text.length

  // one row from `start` (on line `first`): its cells, where it ends, how many line ends it crossed
  // and the first quote it could not make sense of
  const row = (start: number, first: number) => {
    const cells: Array<string> = []
    let i = start
    let ln = first
    let quote: Quote | undefined
    // the first quoted cell that crosses a line end: the stray quote, when the row is not trusted
    let spanning: Quote | undefined
    let lineStart = start
    for (;;) {
      // one cell
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const at = { line: ln, column: i - lineStart + 1 }
        let value = ""
        let from = i + 1
        let j = from
        let closed = false
        while (j < n) {
          const c = text.charCodeAt(j)
          if (c === QUOTE) {
            if (text.charCodeAt(j + 1) === QUOTE) {
              value += text.slice(from, j + 1)
              j += 2
              from = j
              continue
            }
            closed = true
            break
          }
          if (c === CR || c === LF) {
            spanning ??= { ...at, unclosed: true }
            if (c === CR && text.charCodeAt(j + 1) === LF) j++
            ln++
            lineStart = j + 1
          }
          j++
        }
        value += text.slice(from, j)
        if (!closed) {
          quote ??= { ...at, unclosed: true }
          cells.push(value)
          i = n
          break
        }
        i = j + 1
        // text after the closing quote: kept as written, the row is not readable with certainty
        if (i < n) {
          const c = text.charCodeAt(i)
          if (c !== sep && c !== CR && c !== LF) {
            quote ??= { line: ln, column: i - lineStart, unclosed: false }
            let k = i
            while (k < n && text.charCodeAt(k) !== sep && text.charCodeAt(k) !== CR && text.charCodeAt(k) !== LF) k++
            value += `"${text.slice(i, k)}`
            i = k
          }
        }
        cells.push(value)
      } else {
        let k = i
        while (k < n) {
          const c = text.charCodeAt(k)
          if (c === sep || c === CR || c === LF) break
          k++
        }
        cells.push(text.slice(i, k))
        i = k
      }
      if (i >= n) break
      const c = text.charCodeAt(i)
      if (c === sep) {
        i++
        continue
      }
      break // a line end
    }
    return { cells, end: i, lines: ln - first + 1, quote, spanning }
  }

  // where the physical line starting at `start` ends
  const lineEnd = (start: number) => {
    let k = start
    while (k < n && text.charCodeAt(k) !== CR && text.charCodeAt(k) !== LF) k++
    return k
  }
  // the position after the line end at `at`
  const next = (at: number) =>
    at >= n ? n : text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? at + 2 : at + 1

  while (pos < n) {
    const r = row(pos, line)
    const trusted =
      r.lines === 1
        ? r.quote === undefined || !r.quote.unclosed
        : r.quote === undefined && (expected === undefined || r.cells.length === expected)
    if (!trusted) {
      // a quote that swallows line ends without giving a row of the header's length is a stray
      // quote: the line it is on is the row (rejected), and the next line is read afresh
      const end = lineEnd(pos)
      const opened = r.spanning ?? r.quote
      rows.push({
        line,
        cells: [],
        lines: 1,
        raw: text.slice(pos, end),
        offset: pos,
        quote: opened !== undefined && opened.line === line ? opened : { line, column: 1, unclosed: true }
      })
      pos = next(end)
      line++
      continue
    }
    if (r.cells.every((c) => c.trim() === "") && r.quote === undefined) blank++
    else {
      expected ??= r.cells.length
      rows.push({
        line,
        cells: r.cells,
        lines: r.lines,
        raw: text.slice(pos, r.end),
        offset: pos,
        ...(r.quote === undefined ? {} : { quote: r.quote })
      })
    }
    pos = next(r.end)
    line += r.lines
  }
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
 * Csv.cell(" hcr ", "string")          // "hcr"
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
      // spaces around a cell's text are a spreadsheet's slip, never meaning (` hcr `, ` 76 `): a
      // code read with them would be refused with spaces the message cannot show
      return v
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
