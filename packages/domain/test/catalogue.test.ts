import { Schema, SchemaGetter } from "effect"
import { describe, expect, it } from "vitest"
import {
  Action,
  Agreement,
  Amendment,
  agreement2024,
  Catalogue,
  Certification,
  Clause,
  Codes,
  CommitteeMeeting,
  Diagnostic,
  Idcc,
  Identifier,
  InsertionOutcome,
  Participant,
  Participation,
  Party,
  ReferentDesignation,
  Rome,
  Siren,
  Siret,
  Text
} from "../src/index.js"
import { Examples } from "../src/testing.js"
import { refused } from "./support.js"

const encodedAgreement = Schema.encodeSync(Agreement.Agreement)(agreement2024)
type EncodedAgreement = typeof encodedAgreement
const agreementWith = (f: (a: EncodedAgreement) => unknown) =>
  [Agreement.Agreement, f(structuredClone(encodedAgreement))] as const

const amendment = {
  kind: "amendment",
  agreement: "accord-cadre-jeunes-2024",
  number: 1,
  title: { fr: "Avenant n°1 (fictif)", en: "Amendment no. 1 (fictional)" },
  signatureDate: "2025-06-01",
  effectiveDate: "2025-07-01",
  signatories: [{ party: "state", representations: [{ representative: { name: "A. Martin", title: "Directrice" } }] }],
  operations: [{ op: "clause-amended", clause: "a4#3", parameters: { "minimum-meetings-per-year": 3 } }]
}
const committeeDecision = {
  kind: "committee-decision",
  id: "copil-2024-12-decision-1",
  agreement: "accord-cadre-jeunes-2024",
  body: "national-committee",
  meetingDate: "2024-12-10",
  effectiveDate: "2025-01-01",
  operations: [
    {
      op: "indicator-added",
      indicator: {
        id: "young-people-in-actions",
        label: { fr: "Jeunes ayant participé à une action", en: "Young people who took part in an action" },
        description: { fr: "Nombre de jeunes distincts", en: "Number of distinct young people" },
        unit: "count",
        dimensions: ["region", "branch"],
        source: { kind: "committee-decision", decision: "copil-2024-12-decision-1" }
      }
    }
  ]
}

const domainCodes = Object.values(Codes).filter(
  (x) => typeof x === "object" && x !== null && "raise" in x
) as unknown as ReadonlyArray<Catalogue.Definition<never>>

// One input per code that the domain defines: decoding it reports that code.
const triggers: ReadonlyArray<readonly [string, Schema.Decoder<unknown>, unknown]> = [
  ["field.missing", Participant.Participant, Examples.with("participant", { birthDate: undefined })],
  ["field.unexpected", Participant.Participant, Examples.with("participant", { commentaire: "x" })],
  ["type.invalid", Siret.Siret, 73282932000074],
  ["value.not-allowed", InsertionOutcome.InsertionOutcome, { ...Examples.insertionOutcome, outcome: "interim" }],
  ["value.invalid", Action.Action, Examples.with("action", { participantCount: -3 })],
  ["value.ambiguous", Schema.Union([Schema.String, Schema.NonEmptyString], { mode: "oneOf" }), "x"],
  [
    "value.forbidden",
    Schema.String.pipe(
      Schema.decodeTo(Schema.String, {
        decode: SchemaGetter.forbidden(() => "synchronous decode only"),
        encode: SchemaGetter.passthrough()
      })
    ),
    "x"
  ],
  ["siret.format", Siret.Siret, "7328293200007"],
  ["siret.checksum", Siret.Siret, "73282932000075"],
  ["siren.format", Siren.Siren, "73282932"],
  ["siren.checksum", Siren.Siren, "732829321"],
  ["idcc.format", Idcc.Idcc, "IDCC1979"],
  ["rome.format", Rome.RomeCode, "g1803"],
  ["rncp.format", Certification.RncpCode, "rncp38436"],
  ["rs.format", Certification.RsCode, "CQP12"],
  ["date.format", Action.Action, Examples.with("action", { startDate: "14/03/2025" })],
  ["date.nonexistent", Action.Action, Examples.with("action", { startDate: "2025-02-29" })],
  ["id.format", Action.Action, Examples.with("action", { actionType: "Visites d'entreprises" })],
  ["record-id.format", Participant.Participant, Examples.with("participant", { missionLocale: "ML 042" })],
  ["clause-id.format", Clause.ClauseId, "a3-1#2"],
  ["text.empty-or-untrimmed", Text.LocalizedText, { fr: " Visites", en: "Visits" }],
  ["participant-ref.format", Participant.Participant, Examples.with("participant", { ref: "Jeanne Dupont" })],
  ["participant-ref.digits-only", Participant.Participant, Examples.with("participant", { ref: "0612345678" })],
  ["personal-data.direct-identifier", Action.Action, { ...Examples.action, nom: "Dupont" }],
  ["territory.departement-outside-region", Action.Action, Examples.with("action", { departement: "75" })],
  ["period.end-before-start", Participation.Participation, Examples.with("participation", { endDate: "2025-03-01" })],
  ["act.effective-before-signature", Amendment.Amendment, { ...amendment, effectiveDate: "2025-05-31" }],
  ["act.effective-before-meeting", Amendment.CommitteeDecision, { ...committeeDecision, effectiveDate: "2024-12-09" }],
  [
    "id.duplicate",
    CommitteeMeeting.CommitteeMeeting,
    Examples.with("committee-meeting", {
      attendance: [...Examples.committeeMeeting.attendance, { party: "state", present: false }]
    })
  ],
  [
    "clause.unknown",
    ...agreementWith((a) => ({
      ...a,
      commitments: [{ ...a.commitments[0], clauses: ["a9#1"] }, ...a.commitments.slice(1)]
    }))
  ],
  [
    "party.unknown",
    ...agreementWith((a) => ({
      ...a,
      signatories: [{ ...a.signatories[0], party: "branch:inconnue" }, ...a.signatories.slice(1)]
    }))
  ],
  [
    "action-type.unknown",
    ...agreementWith((a) => ({
      ...a,
      commitments: [{ ...a.commitments[0], actionTypes: ["job-dating"] }, ...a.commitments.slice(1)]
    }))
  ],
  [
    "branch.idcc-claimed-twice",
    ...agreementWith((a) => ({
      ...a,
      parties: [
        ...a.parties,
        {
          kind: "branch",
          id: "restauration-rapide",
          partyId: "branch:restauration-rapide",
          name: { fr: "Restauration rapide", en: "Fast food" },
          conventions: [{ idcc: "1979" }]
        }
      ]
    }))
  ],
  [
    "branch.duplicate-idcc",
    Party.ProfessionalBranch,
    {
      kind: "branch",
      id: "bois",
      partyId: "branch:bois",
      name: { fr: "Bois", en: "Wood" },
      conventions: [{ idcc: "158" }, { idcc: "0158" }]
    }
  ],
  [
    "outcome.employer-missing",
    InsertionOutcome.InsertionOutcome,
    Examples.with("insertion-outcome", { employerSiret: undefined })
  ],
  [
    "referent.region-missing",
    ReferentDesignation.ReferentDesignation,
    Examples.with("referent-designation", { region: undefined })
  ],
  [
    "referent.region-on-national",
    ReferentDesignation.ReferentDesignation,
    Examples.with("referent-designation", { level: "national" })
  ],
  ["amendment.empty-clause-change", Amendment.Operation, { op: "clause-amended", clause: "a7#1" }]
]

