import { agreement2024 } from "@accord-jeunes/domain"
import { describe, expect, it } from "vitest"
import { type BranchPlugin, Conformance, defineBranchPlugin } from "../src/index.js"
import { testBranchPlugin } from "../src/testing.js"
import { proprete, propreteInput } from "./fixtures.js"

// The kit, used as a plugin author would: one call.
testBranchPlugin(proprete())

// the themes that did not pass, with their problems' codes (or "not-run")
const failing = (report: Conformance.Report) =>
  Object.fromEntries(
    Object.entries(report)
      .filter(([, o]) => o.status !== "passed")
      .map(([t, o]) => [t, o.status === "not-run" ? "not-run" : o.problems.map((p) => p.code)])
  )

describe("the conformance report", () => {
  it("passes a good plugin", () => {
    expect(failing(Conformance.check(proprete()))).toEqual({})
    expect(Conformance.passes(Conformance.check(proprete()))).toBe(true)
  })
  it("puts an SDK mismatch under its own theme", () => {
    const report = Conformance.check(proprete((i) => ({ ...i, meta: { ...i.meta, sdk: "^5.0.0" } })))
    expect(failing(report)).toEqual({ sdk: ["plugin.sdk-out-of-range"], composition: "not-run" })
    expect(report.composition).toEqual({
      status: "not-run",
      problems: [],
      reason: {
        fr: "le plugin ne se charge pas (voir les autres thèmes) : son entrée dans l'accord n'a pas été essayée",
        en: "the plugin does not load (see the other themes): joining the agreement was not tried"
      }
    })
    expect(Conformance.passes(report)).toBe(false)
  })
  it("puts bad codes and missing French labels under their themes", () => {
    const report = Conformance.check(
      proprete((i) => ({
        ...i,
        trades: [{ rome: "K22" }],
        meta: { ...i.meta, name: { fr: "", en: "Cleaning" } }
      }))
    )
    expect(failing(report)).toEqual({
      labels: ["text.empty-or-untrimmed"],
      codes: ["rome.format"],
      composition: "not-run"
    })
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
    // the domain's codes for an unknown action type or clause, located in the plugin
    expect(failing(report)).toEqual({ composition: ["action-type.unknown", "clause.unknown"] })
    expect(report.composition.problems.map((p) => p.path)).toEqual([
      "$.actionTypes.catalog[0]",
      "$.commitments[0].clauses[0]"
    ])
  })
  it("pre#7: finds an IDCC clash with the founding branches", () => {
    const report = Conformance.check(proprete((i) => ({ ...i, conventions: [{ idcc: "0573" }] })))
    expect(failing(report)).toEqual({ composition: ["branch.idcc-claimed-twice"] })
  })
})

// A plugin that calls itself by a founding branch's id, its own ids in that namespace.
const calledHcr = (packageName: string) => {
  const i = propreteInput()
  return defineBranchPlugin({
    ...i,
    meta: { ...i.meta, id: "hcr", packageName },
    conventions: [{ idcc: "3043" }],
    commitments: [],
    actionTypes: { catalog: ["company-visit"], own: [] },
    indicators: [],
    exampleRecords: [{ ...(i.exampleRecords[0] as object), branches: ["hcr"] }]
  })
}

