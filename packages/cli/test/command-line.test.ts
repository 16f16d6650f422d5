// What every command line of accord-jeunes does alike: it speaks the user's language (French by
// default, English with --lang en or --lang=en, usage and read errors included), ends each
// diagnostic with its code and names the page that explains the codes once, prints its version,
// and takes "today" in Paris.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { afterEach, describe, expect, it, vi } from "vitest"
import { run, version } from "../src/index.js"
import { today } from "../src/Options.js"
import { action, cli } from "./support.js"

const dir = mkdtempSync(join(tmpdir(), "cli-line-"))
const page = "https://github.com/accord-jeunes/accord-jeunes/blob/main/docs/codes.md"

const valid = join(dir, "valid.ndjson")
writeFileSync(valid, `${JSON.stringify(action)}\n`)
const invalid = join(dir, "invalid.ndjson")
writeFileSync(invalid, `${JSON.stringify({ ...action, region: "99" })}\n`)

describe("the user's language, everywhere", () => {
  it.each([["--lang", "en"], ["--lang=en"]])(
    "%s: usage errors, read errors and unknown commands are in English",
    async (...lang) => {
      expect(await cli(["valider", "x.csv", ...lang])).toMatchObject({
        code: 2,
        err: 'Unknown command "valider": validate, agreement, report, governance, schema, trace, plugin (see --help) [usage.command-unknown]\n'
      })
      expect((await cli(["agreement", "--as-of", "31/12/2025", ...lang])).err).toBe(
        '--as-of: a date YYYY-MM-DD expected, got "31/12/2025" [usage.date-invalid]\n'
      )
      expect((await cli(["validate", join(dir, "none.csv"), ...lang])).err).toBe(
        `Cannot read file: ${join(dir, "none.csv")} (no such file) [file.cannot-read]\n`
      )
      expect((await cli(["agreement", "--langue", "en", ...lang])).err).toBe(
        "Unknown option: --langue (see --help) [usage.option-unknown]\n"
      )
    }
  )
  it("French by default, for the same errors", async () => {
    expect((await cli(["valider", "x.csv"])).err).toBe(
      "Commande inconnue « valider » : validate, agreement, report, governance, schema, trace, plugin (voir --help) [usage.command-unknown]\n"
    )
    expect((await cli(["agreement", "--as-of", "31/12/2025"])).err).toBe(
      "--as-of : une date AAAA-MM-JJ attendue, reçu « 31/12/2025 » [usage.date-invalid]\n"
    )
  })
  it("--lang before the command is the command's", async () => {
    const r = await cli(["--lang", "en", "agreement", "--as-of", "2025-06-01"])
    expect(r.code).toBe(0)
    expect(r.out).toContain("On 2025-06-01: in force")
    expect((await cli(["--lang=en", "validate"])).err).toBe(
      "No file: accord-jeunes validate FILE... (see --help) [usage.file-missing]\n"
    )
  })
  it("a --lang other than fr or en is refused, in French", async () => {
    expect(await cli(["trace", "--lang", "de"])).toMatchObject({
      code: 2,
      err: "--lang : une valeur parmi fr, en attendue, reçu « de » [usage.value-not-allowed]\n"
    })
  })
  it("help is in one language: French by default, English with --lang en", async () => {
    const fr = await cli(["--help"])
    expect(fr.code).toBe(0)
    expect(fr.out.split("\n")[0]).toBe("accord-jeunes COMMANDE [options]        (--help après chaque commande)")
    expect(fr.out).not.toContain("validate data files")
    expect((await cli([])).code).toBe(2)
    const en = await cli(["-h", "--lang=en"])
    expect(en.out).toContain("validate    validate data files")
    expect(en.out).not.toContain("valider des fichiers")
    for (const c of ["validate", "agreement", "report", "governance", "schema", "trace", "plugin"]) {
      const help = await cli([c, "--help", "--lang", "en"])
      expect(help.code, c).toBe(0)
      expect(help.out, c).toContain(`accord-jeunes ${c}`)
      expect(help.out, c).not.toMatch(/ fichier| écrire| jour du| langue/u)
      const aide = await cli([c, "--help"])
      expect(aide.out, c).not.toMatch(/\b(?:write to|report day|message language)\b/u)
    }
  })
  it("plugin new speaks French by default, like every command, and English with --lang en", async () => {
    const target = join(dir, "plugin-fr")
    const args = ["plugin", "new", target, "--id", "proprete", "--name-fr", "Propreté", "--name-en", "Cleaning"]
    const fr = await cli([...args, "--idcc", "3043"])
    expect(fr).toMatchObject({ code: 0, out: `6 fichiers écrits dans ${target}\n` })
    const again = await cli([...args, "--idcc", "3043", "--lang=en"])
    expect(again).toMatchObject({
      code: 2,
      err: `${target} exists and is not empty: nothing was written [plugin-new.directory-not-empty]\n`
    })
    expect((await cli(["plugin", "new", "--id", "proprete"])).err).toBe(
      "Dossier manquant : accord-jeunes plugin new DOSSIER --id ID ... (voir --help) [plugin-new.directory-missing]\n"
    )
    expect((await cli(["plugin", "new", "--help"])).out.split("\n")[0]).toBe(
      "accord-jeunes plugin new DOSSIER --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...] [options]"
    )
  })
})

