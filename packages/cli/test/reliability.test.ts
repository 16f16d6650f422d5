// Nothing lost, nothing altered, bounded work (issue #13), through the command line: long lines
// read in linear time, the same verdict for the same bytes from a file and from standard input,
// a rejects file that a steward can fix and send back, outputs written as records come.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Examples } from "@accord-jeunes/domain/testing"
import { Csv, Report } from "@accord-jeunes/validation"
import { afterAll, afterEach, describe, expect, it, vi } from "vitest"
import { action, built, cli } from "./support.js"

const dir = mkdtempSync(join(tmpdir(), "cli-reliability-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => {
  vi.restoreAllMocks()
})

const bytes = (...parts: ReadonlyArray<string | ReadonlyArray<number> | Uint8Array>): Uint8Array =>
  new Uint8Array(
    Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p as Array<number>))))
  )

// a valid action whose JSON text is `size` bytes long: blanks between its tokens, as JSON allows
const padded = (size: number): string => {
  const text = JSON.stringify(action)
  return `${text.slice(0, -1)}${" ".repeat(Math.max(0, size - text.length))}}`
}

describe("long lines, in time linear in their length", () => {
  it("reads a line of 40 chunks going once over its bytes, not once per chunk", async () => {
    // 10 MB in one line: 40 chunks of the reader's 256 KB. Reading it by adding each chunk to a
    // string and splitting it again went over 40 × 41 / 2 chunks (210 MB): quadratic
    const file = join(dir, "one-long-line.ndjson")
    const text = `${padded(10 * 1024 * 1024)}\n`
    writeFileSync(file, text)
    let work = 0
    const decode = TextDecoder.prototype.decode
    vi.spyOn(TextDecoder.prototype, "decode").mockImplementation(function (this: unknown, ...args: Array<unknown>) {
      work += (args[0] as { byteLength?: number } | undefined)?.byteLength ?? 0
      return decode.apply(this, args as never)
    } as never)
    const split = String.prototype.split
    vi.spyOn(String.prototype, "split").mockImplementation(function (this: string, ...args: Array<unknown>) {
      work += this.length
      return split.apply(this, args as never)
    } as never)
    const r = await cli(["validate", file, "--format", "json"])
    vi.restoreAllMocks()
    expect(JSON.parse(r.out).stats).toMatchObject({ read: 1, accepted: 1, rejected: 0 })
    // once to settle the encoding, once to read the line: twice its bytes, whatever its length
    expect(work).toBeLessThanOrEqual(3 * text.length)
  })

  it("validates a 20 MB single-line file through the built command line, lone CR as a line end", () => {
    const file = join(dir, "twenty.ndjson")
    // line 1: a valid action of 20 MB; a lone CR; line 2: a region that does not exist
    writeFileSync(file, `${padded(20 * 1024 * 1024)}\r${JSON.stringify({ ...action, id: "act-2", region: "99" })}\n`)
    const r = built(["validate", file, "--format", "json", "--lang", "en"], { timeout: 60_000 })
    expect(r.signal).toBeNull()
    expect(r.code).toBe(1)
    const report = JSON.parse(r.out)
    expect(report.stats).toMatchObject({ read: 2, accepted: 1, rejected: 1, blank: 0 })
    expect(report.issues.map((i: { line: number; path: string }) => [i.line, i.path])).toEqual([[2, "$.region"]])
    rmSync(file)
  })
})

// --- one reading rule: the same bytes, the same verdict -------------------------------------------

// a designation whose role is given as text and bytes (NUL, bytes that are not UTF-8), as it is
const designation = (...role: ReadonlyArray<string | ReadonlyArray<number>>): Uint8Array => {
  const [before, after] = JSON.stringify({ ...Examples.referentDesignation, role: "ROLE" }).split("ROLE")
  return bytes(before as string, ...role, after as string)
}
const text = (b: Uint8Array) => Buffer.from(b).toString("utf8")
const csvHeader = "id;kind;schemaVersion;agreement;actionType;startDate;region;missionLocales;branches;companies"
const csvRow = (id: string) => `${id};action;1.0.0;accord-cadre-jeunes-2024;company-visit;2025-03-12;84;ML-069;hcr;`

