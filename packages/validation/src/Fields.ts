/**
 * The catalogue of fields: for each record kind, its fields as the schema declares them (how a
 * CSV cell is written, whether it is required, whether it holds a young person's personal data)
 * and the French column headers accepted for them in CSV (`date de naissance` for `birthDate`).
 * The CSV reader, the report (which never shows a personal value) and the generated Table Schemas
 * all read this one catalogue.
 *
 * @since 0.1.0
 */
import { ExchangeRecord, PersonalData } from "@accord-jeunes/domain"
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

/**
 * The French column headers accepted for each field, whatever the record kind (a name is never
 * given to two fields of one kind: `date de début` is `startDate`, or `from` for a referent
 * designation, which has no `startDate`). Matching ignores case, accents, spaces, underscores,
 * hyphens and apostrophes (see {@link normalize}); the field's own name is always accepted.
 *
 * @since 0.3.0
 */
export const aliases: Readonly<Record<string, ReadonlyArray<string>>> = {
  kind: ["type d'enregistrement"],
  schemaVersion: ["version du schéma"],
  id: ["identifiant"],
  agreement: ["accord", "accord-cadre"],
  actionType: ["type d'action", "type de l'action"],
  startDate: ["date de début", "début"],
  endDate: ["date de fin", "fin"],
  region: ["région", "code région"],
  departement: ["département", "code département"],
  missionLocales: ["missions locales", "mission locale"],
  missionLocale: ["mission locale"],
  branches: ["branche", "branches professionnelles"],
  companies: ["entreprises", "siret", "siret des entreprises"],
  participantCount: ["nombre de participants"],
  action: ["identifiant de l'action"],
  participant: ["jeune", "référence du jeune", "référence pseudonyme"],
  ref: ["référence", "référence du jeune", "référence pseudonyme"],
  status: ["statut", "état"],
  birthDate: ["date de naissance"],
  residenceDepartement: ["département de résidence"],
  schemes: ["dispositifs"],
  rqth: ["reconnaissance travailleur handicapé"],
  outcome: ["situation", "situation de sortie", "sortie"],
  employerSiret: ["siret de l'employeur", "siret employeur", "siret"],
  idcc: ["convention collective"],
  rome: ["code rome", "métier"],
  certification: ["code rncp", "rncp"],
  actions: ["actions suivies"],
  body: ["instance"],
  date: ["date de la réunion"],
  attendance: ["présences"],
  decisions: ["décisions"],
  outputs: ["travaux"],
  party: ["partie"],
  level: ["niveau"],
  role: ["rôle"],
  from: ["date de début", "depuis"],
  until: ["date de fin", "jusqu'au"]
}

/**
 * A column header as it is compared: lower case, without accents, spaces, underscores,
 * hyphens, apostrophes or dots.
 *
 * @example
 * ```ts
 * import { Fields } from "@accord-jeunes/validation"
 * Fields.normalize("Date de naissance") // "datedenaissance"
 * Fields.normalize("birth_date")        // "birthdate"
 * Fields.normalize("Région")            // "region"
 * ```
 * @since 0.3.0
 */
export const normalize = (header: string): string =>
  header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s_\-'’.]/gu, "")

/** A field of a record kind. @since 0.3.0 */
export interface Field {
  readonly name: string
  readonly kind: FieldKind
  readonly required: boolean
  /** A young person's personal data (the schema's `personal` annotation): its value is never shown. */
  readonly personal: boolean
  /** The French column headers accepted for it in CSV. */
  readonly aliases: ReadonlyArray<string>
}

/** The fields of a record kind. @since 0.1.0 */
export interface KindFields {
  /** How each field is written in CSV. */
  readonly fields: ReadonlyMap<string, FieldKind>
  readonly required: ReadonlySet<string>
  /** The fields holding personal data: their values never appear in a report (a5#1). @since 0.3.0 */
  readonly personal: ReadonlySet<string>
  /** Every field, in the schema's order. @since 0.3.0 */
  readonly list: ReadonlyArray<Field>
  /** The field a CSV column header names (its name or a French alias), if any. @since 0.3.0 */
  readonly column: (header: string) => string | undefined
}

const cache = new Map<string, KindFields>()

/**
 * The fields of a record kind: how each is written, which are required and which personal.
 *
 * @example
 * ```ts
 * import { Fields } from "@accord-jeunes/validation"
 * Fields.of("action").fields.get("startDate")            // "date"
 * Fields.of("action").fields.get("companies")            // "list"
 * Fields.of("participant").personal.has("birthDate")     // true
 * Fields.of("participant").column("Date de naissance")   // "birthDate"
 * ```
 * @since 0.1.0
 */
export const of = (kind: ExchangeRecord.Kind): KindFields => {
  const hit = cache.get(kind)
  if (hit !== undefined) return hit
  const schema = ExchangeRecord.byKind[kind]
  const doc = Schema.toJsonSchemaDocument(schema as Schema.Codec<unknown>)
  const defs = doc.definitions as Json
  const root = resolve(doc.schema as Json, defs)
  const required = new Set(root.required as ReadonlyArray<string>)
  const personal = new Set(PersonalData.personalFields(kind))
  const list: Array<Field> = Object.entries(root.properties as Json).map(([name, v]) => {
    const fieldKind = kindOf(v as Json, defs)
    return {
      name,
      kind: fieldKind,
      required: required.has(name),
      // a forbidden direct identifier holds, by definition, what must never be shown
      personal: fieldKind === "forbidden" || personal.has(name),
      aliases: fieldKind === "forbidden" ? [] : (aliases[name] ?? [])
    }
  })
  // a forbidden direct identifier (`Nom`, `Prénom`) is read too, to be refused by name (a5#1)
  const byHeader = new Map<string, string>()
  for (const f of list) if (!byHeader.has(normalize(f.name))) byHeader.set(normalize(f.name), f.name)
  // a field's own name wins over another field's alias
  for (const f of list) for (const a of f.aliases) if (!byHeader.has(normalize(a))) byHeader.set(normalize(a), f.name)
  const out: KindFields = {
    fields: new Map(list.map((f) => [f.name, f.kind])),
    required,
    personal: new Set(list.filter((f) => f.personal).map((f) => f.name)),
    list,
    column: (header) => byHeader.get(normalize(header))
  }
  cache.set(kind, out)
  return out
}

/**
 * Whether a CSV column header names the record kind (`kind`, `type d'enregistrement`).
 *
 * @since 0.3.0
 */
export const isKindColumn = (header: string): boolean => {
  const n = normalize(header)
  return n === "kind" || (aliases.kind ?? []).some((a) => normalize(a) === n)
}
