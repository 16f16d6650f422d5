// Excel workbooks in and out. Reading: a workbook saved by another program (openpyxl, see
// fixtures/README.md) gives the same report as the same data in CSV; cells are read as a
// spreadsheet shows them and exports them to CSV (saved formula errors, zero-padded codes, times
// alone, escapes); sheets of lists are skipped and titles above a header told, every row counted;
// files that are not workbooks, and hostile ones, cost one file-level error and nothing else. Writing: the report workbook read back holds the JSON report's figures in
// numeric cells, masked cells marked, each figure explained, in French and in English.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import { CommandLine } from "@accord-jeunes/create-branch-plugin"
import type { CalendarDate } from "@accord-jeunes/domain"
import { Aggregate, Report as EngineReport, Period } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"
import { Csv, type Report, Validator } from "@accord-jeunes/validation"
import ExcelJS from "exceljs"
import { describe, expect, it, vi } from "vitest"
import { acceptedSheetNames, cellText, csvLine, feedWorkbook, numberText, sheetKind } from "../src/workbook/Read.js"
import { figure, reportWorkbook } from "../src/workbook/Write.js"
import { cli } from "./support.js"

const fixture = (p: string) => fileURLToPath(new URL(`fixtures/${p}`, import.meta.url))
const io = { stdout: () => {}, stderr: () => {}, stdin: () => Readable.from([]), interactive: false }
const dir = mkdtempSync(join(tmpdir(), "accord-jeunes-workbook-"))
let n = 0
const file = (bytes: Uint8Array | Buffer, name = `w${n++}.xlsx`) => {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

/**
 * A workbook's report, and the problem that ended the reading when the validator has no place for
 * it yet (a usage error): the codes of both, so that the file-level problems read the same either way.
 */
const validate = async (path: string, options: Validator.Options = {}, kind?: "action" | "participant") => {
  const v = Validator.make(options)
  let thrown: { readonly code: string | undefined; readonly message: string } | undefined
  try {
    await feedWorkbook(v, path, io, "fr", kind === undefined ? {} : { kind })
  } catch (e) {
    if (!CommandLine.isUsageError(e)) throw e
    thrown = { code: e.code, message: e.text.fr }
  }
  const report = v.finish()
  return {
    report,
    codes: [...report.issues.map((i) => i.code), ...(thrown === undefined ? [] : [thrown.code])],
    messages: [...report.issues.map((i) => i.message.fr), ...(thrown === undefined ? [] : [thrown.message])]
  }
}

/** A workbook written by exceljs (shared strings, as Excel writes them). */
const workbook = async (
  sheets: ReadonlyArray<{ readonly name: string; readonly rows: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>> }>,
  setup: (wb: ExcelJS.Workbook) => void = () => {}
) => {
  const wb = new ExcelJS.Workbook()
  setup(wb)
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name)
    s.rows.forEach((r, i) => {
      if (r.length > 0) ws.getRow(i + 1).values = [...r]
    })
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const participantHeader = ["ref", "birthDate", "missionLocale", "residenceDepartement"]

describe("reading a workbook saved by another program", () => {
  const sheets = ["Jeunes", "Actions", "Participations", "Sorties", "Gouvernance"]
  // issues and counts, each file named by its sheet (`sample.xlsx › Actions`, `sample-csv/Actions.csv`)
  const shape = (r: Report.Report) => ({
    valid: r.valid,
    stats: r.stats,
    files: r.files.map(({ file, format: _format, encoding: _encoding, ...counts }) => ({
      sheet: file.replace(/^.*(?:› |\/)/u, "").replace(/\.csv$/u, ""),
      ...counts
    })),
    issues: r.issues.map(({ file, ...i }) => ({
      sheet: file.replace(/^.*(?:› |\/)/u, "").replace(/\.csv$/u, ""),
      ...i
    }))
  })

  it("gives the same report as the same data in CSV", async () => {
    const { report: xlsx } = await validate(fixture("sample.xlsx"))
    const v = Validator.make()
    for (const s of sheets)
      v.bytes(fixture(`sample-csv/${s}.csv`), new Uint8Array(readFileSync(fixture(`sample-csv/${s}.csv`))))
    const csv = v.finish()
    expect(shape(xlsx)).toEqual(shape(csv))
    expect(xlsx.files.map((f) => f.file)).toEqual(sheets.map((s) => `${fixture("sample.xlsx")} › ${s}`))
    expect(xlsx.files.every((f) => f.format === "xlsx")).toBe(true)
    // what the sheets hold, as the report tells it
    const at = (code: string) =>
      xlsx.issues.filter((i) => i.code === code).map((i) => `${i.file.split("› ")[1]}:${i.line}`)
    expect(at("siret.checksum")).toEqual(["Actions:5"]) // a SIRET typed as a number, its 14 digits read
    expect(xlsx.issues.find((i) => i.code === "siret.checksum")?.value).toBe("73282932000075")
    expect(at("value.not-allowed")).toEqual(["Actions:6"]) // #N/A
    expect(at("date.nonexistent")).toEqual(["Jeunes:5", "Participations:4"]) // 31/02 typed as text
    expect(at("csv.extra-column")).toEqual(["Gouvernance:4"])
    expect(at("personal-data.direct-identifier")).toEqual(["Jeunes:4", "Jeunes:4"])
    expect(xlsx.stats).toEqual({ read: 16, accepted: 8, rejected: 8, warnings: 1, blank: 1 })
  })

  it("reads dates, SIRETs, formulas and French headers as written", async () => {
    const accepted: Array<Record<string, unknown>> = []
    await validate(fixture("sample.xlsx"), { onAccepted: (r) => accepted.push(r as never) })
    const byId = (id: string) => accepted.find((r) => r.id === id || r.ref === id)
    expect(byId("act-2025-001")).toMatchObject({ startDate: "2025-03-12", companies: ["73282932000074"] })
    expect(byId("act-2025-002")).toMatchObject({ participantCount: 14 }) // =7*2, its saved result
    expect(byId("part-001")).toMatchObject({ startDate: "2025-03-12" }) // ="part-"&"001", text dates
    expect(byId("p-7f3a9c2e")).toMatchObject({ birthDate: "2006-04-12", missionLocale: "ML-069-LYON" })
    expect(byId("p-41be07d5")).toMatchObject({ birthDate: "2003-11-30" }) // typed as text 30/11/2003
    expect(byId("out-001")).toMatchObject({ startDate: "2025-09-01", employerSiret: "73282932000074" })
    expect(byId("ref-akto-84")).toMatchObject({ kind: "referent-designation", from: "2024-10-01" })
  })
})

describe("cells", () => {
  it("reads numbers in full, without float noise or exponent", () => {
    expect(numberText(12345678901234)).toBe("12345678901234")
    expect(numberText(73282932000074)).toBe("73282932000074")
    expect(numberText(0.1 + 0.2)).toBe("0.3")
    expect(numberText(-0)).toBe("0")
    expect(numberText(1e-7)).toBe("0.0000001")
    expect(numberText(2.5)).toBe("2.5")
  })

  it("reads each kind of cell as a spreadsheet shows it", () => {
    expect(cellText(45728, "dd/mm/yyyy", false)).toBe("2025-03-12")
    expect(cellText(44266, "dd/mm/yyyy", true)).toBe("2025-03-12") // the 1904 date system
    expect(cellText(45728, undefined, false)).toBe("45728")
    expect(cellText(new Date("2025-03-12T23:30:00Z"), "dd/mm/yyyy", false)).toBe("2025-03-12")
    expect(cellText(true, undefined, false)).toBe("true")
    expect(cellText({ richText: [{ text: "ML-069" }, { text: "-LYON" }] }, undefined, false)).toBe("ML-069-LYON")
    expect(cellText({ error: "#N/A" } as ExcelJS.CellErrorValue, undefined, false)).toBe("#N/A")
    expect(cellText({ formula: "A1+30", result: 45728 }, "dd/mm/yyyy", false)).toBe("2025-03-12")
    expect(
      cellText({ formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue, undefined, false)
    ).toBe("#DIV/0!")
    expect(cellText({ formula: "1+1" } as ExcelJS.CellFormulaValue, undefined, false)).toBe("") // no result saved
    expect(cellText("  texte ", "@", false)).toBe("  texte ")
  })

  it("writes a rejected row's cells as one CSV line that reads back", () => {
    const cells = ["a;b", 'dit "oui"', "deux\nlignes", "", "x"]
    const line = csvLine(cells)
    expect(Csv.parse(`${csvLine(["1", "2", "3", "4", "5"])}\r\n${line}`, ";").rows[1]?.cells).toEqual(cells)
  })
})

describe("sheet names", () => {
  it("tells a record kind from its code, its labels or a short name, without case, accents or plural", () => {
    expect(sheetKind("Actions")).toBe("action")
    expect(sheetKind("action")).toBe("action")
    expect(sheetKind("INSERTION_OUTCOMES")).toBe("insertion-outcome")
    expect(sheetKind("Sorties")).toBe("insertion-outcome")
    expect(sheetKind("Jeunes participants")).toBe("participant")
    expect(sheetKind("Reunions")).toBe("committee-meeting")
    expect(sheetKind("Désignations de référents")).toBe("referent-designation")
    expect(sheetKind("Feuil1")).toBeUndefined()
    expect(acceptedSheetNames()).toContain("Jeunes")
  })

  it("refuses a sheet whose kind its name, a kind column or --kind does not say, once", async () => {
    const path = file(
      await workbook([
        { name: "Feuil1", rows: [participantHeader, ["p-abcd1234", "2006-04-12", "ML-069-LYON", "69"]] },
        { name: "Participants", rows: [participantHeader, ["p-abcd1235", "2006-04-12", "ML-069-LYON", "69"]] }
      ])
    )
    const { codes, report } = await validate(path)
    expect(codes).toContain("workbook.sheet-kind-unknown")
    expect(codes.filter((c) => c === "workbook.sheet-kind-unknown")).toHaveLength(1)
    expect(report.stats.read).toBeLessThanOrEqual(1)
    // --kind reads it
    const asked = await validate(path, {}, "participant")
    expect(asked.codes).not.toContain("workbook.sheet-kind-unknown")
    expect(asked.report.stats).toMatchObject({ read: 2, accepted: 2 })
  })
})

describe("workbooks written by exceljs", () => {
  it("reads shared strings and the 1904 date system", async () => {
    const bytes = await workbook(
      [
        {
          name: "Participants",
          rows: [participantHeader, ["p-abcd1234", new Date("2006-04-12T00:00:00Z"), "ML-069-LYON", "69"]]
        }
      ],
      (wb) => {
        wb.properties.date1904 = true
      }
    )
    const path = file(bytes)
    const accepted: Array<Record<string, unknown>> = []
    const { report } = await validate(path, { onAccepted: (r) => accepted.push(r as never) })
    expect(report.stats).toMatchObject({ read: 1, accepted: 1 })
    expect(accepted[0]).toMatchObject({ birthDate: "2006-04-12" })
  })

  it("reads accented text whole however the parts are cut", async () => {
    const header = ["id", "agreement", "party", "level", "region", "role", "from"]
    const rows = Array.from({ length: 6000 }, (_, i) => [
      `ref-${i}`,
      "accord-cadre-jeunes-2024",
      "akto",
      "regional",
      "84",
      `Référent régional n°${i} — équipe Île-de-France`,
      "01/10/2024"
    ])
    const roles: Array<string> = []
    const { report } = await validate(file(await workbook([{ name: "Référents", rows: [header, ...rows] }])), {
      onAccepted: (r) => roles.push((r as { role: string }).role)
    })
    expect(report.stats).toMatchObject({ read: 6000, accepted: 6000 })
    expect(roles.filter((r, i) => r !== `Référent régional n°${i} — équipe Île-de-France`)).toEqual([])
  })

  it("counts empty rows and rows a sheet skips as blank, and pads short rows", async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet("Jeunes")
    ws.getRow(3).values = participantHeader
    ws.getRow(5).values = ["p-abcd1234", "12/04/2006", "ML-069-LYON", "69"]
    ws.getRow(1_048_576).values = ["p-abcd1235", "31/02/2006", "ML-069-LYON"] // the last cell left empty
    const rejected: Array<{ raw: string; line: number }> = []
    const { report } = await validate(file(Buffer.from(await wb.xlsx.writeBuffer())), {
      onRejected: (raw, where) => rejected.push({ raw, line: where.line })
    })
    expect(report.stats).toEqual({ read: 2, accepted: 1, rejected: 1, warnings: 1, blank: 2 + 1 + 1_048_570 })
    expect(report.issues.find((i) => i.severity === "error")).toMatchObject({ line: 1_048_576, path: "$.birthDate" })
    expect(rejected).toEqual([{ raw: "p-abcd1235;31/02/2006;ML-069-LYON;", line: 1_048_576 }])
  })

  it("tells an empty sheet when the workbook holds something else, an empty file otherwise", async () => {
    const some = await validate(
      file(
        await workbook([
          { name: "Jeunes", rows: [participantHeader, ["p-abcd1234", "12/04/2006", "ML-069-LYON", "69"]] },
          { name: "Feuil2", rows: [] }
        ])
      )
    )
    expect(some.codes).toContain("workbook.sheet-empty")
    expect(some.report.stats).toMatchObject({ read: 1, accepted: 1 })
    const none = await validate(file(await workbook([{ name: "Feuil1", rows: [] }])))
    expect(none.codes).toEqual(["file.empty"])
    expect(none.report.valid).toBe(false)
  })
})

// a compound file (the container of .xls workbooks and of password-encrypted .xlsx), with the
// named streams in its first directory sector
const compound = (names: ReadonlyArray<string>): Buffer => {
  const b = Buffer.alloc(512 * 3)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0)
  b.writeUInt16LE(9, 30) // 512-byte sectors
  b.writeUInt32LE(0, 48) // the directory starts at sector 0
  ;["Root Entry", ...names].forEach((name, i) => {
    const at = 512 + i * 128
    b.write(name, at, "utf16le")
    b.writeUInt16LE((name.length + 1) * 2, at + 64)
  })
  return b
}

