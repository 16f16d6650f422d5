/**
 * What the project's command lines share, around `effect/cli`: each fault a coded message in the
 * user's language (French by default, English with `--lang en` or `--lang=en` anywhere on the
 * line), usage errors that end with their code, help and completions in that language, the
 * version read from the package. `create-branch-plugin` uses it, and so does `accord-jeunes`,
 * which builds on this package.
 *
 * A command is an `effect/cli` `Command` built for one language (its descriptions are in it);
 * {@link runCommand} runs it with the project's formatter, presenter and codes, and resolves to
 * the exit code without ever ending the process.
 *
 * @since 0.3.0
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { Annotations, Catalogue } from "@accord-jeunes/domain"
import * as Cause from "effect/Cause"
import * as Console from "effect/Console"
import * as Context from "effect/Context"
import { CliConfig, CliError, CliOutput, Command, Completions, Flag, GlobalFlag, type HelpDoc } from "effect/cli"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FileSystem from "effect/FileSystem"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Path from "effect/Path"
import * as ChildProcessSpawner from "effect/process/ChildProcessSpawner"
import * as Stdio from "effect/Stdio"
import * as Terminal from "effect/Terminal"
import * as Codes from "./Codes.js"
import * as Texts from "./Texts.js"

/** A language of the command lines. @since 0.3.0 */
export type Lang = "fr" | "en"

