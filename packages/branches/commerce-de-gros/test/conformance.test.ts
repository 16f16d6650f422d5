import { readFileSync } from "node:fs"
import { agreement2024 } from "@accord-jeunes/domain"
import { Composition } from "@accord-jeunes/plugin-sdk"
import { testBranchPlugin } from "@accord-jeunes/plugin-sdk/testing"
import { describe, expect, it } from "vitest"
import { plugin } from "../src/index.js"

testBranchPlugin(plugin)

describe("the plugin's metadata", () => {
  it("carries the package's version (kept in step at release by scripts/sync-versions.ts)", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
    expect(plugin.input.meta.version).toBe(pkg.version)
  })
})

describe("commerce-de-gros in the agreement", () => {
  const inForce = Composition.asOf(
    Composition.composeOrThrow({ base: agreement2024, founding: [plugin] }),
    "2024-09-16"
  )
  it("pre#6: is a founding branch from the signature, completed by this plugin", () => {
    const branch = inForce.branches.find((b) => b.id === "commerce-de-gros")
    expect(branch?.provenance.since.kind).toBe("agreement")
    expect(branch?.provenance.plugin).toBe(`plugin @accord-jeunes/branch-commerce-de-gros@${plugin.input.meta.version}`)
  })
  it("pre#6: its collective agreements resolve to it", () => {
    for (const c of plugin.input.conventions)
      expect(Composition.branchOfIdcc(inForce, String(c.idcc).padStart(4, "0"))?.id).toBe("commerce-de-gros")
  })
  it("pre#6: commits to engaging its member companies' professionals", () => {
    expect(inForce.commitments.find((c) => c.id === "commerce-de-gros:member-professionals")?.clauses).toEqual([
      "pre#6"
    ])
  })
  it("a3.3#6: leaves the non-public annex 1 figures out", () => {
    expect(plugin.input.commitments.every((c) => c.targets === undefined)).toBe(true)
    expect(plugin.input.notes?.en).toContain("annex 1")
  })
})
