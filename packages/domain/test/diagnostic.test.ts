import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Diagnostic, Participant, Siret } from "../src/index.js"

describe("Diagnostic", () => {
  it("formats paths as JSON paths", () => {
    expect(Diagnostic.formatPath([])).toBe("$")
    expect(Diagnostic.formatPath(["companies", 1, "siret"])).toBe("$.companies[1].siret")
    expect(Diagnostic.formatPath(["prénom"])).toBe('$["prénom"]')
  })
  it("formats one line per problem, in French by default and in English on request", () => {
    const r = Diagnostic.decode(Schema.Struct({ siret: Siret.Siret }))({ siret: "73282932000075" })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(Diagnostic.format(r.failure)).toBe(
        "$.siret: Attendu : un SIRET dont la clé de contrôle est valide (Luhn, ou règle propre à La Poste) [siret.checksum]"
      )
      expect(Diagnostic.format(r.failure, "en")).toBe(
        "$.siret: Expected a SIRET with a valid checksum (Luhn, or La Poste's own rule) [siret.checksum]"
      )
    }
  })
  it("never repeats the offending value of a personal field", () => {
    const r = Diagnostic.decode(Participant.Participant)({
      kind: "participant",
      schemaVersion: "1.0.0",
      ref: "p-1234",
      birthDate: "2006-02-30",
      missionLocale: "ML-1",
      nom: "Dupont"
    })
    const text = Result.isFailure(r) ? Diagnostic.format(r.failure, "en") + Diagnostic.format(r.failure, "fr") : ""
    expect(text).toContain("[date.nonexistent]")
    expect(text).not.toContain("2006-02-30")
    expect(text).not.toContain("Dupont")
  })
  it("names the expected values of a closed list", () => {
    const r = Diagnostic.decode(Schema.Literals(["cdi", "cdd"]))("interim")
    expect(Result.isFailure(r) && r.failure[0]?.message.en).toBe('Expected one of "cdi", "cdd"')
  })
  it("reports a wrong type with the expected type in both languages", () => {
    const r = Diagnostic.decode(Schema.Struct({ n: Schema.Number }))({ n: "1" })
    expect(Result.isFailure(r) && r.failure[0]).toMatchObject({
      code: "type.invalid",
      message: { fr: "Attendu : un nombre", en: "Expected a number" }
    })
  })
})
