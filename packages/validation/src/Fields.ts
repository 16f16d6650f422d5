/**
 * What each field of a record kind holds, read from its schema: how to turn a CSV cell into the
 * value the schema expects.
 *
 * @since 0.1.0
 */
import { ExchangeRecord } from "@accord-jeunes/domain"
import * as Schema from "effect/Schema"

/** How a field is written in a CSV cell. @since 0.1.0 */
export type FieldKind = "string" | "date" | "integer" | "number" | "boolean" | "list" | "json" | "forbidden"

type Json = { readonly [k: string]: unknown }

const resolve = (s: Json, defs: Json): Json => {
  let cur = s
  for (let i = 0; i < 10 && typeof cur.$ref === "string"; i++)
    cur = defs[(cur.$ref as string).split("/").at(-1) as string] as Json
  if (Array.isArray(cur.allOf))
    for (const part of cur.allOf as ReadonlyArray<Json>) cur = { ...cur, ...resolve(part, defs) }
  return cur
}

const kindOf = (s: Json, defs: Json): FieldKind => {
  const r = resolve(s, defs)
  if (r.not !== undefined) return "forbidden"
  if (r.format === "date") return "date"
  if (r.type === "array") {
    const item = resolve(r.items as Json, defs)
    return item.type === "object" || item.type === "array" ? "json" : "list"
  }
  if (r.type === "object") return "json"
  if (r.type === "integer") return "integer"
  if (r.type === "number") return "number"
  if (r.type === "boolean") return "boolean"
  if (Array.isArray(r.anyOf)) {
    const kinds = new Set((r.anyOf as ReadonlyArray<Json>).map((x) => kindOf(x, defs)))
    if (kinds.has("json")) return "json"
    if (kinds.size === 1) return [...kinds][0] as FieldKind
  }
  return "string"
}

const cache = new Map<
  string,
  { readonly fields: ReadonlyMap<string, FieldKind>; readonly required: ReadonlySet<string> }
>()

/**
 * The fields of a record kind and how each is written.
 *
 * @example
 * ```ts
 * import { Fields } from "@accord-jeunes/validation"
 * Fields.of("action").fields.get("startDate") // "date"
 * Fields.of("action").fields.get("companies") // "list"
 * ```
 * @since 0.1.0
 */
export const of = (kind: ExchangeRecord.Kind) => {
  const hit = cache.get(kind)
  if (hit !== undefined) return hit
  const doc = Schema.toJsonSchemaDocument(ExchangeRecord.byKind[kind] as Schema.Codec<unknown>)
  const defs = doc.definitions as Json
  const root = resolve(doc.schema as Json, defs)
  const fields = new Map(Object.entries(root.properties as Json).map(([k, v]) => [k, kindOf(v as Json, defs)]))
  const out = { fields, required: new Set(root.required as ReadonlyArray<string>) }
  cache.set(kind, out)
  return out
}
