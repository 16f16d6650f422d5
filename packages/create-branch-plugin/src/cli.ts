#!/usr/bin/env node
/**
 * `create-branch-plugin DIRECTORY --id ID --name-fr NAME --name-en NAME --idcc CODE [--idcc CODE...]
 *  [--package NAME] [--workspace]`
 *
 * @since 0.1.0
 */
import { Diagnostic } from "@accord-jeunes/domain"
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
const values = (flag: string) => args.flatMap((a, i) => (a === flag && args[i + 1] !== undefined ? [args[i + 1]] : []))
const one = (flag: string) => values(flag)[0]
const flags = new Set(["--id", "--name-fr", "--name-en", "--idcc", "--package"])
const positional = args.filter((a, i) => !a.startsWith("--") && !flags.has(args[i - 1] ?? ""))
const directory = positional[0]
if (directory === undefined) {
  console.error(usage)
  process.exit(2)
}
const packageName = one("--package")
const given = (key: string, value: string | undefined) => (value === undefined ? {} : { [key]: value })
const decoded = Template.decodeOptions({
  ...given("id", one("--id")),
  ...given("nameFr", one("--name-fr")),
  ...given("nameEn", one("--name-en")),
  idccs: values("--idcc"),
  ...given("packageName", packageName),
  workspace: args.includes("--workspace")
})
if (Result.isFailure(decoded)) {
  const names: Record<string, string> = {
    id: "--id",
    nameFr: "--name-fr",
    nameEn: "--name-en",
    idccs: "--idcc",
    packageName: "--package"
  }
  for (const d of decoded.failure) {
    const option = names[String(d.path[0])] ?? Diagnostic.formatPath(d.path)
    console.error(`${option}: ${d.message.fr} / ${d.message.en}`)
  }
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
