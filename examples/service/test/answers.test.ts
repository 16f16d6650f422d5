// Honest answers (issue #13, 3): the service says "valid" only for what it read, refuses what it
// cannot read with certainty (several content types, a compressed body, a body shaped like another
// type), answers every route in JSON with a code, checks its query by the command line's rules, and
// reads bytes by the validation library's one rule (the same verdict as the library's).
import { gzipSync } from "node:zlib"
import { Examples } from "@accord-jeunes/domain/testing"
import { Report, Validator } from "@accord-jeunes/validation"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { raw, request, start } from "./support.ts"

let service: Awaited<ReturnType<typeof start>>
beforeAll(async () => {
  service = await start({ maxBodyBytes: 1024 * 1024, poolSize: 1 })
})
afterAll(() => service.stop())

type Body = {
  valid: boolean
  stats?: { read: number; accepted: number; rejected: number }
  files?: ReadonlyArray<{ encoding: string }>
  issues: ReadonlyArray<{ code: string; line?: number; path?: string; message: string }>
}
const post = async (path: string, body: string | Uint8Array, headers: ReadonlyArray<readonly [string, string]>) => {
  const r = await request(`${service.url}${path}`, { method: "POST", headers, body })
  return { status: r.status, headers: r.headers, body: JSON.parse(r.body) as Body }
}
const typed = (type: string) => [["content-type", type]] as const
const codes = (b: Body) => b.issues.map((i) => i.code)

const header = "schemaVersion;ref;birthDate;missionLocale"
const row = (i: number) => `1.0.0;p-7f3a9c${i.toString(16).padStart(2, "0")};12/04/2006;ML-069-LYON`
const ndjson = `${JSON.stringify(Examples.participant)}\n`

describe("0 records read is never valid", () => {
  it("answers [] and a header-only CSV with 422 file.empty", async () => {
    for (const [body, type, path] of [
      ["[]", "application/json", "/v1/validate"],
      [`${header}\r\n`, "text/csv", "/v1/validate?kind=participant"],
      ["\n\n", "application/x-ndjson", "/v1/validate"]
    ] as const) {
      const r = await post(path, body, typed(type))
      expect(r.status).toBe(422)
      expect(r.body.valid).toBe(false)
      expect(r.body.stats?.read).toBe(0)
      expect(codes(r.body)).toContain("file.empty")
    }
  })

  it("answers a body shaped like another type than announced with 422 content-type.mismatch, naming both", async () => {
    const lines = `${ndjson}${ndjson}`
    for (const [body, type, looks] of [
      [lines, "text/csv", "NDJSON"],
      ["[{}]", "text/csv", "JSON"],
      [`[\n${JSON.stringify(Examples.participant)}\n]`, "application/x-ndjson", "JSON"],
      [lines, "application/json", "NDJSON"],
      [`kind;id\r\naction;a-1\r\n`, "application/json", "CSV"]
    ] as const) {
      const r = await post("/v1/validate?lang=en", body, typed(type))
      expect(r.status, `${type} ${looks}`).toBe(422)
      expect(r.body).toMatchObject({ valid: false, stats: { read: 0 } })
      expect(r.body.issues[0]).toMatchObject({ code: "content-type.mismatch" })
      expect(r.body.issues[0]?.message).toContain(type)
      expect(r.body.issues[0]?.message).toContain(looks)
    }
    // and the indicators are not computed from nothing
    const report = await post("/v1/indicators?asOf=2026-01-31", lines, typed("text/csv"))
    expect(report.status).toBe(422)
    expect(codes(report.body)).toEqual(["content-type.mismatch"])
  })

  it("still reads a one-line NDJSON file and a one-record JSON document as announced", async () => {
    expect((await post("/v1/validate", ndjson, typed("application/x-ndjson"))).status).toBe(200)
    expect((await post("/v1/validate", ndjson, typed("application/json"))).status).toBe(200)
  })
})

