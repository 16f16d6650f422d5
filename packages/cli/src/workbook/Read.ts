/**
 * Reading Excel workbooks (`.xlsx`) into a validator, sheet by sheet and row by row, by the CSV
 * reader's rules (`Validator.table`): each sheet is a table whose header is the first of its first
 * 10 filled rows that names columns (in English or French; a title above it is counted and told),
 * its record kind told by the sheet's name (or its first words), by a `kind` column or by
 * `--kind`; a sheet whose first rows name no column (a list feeding drop-downs) holds no records
 * and is skipped with a warning. Cells are read as a spreadsheet shows them and exports them to
 * CSV: a date cell as `YYYY-MM-DD`, a time alone as `HH:MM`, a number as its decimal text (a SIRET
 * typed as a number keeps its 14 digits, an integer under a format of zeros keeps its leading
 * zeros), a formula as its saved result (a saved error as its text), rich text as its plain text,
 * an error cell (`#N/A`) as its text, OOXML escapes (`_x000D_`) decoded.
 *
 * Streamed: the archive's directory is read first (it is at the end of the file) and every part
 * is checked whole (inflated to its size and checksum, nothing kept), then the workbook's styles
 * and shared strings are read, then each sheet row by row, whatever order the program that wrote
 * the file stored them in; a sheet is never held whole in memory.
 * A file that is not a workbook this reader opens (an archive renamed, a file cut short, a
 * password-encrypted workbook, the older `.xls` format) is one file-level error, never read
 * further.
 *
 * @since 0.4.0
 */
import { open } from "node:fs/promises"
import { Readable } from "node:stream"
import { crc32, createInflateRaw, inflateRawSync } from "node:zlib"
import { CommandLine } from "@accord-jeunes/create-branch-plugin"
import { Annotations, type Catalogue, ExchangeRecord } from "@accord-jeunes/domain"
import { Fields, type Validator } from "@accord-jeunes/validation"
import ExcelJS from "exceljs"
import type { Io, Lang } from "../Io.js"
import * as Codes from "./Codes.js"
import * as Texts from "./Texts.js"

// --- sheet names -------------------------------------------------------------------------------

// a name as compared: no case, no accents, words apart, no plural s
const normal = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, " ")
    .trim()
    .split(" ")
    .map((w) => (w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w))
    .join(" ")

const namesOf = (kind: ExchangeRecord.Kind): ReadonlyArray<string> => {
  const label = Annotations.labelOf(ExchangeRecord.byKind[kind])
  return [kind, ...Texts.kindSheetNames[kind], ...(label === undefined ? [] : [label.fr, label.en])]
}

const byName: ReadonlyMap<string, ExchangeRecord.Kind> = new Map(
  ExchangeRecord.kinds.flatMap((k) => namesOf(k).map((n) => [normal(n), k] as const))
)

/**
 * The record kind a sheet's name says: the kind's code (`insertion-outcome`), its French or
 * English label, or a short name (`Actions`, `Jeunes`, `Sorties`), compared without case, accents
 * or plural s. A name with words after a known name is recognised by its first words (`Actions
 * 2025`, `Actions (2)` as a spreadsheet names a copied sheet, `Jeunes - juin`): the longest run of
 * first words that is a known name says the kind.
 *
 * @example
 * ```ts
 * import { sheetKind } from "@accord-jeunes/cli/workbook/Read"
 * sheetKind("Actions")             // "action"
 * sheetKind("Actions (2)")         // "action"
 * sheetKind("Résultats d'insertion") // undefined
 * sheetKind("INSERTION_OUTCOMES")  // "insertion-outcome"
 * ```
 * @since 0.4.0
 */
export const sheetKind = (name: string): ExchangeRecord.Kind | undefined => {
  const words = normal(name).split(" ")
  for (let n = words.length; n > 0; n--) {
    const kind = byName.get(words.slice(0, n).join(" "))
    if (kind !== undefined) return kind
  }
  return undefined
}

/**
 * The sheet names a message lists: each kind's code and short names (labels are recognised too).
 *
 * @since 0.4.0
 */
export const acceptedSheetNames = (): ReadonlyArray<string> =>
  ExchangeRecord.kinds.flatMap((k) => [k, ...Texts.kindSheetNames[k]])

// --- cells ---------------------------------------------------------------------------------------

const pad2 = (n: number) => String(n).padStart(2, "0")
const isoDay = (d: Date): string =>
  Number.isNaN(d.getTime())
    ? ""
    : `${String(d.getUTCFullYear()).padStart(4, "0")}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`

// a serial day number of a workbook as a date (the 1904 system counts from 1904-01-01)
const serialDay = (serial: number, date1904: boolean): string =>
  isoDay(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)))

