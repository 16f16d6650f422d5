import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  Action,
  CommitteeMeeting,
  ExchangeRecord,
  InsertionOutcome,
  Participant,
  Participation,
  PersonalData,
  ReferentDesignation
} from "../src/index.js"
import { Examples } from "../src/testing.js"
import { accepted, problems, refused } from "./support.js"

// the shared example records (one per kind), as every package's tests use them
const participant = Examples.participant
const action = Examples.action
const participation = Examples.participation
const outcome = Examples.with("insertion-outcome", { outcome: "cdd", endDate: "2025-12-31" })
const meeting = Examples.committeeMeeting
const designation = Examples.referentDesignation

describe("participant (a5#1: pseudonymous only)", () => {
  it("accepts a pseudonymous participant", () => {
    expect(accepted(Participant.Participant, participant).ref).toBe("p-7f3a9c2e")
  })
  it.each(["lastName", "firstName", "nom", "prenom", "email", "courriel", "phone", "telephone", "nir", "address"])(
    "a5#1: refuses the direct identifier %s, citing the clause in French and English",
    (field) => {
      const [d, ...rest] = refused(Participant.Participant, { ...participant, [field]: "Dupont" })
      expect(rest).toEqual([])
      expect(d?.code).toBe("personal-data.direct-identifier")
      expect(d?.path).toEqual([field])
      expect(d?.message.fr).toContain("clause a5#1")
      expect(d?.message.en).toContain("clause a5#1")
    }
  )
  it("a5#1: every direct-identifier field is refused in participations and outcomes too", () => {
    for (const field of PersonalData.directIdentifierFields) {
      expect(problems(Participation.Participation, { ...participation, [field]: "x" })).toEqual([
        `${field.match(/^[A-Za-z_$][\w$]*$/u) ? `$.${field}` : `$[${JSON.stringify(field)}]`} personal-data.direct-identifier`
      ])
      expect(problems(InsertionOutcome.InsertionOutcome, { ...outcome, [field]: "x" }).length).toBe(1)
    }
  })
  it.each([
    ["0612345678", "participant-ref.digits-only"],
    ["1850775123456", "participant-ref.digits-only"],
    ["jeanne.dupont@example.fr", "participant-ref.format"],
    ["Jeanne Dupont", "participant-ref.format"],
    ["p1", "participant-ref.format"]
  ])("a5#1: refuses %s as a pseudonymous reference (%s)", (ref, code) => {
    expect(refused(Participant.Participant, { ...participant, ref }).map((d) => d.code)).toEqual([code])
  })
  it("refuses an unknown field rather than dropping it silently", () => {
    expect(problems(Participant.Participant, { ...participant, comment: "x" })).toEqual(["$.comment field.unexpected"])
  })
  it("refuses a scheme period that ends before it starts", () => {
    expect(
      problems(Participant.Participant, {
        ...participant,
        schemes: [{ scheme: "cej", startDate: "2025-05-01", endDate: "2025-04-01" }]
      })
    ).toEqual(["$.schemes[0].endDate period.end-before-start"])
  })
  it("refuses a record without its schema version", () => {
    const { schemaVersion: _, ...rest } = participant
    expect(problems(Participant.Participant, rest)).toEqual(["$.schemaVersion field.missing"])
    expect(problems(Participant.Participant, { ...participant, schemaVersion: "0.9" })).toEqual([
      "$.schemaVersion type.invalid"
    ])
  })
})

describe("action", () => {
  it("accepts an action carried out", () => {
    expect(accepted(Action.Action, action).region).toBe("84")
  })
  it("refuses a département outside the action's region, naming both", () => {
    const [d] = refused(Action.Action, { ...action, departement: "75" })
    expect(d?.code).toBe("territory.departement-outside-region")
    expect(d?.message.fr).toBe("Le département 75 (Paris) n'appartient pas à la région 84 : il est dans la région 11")
  })
  it("refuses an end date before the start date", () => {
    expect(problems(Action.Action, { ...action, endDate: "2025-03-11" })).toEqual(["$.endDate period.end-before-start"])
  })
  it("reports every bad field at once, with its path", () => {
    expect(
      problems(Action.Action, {
        ...action,
        region: "99",
        companies: ["73282932000074", "73282932000075"],
        branches: []
      })
    ).toEqual(["$.region value.not-allowed", "$.branches[0] field.missing", "$.companies[1] siret.checksum"])
  })
})

