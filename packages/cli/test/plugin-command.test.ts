// `accord-jeunes plugin check`: which module it checks (a file, a package directory, a package
// name), which exports, and what it says, in French and English.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { SdkVersion } from "@accord-jeunes/plugin-sdk"
import { afterAll, describe, expect, it } from "vitest"
import { run } from "../src/index.js"
import { plugin as pluginCommand } from "../src/PluginCommand.js"

const here = fileURLToPath(new URL(".", import.meta.url))
const work = mkdtempSync(join(tmpdir(), "plugin-check-"))
// inside the package (a generated plugin imports the SDK, found in this package's node_modules)
// but outside test/, so that no test run collects the generated package's own test
const local = mkdtempSync(join(here, "../.generated-check-"))
afterAll(() => {
  rmSync(work, { recursive: true, force: true })
  rmSync(local, { recursive: true, force: true })
})

const io = () => {
  const out = { stdout: "", stderr: "" }
  return {
    out,
    io: {
      stdout: (t: string) => {
        out.stdout += t
      },
      stderr: (t: string) => {
        out.stderr += t
      },
      stdin: () => {
        throw new Error("no input")
      },
      interactive: false
    }
  }
}

const check = async (args: ReadonlyArray<string>, cwd = work) => {
  const { out, io: streams } = io()
  const code = await pluginCommand(["check", ...args], streams, { cwd })
  return { code, ...out }
}

// A plugin as plain data, so that its module needs no import.
const input = (id = "proprete", packageName = "@example/branch-proprete") => ({
  meta: {
    id,
    name: { fr: "Propreté (exemple fictif)", en: "Cleaning (fictional example)" },
    packageName,
    version: "1.0.0",
    sdk: `^${SdkVersion.current}`
  },
  conventions: [{ idcc: "3043" }],
  commitments: [],
  actionTypes: { catalog: ["company-visit"], own: [] },
  trades: [],
  certifications: [],
  poecSessions: [],
  referents: [],
  indicators: [],
  exampleRecords: [
    {
      kind: "action",
      schemaVersion: "1.0.0",
      id: "ex-act-1",
      agreement: "accord-cadre-jeunes-2024",
      actionType: "company-visit",
      startDate: "2026-02-10",
      region: "84",
      missionLocales: ["ML-EXEMPLE"],
      branches: [id],
      companies: []
    }
  ]
})
const made = (i: unknown = input()) => JSON.stringify({ _tag: "BranchPlugin", input: i })

let n = 0
const writeFiles = (files: Readonly<Record<string, string>>, root = work): string => {
  n += 1
  const dir = join(root, `p${n}`)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}
const packageJson = (fields: Record<string, unknown>) =>
  JSON.stringify({ name: "@example/branch-proprete", version: "1.0.0", type: "module", ...fields })
const built = (fields: Record<string, unknown> = {}) =>
  writeFiles({
    "package.json": packageJson({
      exports: {
        ".": {
          import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
          require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" }
        }
      },
      ...fields
    }),
    "dist/index.js": `export const plugin = ${made()}\n`
  })

const allPassed = (out: string) => out.split("\n").filter((l) => l.startsWith("✓")).length === 8

