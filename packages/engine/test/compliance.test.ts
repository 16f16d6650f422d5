import { agreement2024, CalendarDate, CommitteeMeeting, ReferentDesignation } from "@accord-jeunes/domain"
import { Examples } from "@accord-jeunes/domain/testing"
import { Composition, defineAmendment, defineTermination, Problem } from "@accord-jeunes/plugin-sdk"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Codes, Compliance } from "../src/index.js"

const d = CalendarDate.make
const timeline = Composition.composeOrThrow({ base: agreement2024 })
const everyone = ["state", "unml", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"]

// variants of the example records (@accord-jeunes/domain/testing), decoded as a file's would be
type Region = NonNullable<(typeof Examples.referentDesignation)["region"]>
const meeting = (
  id: string,
  date: string,
  options: {
    present?: ReadonlyArray<string>
    outputs?: ReadonlyArray<"annual-report" | "tracking-table">
    setsIndicators?: boolean
    region?: Region
  } = {}
): CommitteeMeeting.CommitteeMeeting =>
  Schema.decodeUnknownSync(CommitteeMeeting.CommitteeMeeting)(
    Examples.with("committee-meeting", {
      id,
      date,
      body: options.region === undefined ? { level: "national" } : { level: "regional", region: options.region },
      attendance: (options.present ?? everyone).map((party) => ({ party, present: true })),
      decisions: options.setsIndicators ? Examples.committeeMeeting.decisions : [],
      outputs: [...(options.outputs ?? [])]
    })
  )

const designation = (
  party: string,
  level: "national" | "regional",
  region?: Region
): ReferentDesignation.ReferentDesignation =>
  Schema.decodeUnknownSync(ReferentDesignation.ReferentDesignation)(
    Examples.with("referent-designation", { id: `${party}-${level}-${region ?? "fr"}`, party, level, region })
  )

const regions: ReadonlyArray<Region> = ["84", "11"]
// every party bound names referents, the founding branches too (a3#2; docs/signatories.md)
const allDesignations = everyone.flatMap((p) => [
  designation(p, "national"),
  ...regions.map((r) => designation(p, "regional", r))
])

const check = (meetings: ReadonlyArray<CommitteeMeeting.CommitteeMeeting>, extra: Partial<Compliance.Inputs> = {}) =>
  Compliance.check({
    timeline,
    meetings,
    designations: allDesignations,
    period: { kind: "agreement-year", index: 1 },
    asOf: d("2025-10-01"),
    regions,
    ...extra
  })

const byRule = (r: Compliance.Report, rule: string) => r.findings.filter((f) => f.rule === rule)
const only = (r: Compliance.Report, rule: string) => {
  const found = byRule(r, rule)
  expect(found).toHaveLength(1)
  return found[0] as Compliance.Finding
}

const good = [
  meeting("copil-1", "2024-12-10", { setsIndicators: true }),
  meeting("copil-2", "2025-06-20", { outputs: ["annual-report", "tracking-table"] }),
  meeting("crp-84", "2025-03-01", { region: "84" }),
  meeting("crp-11", "2025-04-01", { region: "11" })
]

describe("governance compliance", () => {
  it("passes a year that met every rule", () => {
    const r = check(good)
    expect(r.summary.errors).toBe(0)
    expect(r.summary.warnings).toBe(0)
    expect(r.period).toEqual({
      kind: "agreement-year",
      index: 1,
      start: "2024-09-16",
      end: "2025-09-15",
      label: {
        fr: "année 1 de l'accord (16 septembre 2024 – 15 septembre 2025)",
        en: "agreement year 1 (16 September 2024 – 15 September 2025)"
      },
      status: "ended"
    })
    expect(r.findings.map((f) => f.rule)).toEqual([
      "governance.national-meetings",
      "governance.national-composition",
      "governance.national-composition",
      "governance.annual-report",
      "governance.tracking-table",
      "governance.first-committee-indicators",
      "governance.regional-committee",
      "governance.national-referent",
      "governance.regional-referents"
    ])
    expect(r.summary).toEqual({ errors: 0, warnings: 0, passed: 9 })
  })
  it("a4#3: one national meeting in a finished year is an error; in a year under way, a warning", () => {
    const one = good.filter((m) => m.id !== "copil-2")
    expect(byRule(check(one), "governance.national-meetings")[0]?.severity).toBe("error")
    expect(byRule(check(one, { asOf: d("2025-05-01") }), "governance.national-meetings")[0]?.severity).toBe("warning")
  })
  it("a4#3: a meeting record given twice is one meeting, not the two the text asks for", () => {
    const one = good.filter((m) => m.id !== "copil-2")
    const twice = [...one, ...one.filter((m) => m.id === "copil-1")]
    const [f] = byRule(check(twice), "governance.national-meetings")
    expect(f?.severity).toBe("error")
    expect(f?.ok).toBe(false)
  })
  it("a4#2: a meeting without a signatory branch is reported, naming it", () => {
    const partial = [
      meeting("copil-1", "2024-12-10", { setsIndicators: true, present: ["state", "unml", "akto", "branch:hcr"] }),
      ...good.slice(1)
    ]
    const [f] = byRule(check(partial), "governance.national-composition").filter((x) => !x.ok)
    expect(f?.explanation.facts.missing).toEqual(["branch:commerce-de-gros", "branch:bois"])
    expect(f?.explanation.message).toEqual({
      fr: "Réunion du 2024-12-10 : 2 partie(s) absente(s) (la branche Commerces de gros ; la branche Travail mécanique du bois / exploitations forestières et scieries agricoles)",
      en: "Meeting of 2024-12-10: 2 parties missing (the Wholesale trade branch; the Woodworking / forestry and agricultural sawmills branch)"
    })
  })
  it("a4#4: the annual report and the tracking table must be produced", () => {
    const none = [
      meeting("copil-1", "2024-12-10", { setsIndicators: true }),
      meeting("copil-2", "2025-06-20"),
      ...good.slice(2)
    ]
    const r = check(none)
    expect(r.findings.filter((f) => !f.ok).map((f) => f.rule)).toEqual([
      "governance.annual-report",
      "governance.tracking-table"
    ])
  })
  it("a3.3#4: the first national committee sets the indicators", () => {
    const r = check([meeting("copil-1", "2024-12-10"), ...good.slice(1)])
    expect(byRule(r, "governance.first-committee-indicators")[0]?.ok).toBe(false)
  })
  it("a4.1#2: one finding for the regional committees, naming the regions that did not hold theirs", () => {
    const r = check(good.filter((m) => m.id !== "crp-11"))
    const f = only(r, "governance.regional-committee")
    expect(f).toMatchObject({ ok: false, severity: "error", clause: "a4.1#2" })
    expect(f.explanation.facts).toEqual({
      expected: 1,
      start: "2024-09-16",
      end: "2025-09-15",
      regions: [
        { region: "84", meetings: ["2025-03-01"] },
        { region: "11", meetings: [] }
      ],
      missing: ["11"]
    })
    expect(f.explanation.message).toEqual({
      fr: "Comité régional (1 attendu(s) par région) non tenu du 2024-09-16 au 2025-09-15 dans 1 région(s) sur 2 : Île-de-France",
      en: "Regional committee (1 expected per region) not held from 2024-09-16 to 2025-09-15 in 1 of 2 region(s): Île-de-France"
    })
    expect(f.explanation.because.map((b) => [b.facts.region, b.verdict, b.message.fr])).toEqual([
      ["84", true, "Auvergne-Rhône-Alpes : 1 comité(s) régional(aux), 1 attendu(s)"],
      ["11", false, "Île-de-France : 0 comité(s) régional(aux), 1 attendu(s)"]
    ])
  })
  it("a4.1#2: with no regional committee at all, the finding says no region held one", () => {
    const f = only(check(good.slice(0, 2)), "governance.regional-committee")
    expect(f.explanation.facts.missing).toEqual(["84", "11"])
    expect(f.explanation.message.en).toBe(
      "No regional committee held from 2024-09-16 to 2025-09-15 in any of the 2 region(s) (1 expected per region)"
    )
  })
  it("a4.1#2, a4.1#1: over the 18 regions, when most fall short the finding names those that do not", () => {
    const r = check([...good.slice(0, 2), meeting("crp-84", "2025-03-01", { region: "84" })], {
      regions: Compliance.defaultRegions,
      designations: [...everyone.map((p) => designation(p, "national")), designation("akto", "regional", "84")]
    })
    expect(only(r, "governance.regional-committee").explanation.message.fr).toBe(
      "Comité régional (1 attendu(s) par région) non tenu du 2024-09-16 au 2025-09-15 dans 17 régions sur 18, toutes sauf Auvergne-Rhône-Alpes"
    )
    expect(only(r, "governance.regional-referents").explanation.message.en).toContain(
      "; AKTO: 17 of 18 regions, all but Auvergne-Rhône-Alpes; "
    )
  })
  it("a4.1#2: with two regional committees a year by amendment, the finding says how many each region held", () => {
    const twice = Composition.composeOrThrow({
      base: agreement2024,
      acts: [
        defineAmendment({
          agreement: agreement2024.id,
          number: 2,
          title: { fr: "Avenant n°2 : deux comités régionaux", en: "Amendment no. 2: two regional committees" },
          signatureDate: "2024-10-15",
          effectiveDate: "2024-11-01",
          signatories: [
            ...agreement2024.signatories,
            ...everyone.slice(3).map((party) => ({
              party,
              representations: [{ representative: { name: "Fédération fictive", title: "Présidente" } }] as const
            }))
          ],
          operations: [{ op: "clause-amended", clause: "a4.1#2", parameters: { "regional-meetings-per-year": 2 } }]
        })
      ]
    })
    const f = only(check(good, { timeline: twice }), "governance.regional-committee")
    expect(f.explanation.facts.expected).toBe(2)
    expect(f.explanation.message.en).toBe(
      "Regional committee (2 expected per region) not held from 2024-09-16 to 2025-09-15 in 2 of 2 region(s): Auvergne-Rhône-Alpes (1 of 2), Île-de-France (1 of 2)"
    )
  })
  it("a4.1#2, a4#3: in a period under way the same shortfalls are warnings, not errors", () => {
    const r = check(
      good.filter((m) => m.id !== "crp-11" && m.id !== "copil-2"),
      { asOf: d("2025-05-01") }
    )
    expect(r.period.status).toBe("under-way")
    expect(only(r, "governance.regional-committee").severity).toBe("warning")
    expect(only(r, "governance.annual-report").severity).toBe("warning")
    expect(only(r, "governance.national-meetings").severity).toBe("warning")
    expect(r.summary).toEqual({ errors: 0, warnings: 4, passed: 4 })
  })
  it("a3#2 and a4.1#1: one finding each, listing by name the parties without a referent; the correspondents' a warning", () => {
    const r = check(good, {
      designations: allDesignations.filter(
        (x) => !(x.party === "akto" && x.region === "84") && x.id !== "unml-national-fr"
      )
    })
    expect(r.findings.filter((f) => !f.ok).map((f) => f.rule)).toEqual([
      "governance.national-referent",
      "governance.regional-referents"
    ])
    const national = only(r, "governance.national-referent")
    expect(national.explanation.facts).toEqual({ on: "2025-09-15", parties: everyone, missing: ["unml"] })
    expect(national.explanation.message).toEqual({
      fr: "1 partie(s) signataire(s) sur 6 sans référent national au 2025-09-15 : l'UNML",
      en: "1 of 6 signatory parties without a national referent on 2025-09-15: UNML"
    })
    expect(national.explanation.because.filter((b) => b.verdict === false).map((b) => b.facts.party)).toEqual(["unml"])
    const regional = only(r, "governance.regional-referents")
    expect(regional.explanation.facts.missing).toEqual([{ party: "akto", regions: ["84"] }])
    expect(regional.explanation.message).toEqual({
      fr: "Correspondants régionaux manquants au 2025-09-15 pour 1 partie(s) signataire(s) sur 6 — AKTO : Auvergne-Rhône-Alpes (un par partie et par région : lecture du projet, pas une exigence du texte)",
      en: "Regional correspondents missing on 2025-09-15 for 1 of 6 signatory parties — AKTO: Auvergne-Rhône-Alpes (one per party and region: the project's reading, not a requirement of the text)"
    })
    // a3#2 asks a referent of each party: an error once the period has ended; one correspondent per
    // party and region is the project's reading of a4.1#1, not the text's: a warning, even then
    expect(r.period.status).toBe("ended")
    expect(national.severity).toBe("error")
    expect(regional.severity).toBe("warning")
    expect(regional.explanation.severity).toBe("warning")
    expect(r.summary).toEqual({ errors: 1, warnings: 1, passed: 7 })
  })
  it("a4.1#1: a period ended with national referents only has no error: one correspondent per party and region is the project's reading", () => {
    const r = check(good, { designations: allDesignations.filter((x) => x.level === "national") })
    expect(r.period.status).toBe("ended")
    expect(r.findings.filter((f) => !f.ok).map((f) => [f.rule, f.severity])).toEqual([
      ["governance.regional-referents", "warning"]
    ])
    expect(r.summary).toEqual({ errors: 0, warnings: 1, passed: 8 })
    expect(Codes.governanceRegionalReferents.severity).toBe("warning")
    expect(Codes.governanceRegionalReferents.fix.en).toContain("the project's reading, not a requirement of the text")
  })
  it("a3#2 and a4.1#1: with no designation at all, two findings, not one per party", () => {
    const r = check(good, { designations: [] })
    expect(byRule(r, "governance.national-referent")).toHaveLength(1)
    expect(byRule(r, "governance.regional-referents")).toHaveLength(1)
    expect(only(r, "governance.national-referent").explanation.message.fr).toBe(
      "6 partie(s) signataire(s) sur 6 sans référent national au 2025-09-15 : l'État (DGEFP) ; l'UNML ; AKTO ; la branche Commerces de gros ; la branche Hôtels, cafés, restaurants ; la branche Travail mécanique du bois / exploitations forestières et scieries agricoles"
    )
    expect(only(r, "governance.regional-referents").explanation.message.en).toBe(
      "Regional correspondents missing on 2025-09-15 for 6 of 6 signatory parties — the State (DGEFP): all regions (2); UNML: all regions (2); AKTO: all regions (2); the Wholesale trade branch: all regions (2); the Hotels, cafés and restaurants branch: all regions (2); the Woodworking / forestry and agricultural sawmills branch: all regions (2) (one per party and region: the project's reading, not a requirement of the text)"
    )
    // ids stay in the facts, for programs
    expect(only(r, "governance.regional-referents").explanation.facts.missing).toEqual(
      everyone.map((party) => ({ party, regions: ["84", "11"] }))
    )
  })
  it("a3#2: names parties for people, never by their ids", () => {
    const inForce = Composition.asOf(timeline, "2025-01-01")
    expect(everyone.map((p) => Compliance.partyName(inForce, p).fr)).toEqual([
      "l'État (DGEFP)",
      "l'UNML",
      "AKTO",
      "la branche Commerces de gros",
      "la branche Hôtels, cafés, restaurants",
      "la branche Travail mécanique du bois / exploitations forestières et scieries agricoles"
    ])
    expect(Compliance.partyName(inForce, "fastt")).toEqual({ fr: "fastt", en: "fastt" })
  })
  it("a3#5: a communication the other signatories were not told about beforehand is reported", () => {
    const communications: ReadonlyArray<Compliance.Communication> = [
      {
        id: "press-1",
        by: "akto",
        date: d("2025-02-01"),
        notified: [
          { party: "state", on: d("2025-01-20") },
          { party: "unml", on: d("2025-02-01") }
        ]
      }
    ]
    const [f] = byRule(check(good, { communications }), "governance.prior-notice")
    expect(f?.ok).toBe(false)
    // the founding branches are signatory parties too (docs/signatories.md): they were not told either
    expect(f?.explanation.facts.notToldBeforehand).toEqual([
      "unml",
      "branch:commerce-de-gros",
      "branch:hcr",
      "branch:bois"
    ])
    expect(f?.explanation.message.fr).toBe(
      "Communication press-1 d'AKTO du 2025-02-01 : non prévenus en amont l'UNML ; la branche Commerces de gros ; la branche Hôtels, cafés, restaurants ; la branche Travail mécanique du bois / exploitations forestières et scieries agricoles"
    )
  })
  it("a4#3: a calendar year counts only its part within the agreement", () => {
    const r = check(good, { period: { kind: "calendar-year", year: 2024 }, asOf: d("2025-02-01") })
    expect(r.period).toMatchObject({ start: "2024-09-16", end: "2024-12-31", status: "ended" })
    expect(r.period.label.fr).toBe(
      "année civile 2024, limitée à la durée de l'accord (16 septembre 2024 – 31 décembre 2024)"
    )
    expect(byRule(r, "governance.national-meetings")[0]?.explanation.facts.meetings).toEqual(["2024-12-10"])
  })
})

describe("the period checked", () => {
  it("a4#4: without a period, the last agreement year ended on the day of the check", () => {
    const r = Compliance.check({
      timeline,
      meetings: good,
      designations: allDesignations,
      asOf: d("2026-10-01"),
      regions
    })
    expect(r.period).toMatchObject({ index: 2, start: "2025-09-16", end: "2026-09-15", status: "ended" })
    // year 1's meetings are outside year 2
    expect(only(r, "governance.national-meetings").explanation.message.en).toBe(
      "0 national committee meeting(s) from 2025-09-16 to 2026-09-15 (at least 2 expected)"
    )
  })
  it("a4#3: before the first year ends, the default is year 1 under way, and its shortfalls are warnings", () => {
    const r = Compliance.check({
      timeline,
      meetings: [],
      designations: allDesignations,
      asOf: d("2025-03-01"),
      regions
    })
    expect(r.period).toMatchObject({ index: 1, status: "under-way" })
    expect(r.period.label.en).toBe("agreement year 1 (16 September 2024 – 15 September 2025) — under way")
    expect(only(r, "governance.national-meetings").severity).toBe("warning")
  })
  it("a7#1: a period the agreement does not have throws the period's problem instead of checking an inverted one", () => {
    expect(() => check(good, { period: { kind: "agreement-year", index: 9 } })).toThrow(Problem.ProblemsError)
  })
  it("a7#4: a year cut short by a termination is checked through the agreement's last day", () => {
    const receipts = ["state", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"].map((party) => ({
      party,
      receivedOn: "2026-01-15"
    }))
    const cut = Composition.composeOrThrow({
      base: agreement2024,
      acts: [
        defineTermination({ agreement: agreement2024.id, requestedBy: "unml", requestDate: "2026-01-05", receipts })
      ]
    })
    const r = Compliance.check({
      timeline: cut,
      meetings: [meeting("copil-3", "2026-03-10"), meeting("copil-4", "2026-05-10")],
      designations: allDesignations,
      period: { kind: "agreement-year", index: 2 },
      asOf: d("2026-06-01"),
      regions
    })
    expect(r.period).toMatchObject({ start: "2025-09-16", end: "2026-04-15", status: "ended" })
    // the meeting after the last day in force does not count
    expect(only(r, "governance.national-meetings").explanation.facts.meetings).toEqual(["2026-03-10"])
    expect(only(r, "governance.national-meetings").severity).toBe("error")
  })
})

describe("governance rules as a list", () => {
  it("a4#3, a4#2, a4#4, a3.3#4, a4.1#2, a3#2, a3#5: one small named rule per clause, and check runs them all", () => {
    expect(Compliance.rules.map((r) => `${r.id} ${r.clause}`)).toEqual([
      "national-meetings a4#3",
      "national-composition a4#2",
      "productions a4#4",
      "first-committee-indicators a3.3#4",
      "regional-committees a4.1#2",
      "referents a3#2",
      "prior-notice a3#5"
    ])
    const report = check(good)
    const ctxFindings = new Set(report.findings.map((f) => f.clause))
    for (const clause of ["a4#3", "a4#4", "a3.3#4", "a4.1#2", "a3#2"]) expect(ctxFindings.has(clause)).toBe(true)
  })
})
