import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  Agreement,
  Amendment,
  Annotations,
  agreement2024 as accord,
  OpcoScope,
  Party,
  Territory
} from "../src/index.js"

// The 2024 agreement, clause by clause: each test names the clause it checks.
const fact = (id: string) => {
  const f = accord.facts.find((x) => x.id === id)
  if (f === undefined) throw new Error(`no fact ${id}`)
  return f
}
const objectivesOf = (clause: string) => accord.objectives.filter((o) => o.clause === clause).map((o) => o.id)
const commitmentsOf = (clause: string) => accord.commitments.filter((c) => c.clauses.includes(clause))
const branch = (id: string) => Agreement.branchesOf(accord).find((b) => b.id === id)
// a clause's paraphrase, in French and English
const summary = (id: string) => {
  const c = accord.clauses.find((x) => x.id === id)
  if (c === undefined) throw new Error(`no clause ${id}`)
  return c.summary
}

describe("identity and signature", () => {
  it("has its own id, since its title is shared with the Mission Jeunes agreement", () => {
    expect(accord.id).toBe("accord-cadre-jeunes-2024")
    expect(accord.title).toBe("Accord-cadre pour l'emploi et la qualification des jeunes")
  })
  it("sig#1: made in Paris on 16 September 2024 in three copies, one per signatory", () => {
    expect([accord.signaturePlace, accord.signatureDate, accord.copies]).toEqual(["Paris", "2024-09-16", 3])
    expect(accord.signatories).toHaveLength(accord.copies)
  })
  it("sig#2: the ministry is represented by the délégué général and signed P/O by a chef de service, his deputy", () => {
    const s = accord.signatories.find((x) => x.party === "state")
    expect(s?.representations).toHaveLength(1)
    const [r] = s?.representations ?? []
    expect(r?.representative.title).toBe("Délégué général à l'emploi et à la formation professionnelle")
    expect(r && Party.isByDelegation(r)).toBe(true)
    expect(r?.signedByDelegation).toEqual({
      name: "Fabrice Masi",
      title: "Chef de service, adjoint au délégué général à l'emploi et à la formation professionnelle"
    })
    // a chef de service who is the délégué général's deputy, not a deputy head of department
    expect(summary("sig#2").fr).toContain("par un chef de service, adjoint au délégué général")
    expect(summary("sig#2").en).toContain("a chef de service, deputy to the délégué général")
    expect(summary("sig#2").en).not.toContain("deputy head")
  })
  it("sig#3: UNML is represented by its president and signs by delegation through a bureau member", () => {
    const [r] = accord.signatories.find((x) => x.party === "unml")?.representations ?? []
    expect(r?.representative.title).toBe("Président")
    expect(r?.signedByDelegation?.title).toContain("membre du bureau de l'UNML")
  })
  it("sig#4: AKTO is represented by its president and its vice-president, without delegation", () => {
    const rs = accord.signatories.find((x) => x.party === "akto")?.representations ?? []
    expect(rs.map((r) => r.representative.title)).toEqual(["Président", "Vice-président"])
    expect(rs.some(Party.isByDelegation)).toBe(false)
  })
})

