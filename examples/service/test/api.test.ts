// The API declared once (src/Api.ts): the typed client derived from it talks to the real server
// over loopback, /openapi.json is the document generated from it, and its query schemas never
// refuse what the command line's rules accept (those rules, not the schemas, say why).
import { readFileSync } from "node:fs"
import { Examples } from "@accord-jeunes/domain/testing"
import * as Effect from "effect/Effect"
import { OpenApi } from "effect/http-api"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Api, client } from "../src/Api.ts"
import { request, start } from "./support.ts"

const bytes = (text: string) => new TextEncoder().encode(text)
const records = readFileSync(new URL("../../demo/data/records.ndjson", import.meta.url))

let service: Awaited<ReturnType<typeof start>>
beforeAll(async () => {
  service = await start({ maxBodyBytes: 1024 * 1024, poolSize: 1 })
})
afterAll(() => service.stop())

describe("the typed client derived from the API", () => {
  it("validates a CSV, an NDJSON and a JSON body, each sent under its media type, and reads the agreement", async () => {
    const { csv, ndjson, json, agreement } = await Effect.runPromise(
      Effect.gen(function* () {
        const api = yield* client(service.url)
        const csv = yield* api.validate({
          query: { kind: "participant" },
          payload: {
            format: "csv",
            bytes: bytes("schemaVersion;ref;birthDate;missionLocale\r\n1.0.0;p-7f3a9c2e;12/04/2006;ML-069-LYON\r\n")
          }
        })
        // records rejected: the report, as a result (422 is declared a success)
        const ndjson = yield* api.validate({ query: { lang: "en" }, payload: { format: "ndjson", bytes: records } })
        const json = yield* api.validate({
          query: {},
          payload: { format: "json", bytes: bytes(JSON.stringify([Examples.participant, Examples.action])) }
        })
        const agreement = yield* api.agreementInForce({ query: { asOf: "2025-06-01", lang: "en" } })
        return { csv, ndjson, json, agreement }
      })
    )
    expect(csv).toMatchObject({ valid: true, stats: { read: 1, accepted: 1 }, files: [{ format: "csv" }] })
    expect(ndjson).toMatchObject({ valid: false, stats: { read: 13 }, files: [{ format: "ndjson" }] })
    // in the language asked for
    expect(ndjson.issues.find((i) => i.code === "personal-data.direct-identifier")?.message).toMatch(/^Direct/u)
    expect(json).toMatchObject({ valid: true, stats: { read: 2, accepted: 2 }, files: [{ format: "json" }] })
    expect(agreement).toMatchObject({ agreement: "accord-cadre-jeunes-2024", date: "2025-06-01", status: "in-force" })
    expect(agreement.branches.map((b) => b.id).sort()).toEqual(["bois", "commerce-de-gros", "hcr"])
  })

  it("fails with the service's problem, decoded, when the request is refused", async () => {
    const problem = await Effect.runPromise(
      Effect.gen(function* () {
        const api = yield* client(service.url)
        // a day that matches YYYY-MM-DD but does not exist: the service's rules refuse it
        return yield* Effect.flip(
          api.validate({ query: { asOf: "2025-02-30", lang: "en" }, payload: { format: "json", bytes: bytes("{}") } })
        )
      })
    )
    expect(problem).toMatchObject({ valid: false, issues: [{ code: "query.date", path: "asOf" }] })
  })
})

type Operation = {
  readonly operationId: string
  readonly summary?: string
  readonly description?: string
  readonly parameters: ReadonlyArray<{
    readonly name: string
    readonly in: string
    readonly required: boolean
    readonly description?: string
    readonly schema: object
  }>
  readonly requestBody?: { readonly required: boolean; readonly content: Record<string, { readonly schema: object }> }
  readonly responses: Record<string, { readonly description: string; readonly content?: Record<string, unknown> }>
}
type Document = {
  readonly openapi: string
  readonly info: { readonly title: string; readonly version: string }
  readonly paths: Record<string, Record<string, Operation>>
  readonly components: { readonly schemas: Record<string, unknown> }
}

