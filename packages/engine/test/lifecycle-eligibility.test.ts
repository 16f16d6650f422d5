import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
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
    expect(Explanation.format(v.explanation, "en")).toBe(
      [
        "On 2026-04-16: terminated [a7#1]",
        "  In force from 2024-09-16 for 3 years: last day 2027-09-15 [a7#1]",
        "  Termination requested by unml: 3 months' notice after receipt, takes effect on 2026-04-16 [a7#4]"
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
    expect(Lifecycle.actionMayContinue({ startDate: d("2026-04-15") }, ended).verdict).toBe(true)
    expect(Lifecycle.actionMayContinue({ startDate: d("2026-04-16") }, ended).verdict).toBe(false)
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
  ] as const)("pre#2: born 2000-06-10, on %s eligible: %s", (day, ok) => {
    expect(Eligibility.check({ participant: { birthDate: born }, date: d(day) }).verdict).toBe(ok)
  })
  it("pre#2: the CEJ with an RQTH admits young people up to 29 révolus (L5131-6)", () => {
    const participant = {
      birthDate: d("1997-01-01"),
      rqth: true,
      schemes: [{ scheme: "cej" as const, startDate: d("2025-01-01") }]
    }
    const e = Eligibility.check({ participant, date: d("2026-06-01") })
    expect(e.verdict).toBe(true)
    expect(e.because[0]?.source).toBe("Code du travail L5131-6 (CEJ, RQTH)")
    expect(Eligibility.check({ participant: { ...participant, rqth: false }, date: d("2026-06-01") }).verdict).toBe(
      false
    )
    expect(Eligibility.check({ participant, date: d("2027-01-01") }).verdict).toBe(false)
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
    expect(Eligibility.check(situation("2025-07-01")).verdict).toBe(true)
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
