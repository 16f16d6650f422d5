// The service serves the agreement its project file names, and no other: the acts are loaded at
// start-up by the one assembly every tool uses, refused acts stop it, and its description of the
// agreement is the one `Assembly.describe` gives for the same act document.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Assembly } from "@accord-jeunes/in-force"
import { Act } from "@accord-jeunes/plugin-sdk"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { plugin } from "../../avenant-proprete/src/plugin.ts"
import { load } from "../src/agreement.ts"
import { AgreementJson } from "../src/routes.ts"
import { type Launched, launch, start } from "./support.ts"

const avenantFile = fileURLToPath(new URL("../../avenant-proprete/avenant-1.json", import.meta.url))
const avenant = JSON.parse(readFileSync(avenantFile, "utf8")) as Record<string, unknown>

// the amendment's own example record (the joining branch's own action type), on another day
const action = (startDate: string) => ({ ...(plugin.input.exampleRecords[0] as object), startDate })

const dir = mkdtempSync(join(tmpdir(), "accord-jeunes-service-"))
const write = (name: string, content: unknown) => {
  const file = join(dir, name)
  writeFileSync(file, JSON.stringify(content, null, 2))
  return file
}
// the project file the README shows, naming the act relative to itself as a team would write it
const config = fileURLToPath(new URL("../avenant-1.config.json", import.meta.url))
const empty = mkdtempSync(join(tmpdir(), "accord-jeunes-service-empty-"))

const listening = (l: Launched) => {
  if (l._tag !== "Listening") throw new Error(`the service did not start (exit ${l.code}):\n${l.stderr}`)
  return l
}
const validate = async (url: string, record: unknown, lang = "fr") => {
  const res = await fetch(`${url}/v1/validate?lang=${lang}`, {
    method: "POST",
    body: `${JSON.stringify(record)}\n`,
    headers: { "content-type": "application/x-ndjson" }
  })
  const body = (await res.json()) as {
    valid: boolean
    issues: ReadonlyArray<{ code: string; path?: string; line?: number; message: string }>
  }
  return { status: res.status, body }
}
const agreementOn = async (url: string, day: string) => {
  const res = await fetch(`${url}/v1/agreement?asOf=${day}`)
  return { status: res.status, body: (await res.json()) as typeof AgreementJson.Type }
}

let configured: Extract<Launched, { _tag: "Listening" }>
let bare: Extract<Launched, { _tag: "Listening" }>
beforeAll(async () => {
  ;[configured, bare] = await Promise.all([
    launch({ cwd: empty, env: { ACCORD_JEUNES_CONFIG: config } }).then(listening),
    launch({ cwd: empty }).then(listening)
  ])
}, 60_000)
afterAll(async () => {
  await Promise.all([configured?.stop(), bare?.stop()])
  rmSync(dir, { recursive: true, force: true })
  rmSync(empty, { recursive: true, force: true })
})