const cases: ReadonlyArray<{
  readonly name: string
  readonly ext: "ndjson" | "csv"
  readonly bytes: Uint8Array
  readonly expect: { read: number; accepted: number; rejected: number; codes: ReadonlyArray<string> }
}> = [
  {
    name: "a NUL byte costs its own line",
    ext: "ndjson",
    bytes: bytes(designation("a"), "\n", designation("b", [0], "c"), "\n", designation("d"), "\n"),
    expect: { read: 3, accepted: 2, rejected: 1, codes: ["file.nul-byte"] }
  },
  {
    name: "a lone CR ends a line",
    ext: "ndjson",
    bytes: bytes(designation("a"), "\r", designation("b"), "\r", designation("c"), "\r"),
    expect: { read: 3, accepted: 3, rejected: 0, codes: [] }
  },
  {
    name: "a stray quote costs its own row",
    ext: "csv",
    bytes: bytes(`${csvHeader}\n${csvRow("a-1")}\n${csvRow('"a-2')}\n${csvRow("a-3")}\n${csvRow("a-4")}\n`),
    expect: { read: 4, accepted: 3, rejected: 1, codes: ["csv.quote"] }
  },
  {
    name: "a byte that is not UTF-8 after a UTF-8 café: the line is rejected, never read as Windows-1252",
    ext: "ndjson",
    bytes: bytes(designation("Chargée de mission café"), "\n", designation("Charg", [0xe9], "e"), "\n"),
    expect: { read: 2, accepted: 1, rejected: 1, codes: ["encoding.invalid-utf8"] }
  },
  {
    name: "Windows-1252 (no UTF-8 sequence, bytes above 127) is read as such, and said",
    ext: "ndjson",
    bytes: bytes(designation("Charg", [0xe9], "e"), "\n", designation("caf", [0xe9]), "\n"),
    expect: { read: 2, accepted: 2, rejected: 0, codes: ["encoding.windows-1252"] }
  }
]

interface JsonReport {
  valid: boolean
  stats: Record<string, number>
  files: Array<Record<string, unknown>>
  issues: Array<Record<string, unknown>>
}
// a report with its file's name taken out: what must not depend on how the bytes came
const anonymous = (report: JsonReport) => ({
  ...report,
  files: report.files.map(({ file: _, ...f }) => f),
  issues: report.issues.map(({ file: _, ...i }) => i)
})

describe("the same bytes give the same verdict from a file and from standard input", () => {
  it.each(cases)("$name", ({ ext, bytes: input, expect: expected }) => {
    const file = join(dir, `same.${ext}`)
    writeFileSync(file, input)
    const fromFile = built(["validate", file, "--format", "json", "--lang", "en"])
    const fromStdin = built(["validate", "-", "--format", "json", "--lang", "en"], { stdin: input })
    const a = JSON.parse(fromFile.out) as JsonReport
    const b = JSON.parse(fromStdin.out) as JsonReport
    expect(a.stats).toMatchObject({ read: expected.read, accepted: expected.accepted, rejected: expected.rejected })
    expect([...new Set(a.issues.map((i) => i.code))]).toEqual(expected.codes)
    expect(anonymous(b)).toEqual(anonymous(a))
    expect(fromStdin.code).toBe(fromFile.code)
  })

  it("reads the Windows-1252 file's letters as they were written", async () => {
    const file = join(dir, "cp1252.ndjson")
    const accepted = join(dir, "cp1252-accepted.ndjson")
    writeFileSync(file, bytes(designation("Charg", [0xe9], "e"), "\n"))
    await cli(["validate", file, "--accepted", accepted])
    expect(JSON.parse(readFileSync(accepted, "utf8")).role).toBe("Chargée")
  })
})

// --- the rejects file: one row per record, its text as read ---------------------------------------