describe("files that are not workbooks, and hostile ones", () => {
  const verdict = async (bytes: Uint8Array | Buffer) => {
    const { codes, report, messages } = await validate(file(bytes))
    return { codes, read: report.stats.read, message: messages.join("\n") }
  }

  it("refuses a workbook cut short", async () => {
    const whole = readFileSync(fixture("sample.xlsx"))
    const v = await verdict(whole.subarray(0, Math.floor(whole.length / 2)))
    expect(v.codes).toEqual(["workbook.unreadable"])
    expect(v.message).toContain("incomplet")
    expect(v.read).toBe(0)
  })

  it("refuses an archive renamed .xlsx, and a text file renamed", async () => {
    // a ZIP archive of one text file, stored
    const name = Buffer.from("notes.txt")
    const data = Buffer.from("bonjour")
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(1, 8)
    end.writeUInt16LE(1, 10)
    end.writeUInt32LE(46 + name.length, 12)
    end.writeUInt32LE(30 + name.length + data.length, 16)
    const zip = Buffer.concat([local, name, data, central, name, end])
    expect(await verdict(zip)).toMatchObject({
      codes: ["workbook.unreadable"],
      message: expect.stringContaining("ZIP")
    })
    expect(await verdict(Buffer.from("kind;id\naction;a\n"))).toMatchObject({
      codes: ["workbook.unreadable"],
      message: expect.stringContaining("pas un classeur")
    })
  })

  it("tells a password-encrypted workbook from an .xls one", async () => {
    expect((await verdict(compound(["EncryptionInfo", "EncryptedPackage"]))).codes).toEqual(["workbook.encrypted"])
    expect((await verdict(compound(["Workbook", "SummaryInformation"]))).codes).toEqual(["workbook.legacy-format"])
  })

  it("refuses a workbook whose contents are damaged, whole, before reading any row", async () => {
    const bytes = await workbook([
      {
        name: "Jeunes",
        rows: [
          participantHeader,
          ...Array.from({ length: 2000 }, (_, i) => [`p-${String(10_000_000 + i)}`, "12/04/2006", "ML-069-LYON", "69"])
        ]
      }
    ])
    // the sheet's compressed data overwritten halfway
    const at = bytes.indexOf("xl/worksheets/sheet1.xml")
    const broken = Buffer.from(bytes)
    broken.fill(0xff, at + 400, at + 600)
    const v = await verdict(broken)
    expect(v.codes).toEqual(["workbook.unreadable"])
    expect(v.read).toBe(0)
  })

  it("bounds a huge shared string by the validation's limits, never echoing it", async () => {
    const huge = "x".repeat(3_000_000)
    const { report } = await validate(
      file(await workbook([{ name: "Jeunes", rows: [participantHeader, [huge, "12/04/2006", "ML-069-LYON", "69"]] }]))
    )
    expect(report.stats).toMatchObject({ read: 1, rejected: 1 })
    for (const i of report.issues) {
      expect(i.message.fr.length).toBeLessThan(2000)
      expect((i.value ?? "").length).toBeLessThan(300)
    }
  })

  it("says a sheet without a header has none, reading none of its rows", async () => {
    const { codes, report } = await validate(
      file(
        await workbook([
          {
            name: "Jeunes",
            rows: [
              ["p-abcd1234", "12/04/2006", "ML-069-LYON", "69"],
              ["p-abcd1235", "12/04/2006", "ML-069-LYON", "69"]
            ]
          }
        ])
      )
    )
    expect(codes).toEqual(["csv.no-header"])
    expect(report.stats.read).toBe(0)
  })
})

