// `accord-jeunes report` as the steering committee reads it: rows by labels rather than codes in
// every format for people, the CSV with a code and a name column per dimension, the workbook's
// governance sheet saying what was found once, and days written out in the words of the language.
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { cli } from "./support.js"

const sample = fileURLToPath(new URL("../../../examples/demo/data/synthetic-sample.ndjson", import.meta.url))
const base = [sample, "--agreement-year", "1", "--as-of", "2026-06-30"]
const dir = mkdtempSync(join(tmpdir(), "accord-jeunes-report-labels-"))

const report = async (...args: ReadonlyArray<string>) => {
  const r = await cli(["report", ...base, ...args])
  expect(r.code, r.err).toBe(0)
  return r.out
}

const workbook = async (lang: "fr" | "en") => {
  const out = join(dir, `rapport-${lang}.xlsx`)
  await report("--by", "branch,action-type,region", "--format", "xlsx", "--output", out, "--lang", lang)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(readFileSync(out) as never)
  return wb
}

const rows = (ws: ExcelJS.Worksheet): ReadonlyArray<ReadonlyArray<unknown>> => {
  const all: Array<ReadonlyArray<unknown>> = []
  ws.eachRow((row) => {
    all.push((row.values as ReadonlyArray<unknown>).slice(1))
  })
  return all
}

describe("a4#4: report --by action-type reads by labels", () => {
  it("a4#4: Markdown shows action types by their label and regions by name and code, in French and English", async () => {
    const fr = (await report("--by", "branch,action-type,region")).split("\n").filter((l) => l.startsWith("| "))
    expect(fr[0]?.startsWith("| Branche | Type d'action | Région |")).toBe(true)
    expect(fr).toContainEqual(
      expect.stringMatching(
        /^\| Commerces de gros \| Information collective pour la découverte des métiers et des parcours en alternance \| Guyane \(03\) \|/u
      )
    )
    const en = (await report("--by", "action-type", "--lang", "en")).split("\n").filter((l) => l.startsWith("| "))
    expect(en).toContainEqual(expect.stringMatching(/^\| Company visits \|/u))
    expect(en.join("\n")).not.toMatch(/\| (?:company-visit|collective-information|mentoring|poe-sourcing) \|/u)
  })

  it("a4#4: the HTML page shows labels and keeps the codes in data-code attributes", async () => {
    const html = await report("--by", "action-type,region", "--format", "html")
    expect(html).toContain(`<td data-code="company-visit">Visites d'entreprises</td>`)
    expect(html).toContain(`<td data-code="94">Corse (94)</td>`)
  })

  it("a4#4: the CSV has a code column and a name column for each dimension", async () => {
    const lines = (await report("--by", "branch,region", "--format", "csv")).replace(/^\uFEFF/u, "").split("\r\n")
    expect(lines[0]?.split(";").slice(0, 5)).toEqual([
      "Branche (code)",
      "Branche",
      "Région (code)",
      "Région",
      "Jeunes entrés en action"
    ])
    expect(lines).toContainEqual(expect.stringMatching(/^bois;[^;]+;94;Corse;\d+;/u))
    // the branch's name, not its code again
    expect(lines).toContainEqual(expect.stringMatching(/^hcr;Hôtels, cafés, restaurants;/u))
    expect(lines.some((l) => l.startsWith("hcr;hcr;"))).toBe(false)
    expect(lines.find((l) => l.startsWith("Total;"))?.startsWith("Total;;;;")).toBe(true)
  })

  it("a4#4: the workbook's tracking table shows action types by their label", async () => {
    for (const lang of ["fr", "en"] as const) {
      const wb = await workbook(lang)
      const table = rows(wb.worksheets[1] as ExcelJS.Worksheet)
      const labels = table.slice(1).map((r) => r[1])
      expect(labels).toContain(lang === "fr" ? "Visites d'entreprises" : "Company visits")
      expect(labels).not.toContain("company-visit")
      expect(table.slice(1).map((r) => r[2])).toContain("Corse (94)")
    }
  })
})

describe("a4#4: the workbook's governance sheet says what was found once", () => {
  it("a4#4: one column for the outcome (breach, warning, met), as the Markdown report marks them", async () => {
    const fr = rows((await workbook("fr")).getWorksheet("Gouvernance") as ExcelJS.Worksheet)
    expect(fr[0]).toEqual(["Constat", "Règle", "Clause", "Explication"])
    const outcomes = fr.slice(1).map((r) => r[0])
    // the regional correspondents (a4.1#1, the project's reading) are the one warning
    expect(new Set(outcomes)).toEqual(new Set(["✗ manquement", "⚠ alerte"]))
    expect(fr.filter((r) => r[0] === "⚠ alerte").map((r) => r[1])).toEqual(["governance.regional-referents"])
    // the same counts as the summary the Markdown report gives
    const md = await report()
    const errors = Number(/(\d+) manquement\(s\)/u.exec(md)?.[1])
    const warnings = Number(/(\d+) alerte\(s\)/u.exec(md)?.[1])
    expect(outcomes.filter((o) => o === "✗ manquement")).toHaveLength(errors)
    expect(outcomes.filter((o) => o === "⚠ alerte")).toHaveLength(warnings)
    expect(md.split("\n").filter((l) => l.startsWith("- ✗ "))).toHaveLength(errors)
    expect(md.split("\n").filter((l) => l.startsWith("- ⚠ "))).toHaveLength(warnings)
    const en = rows((await workbook("en")).getWorksheet("Governance") as ExcelJS.Worksheet)
    expect(en[0]).toEqual(["Finding", "Rule", "Clause", "Explanation"])
    expect(new Set(en.slice(1).map((r) => r[0]))).toEqual(new Set(["✗ error", "⚠ warning"]))
    // no two columns of a row hold the same word
    for (const r of [...fr, ...en]) expect(new Set(r).size).toBe(r.length)
  })
})

describe("a4#4: days written out", () => {
  it("a4#4: the report's status and day in words: 30 juin 2026, 30 June 2026", async () => {
    const fr = await report()
    expect(fr).toContain("Établi au 30 juin 2026.")
    expect(fr).toContain("**Au 30 juin 2026 : en vigueur**")
    expect(fr).not.toContain("2026-06-30")
    const en = await report("--lang", "en")
    expect(en).toContain("As of 30 June 2026.")
    expect(en).toContain("**On 30 June 2026: in force**")
    const summary = (lang: "fr" | "en") => workbook(lang).then((wb) => rows(wb.worksheets[0] as ExcelJS.Worksheet))
    const frSummary = await summary("fr")
    expect(frSummary).toContainEqual(["Situation de l'accord", "Au 30 juin 2026 : en vigueur"])
    const enBook = await workbook("en")
    const enSummary = rows(enBook.worksheets[0] as ExcelJS.Worksheet)
    expect(enSummary).toContainEqual(["Status of the agreement", "On 30 June 2026: in force"])
    // date cells stay dates, shown with the month's name in English
    let format: string | undefined
    enBook.worksheets[0]?.eachRow((row) => {
      if (row.getCell(1).value === "As of") format = row.getCell(2).numFmt
    })
    expect(format).toBe("[$-809]d mmmm yyyy")
  })
})
