import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Composition, type Problem } from "@accord-jeunes/plugin-sdk"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Assembly } from "../src/index.js"
import { assembleFrom, limits, loadActs, readConfig } from "../src/node.js"

const example = fileURLToPath(new URL("../../../examples/avenant-proprete/avenant-1.json", import.meta.url))
const exampleModule = fileURLToPath(new URL("../../../examples/avenant-proprete/src/avenant.ts", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "in-force-"))
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}
const failure = <A>(r: Result.Result<A, ReadonlyArray<Problem.Problem>>) =>
  Result.isFailure(r) ? r.failure.map((p) => `${p.code} ${p.path ?? ""}`.trim()) : []
// what a problem is about, in French, without the temporary folder
const about = (p: Problem.Problem) => p.subject.fr.split("/").at(-1)

describe("the founding assembly (pre#6)", () => {
  it("pre#6: the text and its three founding branches, each completed by its published plugin", () => {
    const d = Assembly.describe(Assembly.foundingTimeline(), "2025-01-01")
    expect(d.branches.map((b) => `${b.id} ${b.since} ${b.plugin?.split("@")[1]}`)).toEqual([
      "bois accord-cadre-jeunes-2024 accord-jeunes/branch-bois",
      "commerce-de-gros accord-cadre-jeunes-2024 accord-jeunes/branch-commerce-de-gros",
      "hcr accord-cadre-jeunes-2024 accord-jeunes/branch-hcr"
    ])
    expect(d.signatoryParties).toEqual([
      "akto",
      "branch:bois",
      "branch:commerce-de-gros",
      "branch:hcr",
      "state",
      "unml"
    ])
  })
  it("gives the same description whatever the order of the acts", async () => {
    const acts = await loadActs([example])
    if (Result.isFailure(acts)) throw new Error("example does not load")
    const termination = {
      _tag: "TerminationAct",
      input: { agreement: "accord-cadre-jeunes-2024", requestedBy: "akto", requestDate: "2026-05-01", receipts: [] }
    } as const
    const a = Assembly.describe(Assembly.assembleOrThrow({ acts: [...acts.success, termination] }), "2026-06-01")
    const b = Assembly.describe(Assembly.assembleOrThrow({ acts: [termination, ...acts.success] }), "2026-06-01")
    expect(b).toEqual(a)
    expect(a.terminationRequests[0]?.effective).toBe(false)
  })
})