// --- what a user trial found -------------------------------------------------------------------

const actionHeader = [
  "id",
  "agreement",
  "actionType",
  "startDate",
  "endDate",
  "region",
  "departement",
  "branches",
  "missionLocales",
  "companies"
]
/** A cell set by the tests: a value, or a value and its number format. */
type Cell = ExcelJS.CellValue | { readonly value: ExcelJS.CellValue; readonly format: string }
/** An action's row, some of its cells replaced (by column index). */
const action = (id: string, set: Readonly<Record<number, Cell>> = {}): Array<Cell> =>
  [
    id,
    "accord-cadre-jeunes-2024",
    "company-visit",
    "12/03/2025",
    null,
    "84",
    "69",
    "hcr",
    "ML-069-LYON",
    "73282932000074"
  ].map((c, i) => (i in set ? (set[i] as Cell) : c))

/** A workbook whose cells are set one by one: value and number format. */
const cells = async (
  sheets: ReadonlyArray<{
    readonly name: string
    readonly rows: ReadonlyArray<
      ReadonlyArray<ExcelJS.CellValue | { readonly value: ExcelJS.CellValue; readonly format: string }>
    >
    readonly hidden?: boolean
    readonly setup?: (ws: ExcelJS.Worksheet) => void
  }>
) => {
  const wb = new ExcelJS.Workbook()
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.hidden === true ? { state: "hidden" } : {})
    for (const [i, r] of s.rows.entries())
      for (const [j, c] of r.entries()) {
        if (c === null || c === undefined) continue
        const cell = ws.getCell(i + 1, j + 1)
        if (typeof c === "object" && "format" in c) {
          cell.value = c.value
          cell.numFmt = c.format
        } else cell.value = c as ExcelJS.CellValue
      }
    s.setup?.(ws)
  }
  return file(Buffer.from(await wb.xlsx.writeBuffer()))
}

