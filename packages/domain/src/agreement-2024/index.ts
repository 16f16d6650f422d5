/**
 * The *Accord-cadre pour l'emploi et la qualification des jeunes* signed on 16 September 2024
 * by the Labour ministry (DGEFP), the UNML and AKTO, encoded as data and validated against the
 * {@link Agreement} schema when this module loads.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Agreement } from "../Agreement.js"
import { articleOf } from "../Clause.js"
import { actionTypes } from "./catalog.js"
import { clauses } from "./clauses.js"
import { commitments } from "./commitments.js"
import { annexes, confidentiality, facts, objectives, term } from "./context.js"
import { governance, indicators, pendingDecisions } from "./governance.js"
import { parties, signatories } from "./parties.js"

export type { ClauseId2024 } from "./clauses.js"
export { partyIds } from "./parties.js"

/** Id of this agreement. Its title is shared with the Mission Jeunes agreement, so the id is what tells them apart. @since 0.1.0 */
export const id = "accord-cadre-jeunes-2024"

const signature = { clause: "sig#1", date: "2024-09-16", place: "Paris", copies: 3 } as const

/**
 * The 2024 agreement as in its signed text (amendments and committee decisions are composed
 * with it by the plugin SDK).
 *
 * @example
 * ```ts
 * import { agreement2024 } from "@accord-jeunes/domain"
 * agreement2024.signatureDate                           // "2024-09-16"
 * agreement2024.governance.national.minimumMeetingsPerYear // 2
 * agreement2024.actionTypes.length                      // 8
 * ```
 * @since 0.1.0
 */
export const agreement: Agreement = Schema.decodeUnknownSync(Agreement)(
  {
    id,
    title: "Accord-cadre pour l'emploi et la qualification des jeunes",
    signatureDate: signature.date,
    signaturePlace: signature.place,
    copies: signature.copies,
    parties,
    signatories: signatories.map(({ clause: _clause, ...s }) => s),
    clauses: clauses.map((c) => ({ ...c, article: articleOf(c.id) })),
    facts,
    objectives,
    commitments,
    actionTypes,
    governance,
    indicators,
    pendingDecisions,
    annexes,
    confidentiality,
    term
  },
  { errors: "all", onExcessProperty: "error" }
)