// the serial number of a date exceljs made of a cell's number (its inverse)
const serialOf = (d: Date, date1904: boolean): number => d.getTime() / 86_400_000 + 25569 - (date1904 ? 1462 : 0)

/** What a number format shows of a serial number: a day, a time of day, or neither. */
interface Shown {
  readonly date: boolean
  readonly time: boolean
  readonly seconds: boolean
}

const shownCache = new Map<string, Shown>()

// What a number format shows, as spreadsheets tell it: y, d, or m that are not minutes, show a
// day; h and s (and [h], [mm], [ss], elapsed time) a time. Quoted text, escaped characters,
// AM/PM and other [brackets] (colours, conditions) are not parts.
const shownBy = (format: string | undefined): Shown | undefined => {
  if (format === undefined) return undefined
  const hit = shownCache.get(format)
  if (hit !== undefined) return hit
  const parts = format
    .replace(/"[^"]*"/gu, "")
    .replace(/\\./gu, "")
    .replace(/\[(?:h+|m+|s+)\]/giu, "h")
    .replace(/\[[^\]]*\]/gu, "")
    .replace(/AM\/PM|A\/P/giu, "")
    .toLowerCase()
  // m after h, or before s, is minutes
  const days = parts.replace(/(h+[^a-z]*)m+/gu, "$1").replace(/m+([^a-z]*s)/gu, "$1")
  const shown = { date: /[ydm]/u.test(days), time: /[hs]/u.test(parts), seconds: /s/u.test(parts) }
  if (shownCache.size < 256) shownCache.set(format, shown)
  return shown
}

// a time of day as a spreadsheet shows it (`12:00`, `08:30:15`), from the fraction of a serial
const timeText = (serial: number, seconds: boolean): string => {
  const s = Math.round((serial - Math.floor(serial)) * 86_400) % 86_400
  const hms = `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor((s % 3600) / 60))}`
  return seconds ? `${hms}:${pad2(s % 60)}` : hms
}

// A serial number under a date or time format: its day, or its time of day when the format shows
// only a time or the number is under one day (a time typed alone, `12:00`: read as a day it would
// be 1899-12-30, a date that reads; as its time it is no date, and is refused as one)
const dateText = (serial: number, shown: Shown, date1904: boolean): string =>
  shown.time && (!shown.date || (serial >= 0 && serial < 1))
    ? timeText(serial, shown.seconds)
    : serialDay(serial, date1904)

// the digits a format made of zeros only pads an integer to (`00` shows 1 as `01`)
const zeroPadding = (format: string | undefined): number =>
  format !== undefined && /^0+$/u.test(format) ? format.length : 0

const decimal = new Intl.NumberFormat("en-US", { useGrouping: false, maximumSignificantDigits: 15 })

/**
 * A number as a spreadsheet shows it in full: at most 15 significant digits (what a spreadsheet
 * keeps: `0.1 + 0.2` is `0.3`), never in exponent form (`12345678901234`, not `1.23E+13`).
 *
 * @example
 * ```ts
 * import { numberText } from "@accord-jeunes/cli/workbook/Read"
 * numberText(12345678901234)      // "12345678901234"
 * numberText(0.30000000000000004) // "0.3"
 * ```
 * @since 0.4.0
 */
export const numberText = (n: number): string => {
  if (!Number.isFinite(n)) return ""
  const s = decimal.format(n)
  return s === "-0" ? "0" : s
}

// A number under its format: a day or a time under a date or time format, an integer padded with
// leading zeros under a format of zeros only (`00`, `00000000000000`: how spreadsheets keep the
// leading zero of a département or a SIRET typed as a number), its decimal text otherwise
const formattedNumber = (n: number, format: string | undefined, date1904: boolean): string => {
  const shown = shownBy(format)
  if (shown !== undefined && (shown.date || shown.time)) return dateText(n, shown, date1904)
  const width = zeroPadding(format)
  if (width > 1 && Number.isInteger(n)) {
    const digits = numberText(Math.abs(n))
    return `${n < 0 ? "-" : ""}${digits.padStart(width, "0")}`
  }
  return numberText(n)
}

