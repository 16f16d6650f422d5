/**
 * What the project's command lines share: options read strictly, each fault a coded message in
 * the user's language (French by default, English with `--lang en` or `--lang=en`), usage errors
 * that end with their code, and the version read from the package. `create-branch-plugin` uses
 * it, and so does `accord-jeunes`, which builds on this package.
 *
 * @since 0.3.0
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { parseArgs } from "node:util"
import type { Annotations, Catalogue } from "@accord-jeunes/domain"
import * as Codes from "./Codes.js"

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
 * The language asked for anywhere on the command line (`--lang en` or `--lang=en`), read before
 * the options are parsed so that an error in them is in that language too. Anything but `en` is
 * French; the value itself is checked when the options are parsed.
 *
 * @since 0.3.0
 */
export const langIn = (argv: ReadonlyArray<string>): Lang => {
  let lang: Lang = "fr"
  argv.forEach((a, i) => {
    if (a === "--") return
    if (a !== "--lang" && !a.startsWith("--lang=")) return
    const asked = a === "--lang" ? argv[i + 1] : a.slice(7)
    lang = asked === "en" || asked === "fr" ? asked : "fr"
  })
  return lang
}

/** The options a command declares. @since 0.3.0 */
export type Spec = Record<
  string,
  { readonly type: "string" | "boolean"; readonly multiple?: boolean; readonly short?: string }
>

const common = { help: { type: "boolean", short: "h" }, lang: { type: "string" } } as const

/** What {@link parse} gives: the values of the options (typed by their spec) and the positionals. @since 0.3.0 */
export type Parsed<S extends Spec> = ReturnType<
  typeof parseArgs<{ args: Array<string>; options: S & typeof common; allowPositionals: true; strict: true }>
>

/**
 * Parses a command's options, with `--help`/`-h` and `--lang` added. An unknown option, a value
 * missing or given to a switch is a usage error naming the option, in the user's language; so is
 * a `--lang` other than `fr` or `en`.
 *
 * @example
 * ```ts
 * import { CommandLine } from "@accord-jeunes/create-branch-plugin"
 * const { values, positionals } = CommandLine.parse(["out", "--lang=en", "--id", "proprete"], { id: { type: "string" } })
 * values.id // "proprete"
 * positionals // ["out"]
 * CommandLine.langOf(values.lang) // "en"
 * ```
 * @since 0.3.0
 */
export const parse = <const S extends Spec>(args: ReadonlyArray<string>, spec: S): Parsed<S> => {
  const options = { ...spec, ...common }
  const declared: Spec = options
  // a first, lenient pass finds each fault and names its option; the strict pass then cannot fail
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true })
  for (const t of tokens) {
    if (t.kind !== "option") continue
    const option = Object.hasOwn(declared, t.name) ? declared[t.name] : undefined
    if (option === undefined) throw UsageError.of(Codes.optionUnknown.raise({ option: t.rawName }))
    if (option.type === "string") {
      // `--as-of --json`: the value was forgotten (a value starting with a dash is written `--as-of=-x`)
      if (t.value === undefined || (!t.inlineValue && t.value.length > 1 && t.value.startsWith("-")))
        throw UsageError.of(Codes.optionValueMissing.raise({ option: `--${t.name}` }))
    } else if (t.inlineValue === true) throw UsageError.of(Codes.optionTakesNoValue.raise({ option: `--${t.name}` }))
  }
  const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  langOf((parsed.values as { readonly lang?: unknown }).lang)
  return parsed
}

/**
 * The language option's value: French when absent.
 *
 * @since 0.3.0
 */
export const langOf = (value: unknown): Lang =>
  value === undefined ? "fr" : oneOf(String(value), "--lang", ["fr", "en"])

/**
 * One of a set of values; any other is a usage error listing them.
 *
 * @since 0.3.0
 */
export const oneOf = <const T extends string>(value: string, option: string, values: ReadonlyArray<T>): T => {
  if ((values as ReadonlyArray<string>).includes(value)) return value as T
  throw UsageError.of(Codes.valueNotAllowed.raise({ option, value, allowed: values }))
}

/**
 * Runs a command: its usage errors are written to standard error in the language asked for, with
 * exit code 2.
 *
 * @since 0.3.0
 */
export const guard = async (
  argv: ReadonlyArray<string>,
  out: Output,
  command: () => number | Promise<number>
): Promise<number> => {
  try {
    return await command()
  } catch (e) {
    if (!isUsageError(e)) throw e
    out.stderr(`${e.text[langIn(argv)]}\n`)
    return 2
  }
}

/**
 * The version in a package's `package.json`, given the package's directory.
 *
 * @since 0.3.0
 */
export const versionIn = (packageDirectory: string): string =>
  (JSON.parse(readFileSync(join(packageDirectory, "package.json"), "utf8")) as { version: string }).version
