import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import * as Codes from "./Codes.js"
import { UsageError } from "./CommandLine.js"
import type { File } from "./Template.js"

/**
 * Writes the files into a directory that does not exist yet or is empty; refuses otherwise, so
 * that nothing is overwritten: a `CommandLine.UsageError` of code `plugin-new.directory-not-empty`
 * (since 0.3.0; a plain `Error` before).
 *
 * @since 0.1.0
 */
export const write = (directory: string, files: ReadonlyArray<File>): void => {
  if (existsSync(directory) && readdirSync(directory).length > 0)
    throw UsageError.of(Codes.directoryNotEmpty.raise({ directory }))
  for (const f of files) {
    const path = join(directory, f.path)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, f.content)
  }
}
