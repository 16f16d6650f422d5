/**
 * `accord-jeunes`: run a command line as the binary does, with given streams (for tests and
 * embedding).
 *
 * @since 0.1.0
 */
import * as Commands from "./commands.js"
import { type Io, UsageError } from "./Io.js"
import { plugin } from "./PluginCommand.js"

export type { Io } from "./Io.js"

const usage = `
accord-jeunes COMMANDE [options]   (--help sur chaque commande / on every command)

  validate    valider des fichiers de données / validate data files
  agreement   l'accord en vigueur à une date / the agreement in force on a date
  report      rapport annuel et tableau de suivi / annual report and tracking table
  governance  constats de gouvernance / governance findings
  schema      schémas JSON Schema et Table Schema / JSON Schema and Table Schema
  trace       les clauses de l'accord / the agreement's clauses
  plugin      new | check : plugins de branche / branch plugins

Messages en français par défaut ; --lang en pour l'anglais. Messages in French by default; --lang en for English.
`

/**
 * Runs a command line; resolves to the exit code (0 ok, 1 data problem, 2 usage or read error).
 *
 * @since 0.1.0
 */
export const run = async (argv: ReadonlyArray<string>, io: Io): Promise<number> => {
  const [command, ...args] = argv
  const lang = args.some((a, i) => a === "--lang=en" || (a === "en" && args[i - 1] === "--lang")) ? "en" : "fr"
  try {
    switch (command) {
      case "validate":
        return await Commands.validate(args, io)
      case "agreement":
        return await Commands.agreement(args, io)
      case "report":
        return await Commands.report(args, io)
      case "governance":
        return await Commands.governance(args, io)
      case "schema":
        return await Commands.schema(args, io)
      case "trace":
        return await Commands.trace(args, io)
      case "plugin":
        return await plugin(args, io)
      case undefined:
      case "--help":
      case "-h":
        io.stdout(`${usage.trim()}\n`)
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(
          `Commande inconnue « ${command} » (voir --help)`,
          `Unknown command "${command}" (see --help)`
        )
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${lang === "fr" ? e.fr : e.en}\n`)
      return 2
    }
    io.stderr(
      `${lang === "fr" ? "Erreur inattendue" : "Unexpected error"}: ${e instanceof Error ? e.message : String(e)}\n`
    )
    return 2
  }
}
