import { agreement2024 } from "@accord-jeunes/domain"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Composition, defineAmendment, defineCommitteeDecision, Problem } from "../src/index.js"
import { avenant1, everyParty, proprete } from "./fixtures.js"

const compose = (options: Omit<Composition.Options, "base">) => Composition.compose({ base: agreement2024, ...options })
const problems = (options: Omit<Composition.Options, "base">) => {
  const r = compose(options)
  return Result.isFailure(r) ? r.failure : []
}
const timeline = (options: Omit<Composition.Options, "base"> = {}) =>
  Composition.composeOrThrow({ base: agreement2024, ...options })

const amendment = (
  number: number,
  effectiveDate: string,
  operations: Parameters<typeof defineAmendment>[0]["operations"]
) =>
  defineAmendment({
    agreement: "accord-cadre-jeunes-2024",
    number,
    title: { fr: `Avenant n°${number}`, en: `Amendment no. ${number}` },
    signatureDate: "2025-01-15",
    effectiveDate,
    signatories: everyParty(),
    operations
  })

describe("the base agreement over time (a7#1)", () => {
  const t = timeline()
  it("a7#1: is not in force before its signature, in force from it for three years, then expired", () => {
    expect(Composition.asOf(t, "2024-09-15").status).toBe("before-signature")
    expect(Composition.asOf(t, "2024-09-16").status).toBe("in-force")
    expect(Composition.asOf(t, "2027-09-15").status).toBe("in-force")
    expect(Composition.asOf(t, "2027-09-16").status).toBe("expired")
    expect(Composition.asOf(t, "2026-11-26").lastDay).toBe("2027-09-15")
  })
  it("pre#6: the three founding branches are there from signature, brought in by the agreement itself", () => {
    const inForce = Composition.asOf(t, "2024-09-16")
    expect(inForce.branches.map((b) => b.id)).toEqual(["commerce-de-gros", "hcr", "bois"])
    for (const b of inForce.branches)
      expect(b.provenance.since).toMatchObject({ kind: "agreement", id: agreement2024.id })
  })
  it("a4#4: the annual report's indicators are pending until the first committee decides them", () => {
    expect(Composition.asOf(t, "2025-01-01").pendingDecisions.map((p) => p.id)).toEqual(["annual-report-indicators"])
  })
})

describe("a branch joins by amendment (pre#7, a7#2)", () => {
  const t = timeline({ acts: [avenant1()] })
  const before = Composition.asOf(t, "2025-06-30")
  const after = Composition.asOf(t, "2025-07-01")
  it("pre#7: is not in the agreement before the amendment's effective date, and is from it", () => {
    expect(before.branches.map((b) => b.id)).not.toContain("proprete")
    expect(after.branches.map((b) => b.id)).toContain("proprete")
    expect(Composition.branchOfIdcc(before, "3043")).toBeUndefined()
    expect(Composition.branchOfIdcc(after, "3043")?.id).toBe("proprete")
  })
  it("a7#2: each element it brings knows the amendment and the plugin it came from", () => {
    const branch = after.branches.find((b) => b.id === "proprete")
    expect(branch?.provenance.since).toMatchObject({
      kind: "amendment",
      id: "amendment-1",
      effectiveDate: "2025-07-01"
    })
    expect(branch?.provenance.plugin).toBe("plugin @example/branch-proprete@1.0.0")
    const commitment = after.commitments.find((c) => c.id === "proprete:company-visits")
    expect(commitment?.provenance.since.label.fr).toBe("avenant n°1")
    expect(after.actionTypes.map((a) => a.id)).toContain("proprete:chantier-decouverte")
    expect(after.indicators.map((i) => i.id)).toContain("proprete:visits")
  })
  it("pre#7, a7#2: the joining branch becomes a signatory party from that date (docs/signatories.md)", () => {
    const founding = ["akto", "branch:bois", "branch:commerce-de-gros", "branch:hcr", "state", "unml"]
    expect([...before.signatoryParties].sort()).toEqual(founding)
    expect([...after.signatoryParties].sort()).toEqual([...founding, "branch:proprete"].sort())
    expect(after.signatories.map((s) => s.party)).toContain("branch:proprete")
  })
  it("a3#1: commitments of all signatories bind the new branch too (read on the day)", () => {
    expect(after.commitments.filter((c) => c.by === "all-signatories").length).toBe(6)
  })
  it("records the acts applied", () => {
    expect(before.acts.map((a) => a.id)).toEqual(["accord-cadre-jeunes-2024"])
    expect(after.acts.map((a) => a.id)).toEqual(["accord-cadre-jeunes-2024", "amendment-1"])
  })
})