describe("start-up: the acts of the project file", () => {
  it("pre#7: reads the project file named by ACCORD_JEUNES_CONFIG and says which acts it serves", () => {
    expect(configured.stdout).toContain(`project file: ${config}`)
    expect(configured.stdout).toContain("acts: amendment-1 (amendment, from 2026-01-01)")
    expect(bare.stdout).toContain("project file: (none)")
  })

  it("pre#7: reads accord-jeunes.config.json in its working directory when no variable names a file", async () => {
    const here = mkdtempSync(join(tmpdir(), "accord-jeunes-service-cwd-"))
    try {
      writeFileSync(join(here, "accord-jeunes.config.json"), JSON.stringify({ acts: [avenantFile] }))
      const service = listening(await launch({ cwd: here }))
      try {
        const r = await validate(service.url, action("2026-02-10"))
        expect(r.status).toBe(200)
      } finally {
        await service.stop()
      }
    } finally {
      rmSync(here, { recursive: true, force: true })
    }
  })

  it("a7#2: an amendment missing a founding branch's signature stops the service before it listens, the problem printed in French and English", async () => {
    const unsigned = write("avenant-sans-bois.json", {
      ...avenant,
      signatories: (avenant.signatories as ReadonlyArray<{ party: string }>).filter((s) => s.party !== "branch:bois")
    })
    const refused = write("refused.config.json", { acts: [unsigned] })
    const r = await launch({ cwd: empty, env: { ACCORD_JEUNES_CONFIG: refused } })
    expect(r._tag).toBe("Exited")
    if (r._tag !== "Exited") return
    expect(r.code).not.toBe(0)
    expect(r.stdout).not.toContain("service on")
    expect(r.stderr).toContain("composition.consent-missing")
    expect(r.stderr).toContain("il manque la signature de branch:bois")
    expect(r.stderr).toContain("missing the signature of branch:bois")
    expect(r.stderr).toContain("a7#2")
  })

  it("refuses to start when the project file, or an act it names, does not exist", async () => {
    const missingConfig = await launch({ cwd: empty, env: { ACCORD_JEUNES_CONFIG: join(dir, "nowhere.json") } })
    expect(missingConfig).toMatchObject({ _tag: "Exited", code: 1 })
    if (missingConfig._tag === "Exited") expect(missingConfig.stderr).toContain("config.unreadable")
    const missingAct = write("missing-act.config.json", { acts: ["./avenant-2.json"] })
    const r = await launch({ cwd: empty, env: { ACCORD_JEUNES_CONFIG: missingAct } })
    expect(r).toMatchObject({ _tag: "Exited", code: 1 })
    if (r._tag === "Exited") {
      expect(r.stderr).toContain(join(dir, "avenant-2.json"))
      expect(r.stderr).toContain("Fichier illisible")
      expect(r.stderr).toContain("Cannot read file")
    }
  })
})

describe("the agreement of the workers", () => {
  it("never validates against another agreement: a worker that loads a project file edited since start-up is not used", async () => {
    // the service assembled avenant n°1 from this file; then the file is edited
    const edited = write("edited.config.json", { acts: [avenantFile] })
    const loaded = await load({ ACCORD_JEUNES_CONFIG: edited }, dir)
    if (Result.isFailure(loaded)) throw new Error("the project file is refused")
    // a time limit no validation meets: every job's worker is stopped and replaced
    const service = await start({ agreement: loaded.success, cwd: dir, poolSize: 1, timeLimitMs: 1 })
    const errors: Array<string> = []
    const stderr = process.stderr.write.bind(process.stderr)
    process.stderr.write = ((chunk: string) => errors.push(String(chunk)) > 0) as typeof process.stderr.write
    try {
      writeFileSync(edited, JSON.stringify({ acts: [] }))
      const body = `${JSON.stringify(action("2026-02-10"))}\n`.repeat(5_000)
      const overrun = await fetch(`${service.url}/v1/validate`, {
        method: "POST",
        body,
        headers: { "content-type": "application/x-ndjson" }
      })
      expect(overrun.status).toBe(503)
      // the replacement loads the edited file: it is not used, and the service says so
      let health = await fetch(`${service.url}/health`)
      while (health.status === 200) health = await fetch(`${service.url}/health`)
      expect(health.status).toBe(503)
      expect(await health.json()).toMatchObject({ status: "unavailable", pool: { broken: true } })
      const r = await validate(service.url, action("2026-02-10"))
      expect(r.status).toBe(500)
      expect(r.body.issues[0]?.code).toBe("server.error")
      expect(errors.join("")).toContain("another agreement")
    } finally {
      process.stderr.write = stderr
      await service.stop()
    }
  }, 30_000)
})