describe("acts from files and modules", () => {
  it("pre#7: the example amendment as a JSON document and as a module give the same agreement", async () => {
    const fromJson = await loadActs([example])
    const fromModule = await loadActs([exampleModule])
    if (Result.isFailure(fromJson) || Result.isFailure(fromModule)) throw new Error("the example does not load")
    const on = (acts: typeof fromJson.success) => Assembly.describe(Assembly.assembleOrThrow({ acts }), "2026-01-01")
    expect(on(fromModule.success)).toEqual(on(fromJson.success))
    expect(on(fromJson.success).branches.map((b) => b.id)).toContain("proprete")
  })
  it("a file holding an array of documents gives every act; one bad document is located by its index", async () => {
    const decision = {
      kind: "committee-decision",
      id: "copil-1",
      agreement: "accord-cadre-jeunes-2024",
      body: "national-committee",
      meetingDate: "2024-12-10",
      effectiveDate: "2025-01-01",
      operations: [
        {
          op: "indicator-added",
          indicator: {
            id: "actions-carried-out",
            label: { fr: "Actions menées", en: "Actions carried out" },
            description: { fr: "Actions commencées dans la période", en: "Actions started in the period" },
            unit: "count",
            dimensions: ["region"],
            source: { kind: "clause", clause: "a4#4" },
            measure: { kind: "count", of: "actions" }
          }
        }
      ]
    }
    const good = await loadActs([write("acts.json", JSON.stringify([decision, { ...decision, id: "copil-2" }]))])
    expect(Result.isSuccess(good) && good.success.length).toBe(2)
    const bad = await loadActs([
      write("bad.json", JSON.stringify([decision, { ...decision, id: "copil-3", meetingDate: "2024-13-01" }]))
    ])
    expect(Result.isFailure(bad) && bad.failure.map((p) => `${about(p)} ${p.path} ${p.code}`)).toEqual([
      "bad.json[1] $.meetingDate date.format"
    ])
  })
  it("a plugin named by package is imported from where the document is", async () => {
    const { operations: _o, ...rest } = JSON.parse(
      JSON.stringify(await import(example, { with: { type: "json" } }).then((m) => m.default))
    ) as Record<string, unknown>
    const doc = { ...rest, operations: [{ op: "branch-joins", plugin: { package: "@accord-jeunes/branch-hcr" } }] }
    // the founding hcr plugin is found and loaded: joining again is what composition refuses
    const acts = await loadActs(
      [write("hcr-again.json", JSON.stringify(doc))],
      fileURLToPath(new URL("..", import.meta.url))
    )
    if (Result.isFailure(acts)) throw new Error(JSON.stringify(acts.failure))
    expect(failure(Assembly.assemble({ acts: acts.success }))).toContain(
      "composition.branch-already-in $.operations[0]"
    )
  })
  it("a7#2: a problem names the act and its file in the reader's language", async () => {
    const doc = JSON.parse(readFileSync(example, "utf8")) as { signatories: Array<{ party: string }> }
    const unsigned = { ...doc, signatories: doc.signatories.filter((x) => x.party !== "branch:hcr") }
    const acts = await loadActs([write("sans-hcr.json", JSON.stringify(unsigned))])
    if (Result.isFailure(acts)) throw new Error(JSON.stringify(acts.failure))
    const r = Assembly.assemble({ acts: acts.success })
    expect(Result.isFailure(r) && r.failure.map((p) => `${about(p)} ${p.path} ${p.code}`)).toEqual([
      "sans-hcr.json) $.signatories composition.consent-missing"
    ])
    const [p] = Result.isFailure(r) ? r.failure : []
    expect(p?.subject.fr).toMatch(/^avenant n°1 \(.*sans-hcr\.json\)$/u)
    expect(p?.subject.en).toMatch(/^amendment no\. 1 \(.*sans-hcr\.json\)$/u)
    expect(p?.message.fr).toMatch(/^L'avenant n'engage les parties .* il manque la signature de branch:hcr$/u)
  })
  it("a module exporting no act, an unreadable file, broken JSON: each a located problem", async () => {
    const none = write("none.mjs", "export const answer = 42\n")
    expect(failure(await loadActs([none]))).toEqual(["act.module-without-act"])
    expect(failure(await loadActs([join(dir, "missing.json")]))).toEqual(["act.file-unreadable"])
    const r = await loadActs([write("broken.json", '{\n  "kind": "amendment",\n  oops\n}')])
    expect(Result.isFailure(r) && r.failure[0]?.subject.fr).toMatch(/broken\.json:3:\d+$/u)
    expect(Result.isFailure(r) && r.failure[0]).toMatchObject({ code: "act.json-syntax", line: 3 })
  })
})

describe("the project file", () => {
  it("reads acts relative to the file, and refuses an unknown field, naming it", async () => {
    writeFileSync(
      join(dir, "avenant.json"),
      JSON.stringify(await import(example, { with: { type: "json" } }).then((m) => m.default))
    )
    const config = write("accord-jeunes.config.json", JSON.stringify({ acts: ["./avenant.json"] }))
    const r = await assembleFrom({ cwd: dir })
    expect(Result.isSuccess(r) && r.success.config).toBe(config)
    expect(
      Result.isSuccess(r) &&
        Composition.asOf(r.success.timeline, "2026-01-01").branches.some((b) => b.id === "proprete")
    ).toBe(true)
    expect(failure(readConfig(write("other.config.json", JSON.stringify({ acts: [], act: ["x"] }))))).toEqual([
      "config.shape $.act"
    ])
    const off = await assembleFrom({ cwd: dir, findConfig: false })
    expect(Result.isSuccess(off) && off.success.config).toBe(undefined)
  })
})

