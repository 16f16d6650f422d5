import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Diagnostic, ExchangeRecord } from "@accord-jeunes/domain"
import { Report, Validator } from "@accord-jeunes/validation"
import { Ajv } from "ajv"
import { Ajv2020 } from "ajv/dist/2020.js"
import { Result } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { files } from "../scripts/documents.ts"

const root = fileURLToPath(new URL("..", import.meta.url))
const load = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8"))

// A corpus of documents, valid and not. `jsonSchemaCanTell` is false for the rules JSON Schema
// cannot express (checksums, cross-field rules, existing dates); everywhere else every validator
// must agree with the TypeScript decoders.
type Kind = ExchangeRecord.Kind | "validation-report"
// a real report, as `accord-jeunes validate --format json` prints it: records with problems
const report = (() => {
  const v = Validator.make()
  v.text(
    "sample.ndjson",
    '{"kind":"participant","schemaVersion":"1.0.0","ref":"p-7f3a9c2e","birthDate":"2006-02-30","missionLocale":"ML-069","nom":"X"}\n{"kind":"action"\n'
  )
  v.text("empty.csv", "")
  return Report.toJson(v.finish(), "fr") as unknown as Record<string, unknown>
})()
const base: Record<Kind, Record<string, unknown>> = {
  "validation-report": report,
  action: {
    kind: "action",
    schemaVersion: "1.0.0",
    id: "act-1",
    agreement: "accord-cadre-jeunes-2024",
    actionType: "company-visit",
    startDate: "2025-03-12",
    region: "84",
    departement: "69",
    missionLocales: ["ML-069"],
    branches: ["hcr"],
    companies: ["73282932000074"]
  },
  participant: {
    kind: "participant",
    schemaVersion: "1.0.0",
    ref: "p-7f3a9c2e",
    birthDate: "2006-04-12",
    missionLocale: "ML-069"
  },
  participation: {
    kind: "participation",
    schemaVersion: "1.0.0",
    id: "part-1",
    action: "act-1",
    participant: "p-7f3a9c2e",
    status: "completed",
    startDate: "2025-03-12"
  },
  "insertion-outcome": {
    kind: "insertion-outcome",
    schemaVersion: "1.0.0",
    id: "out-1",
    participant: "p-7f3a9c2e",
    outcome: "cdd",
    startDate: "2025-04-01",
    endDate: "2025-12-31",
    employerSiret: "73282932000074",
    idcc: "1979",
    actions: ["act-1"]
  },
  "committee-meeting": {
    kind: "committee-meeting",
    schemaVersion: "1.0.0",
    id: "copil-1",
    agreement: "accord-cadre-jeunes-2024",
    body: { level: "regional", region: "84" },
    date: "2025-02-10",
    attendance: [{ party: "state", present: true }],
    decisions: [],
    outputs: ["tracking-table"]
  },
  "referent-designation": {
    kind: "referent-designation",
    schemaVersion: "1.0.0",
    id: "ref-1",
    agreement: "accord-cadre-jeunes-2024",
    party: "akto",
    level: "national",
    from: "2024-10-01"
  }
}
const cases: Array<{ name: string; kind: Kind; document: unknown; jsonSchemaCanTell: boolean }> = []
const add = (
  name: string,
  kind: Kind,
  change: (d: Record<string, unknown>) => Record<string, unknown>,
  canTell = true
) => cases.push({ name, kind, document: change({ ...base[kind] }), jsonSchemaCanTell: canTell })
for (const kind of [...ExchangeRecord.kinds, "validation-report"] as const) {
  add(`${kind}: valid`, kind, (d) => d)
  add(`${kind}: extra field`, kind, (d) => ({ ...d, comment: "x" }))
  add(`${kind}: wrong kind`, kind, (d) => ({ ...d, kind: "contract" }))
  add(`${kind}: old schema version`, kind, (d) => ({ ...d, schemaVersion: "0.9.0" }))
  add(`${kind}: not an object`, kind, () => [] as never)
}
add("validation-report: a negative count", "validation-report", (d) => ({
  ...d,
  stats: { ...(d.stats as object), rejected: -1 }
}))
add("validation-report: unknown severity", "validation-report", (d) => ({
  ...d,
  issues: [{ code: "x", severity: "fatal", file: "f", message: "m" }]
}))
add("validation-report: line as text", "validation-report", (d) => ({
  ...d,
  issues: [{ code: "x", severity: "error", file: "f", line: "3", message: "m" }]
}))
add("validation-report: no stats", "validation-report", ({ stats: _, ...d }) => d)
add("action: missing type", "action", ({ actionType: _, ...d }) => d)
add("action: unknown region", "action", (d) => ({ ...d, region: "99" }))
add("action: SIRET with a letter", "action", (d) => ({ ...d, companies: ["7328293200007A"] }))
add("action: SIRET checksum", "action", (d) => ({ ...d, companies: ["73282932000075"] }), false)
add("action: département outside region", "action", (d) => ({ ...d, departement: "75" }), false)
add("action: no branch", "action", (d) => ({ ...d, branches: [] }))
add("action: end before start", "action", (d) => ({ ...d, endDate: "2025-03-01" }), false)
add("action: date in French format", "action", (d) => ({ ...d, startDate: "12/03/2025" }))
add("action: 30 February", "action", (d) => ({ ...d, startDate: "2025-02-30" }), false)
add("participant: a5#1 name", "participant", (d) => ({ ...d, nom: "Dupont" }))
add("participant: a5#1 e-mail", "participant", (d) => ({ ...d, email: "a@b.fr" }))
add("participant: a5#1 digits-only reference", "participant", (d) => ({ ...d, ref: "0612345678" }))
add("participant: reference with a space", "participant", (d) => ({ ...d, ref: "p 1234" }))
add("participant: unknown scheme", "participant", (d) => ({
  ...d,
  schemes: [{ scheme: "garantie-jeunes", startDate: "2025-01-01" }]
}))
add("participant: RQTH as text", "participant", (d) => ({ ...d, rqth: "oui" }))
add("participation: unknown status", "participation", (d) => ({ ...d, status: "cancelled" }))
add("insertion-outcome: IDCC as a number", "insertion-outcome", (d) => ({ ...d, idcc: 1979 }))
add("insertion-outcome: IDCC of 5 digits", "insertion-outcome", (d) => ({ ...d, idcc: "19799" }))
add("insertion-outcome: ROME code", "insertion-outcome", (d) => ({ ...d, rome: "Z1234" }))
add("insertion-outcome: contract without employer", "insertion-outcome", ({ employerSiret: _, ...d }) => d, false)
add("insertion-outcome: unknown outcome", "insertion-outcome", (d) => ({ ...d, outcome: "interim" }))
add("committee-meeting: regional without region", "committee-meeting", (d) => ({ ...d, body: { level: "regional" } }))
add("committee-meeting: unknown output", "committee-meeting", (d) => ({ ...d, outputs: ["minutes"] }))
add(
  "referent-designation: regional without region",
  "referent-designation",
  (d) => ({ ...d, level: "regional" }),
  false
)
// issue #13: the bounds of one record's cost are in the exported schemas, for every language
add("action: more companies than the maximum", "action", (d) => ({
  ...d,
  companies: Array.from({ length: ExchangeRecord.maxItems.companies + 1 }, () => "73282932000074")
}))
add("action: as many companies as the maximum", "action", (d) => ({
  ...d,
  companies: Array.from({ length: ExchangeRecord.maxItems.companies }, () => "73282932000074")
}))
add("referent-designation: a role of 501 characters", "referent-designation", (d) => ({ ...d, role: "r".repeat(501) }))
add("referent-designation: a name of 500 characters", "referent-designation", (d) => ({ ...d, name: "n".repeat(500) }))
add("committee-meeting: a decision of 2 001 characters", "committee-meeting", (d) => ({
  ...d,
  decisions: [{ id: "d-1", summary: "s".repeat(2001) }]
}))

