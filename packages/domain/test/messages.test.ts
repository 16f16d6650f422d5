// Messages that say what to write: the accepted values, the characters allowed, the fields
// expected; one issue for a record whose kind is missing; field and cross-field errors together.
import { spawnSync } from "node:child_process"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  Action,
  CalendarDate,
  Diagnostic,
  ExchangeRecord,
  Idcc,
  Identifier,
  InsertionOutcome,
  Participant,
  Participation,
  Territory
} from "../src/index.js"
import { Examples } from "../src/testing.js"
import { accepted, problems, refused } from "./support.js"

// "01 à 19, 2A" → ["01", ..., "19", "2A"]: what a reader of the message understands
const expand = (list: string, to: string): ReadonlyArray<string> =>
  list.split(", ").flatMap((part) => {
    const [from, until] = part.split(` ${to} `) as [string, string | undefined]
    if (until === undefined) return [from]
    return Array.from({ length: Number(until) - Number(from) + 1 }, (_, i) =>
      String(Number(from) + i).padStart(from.length, "0")
    )
  })

describe("a value outside a closed list: every accepted value is named", () => {
  it("lists every département code, in ranges a reader expands to exactly the official list", () => {
    const [d] = refused(Territory.DepartementCode, "99")
    expect(d?.code).toBe("value.not-allowed")
    const fr = (d?.message.fr ?? "").replace("Attendu : une des valeurs ", "")
    const en = (d?.message.en ?? "").replace("Expected one of ", "")
    const official = Territory.allDepartements.map((x) => x.code).sort()
    expect([...expand(fr, "à")].sort()).toEqual(official)
    expect([...expand(en, "to")].sort()).toEqual(official)
  })
  it("lists every outcome kind, by its code, and never the value written", () => {
    const [d] = refused(InsertionOutcome.InsertionOutcome, { ...Examples.insertionOutcome, outcome: "Intérim" })
    expect(d?.message.fr).toBe(
      "Attendu : une des valeurs cdi, cdd, temporary-work, apprenticeship, professionalisation-contract, training, civic-service, business-creation, age-limit"
    )
  })
  it("says which type is expected, every member of a union included", () => {
    expect(refused(Idcc.Idcc, true)[0]?.message).toEqual({
      fr: "Attendu : un texte ou un nombre",
      en: "Expected a string or a number"
    })
    expect(refused(Participant.Participant, { ...Examples.participant, schemaVersion: "0.9" })[0]?.message.fr).toBe(
      "Attendu : la valeur 1.0.0"
    )
  })
})

describe("a record's kind", () => {
  const kinds = "action, participation, participant, insertion-outcome, committee-meeting, referent-designation"
  it("a missing kind is one issue that lists the kinds, not one set per record type", () => {
    const { kind: _, ...noKind } = Examples.participant
    expect(refused(ExchangeRecord.ExchangeRecord, noKind)).toEqual([
      {
        path: ["kind"],
        code: "field.missing",
        severity: "error",
        message: {
          fr: `Champ obligatoire absent : indiquez une des valeurs ${kinds}`,
          en: `Required field is missing: give one of ${kinds}`
        }
      }
    ])
  })
  it("an unknown kind is one issue that lists the kinds", () => {
    expect(problems(ExchangeRecord.ExchangeRecord, { ...Examples.action, kind: "contract" })).toEqual([
      "$.kind value.not-allowed"
    ])
    expect(refused(ExchangeRecord.ExchangeRecord, { kind: "contract" })[0]?.message.en).toBe(`Expected one of ${kinds}`)
  })
  it("a value that is not a record is told so", () => {
    expect(problems(ExchangeRecord.ExchangeRecord, [1, 2])).toEqual(["$ type.invalid"])
  })
  it("a known kind reports the problems of that kind only", () => {
    expect(problems(ExchangeRecord.ExchangeRecord, { ...Examples.action, region: "99" })).toEqual([
      "$.region value.not-allowed"
    ])
  })
})

