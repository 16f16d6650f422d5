// The text's rules for changing the agreement, each with the act that breaks it (issue: the
// agreement in force end to end, section 2), and faulty acts that must be reported, not crash.
import { agreement2024 } from "@accord-jeunes/domain"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  Act,
  Composition,
  defineAmendment,
  defineCommitteeDecision,
  defineScopeRevision,
  defineTermination
} from "../src/index.js"
import { avenant1, everyParty, proprete, signatureOf } from "./fixtures.js"

const problems = (options: Omit<Composition.Options, "base">) => {
  const r = Composition.compose({ base: agreement2024, ...options })
  return Result.isFailure(r) ? r.failure : []
}
const codes = (options: Omit<Composition.Options, "base">) => problems(options).map((p) => p.code)
const timeline = (options: Omit<Composition.Options, "base"> = {}) =>
  Composition.composeOrThrow({ base: agreement2024, ...options })

const amendment = (
  number: number,
  operations: Parameters<typeof defineAmendment>[0]["operations"],
  dates: { signatureDate?: string; effectiveDate?: string } = {},
  signatories = everyParty()
) =>
  defineAmendment({
    agreement: agreement2024.id,
    number,
    title: { fr: `Avenant n°${number}`, en: `Amendment no. ${number}` },
    signatureDate: dates.signatureDate ?? "2025-01-15",
    effectiveDate: dates.effectiveDate ?? "2025-03-01",
    signatories,
    operations
  })

const longer = (years: number): Parameters<typeof defineAmendment>[0]["operations"] => [
  { op: "clause-amended", clause: "a7#1", parameters: { "duration-years": years } }
]

describe("a7#2: an amendment binds only with the consent of every party bound on its signature date", () => {
  it("a7#2: an avenant signed by the ministry alone that extends the term is refused, naming the missing parties", () => {
    const ps = problems({ acts: [amendment(2, longer(4), {}, [agreement2024.signatories[0]])] })
    expect(ps.map((p) => p.code)).toEqual(["composition.consent-missing"])
    expect(ps[0]).toMatchObject({ clause: "a7#2", path: "$.signatories" })
    expect(ps[0]?.subject).toEqual({ fr: "avenant n°2", en: "amendment no. 2" })
    expect(ps[0]?.message.en).toContain("clause a7#2")
    expect(ps[0]?.message.en).toContain("unml, akto, branch:commerce-de-gros, branch:hcr, branch:bois")
  })
  it("a7#2: an avenant signed by the ministry alone that removes a founding branch is refused", () => {
    const ps = problems({
      acts: [amendment(2, [{ op: "branch-leaves", branch: "hcr" }], {}, [agreement2024.signatories[0]])]
    })
    expect(ps.map((p) => p.code)).toEqual(["composition.consent-missing"])
    expect(ps[0]?.message.fr).toContain("branch:hcr")
  })
  it("a7#2: the same avenant signed by every party bound takes effect", () => {
    const t = timeline({ acts: [amendment(2, longer(4))] })
    expect(Composition.asOf(t, "2025-03-01").lastDay).toBe("2028-09-15")
  })
  it("a7#2: a joining branch must sign the avenant that holds its commitments", () => {
    const ps = problems({
      acts: [defineAmendment({ ...avenant1().input, signatories: everyParty() })]
    })
    expect(ps.map((p) => p.code)).toEqual(["composition.consent-missing"])
    expect(ps[0]?.message.en).toContain("missing the signature of branch:proprete")
  })
  it("a7#2: consent is read on the signature date: a branch joining between signature and effect need not sign", () => {
    // amendment 2 is signed before the cleaning branch joins (2025-07-01) and takes effect after
    const a2 = amendment(2, longer(4), { signatureDate: "2025-06-15", effectiveDate: "2025-09-01" })
    expect(codes({ acts: [avenant1(), a2] })).toEqual([])
    // signed after it joined, it needs that branch's signature too
    const a3 = amendment(3, longer(4), { signatureDate: "2025-08-01", effectiveDate: "2025-09-01" })
    expect(problems({ acts: [avenant1(), a3] })[0]?.message.en).toContain("missing the signature of branch:proprete")
  })
})

