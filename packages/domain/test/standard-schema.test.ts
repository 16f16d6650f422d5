import { describe, expect, it } from "vitest"
import { ExchangeRecord, StandardSchema } from "../src/index.js"

describe("Standard Schema v1", () => {
  it("exists for every record kind", () => {
    expect(Object.keys(StandardSchema.records).sort()).toEqual([...ExchangeRecord.kinds].sort())
    for (const s of Object.values(StandardSchema.records)) {
      expect(s["~standard"].version).toBe(1)
      expect(s["~standard"].vendor).toBe("accord-jeunes")
    }
  })
  it("gives the decoded value of a valid record", () => {
    const r = StandardSchema.records["insertion-outcome"]["~standard"].validate({
      kind: "insertion-outcome",
      schemaVersion: "1.0.0",
      id: "out-1",
      participant: "p-7f3a9c2e",
      outcome: "training",
      startDate: "2025-04-01",
      idcc: "158",
      actions: []
    })
    expect("value" in r && r.value.idcc).toBe("0158")
  })
  it("a5#1: lists every issue with its path and a message in the language asked for", () => {
    const input = {
      kind: "participant",
      schemaVersion: "1.0.0",
      ref: "0612345678",
      birthDate: "2006-02-30",
      missionLocale: "ML-1",
      email: "x"
    }
    const fr = StandardSchema.records.participant["~standard"].validate(input)
    const en = StandardSchema.recordsEn.participant["~standard"].validate(input)
    expect(fr.issues?.map((i) => i.path.join("."))).toEqual(["ref", "birthDate", "email"])
    expect(fr.issues?.[2]?.message).toContain("clause a5#1")
    expect(en.issues?.[1]?.message).toBe("Expected a date that exists in the calendar [date.nonexistent]")
  })
})
