/**
 * Reading input files (or standard input for `-`) into a validator: NDJSON streamed line by
 * line, with progress on a terminal; other formats read whole.
 *
 * @since 0.1.0
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from "node:fs"
import type { Readable } from "node:stream"
import { CommandLine } from "@accord-jeunes/create-branch-plugin"
import type { Validator } from "@accord-jeunes/validation"
import * as Codes from "./Codes.js"
import type { Io, Lang } from "./Io.js"
import * as Texts from "./Texts.js"

// a file the system cannot give: a usage error naming the file and the system's reason
const cannotRead = (file: string, e: unknown): CommandLine.UsageError =>
  CommandLine.UsageError.of(
    Codes.fileCannotRead.raise({ file, reason: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) })
  )

// the first bytes of a file, without reading the rest
const readHead = (name: string, length: number): Buffer => {
  const fd = openSync(name, "r")
  try {
    const buffer = Buffer.alloc(length)
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0))
  } finally {
    closeSync(fd)
  }
}

const isNdjson = (name: string) => /\.(?:ndjson|jsonl)$/iu.test(name)

const readAll = async (stream: Readable): Promise<Uint8Array> => {
  const chunks: Array<Buffer> = []
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer))
  return new Uint8Array(Buffer.concat(chunks))
}

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

/**
 * Feeds files to a validator. A file that cannot be read is a usage error (exit 2, code
 * `file.cannot-read`, with the system's reason in words).
 *
 * @since 0.1.0
 */
export const feed = async (
  validator: Validator.Validator,
  names: ReadonlyArray<string>,
  io: Io,
  lang: Lang
): Promise<void> => {
  for (const name of names) {
    if (name === "-") {
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
    if (isNdjson(name)) {
      // check the start for binary content before streaming text
      let head: Buffer
      try {
        head = readHead(name, 8192)
      } catch (e) {
        throw cannotRead(name, e)
      }
      if (head.includes(0) || size === 0) {
        validator.bytes(name, new Uint8Array(head))
        continue
      }
      const stats = validator.begin(name)
      const bar = progress(io, lang, size)
      // chunks are pulled one at a time and their lines handled before the next read, so memory
      // stays bounded however fast the disk is (readline's iterator queues lines without limit)
      const stream = createReadStream(name, { highWaterMark: 256 * 1024 })
      const decoder = new TextDecoder("utf-8")
      let rest = ""
      let n = 0
      const emit = (text: string) => {
        n++
        validator.line(stats, text.endsWith("\r") ? text.slice(0, -1) : text, n)
        if (n % 10_000 === 0) bar.tick(stream.bytesRead, n)
      }
      for await (const chunk of stream) {
        const parts = (rest + decoder.decode(chunk as Buffer, { stream: true })).split("\n")
        rest = parts.pop() ?? ""
        for (const part of parts) emit(part)
      }
      rest += decoder.decode()
      if (rest !== "") emit(rest)
      bar.end()
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