describe("pre#7: only branches within AKTO's scope join", () => {
  const joining = (idcc: string, id = "autre") =>
    defineAmendment({
      ...avenant1(
        proprete((i) => ({
          ...i,
          meta: { ...i.meta, id, packageName: `@example/branch-${id}` },
          conventions: [{ idcc }],
          commitments: [],
          actionTypes: { catalog: ["company-visit"], own: [] },
          indicators: []
        }))
      ).input,
      signatories: everyParty(`branch:${id}`)
    })
  it("pre#7: IDCC 3043 (propreté) is in AKTO's scope", () => {
    expect(codes({ acts: [joining("3043")] })).toEqual([])
  })
  it.each(["1486", "3248"])("pre#7: IDCC %s is outside AKTO's scope: refused, the source cited", (idcc) => {
    const ps = problems({ acts: [joining(idcc)] })
    expect(ps.map((p) => p.code)).toEqual(["composition.outside-opco-scope"])
    expect(ps[0]?.message.fr).toContain(`IDCC ${idcc} hors du champ`)
    expect(ps[0]?.message.fr).toContain("mission-apprentissage/bal")
    expect(ps[0]?.message.fr).toContain("clause pre#7")
  })
  it("pre#7: a later revision of AKTO's scope lets a branch in from its date", () => {
    const revision = defineScopeRevision({
      opco: "akto",
      effectiveDate: "2025-05-01",
      idccs: ["1486", "3043"],
      source: { title: "Révision fictive du champ", asOf: "2025" }
    })
    expect(codes({ acts: [revision, joining("1486")] })).toEqual([])
    const t = timeline({ acts: [revision] })
    expect(Composition.asOf(t, "2025-04-30").opcoScope.provenance.id).toBe("opco-scope-2024-09-16")
    expect(Composition.asOf(t, "2025-05-01").opcoScope.provenance.id).toBe("opco-scope-2025-05-01")
  })
  it("pre#6: the founding branches are in by the text itself, whatever the table says of their conventions", () => {
    // bois's regional conventions (8211...) are not in the scope table
    const inForce = Composition.asOf(timeline(), "2025-01-01")
    expect(inForce.branches.find((b) => b.id === "bois")?.conventions.map((c) => c.idcc)).toContain("8211")
  })
})

