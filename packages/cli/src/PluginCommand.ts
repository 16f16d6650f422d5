/**
 * `accord-jeunes plugin`: write a new branch plugin package, or check one.
 *
 * @since 0.1.0
 */
import { existsSync, readFileSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, relative, resolve as resolvePath } from "node:path"
import { pathToFileURL } from "node:url"
import { Template, write } from "@accord-jeunes/create-branch-plugin"
import { BranchPlugin, Conformance } from "@accord-jeunes/plugin-sdk"
import * as Result from "effect/Result"
import { type Io, type Lang, say, UsageError } from "./Io.js"
import { langOf, parse } from "./Options.js"

const help = (io: Io, text: string) => {
  io.stdout(`${text.trim()}\n`)
  return 0
}

// --- plugin ------------------------------------------------------------------------------------------

const pluginHelp = `
accord-jeunes plugin new DOSSIER --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...]
accord-jeunes plugin check CIBLE

new   écrit un paquet de plugin de branche conforme / writes a conforming branch plugin package
check vérifie les plugins d'un module / checks the plugins of a module
      CIBLE : un fichier, un dossier de paquet (. par exemple) ou un nom de paquet
      TARGET: a file, a package directory (e.g. .) or a package name
      l'export « plugin », sinon chaque export créé par defineBranchPlugin
      the "plugin" export, otherwise every export made by defineBranchPlugin

Code de sortie / exit code: 0 conforme / conforming, 1 non conforme / not conforming, 2 usage
`

// The language asked for, read before the options are parsed, so that a parsing error is in it too.
const langIn = (args: ReadonlyArray<string>): Lang => {
  let lang: Lang = "fr"
  args.forEach((a, i) => {
    if (a === "--lang" || a.startsWith("--lang="))
      lang = (a === "--lang" ? args[i + 1] : a.slice(7)) === "en" ? "en" : "fr"
  })
  return lang
}

// --- finding the module to check ----------------------------------------------------------------------

interface Entry {
  readonly file: string
  /** Said on standard error before the report (e.g. sources checked instead of an unbuilt package). */
  readonly note?: { readonly fr: string; readonly en: string }
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
    throw new UsageError(
      `${shown} est un dossier sans package.json : donnez le dossier d'un paquet ou le fichier du module (ex. ${join(shown, "src/index.ts")})`,
      `${shown} is a directory without a package.json: give a package directory or the module's file (e.g. ${join(shown, "src/index.ts")})`
    )
  let pkg: unknown
  try {
    pkg = JSON.parse(readFileSync(pkgFile, "utf8"))
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e)
    throw new UsageError(`${pkgFile} illisible : ${m}`, `Cannot read ${pkgFile}: ${m}`)
  }
  const name = isRecord(pkg) && typeof pkg.name === "string" ? pkg.name : shown
  const declared = isRecord(pkg) ? declaredEntry(pkg) : undefined
  const file = resolvePath(dir, declared ?? "index.js")
  if (existsSync(file)) return { file }
  const sources = join(dir, "src/index.ts")
  const missing = relative(dir, file)
  if (existsSync(sources))
    return {
      file: sources,
      note: {
        fr: `${name} : ${missing} n'existe pas (paquet non construit ?) ; vérification des sources src/index.ts. Construisez le paquet (npm run build) pour vérifier ce qui sera publié.`,
        en: `${name}: ${missing} does not exist (package not built?); checking the sources src/index.ts instead. Build the package (npm run build) to check what will be published.`
      }
    }
  throw new UsageError(
    `${name} : le point d'entrée ${missing} n'existe pas ; construisez le paquet (npm run build)`,
    `${name}: its entry point ${missing} does not exist; build the package (npm run build)`
  )
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
    throw new UsageError(
      `Paquet introuvable depuis ${cwd} : ${name} (est-il installé ?)`,
      `Package not found from ${cwd}: ${name} (is it installed?)`
    )
  }
}

