import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Catalogue, Diagnostic, ExchangeRecord, Participant, Siret } from "../src/index.js"
import { Examples } from "../src/testing.js"

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
      ...Examples.with("participant", { birthDate: "2006-02-30" }),
      nom: "Dupont"
    })
    const text = Result.isFailure(r) ? Diagnostic.format(r.failure, "en") + Diagnostic.format(r.failure, "fr") : ""
    expect(text).toContain("[date.nonexistent]")
    expect(text).not.toContain("2006-02-30")
    expect(text).not.toContain("Dupont")
  })
  it("carries the severity and clause of the code's definition, and records the code as raised", () => {
    const r = Diagnostic.decode(Participant.Participant)({ ...Examples.participant, email: "x" })
    expect(Result.isFailure(r) && r.failure[0]).toMatchObject({ severity: "error", clause: "a5#1" })
    expect(Catalogue.raisedCodes().has("personal-data.direct-identifier")).toBe(true)
  })
  it("turns a schema issue into diagnostics without the input too (a missing kind still gives one)", () => {
    const { kind: _, ...noKind } = Examples.participant
    const r = Schema.decodeUnknownResult(ExchangeRecord.ExchangeRecord)(noKind, { errors: "all" })
    const ds = Result.isFailure(r) ? Diagnostic.fromIssue(r.failure.issue) : []
    expect(ds.map((d) => `${Diagnostic.formatPath(d.path)} ${d.code}`)).toEqual(["$.kind field.missing"])
    const unknown = Schema.decodeUnknownResult(ExchangeRecord.ExchangeRecord)({ ...Examples.action, kind: "contract" })
    const us = Result.isFailure(unknown) ? Diagnostic.fromIssue(unknown.failure.issue) : []
    expect(us.map((d) => `${Diagnostic.formatPath(d.path)} ${d.code}`)).toEqual(["$.kind value.not-allowed"])
  })
  it("gives the project's one issue shape, the path as a JSON path", () => {
    const r = Diagnostic.decode(Schema.Struct({ siret: Siret.Siret }))({ siret: "73282932000075" })
    expect(Result.isFailure(r) && r.failure.map(Diagnostic.toIssue)).toEqual([
      {
        path: "$.siret",
        code: "siret.checksum",
        severity: "error",
        message: {
          fr: "Attendu : un SIRET dont la clé de contrôle est valide (Luhn, ou règle propre à La Poste)",
          en: "Expected a SIRET with a valid checksum (Luhn, or La Poste's own rule)"
        }
      }
    ])
  })
  it("names the expected values of a closed list", () => {
    const r = Diagnostic.decode(Schema.Literals(["cdi", "cdd"]))("interim")
    expect(Result.isFailure(r) && r.failure[0]?.message.en).toBe("Expected one of cdi, cdd")
  })
  it("reports a wrong type with the expected type in both languages", () => {
    const r = Diagnostic.decode(Schema.Struct({ n: Schema.Number }))({ n: "1" })
    expect(Result.isFailure(r) && r.failure[0]).toMatchObject({
      code: "type.invalid",
      message: { fr: "Attendu : un nombre", en: "Expected a number" }
    })
  })
})
