import { describe, expect, it } from "vitest"
import { agreement2024, Suggest } from "../src/index.js"

// the action types of the 2024 agreement, as the validator gives them (a3.3#7)
const actionTypes = agreement2024.actionTypes.map((t) => ({ code: t.id, labels: t.label }))

describe("closest codes to what was written", () => {
  it("a3.3#7: finds each of the eight action types from its French label, its English label and its code", () => {
    expect(actionTypes).toHaveLength(8)
    for (const t of actionTypes) {
      expect(Suggest.closest(t.labels.fr, actionTypes)[0], t.labels.fr).toBe(t.code)
      expect(Suggest.closest(t.labels.en, actionTypes)[0], t.labels.en).toBe(t.code)
      expect(Suggest.closest(t.labels.fr.toUpperCase(), actionTypes)[0], t.labels.fr).toBe(t.code)
      expect(Suggest.closest(t.code.replaceAll("-", "_"), actionTypes)[0], t.code).toBe(t.code)
    }
  })
  it.each([
    ["Visites d'entreprises", "company-visit"],
    ["VISITE D’ENTREPRISE", "company-visit"],
    ["visite entreprise", "company-visit"],
    ["visit entrprise", "company-visit"],
    ["Immersions", "facilitated-immersion"],
    ["sas métiers", "trade-discovery-airlock"],
    ["parrainage", "mentoring"],
    ["info collective", "collective-information"],
    ["POE", "poe-sourcing"]
  ])("%s → %s", (written, code) => {
    expect(Suggest.closest(written, actionTypes)[0]).toBe(code)
  })
  it("suggests nothing when nothing is close", () => {
    expect(Suggest.closest("comptabilité", actionTypes)).toEqual([])
    expect(Suggest.closest("", actionTypes)).toEqual([])
    expect(Suggest.closest("?!", actionTypes)).toEqual([])
  })
  it("gives at most max codes, best first", () => {
    const kinds = ["cdi", "cdd", "training"].map((code) => ({ code, labels: { fr: code.toUpperCase(), en: code } }))
    expect(Suggest.closest("cdx", kinds, { max: 2, threshold: 0.3 })).toEqual(["cdi", "cdd"])
    expect(Suggest.closest("cdx", kinds, { max: 1, threshold: 0.3 })).toEqual(["cdi"])
  })
  it("compares words without case, accents, apostrophes or a plural s", () => {
    expect(Suggest.words("Immersions facilitées")).toEqual(["immersion", "facilitee"])
    expect(Suggest.words("l’emploi des jeunes")).toEqual(["emploi", "jeune"])
  })
})
