/**
 * The agreement: who signed it, when and where, its clauses, commitments, action types,
 * governance, indicators, annexes and terms. An agreement is known by its `id`: its title is
 * not unique (the Mission Jeunes agreement has the same one).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ActionType } from "./ActionType.js"
import { CalendarDate } from "./CalendarDate.js"
import { Clause, ClauseId } from "./Clause.js"
import * as Codes from "./Codes.js"
import { Commitment } from "./Commitment.js"
import { Governance } from "./Governance.js"
import { Slug } from "./Identifier.js"
import { IndicatorDefinition, PendingDecision } from "./Indicator.js"
import { crossCheck, duplicateIds, type Finding } from "./internal/rule.js"
import { Party, partyIdOf, Signatory } from "./Party.js"
import { LocalizedText, NonEmptyText } from "./Text.js"

const positiveInt = Schema.Int.check(Schema.isGreaterThanOrEqualTo(1))

/**
 * A fact the agreement records (a count, a date, a founding year), with its clause.
 *
 * @since 0.1.0
 */
export const Fact = Schema.Struct({
  id: Slug,
  clause: ClauseId,
  label: LocalizedText,
  value: Schema.Union([Schema.Finite, NonEmptyText, Schema.Boolean]),
  unit: Schema.optionalKey(LocalizedText)
}).annotate({
  identifier: "AgreementFact",
  description: "A fact the agreement records (a count, a date), with the clause stating it.",
  label: { fr: "Fait rapporté", en: "Recorded fact" }
})

/** @since 0.1.0 */
export type Fact = typeof Fact.Type

/**
 * A purpose or objective the agreement states, with its clause.
 *
 * @since 0.1.0
 */
export const Objective = Schema.Struct({
  id: Slug,
  clause: ClauseId,
  label: LocalizedText
}).annotate({
  identifier: "AgreementObjective",
  description: "An objective the agreement states, with its clause.",
  label: { fr: "Objectif", en: "Objective" }
})

/** @since 0.1.0 */
export type Objective = typeof Objective.Type

/**
 * An annex of the agreement. Annexes are part of the agreement (a6#1) but not public: their
 * content is supplied as data (branch plugins, the action-type catalog, referent designations).
 *
 * @since 0.1.0
 */
export const Annex = Schema.Struct({
  number: positiveInt,
  title: LocalizedText,
  public: Schema.Boolean,
  suppliedBy: Schema.Literals(["branch-plugins", "action-type-catalog", "referent-designations"]),
  clauses: Schema.NonEmptyArray(ClauseId)
}).annotate({
  identifier: "Annex",
  description: "An annex of the agreement, part of it but not public, and who supplies its content as data.",
  label: { fr: "Annexe", en: "Annex" },
  clauses: ["a6#1"]
})

/**
 * How the agreement lasts, changes and ends (article 7).
 *
 * @since 0.1.0
 */
export const Term = Schema.Struct({
  startsOn: Schema.Literal("signature-date"),
  durationYears: positiveInt,
  amendable: Schema.Boolean,
  termination: Schema.Struct({
    requestedBy: Schema.Literal("any-signatory"),
    addressedTo: Schema.Literal("all-other-parties"),
    form: Schema.Literal("registered-letter-with-acknowledgement"),
    noticeMonths: positiveInt,
    noticeRunsFrom: Schema.Literal("receipt"),
    ongoingActionsContinue: Schema.Boolean
  }),
  clauses: Schema.NonEmptyArray(ClauseId)
}).annotate({
  identifier: "AgreementTerm",
  description: "When the agreement starts, how long it lasts, how it is amended and ended (article 7).",
  label: { fr: "Durée et résiliation", en: "Duration and termination" }
})

/** @since 0.1.0 */
export type Term = typeof Term.Type

/**
 * The confidentiality rule (article 5).
 *
 * @since 0.1.0
 */
export const Confidentiality = Schema.Struct({
  personalDataConfidential: Schema.Boolean,
  survivesEndOfAgreement: Schema.Boolean,
  exceptCommunicationUnderAgreement: Schema.Boolean,
  clauses: Schema.NonEmptyArray(ClauseId)
}).annotate({
  identifier: "Confidentiality",
  description: "The confidentiality rule on personal data (article 5).",
  label: { fr: "Confidentialité", en: "Confidentiality" }
})

const AgreementFields = Schema.Struct({
  id: Slug,
  title: NonEmptyText,
  signatureDate: CalendarDate,
  signaturePlace: NonEmptyText,
  copies: positiveInt,
  parties: Schema.NonEmptyArray(Party),
  signatories: Schema.NonEmptyArray(Signatory),
  clauses: Schema.NonEmptyArray(Clause),
  facts: Schema.Array(Fact),
  objectives: Schema.Array(Objective),
  commitments: Schema.Array(Commitment),
  actionTypes: Schema.Array(ActionType),
  governance: Governance,
  indicators: Schema.Array(IndicatorDefinition),
  pendingDecisions: Schema.Array(PendingDecision),
  annexes: Schema.Array(Annex),
  confidentiality: Confidentiality,
  term: Term
})

type Fields = typeof AgreementFields.Type

