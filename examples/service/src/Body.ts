// How a body is to be read, from its headers (checked before a byte of it is read), and whether
// its first bytes agree: one media type and one character set announced, nothing compressed, and
// a body shaped like the type it announces. What the bytes are (gzip, UTF-16, their encoding) is
// the validation library's one rule (`Input.binary`, `Input.decode`), as for the command line and
// the web page. The service never guesses between two readings: a
// body it cannot read with certainty is refused, saying why, rather than answered "valid" for
// records it never read.
import type { Input } from "@accord-jeunes/validation"
import * as Codes from "./Codes.ts"
import { RequestProblem } from "./Problem.ts"

/** The media types read, and the format each says. */
export const formats: Readonly<Record<string, Input.Format>> = {
  "application/json": "json",
  "application/x-ndjson": "ndjson",
  "application/ndjson": "ndjson",
  "text/csv": "csv"
}

// the names a charset parameter may give each encoding read (WHATWG labels of the two)
const charsets: Readonly<Record<string, Input.Encoding>> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "us-ascii": "utf-8",
  ascii: "utf-8",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  "iso-8859-1": "windows-1252",
  latin1: "windows-1252"
}

/** How a body is to be read: its format, and its encoding when the request names one. */
export interface Reading {
  readonly mediaType: string
  readonly format: Input.Format
  readonly encoding?: Input.Encoding
}

// the values of one header, every time it is given (Node keeps the first Content-Type only)
const valuesOf = (raw: ReadonlyArray<string>, name: string): Array<string> => {
  const out: Array<string> = []
  for (let i = 0; i + 1 < raw.length; i += 2) if (raw[i]?.toLowerCase() === name) out.push(raw[i + 1] ?? "")
  return out
}

// a header value split at its commas, those inside a quoted parameter excepted
const splitList = (value: string): Array<string> => {
  const parts: Array<string> = []
  let quoted = false
  let start = 0
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (c === '"' && value[i - 1] !== "\\") quoted = !quoted
    else if (c === "," && !quoted) {
      parts.push(value.slice(start, i))
      start = i + 1
    }
  }
  parts.push(value.slice(start))
  return parts.map((p) => p.trim()).filter((p) => p !== "")
}

// what may be echoed of a header: a token, cut short
const token = (s: string) => s.replace(/[^A-Za-z0-9._+/-]/gu, "").slice(0, 40)

/**
 * The reading a request's headers ask for (`rawHeaders`, as Node gives them: every header every
 * time it is given), or the problem: several content types (400), a compressed body or a media
 * type or character set not read (415).
 */
export const readingOf = (rawHeaders: ReadonlyArray<string>): Reading => {
  const encodings = valuesOf(rawHeaders, "content-encoding")
    .flatMap(splitList)
    .filter((e) => e.toLowerCase() !== "identity")
  if (encodings.length > 0)
    throw new RequestProblem(415, Codes.bodyCompressed.raise({ encoding: token(encodings.join(", ")) }))
  const types = valuesOf(rawHeaders, "content-type").flatMap(splitList)
  if (types.length > 1) throw new RequestProblem(400, Codes.contentTypeConflicting.raise({ count: types.length }))
  const [mediaType = "", ...params] = (types[0] ?? "").split(";").map((p) => p.trim())
  const type = mediaType.toLowerCase()
  const format = formats[type]
  if (format === undefined)
    throw new RequestProblem(415, Codes.mediaType.raise({ given: token(type), accepted: Object.keys(formats) }))
  const charset = params
    .map((p) => /^charset\s*=\s*"?([^"]*)"?$/iu.exec(p)?.[1]?.trim().toLowerCase())
    .find((c) => c !== undefined)
  if (charset === undefined) return { mediaType: type, format }
  const encoding = charsets[charset]
  if (encoding === undefined)
    throw new RequestProblem(
      415,
      Codes.bodyCharset.raise({ given: token(charset), accepted: ["utf-8", "windows-1252"] })
    )
  return { mediaType: type, format, encoding }
}

const names: Readonly<Record<Input.Format, string>> = {
  json: "JSON",
  ndjson: "NDJSON",
  csv: "CSV"
}

/**
 * The format a text plainly has when it is not the one announced, judged on its start only: a
 * CSV that opens like JSON, a JSON document that is NDJSON (one object per line), NDJSON that is
 * an array or a pretty-printed document, JSON or NDJSON that opens with a CSV header. Undecided
 * starts are left to the reader of the announced format, which says what it finds.
 */
export const mismatch = (declared: Input.Format, text: string): string | undefined => {
  const start = text.replace(/^\uFEFF/u, "").trimStart()
  const nl = start.search(/[\r\n]/u)
  const first = (nl < 0 ? start : start.slice(0, nl)).trim()
  const next = nl < 0 ? "" : start.slice(nl, nl + 4096).trimStart()
  const opens = start[0]
  // one object per line, the next line another
  const lines = opens === "{" && first.endsWith("}") && next.startsWith("{")
  if (declared === "csv")
    return opens === "[" ? names.json : opens === "{" ? (lines ? names.ndjson : names.json) : undefined
  if (opens === "{" || opens === "[") {
    if (declared === "json" && lines) return names.ndjson
    if (declared === "ndjson" && (opens === "[" || first === "{")) return names.json
    return undefined
  }
  // a header line: a name first, then separated cells (a JSON scalar never starts with a letter)
  return /^\p{L}/u.test(first) && /[;,\t]/u.test(first) ? names.csv : undefined
}
