/**
 * Reading bytes as text: UTF-8 with or without BOM, or Windows-1252 (what older spreadsheets
 * save), detected and overridable; binary files recognised. Uses the platform's TextDecoder,
 * available in browsers and Node.
 *
 * @since 0.1.0
 */

/** An encoding this library reads. @since 0.1.0 */
export type Encoding = "utf-8" | "windows-1252"

/** The text of a file and how it was read. @since 0.1.0 */
export interface Text {
  readonly text: string
  readonly encoding: Encoding
  readonly bom: boolean
  /** True when the encoding was guessed because the bytes were not valid UTF-8. */
  readonly fellBack: boolean
}

/**
 * Whether bytes look binary (a NUL byte in the first 8 KB): such a file is refused, not read.
 *
 * @since 0.1.0
 */
export const looksBinary = (bytes: Uint8Array): boolean => bytes.subarray(0, 8192).includes(0)

/**
 * Decodes bytes: the encoding asked for, or UTF-8 when the bytes are valid UTF-8, Windows-1252
 * otherwise. A UTF-8 BOM is removed.
 *
 * @example
 * ```ts
 * import { Input } from "@accord-jeunes/validation"
 * Input.decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).text     // "café"
 * Input.decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).encoding // "windows-1252"
 * ```
 * @since 0.1.0
 */
export const decode = (bytes: Uint8Array, encoding?: Encoding): Text => {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  if (encoding === "windows-1252")
    return { text: new TextDecoder("windows-1252").decode(body), encoding, bom, fellBack: false }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8", bom, fellBack: false }
  } catch {
    if (encoding === "utf-8")
      return { text: new TextDecoder("utf-8").decode(body), encoding: "utf-8", bom, fellBack: false }
    return { text: new TextDecoder("windows-1252").decode(body), encoding: "windows-1252", bom, fellBack: true }
  }
}

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
  if (start.startsWith("{")) return /\}\s*\r?\n\s*\{/u.test(start) ? "ndjson" : "json"
  return "csv"
}
