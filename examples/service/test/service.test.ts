// The service over real HTTP on the loopback interface.
import { readFileSync } from "node:fs"
import { request as httpRequest } from "node:http"
import { Catalogue } from "@accord-jeunes/domain"
import { Examples } from "@accord-jeunes/domain/testing"
import { Report } from "@accord-jeunes/validation"
import * as Effect from "effect/Effect"
import type { HttpServerRequest } from "effect/http"
import * as Schema from "effect/Schema"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { founding } from "../src/agreement.ts"
import { defaults } from "../src/Config.ts"
import { AgreementJson, type Route, routes } from "../src/routes.ts"
import { type Context, handler } from "../src/server.ts"
import { start } from "./support.ts"

const data = (name: string) => readFileSync(new URL(`../../demo/data/${name}`, import.meta.url))
const participant = Examples.participant
const isReport = Schema.is(Report.ReportJson)
const isAgreement = Schema.is(AgreementJson)

let service: Awaited<ReturnType<typeof start>>
beforeAll(async () => {
  service = await start({ maxBodyBytes: 1024 * 1024 })
})
afterAll(() => service.stop())

const post = async (
  path: string,
  body: string | Uint8Array<ArrayBuffer> | Buffer,
  type: string,
  headers: Record<string, string> = {}
) => {
  const res = await fetch(`${service.url}${path}`, {
    method: "POST",
    body,
    headers: { "content-type": type, ...headers }
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}
const get = async (path: string, absolute = false) => {
  const res = await fetch(absolute ? path : `${service.url}${path}`)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}
const issues = (body: Record<string, unknown>) =>
  body.issues as ReadonlyArray<{ code: string; path?: string; line?: number; message: string }>

describe("POST /v1/validate", () => {
  it("answers 200 and a valid report for a valid document", async () => {
    const r = await post("/v1/validate", JSON.stringify(participant), "application/json")
    expect(r.status).toBe(200)
    expect(isReport(r.body)).toBe(true)
    expect(r.body).toMatchObject({ valid: true, stats: { read: 1, accepted: 1, rejected: 0 } })
  })

  it("answers 422 for an invalid document, each issue located, in French by default and English when asked", async () => {
    const bad = { ...participant, birthDate: "2006-02-30", nom: "Dupont" }
    const fr = await post("/v1/validate", JSON.stringify(bad), "application/json")
    expect(fr.status).toBe(422)
    expect(isReport(fr.body)).toBe(true)
    expect(issues(fr.body).map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ["date.nonexistent", "$.birthDate"],
        ["personal-data.direct-identifier", "$.nom"]
      ])
    )
    expect(issues(fr.body).find((i) => i.code === "date.nonexistent")?.message).toMatch(/^Attendu/)
    const en = await post("/v1/validate", JSON.stringify(bad), "application/json", { "accept-language": "en-GB" })
    expect(issues(en.body).find((i) => i.code === "date.nonexistent")?.message).toMatch(/^Expected/)
    // personal data is never echoed back
    expect(JSON.stringify(fr.body)).not.toContain("Dupont")
  })

  it("validates an NDJSON file and accounts for every record", async () => {
    const r = await post("/v1/validate?lang=en", data("records.ndjson"), "application/x-ndjson")
    const stats = r.body.stats as { read: number; accepted: number; rejected: number }
    expect(r.status).toBe(422)
    expect(stats.read).toBe(13)
    expect(stats.accepted + stats.rejected).toBe(stats.read)
    expect(issues(r.body).every((i) => typeof i.line === "number")).toBe(true)
  })

  it("validates a CSV file of a given kind, with ; and French dates", async () => {
    const csv = "schemaVersion;ref;birthDate;missionLocale\r\n1.0.0;p-7f3a9c2e;12/04/2006;ML-069-LYON\r\n"
    const r = await post("/v1/validate?kind=participant", csv, "text/csv")
    expect(r.body).toMatchObject({ valid: true, stats: { read: 1, accepted: 1 } })
    expect(r.status).toBe(200)
  })

  it("answers 400 with a report for a malformed body and a binary one, 422 for an empty one", async () => {
    for (const [body, status, code] of [
      ['{"kind": "participant", ', 400, "json.syntax"],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1]), 400, undefined],
      ["", 422, "file.empty"]
    ] as const) {
      const r = await post("/v1/validate", body, "application/json")
      expect(r.status).toBe(status)
      expect(r.body.valid).toBe(false)
      expect(isReport(r.body)).toBe(true)
      expect(issues(r.body).length).toBeGreaterThan(0)
      if (code !== undefined) expect(issues(r.body).map((i) => i.code)).toContain(code)
    }
  })

  it("answers 413 for an oversized body, announced or sent in chunks, before parsing it", async () => {
    const big = `${JSON.stringify(participant)}\n`.repeat(12_000)
    const announced = await post("/v1/validate", big, "application/x-ndjson")
    expect(announced.status).toBe(413)
    expect(issues(announced.body)[0]?.code).toBe("body.too-large")
    // no content-length: a chunked request body
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        `${service.url}/v1/validate`,
        { method: "POST", headers: { "content-type": "application/x-ndjson", "transfer-encoding": "chunked" } },
        (res) => {
          let text = ""
          res.on("data", (c) => {
            text += c
          })
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }))
        }
      )
      req.on("error", reject)
      // 10 MB in chunks, ten times the limit: the server stops reading at the limit and answers
      let sent = 0
      const write = () => {
        while (sent < 200) {
          sent++
          if (!req.write(big.slice(0, 50_000))) return void req.once("drain", write)
        }
        req.end()
      }
      write()
    })
    expect(chunked.status).toBe(413)
    expect(JSON.parse(chunked.body).issues[0].code).toBe("body.too-large")
  })

  it("answers 415 for a media type it does not read and 400 for a bad parameter, naming it", async () => {
    const media = await post("/v1/validate", "x", "application/pdf")
    expect(media.status).toBe(415)
    expect(issues(media.body)[0]?.code).toBe("body.media-type")
    const kind = await post("/v1/validate?kind=person", "{}", "application/json")
    expect(kind.status).toBe(400)
    expect(issues(kind.body)[0]).toMatchObject({ code: "query.kind", path: "kind" })
    const date = await post("/v1/validate?asOf=16/09/2024", "{}", "application/json")
    expect(issues(date.body)[0]).toMatchObject({ code: "query.date", path: "asOf" })
  })
})