describe("the domain's codes in the catalogue", () => {
  it("defines each code once, in the catalogue, with a title and a fix in French and English", () => {
    expect(domainCodes.length).toBeGreaterThan(30)
    for (const c of domainCodes) {
      expect(Catalogue.lookup(c.code)?.title, c.code).toEqual(c.title)
      for (const text of [c.title.fr, c.title.en, c.fix.fr, c.fix.en]) expect(text.length, c.code).toBeGreaterThan(3)
    }
    expect(new Set(domainCodes.map((c) => c.code)).size).toBe(domainCodes.length)
  })
  it("has a trigger below for every code the domain defines, and no other", () => {
    expect(triggers.map(([code]) => code).sort()).toEqual(domainCodes.map((c) => c.code).sort())
  })
  it.each(triggers)("raises %s, with the severity, clause and message of its definition", (code, schema, input) => {
    const found = refused(schema, input).filter((d) => d.code === code)
    expect(found.length, Diagnostic.format(refused(schema, input))).toBeGreaterThan(0)
    const definition = Catalogue.lookup(code)
    for (const d of found) {
      expect(d.severity).toBe(definition?.severity)
      expect(d.clause).toBe(definition?.clause)
      expect(d.message.fr).not.toContain("undefined")
      expect(d.message.en).not.toContain("undefined")
    }
    expect(Catalogue.raisedCodes().has(code)).toBe(true)
  })
  it("a5#1: the personal-data codes cite the clause", () => {
    expect(Codes.personalDataDirectIdentifier.clause).toBe("a5#1")
    const [d] = refused(Action.Action, { ...Examples.action, email: "x" })
    expect(Diagnostic.toIssue(d as Diagnostic.Diagnostic)).toMatchObject({
      code: "personal-data.direct-identifier",
      clause: "a5#1",
      severity: "error",
      path: "$.email"
    })
  })
  it("gives a check of another package its code, severity and clause through annotationsOf", () => {
    const even = Catalogue.define({
      code: "example.odd",
      severity: "warning",
      clause: "a4#3",
      title: { fr: "Nombre impair", en: "Odd number" },
      fix: { fr: "Donnez un nombre pair.", en: "Give an even number." },
      message: { fr: () => "Attendu : un nombre pair", en: () => "Expected an even number" }
    })
    const Even = Schema.Number.check(Schema.makeFilter((n: number) => n % 2 === 0, Diagnostic.annotationsOf(even)))
    expect(refused(Even, 3)).toEqual([
      {
        path: [],
        code: "example.odd",
        severity: "warning",
        clause: "a4#3",
        message: { fr: "Attendu : un nombre pair", en: "Expected an even number" }
      }
    ])
  })
  it("the IDCC message names both branches and cites pre#7 (one code for the fault, the SDK's too)", () => {
    const r = Codes.branchIdccClaimedTwice.raise({ idcc: "1979", branch: "hcr", otherBranch: "proprete" })
    expect(r.clause).toBe("pre#7")
    expect(r.message.en).toBe(
      'IDCC 1979 is claimed by branch "hcr" and by branch "proprete": a branch is the set of its conventions (clause pre#7)'
    )
  })
  it("an unknown clause may say what cites it", () => {
    expect(Codes.clauseUnknown.raise({ clause: "a9#1", citedBy: "proprete:visites" }).message.fr).toBe(
      "« proprete:visites » cite la clause « a9#1 », qui n'existe pas dans l'accord"
    )
  })
})

describe("Identifier slugs", () => {
  it("id.format: says the code is lower-case without accents, with an example", () => {
    const [d] = refused(Identifier.ActionTypeId, "Visites d'entreprises")
    expect(d?.message.fr).toContain("sans accent")
    expect(d?.message.fr).toContain("company-visit")
  })
})
