/**
 * Reading bytes as text, by one rule that the command line (files and standard input), the
 * service and the web page all apply, so that the same bytes get the same verdict everywhere:
 *
 * - an encoding asked for wins (`--encoding`);
 * - a UTF-8 byte order mark, or bytes that are all valid UTF-8, are UTF-8;
 * - bytes that hold valid UTF-8 sequences of two bytes or more (an `é` written as UTF-8) **and**
 *   bytes that are not UTF-8 are UTF-8 with errors: each line holding such a byte is reported at
 *   its first one (line and column), never read as Windows-1252 once UTF-8 is established, never
 *   silently replaced;
 * - bytes with no UTF-8 sequence and some bytes above 127 are Windows-1252, as older spreadsheets
 *   save them (the report says so).
 *
 * Lines end with LF, CRLF or a lone CR (old Mac exports). Files that are really binary (a gzip or
 * ZIP archive, an Excel workbook, a PDF, UTF-16 text, many control bytes) are recognised by their
 * first bytes and refused as such; a stray NUL byte in a text file costs only its line.
 *
 * Uses the platform's TextDecoder (browsers and Node); valid files are decoded natively, the
 * bytes are walked one by one only to locate errors.
 *
 * @since 0.1.0
 */
import * as Utf8 from "./internal/utf8.js"

/** An encoding this library reads. @since 0.1.0 */
export type Encoding = "utf-8" | "windows-1252"

/**
 * A byte that is not UTF-8: its byte offset in the file, the index of the U+FFFD that stands for
 * it in the decoded text, and its 1-based line and column (columns count characters).
 *
 * @since 0.3.0
 */
export type Invalid = Utf8.BadByte

/**
 * The encoding of some bytes, by the rule of this module, before any text is made of them.
 *
 * @since 0.3.0
 */
export interface Sniffed {
  readonly encoding: Encoding
  readonly bom: boolean
  /** Windows-1252, because the bytes are not UTF-8 and hold no UTF-8 sequence. */
  readonly fellBack: boolean
  /** UTF-8, yet some bytes are not: the byte offset of the first. */
  readonly invalidAt?: number
}

/** The text of a file and how it was read. @since 0.1.0 */
export interface Text extends Sniffed {
  readonly text: string
  /**
   * The bytes that are not UTF-8, the first of each line (each is a U+FFFD in `text`); empty
   * unless the file is UTF-8 with errors.
   *
   * @since 0.3.0
   */
  readonly invalid: ReadonlyArray<Invalid>
}

// the platform's TextDecoder (browsers and Node), typed here: this package is built without the
// DOM's or Node's type libraries
interface Decoder {
  decode(input?: Uint8Array, options?: { readonly stream?: boolean }): string
}
const { TextDecoder } = globalThis as unknown as {
  readonly TextDecoder: new (
    label: string,
    options?: { readonly fatal?: boolean; readonly ignoreBOM?: boolean }
  ) => Decoder
}

const hasBom = (bytes: Uint8Array) => bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
const fatal = () => new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })
const lenient = () => new TextDecoder("utf-8", { ignoreBOM: true })
const windows1252 = () => new TextDecoder("windows-1252")
const nonAscii = /[\u0080-\u{10ffff}]/u

const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    fatal().decode(bytes)
    return true
  } catch {
    return false
  }
}

// the bytes that are not UTF-8 (the first of each line), and whether any valid sequence of two
// bytes or more is there: together they decide between UTF-8 with errors and Windows-1252
const locate = (body: Uint8Array, offset: number) => {
  const s = Utf8.scan()
  s.offset = offset
  const invalid: Array<Invalid> = []
  Utf8.feed(s, body, true, (b) => invalid.push(b), true)
  return { invalid, multibyte: s.multibyte }
}

