// Issue #13: the cost of a bad record is bounded whatever it holds. Free texts and lists have a
// maximum, stated (with the reason) in the exported JSON Schemas, so that other tools apply it too.
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Action, CommitteeMeeting, ExchangeRecord, ReferentDesignation, Text } from "../src/index.js"
import { Examples } from "../src/testing.js"
import { accepted, problems, refused } from "./support.js"

type Json = { readonly [k: string]: unknown }

// every property of every record kind, resolved through $ref, with its JSON path
const propertiesOf = (kind: ExchangeRecord.Kind) => {
  const doc = Schema.toJsonSchemaDocument(ExchangeRecord.byKind[kind] as Schema.Codec<unknown>)
  const defs = doc.definitions as Json
  const resolve = (s: Json): Json => {
    let cur = s
    while (typeof cur.$ref === "string")
      cur = { ...(defs[cur.$ref.split("/").at(-1) as string] as Json), ...cur, $ref: undefined }
    if (Array.isArray(cur.allOf)) for (const p of cur.allOf as ReadonlyArray<Json>) cur = { ...cur, ...resolve(p) }
    return cur
  }
  const out: Array<{ readonly path: string; readonly schema: Json }> = []
  const walk = (s: Json, path: string) => {
    const r = resolve(s)
    if (r.not !== undefined) return // a forbidden field admits no value
    out.push({ path, schema: r })
    if (r.type === "object" && typeof r.properties === "object")
      for (const [k, v] of Object.entries(r.properties as Json)) walk(v as Json, `${path}.${k}`)
    if (r.type === "array" && typeof r.items === "object") walk(r.items as Json, `${path}[]`)
    for (const u of [
      ...((r.anyOf as ReadonlyArray<Json> | undefined) ?? []),
      ...((r.oneOf as ReadonlyArray<Json> | undefined) ?? [])
    ])
      walk(u, path)
  }
  walk(doc.schema as Json, "$")
  return out
}

describe("every list and every free text of a record has a maximum, in the JSON Schemas", () => {
  it.each(ExchangeRecord.kinds)("%s: lists have maxItems, with the reason", (kind) => {
    const lists = propertiesOf(kind).filter((p) => p.schema.type === "array")
    for (const { path, schema } of lists) {
      expect(schema.maxItems, path).toBeTypeOf("number")
      expect(schema.description, path).toMatch(/^.+\. At most \d+ \(.+\): a bound of this library/u)
    }
  })
  it.each(ExchangeRecord.kinds)("%s: free texts (no pattern, format or list of values) have maxLength", (kind) => {
    const free = propertiesOf(kind).filter(
      (p) =>
        p.schema.type === "string" &&
        // no pattern but the one that says "trimmed": a pattern of codes bounds them already
        (p.schema.pattern === undefined || p.schema.pattern === String.raw`^\S[\s\S]*\S$|^\S$|^$`) &&
        p.schema.format === undefined &&
        p.schema.enum === undefined &&
        p.schema.const === undefined
    )
    for (const { path, schema } of free) expect(schema.maxLength, path).toBeTypeOf("number")
    if (kind === "referent-designation") expect(free.map((p) => p.path)).toEqual(["$.role", "$.name"])
    if (kind === "committee-meeting") expect(free.map((p) => p.path)).toEqual(["$.decisions[].summary"])
  })
  it("the limits stated: names and roles 500 characters, summaries 2 000, companies 1 000", () => {
    const byPath = (kind: ExchangeRecord.Kind) => new Map(propertiesOf(kind).map((p) => [p.path, p.schema]))
    expect(byPath("referent-designation").get("$.role")?.maxLength).toBe(500)
    expect(byPath("referent-designation").get("$.name")?.maxLength).toBe(500)
    expect(byPath("committee-meeting").get("$.decisions[].summary")?.maxLength).toBe(2000)
    expect(byPath("action").get("$.companies")?.maxItems).toBe(ExchangeRecord.maxItems.companies)
    expect(byPath("action").get("$.missionLocales")?.description).toContain("440 missions locales")
    expect(Text.maxLength).toEqual({ short: 500, long: 2000 })
  })
})

describe("records over a limit are refused, naming the limit", () => {
  it("a role of 9.9 million characters (issue #13) is refused: at most 500", () => {
    const designation = { ...Examples.referentDesignation, role: "r".repeat(9_900_000) }
    const [d, ...rest] = refused(ReferentDesignation.ReferentDesignation, designation)
    expect(rest).toEqual([])
    expect(d?.code).toBe("value.invalid")
    expect(d?.path).toEqual(["role"])
    expect(d?.message.fr).toContain("au plus 500")
    expect(d?.message.en).toContain("at most 500")
  })
  it("a role or a name of exactly 500 characters is accepted", () => {
    accepted(ReferentDesignation.ReferentDesignation, {
      ...Examples.referentDesignation,
      role: "r".repeat(500),
      name: "n".repeat(500)
    })
  })
  it("a decision summary over 2 000 characters", () => {
    const meeting = Examples.committeeMeeting
    const decisions = [{ id: "d-1", summary: "s".repeat(2001) }]
    expect(problems(CommitteeMeeting.CommitteeMeeting, { ...meeting, decisions })).toEqual([
      "$.decisions[0].summary value.invalid"
    ])
  })
  it("an action with more companies than the maximum: one problem naming it", () => {
    const companies = Array.from({ length: ExchangeRecord.maxItems.companies + 1 }, () => "73282932000074")
    const [d, ...rest] = refused(Action.Action, { ...Examples.action, companies })
    expect(rest).toEqual([])
    expect(d?.path).toEqual(["companies"])
    expect(d?.message.en).toContain(`at most ${ExchangeRecord.maxItems.companies}`)
    accepted(Action.Action, { ...Examples.action, companies: companies.slice(1) })
  })
})
