/**
 * The generator's command line: `create-branch-plugin DIRECTORY --id ... --idcc ...`, which
 * `accord-jeunes plugin new` mounts too. French by default, English with `--lang en`.
 *
 * @since 0.3.0
 */
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Argument, Command as Cli, Flag } from "effect/cli"
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
 * The generator as an `effect/cli` command, its help in one language, under a name: its own
 * (`create-branch-plugin`), or `new` under `accord-jeunes plugin`. Its handler writes the package
 * and says so on `out`; a faulty option is a usage error, one line per option, each with its code.
 *
 * @since 0.4.0
 */
export const command = <const Name extends string = "create-branch-plugin">(
  lang: CommandLine.Lang,
  out: CommandLine.Output,
  name: Name = "create-branch-plugin" as Name
) => {
  const t = Texts.generator(lang)
  return Cli.make(
    name,
    {
      // every option is optional here: Template.fromFlags names each one missing or wrong, with its code
      id: CommandLine.single(Flag.String("id").pipe(Flag.withMetavar(t.id.metavar), Flag.withDescription(t.id.text))),
      "name-fr": CommandLine.single(
        Flag.String("name-fr").pipe(Flag.withMetavar(t.nameFr.metavar), Flag.withDescription(t.nameFr.text))
      ),
      "name-en": CommandLine.single(
        Flag.String("name-en").pipe(Flag.withMetavar(t.nameEn.metavar), Flag.withDescription(t.nameEn.text))
      ),
      idcc: CommandLine.repeated(
        Flag.String("idcc").pipe(Flag.withMetavar(t.idcc.metavar), Flag.withDescription(t.idcc.text))
      ),
      package: CommandLine.single(
        Flag.String("package").pipe(Flag.withMetavar(t.package.metavar), Flag.withDescription(t.package.text))
      ),
      workspace: CommandLine.toggle("workspace").pipe(Flag.withDescription(t.workspace.text)),
      directory: Argument.String(t.directory.name).pipe(Argument.withDescription(t.directory.text))
    },
    CommandLine.handler(({ directory, ...flags }) => {
      const options = Template.fromFlags(flags)
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
  ).pipe(
    CommandLine.described(t),
    Cli.annotate(CommandLine.ArgumentMissing, (commandPath) =>
      Codes.directoryMissing.raise({ command: commandPath.join(" ") })
    )
  )
}

/**
 * Runs the generator's command line; resolves to the exit code: 0 when the package is written (or
 * for `--help`, `--version`, `--completions`), 2 for a usage error (one line per faulty option,
 * each with its code).
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
export const run = (argv: ReadonlyArray<string>, out: CommandLine.Output): Promise<number> =>
  CommandLine.runCommand(argv, out, { version: version(), build: (lang) => command(lang, out) })
