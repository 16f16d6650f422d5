/**
 * An output file written as records come (accepted records, rejects), so that memory does not
 * grow with the input: into a temporary file beside it, renamed into place once the command has
 * read everything. A command that stops on an error leaves the file as it was.
 *
 * @since 0.3.0
 */
import { closeSync, existsSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs"
import { basename, dirname, join } from "node:path"
import { CommandLine } from "@accord-jeunes/create-branch-plugin"
import * as Codes from "./Codes.js"

/** An output file being written. @since 0.3.0 */
export interface Output {
  /** Appends text, or bytes (a workbook). */
  readonly write: (data: string | Uint8Array) => void
  /** Puts the file in place. */
  readonly commit: () => void
  /** Removes what was written; the file in place, if any, is left as it was. */
  readonly abort: () => void
}

// writes are gathered up to this size: one system call per batch, not per record
const batch = 64 * 1024

// the same file, by device and inode (a path written another way, a link), when both exist
const sameFile = (a: string, b: string): boolean => {
  try {
    const x = statSync(a)
    const y = statSync(b)
    return x.dev === y.dev && x.ino === y.ino
  } catch {
    return false
  }
}

/**
 * Opens an output file. A path that cannot be written is a usage error (exit 2, code
 * `file.cannot-write`), told before any input is read; so is a path that names one of the
 * `inputs` (`file.output-is-input`): the output would replace the data it is made from.
 *
 * @since 0.3.0
 */
export const open = (path: string, option: string, inputs: ReadonlyArray<string> = []): Output => {
  const input = inputs.find((i) => i !== "-" && sameFile(i, path))
  if (input !== undefined) throw CommandLine.UsageError.of(Codes.outputIsInput.raise({ option, file: path }))
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  let fd: number
  try {
    // a folder given as the file would only be found when the temporary file is renamed
    if (existsSync(path) && statSync(path).isDirectory())
      throw Object.assign(new Error("directory"), { code: "EISDIR" })
    fd = openSync(temporary, "w")
  } catch (e) {
    throw CommandLine.UsageError.of(
      Codes.fileCannotWrite.raise({
        option,
        file: path,
        reason: String((e as NodeJS.ErrnoException).code ?? (e as Error).message)
      })
    )
  }
  let pending: Array<string> = []
  let size = 0
  const flush = () => {
    if (pending.length === 0) return
    writeSync(fd, pending.join(""))
    pending = []
    size = 0
  }
  let open = true
  const close = () => {
    if (!open) return
    open = false
    closeSync(fd)
  }
  return {
    write: (data) => {
      if (typeof data !== "string") {
        flush()
        writeSync(fd, data)
        return
      }
      pending.push(data)
      size += data.length
      if (size >= batch) flush()
    },
    commit: () => {
      flush()
      close()
      renameSync(temporary, path)
    },
    abort: () => {
      close()
      try {
        unlinkSync(temporary)
      } catch {
        // already gone
      }
    }
  }
}