describe("the OpenAPI document", () => {
  const served = async () => JSON.parse((await request(`${service.url}/openapi.json`)).body) as Document

  it("is the document generated from the API's declaration", async () => {
    expect(await served()).toEqual(JSON.parse(JSON.stringify(OpenApi.fromApi(Api))))
  })

  it("describes each operation: its parameters with descriptions, its answers at each status, its media types", async () => {
    const doc = await served()
    const op = (path: string, method: string) => doc.paths[path]?.[method] as Operation
    const validate = op("/v1/validate", "post")
    const indicators = op("/v1/indicators", "post")
    const agreement = op("/v1/agreement", "get")
    expect([agreement, validate, indicators].map((o) => o.operationId)).toEqual([
      "agreementInForce",
      "validate",
      "indicators"
    ])
    const names = (o: Operation) => o.parameters.map((p) => p.name)
    expect(names(agreement)).toEqual(["asOf", "lang"])
    expect(names(validate)).toEqual(["kind", "asOf", "lang"])
    expect(names(indicators)).toEqual(["asOf", "agreementYear", "by", "lang"])
    for (const o of [agreement, validate, indicators]) {
      expect(o.summary?.length).toBeGreaterThan(0)
      expect(o.description?.length).toBeGreaterThan(0)
      for (const p of o.parameters) {
        expect(p).toMatchObject({ in: "query", required: false })
        expect(p.description?.length, `${o.operationId} ${p.name}`).toBeGreaterThan(0)
      }
      // every answer is JSON; none is declared that the service does not give (no 500 from a middleware)
      for (const r of Object.values(o.responses)) expect(Object.keys(r.content ?? {})).toEqual(["application/json"])
    }
    expect(validate.parameters.find((p) => p.name === "kind")?.schema).toMatchObject({
      enum: expect.arrayContaining(["participant", "action"])
    })
    expect(validate.parameters.find((p) => p.name === "asOf")?.schema).toMatchObject({ format: "date" })
    const statuses = (o: Operation) => Object.keys(o.responses)
    expect(statuses(agreement)).toEqual(["200", "400", "429"])
    expect(statuses(validate)).toEqual(["200", "400", "413", "415", "422", "429", "503"])
    expect(statuses(indicators)).toEqual(["200", "400", "413", "415", "422", "429", "503"])
    const schemaAt = (o: Operation, status: string) =>
      JSON.stringify(o.responses[status]?.content?.["application/json"])
    expect(schemaAt(validate, "200")).toContain("#/components/schemas/ValidationReport")
    expect(schemaAt(validate, "422")).toContain("#/components/schemas/ValidationReport")
    expect(schemaAt(validate, "400")).toContain("#/components/schemas/ValidationReport")
    expect(schemaAt(validate, "400")).toContain("#/components/schemas/RequestProblem")
    for (const status of ["413", "415", "429", "503"])
      expect(schemaAt(validate, status)).toBe(
        JSON.stringify({ schema: { $ref: "#/components/schemas/RequestProblem" } })
      )
    expect(schemaAt(indicators, "200")).toContain("#/components/schemas/Indicators")
    expect(schemaAt(agreement, "200")).toContain("#/components/schemas/AgreementInForce")
    for (const o of [validate, indicators]) {
      expect(o.requestBody?.required).toBe(true)
      expect(Object.keys(o.requestBody?.content ?? {}).sort()).toEqual([
        "application/json",
        "application/ndjson",
        "application/x-ndjson",
        "text/csv"
      ])
    }
    expect(agreement.requestBody).toBeUndefined()
  })

  it("stays a valid OpenAPI 3.1 document: the fields it requires, and every reference resolved inside it", async () => {
    const doc = await served()
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/u)
    expect(doc.info).toMatchObject({ title: "accord-jeunes", version: "1" })
    const ids = new Set<string>()
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path.startsWith("/")).toBe(true)
      for (const [method, o] of Object.entries(item)) {
        expect(["get", "post"]).toContain(method)
        expect(ids.has(o.operationId)).toBe(false)
        ids.add(o.operationId)
        for (const p of o.parameters) expect(typeof p.schema).toBe("object")
        for (const [status, r] of Object.entries(o.responses)) {
          expect(status).toMatch(/^[1-5]\d\d$/u)
          expect(typeof r.description).toBe("string")
        }
      }
    }
    for (const name of Object.keys(doc.components.schemas)) expect(name).toMatch(/^[a-zA-Z0-9.\-_]+$/u)
    for (const ref of JSON.stringify(doc).match(/"\$ref":"[^"]+"/gu) ?? []) {
      const target = ref.slice(8, -1)
      expect(target.startsWith("#/components/schemas/")).toBe(true)
      expect(doc.components.schemas).toHaveProperty(target.replace("#/components/schemas/", ""))
    }
  })
})

describe("query parameters: the schemas refuse nothing the rules accept", () => {
  // what the API's schemas refuse is answered by the command line's rules; a schema stricter than
  // them would show as a 500
  const queries = [
    "lang=de",
    "lang=",
    "lang=fr&lang=en",
    "kind=",
    "kind=person",
    "kind=action&kind=participant",
    "asOf=",
    "asOf=2025-13-01",
    "asOf=2025-6-1",
    "asOf=2025-06-01&asOf=2025-06-02",
    "knd=action",
    "agreementYear=",
    "agreementYear=deux",
    "agreementYear=1e300",
    "agreementYear=2&agreementYear=3",
    "by=",
    "by=branch,department",
    "%zz=1",
    "lang"
  ]
  it("answers every refused query 400 with a code naming the parameter, on every route", async () => {
    for (const [method, path] of [
      ["GET", "/v1/agreement"],
      ["POST", "/v1/validate"],
      ["POST", "/v1/indicators"]
    ] as const)
      for (const query of queries) {
        const r = await request(`${service.url}${path}?${query}`, {
          method,
          headers: [["content-type", "application/x-ndjson"]],
          ...(method === "POST" ? { body: `${JSON.stringify(Examples.participant)}\n` } : {})
        })
        const issue = (JSON.parse(r.body) as { issues?: ReadonlyArray<{ code: string; path?: string }> }).issues?.[0]
        // a query the rules accept (an empty `by` is the default breakdown) is served
        if (r.status !== 400) {
          expect([200, 422], `${method} ${path}?${query}`).toContain(r.status)
          continue
        }
        expect(issue?.code, `${method} ${path}?${query}`).toMatch(/^(?:query|period)\./u)
        expect(issue?.path).toBeDefined()
      }
  })
})