describe("insertion outcome (a4#4)", () => {
  it("accepts a CDD with its employer and normalises the IDCC", () => {
    expect(accepted(InsertionOutcome.InsertionOutcome, { ...outcome, idcc: "158" }).idcc).toBe("0158")
  })
  it.each(["cdi", "cdd", "temporary-work", "apprenticeship", "professionalisation-contract"] as const)(
    "a4#4: a %s must name its employer",
    (kind) => {
      const { employerSiret: _, ...rest } = outcome
      expect(problems(InsertionOutcome.InsertionOutcome, { ...rest, outcome: kind })).toEqual([
        "$.employerSiret outcome.employer-missing"
      ])
    }
  )
  it.each(["training", "civic-service", "business-creation", "age-limit"] as const)(
    "accepts %s without an employer",
    (kind) => {
      const { employerSiret: _, idcc: __, rome: ___, ...rest } = outcome
      expect(accepted(InsertionOutcome.InsertionOutcome, { ...rest, outcome: kind }).outcome).toBe(kind)
    }
  )
  it("a4#4: tells work-study contracts apart for the tracking table", () => {
    expect(InsertionOutcome.isWorkStudy("apprenticeship")).toBe(true)
    expect(InsertionOutcome.isWorkStudy("professionalisation-contract")).toBe(true)
    expect(InsertionOutcome.isWorkStudy("cdd")).toBe(false)
    expect(InsertionOutcome.isContract("training")).toBe(false)
  })
})

describe("committee meeting and referent designation", () => {
  it("accepts a national committee meeting", () => {
    expect(accepted(CommitteeMeeting.CommitteeMeeting, meeting).body.level).toBe("national")
  })
  it("a4.1#2: a regional meeting names its region", () => {
    expect(problems(CommitteeMeeting.CommitteeMeeting, { ...meeting, body: { level: "regional" } })).toEqual([
      "$.body.region field.missing"
    ])
  })
  it("refuses a party listed twice in attendance", () => {
    expect(
      problems(CommitteeMeeting.CommitteeMeeting, {
        ...meeting,
        attendance: [...meeting.attendance, { party: "state", present: false }]
      })
    ).toEqual(["$.attendance[6] id.duplicate"])
  })
  it("a3#2: accepts a regional referent designation", () => {
    expect(accepted(ReferentDesignation.ReferentDesignation, designation).region).toBe("84")
  })
  it("a4.1#1: a regional referent needs a region, a national one has none", () => {
    const { region: _, ...noRegion } = designation
    expect(problems(ReferentDesignation.ReferentDesignation, noRegion)).toEqual(["$.region referent.region-missing"])
    expect(problems(ReferentDesignation.ReferentDesignation, { ...designation, level: "national" })).toEqual([
      "$.region referent.region-on-national"
    ])
  })
})

describe("any exchange record", () => {
  it.each([participant, action, participation, outcome, meeting, designation])("decodes a $kind by its kind", (r) => {
    expect(accepted(ExchangeRecord.ExchangeRecord, r).kind).toBe(r.kind)
  })
  it("covers every record kind", () => {
    expect([...ExchangeRecord.kinds].sort()).toEqual(
      [participant, action, participation, outcome, meeting, designation].map((r) => r.kind).sort()
    )
  })
  it("refuses an unknown kind", () => {
    expect(refused(ExchangeRecord.ExchangeRecord, { kind: "contract" }).length).toBeGreaterThan(0)
  })
  it("encodes back to the JSON it was read from", () => {
    const decoded = Schema.decodeUnknownSync(ExchangeRecord.ExchangeRecord)(outcome)
    expect(Schema.encodeSync(ExchangeRecord.ExchangeRecord)(decoded)).toEqual(outcome)
  })
})
