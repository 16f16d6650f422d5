// The page's words that are not diagnostics (diagnostics come with their messages from the
// packages' catalogues): statuses, summaries, headings, in French and English.
import type { Catalogue } from "@accord-jeunes/domain"

type Lang = Catalogue.Lang

export const severity: Readonly<Record<Catalogue.Severity, Readonly<Record<Lang, string>>>> = {
  error: { fr: "erreur", en: "error" },
  warning: { fr: "alerte", en: "warning" }
}

export const formValid: Readonly<Record<Lang, string>> = {
  fr: "Enregistrement valide : conforme au schéma et à l'accord en vigueur à sa date.",
  en: "Valid record: it follows the schema and the agreement in force on its date."
}

export const formProblems = (lang: Lang, errors: number, general: ReadonlyArray<string>): string =>
  lang === "fr"
    ? `${errors} problème(s) à corriger${general.length > 0 ? ` : ${general.join(" ; ")}` : ""}`
    : `${errors} problem(s) to fix${general.length > 0 ? `: ${general.join("; ")}` : ""}`

export const fileSummary = (
  lang: Lang,
  name: string,
  s: {
    readonly read: number
    readonly accepted: number
    readonly rejected: number
    readonly warnings: number
    readonly blank: number
  }
): string =>
  lang === "fr"
    ? `${name} : ${s.read} enregistrement(s) lu(s), ${s.accepted} accepté(s), ${s.rejected} rejeté(s), ${s.warnings} alerte(s)${s.blank > 0 ? `, ${s.blank} ligne(s) vide(s) ignorée(s)` : ""}`
    : `${name}: ${s.read} record(s) read, ${s.accepted} accepted, ${s.rejected} rejected, ${s.warnings} warning(s)${s.blank > 0 ? `, ${s.blank} blank line(s) skipped` : ""}`

export const actProblems = (lang: Lang, count: number): string =>
  lang === "fr"
    ? `${count} problème(s) : l'accord reste celui d'avant`
    : `${count} problem(s): the agreement is left as it was`

export const actInForce = (lang: Lang, label: string, id: string, effectiveDate: string): string =>
  lang === "fr" ? `${label} (${id}) : en vigueur le ${effectiveDate}` : `${label} (${id}): in force on ${effectiveDate}`

export const since: Readonly<Record<Lang, string>> = { fr: "depuis", en: "since" }

export const pastedDocument: Readonly<Record<Lang, string>> = { fr: "document collé", en: "pasted document" }

export const headings: Readonly<Record<"branches" | "actionTypes" | "acts", Readonly<Record<Lang, string>>>> = {
  branches: { fr: "Branches", en: "Branches" },
  actionTypes: { fr: "Types d'actions", en: "Action types" },
  acts: { fr: "Actes appliqués", en: "Acts applied" }
}

export const checking = (lang: Lang, name: string): string =>
  lang === "fr" ? `${name} : vérification en cours…` : `${name}: checking…`

export const checkFailed: Readonly<Record<Lang, string>> = {
  fr: "Le fichier n'a pas pu être vérifié avec les actes ajoutés : retirez-les puis réessayez.",
  en: "The file could not be checked with the acts added: remove them and try again."
}

// the pager of the report: which page, and how many issues (those that match the filter, of all)
export const page = (lang: Lang, at: number, pages: number, shown: number, total: number): string =>
  lang === "fr"
    ? `Page ${at} / ${pages} · ${shown === total ? `${total} problème(s)` : `${shown} problème(s) sur ${total}`}`
    : `Page ${at} / ${pages} · ${shown === total ? `${total} issue(s)` : `${shown} of ${total} issue(s)`}`
