/**
 * The words of the validation report that are not diagnostics: severities, the counts line, the
 * columns of the rejects file. Diagnostics are in `Codes`.
 *
 * @since 0.3.0
 */
import type { Catalogue } from "@accord-jeunes/domain"

/** A severity, as the text report writes it. @since 0.3.0 */
export const severity: Readonly<Record<Catalogue.Severity, Readonly<Record<Catalogue.Lang, string>>>> = {
  error: { fr: "erreur", en: "error" },
  warning: { fr: "alerte", en: "warning" }
}

/** The counts a summary line gives. @since 0.3.0 */
export interface Counts {
  readonly read: number
  readonly accepted: number
  readonly rejected: number
  readonly warnings: number
  readonly blank: number
}

/**
 * The last line of the text report: the counts, blank rows when there were some, and whether
 * the files are valid.
 *
 * @since 0.3.0
 */
export const summary: Readonly<Record<Catalogue.Lang, (s: Counts, valid: boolean) => string>> = {
  fr: (s, valid) =>
    `${s.read} enregistrement(s) lu(s) : ${s.accepted} accepté(s), ${s.rejected} rejeté(s), ${s.warnings} alerte(s)${s.blank > 0 ? `, ${s.blank} ligne(s) vide(s) ignorée(s)` : ""}${valid ? " — valide" : ""}`,
  en: (s, valid) =>
    `${s.read} record(s) read: ${s.accepted} accepted, ${s.rejected} rejected, ${s.warnings} warning(s)${s.blank > 0 ? `, ${s.blank} blank line(s) skipped` : ""}${valid ? " — valid" : ""}`
}

/**
 * The header of the rejects file (CSV), one row per rejected record: where it is, its codes, its
 * issues, then the record's text as read (the last column).
 *
 * @since 0.3.0
 */
export const rejectsHeader: Readonly<Record<Catalogue.Lang, ReadonlyArray<string>>> = {
  fr: ["fichier", "ligne", "lignes", "codes", "problèmes", "enregistrement"],
  en: ["file", "line", "lines", "codes", "issues", "record"]
}
