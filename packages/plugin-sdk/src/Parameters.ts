/**
 * The parameters an amendment may change in a clause, by clause id. An amendment that names
 * another parameter, or a value of the wrong kind, is refused.
 *
 * @since 0.1.0
 */
import type { Agreement, Annotations, Governance } from "@accord-jeunes/domain"
import * as Texts from "./Texts.js"

/** The part of the agreement in force a parameter changes. @since 0.3.0 */
export interface State {
  readonly term: Agreement.Term
  readonly governance: Governance.Governance
}

/** What a parameter changes in the agreement in force. @since 0.1.0 */
export interface Parameter {
  readonly description: Annotations.Bilingual
  readonly write: (state: State, value: number) => State
}

const describe = (name: string): Annotations.Bilingual => Texts.parameters[name] ?? Texts.both(name)

/**
 * The parameters of the 2024 agreement's clauses, all positive whole numbers.
 *
 * @since 0.1.0
 */
export const byClause: Readonly<Record<string, Readonly<Record<string, Parameter>>>> = {
  "a7#1": {
    "duration-years": {
      description: describe("duration-years"),
      write: (s, v) => ({ ...s, term: { ...s.term, durationYears: v } })
    }
  },
  "a7#4": {
    "notice-months": {
      description: describe("notice-months"),
      write: (s, v) => ({ ...s, term: { ...s.term, termination: { ...s.term.termination, noticeMonths: v } } })
    }
  },
  "a4#3": {
    "minimum-meetings-per-year": {
      description: describe("minimum-meetings-per-year"),
      write: (s, v) => ({
        ...s,
        governance: { ...s.governance, national: { ...s.governance.national, minimumMeetingsPerYear: v } }
      })
    }
  },
  "a4.1#2": {
    "regional-meetings-per-year": {
      description: describe("regional-meetings-per-year"),
      write: (s, v) => ({
        ...s,
        governance: { ...s.governance, regional: { ...s.governance.regional, meetingsPerYear: v } }
      })
    }
  }
}
