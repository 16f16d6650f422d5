import { readFileSync } from "node:fs"
import { afterEach, describe, expect, it, vi } from "vitest"

// The README's example is examples/quick-start.ts, shown verbatim: it runs here, so it cannot rot.
describe("README example", () => {
  afterEach(() => vi.restoreAllMocks())
  it("is the example file, verbatim", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
    const example = readFileSync(new URL("../examples/quick-start.ts", import.meta.url), "utf8")
    expect(readme).toContain(example.trim())
  })
  it("prints what the README says it prints", async () => {
    const lines: Array<string> = []
    vi.spyOn(console, "log").mockImplementation((...args: Array<unknown>) => {
      lines.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "))
    })
    await import("../examples/quick-start.js")
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
    const shown = readme.split("It prints:\n\n```text\n")[1]?.split("\n```")[0]
    expect(lines.join("\n")).toBe(shown)
  })
})
