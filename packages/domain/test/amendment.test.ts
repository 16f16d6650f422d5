import { describe, expect, it } from "vitest"
import { Amendment } from "../src/index.js"
import { accepted, problems } from "./support.js"

const signatories = [
  { party: "state", representations: [{ representative: { name: "A. Martin", title: "Directrice" } }] }
]
const joins = {
  op: "branch-joins",
  branch: {
    kind: "branch",
    id: "proprete",
    partyId: "branch:proprete",
    name: { fr: "Propreté (exemple fictif)", en: "Cleaning (fictional example)" },
    conventions: [{ idcc: "3043" }]
  },
  commitments: [],
  actionTypes: [],
  indicators: []
}
const amendment = {
  kind: "amendment",
  agreement: "accord-cadre-jeunes-2024",
  number: 1,
  title: { fr: "Avenant n°1 (fictif)", en: "Amendment no. 1 (fictional)" },
  signatureDate: "2025-06-01",
  effectiveDate: "2025-07-01",
  signatories,
  operations: [joins]
}

describe("amendments (a7#2) and committee decisions", () => {
  it("a7#2: accepts an amendment by which a branch joins", () => {
    const a = accepted(Amendment.Amendment, amendment)
    expect(a.operations[0]?.op).toBe("branch-joins")
  })
  it("refuses an amendment effective before its signature", () => {
    expect(problems(Amendment.Amendment, { ...amendment, effectiveDate: "2025-05-31" })).toEqual([
      "$.effectiveDate act.effective-before-signature"
    ])
  })
  it("refuses an amendment with no operation", () => {
    expect(problems(Amendment.Amendment, { ...amendment, operations: [] })).toEqual(["$.operations[0] field.missing"])
  })
  it("a7#1: a clause change carries a new wording or parameters (e.g. a longer duration)", () => {
    const change = { op: "clause-amended", clause: "a7#1", parameters: { "duration-years": 4 } }
    expect(accepted(Amendment.Operation, change).op).toBe("clause-amended")
    expect(problems(Amendment.Operation, { op: "clause-amended", clause: "a7#1" })).toEqual([
      "$ amendment.empty-clause-change"
    ])
  })
  it("refuses an unknown operation", () => {
    expect(problems(Amendment.Operation, { op: "branch-merges" }).length).toBeGreaterThan(0)
  })
  it("a3.3#4: the first national committee's decision setting indicators is a dated act", () => {
    const decision = {
      kind: "committee-decision",
      id: "copil-2024-12-decision-1",
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
            label: { fr: "Jeunes ayant participé à une action", en: "Young people who took part in an action" },
            description: { fr: "Nombre de jeunes distincts", en: "Number of distinct young people" },
            unit: "count",
            dimensions: ["region", "branch"],
            source: { kind: "committee-decision", decision: "copil-2024-12-decision-1" }
          }
        }
      ]
    }
    expect(accepted(Amendment.CommitteeDecision, decision).effectiveDate).toBe("2025-01-01")
    expect(problems(Amendment.CommitteeDecision, { ...decision, effectiveDate: "2024-12-09" })).toEqual([
      "$.effectiveDate act.effective-before-meeting"
    ])
  })
})
