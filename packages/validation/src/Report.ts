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
import * as Csv from "./Csv.js"
import * as Texts from "./Texts.js"

/**
 * An issue found in a file: the one issue shape of the project, always in a file.
 * `path` (a JSON path) says where inside the record; `line` is absent for file-level issues.
 *
 * @since 0.1.0
 */
export interface Issue extends Catalogue.Issue {
  readonly file: string
  /**
   * How many physical lines the record spans, when more than one (a CSV row whose quoted cell
   * holds line breaks, an element of a JSON array written over several lines).
   *
   * @since 0.3.0
   */
  readonly lines?: number
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
  /** @since 0.3.0 */
  readonly lines?: number
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
  ...(i.lines === undefined ? {} : { lines: i.lines }),
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

// where a record is: `file:line`, or `file:first-last` when it spans several lines
const lineOf = (i: { readonly line?: number; readonly lines?: number }) =>
  i.line === undefined ? "" : i.lines === undefined || i.lines < 2 ? `:${i.line}` : `:${i.line}-${i.line + i.lines - 1}`

/**
 * One issue as a line of text: `erreur file:line path: message ("value") [code]` (`file:5-7` for
 * a record over lines 5 to 7); the code always ends the line.
 *
 * @since 0.3.0
 */
export const formatIssue = (i: Issue, lang: Catalogue.Lang = "fr"): string => {
  const where = `${i.file}${lineOf(i)}${i.path === undefined ? "" : ` ${i.path}`}`
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
 * The header line of a rejects file (CSV, `;`): file, line, lines, codes, issues, record.
 *
 * @since 0.3.0
 */
export const rejectsHeader = (lang: Catalogue.Lang = "fr"): string => Texts.rejectsHeader[lang].join(";")

// a cell of the rejects file holding the record's text: quoted as CSV needs, nothing else, so
// that it reads back exactly as it was (it is the record, not a report's text)
const verbatim = (text: string): string =>
  /[;"\r\n]/u.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text

/**
 * One row of a rejects file per rejected record: where it is (file, first line, physical lines
 * spanned), its codes and its issues each joined in one cell, and the record's own text exactly
 * as read (a CSV row's lines with their quoting, an NDJSON line, a JSON element), so that a data
 * steward can fix it in that cell and send it back. The record stays with its producer (it may
 * hold personal data): this file is never a report to share. The cells the library writes are
 * safe to open in a spreadsheet (a text starting with `=`, `+`, `-` or `@` is prefixed with an
 * apostrophe, never run as a formula); the record's cell is quoted, never altered.
 *
 * Give it what `Options.onRejected` receives.
 *
 * @example
 * ```ts
 * import { Report } from "@accord-jeunes/validation"
 * const empty = { code: "file.empty", severity: "error", file: "a.csv", line: 2, message: { fr: "Vide", en: "Empty" } } as const
 * const where = { file: "a.csv", line: 2, lines: 1 }
 * Report.rejectLine('a;"b;c"', where, [empty], "fr") // "a.csv;2;1;file.empty;Vide [file.empty];\"a;\"\"b;c\"\"\""
 * const formula = { ...empty, message: { fr: "=SOMME", en: "=SUM" } }
 * Report.rejectLine("=1+1", where, [formula], "en") // "a.csv;2;1;file.empty;'=SUM [file.empty];=1+1"
 * ```
 * @since 0.3.0
 */
export const rejectLine = (
  raw: string,
  where: { readonly file: string; readonly line: number; readonly lines?: number },
  issues: ReadonlyArray<Issue>,
  lang: Catalogue.Lang = "fr"
): string =>
  [
    EngineReport.csvCell(where.file, ";"),
    String(where.line),
    String(where.lines ?? 1),
    EngineReport.csvCell([...new Set(issues.map((i) => i.code))].join(" "), ";"),
    EngineReport.csvCell(
      issues
        .map(
          (i) =>
            `${i.path === undefined ? "" : `${i.path}: `}${i.message[lang]}${i.value === undefined ? "" : ` (${JSON.stringify(i.value)})`} [${i.code}]`
        )
        .join(" | "),
      ";"
    ),
    verbatim(raw)
  ].join(";")

/**
 * The record texts of a rejects file, in order, as {@link rejectLine} wrote them (a data steward
 * may have fixed them since): for a CSV, put them under the file's header line to send them back;
 * for NDJSON, one a line.
 *
 * @example
 * ```ts
 * import { Report } from "@accord-jeunes/validation"
 * const where = { file: "a.csv", line: 2, lines: 1 }
 * const empty = { code: "file.empty", severity: "error", file: "a.csv", line: 2, message: { fr: "Vide", en: "Empty" } } as const
 * Report.rejectedRecords(`${Report.rejectsHeader()}\r\n${Report.rejectLine('a;"b;c"', where, [empty])}\r\n`) // ["a;\"b;c\""]
 * ```
 * @since 0.3.0
 */
export const rejectedRecords = (rejects: string): ReadonlyArray<string> => {
  const text = rejects.startsWith("\uFEFF") ? rejects.slice(1) : rejects
  const column = Texts.rejectsHeader.en.length - 1
  return Csv.parse(text, ";")
    .rows.slice(1)
    .map((r) => r.cells[column] ?? "")
}

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
      lines: Schema.optionalKey(
        Schema.Int.check(Schema.isGreaterThanOrEqualTo(2)).annotate({
          description:
            "How many physical lines the record spans from line, when more than one (a CSV row with a quoted line break)"
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