describe("a rejects file that a steward can fix and send back", () => {
  it("round-trips a CSV file: fix the record column, validate the fixed records, accepted", () => {
    const input = join(dir, "mistakes.csv")
    const rejects = join(dir, "mistakes-rejects.csv")
    const bad = [
      // a region that does not exist, in a row whose list cell is quoted: quoting kept
      csvRow("b-1").replace(";84;", ";99;").replace(";ML-069;", ';"ML-069|ML-070";'),
      // a date written as no date, and an unknown branch: two problems, one row
      csvRow("b-2").replace(";2025-03-12;", ";12/13/2025;").replace(";hcr;", ";hrc;")
    ]
    writeFileSync(input, `${csvHeader}\r\n${csvRow("ok-1")}\r\n${bad[0]}\r\n${bad[1]}\r\n`)
    const first = built(["validate", input, "--rejects", rejects, "--format", "json"])
    expect(first.code).toBe(1)
    expect(JSON.parse(first.out).stats).toMatchObject({ read: 3, accepted: 1, rejected: 2 })
    const written = readFileSync(rejects, "utf8")
    // one row per rejected record, not one per problem, under the header
    expect(written.startsWith(`\uFEFF${Report.rejectsHeader("fr")}\r\n`)).toBe(true)
    expect(written.trimEnd().split("\r\n")).toHaveLength(3)
    expect(written).toContain("value.not-allowed")
    // the record's text exactly as read, quoting included
    const records = Report.rejectedRecords(written)
    expect(records).toEqual(bad)
    // the steward fixes the records in their column, and sends them back under the header
    const fixed = written.replace(";99;", ";84;").replace(";12/13/2025;", ";13/12/2025;").replace(";hrc;", ";hcr;")
    const back = join(dir, "mistakes-fixed.csv")
    writeFileSync(back, `${csvHeader}\r\n${Report.rejectedRecords(fixed).join("\r\n")}\r\n`)
    const second = built(["validate", back, "--format", "json"])
    expect(JSON.parse(second.out).stats).toMatchObject({ read: 2, accepted: 2, rejected: 0 })
    expect(second.code).toBe(0)
  })

  it("round-trips an NDJSON file, records over several chunks and a NUL byte included", async () => {
    const input = join(dir, "mistakes.ndjson")
    const rejects = join(dir, "mistakes-ndjson-rejects.csv")
    const lines = [
      JSON.stringify(action),
      JSON.stringify({ ...action, id: "=cmd|calc", region: "99" }),
      `${padded(600 * 1024).slice(0, -1)},"region":"99"}`.replace('"region":"84",', ""),
      text(designation("a", [0], "b"))
    ]
    writeFileSync(input, `${lines.join("\n")}\n`)
    const r = await cli(["validate", input, "--rejects", rejects, "--lang", "en"])
    expect(r.code).toBe(1)
    const written = readFileSync(rejects, "utf8")
    expect(written.startsWith(`\uFEFF${Report.rejectsHeader("en")}\r\n`)).toBe(true)
    const records = Report.rejectedRecords(written)
    expect(records).toEqual(lines.slice(1))
    const fixed = records.map((t) =>
      t.replace('"region":"99"', '"region":"84"').replace("a\u0000b", "ab").replace("=cmd|calc", "act-9")
    )
    const back = join(dir, "mistakes-fixed.ndjson")
    writeFileSync(back, `${fixed.join("\n")}\n`)
    const again = await cli(["validate", back, "--format", "json"])
    expect(JSON.parse(again.out).stats).toMatchObject({ read: 3, accepted: 3, rejected: 0 })
  })

  it("keeps the cells the tool writes safe in a spreadsheet (no formula)", () => {
    // a file whose name a spreadsheet would run as a formula
    writeFileSync(join(dir, "@SUM(1).ndjson"), `${JSON.stringify({ ...action, region: "=1+1" })}\n`)
    built(["validate", "@SUM(1).ndjson", "--rejects", "formula-rejects.csv"], { cwd: dir })
    const rows = Csv.parse(readFileSync(join(dir, "formula-rejects.csv"), "utf8").slice(1), ";").rows
    const cells = rows[1]?.cells ?? []
    expect(cells[0]).toBe("'@SUM(1).ndjson")
    // file, line, lines, codes, issues: none starts as a formula would
    expect(cells.slice(0, 5).every((c) => !/^[=+\-@]/u.test(c))).toBe(true)
  })
})

// --- outputs ---------------------------------------------------------------------------------------

describe("output files", () => {
  it("says before reading anything that an output cannot be written", async () => {
    const r = await cli(["validate", join(dir, "none.ndjson"), "--rejects", join(dir, "no", "such", "r.csv")])
    expect(r.code).toBe(2)
    expect(r.err).toBe(
      `Impossible d'écrire ${join(dir, "no", "such", "r.csv")} (--rejects) : le dossier n'existe pas [file.cannot-write]\n`
    )
    const en = await cli(["validate", "x.ndjson", "--accepted", dir, "--lang", "en"])
    expect(en.err).toMatch(/^Cannot write .* \(--accepted\): .* \[file\.cannot-write\]\n$/u)
  })

  it("leaves an output as it was, and no temporary file, when a command stops on an error", async () => {
    const rejects = join(dir, "kept.csv")
    writeFileSync(rejects, "before\n")
    const input = join(dir, "kept.ndjson")
    writeFileSync(input, `${JSON.stringify({ ...action, region: "99" })}\n`)
    const r = await cli(["validate", input, join(dir, "missing.ndjson"), "--rejects", rejects])
    expect(r.code).toBe(2)
    expect(readFileSync(rejects, "utf8")).toBe("before\n")
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([])
    expect(existsSync(rejects)).toBe(true)
  })
})
