import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Report } from "@accord-jeunes/validation"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { action, cli } from "./support.js"

const sample = fileURLToPath(new URL("../../../examples/demo/data/records.ndjson", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "cli-"))

describe("accord-jeunes validate", () => {
  it("exits 1 on the sample data, reporting each problem in French", async () => {
    const r = await cli(["validate", sample])
    expect(r.code).toBe(1)
    expect(r.out).toContain("records.ndjson:6 $.companies[0]: Attendu : un SIRET dont la clé de contrôle est valide")
    const lines = r.out.trim().split("\n")
    expect(lines.at(-2)).toMatch(/^13 enregistrement\(s\) lu\(s\) : 8 accepté\(s\), 5 rejeté\(s\), 0 alerte\(s\)/u)
    // every issue line ends with its code; the page that explains them is named once, at the end
    expect(lines.slice(0, -2).every((l) => / \[[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+\]$/u.test(l))).toBe(true)
    expect(lines.at(-1)).toBe(
      "Codes expliqués : https://github.com/accord-jeunes/accord-jeunes/blob/main/docs/codes.md"
    )
  })
  it("prints the report as JSON with exactly the documented keys, in English", async () => {
    const r = await cli(["validate", sample, "--format", "json", "--lang", "en"])
    const json = JSON.parse(r.out)
    expect(Object.keys(json)).toEqual(["valid", "stats", "files", "issues"])
    expect(json.stats).toMatchObject({ read: 13, accepted: 8, rejected: 5, warnings: 0 })
    expect(json.stats.read).toBe(json.stats.accepted + json.stats.rejected)
    expect(json.issues[0]).toMatchObject({
      code: "personal-data.direct-identifier",
      file: sample,
      line: 3,
      path: "$.nom"
    })
    expect(typeof json.issues[0].message).toBe("string")
    // and it is what the published validation-report schema describes
    expect(Schema.is(Report.ReportJson)(json)).toBe(true)
    const published = JSON.parse(
      readFileSync(
        fileURLToPath(new URL("../../schemas/json-schema/2020-12/validation-report.schema.json", import.meta.url)),
        "utf8"
      )
    )
    expect(published.$id).toBe("urn:accord-jeunes:schema:validation-report:1:2020-12")
  })
  it("exits 0 on valid data read from standard input", async () => {
    const r = await cli(["validate", "-"], `${JSON.stringify(action)}\n`)
    expect(r.code).toBe(0)
  })
  it("streams an NDJSON file with a BOM, CRLF line ends and a last line with no line end", async () => {
    const input = join(dir, "crlf.ndjson")
    writeFileSync(
      input,
      `\uFEFF${JSON.stringify(action)}\r\n${JSON.stringify({ ...action, id: "act-2" })}\r\n${JSON.stringify({ ...action, id: "act-3" })}`
    )
    const r = await cli(["validate", input, "--format", "json"])
    expect(JSON.parse(r.out).stats).toMatchObject({ read: 3, accepted: 3, rejected: 0, warnings: 0 })
  })
  it("writes accepted records, and rejects one row per record", async () => {
    const accepted = join(dir, "ok.ndjson")
    const rejects = join(dir, "rejects.csv")
    const input = join(dir, "in.ndjson")
    writeFileSync(input, `${JSON.stringify(action)}\n${JSON.stringify({ ...action, id: "=cmd|calc", region: "99" })}\n`)
    await cli(["validate", input, "--accepted", accepted, "--rejects", rejects])
    expect(readFileSync(accepted, "utf8").trim().split("\n")).toHaveLength(1)
    const csv = readFileSync(rejects, "utf8")
    // one row per rejected record: where, its codes, its problems, its text as read
    expect(csv.startsWith("\uFEFFfichier;ligne;lignes;codes;problèmes;enregistrement\r\n")).toBe(true)
    expect(csv).toContain(";2;1;record-id.format value.not-allowed;")
    expect(csv).toContain("$.region: ")
    expect(csv.trimEnd().split("\r\n")).toHaveLength(2)
  })
  it("exits 2 with a coded message on a missing file or a bad option, in the language asked for", async () => {
    const missing = join(dir, "nope.ndjson")
    expect(await cli(["validate", missing])).toMatchObject({
      code: 2,
      err: `Fichier illisible : ${missing} (fichier introuvable) [file.cannot-read]\n`
    })
    expect((await cli(["validate", dir, "--lang=en"])).err).toBe(
      `Cannot read file: ${dir} (it is a directory) [file.cannot-read]\n`
    )
    const bad = await cli(["validate", sample, "--format", "xml", "--lang", "en"])
    expect(bad.code).toBe(2)
    expect(bad.err).toBe('--format: one of text, json expected, got "xml" [usage.value-not-allowed]\n')
  })
  it("answers --help on every command", async () => {
    for (const c of ["validate", "agreement", "report", "governance", "schema", "trace", "plugin"]) {
      const r = await cli([c, "--help"])
      expect(r.code, c).toBe(0)
      expect(r.out, c).toContain(`accord-jeunes ${c}`)
    }
  })
})

describe("the other commands", () => {
  it("a7#1: agreement prints the agreement in force on a date", async () => {
    const r = await cli(["agreement", "--as-of", "2027-09-16"])
    expect(r.out).toContain("Au 2027-09-16 : arrivé à son terme")
    expect(JSON.parse((await cli(["agreement", "--json", "--as-of", "2025-01-01"])).out).status).toBe("in-force")
  })
  it("a4#4: report prints the tracking table of the valid records, cells under the threshold hidden", async () => {
    const r = await cli(["report", sample, "--as-of", "2025-10-01"])
    expect(r.out).toContain("## Tableau de suivi de l'insertion")
    expect(r.out).toContain("◼")
    expect(r.err).toContain("5 enregistrement(s) rejeté(s) n'entrent pas dans le rapport")
  })
  it("a4#3: governance lists the findings and exits 1 when the committee fell short", async () => {
    const r = await cli(["governance", sample, "--as-of", "2025-10-01", "--lang", "en"])
    expect(r.code).toBe(1)
    expect(r.out).toContain(
      "1 national committee meeting(s) from 2024-09-16 to 2025-09-15 (at least 2 expected) [a4#3] [governance.national-meetings]"
    )
  })
  it("schema prints a JSON Schema or a Table Schema", async () => {
    expect(JSON.parse((await cli(["schema", "participant"])).out).$id).toBe(
      "urn:accord-jeunes:schema:participant:1.0.0:2020-12"
    )
    expect(JSON.parse((await cli(["schema", "action", "--table"])).out).name).toBe("action")
    expect((await cli(["schema", "nope"])).code).toBe(2)
  })
  it("trace lists every clause", async () => {
    expect(JSON.parse((await cli(["trace", "--json"])).out)).toHaveLength(57)
  })
  it("plugin new writes a plugin that plugin check passes", async () => {
    const target = join(fileURLToPath(new URL(".", import.meta.url)), `.generated-${Date.now()}`)
    const made = await cli([
      "plugin",
      "new",
      target,
      "--id",
      "proprete",
      "--name-fr",
      "Propreté",
      "--name-en",
      "Cleaning",
      "--idcc",
      "3043"
    ])
    expect(made.code).toBe(0)
    const checked = await cli(["plugin", "check", join(target, "src/index.ts")])
    expect(checked.out).toContain("✓ accepte cette version du SDK")
    expect(checked.code).toBe(0)
    const { rmSync } = await import("node:fs")
    rmSync(target, { recursive: true, force: true })
  })
  it("plugin new names each bad flag, in French and in English", async () => {
    const target = join(dir, "plugin-bad")
    const fr = await cli(["plugin", "new", target, "--id", "Bad Id", "--idcc", "12345"])
    expect(fr.code).toBe(2)
    expect(fr.err).toMatch(/^--id : Attendu : .* \[id\.format\]$/mu)
    expect(fr.err).toMatch(/^--name-fr : Champ obligatoire absent.* \[field\.missing\]$/mu)
    const en = await cli(["plugin", "new", target, "--id", "proprete", "--lang", "en"])
    expect(en.err).toMatch(/^--idcc: .* \[field\.missing\]$/mu)
  })
})