describe("cells as a spreadsheet shows them and exports them to CSV", () => {
  it("reads a formula's saved error as its text, as a plain error cell, so the field fails", async () => {
    const vlookup = { formula: "VLOOKUP(A2,Listes!A:B,2,0)", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue
    const rows = [
      actionHeader,
      action("act-e1", { 4: vlookup, 7: vlookup }),
      action("act-e2", { 4: { error: "#N/A" } as ExcelJS.CellErrorValue }),
      // enough rows for the sheet's XML to come in many pieces, each error whole
      ...Array.from({ length: 3000 }, (_, i) =>
        action(`act-f${i}`, { 4: { formula: `1/${i}`, result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue })
      )
    ]
    const { report } = await validate(await cells([{ name: "Actions", rows }]))
    expect(report.stats).toMatchObject({ read: 3002, accepted: 0, rejected: 3002 })
    const at = (line: number) => report.issues.filter((i) => i.line === line).map((i) => `${i.path} ${i.value}`)
    expect(at(2)).toEqual(["$.endDate #N/A", "$.branches[0] #N/A"])
    expect(at(3)).toEqual(["$.endDate #N/A"])
    expect(report.issues.filter((i) => i.code === "csv.date" && i.value === "#DIV/0!")).toHaveLength(3000)
    expect(cellText({ formula: "1/0", result: Number.NaN } as ExcelJS.CellFormulaValue, undefined, false)).toBe("")
  })

  it("keeps the leading zeros a format of zeros only shows: a département, a SIRET typed as numbers", async () => {
    expect(cellText(1, "00", false)).toBe("01")
    expect(cellText(1234567800010, "00000000000000", false)).toBe("01234567800010")
    expect(cellText(73282932000074, "00000000000000", false)).toBe("73282932000074")
    expect(cellText(-7, "000", false)).toBe("-007")
    expect(cellText(5, "0", false)).toBe("5")
    // not an integer, or another format: the number in full, as before
    expect(cellText(1.5, "00", false)).toBe("1.5")
    expect(cellText(1234567800010, "000 000 000 00000", false)).toBe("1234567800010")
    expect(cellText(1, "0.00", false)).toBe("1")
    const accepted: Array<Record<string, unknown>> = []
    const path = await cells([
      {
        name: "Jeunes",
        rows: [participantHeader, ["p-abcd1234", "12/04/2006", "ML-001-BOURG", { value: 1, format: "00" }]]
      }
    ])
    const { report } = await validate(path, { onAccepted: (r) => accepted.push(r as never) })
    expect(report.stats).toMatchObject({ read: 1, accepted: 1 })
    expect(accepted[0]).toMatchObject({ residenceDepartement: "01" })
  })

  it("reads a time alone as its time, which is no date", async () => {
    expect(cellText(0.5, "h:mm", false)).toBe("12:00")
    expect(cellText(0.5, "DD/MM/YYYY HH:MM", false)).toBe("12:00")
    expect(cellText(0.5, "DD/MM/YYYY HH:MM", true)).toBe("12:00")
    expect(cellText(45731.25, "hh:mm:ss", false)).toBe("06:00:00")
    expect(cellText(0.75, "[h]:mm", false)).toBe("18:00")
    expect(cellText(0.5, "h:mm AM/PM", false)).toBe("12:00")
    // a day with a time is its day; minutes are no month
    expect(cellText(45731.5, "DD/MM/YYYY HH:MM", false)).toBe("2025-03-15")
    expect(cellText(45731.5, "mm/dd/yyyy", false)).toBe("2025-03-15")
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 12)), "h:mm", false)).toBe("12:00")
    const { report } = await validate(
      await cells([{ name: "Actions", rows: [actionHeader, action("act-t1", { 3: { value: 0.5, format: "h:mm" } })] }])
    )
    expect(report.stats).toMatchObject({ read: 1, rejected: 1 })
    expect(report.issues.find((i) => i.path === "$.startDate")).toMatchObject({ code: "csv.date", value: "12:00" })
  })

  it("decodes the escapes of a workbook's strings (_x000D_), once", async () => {
    expect(cellText("hcr_x000D_", undefined, false)).toBe("hcr\r")
    expect(cellText("a_x000d__x000A_b", undefined, false)).toBe("a\r\nb")
    expect(cellText("_x005F_x000D_", undefined, false)).toBe("_x000D_") // the text _x000D_ itself
    expect(cellText({ richText: [{ text: "ML-069_x000D_" }] }, undefined, false)).toBe("ML-069\r")
    expect(cellText({ formula: 'A1&""', result: "x_x0009_y" }, undefined, false)).toBe("x\ty")
    const accepted: Array<Record<string, unknown>> = []
    const { report } = await validate(
      await cells([{ name: "Actions", rows: [actionHeader, action("act-x1", { 7: "hcr_x000D_" })] }]),
      { onAccepted: (r) => accepted.push(r as never) }
    )
    expect(report.stats).toMatchObject({ read: 1, accepted: 1 })
    expect(accepted[0]).toMatchObject({ branches: ["hcr"] })
  })
})

