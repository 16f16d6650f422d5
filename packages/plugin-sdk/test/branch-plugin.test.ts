import { readFileSync } from "node:fs"
import { Diagnostic } from "@accord-jeunes/domain"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { BranchPlugin, defineBranchPlugin, Problem, SdkVersion } from "../src/index.js"
import { proprete, propreteInput } from "./fixtures.js"

// versions relative to the SDK under test, so that these tests survive every release
const [major, minor] = SdkVersion.current.split(".").map(Number) as [number, number]
const nextMinor = `${major}.${minor + 1}.0`
const nextMajor = `${major + 1}.0.0`

const problems = (plugin: BranchPlugin.BranchPlugin, sdkVersion?: string) => {
  const r = BranchPlugin.load(plugin, sdkVersion === undefined ? {} : { sdkVersion })
  return Result.isFailure(r) ? r.failure : []
}

describe("SDK version", () => {
  it("is the package's version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
    expect(SdkVersion.current).toBe(pkg.version)
  })
})

describe("loading a branch plugin", () => {
  it("pre#7: loads a valid plugin and gives its branch as a party", () => {
    const r = BranchPlugin.load(proprete())
    expect(Result.isSuccess(r) && r.success.branch).toEqual({
      kind: "branch",
      id: "proprete",
      partyId: "branch:proprete",
      name: { fr: "Propreté (exemple fictif)", en: "Cleaning (fictional example)" },
      conventions: [{ idcc: "3043", title: "Convention collective nationale des entreprises de propreté" }]
    })
  })
  it("refuses a plugin that needs a newer SDK, saying to upgrade the SDK", () => {
    const [p, ...rest] = problems(proprete((i) => ({ ...i, meta: { ...i.meta, sdk: `^${nextMinor}` } })))
    expect(rest).toEqual([])
    expect(p?.code).toBe("plugin.sdk-out-of-range")
    expect(p?.subject).toEqual({
      fr: "plugin @example/branch-proprete@1.0.0",
      en: "plugin @example/branch-proprete@1.0.0"
    })
    expect(p?.message.en).toBe(
      `The plugin accepts SDK ^${nextMinor} but the SDK is at ${SdkVersion.current}: upgrade @accord-jeunes/plugin-sdk`
    )
  })
  it("refuses a plugin left behind by the SDK, saying to upgrade the plugin", () => {
    const [p] = problems(proprete(), nextMajor)
    expect(p?.message.fr).toBe(
      `Le plugin accepte le SDK ^${SdkVersion.current} mais le SDK est en version ${nextMajor} : mettez à jour le plugin @example/branch-proprete`
    )
  })
  it("reports schema problems with their path, in French and English", () => {
    const bad = proprete((i) => ({
      ...i,
      conventions: [{ idcc: "30433" }],
      trades: [{ rome: "Z9999" }],
      meta: { ...i.meta, version: "one" }
    }))
    expect(problems(bad).map((p) => `${p.path} ${p.code}`)).toEqual([
      "$.meta.version plugin.version-format",
      "$.conventions[0].idcc idcc.format",
      "$.trades[0].rome rome.format"
    ])
  })
  it("refuses ids outside the branch's namespace and ids declared twice", () => {
    const bad = proprete((i) => ({
      ...i,
      commitments: [i.commitments[0], i.commitments[0], { ...i.commitments[0], id: "visits" }] as typeof i.commitments
    }))
    const ps = problems(bad)
    expect(ps.map((p) => `${p.path} ${p.code}`)).toEqual([
      "$.commitments[2].id plugin.id-not-namespaced",
      "$.commitments[1].id id.duplicate"
    ])
    expect(ps[1]?.message.fr).toBe("L'engagement « proprete:company-visits » est déjà déclaré en $.commitments[0]")
  })
  it("reports a hook that throws as a problem naming the plugin, never a crash", () => {
    const bad = defineBranchPlugin({
      ...propreteInput(),
      hooks: {
        attributes: () => {
          throw new Error("boom")
        }
      }
    })
    const [p] = problems(bad)
    expect(p).toMatchObject({ code: "plugin.hook-threw", subject: { en: "plugin @example/branch-proprete@1.0.0" } })
    expect(p?.message.en).toBe('The plugin\'s "attributes" function threw: boom')
  })
  it("reports a hook that answers the same question differently", () => {
    let n = 0
    const bad = defineBranchPlugin({ ...propreteInput(), hooks: { attributes: () => n++ % 2 === 0 } })
    expect(problems(bad).map((p) => p.code)).toEqual(["plugin.hook-impure"])
  })
  it("a4.1#1: a regional referent names its region (the domain's rule for designations)", () => {
    const bad = proprete((i) => ({ ...i, referents: [{ role: "Référent", level: "regional" }] }))
    expect(problems(bad).map((p) => `${p.path} ${p.code} ${p.clause}`)).toEqual([
      "$.referents[0].region referent.region-missing a4.1#1"
    ])
  })
  it("a3.3#3: a POEC session that ends before it starts (the domain's rule for periods)", () => {
    const bad = proprete((i) => ({
      ...i,
      poecSessions: [{ ...(i.poecSessions[0] as object), endDate: "2026-02-01" } as (typeof i.poecSessions)[number]]
    }))
    const [p, ...rest] = problems(bad)
    expect(rest).toEqual([])
    expect(p).toMatchObject({ code: "period.end-before-start", path: "$.poecSessions[0].endDate" })
    expect(p?.message.fr).toBe("endDate ne peut pas précéder startDate")
  })
  it("does not crash on something that is not a plugin at all", () => {
    const notAPlugin = { _tag: "BranchPlugin", input: 42 } as unknown as BranchPlugin.BranchPlugin
    expect(problems(notAPlugin).length).toBeGreaterThan(0)
  })
  it("formats problems one per line", () => {
    const text = Problem.format(problems(proprete((i) => ({ ...i, trades: [{ rome: "Z9999" }] }))), "en")
    expect(text).toBe(
      "plugin @example/branch-proprete@1.0.0 $.trades[0].rome: Expected a ROME code: a letter from A to N followed by 4 digits (e.g. G1803) [rome.format]"
    )
  })
})