describe("preamble", () => {
  it("pre#1: the CEJ, since 1 March 2022, for young people of 16 to 25 neither in study nor in training and facing difficulties in accessing employment", () => {
    expect([fact("cej-start-date").value, fact("cej-minimum-age").value, fact("cej-maximum-age").value]).toEqual([
      "2022-03-01",
      16,
      25
    ])
    expect(summary("pre#1").fr).toContain(
      "ni en études ni en formation et rencontrant des difficultés d'accès à l'emploi"
    )
    expect(summary("pre#1").en).toContain(
      "neither in study nor in training and face difficulties in accessing employment"
    )
    expect(summary("pre#1").fr).toContain("France Travail et les missions locales")
  })
  it("pre#2: the right to support covers ages 16 to 25 révolus (Code du travail L5131-3)", () => {
    expect(fact("support-right-minimum-age").value).toBe(16)
    expect(fact("support-right-maximum-age").value).toBe(25)
    expect(fact("support-right-maximum-age").unit?.fr).toBe("ans révolus")
    expect(fact("support-right-legal-basis").value).toContain("L5131-3")
  })
  it("pre#3: employers become full actors of the young person's integration", () => {
    expect(objectivesOf("pre#3")).toEqual(["employers-as-actors"])
  })
  it("pre#4: towards employers, recruitment support, little-known, badly perceived or training-orphan trades, all the territory's aids and schemes", () => {
    expect(objectivesOf("pre#4")).toEqual(["recruitment-support"])
    expect(summary("pre#4").fr).toContain("méconnus, mal perçus ou orphelins de formation")
    expect(summary("pre#4").fr).toContain("l'ensemble des aides et dispositifs disponibles sur le territoire")
    expect(summary("pre#4").en).toContain("badly perceived")
    expect(summary("pre#4").en).toContain("all the aids and schemes available in the territory")
  })
  it("pre#5: it follows the Mission Jeunes model (2014, renewed 2021) of the ministry, UNML, Prism'emploi, AKTO and FASTT", () => {
    expect([fact("mission-jeunes-since").value, fact("mission-jeunes-renewed").value]).toEqual([2014, 2021])
    for (const partner of ["UNML", "Prism'emploi", "AKTO", "FASTT"]) {
      expect(summary("pre#5").fr).toContain(partner)
      expect(summary("pre#5").en).toContain(partner)
    }
    expect(summary("pre#5").en).toContain("Labour ministry")
  })
  it("pre#6: three founding branches, each a party committed to recruitment and attractiveness", () => {
    const branches = Agreement.branchesOf(accord)
    expect(branches.map((b) => b.id)).toEqual(["commerce-de-gros", "hcr", "bois"])
    expect(fact("founding-branch-count").value).toBe(branches.length)
    for (const b of branches)
      expect(
        commitmentsOf("pre#6").some((c) => c.by === b.partyId && c.id === `${b.id}:recruitment-and-attractiveness`)
      ).toBe(true)
  })
  it("pre#6: the branches are known by their IDCC sets (0573, 1979, 0158 and regional forestry conventions)", () => {
    expect(branch("commerce-de-gros") && Party.idccsOf(branch("commerce-de-gros") as Party.ProfessionalBranch)).toEqual(
      ["0573"]
    )
    expect(branch("hcr") && Party.idccsOf(branch("hcr") as Party.ProfessionalBranch)).toEqual(["1979"])
    const wood = Party.idccsOf(branch("bois") as Party.ProfessionalBranch)
    expect(wood[0]).toBe("0158")
    expect(wood.length).toBeGreaterThan(1)
  })
  it("pre#7: another branch within AKTO's scope may join by an amendment formalising its commitments", () => {
    expect(accord.term.amendable).toBe(true)
    // the act that brings a branch in, and the dated list of the conventions AKTO serves
    expect(Annotations.clausesOf(Amendment.BranchJoins)).toContain("pre#7")
    expect(Annotations.clausesOf(OpcoScope.OpcoScope)).toContain("pre#7")
    expect(OpcoScope.covers(OpcoScope.akto2024, "3043")).toBe(true)
    expect(summary("pre#7").en).toContain("AKTO's scope")
  })
})

describe("partners", () => {
  it("par#1: UNML is a 1901-law association founded in 2003, employers' body of a branch of about 15,000", () => {
    expect(fact("unml-founded").value).toBe(2003)
    expect(fact("unml-legal-form").value).toContain("1901")
    expect(fact("mission-locale-branch-employees").value).toBe(15000)
    expect(accord.parties.some((p) => p.kind === "unml")).toBe(true)
  })
  it("par#2: 432 missions locales, over 1.3 million young people, 6,800 reception sites", () => {
    expect([
      fact("missions-locales").value,
      fact("young-people-per-year").value,
      fact("reception-sites").value
    ]).toEqual([432, 1300000, 6800])
  })
  it("par#3: the missions locales' service themes", () => {
    const themes = String(fact("mission-locale-service-themes").value).split(", ")
    expect(themes).toEqual(["emploi", "formation", "santé", "logement", "droits", "culture", "sport", "loisirs"])
  })
  it("par#4: support runs within PACEA and, since 1 March 2022, the CEJ", () => {
    expect(fact("cej-in-missions-locales-since").value).toBe("2022-03-01")
  })
  it("par#5: three principles of action", () => {
    expect(objectivesOf("par#5")).toEqual(["access-for-all", "co-built-pathways", "secured-pathways"])
  })
  it("par#6: ARMLs are regional parties, one per region code", () => {
    expect(Schema.decodeUnknownSync(Party.Party)({ kind: "arml", id: "arml:84", region: "84" }).kind).toBe("arml")
    expect(Schema.is(Party.Party)({ kind: "arml", id: "arml:99", region: "99" })).toBe(false)
    expect(Annotations.clausesOf(Party.Arml)).toEqual(["par#6"])
  })
  it("par#7: AKTO is a skills operator approved from 1 April 2019", () => {
    const akto = accord.parties.find((p) => p.kind === "opco")
    expect(akto?.kind === "opco" && akto.approvedFrom).toBe("2019-04-01")
    expect(fact("akto-approved-from").value).toBe("2019-04-01")
  })
  it("par#8: AKTO's 27 branches and its overseas territories are valid region codes", () => {
    expect(fact("akto-branch-count").value).toBe(27)
    const delegate = String(fact("akto-delegate-regions").value).split(",")
    const operator = String(fact("akto-operator-territories").value).split(",")
    expect(delegate.map((c) => Territory.region(c)?.name)).toEqual(["Guadeloupe", "Martinique", "Guyane", "La Réunion"])
    expect(operator.map((c) => Territory.region(c)?.name)).toEqual([
      "Mayotte",
      "Saint-Pierre-et-Miquelon",
      "Saint-Barthélemy",
      "Saint-Martin"
    ])
  })
  it("par#9: AKTO's figures", () => {
    expect(
      ["akto-member-companies", "akto-employees", "akto-work-study-contracts-funded", "akto-employees-trained"].map(
        (id) => fact(id).value
      )
    ).toEqual([333000, 3600000, 128000, 617000])
  })
})