describe("GET /v1/agreement", () => {
  it("gives the agreement as in force on a date, and its end", async () => {
    const during = await get("/v1/agreement?asOf=2025-06-01&lang=en")
    expect(during.status).toBe(200)
    expect(during.body).toMatchObject({
      agreement: "accord-cadre-jeunes-2024",
      date: "2025-06-01",
      status: "in-force",
      lastDay: "2027-09-15"
    })
    expect(isAgreement(during.body)).toBe(true)
    expect(during.body.branches).toContainEqual(
      expect.objectContaining({ id: "hcr", since: "accord-cadre-jeunes-2024", idccs: ["1979"] })
    )
    expect((during.body.branches as Array<{ id: string }>).map((b) => b.id).sort()).toEqual([
      "bois",
      "commerce-de-gros",
      "hcr"
    ])
    const after = await get("/v1/agreement?asOf=2027-09-16")
    expect(after.body.status).not.toBe("in-force")
    const bad = await get("/v1/agreement?asOf=2025-13-01")
    expect(bad.status).toBe(400)
  })

  it("by default, on today's date in Paris: at 23:30 UTC on 31 December, it is 1 January there", async () => {
    const late = await start({ now: () => new Date("2024-12-31T23:30:00Z") })
    try {
      const r = await get(`${late.url}/v1/agreement`, true)
      expect(r.body.date).toBe("2025-01-01")
    } finally {
      await late.stop()
    }
  })
})

describe("POST /v1/indicators", () => {
  it("builds the tracking table from the valid records posted", async () => {
    const r = await post("/v1/indicators?asOf=2026-01-31", data("synthetic-sample.ndjson"), "application/x-ndjson")
    expect(r.status).toBe(200)
    const validation = r.body.validation as { stats: { read: number; accepted: number; rejected: number } }
    expect(validation.stats.read).toBe(2056)
    expect(validation.stats.accepted + validation.stats.rejected).toBe(2056)
    const report = r.body.report as { trackingTable: { rows: ReadonlyArray<unknown> } }
    expect(report.trackingTable.rows.length).toBeGreaterThan(0)
  })

  it("breaks the table down as asked, and names a dimension it does not know", async () => {
    const body = data("synthetic-sample.ndjson")
    const byBranch = await post("/v1/indicators?asOf=2026-01-31", body, "application/x-ndjson")
    const byRegion = await post("/v1/indicators?asOf=2026-01-31&by=region", body, "application/x-ndjson")
    const rows = (r: { body: Record<string, unknown> }) =>
      (r.body.report as { trackingTable: { rows: ReadonlyArray<unknown> } }).trackingTable.rows.length
    expect(rows(byRegion)).toBeGreaterThan(rows(byBranch))
    const bad = await post("/v1/indicators?by=branch,department", body, "application/x-ndjson")
    expect(bad.status).toBe(400)
    expect(issues(bad.body)[0]).toMatchObject({ code: "query.by", path: "by" })
    expect(issues(bad.body)[0]?.message).toContain("department")
  })

  it("names an agreement year it cannot read, and passes on the engine's word for one out of the agreement", async () => {
    const body = data("synthetic-sample.ndjson")
    const words = await post("/v1/indicators?agreementYear=deux", body, "application/x-ndjson")
    expect(words.status).toBe(400)
    expect(issues(words.body)[0]).toMatchObject({ code: "query.agreement-year", path: "agreementYear" })
    const nine = await post("/v1/indicators?asOf=2026-01-31&agreementYear=9", body, "application/x-ndjson")
    expect(nine.status).toBe(400)
    expect(issues(nine.body)[0]?.path).toBe("agreementYear")
    expect(Catalogue.lookup(issues(nine.body)[0]?.code ?? "")).toBeDefined()
  })
})