const decoderOf = (kind: Kind) =>
  Diagnostic.decode(kind === "validation-report" ? Report.ReportJson : ExchangeRecord.byKind[kind])
const ts = cases.map((c) => Result.isSuccess(decoderOf(c.kind)(c.document)))
const compile = (ajv: Ajv | Ajv2020, dialect: string) =>
  Object.fromEntries(
    [...ExchangeRecord.kinds, "validation-report"].map((k) => [
      k,
      ajv.compile(load(`json-schema/${dialect}/${k}.schema.json`))
    ])
  )
const ajv2020 = compile(new Ajv2020({ strict: false, allErrors: true }), "2020-12")
const ajv07 = compile(new Ajv({ strict: false, allErrors: true }), "draft-07")
const byAjv2020 = cases.map((c) => ajv2020[c.kind]?.(c.document) === true)
const byAjv07 = cases.map((c) => ajv07[c.kind]?.(c.document) === true)

const python = (() => {
  for (const candidate of ["python3", "/usr/bin/python3"])
    if (spawnSync(candidate, ["-c", "import jsonschema"]).status === 0) return candidate
  return undefined
})()

describe("the committed schema files", () => {
  it("are what the domain generates today (no drift)", () => {
    for (const f of files()) expect(readFileSync(join(root, f.path), "utf8"), f.path).toBe(f.content)
  })
  it("list every record kind and report in the catalog, with their $ids", () => {
    const catalog = load("catalog.json") as {
      schemas: Array<{ name: string; jsonSchema: Record<string, { file: string; $id: string }> }>
    }
    expect(catalog.schemas.map((s) => s.name)).toEqual([
      ...ExchangeRecord.kinds,
      "exchange-record",
      "tracking-table",
      "annual-report",
      "act",
      "validation-report"
    ])
    for (const s of catalog.schemas) for (const v of Object.values(s.jsonSchema)) expect(load(v.file).$id).toBe(v.$id)
  })
  it("keep every regular expression (none dropped by the exporter)", () => {
    const participant = JSON.stringify(load("json-schema/2020-12/participant.schema.json"))
    expect(participant).toContain("{3,127}")
    expect(participant).toContain("[A-Za-z]")
    expect(JSON.stringify(load("json-schema/2020-12/action.schema.json"))).toContain("^\\\\d{14}$")
  })
})

