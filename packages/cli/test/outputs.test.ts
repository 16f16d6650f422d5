// Output files never replace the data they are made from, and a path that cannot be written is told
// before anything is read.
import { linkSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { describe, expect, it } from "vitest"
import { action, cli } from "./support.js"

const dir = () => mkdtempSync(join(tmpdir(), "outputs-"))
const data = `${JSON.stringify(action)}\n${JSON.stringify({ ...action, id: "act-2", region: "99" })}\n`

describe("an output that names an input", () => {
  it("validate --rejects and --accepted: refused before anything is read, the input left as it was", async () => {
    const d = dir()
    const input = join(d, "export.ndjson")
    writeFileSync(input, data)
    for (const option of ["--rejects", "--accepted"]) {
      const r = await cli(["validate", input, option, input])
      expect(r.code).toBe(2)
      expect(r.out).toBe("")
      expect(r.err).toContain(`${option} ${input} : c'est un des fichiers lus`)
      expect(r.err).toContain("[file.output-is-input]")
      expect(readFileSync(input, "utf8")).toBe(data)
    }
  })

  it("is the same file however its path is written: relative, or a hard link", async () => {
    const d = dir()
    const input = join(d, "export.ndjson")
    writeFileSync(input, data)
    const link = join(d, "lien.ndjson")
    linkSync(input, link)
    const r1 = await cli(["validate", input, "--rejects", relative(process.cwd(), input)])
    const r2 = await cli(["validate", input, "--rejects", link, "--lang", "en"])
    expect(r1.err).toContain("[file.output-is-input]")
    expect(r2.err).toContain("it is one of the files read and would be replaced; choose another name")
    expect(readFileSync(input, "utf8")).toBe(data)
  })

  it("report --output: refused for an input, in every format, a workbook included", async () => {
    const d = dir()
    const input = join(d, "suivi.ndjson")
    writeFileSync(input, data)
    for (const format of ["markdown", "xlsx"]) {
      const r = await cli(["report", input, "--format", format, "--output", input])
      expect(r.code).toBe(2)
      expect(r.err).toContain("[file.output-is-input]")
      expect(readFileSync(input, "utf8")).toBe(data)
    }
  })
})

describe("report --output that cannot be written", () => {
  it("is a usage error naming the option, told before the inputs are read", async () => {
    const d = dir()
    // the input does not exist: reading it would be a file.cannot-read error
    const r = await cli(["report", join(d, "absent.ndjson"), "--output", join(d, "no-such-folder", "r.md")])
    expect(r.code).toBe(2)
    expect(r.err).toContain("[file.cannot-write]")
    expect(r.err).not.toContain("file.cannot-read")
    const folder = await cli(["report", join(d, "absent.ndjson"), "--output", d])
    expect(folder.code).toBe(2)
    expect(folder.err).toContain("[file.cannot-write]")
  })

  it("leaves the file in place as it was when reading fails, and puts the report there when it does not", async () => {
    const d = dir()
    const out = join(d, "rapport.md")
    writeFileSync(out, "previous report\n")
    const failed = await cli(["report", join(d, "absent.ndjson"), "--output", out])
    expect(failed.code).toBe(2)
    expect(readFileSync(out, "utf8")).toBe("previous report\n")
    const input = join(d, "suivi.ndjson")
    writeFileSync(input, data)
    const done = await cli(["report", input, "--output", out, "--as-of", "2026-06-30"])
    expect(done.code).toBe(0)
    expect(readFileSync(out, "utf8")).toContain("|")
  })
})