describe("a7#3, a7#4: termination", () => {
  const others = (but: string, on: string) =>
    ["state", "unml", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"]
      .filter((p) => p !== but)
      .map((party) => ({ party, receivedOn: on }))
  const request = (by: string, receipts: ReadonlyArray<{ party: string; receivedOn: string }>) =>
    defineTermination({ agreement: agreement2024.id, requestedBy: by, requestDate: "2026-01-10", receipts })
  it("a7#3: a request received by every other party ends the agreement three months after the last receipt (a7#4)", () => {
    const receipts = [...others("unml", "2026-01-14").slice(1), { party: "state", receivedOn: "2026-01-15" }]
    const t = timeline({ acts: [request("unml", receipts)] })
    expect(Composition.asOf(t, "2026-01-14").status).toBe("in-force")
    expect(Composition.asOf(t, "2026-01-15").status).toBe("terminating")
    // CPC art. 641-642: the notice expires at the end of 15 April, the last day in force
    expect(Composition.asOf(t, "2026-04-15")).toMatchObject({ status: "terminating", lastDay: "2026-04-15" })
    expect(Composition.asOf(t, "2026-04-16").status).toBe("terminated")
  })
  it("a7#4: a receipt on 30 November gives a last day at the end of February", () => {
    const t = timeline({
      acts: [defineTermination({ ...request("akto", others("akto", "2025-11-30")).input, requestDate: "2025-11-25" })]
    })
    expect(Composition.asOf(t, "2026-02-28")).toMatchObject({ status: "terminating", lastDay: "2026-02-28" })
    expect(Composition.asOf(t, "2026-03-01").status).toBe("terminated")
  })
  it("a7#3: a request from a party that is not a signatory has no effect, and says why", () => {
    const t = timeline({ acts: [request("fastt", others("", "2026-01-14"))] })
    const f = Composition.asOf(t, "2026-06-01")
    expect(f.status).toBe("in-force")
    expect(f.terminationRequests[0]).toMatchObject({ requestedBy: "fastt", effective: false, clause: "a7#3" })
    expect(f.terminationRequests[0]?.reasons[0]?.en).toContain("fastt is not a signatory party")
  })
  it("a7#3: a request not received by every other signatory has no effect, naming who did not receive it", () => {
    const receipts = others("unml", "2026-01-14").filter((r) => r.party !== "branch:bois")
    const f = Composition.asOf(timeline({ acts: [request("unml", receipts)] }), "2026-09-01")
    expect(f.status).toBe("in-force")
    expect(f.terminationRequests[0]?.reasons.map((r) => r.en)).toEqual([
      "The request must be received by every other party (clause a7#3, article 7): no acknowledgement of receipt from branch:bois, or one dated before the request"
    ])
  })
  it("a7#3: before the last receipt the notification is under way: the term is unchanged and the request says so", () => {
    const receipts = [...others("unml", "2026-01-12").slice(1), { party: "state", receivedOn: "2026-01-15" }]
    const f = Composition.asOf(timeline({ acts: [request("unml", receipts)] }), "2026-01-13")
    expect(f).toMatchObject({ status: "in-force", lastDay: "2027-09-15" })
    expect(f.terminationRequests[0]?.effective).toBe(false)
    expect(f.terminationRequests[0]?.reasons[0]?.en).toBe(
      "Notification under way on 2026-01-13: state has not received it yet (clause a7#3, article 7)"
    )
  })
  it("a7#4: of two valid requests, the one whose notice ends first ends the agreement, whatever their order", () => {
    const early = defineTermination({
      ...request("unml", others("unml", "2026-06-10")).input,
      requestDate: "2026-06-01"
    })
    const late = defineTermination({
      ...request("state", others("state", "2026-06-20")).input,
      requestDate: "2026-05-25"
    })
    for (const acts of [
      [early, late],
      [late, early]
    ]) {
      const f = Composition.asOf(timeline({ acts }), "2026-09-11")
      expect(f).toMatchObject({ status: "terminated", lastDay: "2026-09-10" })
      expect(f.terminationRequests.map((r) => `${r.requestedBy} ${r.effective}`)).toEqual(["state false", "unml true"])
      expect(f.terminationRequests[0]?.reasons.at(-1)?.en).toBe(
        "Another request ends the agreement sooner: last day 2026-09-10 (request by unml of 2026-06-01)"
      )
    }
  })
  it("a7#1: a request made after the agreement's term has no effect, and says the term it is outside of", () => {
    const late = defineTermination({
      agreement: agreement2024.id,
      requestedBy: "unml",
      requestDate: "2027-10-01",
      receipts: others("unml", "2027-10-02")
    })
    const f = Composition.asOf(timeline({ acts: [late] }), "2027-10-05")
    expect(f.terminationRequests[0]?.effective).toBe(false)
    expect(f.terminationRequests[0]?.reasons.map((r) => r.fr)).toEqual([
      "La demande du 2027-10-01 est faite hors de la durée de l'accord (du 2024-09-16 au 2027-09-15, clause a7#1)"
    ])
  })
  it("a7#3: an act effective after the termination is refused", () => {
    const t = request("unml", others("unml", "2026-01-14"))
    expect(
      codes({
        acts: [t, amendment(5, longer(4), { signatureDate: "2026-02-01", effectiveDate: "2026-05-01" })]
      })
    ).toEqual(["composition.act-after-termination"])
  })
})

describe("a3.3#4, a4#4: the committee sets indicators; the catalogue changes by amendment", () => {
  const decision = (operations: ReadonlyArray<unknown>) =>
    defineCommitteeDecision({
      id: "copil-2025-1",
      agreement: agreement2024.id,
      body: "national-committee",
      meetingDate: "2025-01-20",
      effectiveDate: "2025-02-01",
      operations: operations as never
    })
  it("a3.3#4: a committee decision adding an action type is refused, naming the clauses", () => {
    const ps = problems({
      acts: [
        decision([
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
      ]
    })
    expect(ps.map((p) => `${p.code} ${p.path}`)).toEqual(["act.decision-beyond-powers $.operations[0]"])
    expect(ps[0]?.message.en).toContain("a3.3#4")
    expect(ps[0]?.message.en).toContain("a7#2")
  })
  it("a7#2: the same action type added by an amendment signed by every party is accepted", () => {
    const a = amendment(2, [
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
    expect(Composition.asOf(timeline({ acts: [a] }), "2025-03-01").actionTypes.map((t) => t.id)).toContain("job-dating")
  })
})

describe("acts refused, located", () => {
  it("an act signed before the agreement existed", () => {
    expect(
      codes({ acts: [amendment(2, longer(4), { signatureDate: "2024-06-01", effectiveDate: "2024-10-01" })] })
    ).toEqual(["composition.act-signed-before-agreement"])
  })
  it("a7#1: a term that makes the agreement expire before the amendment takes effect", () => {
    const ps = problems({
      acts: [amendment(2, longer(1), { signatureDate: "2025-10-01", effectiveDate: "2025-10-01" })]
    })
    expect(ps.map((p) => p.code)).toEqual(["composition.term-retroactive"])
    expect(ps[0]?.message.en).toContain("ended on 2025-09-15")
  })
  it("a7#1: a term of 8 000 years overflows the calendar and is refused", () => {
    expect(codes({ acts: [amendment(2, longer(8000))] })).toEqual(["composition.parameter-value"])
  })
  it("a parameter named constructor is an unknown parameter, not a crash", () => {
    const ps = problems({
      acts: [amendment(2, [{ op: "clause-amended", clause: "a7#1", parameters: { constructor: 3 } }])]
    })
    expect(ps.map((p) => p.code)).toEqual(["composition.unknown-parameter"])
  })
  it("acts: [null], founding: [null] and an amendment without its plugin are located problems", () => {
    expect(problems({ acts: [null as never] }).map((p) => `${p.subject.fr} ${p.code}`)).toEqual([
      "acte acts[0] composition.not-an-act"
    ])
    expect(problems({ founding: [null as never] }).map((p) => `${p.subject.fr} ${p.code}`)).toEqual([
      "plugins des branches fondatrices composition.not-a-plugin"
    ])
    const ps = problems({ acts: [amendment(2, [{ op: "branch-joins", plugin: undefined as never }])] })
    expect(ps.map((p) => `${p.path} ${p.code}`)).toEqual(["$.operations[0].plugin act.plugin-missing"])
  })
  it("an act whose getter throws is reported, not thrown", () => {
    const hostile = {
      _tag: "AmendmentAct",
      get input(): never {
        throw new Error("boom")
      }
    }
    const ps = problems({ acts: [hostile as never] })
    expect(ps.map((p) => p.code)).toEqual(["act.unreadable"])
    expect(ps[0]?.message.en).toContain("boom")
  })
  it("pre#7: a joining branch's commitments bind only itself", () => {
    for (const by of ["state", "all-signatories", "branch:hcr"]) {
      const bad = proprete((i) => ({ ...i, commitments: [{ ...i.commitments[0], by } as never] }))
      const ps = problems({ acts: [avenant1(bad)] })
      expect(ps.map((p) => `${p.code} ${p.path}`)).toEqual([
        "composition.commitment-binds-other-party $.commitments[0].by"
      ])
    }
  })
  it("pre#6: a third-party package calling itself hcr is refused as a founding plugin, naming the real one", () => {
    const impostor = proprete((i) => ({
      ...i,
      meta: { ...i.meta, id: "hcr", packageName: "@evil/hcr" },
      conventions: [{ idcc: "1979" }, { idcc: "3043" }],
      commitments: [],
      actionTypes: { catalog: [], own: [] },
      indicators: []
    }))
    const ps = problems({ founding: [impostor] })
    expect(ps.map((p) => `${p.code} ${p.path} ${p.other?.en}`)).toEqual([
      "plugin.founding-id-claimed $.meta.id @accord-jeunes/branch-hcr"
    ])
    expect(ps[0]?.message.fr).toContain("le paquet @evil/hcr ne peut pas le prendre")
  })
  it("a branch leaving while another branch's commitment cites its action types", () => {
    const other = proprete((i) => ({
      ...i,
      meta: { ...i.meta, id: "autre", packageName: "@example/branch-autre" },
      conventions: [{ idcc: "1501" }],
      commitments: [
        {
          ...i.commitments[0],
          id: "autre:c",
          by: "branch:autre",
          actionTypes: ["proprete:chantier-decouverte"]
        } as never
      ],
      actionTypes: { catalog: [], own: [] },
      indicators: [],
      exampleRecords: []
    }))
    const joinOther = defineAmendment({
      ...amendment(2, [{ op: "branch-joins", plugin: other }], {
        signatureDate: "2025-07-10",
        effectiveDate: "2025-08-01"
      }).input,
      signatories: everyParty("branch:proprete", "branch:autre")
    })
    const leave = amendment(
      3,
      [{ op: "branch-leaves", branch: "proprete" }],
      {
        signatureDate: "2025-09-01",
        effectiveDate: "2025-10-01"
      },
      everyParty("branch:proprete", "branch:autre")
    )
    expect(codes({ acts: [avenant1(), joinOther] })).toEqual([])
    const ps = problems({ acts: [avenant1(), joinOther, leave] })
    expect(ps.map((p) => p.code)).toEqual(["composition.leaving-branch-still-cited"])
    expect(ps[0]?.message.en).toContain('commitment "autre:c"')
  })
  it("asOf on a date that does not exist says so instead of computing garbage", () => {
    // the domain's codes for a date: one code per fault, wherever the date comes from
    const r = Composition.inForceOn(timeline(), "2026-02-30")
    expect(Result.isFailure(r) && r.failure.map((p) => `${p.subject.fr} ${p.code}`)).toEqual([
      "date de lecture de l'accord (asOf) date.nonexistent"
    ])
    expect(() => Composition.asOf(timeline(), "garbage")).toThrow(/YYYY-MM-DD/)
    const bad = defineTermination({
      agreement: agreement2024.id,
      requestedBy: "unml",
      requestDate: "garbage",
      receipts: []
    })
    expect(problems({ acts: [bad] }).map((p) => `${p.path} ${p.code}`)).toEqual(["$.requestDate date.format"])
  })
  it("the order of founding plugins does not change the result", () => {
    const bois = proprete((i) => ({
      ...i,
      meta: { ...i.meta, id: "bois", packageName: "@accord-jeunes/branch-bois" },
      conventions: [{ idcc: "8311" }],
      commitments: [],
      actionTypes: { catalog: [], own: [] },
      indicators: []
    }))
    const hcr = proprete((i) => ({
      ...i,
      meta: { ...i.meta, id: "hcr", packageName: "@accord-jeunes/branch-hcr" },
      conventions: [{ idcc: "1979" }],
      commitments: [],
      actionTypes: { catalog: [], own: [] },
      indicators: []
    }))
    const a = Composition.asOf(timeline({ founding: [bois, hcr] }), "2025-01-01")
    const b = Composition.asOf(timeline({ founding: [hcr, bois] }), "2025-01-01")
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })
})

describe("acts as JSON documents", () => {
  it("a7#2: a document refers to a plugin by package; an unknown package is a located problem", () => {
    const { operations: _ops, ...rest } = avenant1().input
    const doc = { kind: "amendment", ...rest, operations: [{ op: "branch-joins", plugin: { package: "@x/none" } }] }
    const r = Act.fromDocument(doc, "avenant.json")
    expect(Result.isFailure(r) && r.failure.map((p) => `${p.subject.fr} ${p.path} ${p.code}`)).toEqual([
      "avenant.json $.operations[0].plugin act.plugin-not-found"
    ])
    const found = Act.fromDocument(doc, "avenant.json", (ref) => (ref.package === "@x/none" ? proprete() : undefined))
    expect(Result.isSuccess(found) && codes({ acts: [found.success] })).toEqual([])
  })
  it("a document that is not an object, or that names its plugin by a path, is a located problem", () => {
    const r = Act.fromDocument(42, "nombre.json")
    expect(Result.isFailure(r) && r.failure.map((p) => `${p.subject.fr} ${p.path} ${p.code}`)).toEqual([
      "nombre.json $ act.not-an-object"
    ])
    const { operations: _ops, ...rest } = avenant1().input
    const byPath = Act.fromDocument(
      { kind: "amendment", ...rest, operations: [{ op: "branch-joins", plugin: { package: "../plugin.mjs" } }] },
      "avenant.json"
    )
    expect(Result.isFailure(byPath) && byPath.failure.map((p) => `${p.path} ${p.code} ${p.clause}`)).toEqual([
      "$.operations[0].plugin.package act.plugin-package-name pre#7"
    ])
    expect(Result.isFailure(byPath) && byPath.failure[0]?.message.fr).toBe(
      "Attendu : un nom de paquet npm (@portee/nom), pas un chemin"
    )
  })
  it("an unknown kind lists the kinds of act", () => {
    const r = Act.fromDocument({ kind: "avenant" }, "x.json")
    expect(Result.isFailure(r) && r.failure[0]?.message.en).toBe(
      "Expected an act kind among amendment, committee-decision, termination, opco-scope"
    )
  })
  it("a termination request as a document decodes to the act", () => {
    const r = Act.fromDocument(
      {
        kind: "termination",
        agreement: agreement2024.id,
        requestedBy: "unml",
        requestDate: "2026-01-10",
        receipts: []
      },
      "t.json"
    )
    expect(Result.isSuccess(r) && r.success._tag).toBe("TerminationAct")
  })
})

describe("speed", () => {
  it("composes 1 000 amendments (each checked for consent) and reads the agreement on a date", () => {
    const acts = Array.from({ length: 1000 }, (_, i) =>
      amendment(
        i + 1,
        [{ op: "clause-amended", clause: "a4#3", parameters: { "minimum-meetings-per-year": 2 + (i % 3) } }],
        {
          signatureDate: "2025-01-15",
          effectiveDate: `2025-${String(1 + (i % 12)).padStart(2, "0")}-15`
        }
      )
    )
    const t = timeline({ acts })
    expect(Composition.asOf(t, "2025-12-31").acts).toHaveLength(1001)
  })
})

describe("act documents a person gets wrong", () => {
  it("a7#2: a misspelt operation lists the operations an amendment can do", () => {
    const { operations: _o, ...rest } = avenant1().input
    const r = Act.fromDocument({ kind: "amendment", ...rest, operations: [{ op: "branch-join" }, null] }, "a.json")
    expect(Result.isFailure(r) && r.failure.map((p) => `${p.path} ${p.code}`)).toEqual([
      "$.operations[0].op act.operation-unknown",
      "$.operations[1].op act.operation-unknown"
    ])
    expect(Result.isFailure(r) && r.failure[0]?.message.en).toBe(
      "Expected an operation among branch-joins, branch-leaves, clause-amended, action-type-added, indicator-added"
    )
  })
})

describe("edges found in review", () => {
  const allOthers = (but: ReadonlyArray<string>, on: string) =>
    ["state", "unml", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"]
      .filter((p) => !but.includes(p))
      .map((party) => ({ party, receivedOn: on }))
  it("a7#4: a notice parameter that would leave the calendar is refused, not read as a date in year 1002", () => {
    const a = amendment(2, [{ op: "clause-amended", clause: "a7#4", parameters: { "notice-months": 96000 } }])
    expect(codes({ acts: [a] })).toEqual(["composition.parameter-value"])
  })
  it("a7#4 with a7#1: a termination whose notice ends after the term has no effect, and says the term comes first", () => {
    const t = defineTermination({
      agreement: agreement2024.id,
      requestedBy: "unml",
      requestDate: "2027-08-01",
      receipts: allOthers(["unml"], "2027-08-10")
    })
    const f = Composition.asOf(timeline({ acts: [t] }), "2027-09-16")
    expect(f.status).toBe("expired")
    expect(f.termination).toBeUndefined()
    expect(f.terminationRequests[0]?.effective).toBe(false)
    expect(f.terminationRequests[0]?.reasons[0]?.en).toContain("the agreement expires first")
  })
  it("a7#4: a notice ending on the term's last day ends the agreement by termination", () => {
    const t = defineTermination({
      agreement: agreement2024.id,
      requestedBy: "unml",
      requestDate: "2027-06-01",
      receipts: allOthers(["unml"], "2027-06-15")
    })
    const tl = timeline({ acts: [t] })
    expect(Composition.asOf(tl, "2027-07-01").status).toBe("terminating")
    expect(Composition.asOf(tl, "2027-09-16").status).toBe("terminated")
  })
  it("a7#3: several parties may ask together; the others must receive it", () => {
    const t = defineTermination({
      agreement: agreement2024.id,
      requestedBy: ["unml", "akto"],
      requestDate: "2026-01-05",
      receipts: allOthers(["unml", "akto"], "2026-01-12")
    })
    const f = Composition.asOf(timeline({ acts: [t] }), "2026-04-13")
    expect(f).toMatchObject({ status: "terminated", lastDay: "2026-04-12" })
    expect(f.termination?.requesters).toEqual(["unml", "akto"])
  })
  it("a7#2: who must consent is read on the signature date, whatever the numbers of acts effective the same day", () => {
    const clause = (n: number) =>
      amendment(n, longer(4), { signatureDate: "2026-01-01", effectiveDate: "2026-01-01" }, everyParty())
    const join = (n: number) =>
      defineAmendment({ ...avenant1().input, number: n, signatureDate: "2025-11-20", effectiveDate: "2026-01-01" })
    // the cleaning branch is bound from 2026-01-01, the clause change signed that day needs it
    expect(codes({ acts: [join(2), clause(1)] })).toEqual(["composition.consent-missing"])
    expect(codes({ acts: [join(1), clause(2)] })).toEqual(["composition.consent-missing"])
  })
  it("pre#7: a scope revision dated before the 2024 table does not replace it", () => {
    const old = defineScopeRevision({
      opco: "akto",
      effectiveDate: "2019-01-01",
      idccs: ["1486"],
      source: { title: "Liste ancienne (fictive)", asOf: "2019" }
    })
    const f = Composition.asOf(timeline({ acts: [old] }), "2026-06-01")
    expect(f.opcoScope.provenance.id).toBe("opco-scope-2024-09-16")
    expect(codes({ acts: [old, avenant1()] })).toEqual([])
  })
  it("pre#6: a founding branch that left comes back with its own plugin, in scope by the text; an impostor does not", () => {
    const leave = amendment(2, [{ op: "branch-leaves", branch: "bois" }], { effectiveDate: "2025-03-01" })
    const bois = proprete((i) => ({
      ...i,
      meta: { ...i.meta, id: "bois", packageName: "@accord-jeunes/branch-bois" },
      conventions: [{ idcc: "0158" }, { idcc: "8211" }],
      commitments: [],
      actionTypes: { catalog: [], own: [] },
      indicators: []
    }))
    const back = (plugin: ReturnType<typeof proprete>) =>
      defineAmendment({
        ...amendment(3, [{ op: "branch-joins", plugin }], { signatureDate: "2025-05-01", effectiveDate: "2025-06-01" })
          .input,
        signatories: [
          ...agreement2024.signatories,
          ...["branch:commerce-de-gros", "branch:hcr", "branch:bois"].map(signatureOf)
        ]
      })
    expect(codes({ acts: [leave, back(bois)] })).toEqual([])
    const impostor = proprete((i) => ({
      ...i,
      meta: { ...i.meta, id: "bois", packageName: "@evil/bois" },
      conventions: [{ idcc: "0158" }],
      commitments: [],
      actionTypes: { catalog: [], own: [] },
      indicators: []
    }))
    expect(codes({ acts: [leave, back(impostor)] })).toEqual(["plugin.founding-id-claimed"])
  })
  it("a committee decision from a meeting before the agreement is refused", () => {
    const d = defineCommitteeDecision({
      id: "copil-old",
      agreement: agreement2024.id,
      body: "national-committee",
      meetingDate: "2020-01-20",
      effectiveDate: "2025-01-20",
      operations: [
        {
          op: "indicator-added",
          indicator: {
            id: "x",
            label: { fr: "x", en: "x" },
            description: { fr: "x", en: "x" },
            unit: "count",
            dimensions: [],
            source: { kind: "clause", clause: "a4#4" },
            measure: { kind: "count", of: "actions" }
          }
        }
      ]
    })
    expect(codes({ acts: [d] })).toEqual(["composition.act-signed-before-agreement"])
  })
  it("the dates the agreement changes on include a termination's", () => {
    const t = defineTermination({
      agreement: agreement2024.id,
      requestedBy: "unml",
      requestDate: "2026-01-05",
      receipts: allOthers(["unml"], "2026-01-15")
    })
    expect(Composition.changeDates(timeline({ acts: [t] }))).toEqual([
      "2024-09-16",
      "2026-01-05",
      "2026-01-15",
      "2026-04-16"
    ])
  })
})

describe("a3.3#4, a4#4: indicators are definitions the engine computes", () => {
  const withIndicator = (indicator: Record<string, unknown>) =>
    proprete((i) => ({ ...i, indicators: [{ ...(i.indicators[0] as object), ...indicator } as never] }))
  it("a4#4: an indicator that does not say how it is computed is refused, located", () => {
    const bare = proprete((i) => {
      const { measure: _m, ...rest } = i.indicators[0] as Record<string, unknown>
      return { ...i, indicators: [rest as never] }
    })
    const ps = problems({ acts: [avenant1(bare)] })
    expect(ps.map((p) => `${p.code} ${p.path}`)).toEqual([
      "composition.indicator-not-computable $.indicators[0].measure"
    ])
  })
  it("a4#4: a ratio of indicators the agreement does not have, or a count of an unknown action type, is refused", () => {
    expect(
      problems({
        acts: [
          avenant1(
            withIndicator({
              measure: { kind: "ratio", numerator: "entries-into-cdi", denominator: "nowhere", percent: true }
            })
          )
        ]
      }).map((p) => `${p.code} ${p.path}`)
    ).toEqual(["composition.indicator-unknown-reference $.indicators[0].measure.denominator"])
    expect(
      problems({
        acts: [
          avenant1(
            withIndicator({ measure: { kind: "count", of: "young-people", where: { actionTypes: ["proprete:nope"] } } })
          )
        ]
      }).map((p) => `${p.code} ${p.path}`)
    ).toEqual(["composition.indicator-unknown-reference $.indicators[0].measure.where.actionTypes[0]"])
  })
  it("a4#4: a ratio divides two counts: a ratio of a ratio would be computed from nothing, refused", () => {
    const rate = {
      id: "proprete:rate",
      label: { fr: "Taux", en: "Rate" },
      description: { fr: "x", en: "x" },
      unit: "rate",
      dimensions: [],
      source: { kind: "clause", clause: "a4#4" },
      measure: { kind: "ratio", numerator: "proprete:visits", denominator: "entries-into-cdi", percent: true }
    }
    const ofRate = { ...rate, id: "proprete:rate-of-rate", measure: { ...rate.measure, numerator: "proprete:rate" } }
    const plugin = proprete((i) => ({ ...i, indicators: [...i.indicators, rate, ofRate] as never }))
    expect(problems({ acts: [avenant1(plugin)] }).map((p) => `${p.code} ${p.path}`)).toEqual([
      "composition.indicator-unknown-reference $.indicators[2].measure.numerator"
    ])
  })
  it("a4#4: an indicator added by a decision is located at its operation, by index", () => {
    const indicator = (id: string, measure?: unknown) => ({
      op: "indicator-added",
      indicator: {
        id,
        label: { fr: "x", en: "x" },
        description: { fr: "x", en: "x" },
        unit: "count",
        dimensions: [],
        source: { kind: "clause", clause: "a4#4" },
        ...(measure === undefined ? {} : { measure })
      }
    })
    const decision = defineCommitteeDecision({
      id: "copil-2025-2",
      agreement: agreement2024.id,
      body: "national-committee",
      meetingDate: "2025-01-20",
      effectiveDate: "2025-02-01",
      operations: [indicator("counted", { kind: "count", of: "actions" }), indicator("uncounted")] as never
    })
    expect(problems({ acts: [decision] }).map((p) => `${p.subject.fr} ${p.path} ${p.code}`)).toEqual([
      "décision copil-2025-2 du comité national $.operations[1].indicator.measure composition.indicator-not-computable"
    ])
  })
  it("a4#4: a computable plugin indicator is accepted, with its measure in the agreement in force", () => {
    const f = Composition.asOf(timeline({ acts: [avenant1()] }), "2025-08-01")
    expect(f.indicators.find((i) => i.id === "proprete:visits")?.measure).toEqual({
      kind: "count",
      of: "participations",
      where: { actionTypes: ["proprete:chantier-decouverte"] }
    })
  })
})