describe("refusals, naming both sides", () => {
  it("pre#7: an IDCC already claimed by another branch (the domain's code for the fault, one code for it)", () => {
    const clash = proprete((i) => ({ ...i, conventions: [{ idcc: "3043" }, { idcc: "1979" }] }))
    const [p, ...rest] = problems({ acts: [avenant1(clash)] })
    expect(rest).toEqual([])
    expect(p).toMatchObject({
      code: "branch.idcc-claimed-twice",
      severity: "error",
      clause: "pre#7",
      path: "$.conventions[1].idcc",
      subject: {
        fr: "avenant n°1 (plugin @example/branch-proprete@1.0.0)",
        en: "amendment no. 1 (plugin @example/branch-proprete@1.0.0)"
      },
      other: { fr: "branche hcr (accord-cadre du 2024-09-16)", en: "branch hcr (agreement of 2024-09-16)" }
    })
    expect(p?.message.en).toBe(
      'IDCC 1979 is claimed by branch "proprete" and by branch "hcr": a branch is the set of its conventions (clause pre#7)'
    )
  })
  it("pre#7: a branch joining again is refused, naming the act that brought it in", () => {
    const second = proprete((i) => ({
      ...i,
      meta: { ...i.meta, id: "proprete", packageName: "@example/other" },
      conventions: [{ idcc: "3043" }]
    }))
    const again = defineAmendment({
      ...amendment(2, "2025-08-01", [{ op: "branch-joins", plugin: second }]).input,
      signatureDate: "2025-07-15",
      signatories: everyParty("branch:proprete")
    })
    const ps = problems({ acts: [avenant1(), again] })
    expect(ps.map((p) => `${p.code} ${p.path}`)).toEqual(["composition.branch-already-in $.operations[0]"])
    expect(Problem.format(ps, "fr")).toBe(
      "avenant n°2 $.operations[0]: La branche « proprete » est déjà dans l'accord (clause pre#7) (en conflit avec avenant n°1) [composition.branch-already-in]"
    )
    expect(Problem.format(ps, "en")).toBe(
      'amendment no. 2 $.operations[0]: Branch "proprete" is already in the agreement (clause pre#7) (conflicts with amendment no. 1) [composition.branch-already-in]'
    )
  })
  it("an id already in the agreement, naming where it came from", () => {
    const add = (n: number, date: string) =>
      amendment(n, date, [
        {
          op: "action-type-added",
          actionType: {
            id: "job-dating",
            label: { fr: "Job dating", en: "Job dating" },
            description: { fr: "x", en: "x" },
            clauses: ["a3.3#7"]
          }
        }
      ])
    const ps = problems({ acts: [add(2, "2025-08-01"), add(3, "2025-09-01")] })
    expect(ps.map((p) => `${p.subject.fr} ${p.path} ${p.code} ${p.other?.fr}`)).toEqual([
      "avenant n°3 $.operations[0].actionType.id composition.duplicate-id avenant n°2"
    ])
    expect(ps[0]?.message.fr).toBe("Le type d'action « job-dating » est déjà dans l'accord")
  })
  it("an operation on an unknown clause or branch", () => {
    const ps = problems({
      acts: [
        amendment(2, "2025-08-01", [
          { op: "clause-amended", clause: "a9#1", summary: { fr: "x", en: "x" } },
          { op: "branch-leaves", branch: "transport" }
        ])
      ]
    })
    // the domain's code for an unknown clause: one code for the fault, wherever it is found
    expect(ps.map((p) => `${p.code} ${p.path}`)).toEqual([
      "clause.unknown $.operations[0].clause",
      "composition.unknown-branch $.operations[1].branch"
    ])
    expect(ps[1]?.message.fr).toBe(
      "La branche « transport » n'est pas dans l'accord à cette date (branches : commerce-de-gros, hcr, bois)"
    )
  })
  it("a7#1: an act effective after the end of the agreement, or before it", () => {
    const late = problems({ acts: [avenant1(proprete(), "2027-09-16")] })
    expect(late.map((p) => p.code)).toEqual(["composition.act-after-end"])
    expect(late[0]?.message.en).toContain("last day: 2027-09-15")
    const early = defineAmendment({ ...avenant1().input, signatureDate: "2024-01-01", effectiveDate: "2024-02-01" })
    expect(problems({ acts: [early] }).map((p) => p.code)).toEqual([
      "composition.act-signed-before-agreement",
      "composition.act-before-agreement"
    ])
  })
  it("an amendment effective before its signature", () => {
    const bad = defineAmendment({ ...avenant1().input, effectiveDate: "2025-05-01" })
    expect(problems({ acts: [bad] }).map((p) => `${p.subject.en} ${p.path} ${p.code}`)).toEqual([
      "amendment no. 1 $.effectiveDate act.effective-before-signature"
    ])
  })
  it("a plugin outside the SDK range, inside an amendment", () => {
    const [p] = problems({ acts: [avenant1(proprete((i) => ({ ...i, meta: { ...i.meta, sdk: "^2.0.0" } })))] })
    expect(p?.code).toBe("plugin.sdk-out-of-range")
    expect(p?.subject).toEqual({
      fr: "avenant n°1 (plugin @example/branch-proprete@1.0.0)",
      en: "amendment no. 1 (plugin @example/branch-proprete@1.0.0)"
    })
  })
  it("two amendments with the same number", () => {
    const a = amendment(3, "2025-08-01", [
      { op: "clause-amended", clause: "a4#3", parameters: { "minimum-meetings-per-year": 3 } }
    ])
    const b = amendment(3, "2025-09-01", [
      { op: "clause-amended", clause: "a4#3", parameters: { "minimum-meetings-per-year": 4 } }
    ])
    const ps = problems({ acts: [a, b] })
    expect(ps.map((p) => `${p.code} ${p.other?.en}`)).toEqual(["composition.duplicate-act amendment no. 3"])
    expect(ps[0]?.message.fr).toBe("L'acte est déclaré deux fois (effets au 2025-08-01 et au 2025-09-01)")
  })
  it("an act about another agreement", () => {
    const other = defineAmendment({ ...avenant1().input, agreement: "mission-jeunes-2025" })
    expect(problems({ acts: [other] }).map((p) => p.code)).toEqual(["composition.other-agreement"])
  })
  it("a signatory that is not a party", () => {
    const bad = defineAmendment({
      ...amendment(4, "2025-08-01", [{ op: "clause-amended", clause: "a4#3", summary: { fr: "x", en: "x" } }]).input,
      signatories: [
        ...everyParty(),
        { party: "fastt", representations: [{ representative: { name: "X", title: "Y" } }] }
      ]
    })
    expect(problems({ acts: [bad] }).map((p) => p.code)).toEqual(["composition.unknown-signatory"])
  })
  it("lists every problem as a readable line, all in the language asked for", () => {
    const ps = problems({ acts: [avenant1(proprete(), "2027-09-16")] })
    expect(Problem.format(ps, "fr")).toBe(
      "avenant n°1 $.effectiveDate: L'acte prend effet le 2027-09-16, après la fin de l'accord (dernier jour : 2027-09-15, clause a7#1) [composition.act-after-end]"
    )
    expect(Problem.format(ps, "en")).toBe(
      "amendment no. 1 $.effectiveDate: The act takes effect on 2027-09-16, after the agreement ends (last day: 2027-09-15, clause a7#1) [composition.act-after-end]"
    )
  })
  it("composeOrThrow throws the same problems", () => {
    expect(() => timeline({ acts: [avenant1(proprete(), "2027-09-16")] })).toThrow(/composition.act-after-end/)
  })
})

