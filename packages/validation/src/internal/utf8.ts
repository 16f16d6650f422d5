// UTF-8 read byte by byte as the WHATWG Encoding Standard's decoder reads it (the one TextDecoder
// implements: one U+FFFD per maximal invalid subpart), to say where the bytes that are not UTF-8
// are: their byte offset, the UTF-16 index of their U+FFFD in TextDecoder's output, and their line
// and column. Used only once the platform's fatal decoder has refused some bytes: valid files
// never pay for it.

/** Where an invalid byte is. Lines end with LF, CRLF or a lone CR; columns count characters. */
export interface BadByte {
  /** Byte offset from the start of what was scanned. */
  readonly offset: number
  /** Index of its U+FFFD in the text TextDecoder gives for the same bytes. */
  readonly index: number
  /** 1-based line and column, from the start of what was scanned. */
  readonly line: number
  readonly column: number
}

/** The state of a scan, carried from one chunk to the next. */
export interface Scan {
  offset: number
  index: number
  line: number
  column: number
  /** A valid sequence of two bytes or more was seen. */
  multibyte: boolean
  cr: boolean
  needed: number
  seen: number
  lower: number
  upper: number
  start: number
}

export const scan = (): Scan => ({
  offset: 0,
  index: 0,
  line: 1,
  column: 0,
  multibyte: false,
  cr: false,
  needed: 0,
  seen: 0,
  lower: 0x80,
  upper: 0xbf,
  start: 0
})

const char = (s: Scan, units: number) => {
  s.index += units
  s.column += units
}

/**
 * Scans bytes, calling `bad` for each invalid maximal subpart (with `firstPerLine`, only for the
 * first on each line). `final` ends the input: an incomplete sequence there is invalid.
 */
export const feed = (
  s: Scan,
  bytes: Uint8Array,
  final: boolean,
  bad: (b: BadByte) => void,
  firstPerLine = false
): void => {
  let reported = -1
  const error = (at: number) => {
    if (!firstPerLine || reported !== s.line) bad({ offset: at, index: s.index, line: s.line, column: s.column + 1 })
    reported = s.line
    char(s, 1)
    s.cr = false
  }
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    const at = s.offset + i
    if (s.needed === 0) {
      if (b < 0x80) {
        if (b === 0x0a) {
          if (!s.cr) s.line++
          s.column = 0
          s.index++
          s.cr = false
        } else if (b === 0x0d) {
          s.line++
          s.column = 0
          s.index++
          s.cr = true
        } else {
          char(s, 1)
          s.cr = false
        }
      } else if (b >= 0xc2 && b <= 0xdf) {
        s.needed = 1
        s.start = at
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) s.lower = 0xa0
        if (b === 0xed) s.upper = 0x9f
        s.needed = 2
        s.start = at
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) s.lower = 0x90
        if (b === 0xf4) s.upper = 0x8f
        s.needed = 3
        s.start = at
      } else error(at)
      continue
    }
    if (b < s.lower || b > s.upper) {
      // the subpart read so far is invalid; this byte starts afresh
      s.needed = 0
      s.seen = 0
      s.lower = 0x80
      s.upper = 0xbf
      error(s.start)
      i--
      continue
    }
    s.lower = 0x80
    s.upper = 0xbf
    s.seen++
    if (s.seen === s.needed) {
      char(s, s.needed === 3 ? 2 : 1)
      s.multibyte = true
      s.cr = false
      s.needed = 0
      s.seen = 0
    }
  }
  s.offset += bytes.length
  if (final && s.needed !== 0) {
    s.needed = 0
    s.seen = 0
    s.lower = 0x80
    s.upper = 0xbf
    error(s.start)
  }
}

/** The bytes at the end that start a sequence not yet complete (0 to 3 of them). */
export const incompleteTail = (bytes: Uint8Array): number => {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k] as number
    if (b >= 0x80 && b <= 0xbf) continue
    const needs = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0
    return needs >= k ? k : 0
  }
  return 0
}
