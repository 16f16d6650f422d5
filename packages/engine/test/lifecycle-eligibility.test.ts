import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
import { Examples } from "@accord-jeunes/domain/testing"
import {
  Composition,
  defineAmendment,
  defineBranchPlugin,
  defineTermination,
  SdkVersion
} from "@accord-jeunes/plugin-sdk"
import { describe, expect, it } from "vitest"
import { Eligibility, Explanation, Lifecycle } from "../src/index.js"

const d = CalendarDate.make
const timeline = Composition.composeOrThrow({ base: agreement2024 })

describe("lifecycle (article 7)", () => {
  it.each([
    ["2024-09-15", "not-yet-in-force"],
    ["2024-09-16", "in-force"],
    ["2027-09-15", "in-force"],
    ["2027-09-16", "expired"]
  ] as const)("a7#1: on %s the agreement is %s", (day, status) => {
    expect(Lifecycle.statusOn(timeline, day).status).toBe(status)
  })
  const termination: Lifecycle.TerminationRequest = {
    requestedBy: "unml",
    receipts: [
      { party: "state", receivedOn: d("2026-01-12") },
      { party: "akto", receivedOn: d("2026-01-15") }
    ]
  }
  it("a7#4: a termination takes effect the day after three months from the last receipt, by default (CPC 641-642)", () => {
    expect(Lifecycle.terminationEffectiveDate(termination, 3)).toBe("2026-04-16")
    expect(Lifecycle.terminationEffectiveDate(termination, 3, "first-receipt")).toBe("2026-04-13")
  })
  it.each([
    ["2026-01-11", "in-force"],
    ["2026-01-12", "terminating"],
    ["2026-04-15", "terminating"],
    ["2026-04-16", "terminated"]
  ] as const)("a7#3: with a request received from 12 January 2026, on %s it is %s", (day, status) => {
    const v = Lifecycle.statusOn(timeline, day, { terminations: [termination] })
    expect(v.status).toBe(status)
  })
  it("a7#4: the explanation says when and why", () => {
    const v = Lifecycle.statusOn(timeline, "2026-04-16", { terminations: [termination] })
    expect(v.lastDay).toBe("2026-04-15")
    expect(v.explanation.rule).toBe("lifecycle.status")
    // the party by its name, never its id
    expect(v.explanation.because[1]?.message.fr).toBe(
      "Résiliation demandée par l'UNML : préavis de 3 mois après réception, effet le 2026-04-16"
    )
    expect(Explanation.format(v.explanation, "en")).toBe(
      [
        "On 2026-04-16: terminated [a7#1]",
        "  In force from 2024-09-16 for 3 years: last day 2027-09-15 [a7#1]",
        "  Termination requested by UNML: 3 months' notice after receipt, takes effect on 2026-04-16 [a7#4]"
      ].join("\n")
    )
  })
  it("a7#3: a termination composed into the timeline gives the same status as one given here", () => {
    const receipts = ["state", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"].map((party) => ({
      party,
      receivedOn: party === "akto" ? "2026-01-15" : "2026-01-12"
    }))
    const composed = Composition.composeOrThrow({
      base: agreement2024,
      acts: [
        defineTermination({ agreement: agreement2024.id, requestedBy: "unml", requestDate: "2026-01-05", receipts })
      ]
    })
    for (const day of ["2026-04-15", "2026-04-16"])
      expect(Lifecycle.statusOn(composed, day).status).toBe(
        Lifecycle.statusOn(timeline, day, { terminations: [termination] }).status
      )
  })
  it("a7#4: a composed notice ending on the term's last day: Lifecycle says what composition says", () => {
    const receipts = ["state", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"].map((party) => ({
      party,
      receivedOn: "2027-06-15"
    }))
    const composed = Composition.composeOrThrow({
      base: agreement2024,
      acts: [
        defineTermination({ agreement: agreement2024.id, requestedBy: "unml", requestDate: "2027-06-01", receipts })
      ]
    })
    for (const day of ["2027-06-14", "2027-07-01", "2027-09-15", "2027-09-16"])
      expect(Lifecycle.statusOn(composed, day).status).toBe(
        ({ "in-force": "in-force", terminating: "terminating", terminated: "terminated" } as Record<string, string>)[
          Composition.asOf(composed, day).status
        ]
      )
    expect(Lifecycle.statusOn(composed, "2027-09-16").status).toBe("terminated")
  })
  it("a7#4: a notice that would end after the term changes nothing", () => {
    const late = { requestedBy: "akto", receipts: [{ party: "state", receivedOn: d("2027-08-01") }] }
    expect(Lifecycle.statusOn(timeline, "2027-09-01", { terminations: [late] }).status).toBe("in-force")
    expect(Lifecycle.statusOn(timeline, "2027-09-16", { terminations: [late] }).status).toBe("expired")
  })
  it("a7#3: actions under way when the termination takes effect go on; later ones do not", () => {
    const ended = { status: "terminated" as const, terminationEffectiveDate: d("2026-04-16") }
    const before = Lifecycle.actionMayContinue({ startDate: d("2026-04-15") }, ended)
    expect(before.verdict).toBe(true)
    expect(before.message.fr).toBe("L'action avait commencé avant la résiliation : elle se poursuit")
    const after = Lifecycle.actionMayContinue({ startDate: d("2026-04-16") }, ended)
    expect([after.rule, after.severity, after.verdict]).toEqual(["lifecycle.actions-under-way", "error", false])
    expect(after.message.en).toBe("The agreement no longer applies to this action")
    expect(Lifecycle.actionMayContinue({ startDate: d("2027-01-01") }, { status: "expired" }).verdict).toBe(false)
  })
})