// OOXML escapes in a string (`_x000D_` for a carriage return, `_x005F_` for the underscore that
// starts one written as text): the streaming reader leaves them as written
const escapes = /_x([0-9A-Fa-f]{4})_/gu
const unescaped = (s: string): string =>
  s.includes("_x") ? s.replace(escapes, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : s

type CellValue = ExcelJS.CellValue | { readonly sharedString: number } | undefined

/**
 * A cell's text as the validator reads it, as a spreadsheet shows it and exports it to CSV: a
 * date cell as `YYYY-MM-DD`, a time alone (a number under one day with a time format) as `HH:MM`,
 * a number in full, an integer under a format of zeros only with its leading zeros (`00`: `01`), a
 * boolean as `true`/`false`, a formula as its saved result (empty when none was saved), rich text
 * as its plain text, an error as its text (`#N/A`), OOXML escapes (`_x000D_`) decoded.
 *
 * @since 0.4.0
 */
export const cellText = (value: CellValue, format: string | undefined, date1904: boolean): string => {
  if (value === null || value === undefined) return ""
  if (typeof value === "string") return unescaped(value)
  if (typeof value === "number") return formattedNumber(value, format, date1904)
  if (typeof value === "boolean") return value ? "true" : "false"
  if (value instanceof Date) {
    const shown = shownBy(format)
    return shown !== undefined && (shown.date || shown.time) && !Number.isNaN(value.getTime())
      ? dateText(serialOf(value, date1904), shown, date1904)
      : isoDay(value)
  }
  if ("richText" in value) return unescaped(value.richText.map((r) => r.text ?? "").join(""))
  if ("error" in value) return String(value.error)
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { readonly result?: unknown }).result
    if (typeof result === "number") return Number.isNaN(result) ? "" : cellText(result, format, date1904)
    if (typeof result === "object" && result !== null && "error" in result)
      return String((result as { error: unknown }).error)
    return cellText(result as CellValue, format, date1904)
  }
  if ("text" in value) return unescaped(String((value as { readonly text: unknown }).text ?? ""))
  return ""
}

/**
 * Cells written as one CSV line (`;`, quoted when a cell holds `;`, a quote or a line break), as
 * the rejects file keeps a record's text: the row as it was read, to find it in the sheet (the
 * rejects file names the sheet and the row).
 *
 * @since 0.4.0
 */
export const csvLine = (cells: ReadonlyArray<string>): string =>
  cells.map((c) => (/[;"\r\n]/u.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(";")

// --- the archive -----------------------------------------------------------------------------------

interface Entry {
  readonly name: string
  readonly flags: number
  readonly method: number
  readonly crc: number
  /** Its size as stored, and once inflated. */
  readonly size: number
  readonly plainSize: number
  readonly offset: number
  /** Where the entry's bytes end (the next entry's start, or the directory's). */
  end: number
}

type Problem =
  | { readonly kind: "unreadable"; readonly reason: Codes.Unreadable }
  | { readonly kind: "encrypted" }
  | { readonly kind: "legacy" }

type File = Awaited<ReturnType<typeof open>>

// a failure of the archive's contents (a damaged entry, XML that is not XML)
class Damaged extends Error {}

const readAt = async (file: File, position: number, length: number): Promise<Buffer> => {
  const buffer = Buffer.alloc(Math.max(0, length))
  const { bytesRead } = await file.read(buffer, 0, buffer.length, position)
  return buffer.subarray(0, bytesRead)
}

// An older Office file (an OLE compound file): a password-encrypted .xlsx is one (its package in
// a stream named EncryptedPackage), and so is an .xls workbook. Told by the names of the first
// directory sector's entries.
const compound = async (file: File): Promise<Problem> => {
  const header = await readAt(file, 0, 512)
  const sectorSize = 2 ** header.readUInt16LE(30)
  const first = header.readUInt32LE(48)
  const directory = await readAt(file, (first + 1) * sectorSize, Math.min(sectorSize, 4096))
  for (let at = 0; at + 128 <= directory.length; at += 128) {
    const length = directory.readUInt16LE(at + 64)
    const name = directory.toString("utf16le", at, at + Math.max(0, Math.min(64, length) - 2))
    if (name === "EncryptedPackage" || name === "EncryptionInfo") return { kind: "encrypted" }
  }
  return { kind: "legacy" }
}

// The archive's entries, from its central directory (at the end of the file): their names, how
// they are stored, and where their bytes are.
const directory = async (file: File, size: number): Promise<ReadonlyArray<Entry> | Problem> => {
  const head = await readAt(file, 0, 8)
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1)
    return compound(file)
  if (head.length < 4 || head.readUInt32LE(0) !== 0x04034b50)
    return {
      kind: "unreadable",
      reason: head.length >= 4 && head.readUInt32LE(0) === 0x06054b50 ? "no-workbook" : "not-zip"
    }
  const tailLength = Math.min(size, 22 + 65_535)
  const tail = await readAt(file, size - tailLength, tailLength)
  let end = -1
  for (let i = tail.length - 22; i >= 0; i--)
    if (tail.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  if (end < 0) return { kind: "unreadable", reason: "truncated" }
  const count = tail.readUInt16LE(end + 10)
  const length = tail.readUInt32LE(end + 12)
  const start = tail.readUInt32LE(end + 16)
  if (count === 0xffff || start === 0xffffffff || length === 0xffffffff)
    return { kind: "unreadable", reason: "too-large" }
  if (start + length > size - tailLength + end) return { kind: "unreadable", reason: "truncated" }
  const cd = await readAt(file, start, length)
  const entries: Array<Entry> = []
  let at = 0
  for (let i = 0; i < count; i++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== 0x02014b50) return { kind: "unreadable", reason: "damaged" }
    const nameLength = cd.readUInt16LE(at + 28)
    const offset = cd.readUInt32LE(at + 42)
    if (offset === 0xffffffff) return { kind: "unreadable", reason: "too-large" }
    entries.push({
      name: cd.toString("utf8", at + 46, at + 46 + nameLength),
      flags: cd.readUInt16LE(at + 8),
      method: cd.readUInt16LE(at + 10),
      crc: cd.readUInt32LE(at + 16),
      size: cd.readUInt32LE(at + 20),
      plainSize: cd.readUInt32LE(at + 24),
      offset,
      end: start
    })
    at += 46 + nameLength + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32)
  }
  const sorted = [...entries].sort((a, b) => a.offset - b.offset)
  sorted.forEach((e, i) => {
    e.end = sorted[i + 1]?.offset ?? start
  })
  if (sorted.some((e) => e.end - e.offset < 30 + e.size || e.size === 0xffffffff))
    return { kind: "unreadable", reason: "damaged" }
  if (!entries.some((e) => e.name === "xl/workbook.xml")) return { kind: "unreadable", reason: "no-workbook" }
  if (entries.some((e) => (e.flags & 1) === 1)) return { kind: "encrypted" }
  if (entries.some((e) => e.method !== 0 && e.method !== 8)) return { kind: "unreadable", reason: "damaged" }
  return entries
}

// the text of a small entry (the workbook's description, its relationships), its size bounded
const entryText = async (file: File, e: Entry): Promise<string> => {
  const bytes = await readAt(file, e.offset, e.end - e.offset)
  const data = bytes.subarray(30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28))
  const compressed = data.subarray(0, e.size)
  const plain = e.method === 0 ? compressed : inflateRawSync(compressed, { maxOutputLength: 16 * 1024 * 1024 })
  return plain.toString("utf8")
}

