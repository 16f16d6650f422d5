/**
 * `accord-jeunes plugin`: write a new branch plugin package, or check one.
 *
 * @since 0.1.0
 */
import { resolve as resolvePath } from "node:path"
import { pathToFileURL } from "node:url"
import { Template, write } from "@accord-jeunes/create-branch-plugin"
import { type BranchPlugin, Conformance, Problem } from "@accord-jeunes/plugin-sdk"
import * as Result from "effect/Result"
import { type Io, say, UsageError } from "./Io.js"
import { langOf, parse } from "./Options.js"

const help = (io: Io, text: string) => {
  io.stdout(`${text.trim()}\n`)
  return 0
}

// --- plugin ------------------------------------------------------------------------------------------

const pluginHelp = `
accord-jeunes plugin new DOSSIER --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...]
accord-jeunes plugin check MODULE

new   écrit un paquet de plugin de branche conforme / writes a conforming branch plugin package
check vérifie le plugin exporté (« plugin ») par un module / checks the plugin a module exports as "plugin"
`

export const plugin = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const [sub, ...rest] = args
  if (sub === undefined || sub === "--help" || sub === "-h") return help(io, pluginHelp)
  if (sub === "new") {
    const { values, positionals } = parse(rest, {
      id: { type: "string" },
      "name-fr": { type: "string" },
      "name-en": { type: "string" },
      idcc: { type: "string", multiple: true },
      package: { type: "string" }
    })
    if (values.help) return help(io, pluginHelp)
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
    io.stdout(`${files.length} ${say(langOf(values.lang), "fichiers écrits dans", "files written to")} ${dir}\n`)
    return 0
  }
  if (sub === "check") {
    const { values, positionals } = parse(rest, {})
    if (values.help) return help(io, pluginHelp)
    const lang = langOf(values.lang)
    const target = positionals[0]
    if (target === undefined) throw new UsageError("Module manquant (voir --help)", "Missing module (see --help)")
    let mod: { plugin?: unknown }
    try {
      mod = (await import(pathToFileURL(resolvePath(target)).href)) as { plugin?: unknown }
    } catch (e) {
      throw new UsageError(
        `Module illisible : ${target} (${(e as Error).message})`,
        `Cannot load module: ${target} (${(e as Error).message})`
      )
    }
    const p = mod.plugin as BranchPlugin.BranchPlugin | undefined
    if (p === undefined || p._tag !== "BranchPlugin")
      throw new UsageError(
        `${target} n'exporte pas de « plugin » défini par defineBranchPlugin`,
        `${target} exports no "plugin" made by defineBranchPlugin`
      )
    const report = Conformance.check(p)
    for (const [theme, problems] of Object.entries(report) as Array<
      [Conformance.Theme, ReadonlyArray<Problem.Problem>]
    >) {
      io.stdout(`${problems.length === 0 ? "✓" : "✗"} ${Conformance.themes[theme][lang]}\n`)
      if (problems.length > 0) io.stdout(`${Problem.format(problems, lang).replace(/^/gmu, "    ")}\n`)
    }
    return Conformance.passes(report) ? 0 : 1
  }
  throw new UsageError(`Sous-commande inconnue « ${sub} » : new, check`, `Unknown subcommand "${sub}": new, check`)
}
