import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { CalendarDate, Certification, Clause, Idcc, Identifier, Rome, Siren, Siret, Text } from "../src/index.js"
import { accepted, problems, refused } from "./support.js"

describe("Siren", () => {
  it.each(["732829320", "356000000", "552100554"])("accepts %s (Luhn valid)", (s) => {
    expect(accepted(Siren.Siren, s)).toBe(s)
  })
  it.each([
    ["732829321", "$ siren.checksum"],
    ["73282932", "$ siren.format"],
    ["7328293200", "$ siren.format"],
    ["73282932A", "$ siren.format"]
  ])("refuses %s with %s", (s, expected) => {
    expect(problems(Siren.Siren, s)).toEqual([expected])
  })
  it("says in French and English what a SIREN must be", () => {
    const [d] = refused(Siren.Siren, "732829321")
    expect(d?.message.fr).toBe("Attendu : un SIREN dont la clé de contrôle (Luhn) est valide")
    expect(d?.message.en).toBe("Expected a SIREN with a valid Luhn checksum")
  })
})

describe("Siret", () => {
  // Cases from the project's domain facts: Luhn over 14 digits, La Poste's exception.
  it.each([
    ["73282932000074", "Luhn valid"],
    ["35600000009075", "La Poste: Luhn fails but the digit sum (35) is a multiple of 5"]
  ])("accepts %s (%s)", (s) => {
    expect(Siret.isValid(s)).toBe(true)
    expect(accepted(Siret.Siret, s)).toBe(s)
  })
  it.each([
    ["35600000009090", "$ siret.checksum"], // La Poste prefix, digit sum 32
    ["73282932000075", "$ siret.checksum"],
    ["7328293200007", "$ siret.format"],
    ["7328293200007A", "$ siret.format"],
    [" 73282932000074", "$ siret.format"]
  ])("refuses %s with %s", (s, expected) => {
    expect(problems(Siret.Siret, s)).toEqual([expected])
  })
  it("refuses a number: SIRETs are strings (leading zeros matter)", () => {
    expect(problems(Siret.Siret, 73282932000074)).toEqual(["$ type.invalid"])
  })
  it("applies the La Poste rule only to SIREN 356000000", () => {
    const notLaPoste = "12345678900005" // digit sum 50, a multiple of 5, but Luhn fails
    expect(Siret.hasValidChecksum(notLaPoste)).toBe(false)
  })
})

describe("Idcc", () => {
  it.each([
    ["158", "0158"],
    ["0158", "0158"],
    ["573", "0573"],
    ["1979", "1979"],
    [1979, "1979"],
    [158, "0158"]
  ])("reads %j as %s", (input, expected) => {
    expect(accepted(Idcc.Idcc, input)).toBe(expected)
  })
  it("treats 158 and 0158 as the same convention", () => {
    expect(Idcc.normalize("158")).toBe(Idcc.normalize("0158"))
  })
  it.each(["12345", "", "15a", "-158"])("refuses %j", (input) => {
    expect(problems(Idcc.Idcc, input)).toEqual(["$ idcc.format"])
  })
  it.each([10000, -1, 15.8])("refuses the number %j", (input) => {
    expect(refused(Idcc.Idcc, input).length).toBeGreaterThan(0)
  })
  it("encodes as four digits", () => {
    expect(Schema.encodeSync(Idcc.Idcc)(Idcc.normalize(158) as Idcc.Idcc)).toBe("0158")
  })
})

describe("Rome", () => {
  it.each(["G1803", "A1101", "N4101"])("accepts %s", (s) => expect(Rome.isValid(s)).toBe(true))
  it.each(["Z1803", "g1803", "G180", "G18031"])("refuses %s", (s) => {
    expect(problems(Rome.RomeCode, s)).toEqual(["$ rome.format"])
  })
})

describe("Certification", () => {
  it.each(["RNCP38436", "RS5678"])("accepts %s", (s) => expect(accepted(Certification.CertificationCode, s)).toBe(s))
  it.each(["RNCP", "rncp38436", "RS", "CQP12"])("refuses %s", (s) => {
    expect(refused(Certification.CertificationCode, s).map((d) => d.code)).toEqual(["rncp.format", "rs.format"])
  })
})

