// a5#1 by construction: the schemas say which fields are personal, every record kind refuses
// direct identifiers by name, and no message carries a personal value or a value of an unknown
// field.
import { describe, expect, it } from "vitest"
import { Annotations, Diagnostic, ExchangeRecord, Participant, PersonalData } from "../src/index.js"
import { Examples } from "../src/testing.js"
import { problems, refused } from "./support.js"

const identifiers: ReadonlyArray<string> = PersonalData.directIdentifierFields
// the fields that hold data, leaving out those that only exist to refuse a direct identifier
const ownPersonal = (kind: ExchangeRecord.Kind) => {
  const fields = ExchangeRecord.byKind[kind].fields as Readonly<
    Record<string, { readonly ast: { readonly _tag: string } }>
  >
  return PersonalData.personalFields(kind).filter((f) => fields[f]?.ast._tag !== "Never")
}

describe("personal fields, read from the schemas' annotations (a5#1)", () => {
  it.each([
    ["participant", ["ref", "birthDate", "residenceDepartement", "schemes", "rqth"]],
    ["participation", ["participant", "status", "startDate", "endDate"]],
    ["insertion-outcome", ["participant", "outcome", "startDate", "endDate"]],
    ["action", []],
    ["committee-meeting", []],
    ["referent-designation", ["name"]]
  ] as const)("a5#1: %s has the personal fields %j", (kind, fields) => {
    expect(ownPersonal(kind)).toEqual(fields)
  })
  it("a5#1: every kind also marks personal the direct-identifier fields it refuses", () => {
    for (const kind of ExchangeRecord.kinds)
      for (const field of identifiers)
        if (!(kind === "referent-designation" && field === "name"))
          expect(PersonalData.personalFields(kind), `${kind}.${field}`).toContain(field)
  })
  it("reads the annotation on the field, not on its type: a date is personal as a birth date only", () => {
    expect(Annotations.isPersonal(Participant.Participant.fields.birthDate)).toBe(true)
    expect(Annotations.isPersonal(ExchangeRecord.byKind.action.fields.startDate)).toBe(false)
    expect(Annotations.isPersonal(ExchangeRecord.byKind.participation.fields.startDate)).toBe(true)
    expect(Annotations.isPersonal(Participant.Participant.fields.missionLocale)).toBe(false)
  })
})

describe("direct identifiers are refused on every record kind (a5#1)", () => {
  it.each(ExchangeRecord.kinds)("a5#1: a %s carrying nom gets the personal-data code, not field.unexpected", (kind) => {
    const [d, ...rest] = refused(ExchangeRecord.byKind[kind], { ...Examples.byKind[kind], nom: "Dupont" })
    expect(rest).toEqual([])
    expect(d).toMatchObject({ path: ["nom"], code: "personal-data.direct-identifier", clause: "a5#1" })
    expect(d?.message.fr).toContain("clause a5#1")
  })
  it.each([
    "nom_de_naissance",
    "Nom de naissance",
    "NOM",
    "Prénom",
    "tel_portable",
    "TÉL. PORTABLE",
    "e-mail",
    "Adresse mail",
    "numero_secu",
    "Numéro de sécurité sociale"
  ])("a5#1: refuses the spreadsheet header %j on every kind", (header) => {
    for (const kind of ExchangeRecord.kinds)
      expect(problems(ExchangeRecord.byKind[kind], { ...Examples.byKind[kind], [header]: "x" }), kind).toEqual([
        `${Diagnostic.formatPath([header])} personal-data.direct-identifier`
      ])
  })
  it("a3#2: a referent designation names its referent (a professional), but no contact detail", () => {
    const named = { ...Examples.referentDesignation, name: "Camille Bernard" }
    expect(
      refused(ExchangeRecord.byKind["referent-designation"], { ...named, email: "c.bernard@example.fr" }).map(
        (d) => d.code
      )
    ).toEqual(["personal-data.direct-identifier"])
    expect(PersonalData.personalFields("referent-designation")).toContain("name")
  })
  it.each([
    ["Nom de naissance", true],
    ["nomDeNaissance", true],
    ["tel_portable", true],
    ["Courriel", true],
    ["NIR", true],
    ["birthDate", false],
    ["nomination", false],
    ["missionLocale", false],
    ["telework", false]
  ] as const)("knows %j as a direct identifier: %s", (name, expected) => {
    expect(PersonalData.isDirectIdentifierField(name)).toBe(expected)
  })
})