/** Where a command writes. @since 0.3.0 */
export interface Output {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

/**
 * A line of a diagnostic as a command line prints it: the message, then its code in brackets,
 * which the docs page of codes explains.
 *
 * @since 0.3.0
 */
export const line = (issue: { readonly code: string; readonly message: Annotations.Bilingual }, lang: Lang): string =>
  `${issue.message[lang]} [${issue.code}]`

// recognised across copies of this module (its ESM and CommonJS builds may both be loaded)
const brand: unique symbol = Symbol.for("@accord-jeunes/create-branch-plugin/UsageError")

/**
 * An error the user can fix (exit code 2): its text in each language, each diagnostic line ending
 * with its code.
 *
 * @since 0.3.0
 */
export class UsageError extends Error {
  readonly [brand] = true
  readonly text: Annotations.Bilingual
  /** The code of the error, when it is one diagnostic (several lines may carry several codes). */
  readonly code: string | undefined
  constructor(text: Annotations.Bilingual, code?: string) {
    super(text.en)
    this.name = "UsageError"
    this.text = text
    this.code = code
  }
  /** The usage error of one diagnostic raised from the catalogue. */
  static of(raised: Catalogue.Raised): UsageError {
    return new UsageError({ fr: line(raised, "fr"), en: line(raised, "en") }, raised.code)
  }
}

/**
 * Whether a thrown value is a usage error (of any copy of this module).
 *
 * @since 0.3.0
 */
export const isUsageError = (e: unknown): e is UsageError =>
  typeof e === "object" && e !== null && (e as { readonly [brand]?: unknown })[brand] === true

/**
 * The language asked for anywhere on the command line before `--` (`--lang en` or `--lang=en`,
 * the last one if several), read before the options are parsed so that the help and an error in
 * them are in that language too. Anything but `en` is French; the value itself is checked when the
 * options are parsed.
 *
 * @since 0.3.0
 */
export const langIn = (argv: ReadonlyArray<string>): Lang => {
  let lang: Lang = "fr"
  const end = argv.indexOf("--")
  const options = end === -1 ? argv : argv.slice(0, end)
  options.forEach((a, i) => {
    if (a !== "--lang" && !a.startsWith("--lang=")) return
    const asked = a === "--lang" ? options[i + 1] : a.slice(7)
    lang = asked === "en" || asked === "fr" ? asked : "fr"
  })
  return lang
}

/**
 * One of a set of values; any other is a usage error listing them. For values read by a command
 * itself (each item of a comma-separated list, say); an option of a fixed list of values is a
 * `Flag.Literals`, checked when the options are parsed.
 *
 * @since 0.3.0
 */
export const oneOf = <const T extends string>(value: string, option: string, values: ReadonlyArray<T>): T => {
  if ((values as ReadonlyArray<string>).includes(value)) return value as T
  throw UsageError.of(Codes.valueNotAllowed.raise({ option, value, allowed: values }))
}

/**
 * The version in a package's `package.json`, given the package's directory.
 *
 * @since 0.3.0
 */
export const versionIn = (packageDirectory: string): string =>
  (JSON.parse(readFileSync(join(packageDirectory, "package.json"), "utf8")) as { version: string }).version

// --- options ---------------------------------------------------------------------------------

/**
 * An option given at most once in meaning: given again, the last value wins (so that a wrapper
 * script's default can be overridden further on the line); absent, `undefined`.
 *
 * @example
 * ```ts
 * import { Flag } from "effect/cli"
 * import { CommandLine } from "@accord-jeunes/create-branch-plugin"
 * const asOf = CommandLine.single(Flag.String("as-of")) // --as-of DATE, a string or undefined
 * typeof asOf.pipe // "function"
 * ```
 * @since 0.4.0
 */
export const single = <A>(flag: Flag.Flag<A>): Flag.Flag<A | undefined> =>
  flag.pipe(
    Flag.atLeast(0),
    Flag.map((values) => values.at(-1))
  )

/**
 * An option that may be given several times (`--act a --act b`), each value kept in order.
 *
 * @since 0.4.0
 */
export const repeated = <A>(flag: Flag.Flag<A>): Flag.Flag<ReadonlyArray<A>> => flag.pipe(Flag.atLeast(0))

/**
 * A switch (`--json`): true when given. It takes no value: `--json=oui`, `--json=false` are usage
 * errors (`usage.option-takes-no-value`), there is no `--no-json`, and in `--json true` the word
 * `true` stays an argument, as with the reader this replaces.
 *
 * @since 0.4.0
 */
export const toggle = (name: string): Flag.Flag<boolean> =>
  Flag.Boolean(name).pipe(
    Flag.withoutNegation,
    // never reads the next word as its value; a value can only come attached with `=`
    Flag.withOptionalValue("true"),
    Flag.atLeast(0),
    Flag.filter(
      (values) => values.every((v) => v),
      () => ""
    ),
    Flag.map((values) => values.length > 0)
  )

// --- what a command's help and diagnostics say beyond effect's own -----------------------------

/**
 * The help's first line after the command's path (`DOSSIER --id ID ... [options]`), when the one
 * generated from the options would not say enough.
 *
 * @since 0.4.0
 */
export class Synopsis extends Context.Service<Synopsis, string>()("@accord-jeunes/create-branch-plugin/Synopsis") {}

/**
 * The help's last paragraph (exit codes, where codes are explained).
 *
 * @since 0.4.0
 */
export class Notes extends Context.Service<Notes, string>()("@accord-jeunes/create-branch-plugin/Notes") {}

/**
 * How a command reports its required argument left out, given the command's path.
 *
 * @since 0.4.0
 */
export class ArgumentMissing extends Context.Service<
  ArgumentMissing,
  (commandPath: ReadonlyArray<string>) => Catalogue.Raised
>()("@accord-jeunes/create-branch-plugin/ArgumentMissing") {}

/**
 * How a command with subcommands reports a word that is none of them.
 *
 * @since 0.4.0
 */
export class SubcommandUnknown extends Context.Service<
  SubcommandUnknown,
  (fault: {
    readonly commandPath: ReadonlyArray<string>
    readonly subcommand: string
    readonly subcommands: ReadonlyArray<string>
  }) => Catalogue.Raised
>()("@accord-jeunes/create-branch-plugin/SubcommandUnknown") {}

/** The words of a command's help, in the language it is built for. @since 0.4.0 */
export interface Help {
  /** The line in the list of commands of its parent. */
  readonly short?: string
  /** What the command does, under its first line. */
  readonly description?: string
  /** See {@link Synopsis}. */
  readonly synopsis?: string
  /** See {@link Notes}. */
  readonly notes?: string
}

/**
 * Gives a command its help.
 *
 * @since 0.4.0
 */
export const described =
  (help: Help) =>
  <Name extends string, Input, ContextInput, E, R>(
    self: Command.Command<Name, Input, ContextInput, E, R>
  ): Command.Command<Name, Input, ContextInput, E, R> => {
    let c = self
    if (help.short !== undefined) c = Command.withShortDescription(c, help.short)
    if (help.description !== undefined) c = Command.withDescription(c, help.description)
    if (help.synopsis !== undefined) c = Command.annotate(c, Synopsis, help.synopsis)
    if (help.notes !== undefined) c = Command.annotate(c, Notes, help.notes)
    return c
  }

// --- running a command ---------------------------------------------------------------------

/**
 * Where a command's handler leaves its exit code (0 when it says nothing).
 *
 * @since 0.4.0
 */
export class ExitCode extends Context.Service<ExitCode, { readonly set: (code: number) => void }>()(
  "@accord-jeunes/create-branch-plugin/ExitCode"
) {}

/**
 * A command's handler from a function that resolves to the exit code; a {@link UsageError} it
 * throws is written in the user's language, with exit code 2.
 *
 * @since 0.4.0
 */
export const handler =
  <I>(f: (input: I) => number | Promise<number>) =>
  (input: I): Effect.Effect<void, unknown, ExitCode> =>
    Effect.flatMap(ExitCode, (exit) =>
      Effect.tryPromise({ try: async () => exit.set(await f(input)), catch: (e) => e })
    )

/** The `--lang` option of every command line: a global one, accepted before or after the command. */
const langSetting = (lang: Lang) =>
  GlobalFlag.Setting("lang")({
    flag: single(
      Flag.Literals("lang", ["fr", "en"]).pipe(
        Flag.withMetavar("fr|en"),
        Flag.withDescription(Texts.commandLine[lang].lang)
      )
    )
  })

// --wizard (interactive) and --log-level (effect's logs) are not for the project's users
const builtIns = [GlobalFlag.Help, GlobalFlag.Version, GlobalFlag.Completions]

/** The command at a path (its first element is the root's name), or undefined. */
const commandAt = (root: Command.Command.Any, commandPath: ReadonlyArray<string>): Command.Command.Any | undefined => {
  let current: Command.Command.Any | undefined = root
  for (const name of commandPath.slice(1))
    current = current?.subcommands.flatMap((g) => g.commands).find((c) => c.name === name || c.alias === name)
  return current
}

/** The options a command path accepts, its own and the global ones, by name. */
const flagsAt = (
  root: Command.Command.Any,
  globals: ReadonlyArray<GlobalFlag.GlobalFlag<unknown>>,
  commandPath: ReadonlyArray<string>
): ReadonlyMap<string, Completions.FlagType> => {
  let descriptor: Completions.CommandDescriptor | undefined = Completions.fromCommand(root)
  for (const name of commandPath.slice(1)) descriptor = descriptor?.subcommands.find((d) => d.name === name)
  // the global options, described as a command's own would be
  const global = Completions.fromCommand(
    Command.make(root.name, Object.fromEntries(globals.map((g, i) => [String(i), g.flag])))
  )
  return new Map([...global.flags, ...(descriptor?.flags ?? [])].map((f) => [f.name, f.type]))
}

// Edits between two words: insertions, deletions, substitutions and swaps of two neighbours
// (optimal string alignment), the typing slips a command line sees most
const edits = (a: string, b: string): number => {
  const rows: Array<Array<number>> = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min((rows[i - 1] as Array<number>)[j] as number, row[j - 1] as number) + 1
      d = Math.min(d, ((rows[i - 1] as Array<number>)[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, ((rows[i - 2] as Array<number>)[j - 2] as number) + 1)
      row.push(d)
    }
    rows.push(row)
  }
  return (rows[a.length] as Array<number>)[b.length] as number
}

// the known word a mistyped one (`--fromat`, `actoin`) is a slip of: one edit for a short word, one
// per four letters for a longer one, and only when one word is the closest
const closestOf = (given: string, known: ReadonlyArray<string>): string | undefined => {
  if (given.length > 40) return undefined
  const allowed = Math.max(1, Math.floor(given.replace(/^-+/u, "").length / 4))
  const scored = known.map((k) => ({ k, d: edits(given, k) })).filter((s) => s.d <= allowed)
  const best = Math.min(...scored.map((s) => s.d))
  const at = scored.filter((s) => s.d === best)
  return at.length === 1 ? at[0]?.k : undefined
}

/**
 * The diagnostic of an invalid invocation that effect's parser reports, in the catalogue: each
 * kind of `CliError` maps to a code, in the user's language. Undefined for an error that is not
 * the user's (a command defined twice, say): the command line then reports it as unexpected.
 *
 * @since 0.4.0
 */
export const usageRaised = (
  error: CliError.CliError,
  context: {
    /** The root command the error comes from. */
    readonly root: Command.Command.Any
    /** Its global options. */
    readonly globals: ReadonlyArray<GlobalFlag.GlobalFlag<unknown>>
    /** The path of the command the error is about, from the root's name. */
    readonly commandPath: ReadonlyArray<string>
  }
): Catalogue.Raised | undefined => {
  // a switch on every kind of error, so that a kind added by a later effect fails the type check
  switch (error._tag) {
    case "UnrecognizedOption": {
      const known = [...flagsAt(context.root, context.globals, context.commandPath).keys()].map((f) => `--${f}`)
      return Codes.optionUnknown.raise({
        option: error.option.slice(0, 40),
        closest: closestOf(error.option, known)
      })
    }
    case "InvalidValue": {
      if (error.kind !== "flag") return undefined
      const option = `--${error.option}`
      const type = flagsAt(context.root, context.globals, context.commandPath).get(error.option)
      if (type?._tag === "Boolean") return Codes.optionTakesNoValue.raise({ option })
      if (error.value === "") return Codes.optionValueMissing.raise({ option })
      if (type?._tag === "Choice")
        return Codes.valueNotAllowed.raise({
          option,
          value: error.value,
          allowed: type.values,
          closest: closestOf(error.value, type.values)
        })
      return undefined
    }
    case "MissingArgument": {
      const missing = commandAt(context.root, context.commandPath)?.annotations
      const raise = missing === undefined ? undefined : Context.getOrUndefined(missing, ArgumentMissing)
      return raise?.(context.commandPath)
    }
    case "UnexpectedArgument":
      return Codes.argumentUnexpected.raise({
        command: context.commandPath.join(" "),
        argument: (error.arguments[0] ?? "").slice(0, 40)
      })
    case "UnknownSubcommand": {
      const parentPath = error.parent ?? context.commandPath
      const parent = commandAt(context.root, parentPath)
      const raise = parent === undefined ? undefined : Context.getOrUndefined(parent.annotations, SubcommandUnknown)
      return raise?.({
        commandPath: parentPath,
        subcommand: error.subcommand.slice(0, 40),
        subcommands: (parent?.subcommands ?? []).flatMap((g) =>
          g.commands.filter((c) => !c.unlisted).map((c) => c.name)
        )
      })
    }
    // every option is optional (a default, a list, or undefined) and checked by the command itself,
    // which raises its own codes: effect's "required" and validations are not used
    case "MissingOption":
    case "ValidationError":
    // mistakes of a command's definition or of its handler, not of the user
    case "DuplicateOption":
    case "UserError":
    case "ShowHelp":
      return undefined
    default:
      return error satisfies never
  }
}

// --- help ----------------------------------------------------------------------------------

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - CliOutput.displayWidth(text)))

