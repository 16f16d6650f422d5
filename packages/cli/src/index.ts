/**
 * `accord-jeunes`: run a command line as the binary does, with given streams (for tests and
 * embedding).
 *
 * @since 0.1.0
 */
import { CommandLine } from "@accord-jeunes/create-branch-plugin"
import * as Codes from "./Codes.js"
import { root } from "./commands.js"
import type { Io } from "./Io.js"
import { version } from "./Options.js"

export * as Codes from "./Codes.js"
export type { Io } from "./Io.js"
export { version } from "./Options.js"

/**
 * Runs a command line; resolves to the exit code (0 ok, 1 data problem, 2 usage or read error).
 * Everything it says is in the language asked for anywhere on the line (`--lang en` or
 * `--lang=en`; French by default), help and usage and read errors included; each error ends with
 * its code. `--help` on every command, `--version`, `--completions bash|zsh|fish|powershell`.
 *
 * @since 0.1.0
 */
export const run = async (argv: ReadonlyArray<string>, io: Io): Promise<number> => {
  try {
    return await CommandLine.runCommand(argv, io, { version: version(), build: (lang) => root(lang, io) })
  } catch (e) {
    // not the user's fault, nor the data's: said as such, with its code, in the user's language
    io.stderr(
      `${CommandLine.line(Codes.unexpectedError.raise({ reason: e instanceof Error ? e.message : String(e) }), CommandLine.langIn(argv))}\n`
    )
    return 2
  }
}
