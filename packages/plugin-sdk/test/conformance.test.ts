import { describe, expect, it } from "vitest"
import { Conformance } from "../src/index.js"
import { testBranchPlugin } from "../src/testing.js"
import { proprete } from "./fixtures.js"

// The kit, used as a plugin author would: one call.
testBranchPlugin(proprete())

const failing = (report: Conformance.Report) =>
  Object.fromEntries(
    Object.entries(report)
      .filter(([, ps]) => ps.length > 0)
      .map(([t, ps]) => [t, ps.map((p) => p.code)])
  )

describe("the conformance report", () => {
  it("passes a good plugin", () => {
    expect(failing(Conformance.check(proprete()))).toEqual({})
    expect(Conformance.passes(Conformance.check(proprete()))).toBe(true)
  })
  it("puts an SDK mismatch under its own theme", () => {
    expect(failing(Conformance.check(proprete((i) => ({ ...i, meta: { ...i.meta, sdk: "^5.0.0" } }))))).toEqual({
      sdk: ["plugin.sdk-out-of-range"]
    })
  })
  it("puts bad codes and missing French labels under their themes", () => {
    const report = Conformance.check(
      proprete((i) => ({
        ...i,
        trades: [{ rome: "K22" }],
        meta: { ...i.meta, name: { fr: "", en: "Cleaning" } }
      }))
    )
    expect(failing(report)).toEqual({ labels: ["text.empty-or-untrimmed"], codes: ["rome.format"] })
  })
  it("requires example records, valid and belonging to the branch", () => {
    expect(failing(Conformance.check(proprete((i) => ({ ...i, exampleRecords: [] }))))).toEqual({
      records: ["plugin.no-example-record"]
    })
    const foreign = proprete((i) => ({
      ...i,
      exampleRecords: [
        { ...(i.exampleRecords[0] as object), branches: ["hcr"] },
        { ...(i.exampleRecords[0] as object), startDate: "2026-02-30" }
      ]
    }))
    expect(failing(Conformance.check(foreign))).toEqual({
      records: ["date.nonexistent", "plugin.example-outside-branch"]
    })
  })
  it("a3.3#7: checks that catalog action types exist and that commitments cite real clauses", () => {
    const report = Conformance.check(
      proprete((i) => ({
        ...i,
        actionTypes: { ...i.actionTypes, catalog: ["job-dating"] },
        commitments: [{ ...(i.commitments[0] as (typeof i.commitments)[number]), clauses: ["a8#1"] }]
      }))
    )
    expect(failing(report)).toEqual({
      composition: ["composition.unknown-action-type", "composition.unknown-clause"]
    })
  })
  it("pre#7: finds an IDCC clash with the founding branches", () => {
    const report = Conformance.check(proprete((i) => ({ ...i, conventions: [{ idcc: "0573" }] })))
    expect(failing(report)).toEqual({ composition: ["composition.idcc-claimed-twice"] })
  })
})