describe("eligibility", () => {
  const born = d("2000-06-10")
  it.each([
    ["2016-06-09", false],
    ["2016-06-10", true],
    ["2026-06-09", true],
    ["2026-06-10", false]
  ] as const)("pre#2: born 2000-06-10, on %s within 16 to 25 révolus: %s", (day, ok) => {
    const e = Eligibility.ageRule({ participant: { birthDate: born }, date: d(day) })
    expect([e.rule, e.clause, e.verdict]).toEqual(["eligibility.age", "pre#2", ok])
  })
  it("pre#2: outside 16-25 is a warning citing the rule, never the age nor the birth date; the young person can take part", () => {
    const under = Eligibility.ageRule({ participant: { birthDate: born }, date: d("2016-06-09") })
    expect(under.severity).toBe("warning")
    expect(under.message.fr).toBe(
      "Moins de 16 ans à la date de la participation : le droit à l'accompagnement et les missions locales concernent les jeunes de 16 à 25 ans révolus (clause pre#2, Code du travail L5131-3, L5314-2)"
    )
    const over = Eligibility.ageRule({ participant: { birthDate: born }, date: d("2026-06-10") })
    expect(over.message.en).toBe(
      "Over the maximum age of the public on the day of the participation: the right to support and the missions locales concern young people from 16 to 25 inclusive (clause pre#2, Code du travail L5131-3, L5314-2)"
    )
    for (const e of [under, over]) {
      // a5#1: the age (15, 26) and the birth date stay in the facts, out of the message
      expect(`${e.message.fr} ${e.message.en}`).not.toMatch(/\b1[5]\b|\b26\b|2000|06-10/u)
      expect(e.facts.age).toBe(e === under ? 15 : 26)
    }
    const check = Eligibility.check({ participant: { birthDate: born }, date: d("2026-06-10") })
    expect([check.rule, check.verdict, check.severity]).toEqual(["eligibility.can-take-part", true, "error"])
    expect(check.message.fr).toBe("Le jeune peut participer à l'action ; 1 point(s) à vérifier")
    expect(check.because[0]?.severity).toBe("warning")
  })
  it("pre#2: the CEJ with an RQTH admits young people up to 29 révolus (L5131-6), and its message cites the CEJ's rule", () => {
    const participant = {
      birthDate: d("1997-01-01"),
      rqth: true,
      schemes: [{ scheme: "cej" as const, startDate: d("2025-01-01") }]
    }
    const e = Eligibility.ageRule({ participant, date: d("2026-06-01") })
    expect(e.verdict).toBe(true)
    expect(e.source).toBe("Code du travail L5131-6 (CEJ, RQTH)")
    expect(e.message.fr).toBe(
      "Âge dans la tranche du CEJ à la date de la participation : le CEJ est ouvert de 16 à 25 ans révolus, 29 ans avec une RQTH (Code du travail L5131-6)"
    )
    const without = Eligibility.ageRule({ participant: { ...participant, rqth: false }, date: d("2026-06-01") })
    // entered at 28 without an RQTH: the CEJ was closed to them, an error
    expect([without.rule, without.verdict, without.severity]).toEqual(["eligibility.scheme-age", false, "error"])
    const late = Eligibility.ageRule({ participant, date: d("2027-01-01") })
    expect([late.rule, late.verdict, late.severity]).toEqual(["eligibility.age", false, "warning"])
    // the same words whether the young person has an RQTH or not: a message never tells
    expect(late.message.fr).toBe(
      "Au-delà de l'âge maximal du CEJ à la date de la participation : le CEJ est ouvert de 16 à 25 ans révolus, 29 ans avec une RQTH (Code du travail L5131-6)"
    )
  })
  it("pre#1: a CEJ entered outside the ages the law sets (L5131-6) is an error, not a warning", () => {
    const over = Eligibility.ageRule({
      participant: { birthDate: d("1996-05-01"), schemes: [{ scheme: "cej", startDate: d("2025-01-06") }] },
      date: d("2025-03-12")
    })
    expect([over.rule, over.severity, over.verdict]).toEqual(["eligibility.scheme-age", "error", false])
    expect(over.message.fr).toBe(
      "Entrée dans le CEJ au-delà de l'âge maximal : le CEJ est ouvert de 16 à 25 ans révolus, 29 ans avec une RQTH (Code du travail L5131-6)"
    )
    expect(over.facts).toMatchObject({ ageOnEntry: 28, schemeStart: "2025-01-06" })
    const under = Eligibility.ageRule({
      participant: { birthDate: d("2010-01-01"), schemes: [{ scheme: "cej", startDate: d("2025-06-01") }] },
      date: d("2026-03-01")
    })
    expect(under.message.en).toMatch(/^Entered the CEJ before 16: /u)
    // the young person cannot take part while the record says so
    expect(
      Eligibility.check({
        participant: { birthDate: d("1996-05-01"), schemes: [{ scheme: "cej", startDate: d("2025-01-06") }] },
        date: d("2025-03-12")
      }).verdict
    ).toBe(false)
  })
  it("pre#2: a PACEA ends on the 26th birthday (loi n° 2016-1088): declared after it, an error; entered at 25, fine that year", () => {
    const participant = {
      birthDate: d("2000-06-10"),
      schemes: [{ scheme: "pacea" as const, startDate: d("2025-09-01") }]
    }
    expect(Eligibility.ageRule({ participant, date: d("2026-06-09") }).verdict).toBe(true)
    const ended = Eligibility.ageRule({ participant, date: d("2026-06-10") })
    expect([ended.rule, ended.severity]).toEqual(["eligibility.scheme-age", "error"])
    expect(ended.source).toBe("Loi n° 2016-1088, art. 46 (PACEA)")
    expect(ended.message.fr).toBe(
      "PACEA déclaré à la date de la participation, après son terme légal : le PACEA est ouvert de 16 à 25 ans révolus et prend fin au 26e anniversaire (loi n° 2016-1088, art. 46)"
    )
  })
  it("pre#2: the example participant is eligible on the day of the example action", () => {
    const p = Examples.participant
    const e = Eligibility.ageRule({
      participant: { birthDate: d(p.birthDate), schemes: (p.schemes ?? []) as never },
      date: d(Examples.participation.startDate)
    })
    expect([e.verdict, e.facts.scheme]).toEqual([true, "cej"])
  })
  it("pre#7: an action of a branch not yet in the agreement is refused, and accepted once it has joined", () => {
    const plugin = defineBranchPlugin({
      meta: {
        id: "proprete",
        name: { fr: "Propreté", en: "Cleaning" },
        packageName: "x",
        version: "1.0.0",
        sdk: `^${SdkVersion.current}`
      },
      conventions: [{ idcc: "3043" }],
      commitments: [],
      actionTypes: { catalog: ["company-visit"], own: [] },
      trades: [],
      certifications: [],
      poecSessions: [],
      referents: [],
      indicators: [],
      exampleRecords: []
    })
    const amended = Composition.composeOrThrow({
      base: agreement2024,
      acts: [
        defineAmendment({
          agreement: agreement2024.id,
          number: 1,
          title: { fr: "Avenant", en: "Amendment" },
          signatureDate: "2025-06-01",
          effectiveDate: "2025-07-01",
          // a7#2: every party bound on the signature date consents, and the joining branch
          signatories: [
            "state",
            "unml",
            "akto",
            "branch:commerce-de-gros",
            "branch:hcr",
            "branch:bois",
            "branch:proprete"
          ].map((party) => ({
            party,
            representations: [{ representative: { name: "Signataire fictif", title: "Représentant" } }]
          })) as never,
          operations: [{ op: "branch-joins", plugin }]
        })
      ]
    })
    const situation = (day: string) => ({
      participant: { birthDate: born },
      date: d(day),
      action: { actionType: "company-visit", branches: ["proprete"] },
      inForce: Composition.asOf(amended, day)
    })
    const before = Eligibility.check(situation("2025-06-30"))
    expect(before.verdict).toBe(false)
    expect(before.because.map((b) => `${b.rule} ${b.verdict}`)).toEqual([
      "eligibility.age true",
      "eligibility.action-type true",
      "eligibility.branch-in-force false"
    ])
    expect(before.because[2]?.message.fr).toBe("La branche « proprete » n'est pas dans l'accord à cette date")
    expect(before.message.en).toBe("The young person cannot take part")
    const after = Eligibility.check(situation("2025-07-01"))
    expect(after.verdict).toBe(true)
    expect(after.because[2]?.message.en).toBe("The Cleaning branch (proprete) is in the agreement")
    expect(after.message.fr).toBe("Le jeune peut participer à l'action")
  })
  it("a3.3#7: an action type outside the catalog is refused", () => {
    const e = Eligibility.check({
      participant: { birthDate: born },
      date: d("2025-01-01"),
      action: { actionType: "job-dating", branches: ["hcr"] },
      inForce: Composition.asOf(timeline, "2025-01-01")
    })
    expect(e.verdict).toBe(false)
    expect(e.because[1]?.message.en).toBe('Action type "job-dating" is not offered on that date')
  })
})
