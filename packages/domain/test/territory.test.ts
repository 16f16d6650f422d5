import { execFileSync } from "node:child_process"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { Territory } from "../src/index.js"
import { accepted, problems } from "./support.js"

const require = createRequire(import.meta.url)

describe("territories (official lists)", () => {
  it("holds exactly the regions and départements of @etalab/decoupage-administratif", () => {
    const regions: Array<{ code: string; nom: string }> = require("@etalab/decoupage-administratif/data/regions.json")
    const departements: Array<{
      code: string
      region: string
    }> = require("@etalab/decoupage-administratif/data/departements.json")
    expect(Territory.allRegions.map((r) => [r.code, r.name])).toEqual(regions.map((r) => [r.code, r.nom]))
    expect(Territory.allDepartements.map((d) => [d.code, d.region])).toEqual(
      departements.map((d) => [d.code, d.region])
    )
  })
  it("the generated module is up to date with the installed lists", () => {
    const script = fileURLToPath(new URL("../scripts/generate-territories.ts", import.meta.url))
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow()
  })
  it.each(["01", "06", "11", "84", "94", "975", "977", "978"])("accepts the region code %s", (c) => {
    expect(accepted(Territory.RegionCode, c)).toBe(c)
  })
  it.each(["00", "05", "99", "976", "84 "])("refuses the region code %j", (c) => {
    expect(problems(Territory.RegionCode, c)).toEqual(["$ value.not-allowed"])
  })
  it.each([
    ["2A", "94"],
    ["2B", "94"],
    ["69", "84"],
    ["971", "01"],
    ["976", "06"],
    ["975", "975"]
  ] as const)("places département %s in region %s", (d, r) => {
    expect(Territory.regionOf(d)).toBe(r)
  })
  it.each([
    ["84", "DREETS"],
    ["94", "DREETS"],
    ["11", "DRIEETS"],
    ["01", "DEETS"],
    ["02", "DEETS"],
    ["04", "DEETS"],
    ["06", "DEETS"],
    ["03", "GUYANE_GENERAL_DIRECTORATE"],
    ["975", "UNDOCUMENTED"],
    ["977", "UNDOCUMENTED"],
    ["978", "UNDOCUMENTED"]
  ] as const)("a3.1#1: the State service for employment in region %s is %s", (region, service) => {
    expect(Territory.stateServiceOf(region)).toBe(service)
  })
  it("a3.1#1: every metropolitan region has a DREETS (DRIEETS in Île-de-France)", () => {
    for (const r of Territory.allRegions.filter((r) => r.zone === "metro"))
      expect(["DREETS", "DRIEETS"]).toContain(Territory.stateServiceOf(r.code))
  })
})