describe("options", () => {
  it("an option without its value, or a switch given one, is named", async () => {
    expect((await cli(["agreement", "--as-of"])).err).toBe(
      "--as-of : valeur manquante (--as-of VALEUR ou --as-of=VALEUR) [usage.option-value-missing]\n"
    )
    expect((await cli(["agreement", "--as-of", "--json"])).err).toBe(
      "--as-of : valeur manquante (--as-of VALEUR ou --as-of=VALEUR) [usage.option-value-missing]\n"
    )
    expect((await cli(["agreement", "--json=oui", "--lang", "en"])).err).toBe(
      "--json takes no value [usage.option-takes-no-value]\n"
    )
  })
  it("a missing file list is named for each command that reads files", async () => {
    for (const command of ["validate", "report", "governance"])
      expect((await cli([command])).err, command).toBe(
        `Aucun fichier : accord-jeunes ${command} FICHIER... (voir --help) [usage.file-missing]\n`
      )
  })
  it("the disclosure threshold is a whole number of at least 1", async () => {
    expect(await cli(["report", valid, "--threshold", "0"])).toMatchObject({
      code: 2,
      err: "--threshold : un entier ≥ 1 attendu, reçu « 0 » [usage.threshold-invalid]\n"
    })
    expect((await cli(["report", valid, "--threshold", "2.5", "--lang=en"])).err).toBe(
      '--threshold: a whole number ≥ 1 expected, got "2.5" [usage.threshold-invalid]\n'
    )
  })
  it("schema names the schemas there are, and those without a CSV form", async () => {
    const unknown = await cli(["schema", "jeune"])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toMatch(/^Schéma inconnu « jeune » : action, participation, .* \[usage\.schema-unknown\]\n$/u)
    expect(await cli(["schema", "validation-report", "--table", "--lang", "en"])).toMatchObject({
      code: 2,
      err: '"validation-report" has no CSV form (--table) [usage.schema-without-table]\n'
    })
    expect((await cli(["schema", "action", "--dialect", "draft-04"])).err).toBe(
      "--dialect : une valeur parmi 2020-12, draft-07 attendue, reçu « draft-04 » ; vouliez-vous dire « draft-07 » ? [usage.value-not-allowed]\n"
    )
  })
  it("report --by names the dimensions there are", async () => {
    expect((await cli(["report", valid, "--by", "branch,departement"])).err).toBe(
      "--by : une valeur parmi branch, region, action-type, period attendue, reçu « departement » [usage.value-not-allowed]\n"
    )
  })
})

describe("--version", () => {
  it("prints the version of the CLI's package, with --version or -v", async () => {
    const { version: expected } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string
    }
    expect(await cli(["--version"])).toEqual({ code: 0, out: `${expected}\n`, err: "" })
    expect((await cli(["-v"])).out).toBe(`${expected}\n`)
    expect((await cli(["--lang", "en", "--version"])).out).toBe(`${expected}\n`)
    expect(version()).toBe(expected)
  })
})