type Rows = ReadonlyArray<readonly [string, string]>

// a left cell wider than this puts its text on the next line
const widest = 20

/** Where the text of rows starts: after their widest left cell that fits, and two spaces. */
const columnOf = (...tables: ReadonlyArray<Rows>): number =>
  Math.min(widest, Math.max(0, ...tables.flat().map(([left]) => CliOutput.displayWidth(left)))) + 2

// help lines are wrapped to this width, as a terminal of 100 columns shows them
const lineWidth = 100

/** Words in lines of at most `width` columns (a longer word has its own line). */
const wrap = (text: string, width: number): ReadonlyArray<string> => {
  const lines: Array<string> = []
  let current = ""
  for (const word of text.split(/\s+/u).filter((w) => w !== "")) {
    if (current !== "" && CliOutput.displayWidth(`${current} ${word}`) > width) {
      lines.push(current)
      current = word
    } else current = current === "" ? word : `${current} ${word}`
  }
  return current === "" ? [] : [...lines, current]
}

/** Two columns, the text wrapped and aligned after its column. */
const table = (rows: Rows, column = columnOf(rows)): string => {
  const indent = `\n  ${" ".repeat(column)}`
  return rows
    .map(([left, right]) => {
      const text = wrap(right, Math.max(20, lineWidth - column - 2)).join(indent)
      if (text === "") return `  ${left}`
      return CliOutput.displayWidth(left) > widest ? `  ${left}${indent}${text}` : `  ${pad(left, column)}${text}`
    })
    .join("\n")
}

