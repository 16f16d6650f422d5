import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Conformance, SdkVersion } from "@accord-jeunes/plugin-sdk"
import { Result, Schema } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { Command, CommandLine, Template, write } from "../src/index.js"

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
    // effect is its only peer, in the range every @accord-jeunes package declares
    const domain = JSON.parse(readFileSync(new URL("../../domain/package.json", import.meta.url), "utf8")) as {
      peerDependencies: Record<string, string>
    }
    expect(pkg.peerDependencies).toEqual({ effect: domain.peerDependencies.effect })
    expect(pkg.devDependencies.effect).toBe(domain.peerDependencies.effect)
    expect(pkg.dependencies["@accord-jeunes/plugin-sdk"]).toBe(sdk)
    expect(sdk).toBe(`^${SdkVersion.current}`)
    expect(SdkVersion.satisfies(SdkVersion.current, pkg.dependencies["@accord-jeunes/plugin-sdk"])).toBe(true)
    const inRepo = written({ ...options, workspace: true })
    expect(inRepo.pkg.dependencies["@accord-jeunes/plugin-sdk"]).toBe("workspace:^")
    expect(inRepo.pkg.peerDependencies).toEqual({ effect: domain.peerDependencies.effect })
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
    const thrown = (() => {
      try {
        write(dir, [])
        return undefined
      } catch (e) {
        return e
      }
    })()
    expect(CommandLine.isUsageError(thrown) && thrown.code).toBe("plugin-new.directory-not-empty")
    expect(readFileSync(join(dir, "src/index.ts"), "utf8")).toBe(before)
  })
})

describe("the command", () => {
  // the built command, as users run it (the test command builds before testing)
  const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url))
  const spawn = (args: ReadonlyArray<string>) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" })
  // the same command in this process, with its streams captured
  const run = async (args: ReadonlyArray<string>) => {
    let stdout = ""
    let stderr = ""
    const code = await Command.run(args, {
      stdout: (t) => {
        stdout += t
      },
      stderr: (t) => {
        stderr += t
      }
    })
    return { code, stdout, stderr }
  }
  const good = ["--id", "proprete", "--name-fr", "Propreté", "--name-en", "Cleaning", "--idcc", "3043"]

  it("speaks French by default: exits 2 with a line per bad option, each ending with its code", () => {
    const r = spawn([join(out, "bad"), "--id", "Bad Id", "--idcc", "12345"])
    expect(r.status).toBe(2)
    const lines = r.stderr.trim().split("\n")
    expect(lines.find((l) => l.startsWith("--id : "))).toMatch(/^--id : Attendu : .* \[id\.format\]$/u)
    expect(lines.find((l) => l.startsWith("--name-fr : "))).toMatch(
      /^--name-fr : Champ obligatoire absent.* \[field\.missing\]$/u
    )
    expect(r.stderr).not.toContain("Expected")
  })
  it.each([["--lang", "en"], ["--lang=en"]])("speaks English with %s, usage errors included", async (...lang) => {
    const bad = await run([join(out, "bad"), "--id", "Bad Id", ...lang])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^--id: Expected .* \[id\.format\]$/mu)
    expect(bad.stderr).not.toContain("Attendu")
    const unknown = await run(["--langue", "fr", ...lang])
    expect(unknown).toMatchObject({ code: 2, stderr: "Unknown option: --langue (see --help) [usage.option-unknown]\n" })
    const written = await run([join(out, `english-${lang.length}`), ...good, ...lang])
    expect(written).toMatchObject({ code: 0, stdout: `6 files written to ${join(out, `english-${lang.length}`)}\n` })
  })
  it("says in French how many files it wrote, and where", async () => {
    const dir = join(out, "french")
    expect(await run([dir, ...good])).toMatchObject({ code: 0, stdout: `6 fichiers écrits dans ${dir}\n`, stderr: "" })
  })
  it("names each usage fault with its code: unknown option, value missing, value given to a switch, bad --lang, no directory", async () => {
    expect(await run(["x", ...good, "--nom", "Propreté"])).toMatchObject({
      code: 2,
      stderr: "Option inconnue : --nom (voir --help) [usage.option-unknown]\n"
    })
    expect((await run(["x", "--idcc"])).stderr).toBe(
      "--idcc : valeur manquante (--idcc VALEUR ou --idcc=VALEUR) [usage.option-value-missing]\n"
    )
    // the value forgotten before the next option is not taken for the value
    expect((await run(["x", "--id", "--idcc", "3043", "--lang", "en"])).stderr).toBe(
      "--id: value missing (--id VALUE or --id=VALUE) [usage.option-value-missing]\n"
    )
    expect((await run(["x", ...good, "--workspace=oui"])).stderr).toBe(
      "--workspace ne prend pas de valeur [usage.option-takes-no-value]\n"
    )
    expect((await run(["x", ...good, "--lang", "de"])).stderr).toBe(
      "--lang : une valeur parmi fr, en attendue, reçu « de » [usage.value-not-allowed]\n"
    )
    expect((await run(good)).stderr).toBe(
      "Dossier manquant : create-branch-plugin DOSSIER --id ID ... (voir --help) [plugin-new.directory-missing]\n"
    )
  })
  it("refuses a directory that is not empty, in the user's language, and writes nothing", async () => {
    const dir = join(out, "taken")
    write(dir, [{ path: "notes.txt", content: "mine" }])
    const r = await run([dir, ...good])
    expect(r).toMatchObject({
      code: 2,
      stderr: `${dir} existe et n'est pas vide : rien n'a été écrit [plugin-new.directory-not-empty]\n`
    })
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine")
    expect((await run([dir, ...good, "--lang=en"])).stderr).toBe(
      `${dir} exists and is not empty: nothing was written [plugin-new.directory-not-empty]\n`
    )
  })
  it("prints its usage with --help, in French by default, in English with --lang en", () => {
    const fr = execFileSync(process.execPath, [cli, "--help"], { encoding: "utf8" })
    expect(fr.split("\n")[0]).toBe(
      "create-branch-plugin DOSSIER --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...] [options]"
    )
    expect(fr).toContain("Code de sortie")
    const en = execFileSync(process.execPath, [cli, "-h", "--lang=en"], { encoding: "utf8" })
    expect(en).toContain("create-branch-plugin DIRECTORY --id ID")
    expect(en).toContain("Exit code")
  })
  it("prints its package's version with --version or -v", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string
    }
    expect(spawn(["--version"]).stdout).toBe(`${version}\n`)
    expect(await run(["-v"])).toMatchObject({ code: 0, stdout: `${version}\n` })
    expect(Command.version()).toBe(version)
  })
})