describe("sheets that hold no records, and what is above a header", () => {
  it("skips a sheet of lists, visible or hidden, with a warning, and reads a hidden sheet of records", async () => {
    const lists = [
      ["Types d'action", "Branches"],
      ["company-visit", "hcr"],
      ["poe-sourcing", "bois"]
    ]
    const path = await cells([
      { name: "Actions", rows: [actionHeader, action("act-l1")] },
      { name: "Listes", rows: lists },
      { name: "Listes cachées", rows: lists, hidden: true },
      { name: "Jeunes", rows: [participantHeader, ["p-abcd1234", "12/04/2006", "ML-069-LYON", "69"]], hidden: true }
    ])
    const { report, codes, messages } = await validate(path)
    expect(codes.filter((c) => c?.startsWith("workbook."))).toEqual([
      "workbook.sheet-skipped",
      "workbook.sheet-skipped"
    ])
    expect(report.valid).toBe(true)
    expect(report.stats).toMatchObject({ read: 2, accepted: 2 })
    expect(messages.find((m) => m.includes("Listes »"))).toContain("3 ligne(s) remplie(s)")
    expect(report.issues.find((i) => i.code === "workbook.sheet-skipped")?.file).toBe(`${path} › Listes`)
  })

  it("still refuses a header of record columns whose kind nothing says, and a sheet of lists only is no data", async () => {
    const { codes } = await validate(await cells([{ name: "Feuil1", rows: [actionHeader, action("act-k1")] }]))
    expect(codes).toEqual(["workbook.sheet-kind-unknown"])
    const lists = await validate(await cells([{ name: "Listes", rows: [["Branches"], ["hcr"]] }]))
    expect(lists.codes).toEqual(["workbook.sheet-skipped", "file.empty"])
    expect(lists.report.valid).toBe(false)
  })

  it("recognises a sheet by the first words of its name", async () => {
    expect(sheetKind("Actions 2025")).toBe("action")
    expect(sheetKind("Actions (2)")).toBe("action")
    expect(sheetKind("Jeunes - juin")).toBe("participant")
    expect(sheetKind("Sorties vers l'emploi 2025")).toBe("insertion-outcome")
    expect(sheetKind("Participations T1")).toBe("participation")
    expect(sheetKind("Listes")).toBeUndefined()
    expect(sheetKind("Suivi des actions")).toBeUndefined()
    const { report } = await validate(await cells([{ name: "Actions (2)", rows: [actionHeader, action("act-n1")] }]))
    expect(report.stats).toMatchObject({ read: 1, accepted: 1 })
  })

  it("finds a header under a title and blank rows, and accounts for every row", async () => {
    const rows = [
      ["Suivi des actions 2025 — Mission locale de Lyon"],
      [],
      ["Export du 12/03/2025", null, "Actions"],
      actionHeader,
      action("act-h1"),
      [],
      action("act-h2")
    ]
    const path = await cells([{ name: "Actions", rows, setup: (ws) => ws.mergeCells("A1:H1") }])
    const { report, messages } = await validate(path)
    expect(report.issues.map((i) => i.code)).toEqual(["workbook.rows-before-header", "csv.schema-version-assumed"])
    expect(messages[0]).toContain("ligne d'en-tête est la ligne 4")
    expect(messages[0]).toContain("lignes 1, 3")
    // 7 rows: the header, 2 records, 4 counted blank (the title, the note, 2 empty rows)
    expect(report.stats).toMatchObject({ read: 2, accepted: 2, blank: 4 })
    expect(report.issues[1]).toMatchObject({ line: 4 })
  })

  it("gives a sheet named after a kind whose first rows name no column to the validator, which says it has no header", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => [`p-abcd${1000 + i}`, "12/04/2006", "ML-069-LYON", "69"])
    const { codes } = await validate(await cells([{ name: "Jeunes", rows }]))
    expect(codes).toEqual(["csv.no-header"])
  })
})

