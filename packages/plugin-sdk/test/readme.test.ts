import { readFileSync } from "node:fs"
import { afterEach, describe, expect, it, vi } from "vitest"

// The README's example is examples/quick-start.ts, shown verbatim: it runs here, so it cannot rot.
describe("README example", () => {
  afterEach(() => vi.restoreAllMocks())
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
  it("is the example file, verbatim", () => {
    const example = readFileSync(new URL("../examples/quick-start.ts", import.meta.url), "utf8")
    expect(readme).toContain(example.trim())
  })
  it("prints what the README says it prints", async () => {
    const lines: Array<string> = []
    vi.spyOn(console, "log").mockImplementation((...args: Array<unknown>) => {
      lines.push(args.map(String).join(" "))
    })
    await import("../examples/quick-start.js")
    expect(lines.join("\n")).toBe(readme.split("It prints:\n\n```text\n")[1]?.split("\n```")[0])
  })
})
