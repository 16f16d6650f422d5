import { Assembly } from "@accord-jeunes/in-force"
import { Composition, Conformance } from "@accord-jeunes/plugin-sdk"
import { describe, expect, it } from "vitest"
import { avenant1 } from "../src/avenant.ts"
import { plugin } from "../src/plugin.ts"

const timeline = Assembly.assembleOrThrow({ acts: [avenant1] })
const before = Composition.asOf(timeline, "2025-12-31")
const after = Composition.asOf(timeline, "2026-01-01")

describe("amendment no. 1 (fictional): the cleaning branch joins", () => {
  it("the plugin passes the conformance kit", () => {
    expect(Conformance.passes(Conformance.check(plugin))).toBe(true)
  })
  it("pre#7: before 1 January 2026, three branches; from it, four", () => {
    expect(before.branches.map((b) => b.id)).toEqual(["commerce-de-gros", "hcr", "bois"])
    expect(after.branches.map((b) => b.id)).toEqual(["commerce-de-gros", "hcr", "bois", "proprete"])
  })
  it("a7#2: an outcome with IDCC 3043 belongs to no branch before, to the cleaning branch after", () => {
    expect(Composition.branchOfIdcc(before, "3043")).toBeUndefined()
    expect(Composition.branchOfIdcc(after, "3043")?.name.fr).toBe("Propreté (exemple fictif)")
  })
  it("a3.3#7: the branch's own action type is offered from the amendment's date", () => {
    expect(before.actionTypes.some((t) => t.id === "proprete:discovery-worksite")).toBe(false)
    const t = after.actionTypes.find((x) => x.id === "proprete:discovery-worksite")
    expect(t?.provenance.since.label.fr).toBe("avenant n°1")
  })
  it("a4#2: the branch's federation sits among the signatories, so on the national committee", () => {
    expect(after.signatories.map((s) => s.party)).toContain("branch:proprete")
    expect(after.governance.national.composition.some((s) => s.kind === "signatory-branches")).toBe(true)
  })
  it("a7#1: the agreement's term is unchanged by the amendment", () => {
    expect(after.lastDay).toBe(before.lastDay)
  })
})