describe("every problem at once", () => {
  it("pre#7: reports an SDK mismatch even when the plugin also fails its schema", () => {
    const bad = proprete((i) => ({
      ...i,
      meta: { ...i.meta, sdk: `^${nextMajor}`, version: "one" },
      trades: [{ rome: "Z9" }]
    }))
    expect(problems(bad).map((p) => `${p.path} ${p.code}`)).toEqual([
      "$.meta.version plugin.version-format",
      "$.trades[0].rome rome.format",
      "$.meta.sdk plugin.sdk-out-of-range"
    ])
  })
  it("pre#7: checks ids unique and namespaced on the raw lists when the schema fails elsewhere", () => {
    const bad = proprete((i) => ({
      ...i,
      conventions: [{ idcc: "nope" }],
      commitments: [i.commitments[0], i.commitments[0], { ...i.commitments[0], id: "visits" }] as typeof i.commitments,
      referents: [{ role: "Référent", level: "national", region: "84" }]
    }))
    expect(problems(bad).map((p) => `${p.path} ${p.code}`)).toEqual([
      "$.conventions[0].idcc idcc.format",
      "$.commitments[2].id plugin.id-not-namespaced",
      "$.commitments[1].id id.duplicate",
      "$.referents[0].region referent.region-on-national"
    ])
  })
  it("pre#7: runs the hooks even when the declaration does not decode", () => {
    const bad = defineBranchPlugin({
      ...propreteInput(),
      trades: [{ rome: "Z9" }],
      hooks: {
        attributes: () => {
          throw new Error("boom")
        }
      }
    })
    expect(problems(bad).map((p) => `${p.path} ${p.code}`)).toEqual([
      "$.trades[0].rome rome.format",
      "$.hooks.attributes plugin.hook-threw"
    ])
  })
})

describe("the branch id", () => {
  const withId = (id: string) => problems(proprete((i) => ({ ...i, meta: { ...i.meta, id } })))
  it.each([
    ["branch:proprete", "proprete"],
    ["Proprete", "proprete"],
    ["hcr/x", "hcr-x"],
    ["Propreté Île", "proprete-ile"]
  ])("pre#7: refuses %s, naming $.meta.id and asking for a bare lower-case slug", (id, hint) => {
    const found = withId(id).filter((p) => p.path === "$.meta.id")
    expect(found).toEqual([
      {
        code: "plugin.id-format",
        severity: "error",
        clause: "pre#7",
        subject: { fr: "plugin @example/branch-proprete@1.0.0", en: "plugin @example/branch-proprete@1.0.0" },
        path: "$.meta.id",
        message: {
          fr: `Attendu : l'identifiant nu de la branche, en minuscules, chiffres et tirets, sans préfixe ni espace de noms (ex. « ${hint} »), reçu « ${id} »`,
          en: `Expected the branch's bare id, lower-case letters, digits and hyphens, with no prefix or namespace (e.g. "${hint}"), got "${id}"`
        }
      }
    ])
  })
  it("pre#7: the schema itself refuses a namespaced branch id", () => {
    const r = Diagnostic.decode(BranchPlugin.Meta.fields.id)("branch:proprete")
    expect(Result.isFailure(r) && r.failure.map((d) => d.code)).toEqual(["plugin.id-format"])
  })
  it("pre#7: a bare id loads, and its party id is written by the SDK", () => {
    const r = BranchPlugin.load(proprete())
    expect(Result.isSuccess(r) && r.success.branch.partyId).toBe("branch:proprete")
  })
})