describe("articles 1 and 2: object and operational objectives", () => {
  it("a1#1: a framework of territorial cooperation", () => {
    expect(objectivesOf("a1#1")).toEqual(["territorial-cooperation"])
  })
  it("a1#2: three contributions", () => {
    expect(objectivesOf("a1#2")).toEqual(["mutual-knowledge", "define-commitments", "tools-per-action-type"])
  })
  it.each([
    ["a2#1", "promote-trades"],
    ["a2#2", "qualify-young-people"],
    ["a2#3", "experiment-support-designs"],
    ["a2#4", "first-work-experience"]
  ])("%s: operational objective %s", (clause, id) => {
    expect(objectivesOf(clause)).toEqual([id])
  })
})

describe("article 3: commitments", () => {
  it.each([
    ["a3#1", "all-signatories"],
    ["a3#2", "all-signatories"],
    ["a3#3", "all-signatories"],
    ["a3#4", "all-signatories"],
    ["a3#5", "all-signatories"],
    ["a3#6", "all-signatories"],
    ["a3.1#1", "state"],
    ["a3.1#2", "state"],
    ["a3.1#3", "state"],
    ["a3.2#1", "unml"],
    ["a3.2#2", "unml"],
    ["a3.2#3", "unml"],
    ["a3.3#1", "akto"],
    ["a3.3#2", "akto"],
    ["a3.3#3", "akto"],
    ["a3.3#4", "akto"],
    ["a3.3#5", "akto"]
  ])("%s: one commitment, by %s", (clause, by) => {
    const found = commitmentsOf(clause)
    expect(found.map((c) => c.by)).toEqual([by])
    expect(found[0]?.text.fr.length).toBeGreaterThan(0)
    expect(found[0]?.text.en.length).toBeGreaterThan(0)
  })
  it("a3#3: the territorial diagnosis is shared between missions locales, companies and State services", () => {
    for (const text of [summary("a3#3"), commitmentsOf("a3#3")[0]?.text]) {
      expect(text?.fr).toContain("entre missions locales, entreprises et services de l'État")
      expect(text?.en).toContain("between missions locales, companies and State services")
      expect(text?.fr).toContain("besoins et projets des jeunes")
    }
  })
  it("a3.1#2: the employment-policy tools serve employability and access to employment and qualification", () => {
    for (const text of [summary("a3.1#2"), commitmentsOf("a3.1#2")[0]?.text]) {
      expect(text?.fr).toContain("l'employabilité")
      expect(text?.fr).toContain("l'accès des jeunes à l'emploi et à la qualification")
      expect(text?.en).toContain("access to employment and qualification")
    }
  })
  it("a3.3#1 and a3.3#2: the text ties AKTO's information and networking to no action type", () => {
    expect(commitmentsOf("a3.3#1")[0]?.actionTypes).toBeUndefined()
    expect(commitmentsOf("a3.3#2")[0]?.actionTypes).toBeUndefined()
  })
  it("a3.3#3: publicising POEC sessions uses the POE sourcing action type (the project's reading)", () => {
    expect(commitmentsOf("a3.3#3")[0]?.actionTypes).toEqual(["poe-sourcing"])
    // the only commitment tied to an action type
    expect(accord.commitments.filter((c) => c.actionTypes !== undefined).map((c) => c.id)).toEqual([
      "akto:poec-programming"
    ])
  })
  it("a3.3#6: the branches' own commitments are annex 1, supplied by branch plugins, not invented here", () => {
    const annex1 = accord.annexes.find((a) => a.number === 1)
    expect(annex1?.public).toBe(false)
    expect(annex1?.suppliedBy).toBe("branch-plugins")
    expect(annex1?.clauses).toContain("a3.3#6")
    expect(accord.commitments.some((c) => c.targets !== undefined)).toBe(false)
  })
  it("a3.3#7: the catalog holds the eight action types, ranked as listed", () => {
    expect(accord.actionTypes.map((t) => [t.rank, t.id])).toEqual([
      [1, "mutual-knowledge"],
      [2, "mission-locale-support"],
      [3, "collective-information"],
      [4, "company-visit"],
      [5, "facilitated-immersion"],
      [6, "trade-discovery-airlock"],
      [7, "poe-sourcing"],
      [8, "mentoring"]
    ])
    expect(accord.actionTypes.map((t) => t.label.fr)).toContain("Sas de découverte des métiers")
    for (const t of accord.actionTypes) expect(t.clauses).toContain("a3.3#7")
  })
})

