// Checks a package's README example: it is the package's examples/quick-start.ts shown verbatim,
// and running it prints what the README says under "It prints:". Docs that cannot rot.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, describe, expect, it, vi } from "vitest"

export const testReadmeExample = (packageDir: string): void => {
  describe("README example", () => {
    afterEach(() => vi.restoreAllMocks())
    const readme = readFileSync(join(packageDir, "README.md"), "utf8")
    const file = join(packageDir, "examples/quick-start.ts")
    it("is examples/quick-start.ts, verbatim", () => {
      expect(readme).toContain(readFileSync(file, "utf8").trim())
    })
    it("prints what the README says it prints", async () => {
      const lines: Array<string> = []
      vi.spyOn(console, "log").mockImplementation((...args: Array<unknown>) => {
        lines.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "))
      })
      await import(/* @vite-ignore */ file)
      expect(lines.join("\n")).toBe(readme.split("It prints:\n\n```text\n")[1]?.split("\n```")[0])
    })
  })
}