const xmlText = (s: string): string =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/giu, (_, d, h, n) =>
    d !== undefined
      ? String.fromCodePoint(Number(d))
      : h !== undefined
        ? String.fromCodePoint(Number.parseInt(h, 16))
        : (({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[n as string] ?? "")
  )

const attributes = (tag: string): ReadonlyMap<string, string> =>
  new Map(
    [...tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)].map((m) => [
      m[1] as string,
      xmlText(m[2] ?? m[3] ?? "")
    ])
  )

interface Sheet {
  readonly name: string
  readonly entry: Entry
}

// The workbook's sheets in tab order, each with its part of the archive, and its date system;
// read from the workbook's description and relationships (their names, not exceljs's guess,
// which some writers' absolute paths defeat).
const sheetsOf = async (
  file: File,
  entries: ReadonlyArray<Entry>
): Promise<{ readonly sheets: ReadonlyArray<Sheet>; readonly date1904: boolean } | Problem> => {
  const find = (name: string) => entries.find((e) => e.name === name)
  const workbook = find("xl/workbook.xml")
  const rels = find("xl/_rels/workbook.xml.rels")
  if (workbook === undefined || rels === undefined) return { kind: "unreadable", reason: "no-workbook" }
  let book: string
  let links: string
  try {
    book = await entryText(file, workbook)
    links = await entryText(file, rels)
  } catch {
    return { kind: "unreadable", reason: "damaged" }
  }
  const targets = new Map<string, string>()
  for (const m of links.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/gu)) {
    const a = attributes(m[1] as string)
    const target = a.get("Target")
    if (a.get("Id") === undefined || target === undefined) continue
    targets.set(a.get("Id") as string, target.startsWith("/") ? target.slice(1) : `xl/${target}`)
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/u.exec(book)
  const flag = pr === null ? undefined : attributes(pr[1] as string).get("date1904")
  const sheets: Array<Sheet> = []
  for (const m of book.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/gu)) {
    const a = attributes(m[1] as string)
    const id = [...a].find(([k]) => /^[\w.-]+:id$/u.test(k))?.[1]
    const path = id === undefined ? undefined : targets.get(id)
    const entry = path === undefined ? undefined : find(path)
    if (entry !== undefined) sheets.push({ name: a.get("name") ?? path ?? "", entry })
  }
  return { sheets, date1904: flag === "1" || flag === "true" }
}

