/**
 * The validation report: a valid flag, counts that always reconcile (`read = accepted +
 * rejected`), and every issue with a stable code, a severity, where it is (file, line, field or
 * JSON path), a message in French and English, and the offending value when it is not personal
 * data.
 *
 * @since 0.1.0
 */
import type { Annotations } from "@accord-jeunes/domain"
import * as Schema from "effect/Schema"

/** An issue found in a file. @since 0.1.0 */
export interface Issue {
  readonly code: string
  readonly severity: "error" | "warning"
  readonly file: string
  /** 1-based line of the record (the CSV header is line 1); absent for file-level issues. */
  readonly line?: number
  /** The field or column, as a JSON path (`$.companies[1]`). */
  readonly field?: string
  readonly message: Annotations.Bilingual
  /** The offending value, when it is not personal data. */
  readonly value?: string
}

/** The counts. @since 0.1.0 */
export interface Stats {
  readonly read: number
  readonly accepted: number
  readonly rejected: number
  readonly warnings: number
}

/** The report. @since 0.1.0 */
export interface Report {
  readonly valid: boolean
  readonly stats: Stats
  readonly files: ReadonlyArray<{ readonly file: string; readonly format: string; readonly encoding: string } & Stats>
  readonly issues: ReadonlyArray<Issue>
}

/**
 * The report as JSON with messages in one language, as the command line prints it.
 *
 * @since 0.1.0
 */
export const toJson = (report: Report, lang: "fr" | "en" = "fr") => ({
  valid: report.valid,
  stats: report.stats,
  files: report.files,
  issues: report.issues.map((i) => ({ ...i, message: i.message[lang] }))
})

/**
 * The report as lines of text: `file:line field: message [code]`, then the counts.
 *
 * @since 0.1.0
 */
export const toText = (report: Report, lang: "fr" | "en" = "fr"): string => {
  const t = (fr: string, en: string) => (lang === "fr" ? fr : en)
  const issues = report.issues.map(
    (i) =>
      `${i.severity === "error" ? t("erreur", "error") : t("alerte", "warning")} ${i.file}${i.line === undefined ? "" : `:${i.line}`}${i.field === undefined ? "" : ` ${i.field}`}: ${i.message[lang]}${i.value === undefined ? "" : ` (${JSON.stringify(i.value)})`} [${i.code}]`
  )
  const s = report.stats
  return [
    ...issues,
    t(
      `${s.read} enregistrement(s) lu(s) : ${s.accepted} accepté(s), ${s.rejected} rejeté(s), ${s.warnings} alerte(s)${report.valid ? " — valide" : ""}`,
      `${s.read} record(s) read: ${s.accepted} accepted, ${s.rejected} rejected, ${s.warnings} warning(s)${report.valid ? " — valid" : ""}`
    )
  ].join("\n")
}

const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))
const Counts = {
  read: Count.annotate({ description: "Records read: always accepted + rejected" }),
  accepted: Count.annotate({ description: "Records accepted" }),
  rejected: Count.annotate({ description: "Records rejected (at least one error)" }),
  warnings: Count.annotate({ description: "Warnings" })
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
      file: Schema.String,
      line: Schema.optionalKey(
        Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)).annotate({
          description: "1-based line; absent for file-level issues"
        })
      ),
      field: Schema.optionalKey(Schema.String.annotate({ description: "JSON path of the field, e.g. $.companies[1]" })),
      message: Schema.String.annotate({ description: "In the language asked for" }),
      value: Schema.optionalKey(Schema.String.annotate({ description: "The offending value, never personal data" }))
    })
  )
}).annotate({
  identifier: "ValidationReport",
  description: "A validation report: counts that reconcile and every issue located, with a stable code."
})
