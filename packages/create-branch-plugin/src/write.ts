import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import type { File } from "./Template.js"

/**
 * Writes the files into a directory that does not exist yet or is empty; refuses otherwise, so
 * that nothing is overwritten.
 *
 * @since 0.1.0
 */
export const write = (directory: string, files: ReadonlyArray<File>): void => {
  if (existsSync(directory) && readdirSync(directory).length > 0)
    throw new Error(`${directory} exists and is not empty / ${directory} existe et n'est pas vide`)
  for (const f of files) {
    const path = join(directory, f.path)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, f.content)
  }
}
