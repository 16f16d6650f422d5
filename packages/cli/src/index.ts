/**
 * `accord-jeunes`: run a command line as the binary does, with given streams (for tests and
 * embedding).
 *
 * @since 0.1.0
 */
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { CommandLine } from "@accord-jeunes/create-branch-plugin"
import * as Codes from "./Codes.js"
import * as Commands from "./commands.js"
import type { Io } from "./Io.js"
import { plugin } from "./PluginCommand.js"
import * as Texts from "./Texts.js"

export * as Codes from "./Codes.js"
export type { Io } from "./Io.js"

const commands = {
  validate: Commands.validate,
  agreement: Commands.agreement,
  report: Commands.report,
  governance: Commands.governance,
  schema: Commands.schema,
  trace: Commands.trace,
  plugin
} as const satisfies Record<string, (args: ReadonlyArray<string>, io: Io) => Promise<number>>

const isCommand = (name: string): name is keyof typeof commands => Object.hasOwn(commands, name)

// this package's folder, from its sources (src/) or its build (dist/), as ESM or CommonJS
const packageDirectory = (): string =>
  join(typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url)), "..")

/**
 * The command line's version (its package's), as `accord-jeunes --version` prints it.
 *
 * @since 0.3.0
 */
export const version = (): string => CommandLine.versionIn(packageDirectory())

/**
 * Runs a command line; resolves to the exit code (0 ok, 1 data problem, 2 usage or read error).
 * Everything it says is in the language asked for anywhere on the line (`--lang en` or
 * `--lang=en`; French by default), usage and read errors included; each error ends with its code.
 *
 * @since 0.1.0
 */
export const run = async (argv: ReadonlyArray<string>, io: Io): Promise<number> => {
  const lang = CommandLine.langIn(argv)
  // `--lang en` may come before the command: it is handed to the command with its options
  let at = 0
  while (argv[at] === "--lang" || argv[at]?.startsWith("--lang=") === true) at += argv[at] === "--lang" ? 2 : 1
  const [command, ...rest] = argv.slice(at)
  const args = [...rest, ...argv.slice(0, at)]
  try {
    if (command === undefined || command === "--help" || command === "-h") {
      io.stdout(`${Texts.usage(lang).trim()}\n`)
      return command === undefined ? 2 : 0
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`${version()}\n`)
      return 0
    }
    if (!isCommand(command))
      throw CommandLine.UsageError.of(
        Codes.commandUnknown.raise({ command: command.slice(0, 40), commands: Object.keys(commands) })
      )
    return await commands[command](args, io)
  } catch (e) {
    if (CommandLine.isUsageError(e)) {
      io.stderr(`${e.text[lang]}\n`)
      return 2
    }
    io.stderr(
      `${CommandLine.line(Codes.unexpectedError.raise({ reason: e instanceof Error ? e.message : String(e) }), lang)}\n`
    )
    return 2
  }
}