// effect appends the choices of a list of values in English; the help names them in the user's
// language, unless the value's name or the description already does
const choicesSuffix = / ?\(choices: (.*)\)$/u
const flagDescription = (flag: HelpDoc.FlagDoc, metavar: string, lang: Lang): string => {
  const description = Option.getOrElse(flag.description, () => "")
  const m = choicesSuffix.exec(description)
  if (m === null) return description
  const text = description.slice(0, m.index)
  const choices = (m[1] ?? "").split(", ")
  return choices.every((c) => metavar.includes(c) || text.includes(c))
    ? text
    : `${text} ${Texts.commandLine[lang].choices(choices)}`.trim()
}

// the name of a value after its option: a metavariable as given, or a type name in the user's words
const metavarOf = (type: string, lang: Lang): string => {
  if (type === "boolean" || type === "[=boolean]") return ""
  const bare = type.replace(/^<(.*)>$/u, "$1")
  return Texts.commandLine[lang].typeNames[bare] ?? bare
}

const flagRows = (flags: ReadonlyArray<HelpDoc.FlagDoc> | undefined, lang: Lang, global: boolean): Rows =>
  (flags ?? []).map((f) => {
    // effect's own options are described in English: described here in the user's language
    const builtIn = global ? Texts.commandLine[lang].builtIns[f.name] : undefined
    const metavar = builtIn?.metavar ?? metavarOf(f.type, lang)
    const names = [`--${f.name}`, ...f.aliases].join(", ")
    return [metavar === "" ? names : `${names} ${metavar}`, builtIn?.text ?? flagDescription(f, metavar, lang)]
  })

