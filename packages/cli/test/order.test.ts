// The report's figures do not depend on the order of the records, of the files or of a workbook's
// sheets: records not grouped by young person are read again and counted grouped, and the user is
// told; records that count in no figure are told in every format.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Examples, Seeded } from "@accord-jeunes/domain/testing"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { action, cli } from "./support.js"

const data = (name: string) => fileURLToPath(new URL(`../../../examples/demo/data/${name}`, import.meta.url))
const demo = data("synthetic-sample.ndjson")
const lines = readFileSync(demo, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
const dir = mkdtempSync(join(tmpdir(), "accord-jeunes-order-"))
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const period = ["--agreement-year", "1", "--as-of", "2025-12-31"]

const reportJson = async (argv: ReadonlyArray<string>, stdin = "") => {
  const r = await cli(["report", ...argv, ...period, "--format", "json"], stdin)
  expect(r.code).toBe(0)
  return { annual: JSON.parse(r.out) as { trackingTable: { total: { values: Record<string, unknown> } } }, err: r.err }
}

describe("the report whatever the order of the records", () => {
  it("the demo records reversed, shuffled or through standard input give the figures of their grouped order, and say they were read again", async () => {
    const inOrder = await reportJson([demo])
    expect(inOrder.err).toBe("")
    expect(inOrder.annual.trackingTable.total.values).toMatchObject({
      "young-people-in-actions": 526,
      "young-people-with-contract": 141
    })
    const reversed = write("reversed.ndjson", `${[...lines].reverse().join("\n")}\n`)
    const mixed = write("shuffled.ndjson", `${Seeded.shuffled(lines, 7).join("\n")}\n`)
    for (const argv of [[reversed], [mixed], ["-"]]) {
      const r = await reportJson(argv, argv[0] === "-" ? `${Seeded.shuffled(lines, 11).join("\n")}\n` : "")
      // the whole annual report: tracking table, hidden cells, records read, governance
      expect(r.annual).toEqual(inOrder.annual)
      expect(r.err).toMatch(
        /^Enregistrements non groupés par jeune \(\d+ lus hors de leur groupe.*\[report\.records-regrouped\]\n$/u
      )
    }
    const en = await cli(["report", reversed, ...period, "--lang", "en"])
    expect(en.err).toMatch(
      /^Records not grouped by young person .*read a second time and held in memory.*\[report\.records-regrouped\]\n$/u
    )
  })

  it("files given in another order: the same report; rejected records and governance are told and counted once", async () => {
    const samples = data("records.ndjson")
    const inOrder = await reportJson([samples, demo])
    const other = await reportJson([demo, samples])
    expect(other.annual).toEqual(inOrder.annual)
    // the sample file has a sheet-per-kind order itself: regrouped either way, said once
    for (const r of [inOrder, other]) {
      expect(r.err.match(/\[report\.records-regrouped\]/gu)).toHaveLength(1)
      expect(r.err.match(/rejeté\(s\) n'entrent pas dans le rapport/gu)).toHaveLength(1)
    }
    // its one young person without participation counts in no figure, and the report says it
    expect(inOrder.err).toContain(
      "1 enregistrement(s) lu(s) n'entrent dans aucun chiffre du rapport : jeune sans participation (sa fiche et ses sorties) (1) [report.records-unattributed]"
    )
  })

  it("records that count in no figure are told on standard error in every format, with their reasons", async () => {
    const participant = {
      kind: "participant",
      schemaVersion: "1.0.0",
      ref: "p-ab12",
      birthDate: "2004-05-01",
      missionLocale: "ML-069",
      residenceDepartement: "69"
    }
    const participation = (actionId: string, ref: string) => ({
      kind: "participation",
      schemaVersion: "1.0.0",
      id: `part-${actionId}-${ref}`,
      action: actionId,
      participant: ref,
      status: "completed",
      startDate: "2025-03-12"
    })
    const file = write(
      "unattributed.ndjson",
      `${[action, participant, participation("act-1", "p-ab12"), participation("act-404", "p-ab12")].map((r) => JSON.stringify(r)).join("\n")}\n`
    )
    for (const format of ["markdown", "csv", "json", "html"]) {
      const r = await cli(["report", file, ...period, "--format", format])
      expect(r.code).toBe(0)
      expect(r.err).toBe(
        "1 enregistrement(s) lu(s) n'entrent dans aucun chiffre du rapport : participation à une action absente des fichiers (1) [report.records-unattributed]\n"
      )
    }
    const en = await cli(["report", file, ...period, "--lang", "en"])
    expect(en.err).toBe(
      "1 record(s) read count in no figure of the report: participation in an action found in no file (1) [report.records-unattributed]\n"
    )
  })

  it("an Excel workbook with one sheet per kind (Actions, Jeunes, Participations, Sorties) gives the NDJSON's figures", async () => {
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>)
    const sheets = [
      ["Jeunes", "participant"],
      ["Participations", "participation"],
      ["Sorties", "insertion-outcome"],
      ["Actions", "action"]
    ] as const
    const wb = new ExcelJS.Workbook()
    for (const [name, kind] of sheets) {
      const rows = records.filter((r) => r.kind === kind)
      const header = [...new Set(rows.flatMap((r) => Object.keys(r)))]
      const ws = wb.addWorksheet(name)
      ws.addRow(header)
      for (const r of rows)
        ws.addRow(
          header.map((k) => {
            const v = r[k]
            // lists as the CSV reader reads them (values separated by |), structures as JSON
            if (Array.isArray(v)) return v.every((x) => typeof x === "string") ? v.join("|") : JSON.stringify(v)
            return typeof v === "object" && v !== null ? JSON.stringify(v) : (v ?? null)
          })
        )
    }
    const workbook = write("by-kind.xlsx", Buffer.from(await wb.xlsx.writeBuffer()))
    const fromNdjson = await reportJson([demo])
    const fromWorkbook = await reportJson([workbook])
    expect(fromWorkbook.annual.trackingTable).toEqual(fromNdjson.annual.trackingTable)
    expect(fromWorkbook.err).toMatch(/\[report\.records-regrouped\]\n$/u)
  })
})

describe("the age rule over files in any order", () => {
  it("checks participations given before their young people's file, NDJSON files read whole", async () => {
    const d = mkdtempSync(join(tmpdir(), "age-"))
    const person = (ref: string, birthDate: string) =>
      JSON.stringify(Examples.with("participant", { ref, birthDate, schemes: undefined }))
    const participation = (id: string, participant: string) =>
      JSON.stringify(Examples.with("participation", { id, participant, endDate: undefined }))
    writeFileSync(join(d, "1-actions.ndjson"), `${JSON.stringify(Examples.action)}\n`)
    writeFileSync(
      join(d, "2-participations.ndjson"),
      `${participation("pt-old", "p-old-1980")}\n${participation("pt-kid", "p-kid-2020")}\n`
    )
    writeFileSync(
      join(d, "3-jeunes.ndjson"),
      `${person("p-old-1980", "1980-06-01")}\n${person("p-kid-2020", "2020-06-01")}\n`
    )
    const r = await cli([
      "validate",
      ...["1-actions", "2-participations", "3-jeunes"].map((f) => join(d, `${f}.ndjson`)),
      "--format",
      "json"
    ])
    const issues = (JSON.parse(r.out) as { issues: ReadonlyArray<{ code: string; file: string; line: number }> }).issues
    const ages = issues.filter((i) => i.code === "eligibility.age")
    // each at the participation's own file and line
    expect(ages.map((i) => `${i.file.split("/").at(-1)}:${i.line}`)).toEqual([
      "2-participations.ndjson:1",
      "2-participations.ndjson:2"
    ])
    expect(issues.some((i) => i.code === "eligibility.age-not-checked")).toBe(false)
  })
})
