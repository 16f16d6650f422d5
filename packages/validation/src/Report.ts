/**
 * The validation report: a valid flag, counts that always reconcile (`read = accepted +
 * rejected`, blank rows apart), and every issue with a stable code from the catalogue, a
 * severity, the clause it enforces, where it is (file, line, JSON path), a message in French and
 * English, and the offending value when it is a public code (never personal data, never the
 * value of an unknown field: a5#1).
 *
 * @since 0.1.0
 */
import type { Catalogue } from "@accord-jeunes/domain"
import { Report as EngineReport } from "@accord-jeunes/engine"
import * as Schema from "effect/Schema"
import * as Texts from "./Texts.js"

/**
 * An issue found in a file: the one issue shape of the project, always in a file.
 * `path` (a JSON path) says where inside the record; `line` is absent for file-level issues.
 *
 * @since 0.1.0
 */
export interface Issue extends Catalogue.Issue {
  readonly file: string
}

/** The counts. @since 0.1.0 */
export interface Stats {
  readonly read: number
  readonly accepted: number
  readonly rejected: number
  readonly warnings: number
  /** Blank rows and lines skipped (an empty line, `;;;;` from a spreadsheet): never records. @since 0.3.0 */
  readonly blank: number
}

/** The report. @since 0.1.0 */
export interface Report {
  readonly valid: boolean
  readonly stats: Stats
  readonly files: ReadonlyArray<{ readonly file: string; readonly format: string; readonly encoding: string } & Stats>
  readonly issues: ReadonlyArray<Issue>
}

/** An issue as JSON, its message in one language. @since 0.3.0 */
export interface IssueJson {
  readonly code: string
  readonly severity: Catalogue.Severity
  readonly clause?: string
  readonly file: string
  readonly line?: number
  readonly path?: string
  readonly message: string
  readonly value?: string
}

const issueJson = (i: Issue, lang: Catalogue.Lang): IssueJson => ({
  code: i.code,
  severity: i.severity,
  ...(i.clause === undefined ? {} : { clause: i.clause }),
  file: i.file,
  ...(i.line === undefined ? {} : { line: i.line }),
  ...(i.path === undefined ? {} : { path: i.path }),
  message: i.message[lang],
  ...(i.value === undefined ? {} : { value: i.value })
})

/**
 * The report as JSON with messages in one language, as the command line prints it: each issue
 * with its code, severity, clause, file, line, path, message and (public codes only) value.
 *
 * @since 0.1.0
 */
export const toJson = (report: Report, lang: Catalogue.Lang = "fr") => ({
  valid: report.valid,
  stats: report.stats,
  files: report.files,
  issues: report.issues.map((i) => issueJson(i, lang))
})

/**
 * One issue as a line of text: `erreur file:line path: message ("value") [code]`; the code
 * always ends the line.
 *
 * @since 0.3.0
 */
export const formatIssue = (i: Issue, lang: Catalogue.Lang = "fr"): string => {
  const where = `${i.file}${i.line === undefined ? "" : `:${i.line}`}${i.path === undefined ? "" : ` ${i.path}`}`
  return `${Texts.severity[i.severity][lang]}${where === "" ? "" : ` ${where}`}: ${i.message[lang]}${i.value === undefined ? "" : ` (${JSON.stringify(i.value)})`} [${i.code}]`
}

/**
 * The report as lines of text: one per issue (see {@link formatIssue}), then the counts.
 *
 * @since 0.1.0
 */
export const toText = (report: Report, lang: Catalogue.Lang = "fr"): string =>
  [...report.issues.map((i) => formatIssue(i, lang)), Texts.summary[lang](report.stats, report.valid)].join("\n")

/**
 * The header line of a rejects file (CSV, `;`): file, line, code, path, message, record.
 *
 * @since 0.3.0
 */
export const rejectsHeader = (lang: Catalogue.Lang = "fr"): string => Texts.rejectsHeader[lang].join(";")

/**
 * One line of a rejects file: where, the issue, and the record's own text. The record stays with
 * its producer (it may hold personal data): this file is never a report to share. Every cell is
 * safe to open in a spreadsheet (quoted when needed; a text starting with `=`, `+`, `-` or `@` is
 * prefixed with an apostrophe, never run as a formula).
 *
 * @example
 * ```ts
 * import { Report } from "@accord-jeunes/validation"
 * const empty = { code: "file.empty", severity: "error", file: "a.csv", line: 2, message: { fr: "Vide", en: "Empty" } } as const
 * Report.rejectLine(empty, "a;b", "fr")  // 'a.csv;2;file.empty;;Vide;"a;b"'
 * Report.rejectLine(empty, "=1+1", "en") // "a.csv;2;file.empty;;Empty;'=1+1"
 * ```
 * @since 0.3.0
 */
export const rejectLine = (issue: Issue, raw: string, lang: Catalogue.Lang = "fr"): string =>
  [issue.file, issue.line ?? null, issue.code, issue.path ?? "", issue.message[lang], raw]
    .map((v) => EngineReport.csvCell(v, ";"))
    .join(";")

const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))
const Counts = {
  read: Count.annotate({ description: "Records read: always accepted + rejected" }),
  accepted: Count.annotate({ description: "Records accepted" }),
  rejected: Count.annotate({ description: "Records rejected (at least one error)" }),
  warnings: Count.annotate({ description: "Warnings" }),
  blank: Count.annotate({ description: "Blank rows and lines skipped: never records" })
}

/**
 * The schema of {@link toJson}'s output (the report `accord-jeunes validate --format json`
 * prints and a service returns), for consumers and API documents.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { Report, Validator } from "@accord-jeunes/validation"
 * const v = Validator.make()
 * v.text("a.ndjson", '{"kind":"participant"}\n')
 * Schema.is(Report.ReportJson)(Report.toJson(v.finish(), "en")) // true
 * ```
 * @since 0.1.0
 */
export const ReportJson = Schema.Struct({
  valid: Schema.Boolean.annotate({ description: "No record rejected and no file-level error" }),
  stats: Schema.Struct(Counts),
  files: Schema.Array(
    Schema.Struct({
      file: Schema.String,
      format: Schema.String.annotate({ description: "json, ndjson, csv (or binary)" }),
      encoding: Schema.String.annotate({ description: "utf-8 or windows-1252" }),
      ...Counts
    })
  ),
  issues: Schema.Array(
    Schema.Struct({
      code: Schema.String.annotate({ description: "Stable code, e.g. siret.checksum" }),
      severity: Schema.Literals(["error", "warning"]),
      clause: Schema.optionalKey(
        Schema.String.annotate({ description: "The clause of the agreement the code enforces, e.g. a5#1" })
      ),
      file: Schema.String,
      line: Schema.optionalKey(
        Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)).annotate({
          description: "1-based line; absent for file-level issues"
        })
      ),
      path: Schema.optionalKey(
        Schema.String.annotate({ description: "Where inside the record, as a JSON path, e.g. $.companies[1]" })
      ),
      message: Schema.String.annotate({ description: "In the language asked for" }),
      value: Schema.optionalKey(
        Schema.String.annotate({
          description: "The offending value, for public codes only: never personal data nor an unknown field's value"
        })
      )
    })
  )
}).annotate({
  identifier: "ValidationReport",
  description: "A validation report: counts that reconcile and every issue located, with a stable code."
})
