/**
 * Reading input files (or standard input for `-`) into a validator, by the validation package's
 * one reading rule (`Input`: binary files, encodings, line ends), so that the same bytes get the
 * same verdict from a file, from standard input, from the service and in the web page.
 *
 * NDJSON files up to 8 MB are read whole, as CSV is, so that a young person's records are
 * checked in any order (`wholeNdjsonBytes`). Larger NDJSON files are streamed line by line
 * (`Validator.stream`), read once, in time linear in their
 * size however long a line is, memory bounded by the longest line; progress is shown on a
 * terminal. Their encoding is settled as for the whole file: by the first bytes that decide it,
 * and, in the one case where they cannot (a byte that is not UTF-8 before any UTF-8 sequence), by
 * a reading of the whole file first (`Input.scanner`). Excel workbooks (`.xlsx`) are read sheet
 * by sheet, row by row (`workbook/Read.ts`). Other files, and standard input, are read whole.
 *
 * @since 0.1.0
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs"
import { open } from "node:fs/promises"
import type { Readable } from "node:stream"
import { CommandLine } from "@accord-jeunes/create-branch-plugin"
import type { ExchangeRecord } from "@accord-jeunes/domain"
import { Input, type Validator } from "@accord-jeunes/validation"
import * as Codes from "./Codes.js"
import type { Io, Lang } from "./Io.js"
import * as Texts from "./Texts.js"

// a file the system cannot give: a usage error naming the file and the system's reason
const cannotRead = (file: string, e: unknown): CommandLine.UsageError =>
  CommandLine.UsageError.of(
    Codes.fileCannotRead.raise({ file, reason: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) })
  )

// the first bytes of a file, without reading the rest
const readHead = (name: string, length: number): Uint8Array => {
  const fd = openSync(name, "r")
  try {
    const buffer = Buffer.alloc(length)
    return new Uint8Array(buffer.subarray(0, readSync(fd, buffer, 0, length, 0)))
  } finally {
    closeSync(fd)
  }
}

const isNdjson = (name: string) => /\.(?:ndjson|jsonl)$/iu.test(name)
/**
 * NDJSON files up to this size are read whole (records checked in any order, the age rule
 * included); larger ones are streamed line by line, memory flat (records grouped by young person).
 *
 * @since 0.4.0
 */
export const wholeNdjsonBytes = 8 * 1024 * 1024

const isWorkbook = (name: string) => /\.xlsx$/iu.test(name)

const readAll = async (stream: Readable): Promise<Uint8Array> => {
  const chunks: Array<Buffer> = []
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer))
  return new Uint8Array(Buffer.concat(chunks))
}

// a file is read in chunks into one buffer, each handled before the next read: memory stays
// bounded however fast the disk is, and no chunk is left for the collector
const chunkSize = 256 * 1024

const progress = (io: Io, lang: Lang, total: number) => {
  let last = 0
  return {
    tick: (done: number, records: number) => {
      const now = Date.now()
      if (!io.interactive || total < 1_000_000 || now - last < 200) return
      last = now
      const ratio = Math.min(1, done / total)
      const bar = "#".repeat(Math.round(ratio * 30)).padEnd(30, "-")
      io.stderr(`\r[${bar}] ${Math.round(ratio * 100)}% ${Texts.records(lang, records)}`)
    },
    end: () => {
      if (io.interactive && total >= 1_000_000) io.stderr(`\r${" ".repeat(60)}\r`)
    }
  }
}

// the encoding of a whole file by Input's rule, its bytes read in chunks and not kept
const sniffFile = (name: string): Input.Sniffed => {
  const scan = Input.scanner()
  const fd = openSync(name, "r")
  try {
    const buffer = new Uint8Array(chunkSize)
    let at = 0
    for (let n = readSync(fd, buffer, 0, chunkSize, at); n > 0; n = readSync(fd, buffer, 0, chunkSize, at)) {
      scan.push(buffer.subarray(0, n))
      at += n
    }
  } finally {
    closeSync(fd)
  }
  return scan.end()
}

// An NDJSON file, streamed. A binary file is refused from its first bytes (not read further);
// otherwise its lines are read once, the encoding settled as for the same file given whole: the
// whole file is read first only when its first bytes cannot settle it.
const streamNdjson = async (
  validator: Validator.Validator,
  name: string,
  size: number,
  io: Io,
  lang: Lang,
  encoding: Input.Encoding | undefined
): Promise<void> => {
  const head = readHead(name, 8192)
  if (Input.binary(head) !== undefined) {
    const s = validator.stream(name, encoding)
    s.push(head)
    s.end()
    return
  }
  const s = validator.stream(name, encoding, encoding === undefined ? () => sniffFile(name) : undefined)
  const bar = progress(io, lang, size)
  const file = await open(name, "r")
  try {
    const buffer = new Uint8Array(chunkSize)
    let done = 0
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, chunkSize)
      if (bytesRead === 0) break
      s.push(buffer.subarray(0, bytesRead))
      done += bytesRead
      bar.tick(done, s.stats.read)
    }
  } finally {
    await file.close()
  }
  s.end()
  bar.end()
}

/**
 * Feeds files to a validator (`-` is standard input). A file that cannot be read is a usage
 * error (exit 2, code `file.cannot-read`, with the system's reason in words). `encoding` is the
 * one asked for (`--encoding`), if any: it wins over what the bytes suggest.
 *
 * @since 0.1.0
 */
export const feed = async (
  validator: Validator.Validator,
  names: ReadonlyArray<string>,
  io: Io,
  lang: Lang,
  encoding?: Input.Encoding,
  kind?: ExchangeRecord.Kind
): Promise<void> => {
  for (const name of names) {
    if (name === "-") {
      // read whole: its encoding is settled on all its bytes, as for a file
      validator.bytes("stdin", await readAll(io.stdin()))
      continue
    }
    let size: number
    try {
      const stat = statSync(name)
      if (stat.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" })
      size = stat.size
    } catch (e) {
      throw cannotRead(name, e)
    }
    if (isWorkbook(name)) {
      // the workbook reader and its library are loaded only when a workbook is given
      const { feedWorkbook } = await import("./workbook/Read.js")
      try {
        await feedWorkbook(validator, name, io, lang, kind === undefined ? {} : { kind })
      } catch (e) {
        // the system's errors are the file's (its workbook problems are in the report)
        if (typeof (e as NodeJS.ErrnoException).syscall === "string") throw cannotRead(name, e)
        throw e
      }
      continue
    }
    // NDJSON files are streamed above a size, so that memory stays flat on a national file; below
    // it they are read whole, as CSV is, and the age rule then finds a young person in any order
    if (isNdjson(name) && size > wholeNdjsonBytes) {
      try {
        await streamNdjson(validator, name, size, io, lang, encoding)
      } catch (e) {
        // the system's errors (a file gone between two reads...) are the file's; others are ours
        if (typeof (e as NodeJS.ErrnoException).code === "string") throw cannotRead(name, e)
        throw e
      }
      continue
    }
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(readFileSync(name))
    } catch (e) {
      throw cannotRead(name, e)
    }
    validator.bytes(name, bytes)
  }
}
