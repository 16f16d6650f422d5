import { Diagnostic, ExchangeRecord } from "@accord-jeunes/domain"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { lines } from "../bench/synthetic.ts"

describe("synthetic national data", () => {
  const sample = [...lines({ people: 300, seed: 7 })]
  it("every generated record validates against the record schemas", () => {
    const refused = sample
      .map((l, i) => [i, Diagnostic.decode(ExchangeRecord.ExchangeRecord)(JSON.parse(l))] as const)
      .filter(([, r]) => Result.isFailure(r))
      .map(([i, r]) => `${i}: ${Result.isFailure(r) ? Diagnostic.format(r.failure, "en") : ""}`)
    expect(refused).toEqual([])
  })
  it("is deterministic for a seed and differs between seeds", () => {
    expect([...lines({ people: 300, seed: 7 })]).toEqual(sample)
    expect([...lines({ people: 300, seed: 8 })]).not.toEqual(sample)
  })
  it("gives actions first, then each young person's records together", () => {
    const kinds = sample.map((l) => (JSON.parse(l) as { kind: string }).kind)
    const firstPerson = kinds.indexOf("participant")
    expect(kinds.slice(0, firstPerson).every((k) => k === "action")).toBe(true)
    expect(kinds.slice(firstPerson).includes("action")).toBe(false)
  })
})