describe("values that look identifying", () => {
  it.each([
    "jeanne.dupont@example.fr",
    "contact: JEANNE@EXAMPLE.COM",
    "0601020304",
    "06 01 02 03 04",
    "06.01.02.03.04",
    "+33 6 01 02 03 04",
    "+33601020304",
    "0033 601020304",
    "1850775123456",
    "185077512345678",
    "2 85 07 2A 123 456 78"
  ])("looks identifying: %s", (value) => expect(PersonalData.looksIdentifying(value)).toBe(true))
  it.each([
    "73282932000074",
    "732829320",
    "2025-04-17",
    "ML-069-LYON",
    "p-7f3a9c2e",
    "RNCP38436",
    "G1803",
    "1979",
    "06 01",
    "12/03/2025",
    "company-visit"
  ])("does not look identifying: %s", (value) => expect(PersonalData.looksIdentifying(value)).toBe(false))
  // a check whose time grew with the square of the length took minutes on a few megabytes: these
  // finish within the test's default time only when the work is linear
  it("a5#1: long unknown values are read in linear time, with or without an address at their end", () => {
    const run = "a".repeat(4_000_000)
    expect(PersonalData.looksIdentifying(run)).toBe(false)
    expect(PersonalData.looksIdentifying(`${"a.".repeat(1_000_000)}b`)).toBe(false)
    expect(PersonalData.looksIdentifying(`${"a@".repeat(1_000_000)}b`)).toBe(false)
    expect(PersonalData.looksIdentifying(`${run} jeanne.dupont@example.fr`)).toBe(true)
    expect(PersonalData.looksIdentifying(`${"a ".repeat(1_000_000)}06 01 02 03 04`)).toBe(true)
  })
})

describe("messages never carry a personal value nor a value of an unknown field (a5#1)", () => {
  it("a5#1: a scheme period in the wrong order names its fields, never its dates", () => {
    const r = refused(Participant.Participant, {
      ...Examples.participant,
      schemes: [{ scheme: "cej", startDate: "2025-04-17", endDate: "2024-02-05" }]
    })
    expect(r.map((d) => d.message)).toEqual([
      { fr: "endDate ne peut pas précéder startDate", en: "endDate cannot be before startDate" }
    ])
  })

  // A seeded generator: the same records on every run, personal and unknown values in every position.
  const random = (() => {
    let seed = 12345
    return () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
  })()
  const token = () =>
    Array.from({ length: 10 }, () => "QWXZKJVPYqwxzkjvpy23456789"[Math.floor(random() * 26)] as string).join("")
  const secretValue = (): string => {
    const t = token()
    const shapes = [
      t,
      `${t}@example.fr`,
      `06${String(Math.floor(random() * 1e8)).padStart(8, "0")}`,
      `19${String(Math.floor(random() * 90) + 10)}-02-30`,
      ` ${t} `,
      `Jeanne ${t}`
    ]
    return shapes[Math.floor(random() * shapes.length)] as string
  }

  it("a5#1: 300 generated records of every kind: no value written in a personal or unknown field comes back", () => {
    for (let n = 0; n < 50; n++)
      for (const kind of ExchangeRecord.kinds) {
        const record: Record<string, unknown> = { ...Examples.byKind[kind] }
        const secrets: Array<string> = []
        const put = (field: string) => {
          const v = secretValue()
          secrets.push(v.trim())
          record[field] = v
        }
        for (const field of PersonalData.personalFields(kind)) if (random() < 0.5) put(field)
        put(`colonne_${token()}`) // an unknown field
        put(identifiers[Math.floor(random() * identifiers.length)] as string)
        if (kind === "participant") record.schemes = [{ scheme: "cej", startDate: "2025-04-17", endDate: "2024-02-05" }]
        const text = ["fr", "en"]
          .map((lang) =>
            Diagnostic.format(refused(ExchangeRecord.ExchangeRecord, record), lang as Diagnostic.Lang).replace(
              /^\$[^:]*:/gmu, // the paths name fields, which are not values
              ""
            )
          )
          .join("\n")
        for (const s of [...secrets, "2025-04-17", "2024-02-05"]) expect(text, `${kind}: ${s}`).not.toContain(s)
      }
  })
})