describe("validation across languages", () => {
  let byPython: ReadonlyArray<{ "2020-12": boolean; "draft-07": boolean }> = []
  beforeAll(() => {
    if (python === undefined) return
    const file = join(mkdtempSync(join(tmpdir(), "schemas-")), "corpus.json")
    writeFileSync(file, JSON.stringify(cases.map((c) => ({ kind: c.kind, document: c.document }))))
    byPython = JSON.parse(
      execFileSync(python, [fileURLToPath(new URL("./validate.py", import.meta.url)), root, file], { encoding: "utf8" })
    )
  })
  it("has Python's jsonschema (.ci/run installs python3-jsonschema when missing)", () => {
    expect(python, "no python3 with jsonschema: apt-get install python3-jsonschema").toBeDefined()
  })
  it.each(cases.map((c, i) => [c.name, i] as const))("%s: ajv (2020-12, draft-07) and Python agree", (_, i) => {
    expect(byAjv07[i]).toBe(byAjv2020[i])
    expect(byPython[i]?.["2020-12"]).toBe(byAjv2020[i])
    expect(byPython[i]?.["draft-07"]).toBe(byAjv07[i])
  })
  it.each(cases.map((c, i) => [c.name, i] as const))(
    "%s: JSON Schema agrees with the TypeScript decoder where it can tell",
    (_, i) => {
      const c = cases[i] as (typeof cases)[number]
      if (c.jsonSchemaCanTell) expect(byAjv2020[i]).toBe(ts[i])
      // where it cannot, the schema is looser, never stricter: it accepts what the decoder refuses
      else expect([byAjv2020[i], ts[i]]).toEqual([true, false])
    }
  )
})
