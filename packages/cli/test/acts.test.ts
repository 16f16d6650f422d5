// The agreement in force through the built command line: acts given by --act (a module or a JSON
// document) or by a project file reach validate and agreement, and the CLI, the Validator and the
// assembly build the same agreement from the same acts.
import { execFileSync } from "node:child_process"
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Assembly } from "@accord-jeunes/in-force"
import { loadActs } from "@accord-jeunes/in-force/node"
import { SdkVersion } from "@accord-jeunes/plugin-sdk"
import { Validator } from "@accord-jeunes/validation"
import { Result } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { plugin } from "../../../examples/avenant-proprete/src/plugin.ts"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const main = join(root, "packages/cli/dist/main.js")
const json = join(root, "examples/avenant-proprete/avenant-1.json")
const module = join(root, "examples/avenant-proprete/src/avenant.ts")
const dir = mkdtempSync(join(tmpdir(), "cli-acts-"))

const cli = (args: ReadonlyArray<string>, cwd = dir) => {
  try {
    return {
      code: 0,
      out: execFileSync(process.execPath, [main, ...args], { cwd, encoding: "utf8", stdio: "pipe" }),
      err: ""
    }
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string }
    return { code: x.status, out: x.stdout, err: x.stderr }
  }
}

// the amendment's own example record (the joining branch's own action type), on another day
const action = (startDate: string) =>
  `${JSON.stringify({ ...(plugin.input.exampleRecords[0] as object), id: "proprete-1", startDate })}\n`

beforeAll(() => {
  if (!existsSync(main)) throw new Error(`${main} is missing: run pnpm build first`)
  writeFileSync(join(dir, "after.ndjson"), action("2026-02-10"))
  writeFileSync(join(dir, "before.ndjson"), action("2025-12-15"))
})

describe("acts reach the command line (pre#7, a7#2)", () => {
  it.each([
    ["a JSON document", json],
    ["a module", module]
  ])("pre#7: with --act naming the amendment as %s, the joined branch's action is accepted", (_, act) => {
    const r = cli(["validate", "--act", act, "after.ndjson"])
    expect(r.code).toBe(0)
    expect(r.out).toContain("1 accepté(s), 0 rejeté(s)")
  })
  it("pre#7: without the act, the same record is refused, naming the unknown branch and action type", () => {
    const r = cli(["validate", "--no-config", "after.ndjson", "--lang", "en"])
    expect(r.code).toBe(1)
    expect(r.out).toMatch(
      /\$\.branches\[0\]: Branch "proprete" is not in the agreement on 2026-02-10.*\[agreement\.branch-not-in-force\]$/mu
    )
    expect(r.out).toMatch(
      /\$\.actionType: .*"proprete:discovery-worksite".* on 2026-02-10.*\[agreement\.action-type-not-offered\]$/mu
    )
  })
  it("a7#2: dated before the amendment takes effect, refused naming the amendment and its effective date", () => {
    const r = cli(["validate", "--act", json, "before.ndjson"])
    expect(r.code).toBe(1)
    expect(r.out).toContain("La branche « proprete » n'entre dans l'accord que le 2026-01-01, par avenant n°1")
    expect(r.out).toContain("n'est offert qu'à partir du 2026-01-01, par avenant n°1")
  })
  it("a7#2: a project file in the working directory is read, and --config names another", () => {
    const project = mkdtempSync(join(tmpdir(), "cli-project-"))
    copyFileSync(json, join(project, "avenant-1.json"))
    writeFileSync(join(project, "after.ndjson"), action("2026-02-10"))
    writeFileSync(join(project, "accord-jeunes.config.json"), JSON.stringify({ acts: ["./avenant-1.json"] }))
    expect(cli(["validate", "after.ndjson"], project).code).toBe(0)
    expect(cli(["validate", "--no-config", "after.ndjson"], project).code).toBe(1)
    expect(cli(["validate", "--config", join(project, "accord-jeunes.config.json"), "after.ndjson"]).code).toBe(0)
  })
  it("a module exporting no act is a usage error naming it", () => {
    writeFileSync(join(dir, "none.mjs"), "export const x = 1\n")
    const r = cli(["agreement", "--act", "./none.mjs", "--lang=en"])
    expect(r.code).toBe(2)
    expect(r.err).toContain("./none.mjs: The module exports no act")
  })
  it("a7#2: an amendment missing a founding branch's signature is refused with the clause", () => {
    const doc = JSON.parse(readFileSync(json, "utf8")) as { signatories: Array<{ party: string }> }
    doc.signatories = doc.signatories.filter((s) => s.party !== "branch:hcr")
    writeFileSync(join(dir, "no-hcr.json"), JSON.stringify(doc))
    const r = cli(["agreement", "--act", "no-hcr.json"])
    expect(r.code).toBe(2)
    expect(r.err).toContain("clause a7#2")
    expect(r.err).toContain("il manque la signature de branch:hcr [composition.consent-missing]")
  })
  it("a JSON syntax error is located by line and column, without echoing the text", () => {
    writeFileSync(join(dir, "broken.json"), '{\n  "kind": "amendment",,\n}')
    const r = cli(["agreement", "--act", "broken.json", "--lang", "en"])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/broken\.json:2:\d+: Invalid JSON here/u)
  })
  it("agreement --json gives each branch and action type the act that brought it in", () => {
    const d = JSON.parse(
      cli(["agreement", "--json", "--as-of", "2026-03-01", "--act", json]).out
    ) as Assembly.Description
    expect(d.branches.find((b) => b.id === "proprete")).toMatchObject({ since: "amendment-1", sinceDate: "2026-01-01" })
    expect(d.actionTypes.find((t) => t.id === "proprete:discovery-worksite")?.since).toBe("amendment-1")
    expect(d.branches.find((b) => b.id === "hcr")).toMatchObject({
      since: "accord-cadre-jeunes-2024",
      // founding plugins are versioned with the SDK (one fixed release group)
      plugin: `plugin @accord-jeunes/branch-hcr@${SdkVersion.current}`
    })
  })
})