describe("a project file that cannot be used says why, in its own words", () => {
  it("an unreadable, empty, non-UTF-8, oversized or broken project file, or a folder", () => {
    const codes = (file: string) => failure(readConfig(file))
    expect(codes(join(dir, "absent.config.json"))).toEqual(["config.unreadable"])
    mkdirSync(join(dir, "dossier.config.json"), { recursive: true })
    expect(codes(join(dir, "dossier.config.json"))).toEqual(["config.not-a-file"])
    expect(codes(write("vide.config.json", " \n"))).toEqual(["config.file-empty"])
    writeFileSync(join(dir, "utf16.config.json"), Buffer.from('\uFEFF{"acts":[]}', "utf16le"))
    expect(codes(join(dir, "utf16.config.json"))).toEqual(["config.encoding"])
    const r = readConfig(write("casse.config.json", '{ "acts": [ "./a.json", ] }'))
    expect(failure(r)).toEqual(["config.json-syntax"])
    expect(Result.isFailure(r) && r.failure[0]?.subject.fr).toMatch(/casse\.config\.json:1:\d+$/u)
    const saved = limits.maxFileBytes
    limits.maxFileBytes = 10
    try {
      const big = readConfig(write("gros.config.json", JSON.stringify({ acts: ["./avenant-1.json"] })))
      expect(failure(big)).toEqual(["config.file-too-large"])
      // the project file's fix, not an act's
      expect(Result.isFailure(big) && big.failure[0]?.message.fr).toContain("un fichier de projet tient en quelques")
    } finally {
      limits.maxFileBytes = saved
    }
  })
})

