import { describe, expect, it } from "vitest"
import { Codes, Csv, type Report, Validator } from "../src/index.js"

// A table given row by row (as a spreadsheet's sheet is read) follows the CSV reader's rules: the
// same rows give the same report, file names apart.
const csvText = [
  "kind;id;participant;outcome;date de début;actions",
  "insertion-outcome;o1;p-abcd1234;training;01/10/2025;",
  "insertion-outcome;o2;p-abcd1234;training;31/02/2025;",
  ";;;;;",
  "insertion-outcome;o3;p-abcd1234;nope;2025-10-01;",
  "insertion-outcome;o4;p-abcd1234;training;2025-10-01;;extra",
  "nope;o5"
].join("\r\n")

const viaCsv = (): Report.Report => {
  const v = Validator.make()
  v.text("t.csv", csvText)
  return v.finish()
}

const viaTable = (kind?: "insertion-outcome"): Report.Report => {
  const v = Validator.make()
  const t = v.table("t.xlsx › Résultats", "xlsx", kind)
  for (const row of Csv.parse(csvText).rows) t.row(row)
  t.blank()
  t.end()
  return v.finish()
}

const shape = (r: Report.Report) => ({
  valid: r.valid,
  stats: r.stats,
  issues: r.issues.map(({ file: _file, ...rest }) => rest)
})

describe("Validator.table", () => {
  it("gives the CSV reader's report for the same rows", () => {
    const csv = viaCsv()
    const table = viaTable()
    expect(shape(table)).toEqual(shape(csv))
    expect(csv.stats).toEqual({ read: 5, accepted: 1, rejected: 4, warnings: 1, blank: 1 })
    expect(table.files[0]).toMatchObject({ file: "t.xlsx › Résultats", format: "xlsx" })
    expect(table.issues.every((i) => i.file === "t.xlsx › Résultats")).toBe(true)
  })

  it("reads a sheet without a kind column as the kind it is given", () => {
    const v = Validator.make()
    const t = v.table("t.xlsx › Résultats", "xlsx", "insertion-outcome")
    t.row({ line: 1, lines: 1, cells: ["id", "participant", "outcome", "startDate", "actions"], raw: "" })
    t.row({ line: 2, lines: 1, cells: ["o1", "p-abcd1234", "training", "2025-10-01", ""], raw: "o1" })
    expect(t.end()).toMatchObject({ read: 1, accepted: 1 })
  })

  it("says when a table is empty, has only its header, or has no header", () => {
    const v = Validator.make()
    v.table("empty", "xlsx").end()
    const header = v.table("header", "xlsx")
    header.row({ line: 1, lines: 1, cells: ["kind", "id"], raw: "" })
    header.end()
    const data = v.table("data", "xlsx")
    data.row({ line: 1, lines: 1, cells: ["p-abcd1234", "2006-04-12", "ML-069-LYON"], raw: "" })
    data.row({ line: 2, lines: 1, cells: ["p-abcd1235", "2006-04-12", "ML-069-LYON"], raw: "" })
    data.end()
    expect(v.finish().issues.map((i) => `${i.file} ${i.code}`)).toEqual([
      "empty file.empty",
      "header csv.no-records",
      "data csv.no-header"
    ])
  })

  it("lists a file-level problem found by another reader, the report not valid on an error", () => {
    const v = Validator.make()
    v.problem("book.xlsx", "xlsx", Codes.fileBinary.raise({ kind: "zip" }))
    const r = v.finish()
    expect(r.valid).toBe(false)
    expect(r.stats.read).toBe(0)
    expect(r.files).toMatchObject([{ file: "book.xlsx", format: "xlsx", read: 0 }])
    expect(r.issues.map((i) => `${i.file} ${i.code}`)).toEqual(["book.xlsx file.binary"])
  })
})

describe("two columns for one field", () => {
  it("is one error at the header and no row read, in CSV as in a table: the last column would silently win", () => {
    const text =
      "kind;id;participant;outcome;startDate;date de début;actions\ninsertion-outcome;o1;p-abcd1234;training;2025-10-01;2025-11-01;\n"
    const v = Validator.make()
    v.text("t.csv", text)
    const t = v.table("t.xlsx › Sorties", "xlsx")
    for (const row of Csv.parse(text).rows) t.row(row)
    t.end()
    const r = v.finish()
    expect(r.valid).toBe(false)
    expect(r.stats.read).toBe(0)
    expect(r.issues.map((i) => `${i.file}:${i.line} ${i.code}`)).toEqual([
      "t.csv:1 csv.duplicate-column",
      "t.xlsx › Sorties:1 csv.duplicate-column"
    ])
    expect(r.issues[0]?.message.fr).toBe(
      "Les colonnes « startDate » et « date de début » sont toutes le champ startDate : fichier non lu"
    )
  })
})

describe("values echoed from cells", () => {
  it("write a line break or a control character typed in a cell as an escape: a message stays on its line", () => {
    const v = Validator.make()
    v.text(
      "a.csv",
      'kind;id;actionType;startDate;region;missionLocales;branches;companies\naction;act-1;company-visit;2025-03-12;84;ML-069;"hcr\ncommerce-de-gros";\naction;act-2;company-visit;2025-03-12;"8\u001b4";ML-069;hcr;\n'
    )
    const r = v.finish()
    expect(r.stats.rejected).toBe(2)
    const branch = r.issues.find((i) => i.path?.startsWith("$.branches") === true)
    expect(branch?.message.fr).toContain("hcr\\ncommerce-de-gros")
    const region = r.issues.find((i) => i.path === "$.region")
    expect(region?.value).toBe("8\\u001b4")
    const control = (t: string) => [...t].some((c) => c.charCodeAt(0) < 0x20)
    for (const i of r.issues) {
      expect(control(i.message.fr)).toBe(false)
      expect(control(i.value ?? "")).toBe(false)
    }
  })

  it("a table's own problem goes in its own file of the report, once", () => {
    const v = Validator.make()
    const t = v.table("t.xlsx › Actions", "xlsx", "action")
    t.problem(Codes.csvNoRecords.raise({}), 3)
    t.end()
    const r = v.finish()
    expect(r.files.map((f) => f.file)).toEqual(["t.xlsx › Actions"])
    expect(r.issues.map((i) => `${i.file}:${i.line} ${i.code}`)).toContain("t.xlsx › Actions:3 csv.no-records")
  })
})

describe("spaces around a cell", () => {
  it("are not part of its value: a code typed with them is read as the code", () => {
    const v = Validator.make()
    v.text(
      "a.csv",
      "kind;id;agreement;actionType;startDate;region;missionLocales;branches;companies\naction; act-1 ; accord-cadre-jeunes-2024 ; company-visit ;2025-03-12; 84 ; ML-069 | ML-070 ; hcr ;\n"
    )
    const r = v.finish()
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([])
    expect(r.stats.accepted).toBe(1)
  })
})