describe("what cannot be read with certainty is refused", () => {
  it("answers duplicate or conflicting Content-Type headers with 400, whichever comes first", async () => {
    for (const headers of [
      [
        ["content-type", "text/csv"],
        ["content-type", "application/json"]
      ],
      [
        ["content-type", "application/json"],
        ["content-type", "application/json"]
      ],
      [["content-type", "application/json, text/csv"]]
    ] as const) {
      const r = await post("/v1/validate?lang=en", "[]", headers)
      expect(r.status).toBe(400)
      expect(r.body.issues[0]).toMatchObject({ code: "content-type.conflicting" })
    }
  })

  it("refuses compressed bodies with 415: announced (Content-Encoding) or not (gzip's bytes)", async () => {
    const gzipped = gzipSync(ndjson)
    const announced = await post("/v1/validate", gzipped, [
      ["content-type", "application/x-ndjson"],
      ["content-encoding", "gzip"]
    ])
    expect(announced.status).toBe(415)
    expect(announced.body.issues[0]).toMatchObject({ code: "body.compressed" })
    expect(announced.body.issues[0]?.message).toContain("gzip")
    const unannounced = await post("/v1/validate", gzipped, typed("application/x-ndjson"))
    expect(unannounced.status).toBe(415)
    expect(unannounced.body.issues[0]).toMatchObject({ code: "body.compressed" })
    // identity is no compression
    const identity = await post("/v1/validate", ndjson, [
      ["content-type", "application/x-ndjson"],
      ["content-encoding", "identity"]
    ])
    expect(identity.status).toBe(200)
  })

  it("reads the character set the request names, and refuses one it does not read with 415", async () => {
    // "é" in Windows-1252 is one byte, 0xE9: announced, it is read as such, without a guess
    const latin = Uint8Array.from([...new TextEncoder().encode(`${header}\r\n${row(1)}\r\n`)])
    const announced = await post("/v1/validate?kind=participant", latin, typed("text/csv; charset=windows-1252"))
    expect(announced.body.files?.[0]?.encoding).toBe("windows-1252")
    const utf16 = await post("/v1/validate", "[]", typed("application/json; charset=utf-16"))
    expect(utf16.status).toBe(415)
    expect(utf16.body.issues[0]).toMatchObject({ code: "body.charset" })
  })
})

describe("every answer is JSON with a code", () => {
  it("answers a POST route called with GET (or PUT) with 405, Allow and a code", async () => {
    for (const method of ["GET", "PUT", "DELETE"]) {
      const r = await request(`${service.url}/v1/validate?lang=en`, { method })
      expect(r.status).toBe(405)
      expect(r.headers.allow).toBe("POST")
      expect(r.headers["content-type"]).toContain("application/json")
      expect(JSON.parse(r.body).issues[0]).toMatchObject({ code: "route.method" })
    }
    const get = await request(`${service.url}/v1/agreement`, { method: "POST" })
    expect(get.status).toBe(405)
    expect(get.headers.allow).toBe("GET")
  })

  it("answers /health in JSON, with what its pool is doing", async () => {
    const r = await request(`${service.url}/health`)
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toMatchObject({ status: "ok", pool: { workers: 1, busy: 0 } })
  })

  it("answers malformed HTTP and oversized headers in JSON, with a code", async () => {
    const garbage = await raw(service.url, ["GARBAGE\r\n\r\n"])
    expect(garbage.status).toBe(400)
    expect(JSON.parse(garbage.body).issues[0]).toMatchObject({ code: "request.malformed" })
    const lengths = await raw(service.url, [
      "POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n[]"
    ])
    expect(lengths.status).toBe(400)
    expect(JSON.parse(lengths.body).issues[0]).toMatchObject({ code: "request.malformed" })
    const big = await raw(service.url, [`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`])
    expect(big.status).toBe(431)
    expect(JSON.parse(big.body).issues[0]).toMatchObject({ code: "request.headers-too-large" })
  })

  it("never echoes V8's JSON error text (it quotes the input)", async () => {
    for (const body of ['{"name": "Jean Dupon"', '{"name": "Jean Dupon" x}', '["Jean Dupon",]', "Jean Dupon"])
      for (const type of ["application/json", "application/x-ndjson", "text/csv"]) {
        const r = await post("/v1/validate?lang=en", body, typed(type))
        expect(r.status).toBeGreaterThanOrEqual(400)
        expect(JSON.stringify(r.body)).not.toContain("Dupon")
        expect(JSON.stringify(r.body)).not.toMatch(/Unexpected|position \d/u)
      }
  })
})

