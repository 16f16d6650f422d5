#!/usr/bin/env node
/**
 * `create-branch-plugin DIRECTORY --id ID --name-fr NAME --name-en NAME --idcc CODE [--idcc CODE...]
 *  [--package NAME] [--workspace]`
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Template from "./Template.js"
import { write } from "./write.js"

const usage = `usage: create-branch-plugin DIRECTORY --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...] [--package NAME] [--workspace]
  Writes a branch plugin package that passes the conformance kit.
  Écrit un paquet de plugin de branche qui passe le kit de conformité.`

const args = process.argv.slice(2)
if (args.includes("--help") || args.includes("-h")) {
  console.log(usage)
  process.exit(0)
}
const values = (flag: string) =>
  args.flatMap((a, i) => {
    const next = args[i + 1]
    return a === flag && next !== undefined ? [next] : []
  })
const one = (flag: string) => values(flag)[0]
const flags = new Set(["--id", "--name-fr", "--name-en", "--idcc", "--package"])
const positional = args.filter((a, i) => !a.startsWith("--") && !flags.has(args[i - 1] ?? ""))
const directory = positional[0]
if (directory === undefined) {
  console.error(usage)
  process.exit(2)
}
const decoded = Template.fromFlags({
  id: one("--id"),
  "name-fr": one("--name-fr"),
  "name-en": one("--name-en"),
  idcc: values("--idcc"),
  package: one("--package"),
  workspace: args.includes("--workspace")
})
if (Result.isFailure(decoded)) {
  for (const p of decoded.failure) console.error(`${p.flag}: ${p.message.fr} / ${p.message.en}`)
  process.exit(2)
}
try {
  const files = Template.files(decoded.success)
  write(directory, files)
  console.log(`${files.length} files written to ${directory}`)
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e))
  process.exit(2)
}