/** The generated usage line in the user's words: `<ARG...>` as `ARG...`, `[flags]` as `[options]`. */
const usageLine = (usage: string, lang: Lang): string =>
  `${usage
    .replace(/ \[flags\]/u, "")
    .replace(/<subcommand>/u, Texts.commandLine[lang].subcommand)
    .replace(/<([^>]+)>/gu, "$1")} ${Texts.commandLine[lang].options}`

/**
 * The help of a command in one language: its first line (the path and what it takes), what it
 * does, its subcommands, arguments and options, then its notes. None of effect's English headings.
 *
 * @since 0.4.0
 */
export const formatHelp = (doc: HelpDoc.HelpDoc, lang: Lang): string => {
  const words = Texts.commandLine[lang]
  const synopsis = Context.getOrUndefined(doc.annotations, Synopsis)
  const sections: Array<string> = [
    synopsis === undefined ? usageLine(doc.usage, lang) : `${(doc.commandPath ?? []).join(" ")} ${synopsis}`
  ]
  // a paragraph per blank line, wrapped
  for (const paragraph of doc.description.split(/\n\s*\n/u))
    if (paragraph.trim() !== "") sections.push(wrap(paragraph, lineWidth).join("\n"))
  for (const group of doc.subcommands ?? [])
    sections.push(
      `${group.group ?? words.commands}\n${table(
        group.commands.map((c) => [c.name, (c.shortDescription ?? c.description).split("\n")[0] ?? ""] as const)
      )}`
    )
  const args: Rows = (doc.args ?? []).map((a) => {
    const name = `${a.name}${a.variadic ? "..." : ""}`
    return [a.required ? name : `[${name}]`, Option.getOrElse(a.description, () => "")]
  })
  const own = flagRows(doc.flags, lang, false)
  const inherited = flagRows(doc.inheritedFlags, lang, false)
  const globals = flagRows(doc.globalFlags, lang, true)
  // one column for the arguments and every option
  const column = columnOf(args, own, inherited, globals)
  for (const [heading, rows] of [
    [words.arguments, args],
    [words.optionsHeading, own],
    [words.inherited, inherited],
    [words.globals, globals]
  ] as const)
    if (rows.length > 0) sections.push(`${heading}\n${table(rows, column)}`)
  const notes = Context.getOrUndefined(doc.annotations, Notes)
  if (notes !== undefined) sections.push(notes)
  return sections.join("\n\n")
}

