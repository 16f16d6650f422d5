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