describe("clauses amended (a7#2)", () => {
  const longer = amendment(2, "2026-01-01", [
    {
      op: "clause-amended",
      clause: "a7#1",
      summary: { fr: "L'accord dure quatre ans (exemple)", en: "The agreement lasts four years (example)" },
      parameters: { "duration-years": 4 }
    }
  ])
  const t = timeline({ acts: [longer] })
  it("a7#1: a longer duration moves the end of the agreement from the amendment's date", () => {
    expect(Composition.asOf(t, "2025-12-31").lastDay).toBe("2027-09-15")
    expect(Composition.asOf(t, "2027-09-16").status).toBe("in-force")
    expect(Composition.asOf(t, "2027-09-16").lastDay).toBe("2028-09-15")
    expect(Composition.asOf(t, "2028-09-16").status).toBe("expired")
  })
  it("a7#1: the clause shows its new wording, its parameters and the act that changed it", () => {
    const clause = Composition.asOf(t, "2026-01-01").clauses.find((c) => c.id === "a7#1")
    expect(clause?.summary.en).toBe("The agreement lasts four years (example)")
    expect(clause?.parameters).toEqual({ "duration-years": 4 })
    expect(clause?.provenance.changedBy.map((r) => r.id)).toEqual(["amendment-2"])
    expect(Composition.asOf(t, "2025-12-31").clauses.find((c) => c.id === "a7#1")?.provenance.changedBy).toEqual([])
  })
  it("a4#3: the committee's minimum number of meetings can be changed", () => {
    const t3 = timeline({
      acts: [
        amendment(2, "2026-01-01", [
          { op: "clause-amended", clause: "a4#3", parameters: { "minimum-meetings-per-year": 3 } }
        ])
      ]
    })
    expect(Composition.asOf(t3, "2025-12-31").governance.national.minimumMeetingsPerYear).toBe(2)
    expect(Composition.asOf(t3, "2026-01-01").governance.national.minimumMeetingsPerYear).toBe(3)
  })
  it("a7#4: refuses a parameter the clause does not have, listing those it has", () => {
    const [p] = problems({
      acts: [amendment(2, "2026-01-01", [{ op: "clause-amended", clause: "a7#4", parameters: { "notice-weeks": 6 } }])]
    })
    expect(p?.message.en).toBe('Clause "a7#4" has no parameter "notice-weeks" (parameters: notice-months)')
  })
  it("a7#4: refuses a parameter value that is not a positive whole number", () => {
    const [p] = problems({
      acts: [amendment(2, "2026-01-01", [{ op: "clause-amended", clause: "a7#4", parameters: { "notice-months": 0 } }])]
    })
    expect(p?.code).toBe("composition.parameter-value")
  })
})

