/**
 * The validator: structural checks against the record schemas, then checks against the agreement
 * as in force on each record's date (branch in force, action type offered, participant eligible,
 * outcome after its action, references between files). Every record read is counted as accepted
 * or rejected; warnings never reject.
 *
 * Streaming: NDJSON files go line by line (`line`), so memory does not grow with the file; JSON
 * and CSV files are read whole (`text`).
 *
 * @since 0.1.0
 */
import { Diagnostic, ExchangeRecord, Identifier, PersonalData, RecordVersion } from "@accord-jeunes/domain"
import { Eligibility } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"
import { Composition } from "@accord-jeunes/plugin-sdk"
import * as Result from "effect/Result"
import * as Csv from "./Csv.js"
import * as Fields from "./Fields.js"
import * as Input from "./Input.js"
import { fastDecode } from "./internal/fastDecode.js"
import type { Issue, Report, Stats } from "./Report.js"

/** Options. @since 0.1.0 */
export interface Options {
  /** The record kind, when files do not say it (a CSV without a `kind` column). */
  readonly kind?: ExchangeRecord.Kind
  /**
   * The agreement to check against, from `@accord-jeunes/in-force` (default: the 2024 text with its
   * founding branches' plugins and no other act).
   */
  readonly timeline?: Composition.Timeline
  /** Check every record against the agreement as in force on this day instead of its own date. */
  readonly asOf?: string
  readonly encoding?: Input.Encoding
  readonly delimiter?: Csv.Delimiter
  /** At most this many issues are kept (counts stay exact); default 10 000. */
  readonly maxIssues?: number
  /** Called with each accepted record. */
  readonly onAccepted?: (
    record: ExchangeRecord.ExchangeRecord,
    where: { readonly file: string; readonly line: number }
  ) => void
  /** Called with each rejected record's text and its issues. */
  readonly onRejected?: (
    raw: string,
    where: { readonly file: string; readonly line: number },
    issues: ReadonlyArray<Issue>
  ) => void
}

// Fields whose values are personal data: never copied into an issue (a5#1).
const personal = new Set<string>([
  "ref",
  "participant",
  "birthDate",
  "rqth",
  "schemes",
  "residenceDepartement",
  "name",
  ...PersonalData.directIdentifierFields
])

const show = (v: unknown): string | undefined => {
  if (v === undefined || (typeof v === "object" && v !== null)) return undefined // only scalars are echoed
  const s = typeof v === "string" ? v : String(v)
  return s.length > 200 ? `${s.slice(0, 200)}…` : s
}

const valueAt = (record: unknown, path: ReadonlyArray<PropertyKey>): unknown => {
  let cur = record
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return undefined
    cur = (cur as Record<PropertyKey, unknown>)[k]
  }
  return cur
}

const decodeAny = fastDecode(ExchangeRecord.ExchangeRecord)
const decoders = Object.fromEntries(
  ExchangeRecord.kinds.map((k) => [k, fastDecode(ExchangeRecord.byKind[k])])
) as Record<
  ExchangeRecord.Kind,
  (u: unknown) => Result.Result<ExchangeRecord.ExchangeRecord, ReadonlyArray<Diagnostic.Diagnostic>>
>

interface FileStats {
  file: string
  format: string
  encoding: string
  read: number
  accepted: number
  rejected: number
  warnings: number
}

/**
 * Creates a validator.
 *
 * @example
 * ```ts
 * import { Validator } from "@accord-jeunes/validation"
 * const v = Validator.make()
 * v.text("outcomes.csv", "kind;schemaVersion;id;participant;outcome;startDate;actions\ninsertion-outcome;1.0.0;o1;p-abcd;training;01/10/2025;")
 * const report = v.finish()
 * report.stats.accepted // 1
 * ```
 * @since 0.1.0
 */