describe("query parameters, by the command line's rules", () => {
  const body = ndjson
  it("refuses an agreement year the agreement does not have, naming its years (the engine's code)", async () => {
    const r = await post("/v1/indicators?asOf=2026-01-31&agreementYear=16&lang=en", body, typed("application/x-ndjson"))
    expect(r.status).toBe(400)
    expect(r.body.issues[0]).toMatchObject({ code: "period.agreement-year-out-of-range", path: "agreementYear" })
    expect(r.body.issues[0]?.message).toMatch(/1 to 3/u)
    for (const year of ["1e300", "-1", "1.5", ""]) {
      const bad = await post(`/v1/indicators?agreementYear=${year}`, body, typed("application/x-ndjson"))
      expect(bad.status, year).toBe(400)
      expect(bad.body.issues[0]?.path).toBe("agreementYear")
    }
  })

  it("refuses an unknown or repeated parameter and a language it does not speak, before reading the body", async () => {
    const unknown = await post("/v1/indicators?agreementyear=2&lang=en", body, typed("application/x-ndjson"))
    expect(unknown.status).toBe(400)
    expect(unknown.body.issues[0]).toMatchObject({ code: "query.unknown", path: "agreementyear" })
    expect(unknown.body.issues[0]?.message).toContain("agreementYear")
    const repeated = await post("/v1/validate?kind=action&kind=participant", body, typed("application/x-ndjson"))
    expect(repeated.status).toBe(400)
    expect(repeated.body.issues[0]).toMatchObject({ code: "query.repeated", path: "kind" })
    const lang = await request(`${service.url}/v1/agreement?lang=de`)
    expect(lang.status).toBe(400)
    expect(JSON.parse(lang.body).issues[0]).toMatchObject({ code: "query.value", path: "lang" })
  })
})

describe("bytes read by the validation library's one rule", () => {
  // the service's verdict on a body is the library's on the same bytes
  const library = (bytes: Uint8Array, format: "csv" | "ndjson", kind?: "participant") => {
    const v = Validator.make(kind === undefined ? {} : { kind })
    v.bytes("body", bytes, format)
    return Report.toJson(v.finish(), "en")
  }
  const same = async (bytes: Uint8Array, type: string, format: "csv" | "ndjson", kind?: "participant") => {
    const r = await post(`/v1/validate?lang=en${kind === undefined ? "" : `&kind=${kind}`}`, bytes, typed(type))
    expect(r.body).toEqual(library(bytes, format, kind))
    const stats = r.body.stats as { read: number; accepted: number; rejected: number }
    expect(stats.accepted + stats.rejected).toBe(stats.read)
    return r
  }
  const csv = (rows: ReadonlyArray<string>, eol = "\r\n") =>
    new TextEncoder().encode(`${[header, ...rows].join(eol)}${eol}`)
  const ten = Array.from({ length: 10 }, (_, i) => row(i))

  it("a NUL byte costs its own line, not the file", async () => {
    const rows = [...ten]
    rows[4] = `1.0.0;p-7f3a9c04;12/04/2006;ML-069-\u0000LYON`
    const r = await same(csv(rows), "text/csv", "csv", "participant")
    expect(r.body.stats).toMatchObject({ read: 10, accepted: 9, rejected: 1 })
    expect(r.status).toBe(422)
  })

  it("a lone CR is a line end", async () => {
    const r = await same(csv(ten.slice(0, 5), "\r"), "text/csv", "csv", "participant")
    expect(r.body.stats).toMatchObject({ read: 5, accepted: 5, rejected: 0 })
    expect(r.status).toBe(200)
  })

  it("a stray opening quote costs its own row", async () => {
    const rows = [...ten]
    rows[4] = `1.0.0;"p-7f3a9c04;12/04/2006;ML-069-LYON`
    const r = await same(csv(rows), "text/csv", "csv", "participant")
    expect(r.body.stats).toMatchObject({ read: 10, accepted: 9, rejected: 1 })
  })

  it("invalid UTF-8 after valid UTF-8 is an error at the first bad byte, never a Windows-1252 guess", async () => {
    const good = new TextEncoder().encode(`${JSON.stringify({ ...Examples.participant, missionLocale: "ML-café" })}\n`)
    const bytes = Uint8Array.from([
      ...good,
      ...new TextEncoder().encode('{"kind":"participant","ref":"p-'),
      0xff,
      0x22,
      0x7d,
      0x0a
    ])
    const r = await same(bytes, "application/x-ndjson", "ndjson")
    expect(r.body.files?.[0]?.encoding).toBe("utf-8")
    expect(codes(r.body)).not.toContain("encoding.windows-1252")
    expect(r.body.issues.some((i) => i.line === 2 && /encoding|utf/iu.test(i.code))).toBe(true)
    expect(JSON.stringify(r.body)).not.toContain("cafÃ©")
  })
})
