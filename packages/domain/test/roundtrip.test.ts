import { Arbitrary, Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  Action,
  Amendment,
  CalendarDate,
  Certification,
  Clause,
  CommitteeMeeting,
  Idcc,
  InsertionOutcome,
  Participant,
  Participation,
  Party,
  PersonalData,
  ReferentDesignation,
  Rome,
  Siren,
  Siret,
  Territory
} from "../src/index.js"

// Every schema round-trips: a value of its decoded type, encoded then decoded, is the same
// value. Values come from effect's own generator (effect 4.1 has no fast-check bridge).
const schemas: ReadonlyArray<readonly [string, Schema.Codec<unknown, unknown>]> = [
  ["CalendarDate", CalendarDate.CalendarDate],
  ["Siren", Siren.Siren],
  ["Siret", Siret.Siret],
  ["Idcc", Idcc.Idcc],
  ["RomeCode", Rome.RomeCode],
  ["CertificationCode", Certification.CertificationCode],
  ["RegionCode", Territory.RegionCode],
  ["DepartementCode", Territory.DepartementCode],
  ["ClauseId", Clause.ClauseId],
  ["ParticipantRef", PersonalData.ParticipantRef],
  ["Participant", Participant.Participant],
  ["Participation", Participation.Participation],
  ["Action", Action.Action],
  ["InsertionOutcome", InsertionOutcome.InsertionOutcome],
  ["CommitteeMeeting", CommitteeMeeting.CommitteeMeeting],
  ["ReferentDesignation", ReferentDesignation.ReferentDesignation],
  ["AmendmentOperation", Amendment.Operation]
] as never

describe("round trip (property)", () => {
  for (const [name, schema] of schemas) {
    it(`${name}: decode(encode(x)) equals x`, () => {
      const equals = Schema.toEquivalence(schema)
      const encode = Schema.encodeSync(schema)
      const decode = Schema.decodeUnknownSync(schema)
      const result = Effect.runSync(
        Arbitrary.checkEffect(Arbitrary.schema(schema), (x) => equals(decode(encode(x)), x), {
          runs: 100,
          seed: 20240916,
          maxDiscards: 20000
        })
      )
      expect(Arbitrary.formatCheckFailure(result)).toBeUndefined()
    })
  }
})

describe("round trip of dated acts (property, dates generated in order)", () => {
  // The effective date of an act is never before its signature: generate the two dates and
  // order them, rather than discarding most random pairs.
  const orderedDates = Arbitrary.all([
    Arbitrary.schema(CalendarDate.CalendarDate),
    Arbitrary.schema(CalendarDate.CalendarDate)
  ]).pipe(Arbitrary.map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const))))

  it("Amendment: decode(encode(x)) equals x", () => {
    const arb = Arbitrary.all({
      dates: orderedDates,
      number: Arbitrary.schema(Amendment.Amendment.fields.number),
      signatories: Arbitrary.schema(Schema.NonEmptyArray(Party.Signatory)),
      operation: Arbitrary.schema(Amendment.Operation)
    }).pipe(
      Arbitrary.map(
        ({ dates: [signatureDate, effectiveDate], number, signatories, operation }): Amendment.Amendment => ({
          kind: "amendment",
          agreement: "accord-cadre-jeunes-2024",
          number,
          title: { fr: "Avenant", en: "Amendment" },
          signatureDate,
          effectiveDate,
          signatories,
          operations: [operation]
        })
      )
    )
    const schema = Amendment.Amendment
    const equals = Schema.toEquivalence(schema)
    const result = Effect.runSync(
      Arbitrary.checkEffect(arb, (x) => equals(Schema.decodeUnknownSync(schema)(Schema.encodeSync(schema)(x)), x), {
        runs: 50,
        seed: 20240916,
        maxDiscards: 20000
      })
    )
    expect(Arbitrary.formatCheckFailure(result)).toBeUndefined()
  })
})