/**
 * effect's formatter, in one language: the help of {@link formatHelp}, the bare version, and
 * effect's own error texts only where the command line has no code for them (they are then
 * reported as unexpected).
 *
 * @since 0.4.0
 */
export const formatter = (lang: Lang): CliOutput.Formatter => ({
  formatHelpDoc: (doc) => formatHelp(doc, lang),
  formatVersion: (_name, version) => version,
  formatCliError: (error) => error.message,
  formatError: (error) => error.message,
  formatErrors: (errors) => errors.map((e) => e.message).join("\n")
})

/**
 * effect's presenter for one run: help and version on standard output; an invalid invocation as
 * its coded line(s) on standard error, nothing else (effect's own prints the whole help first).
 * An error with no code is not the user's: it stops the run as a defect.
 *
 * @since 0.4.0
 */
export const presenter = (
  out: Output,
  lang: Lang,
  root: Command.Command.Any,
  globals: ReadonlyArray<GlobalFlag.GlobalFlag<unknown>>
): CliOutput.Presenter => ({
  present: (event) =>
    Effect.suspend(() => {
      switch (event._tag) {
        case "Help":
          return Effect.sync(() => out.stdout(`${formatHelp(event.helpDoc, lang)}\n`))
        case "Version":
          return Effect.sync(() => out.stdout(`${event.version}\n`))
        case "InvalidInvocation": {
          const lines: Array<string> = []
          for (const error of event.errors) {
            const raised = usageRaised(error, { root, globals, commandPath: event.commandPath })
            if (raised === undefined) return Effect.die(error)
            const text = line(raised, lang)
            if (!lines.includes(text)) lines.push(text)
          }
          return Effect.sync(() => out.stderr(`${lines.join("\n")}\n`))
        }
      }
    })
})

const nothing = () => {}
// bash's completion script, as effect writes it, completes commands and options only: with
// `-o default`, a word no option matches completes as a file name (the files to check)
const withFileNames = (text: string): string => text.replace(/^complete -F /mu, "complete -o default -F ")
/** The `Console` of a run: what effect prints (a completion script) goes to the command's output. */
const consoleOf = (out: Output): Console.Console => ({
  log: (...args) => out.stdout(`${withFileNames(args.map(String).join(" "))}\n`),
  info: (...args) => out.stdout(`${args.map(String).join(" ")}\n`),
  error: (...args) => out.stderr(`${args.map(String).join(" ")}\n`),
  warn: (...args) => out.stderr(`${args.map(String).join(" ")}\n`),
  assert: nothing,
  clear: nothing,
  count: nothing,
  countReset: nothing,
  debug: nothing,
  dir: nothing,
  dirxml: nothing,
  group: nothing,
  groupCollapsed: nothing,
  groupEnd: nothing,
  table: nothing,
  time: nothing,
  timeEnd: nothing,
  timeLog: nothing,
  trace: nothing
})