describe("each diagnostic can be looked up", () => {
  it("validate ends a report with issues with the page of codes, once; a valid file's report does not", async () => {
    const bad = await cli(["validate", invalid])
    expect(bad.code).toBe(1)
    const lines = bad.out.trim().split("\n")
    expect(lines[0]).toMatch(/ \[value\.not-allowed\]$/u)
    expect(lines.at(-1)).toBe(`Codes expliqués : ${page}`)
    expect(bad.out.match(/Codes expliqués/gu)).toHaveLength(1)
    const en = await cli(["validate", invalid, "--lang=en"])
    expect(en.out.trim().split("\n").at(-1)).toBe(`Codes explained: ${page}`)
    const good = await cli(["validate", valid])
    expect(good.code).toBe(0)
    expect(good.out).not.toContain("Codes")
    // the JSON report stays JSON
    expect(JSON.parse((await cli(["validate", invalid, "--format", "json"])).out).valid).toBe(false)
  })
  it("a7#2: acts that do not compose: each problem with its code, then the page of codes", async () => {
    const act = join(dir, "avenant-sans-signature.json")
    writeFileSync(
      act,
      JSON.stringify({
        kind: "amendment",
        agreement: "accord-cadre-jeunes-2024",
        number: 2,
        title: { fr: "Avenant n°2 (fictif)", en: "Amendment no. 2 (fictional)" },
        signatureDate: "2025-01-15",
        effectiveDate: "2025-03-01",
        signatories: [
          { party: "unml", representations: [{ representative: { name: "Signataire fictif", title: "Président(e)" } }] }
        ],
        operations: [{ op: "clause-amended", clause: "a7#1", parameters: { "duration-years": 4 } }]
      })
    )
    const r = await cli(["agreement", "--act", act, "--no-config"])
    expect(r.code).toBe(2)
    const lines = r.err.trim().split("\n")
    expect(lines[0]).toBe("Les actes ne composent pas l'accord :")
    expect(lines.slice(1, -1).every((l) => / \[[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+\]$/u.test(l))).toBe(true)
    expect(r.err).toContain("[composition.consent-missing]")
    expect(lines.at(-1)).toBe(`Codes expliqués : ${page}`)
  })
  it("an unexpected error is coded too", async () => {
    let err = ""
    const code = await run(["trace"], {
      stdout: () => {
        throw new Error("stdout closed")
      },
      stderr: (t) => {
        err += t
      },
      stdin: () => Readable.from([]),
      interactive: false
    })
    expect(code).toBe(2)
    expect(err).toBe("Erreur inattendue : stdout closed [cli.unexpected-error]\n")
  })
})

describe("agreement shows the codes files need (pre#6, a3.3#7)", () => {
  it("pre#6, a3.3#7: each party, the three founding branches and the eight action types with its code, then its name", async () => {
    const r = await cli(["agreement", "--as-of", "2025-06-01", "--no-config"])
    const lines = r.out.split("\n")
    const after = (heading: string) => {
      const start = lines.indexOf(heading)
      expect(start, heading).toBeGreaterThan(0)
      const items: Array<string> = []
      for (let i = start + 1; lines[i]?.startsWith("  - ") === true; i++) items.push(lines[i] as string)
      return items
    }
    expect(after("Parties signataires (code : nom) :")).toEqual([
      "  - state : l'État (DGEFP)",
      "  - unml : l'UNML",
      "  - akto : AKTO",
      "  - branch:commerce-de-gros : la branche Commerces de gros",
      "  - branch:hcr : la branche Hôtels, cafés, restaurants",
      "  - branch:bois : la branche Travail mécanique du bois / exploitations forestières et scieries agricoles"
    ])
    expect(after("Branches (code : nom, conventions collectives) :")).toEqual([
      "  - commerce-de-gros : Commerces de gros (IDCC 0573) — accord-cadre du 2024-09-16",
      "  - hcr : Hôtels, cafés, restaurants (IDCC 1979) — accord-cadre du 2024-09-16",
      "  - bois : Travail mécanique du bois / exploitations forestières et scieries agricoles (IDCC 0158, 8211, 8412, 8522, 8822, 9211) — accord-cadre du 2024-09-16"
    ])
    const types = after("Types d'actions (code : libellé) :")
    expect(types).toHaveLength(8)
    expect(types).toContain("  - company-visit : Visites d'entreprises")
    const en = await cli(["agreement", "--as-of", "2025-06-01", "--no-config", "--lang=en"])
    expect(en.out).toContain("Signatory parties (code: name):\n  - state : ")
    expect(en.out).toContain("  - hcr : Hotels, cafés and restaurants (IDCC 1979) — agreement of 2024-09-16")
    expect(en.out).toContain("Action types (code: label):\n  - mutual-knowledge : ")
  })
})

describe("today is the day in Paris (a7#1)", () => {
  afterEach(() => {
    vi.useRealTimers()
  })
  it("half an hour before midnight UTC on 31 December, it is already 1 January in Paris; in summer, two hours ahead", () => {
    expect(today(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01")
    expect(today(new Date("2025-12-31T22:59:59Z"))).toBe("2025-12-31")
    expect(today(new Date("2026-07-14T21:30:00Z"))).toBe("2026-07-14")
    expect(today(new Date("2026-07-14T22:30:00Z"))).toBe("2026-07-15")
  })
  it("a7#1: without --as-of, agreement describes the agreement on the day in Paris", async () => {
    vi.useFakeTimers({ toFake: ["Date"] })
    // 15 September 2027, 22:30 UTC: still the agreement's last day in UTC, but 16 September in Paris
    vi.setSystemTime(new Date("2027-09-15T22:30:00Z"))
    const r = await cli(["agreement", "--no-config"])
    expect(r.out.split("\n")[1]).toBe("Au 2027-09-16 : arrivé à son terme")
  })
})
