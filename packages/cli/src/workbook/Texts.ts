/**
 * The words of Excel workbooks: the short sheet names accepted for each record kind (besides its
 * code and its labels), and the sheet names and headings of the report workbook. French and
 * English; diagnostics are in `Codes`.
 *
 * @since 0.4.0
 */
import type { Catalogue, ExchangeRecord } from "@accord-jeunes/domain"

type Lang = Catalogue.Lang

/**
 * Short sheet names a record kind is recognised by, besides its code and its labels (a label may
 * be longer than the 31 characters a sheet name holds). Compared without case, accents or plural.
 *
 * @since 0.4.0
 */
export const kindSheetNames: Readonly<Record<ExchangeRecord.Kind, ReadonlyArray<string>>> = {
  action: ["Actions"],
  participation: ["Participations"],
  participant: ["Jeunes", "Participants", "Young people"],
  "insertion-outcome": ["Sorties", "Sorties vers l'emploi", "Outcomes"],
  "committee-meeting": ["Comités", "Réunions", "Meetings"],
  "referent-designation": ["Référents", "Referents"]
}

/** The words of the report workbook in one language. @since 0.4.0 */
export interface ReportWords {
  readonly sheets: {
    readonly summary: string
    readonly table: string
    readonly governance: string
    readonly branches: string
    readonly notes: string
  }
  readonly summary: {
    readonly agreement: string
    readonly period: string
    readonly start: string
    readonly end: string
    readonly asOf: string
    readonly status: string
    /** What the figures count when the period is under way on the report day. */
    readonly counted: string
    readonly governance: string
    readonly hiddenCells: string
    readonly threshold: string
    readonly recordsRead: string
    readonly recordsCounted: string
    readonly recordsUnattributed: string
    readonly pending: string
  }
  /** The governance sheet's headings; a finding's outcome is in the engine's report words. */
  readonly governance: {
    readonly verdict: string
    readonly rule: string
    readonly clause: string
    readonly message: string
  }
  readonly branches: { readonly code: string; readonly name: string; readonly since: string }
  readonly notes: {
    readonly column: string
    readonly code: string
    readonly source: string
    readonly how: string
    readonly description: string
    readonly masked: string
    readonly general: string
  }
  /** What a masked cell holds: a mark and a word. */
  readonly maskedCell: (hidden: string) => string
  /** The legend under the table. */
  readonly maskedLegend: (note: string) => string
}

const words: Readonly<Record<Lang, ReportWords>> = {
  fr: {
    sheets: {
      summary: "Rapport",
      table: "Tableau de suivi",
      governance: "Gouvernance",
      branches: "Branches",
      notes: "Notes"
    },
    summary: {
      agreement: "Accord",
      period: "Période",
      start: "Début de la période",
      end: "Fin de la période",
      asOf: "Établi au",
      status: "Situation de l'accord",
      counted: "Ce qui est compté",
      governance: "Gouvernance",
      hiddenCells: "Cases masquées (secret statistique)",
      threshold: "Seuil de masquage",
      recordsRead: "Enregistrements lus pour le tableau",
      recordsCounted: "Enregistrements comptés",
      recordsUnattributed: "Enregistrements sans ligne du tableau",
      pending: "Décision attendue"
    },
    governance: {
      verdict: "Constat",
      rule: "Règle",
      clause: "Clause",
      message: "Explication"
    },
    branches: { code: "Code", name: "Branche", since: "Dans l'accord depuis le" },
    notes: {
      column: "Colonne",
      code: "Code",
      source: "Origine",
      how: "Calcul",
      description: "Définition",
      masked: "Cases masquées",
      general: "À savoir"
    },
    maskedCell: (hidden) => `◼ ${hidden}`,
    maskedLegend: (note) => `◼ ${note} ; voir la feuille Notes`
  },
  en: {
    sheets: {
      summary: "Report",
      table: "Tracking table",
      governance: "Governance",
      branches: "Branches",
      notes: "Notes"
    },
    summary: {
      agreement: "Agreement",
      period: "Period",
      start: "Period start",
      end: "Period end",
      asOf: "As of",
      status: "Status of the agreement",
      counted: "What is counted",
      governance: "Governance",
      hiddenCells: "Masked cells (statistical secrecy)",
      threshold: "Masking threshold",
      recordsRead: "Records read for the table",
      recordsCounted: "Records counted",
      recordsUnattributed: "Records in no row of the table",
      pending: "Pending decision"
    },
    governance: {
      verdict: "Finding",
      rule: "Rule",
      clause: "Clause",
      message: "Explanation"
    },
    branches: { code: "Code", name: "Branch", since: "In the agreement since" },
    notes: {
      column: "Column",
      code: "Code",
      source: "Source",
      how: "Computation",
      description: "Definition",
      masked: "Masked cells",
      general: "Good to know"
    },
    maskedCell: (hidden) => `◼ ${hidden}`,
    maskedLegend: (note) => `◼ ${note}; see the Notes sheet`
  }
}

/** The report workbook's words. @since 0.4.0 */
export const report = (lang: Lang): ReportWords => words[lang]

/**
 * How a date cell shows its day in each language: 30/06/2026 in French, 30 June 2026 in English
 * (the month's name in English whatever the spreadsheet's language).
 *
 * @since 0.4.0
 */
export const dayFormat: Readonly<Record<Lang, string>> = { fr: "dd/mm/yyyy", en: "[$-809]d mmmm yyyy" }