// --- the report workbook -------------------------------------------------------------------------

const annual = async () => {
  const timeline = Assembly.foundingTimeline()
  const asOf = "2026-12-01" as CalendarDate.CalendarDate
  const period = Period.defaultFor(timeline, asOf)
  const agg = Aggregate.aggregator(EngineReport.settingsFor(timeline, period, ["branch"]))
  const v = Validator.make({ timeline, onAccepted: (r) => agg.record(r) })
  const sample = fileURLToPath(new URL("../../../examples/demo/data/synthetic-sample.ndjson", import.meta.url))
  v.bytes(sample, new Uint8Array(readFileSync(sample)))
  return EngineReport.annual({ timeline, period, asOf, aggregate: agg.finish(), meetings: [], designations: [] })
}

const load = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as never)
  return wb
}

describe("the report workbook", () => {
  it("holds the JSON report's figures in numeric cells, masked cells marked, each figure explained", async () => {
    const report = await annual()
    const table = report.trackingTable
    expect(table.hiddenCells).toBeGreaterThan(0)
    for (const lang of ["fr", "en"] as const) {
      const wb = await load(await reportWorkbook(report, lang))
      const names =
        lang === "fr"
          ? ["Rapport", "Tableau de suivi", "Gouvernance", "Branches", "Notes"]
          : ["Report", "Tracking table", "Governance", "Branches", "Notes"]
      expect(wb.worksheets.map((w) => w.name)).toEqual(names)
      const ws = wb.getWorksheet(names[1] as string) as ExcelJS.Worksheet
      const dims = table.settings.dimensions.length
      expect(ws.getRow(1).getCell(dims + 1).value).toBe(table.columns[0]?.label[lang])
      let masked = 0
      ;[...table.rows, table.total].forEach((r, i) => {
        const row = ws.getRow(i + 2)
        table.columns.forEach((c, j) => {
          const cell = row.getCell(dims + j + 1)
          const v = r.values[c.id]
          if (v === null || v === undefined) {
            masked++
            expect(cell.value).toBe(lang === "fr" ? "◼ masqué" : "◼ hidden")
            return
          }
          expect(typeof cell.value).toBe("number")
          const percent = c.measure?.kind === "ratio" && c.measure.percent
          expect(percent ? (cell.value as number) * 100 : cell.value).toBeCloseTo(v, 9)
          expect(cell.numFmt).toBe(figure(c, v).format)
          if (percent) expect(cell.numFmt).toBe("0.0%")
        })
      })
      expect(masked).toBe(table.hiddenCells)
      // the first dimension reads as the branch's name, the total row last
      expect(ws.getRow(2).getCell(1).value).toBe(
        report.branches.find((b) => b.id === table.rows[0]?.dimensions.branch)?.name[lang]
      )
      expect(ws.getRow(table.rows.length + 2).getCell(1).value).toBe("Total")
      // the Notes sheet explains every column
      const notes = wb.getWorksheet("Notes") as ExcelJS.Worksheet
      const codes: Array<unknown> = []
      notes.eachRow((row) => codes.push(row.getCell(2).value))
      for (const c of table.columns) expect(codes).toContain(c.id)
      const text = JSON.stringify(notes.getSheetValues())
      expect(text).toContain("◼")
      // the summary's dates are date cells
      const summary = wb.getWorksheet(names[0] as string) as ExcelJS.Worksheet
      const dates: Array<unknown> = []
      summary.eachRow((row) => {
        if (row.getCell(2).value instanceof Date) dates.push(row.getCell(2).value)
      })
      expect(dates).toContainEqual(new Date(`${report.period.start}T00:00:00Z`))
    }
  })

  it("gives the same bytes for the same report, whenever it is written", async () => {
    const report = await annual()
    // the clock moved between two writings (an archive's entries are stamped with it)
    const at = async (now: string) => {
      vi.useFakeTimers({ toFake: ["Date"] })
      vi.setSystemTime(new Date(now))
      try {
        return Buffer.from(await reportWorkbook(report, "fr"))
      } finally {
        vi.useRealTimers()
      }
    }
    const first = await at("2026-01-05T08:00:00Z")
    const second = await at("2027-11-30T17:45:33Z")
    expect(first.equals(second)).toBe(true)
    expect((await load(first)).worksheets).toHaveLength(5)
  })
})