describe("a report that tells the truth", () => {
  it("pre#7: runs every check of a broken plugin and reports every problem together", () => {
    const report = Conformance.check(
      proprete((i) => ({
        ...i,
        meta: { ...i.meta, version: "one", sdk: "^9.0.0" },
        trades: [{ rome: "Z9999" }],
        commitments: [
          i.commitments[0],
          { ...(i.commitments[0] as (typeof i.commitments)[number]), id: "visits" }
        ] as typeof i.commitments,
        exampleRecords: [{ ...(i.exampleRecords[0] as object), startDate: "2026-02-30" }]
      }))
    )
    expect(failing(report)).toEqual({
      sdk: ["plugin.sdk-out-of-range"],
      declaration: ["plugin.version-format"],
      codes: ["rome.format"],
      ids: ["plugin.id-not-namespaced"],
      records: ["date.nonexistent"],
      composition: "not-run"
    })
    expect(report.ids.problems[0]?.path).toBe("$.commitments[1].id")
    expect(report.records.problems[0]?.path).toBe("$.exampleRecords[0].startDate")
    expect(Conformance.passes(report)).toBe(false)
  })
  it("pre#7: shows a theme it could not check as not run, with why, never as passed", () => {
    const report = Conformance.check(proprete((i) => ({ ...i, meta: { ...i.meta, sdk: "latest!" } })))
    expect(report.sdk).toEqual({
      status: "not-run",
      problems: [],
      reason: {
        fr: "meta.sdk n'est pas une plage de versions lisible : la compatibilité avec le SDK n'a pas été vérifiée",
        en: "meta.sdk is not a readable version range: compatibility with the SDK was not checked"
      }
    })
    expect(report.declaration.problems.map((p) => `${p.path} ${p.code}`)).toEqual(["$.meta.sdk plugin.range-format"])
    const text = Conformance.format(report, "en").split("\n")
    expect(text[0]).toBe(
      "– supports this SDK version (not checked: meta.sdk is not a readable version range: compatibility with the SDK was not checked)"
    )
    expect(text).toContain("✓ valid codes (IDCC, ROME, RNCP, RS, regions, dates)")
  })
  it("pre#7: still checks the example records when the branch's metadata is wrong, and says what it skipped", () => {
    const report = Conformance.check(
      proprete((i) => ({
        ...i,
        meta: { ...i.meta, id: "Proprete" },
        exampleRecords: [{ ...(i.exampleRecords[0] as object), region: "99" }]
      }))
    )
    expect(report.records.status).toBe("failed")
    expect(report.records.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      "$.exampleRecords[0].region value.not-allowed"
    ])
    expect(report.records.status === "failed" && report.records.reason?.en).toBe(
      "the branch's id or conventions are not valid: whether the examples belong to the branch was not checked"
    )
  })
  it("reports a fault of the kit itself (a base agreement that cannot be read) as a problem, never a throw", () => {
    const broken = Object.defineProperty({ ...agreement2024 }, "parties", {
      get: () => {
        throw new Error("parties illisibles")
      }
    })
    let report: Conformance.Report | undefined
    expect(() => {
      report = Conformance.check(proprete(), { base: broken })
    }).not.toThrow()
    expect(report?.composition.problems.map((p) => `${p.code} ${p.message.en}`)).toEqual([
      "conformance.crashed The trial composition failed unexpectedly: parties illisibles"
    ])
  })
  it("passes only when every theme ran and found nothing", () => {
    const passed = Conformance.check(proprete())
    expect(Object.values(passed).map((o) => o.status)).toEqual(Array(8).fill("passed"))
    expect(Conformance.passes(passed)).toBe(true)
    expect(Conformance.problems(passed)).toEqual([])
  })
  it("pre#6: refuses a founding branch's id claimed by another package, naming the package that holds it", () => {
    const report = Conformance.check(calledHcr("@example/branch-proprete"))
    const claimed = report.ids.problems.find((p) => p.code === "plugin.founding-id-claimed")
    expect(claimed).toEqual({
      code: "plugin.founding-id-claimed",
      severity: "error",
      clause: "pre#6",
      subject: { fr: "plugin @example/branch-proprete@1.0.0", en: "plugin @example/branch-proprete@1.0.0" },
      other: { fr: "@accord-jeunes/branch-hcr", en: "@accord-jeunes/branch-hcr" },
      path: "$.meta.id",
      message: {
        fr: "L'identifiant « hcr » appartient à la branche fondatrice publiée par @accord-jeunes/branch-hcr : le paquet @example/branch-proprete ne peut pas le prendre ; donnez à la branche son propre identifiant (clause pre#6, préambule)",
        en: 'The id "hcr" belongs to the founding branch published by @accord-jeunes/branch-hcr: package @example/branch-proprete cannot take it; give the branch its own id (clause pre#6, preamble)'
      }
    })
    // one fault, one problem: the plugin does not load, so composition does not say it again
    expect(Conformance.problems(report).filter((p) => p.code === "plugin.founding-id-claimed")).toHaveLength(1)
    expect(report.composition.status).toBe("not-run")
    expect(Conformance.passes(report)).toBe(false)
  })
  it("pre#6: accepts a founding branch's id from the package that publishes it", () => {
    const report = Conformance.check(calledHcr("@accord-jeunes/branch-hcr"))
    expect(report.ids.problems.map((p) => p.code)).not.toContain("plugin.founding-id-claimed")
  })
})

describe("hooks asked by the conformance kit", () => {
  it("pre#7: a hook that throws on some inputs only is a problem under hooks, never a crash", () => {
    // loading asks about the raw IDCC ("158"); the records check about the decoded one ("0158")
    const plugin = defineBranchPlugin({
      ...propreteInput(),
      exampleRecords: [
        {
          kind: "insertion-outcome",
          schemaVersion: "1.0.0",
          id: "ex-outcome-1",
          participant: "p-exemple-01",
          outcome: "apprenticeship",
          startDate: "2025-09-01",
          employerSiret: "73282932000074",
          idcc: "158",
          actions: ["ex-act-1"]
        }
      ],
      hooks: {
        attributes: (e) => {
          if (e.idcc === "0158") throw new Error("IDCC 0158 inconnu")
          return false
        }
      }
    })
    let report: Conformance.Report | undefined
    expect(() => {
      report = Conformance.check(plugin)
    }).not.toThrow()
    expect(report?.hooks.problems.map((p) => `${p.path} ${p.code} ${p.message.en}`)).toEqual([
      '$.hooks.attributes plugin.hook-threw The plugin\'s "attributes" function threw: IDCC 0158 inconnu'
    ])
    expect(report?.records).toMatchObject({
      status: "not-run",
      reason: {
        en: 'the "attributes" function failed for $.exampleRecords[0]: whether it belongs to the branch was not checked'
      }
    })
  })
  it("pre#7: a hook that answers something else than true or false is a problem", () => {
    const plugin = defineBranchPlugin({
      ...propreteInput(),
      hooks: { attributes: (() => "oui") as unknown as NonNullable<BranchPlugin.Hooks["attributes"]> }
    })
    const report = Conformance.check(plugin)
    expect(report.hooks.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      "$.hooks.attributes plugin.hook-not-boolean"
    ])
    expect(report.hooks.problems[0]?.message.fr).toBe(
      "La fonction « attributes » doit répondre true ou false ; elle a répondu un texte"
    )
  })
})