/**
 * Everything effect's runner needs for one run, from `effect` itself (no platform package): the
 * options it knows (`--help`, `--version`, `--completions`), the formatter and presenter above, a
 * `Console` writing to the command's output, and services the commands do not use (files and
 * standard input are read by the commands themselves; there is no prompt).
 *
 * @since 0.4.0
 */
export const environment = (
  out: Output,
  lang: Lang,
  root: Command.Command.Any,
  globals: ReadonlyArray<GlobalFlag.GlobalFlag<unknown>>
): Layer.Layer<Command.Environment> =>
  Layer.mergeAll(
    CliConfig.layer({ builtIns }),
    CliOutput.layer(formatter(lang)),
    CliOutput.layerPresenter(presenter(out, lang, root, globals)),
    Layer.succeed(Console.Console)(consoleOf(out)),
    FileSystem.layerNoop({}),
    Path.layer,
    Stdio.layerTest({}),
    Layer.succeed(Terminal.Terminal)(
      Terminal.make({
        columns: Effect.succeed(80),
        rows: Effect.succeed(24),
        size: Effect.interrupt,
        readInput: Effect.interrupt,
        readLine: Effect.fail(new Terminal.QuitError()),
        display: (text) => Effect.sync(() => out.stdout(text))
      })
    ),
    Layer.succeed(ChildProcessSpawner.ChildProcessSpawner)(ChildProcessSpawner.make(() => Effect.interrupt))
  )

/**
 * Runs a command line; resolves to the exit code: the handler's (0 unless it sets one), 0 for
 * `--help`, `--version` and `--completions`, 2 for a usage error (its coded line(s) on standard
 * error) or a command with subcommands given none (its help on standard output). It never ends the
 * process. The command is built for the language asked for on the line (`build(lang)`), and gets
 * `--lang fr|en` as a global option. Anything else thrown is the caller's to report.
 *
 * @example
 * ```ts
 * import { Command } from "effect/cli"
 * import { CommandLine } from "@accord-jeunes/create-branch-plugin"
 * let out = ""
 * const hello = (lang: CommandLine.Lang) =>
 *   Command.make("hello", {}, CommandLine.handler(() => 1)).pipe(CommandLine.described({ description: lang }))
 * const io = { stdout: (t: string) => { out += t }, stderr: () => {} }
 * await CommandLine.runCommand(["--lang", "en"], io, { version: "1.0.0", build: hello }) // 1
 * await CommandLine.runCommand(["-v"], io, { version: "1.0.0", build: hello }) // 0
 * out // "1.0.0\n"
 * ```
 * @since 0.4.0
 */
export const runCommand = async <Name extends string, Input, ContextInput, E>(
  argv: ReadonlyArray<string>,
  out: Output,
  options: {
    readonly version: string
    readonly build: (lang: Lang) => Command.Command<Name, Input, ContextInput, E, ExitCode>
  }
): Promise<number> => {
  const lang = langIn(argv)
  const globals = [langSetting(lang)]
  const root = Command.withGlobalFlags(options.build(lang), globals)
  const allGlobals = [...builtIns, ...globals] as ReadonlyArray<GlobalFlag.GlobalFlag<unknown>>
  let code = 0
  const exit = await Effect.runPromiseExit(
    Command.runWith(root, { version: options.version })(argv).pipe(
      Effect.provideService(ExitCode, {
        set: (c) => {
          code = c
        }
      }),
      Effect.provide(environment(out, lang, root, allGlobals))
    )
  )
  if (Exit.isSuccess(exit)) return code
  const failure = Cause.findErrorOption(exit.cause)
  if (Option.isSome(failure)) {
    const error: unknown = failure.value
    // already presented: the coded lines, or the help of a command that needs a subcommand
    if (CliError.isCliError(error) && error._tag === "ShowHelp") return 2
    if (isUsageError(error)) {
      out.stderr(`${error.text[lang]}\n`)
      return 2
    }
    throw error
  }
  throw Cause.squash(exit.cause)
}