// exceljs reads a sheet only at xl/worksheets/sheetN.xml, and gives it the name it pairs with it;
// the sheets are given under those names, in tab order, the workbook's parts first: every sheet is
// then read as it streams in, never copied aside
const partName = (i: number) => `xl/worksheets/sheet${i + 1}.xml`

const localHeader = (name: string, method: number, size: number, crc: number, plainSize: number): Buffer => {
  const n = Buffer.from(name, "utf8")
  const h = Buffer.alloc(30)
  h.writeUInt32LE(0x04034b50, 0)
  h.writeUInt16LE(20, 4)
  h.writeUInt16LE(0x800, 6)
  h.writeUInt16LE(method, 8)
  h.writeUInt32LE(crc, 14)
  h.writeUInt32LE(size, 18)
  h.writeUInt32LE(plainSize, 22)
  h.writeUInt16LE(n.length, 26)
  return Buffer.concat([h, n])
}

// The end of the archive: its end record, with a one-byte comment and a byte after it, so that the
// unzipper always has more bytes than it asks for when it reads them (with exactly as many, it
// may fail, finding the input ended, as it checks that before looking at what it holds)
const archiveEnd = (() => {
  const b = Buffer.alloc(24)
  b.writeUInt32LE(0x06054b50, 0)
  b.writeUInt16LE(1, 20)
  return b
})()

const emptyStrings = Buffer.from(
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>'
)

// an entry's data as stored in the archive
async function* stored(file: File, e: Entry): AsyncGenerator<Buffer> {
  const header = await readAt(file, e.offset, 30)
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) throw new Damaged("local header")
  const from = e.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
  for (let at = from; at < from + e.size; ) {
    const chunk = await readAt(file, at, Math.min(256 * 1024, from + e.size - at))
    if (chunk.length === 0) throw new Damaged("short read")
    yield chunk
    at += chunk.length
  }
}

// an entry's data inflated
const plain = (file: File, e: Entry): AsyncIterable<Buffer> => {
  const data = Readable.from(stored(file, e))
  if (e.method === 0) return data
  const inflated = data.pipe(createInflateRaw())
  data.on("error", (error) => inflated.destroy(error))
  return inflated
}

// where the whole characters of UTF-8 bytes end (a character cut at the end is left for the next)
const wholeCharacters = (b: Buffer): number => {
  let i = b.length - 1
  while (i >= 0 && b.length - i <= 3 && ((b[i] as number) & 0xc0) === 0x80) i--
  if (i < 0) return b.length
  const lead = b[i] as number
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return b.length - i >= length ? b.length : i
}