describe("POST /v1/validate against the agreement served", () => {
  it("pre#7: with avenant n°1, an action of the joining branch's own type dated 2026-02-10 is valid", async () => {
    const r = await validate(configured.url, action("2026-02-10"))
    expect(r.body.issues).toEqual([])
    expect(r).toMatchObject({ status: 200, body: { valid: true } })
  })

  it("pre#7: without it, the same action is rejected (422), naming the unknown branch and action type", async () => {
    const r = await validate(bare.url, action("2026-02-10"))
    expect(r.status).toBe(422)
    const byPath = Object.fromEntries(r.body.issues.map((i) => [i.path, i.message]))
    expect(byPath["$.branches[0]"]).toContain("proprete")
    expect(byPath["$.actionType"]).toContain("proprete:discovery-worksite")
    const en = await validate(bare.url, action("2026-02-10"), "en")
    expect(en.body.issues.map((i) => i.message).join("\n")).toMatch(/Branch "proprete"/u)
  })

  it("pre#7: with avenant n°1 but dated 2025-12-15, rejected naming the amendment and its effective date", async () => {
    const r = await validate(configured.url, action("2025-12-15"))
    expect(r.status).toBe(422)
    const fr = r.body.issues.map((i) => i.message).join("\n")
    expect(fr).toContain("proprete")
    expect(fr).toContain("proprete:discovery-worksite")
    expect(fr).toMatch(/avenant n°1/u)
    expect(fr).toContain("2026-01-01")
    const en = (await validate(configured.url, action("2025-12-15"), "en")).body.issues.map((i) => i.message).join("\n")
    expect(en).toMatch(/amendment no\. 1/u)
    expect(en).toContain("2026-01-01")
  })
})

describe("GET /v1/agreement: the agreement served, with its provenance", () => {
  it("pre#7: on 2026-03-01, lists proprete as brought in by amendment-1, and the acts loaded", async () => {
    const r = await agreementOn(configured.url, "2026-03-01")
    expect(r.status).toBe(200)
    expect(Schema.is(AgreementJson)(r.body)).toBe(true)
    expect(r.body.branches.find((b) => b.id === "proprete")).toMatchObject({
      since: "amendment-1",
      sinceDate: "2026-01-01",
      idccs: ["3043"]
    })
    expect(r.body.actionTypes.find((t) => t.id === "proprete:discovery-worksite")?.since).toBe("amendment-1")
    expect(r.body.loaded).toEqual({
      config,
      specs: ["../avenant-proprete/avenant-1.json"],
      acts: [
        {
          kind: "amendment",
          id: "amendment-1",
          effectiveDate: "2026-01-01",
          label: { fr: "avenant n°1", en: "amendment no. 1" }
        }
      ]
    })
    const before = await agreementOn(configured.url, "2025-12-31")
    expect(before.body.branches.map((b) => b.id)).not.toContain("proprete")
    expect(before.body.loaded.acts.map((a) => a.id)).toEqual(["amendment-1"])
    const unconfigured = await agreementOn(bare.url, "2026-03-01")
    expect(unconfigured.body.branches.map((b) => b.id)).not.toContain("proprete")
    expect(unconfigured.body.loaded).toEqual({ config: null, specs: [], acts: [] })
  })

  it("pre#7: is Assembly.describe of the same act document, on 2025-12-31, 2026-01-01 and 2026-06-30", async () => {
    const act = Act.fromDocument(avenant, "avenant-1.json")
    if (Result.isFailure(act)) throw new Error("avenant-1.json is refused")
    const timeline = Assembly.assembleOrThrow({ acts: [act.success] })
    for (const day of ["2025-12-31", "2026-01-01", "2026-06-30"]) {
      const { explanation: _e, loaded: _l, ...description } = (await agreementOn(configured.url, day)).body
      expect(description).toEqual(JSON.parse(JSON.stringify(Assembly.describe(timeline, day))))
    }
    // proprete comes in on its effective date, not before
    const ids = async (day: string) => (await agreementOn(configured.url, day)).body.branches.map((b) => b.id)
    expect(await ids("2025-12-31")).not.toContain("proprete")
    expect(await ids("2026-01-01")).toContain("proprete")
  })
})