const referenceFindings = (a: Fields): ReadonlyArray<Finding> => {
  const out: Array<Finding> = []
  const clauseIds = new Set(a.clauses.map((c) => c.id))
  const partyIds = new Set(a.parties.map(partyIdOf))
  const actionTypeIds = new Set(a.actionTypes.map((t) => t.id))
  const unknownClause = (path: ReadonlyArray<PropertyKey>, clause: string, citedBy?: string) =>
    out.push({ path, raised: Codes.clauseUnknown.raise({ clause, citedBy }) })
  const unknownParty = (path: ReadonlyArray<PropertyKey>, party: string) =>
    out.push({ path, raised: Codes.partyUnknown.raise({ party }) })
  a.signatories.forEach((s, i) => {
    if (!partyIds.has(s.party)) unknownParty(["signatories", i, "party"], s.party)
  })
  a.commitments.forEach((c, i) => {
    if (c.by !== "all-signatories" && !partyIds.has(c.by)) unknownParty(["commitments", i, "by"], c.by)
    c.clauses.forEach((id, j) => {
      if (!clauseIds.has(id)) unknownClause(["commitments", i, "clauses", j], id, c.id)
    })
    c.actionTypes?.forEach((t, j) => {
      if (!actionTypeIds.has(t))
        out.push({
          path: ["commitments", i, "actionTypes", j],
          raised: Codes.actionTypeUnknown.raise({ actionType: t })
        })
    })
  })
  const cited: Array<[ReadonlyArray<PropertyKey>, ReadonlyArray<string>]> = [
    ...a.facts.map((f, i): [ReadonlyArray<PropertyKey>, ReadonlyArray<string>] => [["facts", i, "clause"], [f.clause]]),
    ...a.objectives.map((o, i): [ReadonlyArray<PropertyKey>, ReadonlyArray<string>] => [
      ["objectives", i, "clause"],
      [o.clause]
    ]),
    ...a.actionTypes.map((t, i): [ReadonlyArray<PropertyKey>, ReadonlyArray<string>] => [
      ["actionTypes", i, "clauses"],
      t.clauses
    ]),
    ...a.annexes.map((x, i): [ReadonlyArray<PropertyKey>, ReadonlyArray<string>] => [
      ["annexes", i, "clauses"],
      x.clauses
    ]),
    [["term", "clauses"], a.term.clauses],
    [["confidentiality", "clauses"], a.confidentiality.clauses]
  ]
  for (const [path, ids] of cited) for (const id of ids) if (!clauseIds.has(id)) unknownClause(path, id)
  a.governance.national.composition.forEach((seat, i) => {
    if (seat.kind === "party" && !partyIds.has(seat.party))
      unknownParty(["governance", "national", "composition", i, "party"], seat.party)
  })
  return out
}

const idccFindings = (a: Fields): ReadonlyArray<Finding> => {
  const owner = new Map<string, string>()
  const out: Array<Finding> = []
  a.parties.forEach((p, i) => {
    if (p.kind !== "branch") return
    p.conventions.forEach((c, j) => {
      const first = owner.get(c.idcc)
      if (first !== undefined && first !== p.id)
        out.push({
          path: ["parties", i, "conventions", j, "idcc"],
          raised: Codes.branchIdccClaimedTwice.raise({ idcc: c.idcc, branch: first, otherBranch: p.id })
        })
      else owner.set(c.idcc, p.id)
    })
  })
  return out
}

/**
 * An agreement, checked for consistency: ids are unique, every citation names a clause of the
 * agreement, every commitment and seat names a declared party, every action type a commitment
 * uses is in the catalog, and no IDCC is claimed by two branches.
 *
 * @since 0.1.0
 */
export const Agreement = AgreementFields.check(
  crossCheck(
    (a: Fields) => [
      ...duplicateIds(a.clauses, (c) => c.id, ["clauses"], "clause"),
      ...duplicateIds(a.parties, partyIdOf, ["parties"], "party"),
      ...duplicateIds(a.commitments, (c) => c.id, ["commitments"], "commitment"),
      ...duplicateIds(a.actionTypes, (t) => t.id, ["actionTypes"], "action-type"),
      ...duplicateIds(a.indicators, (x) => x.id, ["indicators"], "indicator"),
      ...duplicateIds(a.facts, (x) => x.id, ["facts"], "fact"),
      ...duplicateIds(a.objectives, (x) => x.id, ["objectives"], "objective"),
      ...referenceFindings(a),
      ...idccFindings(a)
    ],
    "Ids are unique; citations name clauses of the agreement; commitments and seats name declared parties; no IDCC is claimed by two branches."
  )
).annotate({
  identifier: "Agreement",
  description:
    "A framework agreement: signature, parties, clauses, commitments, action types, governance, indicators, annexes and terms.",
  label: { fr: "Accord-cadre", en: "Framework agreement" }
})

/** @since 0.1.0 */
export type Agreement = typeof Agreement.Type

/**
 * The professional branches among an agreement's parties.
 *
 * @since 0.1.0
 */
export const branchesOf = (a: Agreement) => a.parties.filter((p) => p.kind === "branch")

/**
 * A clause of the agreement by id.
 *
 * @since 0.1.0
 */
export const clause = (a: Agreement, id: string): Clause | undefined => a.clauses.find((c) => c.id === id)
