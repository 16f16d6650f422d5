// The example records of `@accord-jeunes/domain/testing`: each valid, all consistent with one
// another and with the 2024 agreement, and variants that never change the examples.
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Agreement, agreement2024, ExchangeRecord, Party } from "../src/index.js"
import { Examples } from "../src/testing.js"
import { accepted } from "./support.js"

const decode = (record: unknown) => accepted(ExchangeRecord.ExchangeRecord, record)

describe("one example record per kind", () => {
  it("gives a record of each kind, in the order a file gives them", () => {
    expect(Examples.records.map((r) => r.kind)).toEqual([...ExchangeRecord.kinds].sort(byFileOrder))
    expect(Object.keys(Examples.byKind).sort()).toEqual([...ExchangeRecord.kinds].sort())
  })
  it.each(ExchangeRecord.kinds)("the %s example is valid, with no field the schema does not know", (kind) => {
    const record = Examples.byKind[kind]
    expect(() =>
      Schema.decodeUnknownSync(ExchangeRecord.byKind[kind])(record, { onExcessProperty: "error", errors: "all" })
    ).not.toThrow()
    // the encoded form is the JSON form: decoding then encoding gives it back
    expect(Schema.encodeSync(ExchangeRecord.ExchangeRecord)(decode(record))).toEqual(record)
  })
})

describe("consistent with one another and with the agreement", () => {
  const action = Examples.action
  const participant = Examples.participant
  const participation = Examples.participation
  const outcome = Examples.insertionOutcome
  it("the participation links the participant to the action, on the action's day", () => {
    expect([participation.participant, participation.action]).toEqual([participant.ref, action.id])
    expect(participation.startDate).toBe(action.startDate)
    expect(participant.missionLocale).toBe(action.missionLocales[0])
  })
  it("pre#2: the young person is between 16 and 25 révolus on the day of the action, in a CEJ that day", () => {
    const [born, on] = [participant.birthDate, action.startDate]
    const age = Number(on.slice(0, 4)) - Number(born.slice(0, 4)) - (on.slice(5) < born.slice(5) ? 1 : 0)
    expect(age).toBeGreaterThanOrEqual(16)
    expect(age).toBeLessThanOrEqual(25)
    expect(participant.schemes?.[0]?.scheme).toBe("cej")
    expect((participant.schemes?.[0]?.startDate ?? "") <= action.startDate).toBe(true)
  })
  it("a4#4: the outcome is a contract with its employer, started after the action it is linked to", () => {
    expect(outcome.participant).toBe(participant.ref)
    expect(outcome.actions).toEqual([action.id])
    expect(outcome.startDate > action.startDate).toBe(true)
    expect(outcome.employerSiret).toBeDefined()
  })
  it("a3.3#7, pre#6: the action's type and branch are the 2024 agreement's, and so is the outcome's IDCC", () => {
    expect(agreement2024.actionTypes.map((t) => t.id)).toContain(action.actionType)
    const hcr = Agreement.branchesOf(agreement2024).find((b) => b.id === action.branches[0])
    expect(hcr && Party.idccsOf(hcr)).toContain(outcome.idcc)
  })
  it("a4#2, a3#2: the meeting and the designation are of parties of the 2024 agreement", () => {
    const parties = agreement2024.parties.map((p) => (p.kind === "branch" ? p.partyId : p.id))
    expect(Examples.committeeMeeting.attendance.map((a) => a.party)).toEqual(parties)
    expect(parties).toContain(Examples.referentDesignation.party)
    for (const r of [Examples.action, Examples.committeeMeeting, Examples.referentDesignation])
      expect(r.agreement).toBe(agreement2024.id)
  })
  it("a5#1: no example carries a name or a contact detail", () => {
    expect(JSON.stringify(Examples.records)).not.toMatch(/"(?:name|nom|prenom|email|phone|nir)"/u)
  })
})

describe("variants", () => {
  it("sets fields, removes those set to undefined and adds those the schema does not know", () => {
    const v = Examples.with("participant", { ref: "p-0002", birthDate: undefined, commentaire: "à revoir" })
    expect(v.ref).toBe("p-0002")
    expect("birthDate" in v).toBe(false)
    expect((v as Record<string, unknown>).commentaire).toBe("à revoir")
    expect(v.missionLocale).toBe(Examples.participant.missionLocale)
  })
  it("a5#1: a field the schema refuses whatever its value can be added, to test that it is refused", () => {
    const named = Examples.with("participant", { nom: "Exemple" })
    expect((named as Record<string, unknown>).nom).toBe("Exemple")
    expect(Schema.is(ExchangeRecord.ExchangeRecord)(named)).toBe(false)
  })
  it("never changes the examples: each read and each variant is a fresh copy", () => {
    const a = Examples.action
    ;(a.branches as unknown as Array<string>).push("bois")
    const v = Examples.with("action", { branches: ["bois"] })
    ;(v.branches as unknown as Array<string>).push("hcr")
    expect(Examples.action.branches).toEqual(["hcr"])
  })
  it("a variant can be made invalid on purpose, to test a refusal", () => {
    const late = Examples.with("participation", { endDate: "2025-01-01" })
    expect(Schema.is(ExchangeRecord.ExchangeRecord)(late)).toBe(false)
  })
})

// actions first, then the young person's records, then governance records
function byFileOrder(a: string, b: string): number {
  const order = [
    "action",
    "participant",
    "participation",
    "insertion-outcome",
    "committee-meeting",
    "referent-designation"
  ]
  return order.indexOf(a) - order.indexOf(b)
}