// A sheet's error cells typed as strings (`t="e"` given as `t="str"`), in its XML as it streams:
// exceljs reads the saved error of a formula (`<c t="e"><f>…</f><v>#N/A</v></c>`) as a number, and
// loses its text; as a string it keeps it, and a plain error cell reads the same. Only whole
// tags are rewritten (the tag cut at the end of a piece waits for the next), so that the
// output is the same however the data is cut.
const errorType = /(<c\b[^>]*?\st\s*=\s*)(["'])e\2/gu
const retypeErrors = (b: Buffer): Buffer =>
  b.indexOf('t="e"') < 0 && b.indexOf("t='e'") < 0
    ? b
    : Buffer.from(b.toString("latin1").replace(errorType, '$1"str"'), "latin1")

async function* retyped(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0)
  for await (const chunk of source) {
    const bytes = rest.length === 0 ? (chunk as Buffer) : Buffer.concat([rest, chunk as Buffer])
    const open = bytes.lastIndexOf(0x3c)
    const cut = open >= 0 && bytes.indexOf(0x3e, open) < 0 ? open : bytes.length
    if (cut > 0) yield retypeErrors(bytes.subarray(0, cut))
    rest = bytes.subarray(cut)
  }
  if (rest.length > 0) yield retypeErrors(rest)
}

/** A part's data as exceljs is given it: its size and checksum, and how it is made. */
interface Given {
  readonly entry: Entry
  readonly sheet: boolean
  readonly size: number
  readonly crc: number
}

const given = (file: File, g: Pick<Given, "entry" | "sheet">): AsyncIterable<Buffer> =>
  g.sheet ? retyped(plain(file, g.entry)) : plain(file, g.entry)

// One part of the workbook under the name exceljs looks for, stored (not compressed), its data
// given in pieces that end on whole characters: exceljs decodes each piece apart, and a character
// cut in two would read as two replacement characters.
async function* part(file: File, g: Given, name: string): AsyncGenerator<Buffer> {
  yield localHeader(name, 0, g.size, g.crc, g.size)
  let rest: Buffer = Buffer.alloc(0)
  for await (const chunk of given(file, g)) {
    const bytes = rest.length === 0 ? (chunk as Buffer) : Buffer.concat([rest, chunk as Buffer])
    const cut = wholeCharacters(bytes)
    if (cut > 0) yield bytes.subarray(0, cut)
    rest = bytes.subarray(cut)
  }
  if (rest.length > 0) yield rest
}

// Whether an entry's data inflates whole to the size and checksum the directory gives: checked
// before any row is read (a pass over the data in constant memory), so that a damaged workbook is
// refused whole rather than read in part; with the size and checksum of the data exceljs is given
const intact = async (file: File, entry: Entry, sheet: boolean): Promise<Given | undefined> => {
  let crc = 0
  let size = 0
  let givenCrc = 0
  let givenSize = 0
  try {
    const source = plain(file, entry)
    const pieces = async function* () {
      for await (const chunk of source) {
        crc = crc32(chunk as Buffer, crc)
        size += (chunk as Buffer).length
        yield chunk as Buffer
      }
    }
    for await (const chunk of sheet ? retyped(pieces()) : pieces()) {
      givenCrc = crc32(chunk, givenCrc)
      givenSize += chunk.length
    }
  } catch {
    return undefined
  }
  return crc === entry.crc && size === entry.plainSize ? { entry, sheet, size: givenSize, crc: givenCrc } : undefined
}

async function* ordered(
  file: File,
  parts: { readonly styles?: Given; readonly strings?: Given; readonly sheets: ReadonlyArray<Given> },
  date1904: boolean
): AsyncGenerator<Buffer> {
  const { sheets } = parts
  const names = sheets.map((_, i) => `<sheet name="${i}" sheetId="${i + 1}" r:id="s${i}"/>`).join("")
  const book = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${date1904 ? ' date1904="1"' : ""}/><sheets>${names}</sheets></workbook>`
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="s${i}" Target="worksheets/sheet${i + 1}.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>`).join("")}</Relationships>`
  const stored = (name: string, text: Buffer) =>
    Buffer.concat([localHeader(name, 0, text.length, crc32(text), text.length), text])
  yield stored("xl/_rels/workbook.xml.rels", Buffer.from(rels))
  yield stored("xl/workbook.xml", Buffer.from(book))
  if (parts.styles !== undefined) yield* part(file, parts.styles, "xl/styles.xml")
  if (parts.strings !== undefined) yield* part(file, parts.strings, "xl/sharedStrings.xml")
  else yield stored("xl/sharedStrings.xml", emptyStrings)
  for (const [i, s] of sheets.entries()) yield* part(file, s, partName(i))
  yield archiveEnd
}

// --- feeding the validator ---------------------------------------------------------------------------

/** What `feedWorkbook` needs to know beyond the validator. @since 0.4.0 */
export interface Options {
  /** The record kind asked for (`--kind`), for sheets whose name and header do not say it. */
  readonly kind?: ExchangeRecord.Kind
}

// The validator's own place for a file-level problem found here (`Validator.problem`, when the
// validation package has it); without it, the problem ends the command as a file that cannot be
// read does.
type Reporting = Validator.Validator & {
  readonly problem?: (file: string, format: string, raised: Catalogue.Raised) => void
}
const report = (validator: Validator.Validator, file: string, raised: Catalogue.Raised): void => {
  const v = validator as Reporting
  if (v.problem === undefined) throw CommandLine.UsageError.of(raised)
  v.problem(file, "xlsx", raised)
}

const raiseOf = (p: Problem): Catalogue.Raised =>
  p.kind === "encrypted"
    ? Codes.workbookEncrypted.raise({})
    : p.kind === "legacy"
      ? Codes.workbookLegacyFormat.raise({})
      : Codes.workbookUnreadable.raise({ reason: p.reason })

// the iterator's own failures are the file's; those of the loop's body are not
async function* guarded<A>(source: AsyncIterable<A>): AsyncGenerator<A> {
  const it = source[Symbol.asyncIterator]()
  for (;;) {
    let next: IteratorResult<A>
    try {
      next = await it.next()
    } catch (e) {
      throw new Damaged(e instanceof Error ? e.message : String(e))
    }
    if (next.done === true) return
    yield next.value
  }
}

/**
 * Feeds an Excel workbook (`.xlsx`) to a validator: each sheet that holds records is a table of
 * the report, named `FILE › SHEET`, its rows given to `Validator.table` as they stream in (sheet
 * row numbers are the report's line numbers; a rejected row's text is its cells as one CSV line).
 * Empty rows, the rows a sheet skips and the filled rows above its header are counted blank (the
 * latter told by `workbook.rows-before-header`). An empty sheet is told (a warning) when the
 * workbook holds something else, and so is a sheet whose first 10 filled rows name no column
 * (`workbook.sheet-skipped`); a workbook with no sheet of records is an empty file. Hidden sheets
 * are read as the others.
 *
 * A file that is not a workbook this reader opens is one file-level error (`workbook.*`), as is a
 * sheet whose header names record columns but whose record kind neither its name, a `kind` column
 * nor `options.kind` says.
 *
 * @since 0.4.0
 */
export const feedWorkbook = async (
  validator: Validator.Validator,
  name: string,
  _io: Io,
  _lang: Lang,
  options: Options = {}
): Promise<void> => {
  const file = await open(name, "r")
  try {
    const { size } = await file.stat()
    const entries = await directory(file, size)
    if (!Array.isArray(entries)) return report(validator, name, raiseOf(entries as Problem))
    const book = await sheetsOf(file, entries as ReadonlyArray<Entry>)
    if ("kind" in book) return report(validator, name, raiseOf(book))
    // every part checked whole before any row is read
    const check = async (entry: Entry | undefined, sheet: boolean) =>
      entry === undefined ? undefined : ((await intact(file, entry, sheet)) ?? false)
    const find = (n: string) => (entries as ReadonlyArray<Entry>).find((e) => e.name === n)
    const styles = await check(find("xl/styles.xml"), false)
    const strings = await check(find("xl/sharedStrings.xml"), false)
    const sheetParts: Array<Given> = []
    for (const s of book.sheets) {
      const g = await check(s.entry, true)
      if (g === false || g === undefined) break
      sheetParts.push(g)
    }
    if (styles === false || strings === false || sheetParts.length < book.sheets.length)
      return report(validator, name, Codes.workbookUnreadable.raise({ reason: "damaged" }))
    const parts = {
      ...(styles === undefined ? {} : { styles }),
      ...(strings === undefined ? {} : { strings }),
      sheets: sheetParts
    }
    // a failure to give the bytes ends the archive early (the reader then fails as on a damaged
    // file, where a failed source would leave it waiting), and is told after
    let failure: unknown
    const source = async function* () {
      try {
        yield* ordered(file, parts, book.date1904)
      } catch (e) {
        failure = e
      }
    }
    const input = Readable.from(source(), { objectMode: false })
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore"
    })
    const empty: Array<string> = []
    let content = false
    try {
      let index = 0
      for await (const worksheet of guarded(reader)) {
        const sheet = book.sheets[index++]
        if (sheet === undefined) break
        const outcome = await readSheet(
          validator,
          `${name} › ${sheet.name}`,
          sheet.name,
          worksheet,
          book.date1904,
          options
        )
        if (outcome === "read") content = true
        else if (outcome === "empty") empty.push(sheet.name)
      }
    } catch (e) {
      if (!(e instanceof Damaged)) throw e
      if (failure !== undefined && !(failure instanceof Damaged)) throw failure
      return report(validator, name, Codes.workbookUnreadable.raise({ reason: "damaged" }))
    }
    if (failure !== undefined) {
      if (!(failure instanceof Damaged)) throw failure
      return report(validator, name, Codes.workbookUnreadable.raise({ reason: "damaged" }))
    }
    if (!content) {
      validator.table(name, "xlsx").end()
      return
    }
    for (const s of empty) report(validator, `${name} › ${s}`, Codes.sheetEmpty.raise({ sheet: s }))
  } finally {
    await file.close()
  }
}

// whether a header cell names a column: the kind column, or a field of some record kind (its
// name or a French alias)
const namesColumn = (cell: string): boolean =>
  Fields.isKindColumn(cell) || ExchangeRecord.kinds.some((k) => Fields.of(k).column(cell) !== undefined)

// A header row: at least two of its cells name columns, and most of its filled cells do (the
// validator's own test of a header, with a second name asked for, so that a title or a list's
// heading that happens to be a column's name, `Actions`, `Branches`, is not taken for one)
const isHeader = (cells: ReadonlyArray<string>): boolean => {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "")
  const named = filled.filter(namesColumn).length
  return named >= 2 && named * 2 >= filled.length
}

/** How many of a sheet's first filled rows are looked at for its header. */
const headerWindow = 10

/** A filled row met before the header: its line, its cells, the blank rows just before it. */
interface Waiting {
  readonly line: number
  readonly cells: ReadonlyArray<string>
  readonly blankBefore: number
}

type Table = ReturnType<Validator.Validator["table"]>

// a sheet-level warning in the sheet's own file of the report (`table.problem`, when the
// validation package has it; otherwise a file-level problem under the sheet's name)
type Noting = Table & { readonly problem?: (raised: Catalogue.Raised, line?: number) => void }
const note = (validator: Validator.Validator, table: Table, file: string, raised: Catalogue.Raised, line: number) => {
  const t = table as Noting
  if (t.problem !== undefined) t.problem(raised, line)
  else report(validator, file, raised)
}

/** What came of a sheet. */
type Outcome = "read" | "empty" | "skipped"

// One sheet. Its header is the first of its first 10 filled rows that names columns (see
// isHeader); the filled rows above it (a title) are counted blank and told, blank rows are counted,
// each row after the header is given to the validator. A sheet whose first filled rows name no
// columns holds no records (a list feeding drop-downs): skipped and told, unless its name says a
// record kind, when its first filled row is given as its header, for the validator to say it is
// none. A header whose record kind neither the sheet's name, a kind column nor --kind says is an
// error, and the sheet is not read.
const readSheet = async (
  validator: Validator.Validator,
  file: string,
  sheetName: string,
  worksheet: ExcelJS.stream.xlsx.WorksheetReader,
  date1904: boolean,
  options: Options
): Promise<Outcome> => {
  const named = sheetKind(sheetName)
  // changed by start and noHeader too: declared wide, not narrowed to its first value
  let state = "looking" as "looking" | "reading" | "unknown" | "skipped"
  let table: Table | undefined
  const waiting: Array<Waiting> = []
  let width = 0
  let blank = 0
  let last = 0
  let filled = 0

  const give = (t: Table, line: number, texts: ReadonlyArray<string>, used: number) => {
    for (let i = 0; i < blank; i++) t.blank()
    blank = 0
    const cells = Array.from({ length: Math.max(width, used) }, (_, i) => texts[i] ?? "")
    t.row({ line, lines: 1, cells, raw: csvLine(cells) })
  }

  // the header found (the rows waiting above it are not records) or taken (the first waiting row)
  const start = (header: Waiting, above: ReadonlyArray<Waiting>) => {
    const kind = named ?? options.kind
    if (kind === undefined && !header.cells.some((c) => Fields.isKindColumn(c.trim()))) {
      report(validator, file, Codes.sheetKindUnknown.raise({ sheet: sheetName, names: acceptedSheetNames() }))
      state = "unknown"
      return
    }
    const t = validator.table(file, "xlsx", kind)
    table = t
    state = "reading"
    if (above.length > 0)
      note(
        validator,
        t,
        file,
        Codes.rowsBeforeHeader.raise({
          sheet: sheetName,
          header: header.line,
          lines: above.map((w) => String(w.line))
        }),
        header.line
      )
    blank += above.reduce((n, w) => n + w.blankBefore + 1, 0) + header.blankBefore
    width = header.cells.length
    give(t, header.line, header.cells, width)
  }

  // no header among the first filled rows
  const noHeader = () => {
    const [first, ...rest] = waiting
    if (first === undefined) return
    if (named === undefined) {
      state = "skipped"
      return
    }
    start(first, [])
    if (table === undefined) return
    for (const w of rest) {
      blank += w.blankBefore
      give(table, w.line, w.cells, w.cells.length)
    }
  }

  for await (const row of guarded(worksheet)) {
    const number = Number.isInteger(row.number) && row.number > last ? row.number : last + 1
    // rows a sheet does not store are empty rows
    const skipped = number - last - 1
    last = number
    if (state === "unknown") continue
    const texts: Array<string> = []
    let used = 0
    row.eachCell((cell, column) => {
      const text = cellText(cell.value as CellValue, cell.numFmt, date1904)
      texts[column - 1] = text
      if (text.trim() !== "") used = Math.max(used, column)
    })
    if (state === "skipped") {
      if (used > 0) filled++
      continue
    }
    blank += skipped
    if (used === 0) {
      blank++
      continue
    }
    if (state === "reading" && table !== undefined) {
      give(table, number, texts, used)
      continue
    }
    const cells = Array.from({ length: used }, (_, i) => texts[i] ?? "")
    const w: Waiting = { line: number, cells, blankBefore: blank }
    blank = 0
    if (isHeader(cells)) {
      start(w, waiting)
      waiting.length = 0
      continue
    }
    waiting.push(w)
    if (waiting.length >= headerWindow) {
      noHeader()
      filled = waiting.length
      waiting.length = 0
    }
  }
  if (state === "looking") {
    if (waiting.length === 0) return "empty"
    noHeader()
    filled = waiting.length
  }
  if (state === "skipped") {
    report(validator, file, Codes.sheetSkipped.raise({ sheet: sheetName, rows: filled }))
    return "skipped"
  }
  if (table === undefined) return "read"
  for (let i = 0; i < blank; i++) table.blank()
  table.end()
  return "read"
}
