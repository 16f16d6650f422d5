// Builds the schema documents from the domain, engine and validation schemas: JSON Schema 2020-12 and
// draft-07 for every record kind, the union of records and the reports; Table Schema for the
// record kinds that have a flat CSV form; and the catalog. Pure: generate.ts writes or checks.
import { ExchangeRecord, RecordVersion } from "@accord-jeunes/domain"
import { ReportSchemas } from "@accord-jeunes/engine"
import { Act } from "@accord-jeunes/plugin-sdk"
import { Fields, Report } from "@accord-jeunes/validation"
import { JsonSchema, Schema } from "effect"

export const idOf = (name: string, version: string, dialect: "2020-12" | "draft-07") =>
  `urn:accord-jeunes:schema:${name}:${version}:${dialect}`

interface Entry {
  readonly name: string
  readonly title: { readonly fr: string; readonly en: string }
  readonly version: string
  readonly schema: Schema.Top
  readonly csv: boolean
}

const label = (s: Schema.Top) =>
  (Schema.resolveAnnotations(s)?.label as { fr: string; en: string } | undefined) ?? { fr: "", en: "" }

export const entries: ReadonlyArray<Entry> = [
  ...ExchangeRecord.kinds.map((kind) => ({
    name: kind,
    title: label(ExchangeRecord.byKind[kind]),
    version: RecordVersion.current,
    schema: ExchangeRecord.byKind[kind] as Schema.Top,
    csv: kind !== "committee-meeting"
  })),
  {
    name: "exchange-record",
    title: { fr: "Enregistrement échangé (tout type)", en: "Exchange record (any kind)" },
    version: RecordVersion.current,
    schema: ExchangeRecord.ExchangeRecord,
    csv: false
  },
  {
    name: "tracking-table",
    title: { fr: "Tableau de suivi de l'insertion", en: "Tracking table" },
    version: "1",
    schema: ReportSchemas.TrackingTable,
    csv: false
  },
  {
    name: "annual-report",
    title: { fr: "Rapport annuel", en: "Annual report" },
    version: "1",
    schema: ReportSchemas.AnnualReport,
    csv: false
  },
  {
    name: "act",
    title: {
      fr: "Acte : avenant, décision du comité national, demande de résiliation, champ d'AKTO",
      en: "Act: amendment, national committee decision, termination request, AKTO's scope"
    },
    version: "1",
    schema: Act.Document as Schema.Top,
    csv: false
  },
  {
    name: "validation-report",
    title: { fr: "Rapport de validation", en: "Validation report" },
    version: "1",
    schema: Report.ReportJson,
    csv: false
  }
]

type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [k: string]: Json }

const document = (e: Entry) =>
  Schema.toJsonSchemaDocument(e.schema as Schema.Codec<unknown>, { onExcessProperty: "error" })

export const jsonSchema2020 = (e: Entry): Record<string, Json> => {
  const doc = document(e)
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: idOf(e.name, e.version, "2020-12"),
    title: e.title.en,
    ...(doc.schema as Record<string, Json>),
    $defs: doc.definitions as Record<string, Json>
  }
}

export const jsonSchemaDraft07 = (e: Entry): Record<string, Json> => {
  const doc = JsonSchema.toDocumentDraft07(document(e))
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: idOf(e.name, e.version, "draft-07"),
    title: e.title.en,
    ...(doc.schema as Record<string, Json>),
    definitions: doc.definitions as Record<string, Json>
  }
}

// Table Schema (Frictionless) for the CSV form: one column per field; lists of values in one
// cell are separated by "|" (";" and "," separate columns in French and English CSV).
const resolve = (s: Record<string, Json>, defs: Record<string, Json>): Record<string, Json> => {
  let cur = s
  for (let i = 0; i < 10 && typeof cur.$ref === "string"; i++)
    cur = defs[(cur.$ref as string).split("/").at(-1) as string] as Record<string, Json>
  const patterns = typeof cur.pattern === "string" ? [cur.pattern] : []
  if (Array.isArray(cur.allOf))
    for (const part of cur.allOf as ReadonlyArray<Record<string, Json>>) {
      const r = resolve(part, defs)
      if (typeof r.pattern === "string") patterns.push(r.pattern)
      cur = { ...cur, ...r }
    }
  // Table Schema takes one pattern: every JSON Schema pattern must match somewhere (a search)
  return patterns.length > 1
    ? { ...cur, pattern: `^${patterns.map((p) => `(?=[\\s\\S]*?(?:${p}))`).join("")}` }
    : patterns.length === 1
      ? { ...cur, pattern: patterns[0] as string }
      : cur
}