describe("a branch leaves", () => {
  const t = timeline({ acts: [avenant1(), amendment(2, "2026-03-01", [{ op: "branch-leaves", branch: "proprete" }])] })
  it("its party, IDCCs, commitments, action types and indicators go with it", () => {
    const after = Composition.asOf(t, "2026-03-01")
    expect(after.branches.map((b) => b.id)).not.toContain("proprete")
    expect(Composition.branchOfIdcc(after, "3043")).toBeUndefined()
    expect(after.commitments.some((c) => c.id.startsWith("proprete:"))).toBe(false)
    expect(after.actionTypes.some((c) => c.id.startsWith("proprete:"))).toBe(false)
    expect(after.signatories.map((s) => s.party)).not.toContain("branch:proprete")
    expect(Composition.asOf(t, "2026-02-28").branches.map((b) => b.id)).toContain("proprete")
  })
})

describe("committee decisions (a3.3#4, a4#4)", () => {
  const decision = defineCommitteeDecision({
    id: "copil-2024-12-d1",
    agreement: "accord-cadre-jeunes-2024",
    body: "national-committee",
    meetingDate: "2024-12-10",
    effectiveDate: "2025-01-01",
    resolves: "annual-report-indicators",
    operations: [
      {
        op: "indicator-added",
        indicator: {
          id: "young-people-in-actions",
          label: { fr: "Jeunes ayant pris part à une action", en: "Young people who took part in an action" },
          description: { fr: "Nombre de jeunes distincts (exemple)", en: "Number of distinct young people (example)" },
          unit: "count",
          dimensions: ["region", "branch"],
          source: { kind: "committee-decision", decision: "copil-2024-12-d1" },
          measure: { kind: "count", of: "young-people" }
        }
      }
    ]
  })
  const t = timeline({ acts: [decision] })
  it("a3.3#4: the first committee's indicators apply from the decision's effective date", () => {
    expect(Composition.asOf(t, "2024-12-31").indicators.map((i) => i.id)).not.toContain("young-people-in-actions")
    const after = Composition.asOf(t, "2025-01-01")
    expect(after.indicators.find((i) => i.id === "young-people-in-actions")?.provenance.since.kind).toBe(
      "committee-decision"
    )
  })
  it("a4#4: once decided, the indicators are no longer pending", () => {
    expect(Composition.asOf(t, "2025-01-01").pendingDecisions).toEqual([])
  })
  it("refuses a decision resolving something that was not pending", () => {
    const bad = defineCommitteeDecision({ ...decision.input, resolves: "nothing" })
    expect(problems({ acts: [bad] }).map((p) => p.code)).toEqual(["composition.unknown-pending-decision"])
  })
})

