// The command line on effect/cli: every help in the user's language with none of effect's English
// left, completion scripts for the shells, the version from anywhere on the line, and the rules
// of options kept from the reader it replaces (the last of an option given twice wins, a switch
// takes no value) or new (a word too many is a usage error).
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { reportFormats } from "../src/commands.js"
import { built, cli } from "./support.js"

const paths = [
  [],
  ["validate"],
  ["agreement"],
  ["report"],
  ["governance"],
  ["schema"],
  ["trace"],
  ["plugin"],
  ["plugin", "new"],
  ["plugin", "check"]
]

// what effect writes in English in a help of its own: headings, usage words, built-in options, type names
const english =
  /\[flags\]|choices:|\bUSAGE\b|\bFLAGS\b|\bDESCRIPTION\b|\bARGUMENTS\b|\bSUBCOMMANDS\b|Show help|Show version|shell completion script|<[a-z]+>| (?:string|choice|integer)\b/u

describe("help", () => {
  it.each(paths)("%s --help is in French, none of effect's English left", async (...path) => {
    const r = await cli([...path, "--help"])
    expect(r.code).toBe(0)
    expect(r.out.split("\n")[0]?.startsWith(["accord-jeunes", ...path].join(" "))).toBe(true)
    expect(r.out).not.toMatch(english)
    expect(r.out).not.toMatch(/^(?:Options|Arguments|Commands|Global options):/mu)
    expect(r.out).toContain("\nOptions générales :\n  --help, -h ")
    expect(r.err).toBe("")
  })
  it.each(paths)("%s --help --lang en is in English", async (...path) => {
    const r = await cli([...path, "--help", "--lang", "en"])
    expect(r.code).toBe(0)
    expect(r.out).not.toMatch(english)
    expect(r.out).toContain("\nGlobal options:\n  --help, -h ")
    expect(r.out).not.toMatch(/ :\n|Options générales|afficher|langue des messages/u)
  })
  it("gives each command its first line, its arguments, its options and its values", async () => {
    const validate = await cli(["validate", "--help"])
    expect(validate.out.split("\n")[0]).toBe("accord-jeunes validate FICHIER... [options]")
    expect(validate.out).toContain("Arguments :\n  FICHIER... ")
    expect(validate.out).toMatch(/^ {2}--format text\|json +format du rapport \(text\)$/mu)
    expect(validate.out).toMatch(/^ {2}--no-config +ignorer/mu)
    // the exit codes close the help, however the lines are wrapped
    expect(validate.out.trim().replace(/\s+/gu, " ")).toMatch(
      /Code de sortie : 0 valide, 1 données refusées \(.*\), 2 erreur d'usage ou fichier impossible à ouvrir\.$/u
    )
    const report = await cli(["report", "--help", "--lang=en"])
    expect(report.out).toContain(`  --format ${reportFormats.join("|")}`)
    const schema = await cli(["schema", "--help"])
    expect(schema.out.split("\n")[0]).toBe("accord-jeunes schema [NOM] [options]")
    const check = await cli(["plugin", "check", "--help", "--lang", "en"])
    expect(check.out.split("\n")[0]).toBe("accord-jeunes plugin check TARGET [options]")
    const plugin = await cli(["plugin", "--help"])
    expect(plugin.out).toContain("Commandes :\n  new    écrire un paquet de plugin de branche conforme\n  check  ")
  })
  it("a command that needs a subcommand, given none, shows its help with exit code 2", async () => {
    const r = await cli(["plugin"])
    expect(r.code).toBe(2)
    expect(r.out.split("\n")[0]).toBe("accord-jeunes plugin COMMANDE [options]")
    expect(r.err).toBe("")
  })
})