/**
 * The encoding of a whole file's bytes, by the rule above (see {@link decode} for the text).
 *
 * @example
 * ```ts
 * import { Input } from "@accord-jeunes/validation"
 * const caf = [0x63, 0x61, 0x66]
 * Input.sniff(new Uint8Array([...caf, 0xc3, 0xa9])).encoding       // "utf-8"
 * Input.sniff(new Uint8Array([...caf, 0xe9])).encoding             // "windows-1252"
 * Input.sniff(new Uint8Array([...caf, 0xc3, 0xa9, 0x0a, 0xe9])).invalidAt // 6
 * ```
 * @since 0.3.0
 */
export const sniff = (bytes: Uint8Array, encoding?: Encoding): Sniffed => {
  const bom = hasBom(bytes)
  if (encoding === "windows-1252") return { encoding, bom, fellBack: false }
  const body = bom ? bytes.subarray(3) : bytes
  if (isUtf8(body)) return { encoding: "utf-8", bom, fellBack: false }
  const { invalid, multibyte } = locate(body, bom ? 3 : 0)
  if (encoding === "utf-8" || bom || multibyte)
    return { encoding: "utf-8", bom, fellBack: false, invalidAt: (invalid[0] as Invalid).offset }
  return { encoding: "windows-1252", bom, fellBack: true }
}

/**
 * Decodes a whole file's bytes by the rule above. A UTF-8 BOM is removed. In a UTF-8 file with
 * errors, each byte that is not UTF-8 is a U+FFFD in `text` and the first of each line is listed
 * in `invalid`: the reader rejects the records holding them.
 *
 * @example
 * ```ts
 * import { Input } from "@accord-jeunes/validation"
 * Input.decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).text     // "café"
 * Input.decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).encoding // "windows-1252"
 * const mixed = Input.decode(new TextEncoder().encode("café\nca\u0000").map((b) => (b === 0 ? 0xe9 : b)))
 * mixed.encoding                                                  // "utf-8"
 * mixed.invalid.map((i) => [i.line, i.column])                    // [[2, 3]]
 * ```
 * @since 0.1.0
 */
export const decode = (bytes: Uint8Array, encoding?: Encoding): Text => {
  const bom = hasBom(bytes)
  const body = bom ? bytes.subarray(3) : bytes
  if (encoding === "windows-1252")
    return { text: windows1252().decode(body), encoding, bom, fellBack: false, invalid: [] }
  try {
    return { text: fatal().decode(body), encoding: "utf-8", bom, fellBack: false, invalid: [] }
  } catch {
    const { invalid, multibyte } = locate(body, bom ? 3 : 0)
    if (encoding === "utf-8" || bom || multibyte)
      return {
        text: lenient().decode(body),
        encoding: "utf-8",
        bom,
        fellBack: false,
        invalidAt: (invalid[0] as Invalid).offset,
        invalid
      }
    return { text: windows1252().decode(body), encoding: "windows-1252", bom, fellBack: true, invalid: [] }
  }
}

/**
 * The verdict of {@link sniff} for bytes given in chunks, without keeping them: the command line
 * reads a file once with it, then streams the file's lines with the verdict (see {@link lines}),
 * so that a streamed file is read as the same file given whole.
 *
 * @example
 * ```ts
 * import { Input } from "@accord-jeunes/validation"
 * const s = Input.scanner()
 * s.push(new Uint8Array([0x63, 0x61, 0x66, 0xc3]))
 * s.push(new Uint8Array([0xa9, 0x0a, 0xe9]))
 * s.end().invalidAt // 6
 * ```
 * @since 0.3.0
 */