describe("the OpenAPI document", () => {
  it("describes every route from the same declarations, with the report's schema", async () => {
    const doc = await get("/openapi.json")
    expect(doc.body.openapi).toBe("3.1.0")
    const paths = doc.body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>
    expect(Object.keys(paths).sort()).toEqual(["/v1/agreement", "/v1/indicators", "/v1/validate"])
    expect(Object.keys(paths["/v1/validate"]?.post?.responses ?? {})).toEqual([
      "200",
      "400",
      "413",
      "415",
      "422",
      "429",
      "503"
    ])
    const schemas = (doc.body.components as { schemas: Record<string, { properties?: object }> }).schemas
    expect(Object.keys(schemas.ValidationReport?.properties ?? {})).toEqual(["valid", "stats", "files", "issues"])
    // the agreement's description, with the provenance of each element
    const agreement = paths["/v1/agreement"]?.get?.responses["200"] as {
      content: { "application/json": { schema: { $ref?: string } } }
    }
    expect(agreement.content["application/json"].schema.$ref).toBe("#/components/schemas/AgreementInForce")
    expect(Object.keys(schemas.AgreementInForce?.properties ?? {})).toEqual(
      expect.arrayContaining(["branches", "actionTypes", "commitments", "indicators", "acts", "loaded"])
    )
    // every reference resolves inside the document
    for (const ref of JSON.stringify(doc.body).match(/"\$ref":"[^"]+"/g) ?? [])
      expect(schemas).toHaveProperty(ref.slice(8, -1).replace("#/components/schemas/", ""))
  })
})

describe("robustness", () => {
  it("answers an unknown route in JSON, naming the routes that exist", async () => {
    const r = await get("/v1/agreements?lang=en")
    expect(r.status).toBe(404)
    expect(issues(r.body)[0]).toMatchObject({ code: "route.unknown" })
    expect(issues(r.body)[0]?.message).toContain("GET /v1/agreement")
    const fr = await get("/v1/valider")
    expect(issues(fr.body)[0]?.message).toMatch(/^Aucune route « GET \/v1\/valider »/u)
  })

  it("keeps serving after every bad request, including many at once", async () => {
    const bad = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0
          ? post("/v1/validate", '{"kind": [', i % 4 === 0 ? "application/json" : "application/x-ndjson")
          : post("/v1/validate", "\u0000\u0001", i % 3 === 0 ? "text/csv" : "application/pdf")
      )
    )
    expect(bad.every((r) => r.status >= 400 && r.status < 500)).toBe(true)
    const health = await fetch(`${service.url}/health`)
    expect(await health.json()).toMatchObject({ status: "ok" })
    const ok = await post("/v1/validate", JSON.stringify(participant), "application/json")
    expect(ok.status).toBe(200)
  })

  it("answers a body it cannot read (a connection cut while it is sent) with a 400 in the report's shape", async () => {
    // over real HTTP, Node answers a malformed body itself: the handler is given a failing read
    const route = routes(founding()).find((r) => r.path === "/v1/validate") as Route
    let released = 0
    const pool = {
      reserve: () => ({ release: () => released++, run: () => () => {} }),
      retryAfter: () => 1
    } as unknown as Context["pool"]
    const cut = {
      url: "/v1/validate?lang=en",
      headers: { "content-type": "application/json" },
      source: { rawHeaders: ["Content-Type", "application/json"] },
      arrayBuffer: Effect.fail(new Error("aborted"))
    } as unknown as HttpServerRequest.HttpServerRequest
    const response = await Effect.runPromise(handler(route, { settings: defaults(), pool, now: () => new Date() })(cut))
    expect(response.status).toBe(400)
    expect(JSON.parse(new TextDecoder().decode((response.body as { body: Uint8Array }).body))).toEqual({
      valid: false,
      issues: [
        { code: "body.unreadable", severity: "error", message: "Request body could not be read (connection cut?)" }
      ]
    })
    // its place in the pool is given back
    expect(released).toBe(1)
  })

  it("answers a failure of its own with a 500 in the report's shape, and keeps serving", async () => {
    // a clock that fails: "today" cannot be read
    const broken = await start({
      poolSize: 1,
      now: () => {
        throw new Error("no clock")
      }
    })
    try {
      const r = await get(`${broken.url}/v1/agreement?lang=en`, true)
      expect(r.status).toBe(500)
      expect(issues(r.body)[0]).toMatchObject({ code: "server.error", message: "Internal error" })
      expect((await fetch(`${broken.url}/health`)).status).toBe(200)
    } finally {
      await broken.stop()
    }
  })
})
