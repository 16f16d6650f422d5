/**
 * The parameters an amendment may change in a clause, by clause id. An amendment that names
 * another parameter, or a value of the wrong kind, is refused.
 *
 * @since 0.1.0
 */
import type { Agreement, Governance } from "@accord-jeunes/domain"

/** What a parameter changes in the agreement in force. @since 0.1.0 */
export interface Parameter {
  readonly description: { readonly fr: string; readonly en: string }
  readonly read: (state: { readonly term: Agreement.Term; readonly governance: Governance.Governance }) => number
  readonly write: (
    state: { readonly term: Agreement.Term; readonly governance: Governance.Governance },
    value: number
  ) => { readonly term: Agreement.Term; readonly governance: Governance.Governance }
}

/**
 * The parameters of the 2024 agreement's clauses, all positive whole numbers.
 *
 * @since 0.1.0
 */
export const byClause: Readonly<Record<string, Readonly<Record<string, Parameter>>>> = {
  "a7#1": {
    "duration-years": {
      description: { fr: "durée de l'accord, en années", en: "duration of the agreement, in years" },
      read: (s) => s.term.durationYears,
      write: (s, v) => ({ ...s, term: { ...s.term, durationYears: v } })
    }
  },
  "a7#4": {
    "notice-months": {
      description: {
        fr: "délai de prise d'effet de la résiliation, en mois",
        en: "notice before a termination takes effect, in months"
      },
      read: (s) => s.term.termination.noticeMonths,
      write: (s, v) => ({ ...s, term: { ...s.term, termination: { ...s.term.termination, noticeMonths: v } } })
    }
  },
  "a4#3": {
    "minimum-meetings-per-year": {
      description: {
        fr: "nombre minimal de réunions du comité national par an",
        en: "minimum number of national committee meetings a year"
      },
      read: (s) => s.governance.national.minimumMeetingsPerYear,
      write: (s, v) => ({
        ...s,
        governance: { ...s.governance, national: { ...s.governance.national, minimumMeetingsPerYear: v } }
      })
    }
  },
  "a4.1#2": {
    "regional-meetings-per-year": {
      description: {
        fr: "nombre de comités régionaux par an et par région",
        en: "number of regional committees a year in each region"
      },
      read: (s) => s.governance.regional.meetingsPerYear,
      write: (s, v) => ({
        ...s,
        governance: { ...s.governance, regional: { ...s.governance.regional, meetingsPerYear: v } }
      })
    }
  }
}