export const make = (options: Options = {}) => {
  const timeline = options.timeline ?? Assembly.foundingTimeline()
  // when a branch or action type comes in by a later act, a record dated before it is told so
  const comesIn = (what: "branch" | "action-type", id: string, date: string) => {
    const ref = Composition.introducedBy(timeline, what, id)
    return ref !== undefined && ref.effectiveDate > date ? ref : undefined
  }
  const maxIssues = options.maxIssues ?? 10_000
  const issues: Array<Issue> = []
  const files: Array<FileStats> = []
  let totalIssues = 0
  const inForceCache = new Map<string, Composition.AgreementInForce>()
  const inForceOn = (date: string) => {
    const day = options.asOf ?? date
    let hit = inForceCache.get(day)
    if (hit === undefined) {
      hit = Composition.asOf(timeline, day)
      inForceCache.set(day, hit)
    }
    return hit
  }
  const actions = new Map<string, { readonly startDate: string }>()
  const pending: Array<{
    readonly file: string
    readonly line: number
    readonly field: string
    readonly action: string
  }> = []
  let current:
    | {
        ref: string
        birthDate: string
        rqth?: boolean
        schemes?: ReadonlyArray<{ scheme: "cej" | "pacea"; startDate: string; endDate?: string }>
      }
    | undefined

  const push = (i: Issue, stats?: FileStats) => {
    totalIssues++
    if (i.severity === "warning" && stats !== undefined) stats.warnings++
    if (issues.length < maxIssues) issues.push(i)
  }

  // checks against the agreement in force on the record's date; only run on structurally valid records
  const agreementChecks = (r: ExchangeRecord.ExchangeRecord, file: string, line: number): Array<Issue> => {
    const out: Array<Issue> = []
    const issue = (
      code: string,
      severity: "error" | "warning",
      field: string,
      message: { fr: string; en: string },
      value?: string
    ): void => {
      out.push({ code, severity, file, line, field, message, ...(value === undefined ? {} : { value }) })
    }
    if ("agreement" in r && r.agreement !== timeline.base.id)
      issue(
        "agreement.unknown",
        "error",
        "$.agreement",
        {
          fr: `Accord inconnu : attendu « ${timeline.base.id} »`,
          en: `Unknown agreement: expected "${timeline.base.id}"`
        },
        r.agreement
      )
    switch (r.kind) {
      case "action": {
        const f = inForceOn(r.startDate)
        // during a termination's notice the agreement is still in force (a7#4)
        if (f.status !== "in-force" && f.status !== "terminating")
          issue(
            "agreement.not-in-force",
            "error",
            "$.startDate",
            {
              fr: `L'accord n'est pas en vigueur le ${r.startDate} (du ${f.signatureDate} au ${f.lastDay})`,
              en: `The agreement is not in force on ${r.startDate} (from ${f.signatureDate} to ${f.lastDay})`
            },
            r.startDate
          )
        r.branches.forEach((b, i) => {
          if (f.branches.some((x) => x.id === b)) return
          const later = comesIn("branch", b, f.date)
          issue(
            "agreement.branch-not-in-force",
            "error",
            `$.branches[${i}]`,
            later === undefined
              ? {
                  fr: `La branche « ${b} » n'est pas dans l'accord le ${f.date} (branches en vigueur : ${f.branches.map((x) => x.id).join(", ")} ; une autre branche n'y entre que par un avenant, clause pre#7)`,
                  en: `Branch "${b}" is not in the agreement on ${f.date} (branches in force: ${f.branches.map((x) => x.id).join(", ")}; any other branch joins only by an amendment, clause pre#7)`
                }
              : {
                  fr: `La branche « ${b} » n'entre dans l'accord que le ${later.effectiveDate}, par ${later.label.fr} : l'action du ${f.date} la précède`,
                  en: `Branch "${b}" joins the agreement only on ${later.effectiveDate}, by ${later.label.en}: the action of ${f.date} comes before`
                },
            b
          )
        })
        if (!f.actionTypes.some((t) => t.id === r.actionType)) {
          const later = comesIn("action-type", r.actionType, f.date)
          issue(
            "agreement.action-type-not-offered",
            "error",
            "$.actionType",
            later === undefined
              ? {
                  fr: `Le type d'action « ${r.actionType} » n'est pas offert le ${f.date} (types : ${f.actionTypes.map((t) => t.id).join(", ")})`,
                  en: `Action type "${r.actionType}" is not offered on ${f.date} (types: ${f.actionTypes.map((t) => t.id).join(", ")})`
                }
              : {
                  fr: `Le type d'action « ${r.actionType} » n'est offert qu'à partir du ${later.effectiveDate}, par ${later.label.fr} : l'action du ${f.date} le précède`,
                  en: `Action type "${r.actionType}" is offered only from ${later.effectiveDate}, by ${later.label.en}: the action of ${f.date} comes before`
                },
            r.actionType
          )
        }
        const ns = Identifier.namespaceOf(r.actionType)
        if (ns !== undefined && !r.branches.some((b) => b === ns))
          issue(
            "agreement.action-type-of-other-branch",
            "error",
            "$.actionType",
            {
              fr: `Le type d'action « ${r.actionType} » est propre à la branche « ${ns} », absente de l'action`,
              en: `Action type "${r.actionType}" belongs to branch "${ns}", which the action does not name`
            },
            r.actionType
          )
        actions.set(r.id, { startDate: r.startDate })
        return out
      }
      case "participant":
        current = {
          ref: r.ref,
          birthDate: r.birthDate,
          ...(r.rqth === undefined ? {} : { rqth: r.rqth }),
          ...(r.schemes === undefined ? {} : { schemes: r.schemes })
        }
        return out
      case "participation": {
        const a = actions.get(r.action)
        if (a === undefined) pending.push({ file, line, field: "$.action", action: r.action })
        if (current !== undefined && current.ref === r.participant) {
          const e = Eligibility.ageRule({
            participant: current as never,
            date: r.startDate
          })
          if (e.verdict !== true)
            issue("eligibility.age", "error", "$.startDate", {
              fr: `Jeune non éligible à cette date : ${e.message.fr} (clause pre#2)`,
              en: `Young person not eligible on that date: ${e.message.en} (clause pre#2)`
            })
        }
        return out
      }
      case "insertion-outcome":
        r.actions.forEach((id, i) => {
          const a = actions.get(id)
          if (a === undefined) pending.push({ file, line, field: `$.actions[${i}]`, action: id })
          else if (r.startDate < a.startDate)
            issue("outcome.before-action", "error", "$.startDate", {
              fr: `La sortie (${r.startDate}) précède l'action « ${id} » (${a.startDate}) à laquelle elle est liée`,
              en: `The outcome (${r.startDate}) is before the action "${id}" (${a.startDate}) it is linked to`
            })
        })
        return out
      case "referent-designation": {
        const f = inForceOn(r.from)
        if (!f.parties.some((p) => (p.kind === "branch" ? p.partyId : p.id) === r.party))
          issue(
            "agreement.unknown-party",
            "warning",
            "$.party",
            {
              fr: `La partie « ${r.party} » n'est pas une partie de l'accord le ${r.from}`,
              en: `Party "${r.party}" is not a party to the agreement on ${r.from}`
            },
            r.party
          )
        return out
      }
      default:
        return out
    }
  }

  const record = (stats: FileStats, raw: string, value: unknown, line: number, prior: ReadonlyArray<Issue> = []) => {
    stats.read++
    const found: Array<Issue> = [...prior]
    const kind = (value as { kind?: unknown } | null)?.kind
    // the record's own kind's decoder when it names one (a fifth faster than trying the union)
    const decoded = (
      typeof kind === "string" && Object.hasOwn(decoders, kind) ? decoders[kind as ExchangeRecord.Kind] : decodeAny
    )(value)
    if (Result.isFailure(decoded)) {
      for (const d of decoded.failure) {
        const field = Diagnostic.formatPath(d.path)
        const key = String(d.path[0] ?? "")
        const v = personal.has(key) || d.code === "field.missing" ? undefined : show(valueAt(value, d.path))
        found.push({
          code: d.code,
          severity: "error",
          file: stats.file,
          line,
          ...(d.path.length > 0 ? { field } : {}),
          message: d.message,
          ...(v === undefined ? {} : { value: v })
        })
      }
    } else found.push(...agreementChecks(decoded.success, stats.file, line))
    for (const i of found) push(i, stats)
    if (found.some((i) => i.severity === "error")) {
      stats.rejected++
      options.onRejected?.(raw, { file: stats.file, line }, found)
    } else if (Result.isSuccess(decoded)) {
      stats.accepted++
      options.onAccepted?.(decoded.success, { file: stats.file, line })
    }
  }

  const reject = (stats: FileStats, raw: string, line: number, issue: Omit<Issue, "file" | "line" | "severity">) => {
    stats.read++
    stats.rejected++
    const i: Issue = { ...issue, severity: "error", file: stats.file, line }
    push(i, stats)
    options.onRejected?.(raw, { file: stats.file, line }, [i])
  }

  const parseJson = (stats: FileStats, raw: string, line: number): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: JSON.parse(raw) }
    } catch (e) {
      const deep = e instanceof RangeError
      reject(stats, raw, line, {
        code: deep ? "json.too-deep" : "json.syntax",
        message: deep
          ? { fr: "JSON trop profondément imbriqué", en: "JSON nested too deeply" }
          : {
              fr: `Ligne JSON invalide (tronquée ?) : ${e instanceof Error ? e.message : String(e)}`,
              en: `Invalid JSON line (truncated?): ${e instanceof Error ? e.message : String(e)}`
            }
      })
      return { ok: false }
    }
  }

  const fileLevel = (
    stats: FileStats,
    code: string,
    severity: "error" | "warning",
    message: { fr: string; en: string }
  ) => push({ code, severity, file: stats.file, message }, stats)

  const begin = (file: string, format: string, encoding: string): FileStats => {
    const stats: FileStats = { file, format, encoding, read: 0, accepted: 0, rejected: 0, warnings: 0 }
    files.push(stats)
    current = undefined
    return stats
  }

  return {
    /** The agreement's timeline the records are checked against. */
    timeline,
    /** Starts an NDJSON file read line by line. */
    begin: (file: string, encoding = "utf-8") => begin(file, "ndjson", encoding),
    /** One NDJSON line (1-based number). Blank lines are skipped. */
    line: (stats: FileStats, text: string, line: number) => {
      const raw = line === 1 && text.startsWith("\uFEFF") ? text.slice(1) : text
      if (raw.trim() === "") return
      const parsed = parseJson(stats, raw, line)
      if (parsed.ok) record(stats, raw, parsed.value, line)
    },
    /** A whole file's bytes: encoding and format detected (or as the options say). */
    bytes: (file: string, bytes: Uint8Array, format?: Input.Format) => {
      if (Input.looksBinary(bytes)) {
        const stats = begin(file, format ?? "binary", "binary")
        fileLevel(stats, "file.binary", "error", {
          fr: "Fichier binaire (octet nul) : ce n'est ni du JSON, ni du NDJSON, ni du CSV",
          en: "Binary file (NUL byte): not JSON, NDJSON or CSV"
        })
        return stats
      }
      const t = Input.decode(bytes, options.encoding)
      return textOf(file, t.text, format, t)
    },
    /** A whole file's text. */
    text: (file: string, text: string, format?: Input.Format) => textOf(file, text, format),
    /** The report. */
    finish: (): Report => {
      for (const p of pending)
        if (!actions.has(p.action)) {
          const stats = files.find((f) => f.file === p.file)
          push(
            {
              code: "reference.unknown-action",
              severity: "warning",
              file: p.file,
              line: p.line,
              field: p.field,
              message: {
                fr: `L'action « ${p.action} » ne figure dans aucun des fichiers validés`,
                en: `Action "${p.action}" is in none of the files validated`
              },
              value: p.action
            },
            stats
          )
        }
      pending.length = 0
      const stats: Stats = files.reduce(
        (s, f) => ({
          read: s.read + f.read,
          accepted: s.accepted + f.accepted,
          rejected: s.rejected + f.rejected,
          warnings: s.warnings + f.warnings
        }),
        { read: 0, accepted: 0, rejected: 0, warnings: 0 }
      )
      const fileErrors = issues.some((i) => i.severity === "error" && i.line === undefined)
      return {
        valid: stats.rejected === 0 && !fileErrors,
        stats,
        files: files.map((f) => ({ ...f })),
        issues:
          totalIssues > issues.length
            ? [
                ...issues,
                {
                  code: "report.truncated",
                  severity: "warning",
                  file: "",
                  message: {
                    fr: `${totalIssues - issues.length} problème(s) de plus non listé(s) (limite ${maxIssues})`,
                    en: `${totalIssues - issues.length} more issue(s) not listed (limit ${maxIssues})`
                  }
                }
              ]
            : [...issues]
      }
    }
  }

  function textOf(file: string, text: string, format?: Input.Format, decoded?: Input.Text): FileStats {
    const f = format ?? Input.detectFormat(file, text)
    const stats = begin(file, f, decoded?.encoding ?? "utf-8")
    if (decoded?.fellBack === true)
      fileLevel(stats, "encoding.windows-1252", "warning", {
        fr: "Le fichier n'est pas en UTF-8 : lu en Windows-1252",
        en: "The file is not UTF-8: read as Windows-1252"
      })
    if (text.trim() === "") {
      fileLevel(stats, "file.empty", "error", { fr: "Fichier vide", en: "Empty file" })
      return stats
    }
    if (f === "ndjson") {
      text.split(/\r?\n/u).forEach((l, i) => {
        if (l.trim() === "") return
        const parsed = parseJson(stats, l, i + 1)
        if (parsed.ok) record(stats, l, parsed.value, i + 1)
      })
      return stats
    }
    if (f === "json") {
      const parsed = parseJson(stats, text, 1)
      if (!parsed.ok) return stats
      const items = Array.isArray(parsed.value) ? parsed.value : [parsed.value]
      const lineOf = lineIndex(text)
      items.forEach((item, i) => {
        record(stats, rawOf(item), item, Array.isArray(parsed.value) ? lineOf(i) : 1)
      })
      return stats
    }
    return csv(stats, text)
  }

  function csv(stats: FileStats, text: string): FileStats {
    const { rows } = Csv.parse(text, options.delimiter)
    const [header, ...body] = rows
    if (header === undefined) return stats
    const columns = header.cells.map((c) => c.trim())
    const kindColumn = columns.indexOf("kind")
    // a header and nothing else: an empty export, or a one-line file without header (whose
    // cells are not echoed: they may be personal data); say so
    if (body.length === 0)
      fileLevel(stats, "csv.no-records", "warning", {
        fr: "Une seule ligne, lue comme en-tête : aucun enregistrement",
        en: "A single line, read as the header: no record"
      })
    for (const row of body) {
      const raw = row.cells.join(";")
      const kind = (kindColumn >= 0 ? row.cells[kindColumn]?.trim() : undefined) || options.kind
      if (kind === undefined || !(ExchangeRecord.kinds as ReadonlyArray<string>).includes(kind)) {
        reject(stats, raw, row.line, {
          code: "csv.kind-unknown",
          ...(kind === undefined ? {} : { value: kind }),
          message: {
            fr: `Type d'enregistrement inconnu${kind === undefined ? " : ajoutez une colonne kind ou l'option --kind" : ` « ${kind} »`}`,
            en: `Unknown record kind${kind === undefined ? ": add a kind column or the --kind option" : ` "${kind}"`}`
          }
        })
        continue
      }
      if (row.cells.length !== columns.length) {
        const missing = row.cells.length < columns.length
        reject(stats, raw, row.line, {
          code: missing ? "csv.missing-column" : "csv.extra-column",
          message: missing
            ? {
                fr: `${columns.length - row.cells.length} colonne(s) manquante(s) : ${columns.length} attendues, ${row.cells.length} trouvées`,
                en: `${columns.length - row.cells.length} missing column(s): ${columns.length} expected, ${row.cells.length} found`
              }
            : {
                fr: `${row.cells.length - columns.length} colonne(s) en trop : ${columns.length} attendues, ${row.cells.length} trouvées`,
                en: `${row.cells.length - columns.length} extra column(s): ${columns.length} expected, ${row.cells.length} found`
              }
        })
        continue
      }
      const { fields, required } = Fields.of(kind as ExchangeRecord.Kind)
      const value: Record<string, unknown> = { kind }
      columns.forEach((name, i) => {
        if (name === "kind") return
        const type = fields.get(name) ?? "string"
        const v = Csv.cell(row.cells[i] ?? "", type)
        // an empty cell is an absent field, or an empty list where a list is required
        if (v !== undefined) value[name] = v
        else if (type === "list" && required.has(name)) value[name] = []
      })
      const prior: Array<Issue> = []
      if (!columns.includes("schemaVersion")) {
        value.schemaVersion = RecordVersion.current
        if (row === body[0])
          prior.push({
            code: "csv.schema-version-assumed",
            severity: "warning",
            file: stats.file,
            line: header.line,
            message: {
              fr: `Pas de colonne schemaVersion : version ${RecordVersion.current} supposée`,
              en: `No schemaVersion column: version ${RecordVersion.current} assumed`
            }
          })
      }
      record(stats, raw, value, row.line, prior)
    }
    return stats
  }
}

// the text of a record for the rejects file; a value too deep to print gives an empty text
const rawOf = (item: unknown): string => {
  try {
    return JSON.stringify(item) ?? ""
  } catch {
    return ""
  }
}

// the line each top-level element of a JSON array starts on
const lineIndex = (text: string) => {
  const starts: Array<number> = []
  let depth = 0
  let inString = false
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === "\n") line++
    if (inString) {
      if (c === "\\") i++
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') {
      inString = true
      if (depth === 1) starts.push(line)
    } else if (c === "{" || c === "[") {
      if (depth === 1) starts.push(line)
      depth++
    } else if (c === "}" || c === "]") depth--
  }
  return (index: number) => starts[index] ?? 1
}

/**
 * A validator, as `make` returns it: feed it files or lines, then `finish` for the report.
 *
 * @since 0.2.0
 */
export type Validator = ReturnType<typeof make>