describe("completion scripts", () => {
  it("bash: every command and its options", async () => {
    const r = await cli(["--completions", "bash"])
    expect(r.code).toBe(0)
    expect(r.out.split("\n")[0]).toBe("###-begin-accord-jeunes-completions-###")
    for (const word of ["validate", "agreement", "report", "governance", "schema", "trace", "plugin", "--as-of"])
      expect(r.out, word).toContain(word)
    expect(r.out.trim().split("\n").at(-1)).toBe("###-end-accord-jeunes-completions-###")
    // a word that is no option completes as a file name: the files to check
    expect(r.out).toMatch(/^complete -o default -F _accord_jeunes accord-jeunes$/mu)
  })
  it("zsh: the options described in French, or in English with --lang en", async () => {
    const fr = await cli(["--completions", "zsh"])
    expect(fr.code).toBe(0)
    expect(fr.out.split("\n")[0]).toBe("#compdef accord-jeunes")
    expect(fr.out).toContain(
      "'(--act)--act[un acte (avenant, décision, résiliation) \\: module ou document JSON ; répétable]:value:'"
    )
    expect(fr.out).toContain("'(--format)--format[format du rapport (text)]:value:(text json)'")
    const en = await cli(["--lang=en", "--completions", "zsh"])
    expect(en.out).toContain("'(--json)--json[findings as JSON]'")
    expect(en.out).not.toContain("un acte")
  })
  it("fish: the commands and their options, a subcommand's own", async () => {
    const r = await cli(["--completions", "fish"])
    expect(r.code).toBe(0)
    expect(r.out).toContain(
      "complete -c accord-jeunes -n '__fish_use_subcommand' -f -a 'validate' -d 'valider des fichiers de données (JSON, NDJSON, CSV, classeur Excel)'"
    )
    expect(r.out).toMatch(/__fish_seen_subcommand_from plugin.* -a 'check'/u)
    expect(r.out).toMatch(/-l name-fr -d 'nom de la branche en français'/u)
  })
  it("written by the built command as users run it", () => {
    const r = built(["--completions", "bash"])
    expect(r.code).toBe(0)
    expect(r.out).toContain("complete -o default -F _accord_jeunes accord-jeunes")
  })
})

describe("--version", () => {
  it("prints the version wherever it is on the line, built command included", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string
    }
    expect(await cli(["validate", "--version"])).toEqual({ code: 0, out: `${version}\n`, err: "" })
    expect((await cli(["plugin", "new", "-v", "--lang", "en"])).out).toBe(`${version}\n`)
    expect(built(["--version"])).toMatchObject({ code: 0, out: `${version}\n`, err: "" })
  })
})

describe("options", () => {
  it("a mistyped option or value is told with the closest one the command has, when one is close", async () => {
    expect((await cli(["validate", "x.csv", "--fromat", "json"])).err).toBe(
      "Option inconnue : --fromat ; vouliez-vous dire --format ? (voir --help) [usage.option-unknown]\n"
    )
    expect((await cli(["validate", "x.csv", "--kind", "participnt", "--lang", "en"])).err).toContain(
      'got "participnt"; did you mean "participant"? [usage.value-not-allowed]'
    )
    expect((await cli(["report", "x.csv", "--format", "xslx"])).err).toContain("vouliez-vous dire « xlsx » ?")
    // nothing close: no guess
    expect((await cli(["validate", "x.csv", "--bogus"])).err).toBe(
      "Option inconnue : --bogus (voir --help) [usage.option-unknown]\n"
    )
  })
  it("given twice, the last one wins", async () => {
    const r = await cli(["agreement", "--as-of", "2025-06-01", "--no-config", "--as-of", "2027-09-16"])
    expect(r.code).toBe(0)
    expect(r.out.split("\n")[1]).toBe("Au 2027-09-16 : arrivé à son terme")
    expect((await cli(["trace", "--json", "--lang", "fr", "--lang", "en", "--as-of", "x"])).err).toBe(
      '--as-of: a date YYYY-MM-DD expected, got "x" [usage.date-invalid]\n'
    )
  })
  it("a switch takes no value and has no --no- form", async () => {
    expect(await cli(["agreement", "--json=false"])).toMatchObject({
      code: 2,
      err: "--json ne prend pas de valeur [usage.option-takes-no-value]\n"
    })
    expect(await cli(["agreement", "--no-json", "--lang", "en"])).toMatchObject({
      code: 2,
      err: "Unknown option: --no-json (see --help) [usage.option-unknown]\n"
    })
  })
  it("a word a command does not take is a usage error, not left unread", async () => {
    expect(await cli(["agreement", "2025-12-31"])).toEqual({
      code: 2,
      out: "",
      err: "accord-jeunes agreement ne prend pas « 2025-12-31 » (voir --help) [usage.argument-unexpected]\n"
    })
    expect((await cli(["schema", "action", "participant", "--lang", "en"])).err).toBe(
      'accord-jeunes schema does not take "participant" (see --help) [usage.argument-unexpected]\n'
    )
  })
  it("a value that is not in an option's list names the list, the global options' too", async () => {
    expect((await cli(["validate", "a.csv", "--encoding", "latin-1"])).err).toBe(
      "--encoding : une valeur parmi utf-8, windows-1252 attendue, reçu « latin-1 » [usage.value-not-allowed]\n"
    )
    expect((await cli(["--completions", "tcsh"])).err).toBe(
      "--completions : une valeur parmi bash, zsh, fish, powershell, sh, pwsh attendue, reçu « tcsh » [usage.value-not-allowed]\n"
    )
  })
})