describe("the same agreement everywhere (CLI, Validator, assembly)", () => {
  it.each(["2025-12-31", "2026-01-01", "2026-06-30"])(
    "a7#2: from the same act, the CLI and the Validator describe the same agreement on %s",
    async (day) => {
      const acts = await loadActs([json])
      if (Result.isFailure(acts)) throw new Error("the example act does not load")
      const reference = Assembly.describe(Assembly.assembleOrThrow({ acts: acts.success }), day)
      const fromCli = JSON.parse(cli(["agreement", "--json", "--as-of", day, "--act", json]).out) as Record<
        string,
        unknown
      >
      const { explanation: _explanation, ...described } = fromCli
      expect(described).toEqual(JSON.parse(JSON.stringify(reference)))
      const validator = Validator.make({ timeline: Assembly.assembleOrThrow({ acts: acts.success }) })
      expect(Assembly.describe(validator.timeline, day)).toEqual(reference)
      // with no act, the Validator's default is the founding set, as the CLI without --act
      const bare = JSON.parse(cli(["agreement", "--json", "--no-config", "--as-of", day]).out) as Record<
        string,
        unknown
      >
      const { explanation: _e, ...bareDescribed } = bare
      expect(JSON.parse(JSON.stringify(Assembly.describe(Validator.make().timeline, day)))).toEqual(bareDescribed)
    }
  )
})

describe("an indicator a plugin adds is computed in the report (a4#4, pre#7)", () => {
  it("a4#4: with the propreté amendment, its discovery-worksite indicator is a column of the report, computed", () => {
    const people = Array.from({ length: 12 }, (_, i) => [
      {
        kind: "participant",
        schemaVersion: "1.0.0",
        ref: `p-${String(i).padStart(8, "0")}`,
        birthDate: "2004-05-01",
        missionLocale: "ML-EXEMPLE-93"
      },
      {
        kind: "participation",
        schemaVersion: "1.0.0",
        id: `pa-${i}`,
        participant: `p-${String(i).padStart(8, "0")}`,
        action: "proprete-1",
        status: "completed",
        startDate: "2026-02-10"
      }
    ]).flat()
    writeFileSync(
      join(dir, "worksites.ndjson"),
      [action("2026-02-10"), ...people.map((r) => `${JSON.stringify(r)}\n`)].join("")
    )
    const r = cli([
      "report",
      "worksites.ndjson",
      "--act",
      json,
      "--agreement-year",
      "2",
      "--as-of",
      "2026-12-01",
      "--format",
      "json",
      "--by",
      "region"
    ])
    expect(r.code).toBe(0)
    expect(r.err).not.toContain("rejeté")
    const report = JSON.parse(r.out) as {
      trackingTable: { columns: Array<{ id: string }>; total: { values: Record<string, number | null> } }
      indicators: Array<{ id: string; computed: boolean }>
    }
    expect(report.trackingTable.columns.map((c) => c.id)).toContain("proprete:worksite-discoveries")
    expect(report.trackingTable.total.values["proprete:worksite-discoveries"]).toBe(12)
    expect(report.indicators.find((i) => i.id === "proprete:worksite-discoveries")?.computed).toBe(true)
  })
})