export const scanner = (encoding?: Encoding) => {
  let decoder = fatal()
  let offset = 0
  let bom: boolean | undefined
  let previous: Uint8Array = new Uint8Array(0)
  let last: Uint8Array = new Uint8Array(0)
  let multibyte = false
  let invalidAt: number | undefined
  // once a byte failed, the rest is walked byte by byte, and only until a UTF-8 sequence is seen
  let slow: Utf8.Scan | undefined
  return {
    push: (chunk: Uint8Array): void => {
      if (encoding === "windows-1252" || chunk.length === 0) return
      const first = bom === undefined
      if (first) bom = hasBom(chunk)
      const body = first && bom ? chunk.subarray(3) : chunk
      const at = first && bom ? 3 : offset
      offset += chunk.length
      if (slow !== undefined) {
        if (!multibyte) {
          Utf8.feed(slow, body, false, () => {})
          multibyte = slow.multibyte
        }
        return
      }
      try {
        const text = decoder.decode(body, { stream: true })
        if (!multibyte && nonAscii.test(text)) multibyte = true
        // the last three bytes of all read so far hold the start of any sequence still open
        const window = new Uint8Array(Math.min(3, last.length + body.length))
        const keep = window.length - Math.min(body.length, window.length)
        window.set(last.subarray(last.length - keep))
        window.set(body.subarray(body.length - (window.length - keep)), keep)
        last = window
        previous = window.subarray(window.length - Utf8.incompleteTail(window))
      } catch {
        // the tail of the previous chunk may be the start of the failing sequence
        const s = Utf8.scan()
        s.offset = at - previous.length
        s.multibyte = multibyte
        const from = new Uint8Array(previous.length + body.length)
        from.set(previous)
        from.set(body, previous.length)
        Utf8.feed(s, from, false, (b) => {
          invalidAt ??= b.offset
        })
        multibyte = s.multibyte
        slow = s
      }
    },
    end: (): Sniffed => {
      const b = bom ?? false
      if (encoding === "windows-1252") return { encoding, bom: b, fellBack: false }
      if (slow === undefined)
        try {
          decoder.decode()
        } catch {
          invalidAt = offset - previous.length
        }
      else
        Utf8.feed(slow, new Uint8Array(0), true, (x) => {
          invalidAt ??= x.offset
        })
      decoder = fatal()
      if (invalidAt === undefined) return { encoding: "utf-8", bom: b, fellBack: false }
      return encoding === "utf-8" || b || multibyte
        ? { encoding: "utf-8", bom: b, fellBack: false, invalidAt }
        : { encoding: "windows-1252", bom: b, fellBack: true }
    }
  }
}

/**
 * A line of text: its 1-based number, and the column of its first byte that is not UTF-8 when it
 * has one (the text then holds U+FFFD there).
 *
 * @since 0.3.0
 */
export interface Line {
  readonly text: string
  readonly line: number
  readonly invalid?: number
}

/**
 * What is given each line read, when lines are not listed: its text, its 1-based number, and the
 * column of its first byte that is not UTF-8 when it has one.
 *
 * @since 0.4.0
 */
export type Visit = (text: string, line: number, invalid: number | undefined) => void

/**
 * Splits bytes given in chunks into lines (LF, CRLF or a lone CR), in time linear in the bytes
 * however long a line is, decoding them by the rule of this module: with the verdict of
 * {@link scanner} or {@link sniff} (or an encoding asked for), the lines are read as the whole
 * file would be; without one, the first bytes that decide settle it (a BOM or a UTF-8 sequence:
 * UTF-8; a byte that is not UTF-8 before any: Windows-1252). A final line without a line end is a
 * line; an empty end after the last line end is not.
 *
 * `settle`, when given with no verdict, is asked for the whole file's verdict in the one case where
 * the first bytes do not decide it (a byte that is not UTF-8 before any UTF-8 sequence: a UTF-8
 * sequence further on makes the file UTF-8 with errors). Every line given before is ASCII, read
 * alike in both encodings: so a file is read once, and its lines are those of the whole file,
 * except in that rare case, where `settle` reads it (with {@link scanner}) before going on.
 *
 * @example
 * ```ts
 * import { Input } from "@accord-jeunes/validation"
 * const reader = Input.lines()
 * const bytes = new TextEncoder().encode("a\rb\r")
 * reader.push(bytes.subarray(0, 3)).map((l) => l.text) // ["a"]
 * reader.push(bytes.subarray(3)).map((l) => l.text)    // ["b"]
 * reader.push(new TextEncoder().encode("\nc")).length  // 0
 * reader.end().map((l) => [l.line, l.text])            // [[3, "c"]]
 * ```
 * @since 0.3.0
 */