describe("CalendarDate", () => {
  it.each(["2024-09-16", "2024-02-29", "2000-02-29", "1999-12-31"])("accepts %s", (s) => {
    expect(accepted(CalendarDate.CalendarDate, s)).toBe(s)
  })
  it.each([
    ["2025-02-29", "$ date.nonexistent"],
    ["1900-02-29", "$ date.nonexistent"],
    ["2024-04-31", "$ date.nonexistent"],
    ["2024-13-01", "$ date.format"],
    ["16/09/2024", "$ date.format"],
    ["2024-09-16T00:00:00Z", "$ date.format"],
    ["2024-9-16", "$ date.format"]
  ])("refuses %s with %s", (s, expected) => {
    expect(problems(CalendarDate.CalendarDate, s)).toEqual([expected])
  })
  it("agrees with the Gregorian calendar of Date.UTC on every day-of-month string of 1896-2104 and 0000", () => {
    const is = Schema.is(CalendarDate.CalendarDate)
    const pad = (n: number, w: number) => String(n).padStart(w, "0")
    const years = [0, ...Array.from({ length: 209 }, (_, i) => 1896 + i)]
    let disagreements = 0
    for (const y of years)
      for (let m = 1; m <= 12; m++)
        for (let day = 1; day <= 31; day++) {
          const t = new Date(0)
          t.setUTCFullYear(y, m - 1, day)
          const exists = t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === day
          if (is(`${pad(y, 4)}-${pad(m, 2)}-${pad(day, 2)}`) !== exists) disagreements++
        }
    expect(disagreements).toBe(0)
  })
  it("compares and gives the year", () => {
    const a = CalendarDate.make("2024-09-16")
    const b = CalendarDate.make("2027-09-15")
    expect(CalendarDate.compare(a, b)).toBeLessThan(0)
    expect(CalendarDate.year(b)).toBe(2027)
  })
})

describe("identifiers", () => {
  it.each(["hcr", "branch:hcr", "hcr:sas-cuisine", "dreets:84"])("accepts the slug %s", (s) => {
    expect(accepted(Identifier.Slug, s)).toBe(s)
  })
  it.each(["HCR", "branch hcr", "-hcr", "hcr-", "hcr::x", ""])("refuses the slug %j", (s) => {
    expect(problems(Identifier.Slug, s)).toEqual(["$ id.format"])
  })
  it("gives the namespace of a namespaced id", () => {
    expect(Identifier.namespaceOf("hcr:sas-cuisine")).toBe("hcr")
    expect(Identifier.namespaceOf("company-visit")).toBeUndefined()
  })
  it.each(["a4#3", "a3.1#2", "pre#1", "par#9", "sig#4"])("accepts the clause id %s", (s) => {
    expect(accepted(Clause.ClauseId, s)).toBe(s)
  })
  it.each(["a4#0", "a4", "A4#3", "a3-1#2", "art4#1"])("refuses the clause id %s", (s) => {
    expect(problems(Clause.ClauseId, s)).toEqual(["$ clause-id.format"])
  })
  it.each([
    ["a3.1#2", "Article 3.1"],
    ["a7#4", "Article 7"],
    ["pre#6", "Préambule"],
    ["par#2", "Les partenaires"],
    ["sig#1", "Signature"]
  ])("places %s in %s", (id, article) => expect(Clause.articleOf(id)).toBe(article))
})

describe("texts", () => {
  it("accepts a French and English pair", () => {
    expect(accepted(Text.LocalizedText, { fr: "Visites d'entreprises", en: "Company visits" }).fr).toBe(
      "Visites d'entreprises"
    )
  })
  it("refuses a missing language and untrimmed text, at their fields", () => {
    expect(problems(Text.LocalizedText, { fr: " Visites" })).toEqual([
      "$.fr text.empty-or-untrimmed",
      "$.en field.missing"
    ])
  })
})

describe("CalendarDate arithmetic", () => {
  const d = CalendarDate.make
  it.each([
    ["2024-09-16", 3, "2027-09-16"],
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2023-03-01", -1, "2022-03-01"]
  ] as const)("%s + %i years = %s", (from, n, to) => expect(CalendarDate.addYears(d(from), n)).toBe(to))
  it.each([
    ["2024-11-30", 3, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2024-12-15", 1, "2025-01-15"],
    ["2025-01-15", -1, "2024-12-15"],
    ["2024-05-31", -3, "2024-02-29"]
  ] as const)("%s + %i months = %s", (from, n, to) => expect(CalendarDate.addMonths(d(from), n)).toBe(to))
  it.each([
    ["2027-09-16", -1, "2027-09-15"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-12-31", 1, "2025-01-01"]
  ] as const)("%s + %i days = %s", (from, n, to) => expect(CalendarDate.addDays(d(from), n)).toBe(to))
  it("always gives a valid calendar date", () => {
    for (let m = -30; m <= 30; m++)
      expect(CalendarDate.isValidDate(CalendarDate.addMonths(d("2024-01-31"), m))).toBe(true)
  })
})
