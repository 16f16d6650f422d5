/**
 * `accord-jeunes plugin`: write a new branch plugin package, or check one.
 *
 * @since 0.1.0
 */
import { existsSync, readFileSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, relative, resolve as resolvePath } from "node:path"
import { pathToFileURL } from "node:url"
import { CommandLine, Command as Generator } from "@accord-jeunes/create-branch-plugin"
import type { Catalogue } from "@accord-jeunes/domain"
import { BranchPlugin, Conformance } from "@accord-jeunes/plugin-sdk"
import { Argument, Command } from "effect/cli"
import * as Codes from "./Codes.js"
import type { Io, Lang } from "./Io.js"
import { version } from "./Options.js"
import * as Texts from "./Texts.js"

const { UsageError } = CommandLine
const fail = (raised: Catalogue.Raised) => UsageError.of(raised)

// --- finding the module to check ----------------------------------------------------------------------

interface Entry {
  readonly file: string
  /** Said on standard error before the report (e.g. sources checked instead of an unbuilt package). */
  readonly note?: Catalogue.Raised
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

// What `import` would load from an `exports` target: Node picks the first key, in order, among
// the conditions it matches.
const exportTarget = (x: unknown): string | undefined => {
  if (typeof x === "string") return x
  if (Array.isArray(x)) return x.map(exportTarget).find((t) => t !== undefined)
  if (isRecord(x))
    for (const [condition, target] of Object.entries(x))
      if (condition === "import" || condition === "node" || condition === "default") {
        const found = exportTarget(target)
        if (found !== undefined) return found
      }
  return undefined
}

/** The file a package's main entry points to: `exports["."]` (import), `module`, then `main`. */
const declaredEntry = (pkg: Readonly<Record<string, unknown>>): string | undefined => {
  const exp = pkg.exports
  if (exp !== undefined) {
    const root = isRecord(exp) && Object.keys(exp).some((k) => k.startsWith(".")) ? exp["."] : exp
    const target = exportTarget(root)
    if (target !== undefined) return target
  }
  if (typeof pkg.module === "string") return pkg.module
  if (typeof pkg.main === "string") return pkg.main
  return undefined
}

const packageEntry = (dir: string, shown: string): Entry => {
  const pkgFile = join(dir, "package.json")
  if (!existsSync(pkgFile))
    throw fail(Codes.noPackageJson.raise({ directory: shown, sources: join(shown, "src/index.ts") }))
  let pkg: unknown
  try {
    pkg = JSON.parse(readFileSync(pkgFile, "utf8"))
  } catch (e) {
    throw fail(Codes.packageJsonInvalid.raise({ file: pkgFile, reason: e instanceof Error ? e.message : String(e) }))
  }
  const name = isRecord(pkg) && typeof pkg.name === "string" ? pkg.name : shown
  const declared = isRecord(pkg) ? declaredEntry(pkg) : undefined
  const file = resolvePath(dir, declared ?? "index.js")
  if (existsSync(file)) return { file }
  const sources = join(dir, "src/index.ts")
  const missing = relative(dir, file)
  if (existsSync(sources)) return { file: sources, note: Codes.sourcesChecked.raise({ name, entry: missing }) }
  throw fail(Codes.entryMissing.raise({ name, entry: missing }))
}

const packageName = /^(?:@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*(?:\/.+)?$/u

// A package name, found as Node would from the current directory: in node_modules up the tree, or
// the package itself (self-reference).
const installedPackage = (name: string, cwd: string): Entry => {
  const [first = "", second = ""] = name.split("/")
  const bare = name.startsWith("@") ? `${first}/${second}` : first
  if (bare === name)
    for (let dir = cwd; ; dir = dirname(dir)) {
      const installed = join(dir, "node_modules", name)
      if (existsSync(join(installed, "package.json"))) return packageEntry(installed, name)
      const own = join(dir, "package.json")
      if (existsSync(own)) {
        try {
          const pkg = JSON.parse(readFileSync(own, "utf8")) as unknown
          if (isRecord(pkg) && pkg.name === name) return packageEntry(dir, name)
        } catch {
          // not this one
        }
      }
      if (dirname(dir) === dir) break
    }
  try {
    return { file: createRequire(join(cwd, "noop.js")).resolve(name) }
  } catch {
    throw fail(Codes.packageNotFound.raise({ name, from: cwd }))
  }
}

const entryOf = (target: string, cwd: string): Entry => {
  const path = resolvePath(cwd, target)
  const stat = statSync(path, { throwIfNoEntry: false })
  if (stat?.isDirectory()) return packageEntry(path, target)
  if (stat?.isFile()) return { file: path }
  if (!target.startsWith(".") && !target.startsWith("/") && packageName.test(target))
    return installedPackage(target, cwd)
  throw fail(Codes.targetNotFound.raise({ target }))
}

// The plugins a module exports: `plugin`, or else every export made by defineBranchPlugin. A
// module is someone else's code: reading an export may throw.
const pluginsOf = (
  mod: unknown,
  shown: string
): ReadonlyArray<{ readonly name: string; readonly plugin: BranchPlugin.BranchPlugin }> => {
  const isPlugin = (v: unknown): v is BranchPlugin.BranchPlugin => {
    try {
      return isRecord(v) && v._tag === "BranchPlugin"
    } catch {
      return false
    }
  }
  const read = (name: string): unknown => {
    try {
      return (mod as Record<string, unknown>)[name]
    } catch {
      return undefined
    }
  }
  let names: ReadonlyArray<string>
  try {
    names = Object.keys(mod as object)
  } catch {
    names = []
  }
  if (names.includes("plugin")) {
    const plugin = read("plugin")
    if (isPlugin(plugin)) return [{ name: "plugin", plugin }]
    throw fail(Codes.pluginExportInvalid.raise({ module: shown }))
  }
  const found: Array<{ name: string; plugin: BranchPlugin.BranchPlugin }> = []
  for (const name of names) {
    const value = read(name)
    // one plugin exported under two names is checked once
    if (isPlugin(value) && !found.some((f) => f.plugin === value)) found.push({ name, plugin: value })
  }
  if (found.length === 0) throw fail(Codes.noPlugin.raise({ module: shown }))
  return found
}

const check = async (target: string, io: Io, lang: Lang, cwd: string): Promise<number> => {
  const entry = entryOf(target, cwd)
  if (entry.note !== undefined) io.stderr(`${CommandLine.line(entry.note, lang)}\n`)
  const shown = entry.file === resolvePath(cwd, target) ? target : `${target} (${relative(cwd, entry.file) || "."})`
  let mod: unknown
  try {
    mod = await import(pathToFileURL(entry.file).href)
  } catch (e) {
    throw fail(
      Codes.moduleUnloadable.raise({
        module: shown,
        reason: e instanceof Error ? e.message : String(e),
        typescript: entry.file.endsWith(".ts")
      })
    )
  }
  const plugins = pluginsOf(mod, shown)
  let passed = true
  for (const { name, plugin } of plugins) {
    const report = Conformance.check(plugin)
    if (plugins.length > 1) io.stdout(`${Texts.exportChecked(lang, name, BranchPlugin.subjectOf(plugin))}\n`)
    io.stdout(`${Conformance.format(report, lang)}\n`)
    passed &&= Conformance.passes(report)
  }
  // each problem ends with its code: the page that explains them, once
  if (!passed) io.stdout(`${Texts.codesExplained(lang)}\n`)
  return passed ? 0 : 1
}

/**
 * `accord-jeunes plugin`: `new` is the generator's own command (`create-branch-plugin`), mounted
 * here; `check` looks for the module from `cwd`.
 *
 * @since 0.4.0
 */
export const command = (lang: Lang, io: Io, cwd: string) => {
  const t = Texts.help(lang)
  return Command.make("plugin").pipe(
    Command.withSubcommands([
      Generator.command(lang, io, "new"),
      Command.make(
        "check",
        { target: Argument.String(t.check.target.name).pipe(Argument.withDescription(t.check.target.text)) },
        CommandLine.handler(({ target }) => check(target, io, lang, cwd))
      ).pipe(
        CommandLine.described(t.check),
        Command.annotate(CommandLine.ArgumentMissing, () => Codes.moduleMissing.raise({}))
      )
    ]),
    CommandLine.described(t.plugin),
    Command.annotate(CommandLine.SubcommandUnknown, ({ commandPath, subcommand, subcommands }) =>
      Codes.subcommandUnknown.raise({ command: commandPath.join(" "), subcommand, subcommands })
    )
  )
}

/**
 * Runs `accord-jeunes plugin ARGS`; resolves to the exit code (0 conforming, 1 not, 2 usage).
 * Usage errors are written here, in the language asked for (`--lang en` or `--lang=en`), each
 * with its code. It runs under an `accord-jeunes` that has only this command, so that `check` can
 * look from another directory than the process's (`context.cwd`).
 *
 * @since 0.1.0
 */
export const plugin = (args: ReadonlyArray<string>, io: Io, context: { readonly cwd?: string } = {}): Promise<number> =>
  CommandLine.runCommand(["plugin", ...args], io, {
    version: version(),
    build: (lang) =>
      Command.make("accord-jeunes").pipe(Command.withSubcommands([command(lang, io, context.cwd ?? process.cwd())]))
  })