describe("hostile or careless act files are located problems (never code run, never a hang)", () => {
  const amendmentDoc = () =>
    JSON.parse(readFileSync(example, "utf8")) as { operations: Array<unknown>; [k: string]: unknown }
  it("pre#7: a document naming a path as its plugin's package is refused before anything is imported", async () => {
    const marker = join(dir, "ran.txt")
    write("payload.mjs", `import { writeFileSync } from "node:fs"\nwriteFileSync(${JSON.stringify(marker)}, "x")\n`)
    for (const doc of [
      { operations: [{ op: "branch-joins", plugin: { package: "./payload.mjs" } }] },
      { ...amendmentDoc(), operations: [{ op: "branch-joins", plugin: { package: join(dir, "payload.mjs") } }] }
    ]) {
      const r = await loadActs([write("path-plugin.json", JSON.stringify(doc))])
      expect(Result.isFailure(r)).toBe(true)
    }
    expect(existsSync(marker)).toBe(false)
    const r = await loadActs([
      write(
        "path-plugin.json",
        JSON.stringify({
          ...amendmentDoc(),
          operations: [{ op: "branch-joins", plugin: { package: "./payload.mjs" } }]
        })
      )
    ])
    expect(failure(r)).toEqual(["act.plugin-package-name $.operations[0].plugin.package"])
  })
  it("pre#7: a package name that is also a file beside the document is looked up as a package, never run", async () => {
    const marker = join(dir, "ran-beside.txt")
    write("evil.js", `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "x")\n`)
    const doc = { ...amendmentDoc(), operations: [{ op: "branch-joins", plugin: { package: "evil.js" } }] }
    expect(failure(await loadActs([write("beside.json", JSON.stringify(doc))]))).toEqual([
      "act.plugin-not-found $.operations[0].plugin"
    ])
    expect(existsSync(marker)).toBe(false)
  })
  it("JSON nested deep enough to exhaust the stack is a located problem", async () => {
    const r = await loadActs([write("deep.json", "[".repeat(200_000))])
    expect(failure(r)).toEqual(["act.json-syntax"])
  })
  it("a device, a directory, a file too large, a file not in UTF-8, an empty list", async () => {
    expect(failure(await loadActs(["/dev/zero.json"]))).toEqual(["act.file-unreadable"])
    mkdirSync(join(dir, "folder.json"), { recursive: true })
    expect(failure(await loadActs([join(dir, "folder.json")]))).toEqual(["act.not-a-file"])
    const saved = limits.maxFileBytes
    limits.maxFileBytes = 100
    try {
      expect(failure(await loadActs([example]))).toEqual(["act.file-too-large"])
    } finally {
      limits.maxFileBytes = saved
    }
    const latin1 = Buffer.from(readFileSync(example, "utf8").replace("Propreté", "Propret\u00e9"), "latin1")
    writeFileSync(join(dir, "cp1252.json"), latin1)
    expect(failure(await loadActs([join(dir, "cp1252.json")]))).toEqual(["act.encoding"])
    writeFileSync(join(dir, "utf16.json"), Buffer.from(`\uFEFF${readFileSync(example, "utf8")}`, "utf16le"))
    const utf16 = await loadActs([join(dir, "utf16.json")])
    expect(Result.isFailure(utf16) && utf16.failure.map((p) => `${p.code} ${p.message.fr}`)).toEqual([
      "act.encoding Fichier en UTF-16 : enregistrez-le en UTF-8"
    ])
    expect(failure(await loadActs([write("none.json", "[]")]))).toEqual(["act.file-without-act"])
    expect(failure(await loadActs([write("blank.json", "  \n")]))).toEqual(["act.file-empty"])
  })
  it("a JSON syntax error names the place and what was expected, a BOM counted out", async () => {
    const r = await loadActs([write("unquoted.json", '\uFEFF{\n  "kind": "amendment",\n  "number": un,\n  "x": 1\n}')])
    expect(Result.isFailure(r) && r.failure.map((p) => `${about(p)} ${p.message.en}`)).toEqual([
      "unquoted.json:3:13 Invalid JSON here: an unexpected character"
    ])
    expect(Result.isFailure(r) && r.failure[0]?.message.fr).toBe("JSON invalide à cet endroit : un caractère inattendu")
  })
  it("an operation that is null, an export whose _tag throws, a module that never finishes loading", async () => {
    const nullOp = await loadActs([write("null-op.json", JSON.stringify({ ...amendmentDoc(), operations: [null] }))])
    expect(Result.isFailure(nullOp) && nullOp.failure.map((p) => p.path)).toEqual(["$.operations[0].op"])
    const getter = write("getter.mjs", 'export const act = { get _tag() { throw new Error("boom") } }\n')
    expect(failure(await loadActs([getter]))).toEqual(["act.module-without-act"])
    const throwing = write("throwing.mjs", 'throw new Error("chargement impossible")\n')
    const thrown = await loadActs([throwing])
    expect(failure(thrown)).toEqual(["act.module-unreadable"])
    expect(Result.isFailure(thrown) && thrown.failure[0]?.message.fr).toBe("Module illisible : chargement impossible")
    const saved = limits.loadTimeoutMs
    limits.loadTimeoutMs = 300
    try {
      const hang = write("hang.mjs", "await new Promise(() => {})\nexport const x = 1\n")
      const r = await loadActs([hang])
      expect(failure(r)).toEqual(["act.module-timeout"])
    } finally {
      limits.loadTimeoutMs = saved
    }
  })
  it("a project file listing itself, or naming a file twice, is told or read once", async () => {
    const project = mkdtempSync(join(tmpdir(), "in-force-project-"))
    writeFileSync(join(project, "avenant.json"), readFileSync(example))
    writeFileSync(join(project, "accord-jeunes.config.json"), JSON.stringify({ acts: ["./accord-jeunes.config.json"] }))
    expect(failure(await assembleFrom({ cwd: project }))).toEqual(["config.lists-itself"])
    writeFileSync(join(project, "accord-jeunes.config.json"), JSON.stringify({ acts: ["./avenant.json"] }))
    const twice = await assembleFrom({ cwd: project, acts: [join(project, "avenant.json")] })
    expect(Result.isSuccess(twice)).toBe(true)
  })
})