describe("through the command line", () => {
  const sample = fixture("sample.xlsx")
  const records = fileURLToPath(new URL("../../../examples/demo/data/synthetic-sample.ndjson", import.meta.url))

  it("validates a workbook as the same data in CSV, sheet by sheet, with the exit code of rejected records", async () => {
    const xlsx = await cli(["validate", sample, "--format", "json"])
    const csv = await cli([
      "validate",
      ...["Jeunes", "Actions", "Participations", "Sorties", "Gouvernance"].map((s) => fixture(`sample-csv/${s}.csv`)),
      "--format",
      "json"
    ])
    expect(xlsx.code).toBe(1)
    expect(csv.code).toBe(1)
    const a = JSON.parse(xlsx.out) as { stats: Report.Stats; files: ReadonlyArray<{ file: string; format: string }> }
    const b = JSON.parse(csv.out) as { stats: Report.Stats }
    expect(a.stats).toEqual(b.stats)
    expect(a.files.map((f) => `${f.file.split("› ")[1]} ${f.format}`)).toEqual([
      "Jeunes xlsx",
      "Actions xlsx",
      "Participations xlsx",
      "Sorties xlsx",
      "Gouvernance xlsx"
    ])
  })

  it("writes the report workbook only to a file: --output is required, said before any file is read", async () => {
    const none = await cli(["report", records, "--format", "xlsx", "--as-of", "2026-06-30"])
    expect(none.code).toBe(2)
    expect(none.out).toBe("")
    expect(none.err).toContain("[usage.output-required]")
    expect(none.err).toContain("--output")
    const english = await cli(["report", "missing.ndjson", "--format", "xlsx", "--lang", "en"])
    expect(english.code).toBe(2)
    expect(english.err).toContain("writes a workbook: --output FILE expected [usage.output-required]")

    const out = join(mkdtempSync(join(tmpdir(), "report-")), "rapport.xlsx")
    const written = await cli(["report", records, "--format", "xlsx", "--output", out, "--as-of", "2026-06-30"])
    expect(written.code).toBe(0)
    const book = await load(new Uint8Array(readFileSync(out)))
    const json = JSON.parse(
      (await cli(["report", records, "--format", "json", "--as-of", "2026-06-30"])).out
    ) as EngineReport.AnnualReport
    const t = json.trackingTable
    const first = t.columns[0]?.id as string
    const cell = book.worksheets[1]?.getRow(t.rows.length + 2).getCell(t.settings.dimensions.length + 1).value
    expect(typeof cell).toBe("number")
    expect(cell).toBe(t.total.values[first])
  })
})