describe("article 4: steering", () => {
  const national = accord.governance.national
  it("a4#1: the national committee works from the correspondents' reports", () => {
    expect(national.inputs.en).toContain("correspondents")
    expect(national.clauses).toContain("a4#1")
  })
  it("a4#2: the national committee is made of the DGEFP, UNML, the signatory branches and AKTO", () => {
    expect(national.composition.map((s) => (s.kind === "party" ? s.party : s.kind))).toEqual([
      "state",
      "unml",
      "signatory-branches",
      "akto"
    ])
    expect(national.composition.map((s) => s.label.fr)).toEqual([
      "DGEFP",
      "UNML",
      "Branches professionnelles signataires",
      "AKTO"
    ])
    expect(national.clauses).toContain("a4#2")
  })
  it("a4#3: it meets at least twice a year", () => {
    expect(national.minimumMeetingsPerYear).toBe(2)
  })
  it("a4#4: annual report, tracking table (CDD, CDI, work-study), communication and final evaluation", () => {
    expect(national.duties.map((d) => d.deliverable)).toEqual([
      "annual-report",
      "tracking-table",
      "communication",
      "final-evaluation"
    ])
    expect(accord.indicators.map((i) => i.id)).toEqual([
      "entries-into-cdi",
      "entries-into-cdd",
      "entries-into-work-study"
    ])
    for (const i of accord.indicators) expect(i.source).toEqual({ kind: "clause", clause: "a4#4" })
  })
  it("a3.3#4 and a4#4: the annual report's indicators are left to the first national committee", () => {
    expect(accord.pendingDecisions).toEqual([
      expect.objectContaining({ id: "annual-report-indicators", decidedBy: "first-national-committee" })
    ])
    expect(accord.pendingDecisions[0]?.clauses).toEqual(["a3.3#4", "a4#4"])
  })
  it("a4.1#1: signatories steer regionally through designated correspondents", () => {
    expect(accord.governance.referents.levels).toEqual(["national", "regional"])
    expect(accord.governance.regional.clauses).toContain("a4.1#1")
  })
  it("a4.1#2: each year the DREETS convenes the regional steering committee", () => {
    expect(accord.governance.regional.convenedBy).toBe("state-regional-service")
    expect(accord.governance.regional.meetingsPerYear).toBe(1)
  })
  it("a3#2: each signatory party names one referent", () => {
    expect(accord.governance.referents.perSignatoryParty).toBe(1)
  })
})

describe("articles 5 to 7", () => {
  it("a5#1: personal data stays confidential during and after the agreement, outside its communication", () => {
    expect(accord.confidentiality).toEqual({
      personalDataConfidential: true,
      survivesEndOfAgreement: true,
      exceptCommunicationUnderAgreement: true,
      clauses: ["a5#1"]
    })
  })
  it("a6#1: three annexes, part of the agreement, none public, each supplied as data", () => {
    expect(accord.annexes.map((a) => [a.number, a.suppliedBy, a.public])).toEqual([
      [1, "branch-plugins", false],
      [2, "action-type-catalog", false],
      [3, "referent-designations", false]
    ])
  })
  it("a7#1: in force from signature for three years", () => {
    expect(accord.term.startsOn).toBe("signature-date")
    expect(accord.term.durationYears).toBe(3)
  })
  it("a7#2: modifiable by amendment", () => {
    expect(accord.term.amendable).toBe(true)
    expect(accord.term.clauses).toContain("a7#2")
  })
  it("a7#3: any signatory may end it by registered letter to all others, actions under way continue", () => {
    expect(accord.term.termination).toMatchObject({
      requestedBy: "any-signatory",
      addressedTo: "all-other-parties",
      form: "registered-letter-with-acknowledgement",
      ongoingActionsContinue: true
    })
  })
  it("a7#4: termination takes effect three months after receipt", () => {
    expect(accord.term.termination.noticeMonths).toBe(3)
    expect(accord.term.termination.noticeRunsFrom).toBe("receipt")
  })
})

describe("the data as a whole", () => {
  it("every clause has a kind and a paraphrase in French and English", () => {
    for (const c of accord.clauses) {
      expect(c.summary.fr.length).toBeGreaterThan(10)
      expect(c.summary.en.length).toBeGreaterThan(10)
    }
  })
})