describe("plugin check: the module checked", () => {
  it("pre#7: checks a package directory through its exports['.'] import entry", async () => {
    const r = await check([built()])
    expect(r.code).toBe(0)
    expect(allPassed(r.stdout)).toBe(true)
  })
  it("pre#7: checks the package in the current directory with .", async () => {
    const r = await check(["."], built())
    expect(r.code).toBe(0)
    expect(r.stdout.split("\n")[0]).toBe("✓ accepte cette version du SDK")
    // nothing to look up when everything passes
    expect(r.stdout).not.toContain("Codes expliqués")
  })
  it.each([
    ["an exports string", { exports: "./lib/entry.js" }],
    ["a module field", { module: "./lib/entry.js" }],
    ["a main field", { main: "./lib/entry.js" }]
  ])("pre#7: follows %s", async (_, fields) => {
    const dir = writeFiles({
      "package.json": packageJson(fields),
      "lib/entry.js": `export const plugin = ${made()}\n`
    })
    expect((await check([dir])).code).toBe(0)
  })
  it("pre#7: checks a file given by its path", async () => {
    const dir = built()
    const r = await check([join(dir, "dist/index.js")])
    expect(r.code).toBe(0)
  })
  it("pre#7: finds a package by its name from the current directory", async () => {
    const project = writeFiles({ "package.json": JSON.stringify({ name: "app", private: true }) })
    mkdirSync(join(project, "node_modules/@example"), { recursive: true })
    symlinkSync(built(), join(project, "node_modules/@example/branch-proprete"), "dir")
    const nested = join(project, "src/deep")
    mkdirSync(nested, { recursive: true })
    const r = await check(["@example/branch-proprete"], nested)
    expect(r.code).toBe(0)
    expect(allPassed(r.stdout)).toBe(true)
  })
  it("pre#7: checks the sources of a package not built yet, and says so", async () => {
    const dir = writeFiles({
      "package.json": packageJson({ exports: { ".": { import: "./dist/index.js" } } }),
      "src/index.ts": `type Plugin = { readonly _tag: "BranchPlugin"; readonly input: unknown }\nexport const plugin: Plugin = ${made()}\n`
    })
    const r = await check([dir])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(
      "@example/branch-proprete : dist/index.js n'existe pas (paquet non construit ?) ; vérification des sources src/index.ts. Construisez le paquet (npm run build) pour vérifier ce qui sera publié. [plugin-check.sources-checked]\n"
    )
  })
  it("pre#7: a package whose entry point is missing, with no sources, is a usage error asking to build it", async () => {
    const dir = writeFiles({ "package.json": packageJson({ main: "./dist/index.js" }) })
    const r = await check([dir, "--lang", "en"])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      "@example/branch-proprete: its entry point dist/index.js does not exist; build the package (npm run build) [plugin-check.entry-missing]\n"
    )
  })
  it("pre#7: checks a package written by plugin new, before it is built", async () => {
    const target = join(local, "proprete")
    const { io: streams } = io()
    const created = await pluginCommand(
      ["new", target, "--id", "proprete", "--name-fr", "Propreté", "--name-en", "Cleaning", "--idcc", "3043"],
      streams
    )
    expect(created).toBe(0)
    const r = await check([target])
    expect(r.stderr).toContain("dist/index.js n'existe pas")
    expect(r.code).toBe(0)
  })
  it("pre#6: checks a founding branch's package directory", async () => {
    const r = await check([fileURLToPath(new URL("../../branches/hcr", import.meta.url))])
    expect(r.code).toBe(0)
    expect(allPassed(r.stdout)).toBe(true)
  })
})

describe("plugin check: what cannot be checked, each with its code", () => {
  it("pre#7: a directory without package.json is a usage error suggesting the module's file", async () => {
    const dir = writeFiles({ "src/index.ts": "export const x = 1\n" })
    const r = await check([dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `${dir} est un dossier sans package.json : donnez le dossier d'un paquet ou le fichier du module (ex. ${join(dir, "src/index.ts")}) [plugin-check.no-package-json]\n`
    )
  })
  it("pre#7: a package.json that is not JSON is a usage error naming the file", async () => {
    const dir = writeFiles({ "package.json": '{ "name": ' })
    const r = await check([dir, "--lang=en"])
    expect(r.code).toBe(2)
    expect(r.stderr.startsWith(`Cannot read ${join(dir, "package.json")}: `)).toBe(true)
    expect(r.stderr.endsWith(" [plugin-check.package-json-invalid]\n")).toBe(true)
  })
  it("pre#7: a module that throws while loading is a usage error quoting the error", async () => {
    const dir = writeFiles({ "index.js": 'throw new Error("boom at load")\n' })
    const file = join(dir, "index.js")
    const r = await check([file])
    expect(r).toMatchObject({
      code: 2,
      stderr: `Module illisible : ${file} (boom at load) [plugin-check.module-unloadable]\n`
    })
  })
  it("an unknown subcommand is a usage error listing new and check, in the language asked for", async () => {
    const { io: streams, out } = io()
    expect(await run(["plugin", "verifier", "--lang=en"], streams)).toBe(2)
    expect(out.stderr).toBe(
      'accord-jeunes plugin: unknown subcommand "verifier": new, check [usage.subcommand-unknown]\n'
    )
    const fr = io()
    expect(await run(["--lang", "fr", "plugin", "verifier"], fr.io)).toBe(2)
    expect(fr.out.stderr).toBe(
      "accord-jeunes plugin : sous-commande inconnue « verifier » : new, check [usage.subcommand-unknown]\n"
    )
  })
})

describe("plugin check: the exports checked", () => {
  it("pre#7: without a plugin export, checks every export made by defineBranchPlugin", async () => {
    const dir = writeFiles({
      "index.js": `export const good = ${made()}\nexport const bad = ${made({ ...input(), trades: [{ rome: "Z9" }] })}\nexport const other = 42\n`
    })
    const r = await check([join(dir, "index.js"), "--lang=en"])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("export good: plugin @example/branch-proprete@1.0.0\n✓ supports this SDK version")
    expect(r.stdout).toContain("export bad: plugin @example/branch-proprete@1.0.0\n")
    expect(r.stdout).toContain(
      "✗ valid codes (IDCC, ROME, RNCP, RS, regions, dates)\n    plugin @example/branch-proprete@1.0.0 $.trades[0].rome:"
    )
  })
  it("pre#7: a module with no plugin is a usage error naming the module, in French or English", async () => {
    const dir = writeFiles({ "index.js": "export const nothing = 1\n" })
    const file = join(dir, "index.js")
    const fr = await check([file])
    expect(fr.code).toBe(2)
    expect(fr.stderr).toBe(
      `${file} n'exporte aucun plugin de branche : ni « plugin », ni valeur créée par defineBranchPlugin [plugin-check.no-plugin]\n`
    )
    for (const lang of [["--lang", "en"], ["--lang=en"]]) {
      const en = await check([file, ...lang])
      expect(en.code).toBe(2)
      expect(en.stderr).toBe(
        `${file} exports no branch plugin: neither "plugin" nor a value made by defineBranchPlugin [plugin-check.no-plugin]\n`
      )
    }
  })
  it("pre#7: a plugin export not made by defineBranchPlugin is a usage error", async () => {
    const dir = writeFiles({ "index.js": `export const plugin = ${JSON.stringify(input())}\n` })
    const r = await check([join(dir, "index.js"), "--lang", "en"])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      'its "plugin" export is not a plugin made by defineBranchPlugin [plugin-check.plugin-export-invalid]'
    )
  })
  it("pre#7: an unknown file or package is a usage error, in the language asked for through the command line", async () => {
    const missing = await check(["./nope.js", "--lang=en"])
    expect(missing).toMatchObject({
      code: 2,
      stderr: "./nope.js: no such file or directory [plugin-check.not-found]\n"
    })
    const unknown = await check(["@example/not-installed"])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe(
      `Paquet introuvable depuis ${work} : @example/not-installed (est-il installé ?) [plugin-check.package-not-found]\n`
    )
    const { io: streams, out } = io()
    expect(await run(["plugin", "check", "--lang=en"], streams)).toBe(2)
    expect(out.stderr).toBe("Missing module: accord-jeunes plugin check TARGET (see --help) [usage.module-missing]\n")
  })
})