describe("determinism", () => {
  const acts = [
    avenant1(),
    amendment(2, "2026-01-01", [
      { op: "clause-amended", clause: "a4#3", parameters: { "minimum-meetings-per-year": 3 } }
    ]),
    amendment(3, "2026-01-01", [
      { op: "clause-amended", clause: "a4#3", parameters: { "minimum-meetings-per-year": 4 } }
    ])
  ]
  it("gives the same agreement whatever the order the acts are given in", () => {
    const reference = JSON.stringify(Composition.asOf(timeline({ acts }), "2026-06-01"))
    for (const order of [
      [2, 1, 0],
      [1, 0, 2],
      [0, 2, 1]
    ])
      expect(
        JSON.stringify(
          Composition.asOf(timeline({ acts: order.map((i) => acts[i] as (typeof acts)[number]) }), "2026-06-01")
        )
      ).toBe(reference)
  })
  it("applies acts of the same day by number: the later number wins", () => {
    expect(Composition.asOf(timeline({ acts }), "2026-01-01").governance.national.minimumMeetingsPerYear).toBe(4)
  })
  it("lists the dates on which the agreement changes", () => {
    expect(Composition.changeDates(timeline({ acts }))).toEqual(["2024-09-16", "2025-07-01", "2026-01-01"])
  })
})

describe("founding branches' plugins", () => {
  it("complete a founding branch from the agreement's signature, with the plugin named", () => {
    const bois = proprete((i) => ({
      ...i,
      meta: { ...i.meta, id: "bois", packageName: "@accord-jeunes/branch-bois" },
      conventions: [{ idcc: "0158" }, { idcc: "8311" }],
      commitments: [],
      actionTypes: { catalog: ["company-visit"], own: [] },
      indicators: []
    }))
    const inForce = Composition.asOf(timeline({ founding: [bois] }), "2024-09-16")
    const branch = inForce.branches.find((b) => b.id === "bois")
    expect(branch?.conventions.map((c) => c.idcc)).toContain("8311")
    expect(branch?.provenance).toMatchObject({
      since: { kind: "agreement" },
      plugin: "plugin @accord-jeunes/branch-bois@1.0.0"
    })
  })
  it("refuse a plugin for a branch that did not sign the base agreement", () => {
    expect(problems({ founding: [proprete()] }).map((p) => p.code)).toEqual(["composition.not-a-founding-branch"])
  })
})