// the French column headers the validator reads for a field of a record kind (its catalogue of fields)
const aliasesOf = (kind: string, field: string): ReadonlyArray<string> =>
  (ExchangeRecord.kinds as ReadonlyArray<string>).includes(kind)
    ? (Fields.of(kind as ExchangeRecord.Kind).list.find((f) => f.name === field)?.aliases ?? [])
    : []

export const tableSchema = (e: Entry): Record<string, Json> => {
  const doc = jsonSchema2020(e)
  const defs = doc.$defs as Record<string, Json>
  const root = resolve(doc, defs)
  const properties = root.properties as Record<string, Record<string, Json>>
  const required = new Set(root.required as ReadonlyArray<string>)
  const fields = Object.entries(properties).flatMap(([name, raw]) => {
    const s = resolve(raw, defs)
    if (s.not !== undefined) return [] // a forbidden direct identifier: no column at all
    const isList = s.type === "array"
    const item = isList ? resolve(s.items as Record<string, Json>, defs) : s
    if (item.type === "object" || (item.type === undefined && item.anyOf !== undefined && !Array.isArray(item.enum)))
      return []
    const type = isList
      ? "string"
      : item.format === "date"
        ? "date"
        : item.type === "integer"
          ? "integer"
          : item.type === "number"
            ? "number"
            : item.type === "boolean"
              ? "boolean"
              : "string"
    const constraints: Record<string, Json> = {}
    if (required.has(name)) constraints.required = true
    if (!isList && typeof item.pattern === "string" && type === "string") constraints.pattern = item.pattern
    if (!isList && Array.isArray(item.enum)) constraints.enum = item.enum
    if (name === "kind" || name === "schemaVersion")
      constraints.enum = [s.const ?? (s.enum as ReadonlyArray<Json>)?.[0] ?? null]
    const aliases = aliasesOf(e.name, name)
    return [
      {
        name,
        type,
        ...(type === "date" ? { format: "default" } : {}),
        ...(typeof s.description === "string" ? { description: s.description } : {}),
        ...(isList
          ? {
              description: `${typeof s.description === "string" ? `${s.description} ` : ""}(list: values separated by "|")`
            }
          : {}),
        // a Table Schema extension: other headers a CSV file may give this column (case, accents,
        // spaces, underscores and hyphens aside)
        ...(aliases.length > 0 ? { aliases: [...aliases] } : {}),
        ...(Object.keys(constraints).length > 0 ? { constraints } : {})
      }
    ]
  })
  return {
    $schema: "https://specs.frictionlessdata.io/schemas/table-schema.json",
    name: e.name,
    title: e.title.fr,
    version: e.version,
    fields,
    missingValues: [""]
  }
}

export const files = (): ReadonlyArray<{ readonly path: string; readonly content: string }> => {
  const out: Array<{ path: string; content: string }> = []
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`
  const catalog = entries.map((e) => ({
    name: e.name,
    title: e.title,
    version: e.version,
    jsonSchema: {
      "2020-12": { file: `json-schema/2020-12/${e.name}.schema.json`, $id: idOf(e.name, e.version, "2020-12") },
      "draft-07": { file: `json-schema/draft-07/${e.name}.schema.json`, $id: idOf(e.name, e.version, "draft-07") }
    },
    ...(e.csv ? { tableSchema: { file: `table-schema/${e.name}.json` } } : {})
  }))
  for (const e of entries) {
    out.push({ path: `json-schema/2020-12/${e.name}.schema.json`, content: json(jsonSchema2020(e)) })
    out.push({ path: `json-schema/draft-07/${e.name}.schema.json`, content: json(jsonSchemaDraft07(e)) })
    if (e.csv) out.push({ path: `table-schema/${e.name}.json`, content: json(tableSchema(e)) })
  }
  out.push({
    path: "catalog.json",
    content: json({ name: "accord-jeunes", recordsVersion: RecordVersion.current, schemas: catalog })
  })
  return out
}