const entryOf = (target: string, cwd: string): Entry => {
  const path = resolvePath(cwd, target)
  const stat = statSync(path, { throwIfNoEntry: false })
  if (stat?.isDirectory()) return packageEntry(path, target)
  if (stat?.isFile()) return { file: path }
  if (!target.startsWith(".") && !target.startsWith("/") && packageName.test(target))
    return installedPackage(target, cwd)
  throw new UsageError(`${target} : fichier ou dossier introuvable`, `${target}: no such file or directory`)
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
    throw new UsageError(
      `${shown} : l'export « plugin » n'est pas un plugin créé par defineBranchPlugin`,
      `${shown}: its "plugin" export is not a plugin made by defineBranchPlugin`
    )
  }
  const found: Array<{ name: string; plugin: BranchPlugin.BranchPlugin }> = []
  for (const name of names) {
    const value = read(name)
    // one plugin exported under two names is checked once
    if (isPlugin(value) && !found.some((f) => f.plugin === value)) found.push({ name, plugin: value })
  }
  if (found.length === 0)
    throw new UsageError(
      `${shown} n'exporte aucun plugin de branche : ni « plugin », ni valeur créée par defineBranchPlugin`,
      `${shown} exports no branch plugin: neither "plugin" nor a value made by defineBranchPlugin`
    )
  return found
}

const check = async (rest: ReadonlyArray<string>, io: Io, cwd: string): Promise<number> => {
  const { values, positionals } = parse(rest, {})
  if (values.help) return help(io, pluginHelp)
  const lang = langOf(values.lang)
  const target = positionals[0]
  if (target === undefined) throw new UsageError("Module manquant (voir --help)", "Missing module (see --help)")
  const entry = entryOf(target, cwd)
  if (entry.note !== undefined) io.stderr(`${entry.note[lang]}\n`)
  const shown = entry.file === resolvePath(cwd, target) ? target : `${target} (${relative(cwd, entry.file) || "."})`
  let mod: unknown
  try {
    mod = await import(pathToFileURL(entry.file).href)
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e)
    const ts = entry.file.endsWith(".ts")
    throw new UsageError(
      `Module illisible : ${shown} (${m})${ts ? " ; construisez le paquet (npm run build) puis vérifiez son dossier" : ""}`,
      `Cannot load module: ${shown} (${m})${ts ? "; build the package (npm run build), then check its directory" : ""}`
    )
  }
  const plugins = pluginsOf(mod, shown)
  let passed = true
  for (const { name, plugin } of plugins) {
    const report = Conformance.check(plugin)
    if (plugins.length > 1)
      io.stdout(`${say(lang, `export ${name} : `, `export ${name}: `)}${BranchPlugin.subjectOf(plugin)}\n`)
    io.stdout(`${Conformance.format(report, lang)}\n`)
    passed &&= Conformance.passes(report)
  }
  return passed ? 0 : 1
}

const create = (rest: ReadonlyArray<string>, io: Io): number => {
  const { values, positionals } = parse(rest, {
    id: { type: "string" },
    "name-fr": { type: "string" },
    "name-en": { type: "string" },
    idcc: { type: "string", multiple: true },
    package: { type: "string" }
  })
  if (values.help) return help(io, pluginHelp)
  const lang = langOf(values.lang)
  const dir = positionals[0]
  if (dir === undefined) throw new UsageError("Dossier manquant (voir --help)", "Missing directory (see --help)")
  const options = Template.fromFlags(values)
  if (Result.isFailure(options))
    throw new UsageError(
      options.failure.map((p) => `${p.flag}: ${p.message.fr}`).join("\n"),
      options.failure.map((p) => `${p.flag}: ${p.message.en}`).join("\n")
    )
  const files = Template.files(options.success)
  try {
    write(dir, files)
  } catch (e) {
    throw new UsageError((e as Error).message, (e as Error).message)
  }
  io.stdout(`${files.length} ${say(lang, "fichiers écrits dans", "files written to")} ${dir}\n`)
  return 0
}

/**
 * Runs `accord-jeunes plugin ARGS`; resolves to the exit code (0 conforming, 1 not, 2 usage).
 * Usage errors are written here, in the language asked for (`--lang en` or `--lang=en`).
 *
 * @since 0.1.0
 */
export const plugin = async (
  args: ReadonlyArray<string>,
  io: Io,
  context: { readonly cwd?: string } = {}
): Promise<number> => {
  const [sub, ...rest] = args
  try {
    if (sub === undefined || sub === "--help" || sub === "-h") return help(io, pluginHelp)
    if (sub === "new") return create(rest, io)
    if (sub === "check") return await check(rest, io, context.cwd ?? process.cwd())
    throw new UsageError(`Sous-commande inconnue « ${sub} » : new, check`, `Unknown subcommand "${sub}": new, check`)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    io.stderr(`${langIn(args) === "en" ? e.en : e.fr}\n`)
    return 2
  }
}
