import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Agreement, agreement2024 } from "../src/index.js"
import { problems, refused } from "./support.js"

// The Agreement schema refuses inconsistent data, wherever it comes from (an amended copy, a
// branch's data): each problem is located and names what clashes.
const base = Schema.encodeSync(Agreement.Agreement)(agreement2024)
type Encoded = typeof base

const withChange = (f: (a: Encoded) => Encoded) => f(structuredClone(base) as Encoded)

describe("Agreement consistency", () => {
  it("accepts the 2024 agreement as encoded", () => {
    expect(Schema.decodeUnknownSync(Agreement.Agreement)(base, { onExcessProperty: "error" }).id).toBe(agreement2024.id)
  })
  it("refuses a commitment citing a clause the agreement does not have", () => {
    const bad = withChange((a) => ({
      ...a,
      commitments: [
        { ...a.commitments[0], clauses: ["a9#1"] } as (typeof a.commitments)[number],
        ...a.commitments.slice(1)
      ]
    }))
    expect(problems(Agreement.Agreement, bad)).toEqual(["$.commitments[0].clauses[0] clause.unknown"])
  })
  it("refuses a duplicate clause id, saying where the first one is", () => {
    const bad = withChange((a) => ({ ...a, clauses: [...a.clauses, a.clauses[3]] as typeof a.clauses }))
    const [d] = refused(Agreement.Agreement, bad)
    expect(d?.code).toBe("id.duplicate")
    expect(d?.message.en).toBe(`Clause "pre#4" is already declared at $.clauses[3]`)
  })
  it("pre#7: refuses an IDCC claimed by two branches, naming both", () => {
    const bad = withChange((a) => ({
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
      ] as typeof a.parties
    }))
    const [d, ...rest] = refused(Agreement.Agreement, bad)
    expect(rest).toEqual([])
    expect(d?.code).toBe("branch.idcc-claimed-twice")
    expect(d?.message.fr).toBe(
      "L'IDCC 1979 est revendiqué par la branche « hcr » et par la branche « restauration-rapide » : une branche est l'ensemble de ses conventions (clause pre#7)"
    )
  })
  it("refuses a branch listing the same IDCC twice, even written differently", () => {
    const bad = withChange((a) => ({
      ...a,
      parties: a.parties.map((p) =>
        p.kind === "branch" && p.id === "bois" ? { ...p, conventions: [{ idcc: "158" }, { idcc: "0158" }] } : p
      ) as never
    }))
    expect(problems(Agreement.Agreement, bad)).toEqual(["$.parties[5].conventions branch.duplicate-idcc"])
  })
  it("refuses a commitment by an undeclared party and an action type outside the catalog", () => {
    const bad = withChange((a) => ({
      ...a,
      commitments: [
        { ...a.commitments[0], by: "france-travail", actionTypes: ["job-dating"] } as (typeof a.commitments)[number],
        ...a.commitments.slice(1)
      ]
    }))
    expect(problems(Agreement.Agreement, bad)).toEqual([
      "$.commitments[0].by party.unknown",
      "$.commitments[0].actionTypes[0] action-type.unknown"
    ])
  })
  it("refuses a signatory that is not a declared party", () => {
    const bad = withChange((a) => ({
      ...a,
      signatories: [{ ...a.signatories[0], party: "fastt" }, ...a.signatories.slice(1)] as typeof a.signatories
    }))
    expect(problems(Agreement.Agreement, bad)).toEqual(["$.signatories[0].party party.unknown"])
  })
  it("a4#3: refuses a committee that would meet less than once a year", () => {
    const bad = withChange((a) => ({
      ...a,
      governance: { ...a.governance, national: { ...a.governance.national, minimumMeetingsPerYear: 0 } }
    }))
    expect(problems(Agreement.Agreement, bad).map((p) => p.split(" ")[0])).toEqual([
      "$.governance.national.minimumMeetingsPerYear"
    ])
  })
})