describe("plugin check: what it reports", () => {
  it("pre#7: a plugin whose input throws when read is reported, located, and the rest is shown not checked", async () => {
    const dir = writeFiles({
      "index.js": `export const plugin = { _tag: "BranchPlugin", input: Object.defineProperty(${JSON.stringify(input())}, "meta", { get() { throw new Error("meta indisponible") }, enumerable: true }) }\n`
    })
    const r = await check([join(dir, "index.js")])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "✗ déclaration conforme au schéma\n    plugin ? $.meta: Valeur illisible : sa lecture a levé une erreur (meta indisponible)"
    )
    expect(r.stdout).toContain(
      "– entre dans l'accord sans conflit (clauses, types d'actions, IDCC) (non vérifié : le plugin ne se charge pas (voir les autres thèmes) : son entrée dans l'accord n'a pas été essayée)"
    )
    expect(r.stdout).not.toContain("✓ accepte cette version du SDK")
  })
  it("pre#6: a plugin claiming a founding branch's id from another package is refused", async () => {
    const dir = writeFiles({ "index.js": `export const plugin = ${made(input("hcr"))}\n` })
    const r = await check([join(dir, "index.js")])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "plugin @example/branch-proprete@1.0.0 $.meta.id: L'identifiant « hcr » appartient à la branche fondatrice publiée par @accord-jeunes/branch-hcr"
    )
  })
  it("pre#7: reports every problem together: schema, SDK range, branch id", async () => {
    const bad = { ...input(), meta: { ...input().meta, id: "branch:proprete", sdk: "^99.0.0", version: "one" } }
    const dir = writeFiles({ "index.js": `export const plugin = ${made(bad)}\n` })
    const r = await check([join(dir, "index.js"), "--lang", "en"])
    expect(r.code).toBe(1)
    for (const code of ["plugin.sdk-out-of-range", "plugin.version-format", "plugin.id-format"])
      expect(r.stdout).toContain(`[${code}]`)
    // the page that explains the codes, once, at the end
    expect(r.stdout.trim().split("\n").at(-1)).toBe(
      "Codes explained: https://github.com/accord-jeunes/accord-jeunes/blob/main/docs/codes.md"
    )
    expect(r.stdout.match(/Codes explained/gu)).toHaveLength(1)
  })
})