export const lines = (verdict?: Encoding | Sniffed, settle?: () => Sniffed) => {
  const given = typeof verdict === "string" ? { encoding: verdict, fellBack: false } : verdict
  let encoding: Encoding | undefined = given?.encoding
  let fellBack = given?.fellBack ?? false
  let started = false
  let skipLf = false
  let pending: Array<Uint8Array> = []
  let pendingLength = 0
  let line = 0
  const utf8 = fatal()
  const lenientUtf8 = lenient()
  const cp1252 = windows1252()

  const text = (region: Uint8Array): { text: string; invalid?: Map<number, number> } => {
    if (encoding === "windows-1252") return { text: cp1252.decode(region) }
    try {
      const t = utf8.decode(region)
      // UTF-8 text as long as its bytes is ASCII: any longer sequence gives fewer UTF-16 units
      if (encoding === undefined && t.length !== region.length) encoding = "utf-8"
      return { text: t }
    } catch {
      const s = Utf8.scan()
      const invalid = new Map<number, number>()
      Utf8.feed(s, region, true, (b) => invalid.set(b.line, b.column), true)
      if (encoding === undefined && !s.multibyte) {
        const whole = settle?.()
        if (whole === undefined || whole.encoding === "windows-1252") {
          encoding = "windows-1252"
          fellBack = whole?.fellBack ?? true
          return { text: cp1252.decode(region) }
        }
      }
      encoding = "utf-8"
      return { text: lenientUtf8.decode(region), invalid }
    }
  }

  const split = (region: Uint8Array, visit: Visit, final: boolean) => {
    const t = text(region)
    const all = t.text
    let from = 0
    let n = 0
    const emit = (end: number, next: number) => {
      n++
      line++
      const start = from
      from = next
      visit(all.slice(start, end), line, t.invalid?.get(n))
    }
    if (all.indexOf("\r") < 0)
      // no CR: lines end with LF, found by the platform's search
      for (let at = all.indexOf("\n"); at >= 0; at = all.indexOf("\n", from)) emit(at, at + 1)
    else {
      const terminator = /\r\n|\r|\n/gu
      for (let m = terminator.exec(all); m !== null; m = terminator.exec(all)) emit(m.index, m.index + m[0].length)
    }
    if (final && from < all.length) emit(all.length, all.length)
  }

  const piece = 16 * 1024
  const take = (upTo: Uint8Array): Uint8Array => {
    if (pending.length === 0) return upTo
    const region = new Uint8Array(pendingLength + upTo.length)
    let at = 0
    for (const p of pending) {
      region.set(p, at)
      at += p.length
    }
    region.set(upTo, at)
    pending = []
    pendingLength = 0
    return region
  }

  const listed =
    (out: Array<Line>): Visit =>
    (text, line, invalid) => {
      out.push(invalid === undefined ? { text, line } : { text, line, invalid })
    }

  return {
    /**
     * The lines the chunk completes; given to `visit` instead (since 0.4.0), each as soon as it is
     * cut, no list is made (the lines of a chunk are not held together).
     */
    push: (chunk: Uint8Array, visit?: Visit): ReadonlyArray<Line> => {
      const out: Array<Line> = []
      const to = visit ?? listed(out)
      let bytes = chunk
      if (!started && bytes.length > 0) {
        started = true
        if (hasBom(bytes) && encoding !== "windows-1252") {
          encoding = "utf-8"
          bytes = bytes.subarray(3)
        }
      }
      if (skipLf && bytes.length > 0) {
        skipLf = false
        if (bytes[0] === 0x0a) bytes = bytes.subarray(1)
      }
      // the last line end: looked for from the end, so only the unfinished line is walked
      let last = bytes.length - 1
      while (last >= 0 && bytes[last] !== 0x0a && bytes[last] !== 0x0d) last--
      if (last < 0) {
        if (bytes.length > 0) {
          pending.push(bytes.slice())
          pendingLength += bytes.length
        }
        return out
      }
      // a CR that ends the chunk may be the first half of a CRLF
      if (bytes[last] === 0x0d && last === bytes.length - 1) skipLf = true
      let from = 0
      if (pendingLength > 0) {
        // the line begun in earlier chunks, ended by this one's first line end (a CRLF whole)
        let end = 0
        while (bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++
        if (bytes[end] === 0x0d && end < last && bytes[end + 1] === 0x0a) end++
        split(take(bytes.subarray(0, end + 1)), to, false)
        from = end + 1
      }
      // the rest in pieces of about 32 KB, each cut after a LF (never inside a CRLF): a longer text
      // would be made among the engine's long-lived objects, garbage only a full collection frees
      while (from <= last) {
        let cut = last - from > piece ? bytes.indexOf(0x0a, from + piece) : last
        if (cut < 0 || cut > last) cut = last
        split(bytes.subarray(from, cut + 1), to, false)
        from = cut + 1
      }
      if (last + 1 < bytes.length) {
        pending.push(bytes.slice(last + 1))
        pendingLength += bytes.length - last - 1
      }
      return out
    },
    /** The last line, when the bytes do not end with a line end (given to `visit`, if any). */
    end: (visit?: Visit): ReadonlyArray<Line> => {
      const out: Array<Line> = []
      if (pendingLength > 0) split(take(new Uint8Array(0)), visit ?? listed(out), true)
      return out
    },
    /** The encoding read, once settled (a file of ASCII only settles nothing). */
    get encoding(): Encoding | undefined {
      return encoding
    },
    /** Whether Windows-1252 was chosen because the bytes were not UTF-8. */
    get fellBack(): boolean {
      return fellBack
    }
  }
}

/**
 * What a binary file is, from its first bytes: a gzip stream, a ZIP archive (an Excel or
 * LibreOffice workbook, `.xlsx`, `.ods`, is one), an older Office file (`.xls`), a PDF, UTF-16
 * text, or bytes with many control characters (NUL...).
 *
 * @since 0.3.0
 */
export type Binary = "gzip" | "zip" | "office" | "pdf" | "utf-16" | "control"

const starts = (bytes: Uint8Array, signature: ReadonlyArray<number>) => signature.every((b, i) => bytes[i] === b)

/**
 * Whether bytes are a binary file, and which: by their signature, or by their share of control
 * bytes (NUL and the others below the tab) in the first 8 KB: at least 8 of them and more than
 * one byte in ten. A text file with a stray NUL byte is not binary: only the line holding it is
 * rejected.
 *
 * @example
 * ```ts
 * import { Input } from "@accord-jeunes/validation"
 * Input.binary(new Uint8Array([0x1f, 0x8b, 8, 0]))               // "gzip"
 * Input.binary(new TextEncoder().encode("PK\u0003\u0004..."))    // "zip"
 * Input.binary(new TextEncoder().encode("kind;id\naction;a\u0000\n")) // undefined
 * ```
 * @since 0.3.0
 */
export const binary = (bytes: Uint8Array): Binary | undefined => {
  if (starts(bytes, [0x1f, 0x8b])) return "gzip"
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip"
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "office"
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"
  if (starts(bytes, [0xff, 0xfe]) || starts(bytes, [0xfe, 0xff])) return "utf-16"
  const head = bytes.subarray(0, 8192)
  let control = 0
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x1b) || (b > 0x1b && b < 0x20)) control++
  return control >= 8 && control * 10 > head.length ? "control" : undefined
}

/**
 * Whether bytes look binary (see {@link binary}).
 *
 * @since 0.1.0
 * @deprecated since 0.3.0: use {@link binary}, which says what the file is.
 */
export const looksBinary = (bytes: Uint8Array): boolean => binary(bytes) !== undefined

/** A file format. @since 0.1.0 */
export type Format = "json" | "ndjson" | "csv"

/**
 * The format of a file, from its name, or from its content when the name says nothing.
 *
 * @since 0.1.0
 */
export const detectFormat = (name: string, text: string): Format => {
  const lower = name.toLowerCase()
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv"
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson"
  if (lower.endsWith(".json")) return "json"
  const start = text.trimStart()
  if (start.startsWith("[")) return "json"
  if (start.startsWith("{")) return /\}\s*(?:\r\n|\r|\n)\s*\{/u.test(start) ? "ndjson" : "json"
  return "csv"
}
