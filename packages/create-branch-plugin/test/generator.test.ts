import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Conformance, SdkVersion } from "@accord-jeunes/plugin-sdk"
import { Result, Schema } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { Template, write } from "../src/index.js"

const here = fileURLToPath(new URL(".", import.meta.url))
// inside the package, so that the generated source resolves the SDK like a real package would,
// but outside test/, so that no test run collects the generated packages' own tests
const out = mkdtempSync(join(here, "../.generated-"))
afterAll(() => rmSync(out, { recursive: true, force: true }))

const options = Schema.decodeUnknownSync(Template.Options)({
  id: "proprete",
  nameFr: "Propreté",
  nameEn: "Cleaning",
  idccs: ["3043"]
})

describe("create-branch-plugin", () => {
  it("pre#7: writes a plugin package that passes the conformance kit out of the box", async () => {
    const dir = join(out, "proprete")
    write(dir, Template.files(options))
    const { plugin } = (await import(/* @vite-ignore */ join(dir, "src/index.ts"))) as {
      plugin: Parameters<typeof Conformance.check>[0]
    }
    const report = Conformance.check(plugin)
    expect(Conformance.problems(report)).toEqual([])
    expect(Conformance.passes(report)).toBe(true)
    expect(plugin.input.meta.id).toBe("proprete")
  })
  it("writes a package.json, a conformance test and a README", () => {
    const paths = Template.files(options).map((f) => f.path)
    expect(paths).toEqual(
      expect.arrayContaining(["package.json", "src/index.ts", "test/conformance.test.ts", "README.md", "tsconfig.json"])
    )
    const pkg = JSON.parse(Template.files(options).find((f) => f.path === "package.json")?.content ?? "{}")
    expect(pkg.name).toBe("accord-jeunes-branch-proprete")
    expect(pkg.dependencies["@accord-jeunes/plugin-sdk"]).toBe(`^${SdkVersion.current}`)
  })
  it("pre#7: declares the Node versions of this repository, on which its tools run", () => {
    const root = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as {
      engines: { node: string }
    }
    const pkg = JSON.parse(Template.files(options).find((f) => f.path === "package.json")?.content ?? "{}")
    expect(pkg.engines).toEqual({ node: root.engines.node })
    expect(Template.nodeEngines).toBe(root.engines.node)
    // the oldest Node declared runs the build and test tools the package is written with
    const oldest = Template.nodeEngines.replace(/^>=/u, "")
    for (const tool of ["tsup", "typescript", "vitest"]) {
      const installed = JSON.parse(
        readFileSync(new URL(`../../../node_modules/${tool}/package.json`, import.meta.url), "utf8")
      ) as { version: string; engines?: { node?: string } }
      expect(SdkVersion.satisfies(installed.version, pkg.devDependencies[tool]), tool).toBe(true)
      expect(SdkVersion.satisfies(oldest, installed.engines?.node ?? "*"), `${tool} on Node ${oldest}`).toBe(true)
    }
    expect(SdkVersion.satisfies(process.versions.node, Template.nodeEngines)).toBe(true)
  })
  it("pre#7: depends on the SDK (not as a peer), in the range its plugin declares", () => {
    const written = (o: Template.Options) => {
      const files = Template.files(o)
      const pkg = JSON.parse(files.find((f) => f.path === "package.json")?.content ?? "{}")
      const src = files.find((f) => f.path === "src/index.ts")?.content ?? ""
      return { pkg, sdk: /"sdk": "([^"]+)"/u.exec(src)?.[1] }
    }
    const { pkg, sdk } = written(options)
    expect(pkg.peerDependencies).toBeUndefined()
    expect(pkg.dependencies["@accord-jeunes/plugin-sdk"]).toBe(sdk)
    expect(sdk).toBe(`^${SdkVersion.current}`)
    expect(SdkVersion.satisfies(SdkVersion.current, pkg.dependencies["@accord-jeunes/plugin-sdk"])).toBe(true)
    const inRepo = written({ ...options, workspace: true })
    expect(inRepo.pkg.dependencies["@accord-jeunes/plugin-sdk"]).toBe("workspace:^")
    expect(inRepo.pkg.peerDependencies).toBeUndefined()
    expect(inRepo.pkg.engines).toEqual({ node: Template.nodeEngines })
  })
  it("pre#7: its own conformance test runs and passes under vitest, as its author runs it", () => {
    const dir = join(out, "run-tests")
    write(dir, Template.files(options))
    // a clean environment: the inner vitest must not think it runs inside this one
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST")))
    const vitest = fileURLToPath(new URL("../../../node_modules/vitest/vitest.mjs", import.meta.url))
    const results = join(out, "run-tests.json")
    const r = spawnSync(
      process.execPath,
      [vitest, "run", "--root", dir, "--reporter=json", `--outputFile=${results}`],
      { encoding: "utf8", env, timeout: 120_000 }
    )
    expect(r.status, r.stderr).toBe(0)
    const report = JSON.parse(readFileSync(results, "utf8")) as { numPassedTests: number; numTotalTests: number }
    expect(report).toMatchObject({ numPassedTests: 8, numTotalTests: 8 })
  })
  it("normalises IDCC codes", () => {
    const o = Schema.decodeUnknownSync(Template.Options)({ id: "bois-x", nameFr: "B", nameEn: "W", idccs: ["158"] })
    const src = Template.files(o).find((f) => f.path === "src/index.ts")?.content ?? ""
    expect(src).toContain('"idcc": "0158"')
  })
  it("refuses bad options with located bilingual messages", () => {
    const r = Template.decodeOptions({ id: "Propreté", nameFr: "", idccs: [] })
    expect(Result.isFailure(r) && r.failure.map((d) => `${String(d.path[0])} ${d.code}`)).toEqual([
      "id id.format",
      "nameFr text.empty-or-untrimmed",
      "nameEn field.missing",
      "idccs field.missing"
    ])
  })
  it("never writes over an existing directory", () => {
    const dir = join(out, "existing")
    write(dir, Template.files(options))
    const before = readFileSync(join(dir, "src/index.ts"), "utf8")
    expect(() => write(dir, [{ path: "src/index.ts", content: "x" }])).toThrow(/not empty/)
    expect(readFileSync(join(dir, "src/index.ts"), "utf8")).toBe(before)
  })
})

describe("the command", () => {
  // the built command, as users run it (the test command builds before testing)
  const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url))
  const run = (args: ReadonlyArray<string>) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" })
  it("exits 2 with a message per bad option", () => {
    const r = run([join(out, "bad"), "--id", "Bad Id", "--idcc", "12345"])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("--id: Attendu : un identifiant")
    expect(r.stderr).toContain("--name-fr: Champ obligatoire absent / Required field is missing")
  })
  it("prints its usage with --help", () => {
    const r = execFileSync(process.execPath, [cli, "--help"], { encoding: "utf8" })
    expect(r).toContain("usage: create-branch-plugin DIRECTORY")
  })
})
