/**
 * The generator's command line: `create-branch-plugin DIRECTORY --id ... --idcc ...`, which
 * `accord-jeunes plugin new` runs too. French by default, English with `--lang en`.
 *
 * @since 0.3.0
 */
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import * as Result from "effect/Result"
import * as Codes from "./Codes.js"
import * as CommandLine from "./CommandLine.js"
import * as Template from "./Template.js"
import * as Texts from "./Texts.js"
import { write } from "./write.js"

// this package's folder, from its sources (src/) or its build (dist/), as ESM or CommonJS
const packageDirectory = (): string =>
  join(typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url)), "..")

/**
 * The generator's version (its package's).
 *
 * @since 0.3.0
 */
export const version = (): string => CommandLine.versionIn(packageDirectory())

/**
 * Runs the generator's command line; resolves to the exit code: 0 when the package is written, 2
 * for a usage error (one line per faulty option, each with its code).
 *
 * @example
 * ```ts
 * import { Command } from "@accord-jeunes/create-branch-plugin"
 * let err = ""
 * const code = await Command.run(["out", "--id", "Propreté", "--lang=en"], { stdout: () => {}, stderr: (t) => { err += t } })
 * code // 2
 * err.includes("--id: ") // true
 * ```
 * @since 0.3.0
 */
export const run = (
  argv: ReadonlyArray<string>,
  out: CommandLine.Output,
  context: {
    /** The name the command is run by, in its help and messages. */
    readonly command?: string
  } = {}
): Promise<number> =>
  CommandLine.guard(argv, out, () => {
    const command = context.command ?? "create-branch-plugin"
    const { values, positionals } = CommandLine.parse(argv, {
      id: { type: "string" },
      "name-fr": { type: "string" },
      "name-en": { type: "string" },
      idcc: { type: "string", multiple: true },
      package: { type: "string" },
      workspace: { type: "boolean" },
      version: { type: "boolean", short: "v" }
    })
    const lang = CommandLine.langOf(values.lang)
    if (values.help) {
      out.stdout(`${Texts.usage(lang, command).trim()}\n`)
      return 0
    }
    if (values.version) {
      out.stdout(`${version()}\n`)
      return 0
    }
    const directory = positionals[0]
    if (directory === undefined) throw CommandLine.UsageError.of(Codes.directoryMissing.raise({ command }))
    const options = Template.fromFlags(values)
    if (Result.isFailure(options)) {
      const lines = (l: CommandLine.Lang) =>
        options.failure.map((p) => Texts.flagProblem(l, p.flag, CommandLine.line(p, l))).join("\n")
      throw new CommandLine.UsageError({ fr: lines("fr"), en: lines("en") })
    }
    const files = Template.files(options.success)
    write(directory, files)
    out.stdout(`${Texts.written(lang, files.length, directory)}\n`)
    return 0
  })
