/**
 * Reading input files (or standard input for `-`) into a validator: NDJSON streamed line by
 * line, with progress on a terminal; other formats read whole.
 *
 * @since 0.1.0
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from "node:fs"
import type { Readable } from "node:stream"
import type { Input, Validator } from "@accord-jeunes/validation"
import { type Io, UsageError } from "./Io.js"

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

const progress = (io: Io, total: number) => {
  let last = 0
  return {
    tick: (done: number, records: number) => {
      const now = Date.now()
      if (!io.interactive || total < 1_000_000 || now - last < 200) return
      last = now
      const ratio = Math.min(1, done / total)
      const bar = "#".repeat(Math.round(ratio * 30)).padEnd(30, "-")
      io.stderr(`\r[${bar}] ${Math.round(ratio * 100)}% ${records} records`)
    },
    end: () => {
      if (io.interactive && total >= 1_000_000) io.stderr(`\r${" ".repeat(60)}\r`)
    }
  }
}

/**
 * Feeds files to a validator. A file that cannot be read is a usage error (exit 2).
 *
 * @since 0.1.0
 */
export const feed = async (
  validator: Validator.Validator,
  names: ReadonlyArray<string>,
  io: Io,
  options: { readonly format?: Input.Format } = {}
): Promise<void> => {
  for (const name of names) {
    if (name === "-") {
      validator.bytes("stdin", await readAll(io.stdin()), options.format)
      continue
    }
    let size: number
    try {
      size = statSync(name).size
    } catch (e) {
      throw new UsageError(
        `Fichier illisible : ${name} (${(e as Error).message})`,
        `Cannot read file: ${name} (${(e as Error).message})`
      )
    }
    if (isNdjson(name) && options.format === undefined) {
      // check the start for binary content before streaming text
      const head = readHead(name, 8192)
      if (head.includes(0) || size === 0) {
        validator.bytes(name, new Uint8Array(head))
        continue
      }
      const stats = validator.begin(name)
      const bar = progress(io, size)
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
    validator.bytes(name, new Uint8Array(readFileSync(name)), options.format)
  }
}