describe("identifiers with accented letters", () => {
  it.each(["ML-042-SAINT-ÉTIENNE", "ML-973-CAYENNE", "ml-2a-ajaccio", "ML.Île-de-France:Créteil", "ÇA-1", "Œuvre-1"])(
    "accepts the mission locale %s",
    (id) => {
      expect(accepted(Identifier.MissionLocaleId, id)).toBe(id)
      expect(accepted(Action.Action, { ...Examples.action, missionLocales: [id] }).missionLocales).toEqual([id])
    }
  )
  it.each([
    ["ML 042", "a space"],
    ["ML×042", "a multiplication sign"],
    ["-ML-042", "a hyphen first"],
    ["ML-042-SAINT-E\u0301TIENNE", "a decomposed accent"]
  ])("refuses %s (%s), saying exactly which characters are allowed", (id) => {
    const [d] = refused(Identifier.MissionLocaleId, id)
    expect(d?.code).toBe("record-id.format")
    expect(d?.message.fr).toBe(
      "Attendu : un identifiant de 1 à 128 caractères : lettres (accentuées comprises), chiffres, . _ : - (sans espace), commençant par une lettre ou un chiffre"
    )
  })
  const python = spawnSync("python3", ["--version"]).status === 0
  it.runIf(python)("the exported pattern means the same in Python's re", () => {
    const document = Schema.toJsonSchemaDocument(Identifier.MissionLocaleId)
    const pattern = document.definitions.MissionLocaleId?.pattern as string
    const cases = ["ML-042-SAINT-ÉTIENNE", "ML 042", "ML×042", "ÇA-1", "ML-042-SAINT-E\u0301TIENNE"]
    const out = spawnSync(
      "python3",
      [
        "-c",
        "import json,re,sys; p,c=json.load(sys.stdin); print(json.dumps([re.search(p,x) is not None for x in c]))"
      ],
      { input: JSON.stringify([pattern, cases]), encoding: "utf8" }
    )
    expect(JSON.parse(out.stdout)).toEqual(cases.map((c) => new RegExp(pattern, "u").test(c)))
    expect(JSON.parse(out.stdout)).toEqual([true, false, false, true, false])
  })
})

describe("field and cross-field errors of a record, together", () => {
  it("reports dates in the wrong order beside a bad field, naming the fields and not the dates", () => {
    const r = refused(Participation.Participation, {
      ...Examples.participation,
      status: "fini",
      startDate: "2025-04-17",
      endDate: "2025-04-02"
    })
    expect(r.map((d) => `${Diagnostic.formatPath(d.path)} ${d.code}`)).toEqual([
      "$.status value.not-allowed",
      "$.endDate period.end-before-start"
    ])
    expect(r[1]?.message).toEqual({
      fr: "endDate ne peut pas précéder startDate",
      en: "endDate cannot be before startDate"
    })
  })
  it("does not run a cross-field check on a field that is itself wrong", () => {
    expect(
      problems(Participation.Participation, {
        ...Examples.participation,
        startDate: "17/04/2025",
        endDate: "2025-04-02"
      })
    ).toEqual(["$.startDate date.format"])
    expect(problems(Action.Action, { ...Examples.action, region: "99", departement: "75" })).toEqual([
      "$.region value.not-allowed"
    ])
  })
  it("reports a contract without employer beside a bad ROME code", () => {
    expect(
      problems(InsertionOutcome.InsertionOutcome, {
        ...Examples.with("insertion-outcome", { employerSiret: undefined }),
        rome: "g1602"
      })
    ).toEqual(["$.rome rome.format", "$.employerSiret outcome.employer-missing"])
  })
})

describe("hints that say what to write", () => {
  it("a date says the one format the decoder accepts", () => {
    expect(refused(CalendarDate.CalendarDate, "1/9/25")[0]?.message).toEqual({
      fr: "Attendu : une date au format AAAA-MM-JJ (ex. 2024-09-16)",
      en: "Expected a date formatted as YYYY-MM-DD (e.g. 2024-09-16)"
    })
  })
  it("an unknown field lists the fields of the record", () => {
    expect(refused(Participant.Participant, { ...Examples.participant, birthdate: "2006-04-12" })[0]?.message.en).toBe(
      "Field not allowed by the schema; allowed fields: kind, schemaVersion, ref, birthDate, missionLocale, residenceDepartement, schemes, rqth"
    )
  })
  it("an empty list that needs an element says so", () => {
    expect(refused(Action.Action, { ...Examples.action, branches: [] })[0]).toMatchObject({
      path: ["branches", 0],
      code: "field.missing",
      message: { fr: "Élément obligatoire absent : la liste doit contenir au moins un élément" }
    })
  })
  it("a generic bound says its bound", () => {
    expect(refused(Action.Action, { ...Examples.action, participantCount: -3 }).map((d) => d.message.fr)).toEqual([
      "Attendu : un nombre supérieur ou égal à 0"
    ])
    expect(refused(Action.Action, { ...Examples.action, participantCount: 2.5 }).map((d) => d.message.en)).toEqual([
      "Expected an integer"
    ])
  })
  it("an action type written as its label gets the code's form, with an example", () => {
    expect(refused(Action.Action, { ...Examples.action, actionType: "Visites d'entreprises" })[0]?.message.en).toBe(
      "Expected a code of lower-case letters without accents (a to z), digits and hyphens, optionally namespaced (e.g. company-visit, branch:hcr)"
    )
  })
})
