/**
 * Composition: the base agreement, the founding branches' plugins, and the amendments and
 * committee decisions, into a timeline; `asOf(timeline, date)` gives the agreement in force that
 * day, each element knowing which act brought it in or changed it.
 *
 * Composition is deterministic: founding plugins are taken in branch order and acts by effective
 * date, then kind, then number or id, whatever order they are given in. It enforces the text's
 * rules for changing the agreement, each refusal naming the act, the clause and what is missing:
 * - a7#2: an amendment binds only with the consent of every party bound on its signature date
 *   (the project's reading of *signataires*, docs/signatories.md), and of the branch it brings in;
 * - pre#7: a joining branch's conventions are within AKTO's scope on the day it joins (the
 *   founding branches are in by the text itself, pre#6); a branch commits only itself;
 * - a3.3#4, a4#4: a committee decision defines indicators, not action types;
 * - a7#3, a7#4: a termination asked by a signatory and received by every other one ends the
 *   agreement three months after the last receipt; any other request has no effect, and says why;
 * - an act signed before the agreement, effective before it, after its end or its termination,
 *   two acts with one number, an id declared twice, an IDCC claimed by two branches, an operation
 *   on an unknown clause or branch, a plugin outside the SDK range: refused.
 *
 * Every refusal is a {@link Problem.Problem} whose code is defined in the catalogue (`Codes`, and
 * the domain's for a fault the domain names too: `clause.unknown`, `branch.idcc-claimed-twice`).
 *
 * @since 0.1.0
 */
import {
  type ActionType,
  type Agreement,
  Amendment,
  type Annotations,
  CalendarDate,
  type Clause,
  type Commitment,
  Diagnostic,
  Codes as DomainCodes,
  type Governance,
  Identifier,
  type Indicator,
  OpcoScope,
  Party
} from "@accord-jeunes/domain"
import * as Result from "effect/Result"
import {
  type Act,
  type AmendmentAct,
  type DecisionAct,
  decisionBeyondPowers,
  type OperationInput,
  type ScopeRevisionAct,
  type TerminationAct
} from "./Act.js"
import * as BranchPlugin from "./BranchPlugin.js"
import * as Codes from "./Codes.js"
import * as Founding from "./Founding.js"
import * as Parameters from "./Parameters.js"
import { fromDiagnostic, type Problem, ProblemsError, make as problem } from "./Problem.js"
import * as Texts from "./Texts.js"

/**
 * A reference to the act that brought an element in or changed it.
 *
 * @since 0.1.0
 */
export interface ActRef {
  readonly kind: "agreement" | "amendment" | "committee-decision" | "termination" | "opco-scope"
  readonly id: string
  readonly effectiveDate: CalendarDate.CalendarDate
  readonly label: Annotations.Bilingual
  /** Where the act was read from, when it was read from a file or module. */
  readonly source?: string
}

/** Where an element of the agreement in force comes from. @since 0.1.0 */
export interface Provenance {
  readonly since: ActRef
  readonly changedBy: ReadonlyArray<ActRef>
  /** The plugin that supplied it, if any (`plugin <package>@<version>`). */
  readonly plugin?: string
}

/** An element with its provenance. @since 0.1.0 */
export type WithProvenance<A> = A & { readonly provenance: Provenance }

/** A clause in force: its current wording and the parameter values amendments gave it. @since 0.1.0 */
export type ClauseInForce = Clause.Clause & { readonly parameters: Readonly<Record<string, number | string>> }

/**
 * The agreement as in force on a date.
 *
 * @since 0.1.0
 */
export interface AgreementInForce {
  readonly agreement: string
  readonly title: string
  readonly date: CalendarDate.CalendarDate
  /**
   * Before signature, in force, terminating (a termination's notice running, a7#4), ended by
   * termination, or past its term (a7#1).
   */
  readonly status: "before-signature" | "in-force" | "terminating" | "terminated" | "expired"
  readonly signatureDate: CalendarDate.CalendarDate
  /**
   * The last day in force: the end of the term with the duration in force on `date` (a7#1), or
   * the last day before a termination takes effect (a7#4), whichever comes first.
   */
  readonly lastDay: CalendarDate.CalendarDate
  readonly term: Agreement.Term
  /**
   * The parties the text calls *signataires* on `date`: every party bound by the agreement (the
   * ministry, UNML, AKTO, and each branch in it). Their consent makes an amendment (a7#2), any of
   * them may end the agreement and every other must receive the request (a7#3), each names
   * referents (a3#2) and hears of communications first (a3#5). See docs/signatories.md.
   */
  readonly signatoryParties: ReadonlyArray<string>
  /** AKTO's scope on `date` (pre#7). */
  readonly opcoScope: OpcoScope.OpcoScope & { readonly provenance: ActRef }
  /** The termination that ends the agreement, when one was validly requested on or before `date`. */
  readonly termination?: TerminationInForce
  /** Every termination request made on or before `date`, with whether it has effect and why. */
  readonly terminationRequests: ReadonlyArray<TerminationFinding>
  readonly governance: Governance.Governance
  readonly signatories: ReadonlyArray<WithProvenance<Party.Signatory>>
  readonly parties: ReadonlyArray<WithProvenance<Party.Party>>
  readonly branches: ReadonlyArray<WithProvenance<Party.ProfessionalBranch>>
  readonly clauses: ReadonlyArray<WithProvenance<ClauseInForce>>
  readonly commitments: ReadonlyArray<WithProvenance<Commitment.Commitment>>
  readonly actionTypes: ReadonlyArray<WithProvenance<ActionType.ActionType>>
  readonly indicators: ReadonlyArray<WithProvenance<Indicator.IndicatorDefinition>>
  readonly pendingDecisions: ReadonlyArray<WithProvenance<Indicator.PendingDecision>>
  /** The acts applied, in order. */
  readonly acts: ReadonlyArray<ActRef>
}

/**
 * A termination that has effect: the request and the days it sets (a7#3, a7#4).
 *
 * @since 0.2.0
 */
export interface TerminationInForce {
  /** The requesting parties, as one line (`unml`, or `unml, akto`). */
  readonly requestedBy: string
  readonly requesters: ReadonlyArray<string>
  readonly requestDate: CalendarDate.CalendarDate
  /** The acknowledgements of receipt, as given. */
  readonly receipts: ReadonlyArray<{ readonly party: string; readonly receivedOn: CalendarDate.CalendarDate }>
  /** The receipt that completed the notification: the notice runs from it. */
  readonly lastReceipt: CalendarDate.CalendarDate
  /**
   * The last day in force: the notice of `noticeMonths` expires at the end of the day of the
   * last month bearing the receipt's day number, or of that month's last day (Code de procédure
   * civile, art. 641 and 642); the termination holds from the next day.
   */
  readonly lastDay: CalendarDate.CalendarDate
  readonly effectiveDate: CalendarDate.CalendarDate
}

/**
 * A termination request and whether it has effect (a7#3): one from a party that is not a
 * signatory, or not received by every other signatory, has none, and `reasons` says why.
 *
 * @since 0.2.0
 */
export interface TerminationFinding {
  readonly requestedBy: string
  readonly requestDate: CalendarDate.CalendarDate
  readonly effective: boolean
  readonly reasons: ReadonlyArray<Annotations.Bilingual>
  readonly clause: "a7#3"
}

type ResolvedAct =
  | {
      readonly kind: "amendment"
      readonly ref: ActRef
      readonly act: Amendment.Amendment
      readonly plugins: ReadonlyMap<string, BranchPlugin.Loaded>
    }
  | { readonly kind: "committee-decision"; readonly ref: ActRef; readonly act: Amendment.CommitteeDecision }
  | { readonly kind: "termination"; readonly ref: ActRef; readonly act: Amendment.Termination }
  | { readonly kind: "opco-scope"; readonly ref: ActRef; readonly act: OpcoScope.OpcoScope }

/**
 * The base agreement with its founding plugins and its acts, checked and ordered.
 *
 * @since 0.1.0
 */
export interface Timeline {
  readonly base: Agreement.Agreement
  readonly founding: ReadonlyArray<BranchPlugin.Loaded>
  readonly acts: ReadonlyArray<ResolvedAct>
}

// --- state -------------------------------------------------------------------------------------

interface Entry<A> {
  value: A
  provenance: { since: ActRef; changedBy: Array<ActRef>; plugin?: string }
}

interface State {
  readonly base: Agreement.Agreement
  term: Agreement.Term
  governance: Governance.Governance
  readonly clauses: Map<string, Entry<ClauseInForce>>
  readonly parties: Map<string, Entry<Party.Party>>
  readonly idccOwner: Map<string, { branch: string; since: ActRef }>
  readonly commitments: Map<string, Entry<Commitment.Commitment>>
  readonly actionTypes: Map<string, Entry<ActionType.ActionType>>
  readonly indicators: Map<string, Entry<Indicator.IndicatorDefinition>>
  readonly pending: Map<string, Entry<Indicator.PendingDecision>>
  readonly signatories: Map<string, Entry<Party.Signatory>>
  readonly acts: Array<ActRef>
  /** When each branch was in the agreement: from its joining, until (excluded) its leaving. */
  readonly membership: Map<string, Array<{ from: CalendarDate.CalendarDate; until?: CalendarDate.CalendarDate }>>
  /** AKTO's scope revisions, in order. */
  readonly scopes: Array<{ scope: OpcoScope.OpcoScope; ref: ActRef }>
  termination?: TerminationInForce
  readonly terminationRequests: Array<{
    readonly requestedBy: string
    readonly requestDate: CalendarDate.CalendarDate
    readonly reasons: ReadonlyArray<Annotations.Bilingual>
    readonly candidate: TerminationInForce | undefined
  }>
}

const entry = <A>(value: A, since: ActRef, plugin?: string): Entry<A> => ({
  value,
  provenance: { since, changedBy: [], ...(plugin === undefined ? {} : { plugin }) }
})

const baseRef = (a: Agreement.Agreement): ActRef => ({
  kind: "agreement",
  id: a.id,
  effectiveDate: a.signatureDate,
  label: Texts.act.agreement(a.signatureDate)
})

const initialState = (base: Agreement.Agreement): State => {
  const ref = baseRef(base)
  const state: State = {
    base,
    term: base.term,
    governance: base.governance,
    clauses: new Map(base.clauses.map((c) => [c.id, entry({ ...c, parameters: {} }, ref)])),
    parties: new Map(base.parties.map((p) => [Party.partyIdOf(p), entry(p, ref)])),
    idccOwner: new Map(),
    commitments: new Map(base.commitments.map((c) => [c.id, entry(c, ref)])),
    actionTypes: new Map(base.actionTypes.map((t) => [t.id, entry(t, ref)])),
    indicators: new Map(base.indicators.map((i) => [i.id, entry(i, ref)])),
    pending: new Map(base.pendingDecisions.map((p) => [p.id, entry(p, ref)])),
    signatories: new Map(base.signatories.map((s) => [s.party, entry(s, ref)])),
    acts: [ref],
    membership: new Map(
      base.parties.flatMap((p) => (p.kind === "branch" ? [[p.partyId, [{ from: base.signatureDate }]] as const] : []))
    ),
    scopes: [{ scope: OpcoScope.akto2024, ref: scopeRef(OpcoScope.akto2024) }],
    terminationRequests: []
  }
  for (const b of base.parties)
    if (b.kind === "branch") for (const c of b.conventions) state.idccOwner.set(c.idcc, { branch: b.id, since: ref })
  return state
}

/**
 * Who is in the agreement when: the text's branches from its signature, then each branch joining
 * or leaving by the acts applied. Computed from all of them before any is applied, so that who
 * must consent to an amendment on its signature date does not depend on the order acts of one
 * day are replayed in.
 */
const recordMembership = (s: State, acts: ReadonlyArray<ResolvedAct>): void => {
  for (const act of acts) {
    if (act.kind !== "amendment") continue
    for (const op of act.act.operations) {
      if (op.op === "branch-joins")
        s.membership.set(op.branch.partyId, [
          ...(s.membership.get(op.branch.partyId) ?? []),
          { from: act.ref.effectiveDate }
        ])
      else if (op.op === "branch-leaves") {
        const last = (s.membership.get(`branch:${op.branch}`) ?? []).at(-1)
        if (last !== undefined && last.until === undefined) last.until = act.ref.effectiveDate
      }
    }
  }
}

/** A computed date that left the calendar (a five-digit year) is not a date. */
const isCalendarDay = (d: string): boolean => d.length === 10

/** The first day after the term (a7#1). */
const endOf = (s: State): CalendarDate.CalendarDate => CalendarDate.addYears(s.base.signatureDate, s.term.durationYears)

/** The first day the agreement is no longer in force: after its term or its termination. */
const stopOf = (s: State): CalendarDate.CalendarDate => {
  const end = endOf(s)
  return s.termination !== undefined && s.termination.effectiveDate < end ? s.termination.effectiveDate : end
}

/**
 * The parties bound on a day (the project's reading of *signataires*, docs/signatories.md): the
 * non-branch parties of the text, and each branch in the agreement that day.
 */
const boundOn = (s: State, day: CalendarDate.CalendarDate): ReadonlyArray<string> => [
  ...s.base.parties.filter((p) => p.kind !== "branch").map((p) => Party.partyIdOf(p)),
  ...[...s.membership]
    .filter(([, spans]) => spans.some((m) => m.from <= day && (m.until === undefined || day < m.until)))
    .map(([party]) => party)
]

// the revision with the latest effective date on or before the day (a revision dated before the
// 2024 table does not override it); scope revisions are reference data about AKTO, not acts of
// the agreement, so the agreement's own dates do not bound them
const scopeOn = (s: State, day: CalendarDate.CalendarDate) => {
  let current = s.scopes[0] as { scope: OpcoScope.OpcoScope; ref: ActRef }
  for (const x of s.scopes)
    if (
      x.scope.effectiveDate <= day &&
      (current.scope.effectiveDate > day || x.scope.effectiveDate >= current.scope.effectiveDate)
    )
      current = x
  return current
}

const scopeRef = (scope: OpcoScope.OpcoScope): ActRef => ({
  kind: "opco-scope",
  id: `opco-scope-${scope.effectiveDate}`,
  effectiveDate: scope.effectiveDate,
  label: Texts.act.scope(scope.effectiveDate, scope.source.title, scope.source.asOf)
})

const listOf = (xs: ReadonlyArray<string>) => xs.join(", ")

// --- applying content ----------------------------------------------------------------------------

/** What a problem about an act is about: the act, where it was read from, the plugin it carries. */
const subjectOf = (ref: ActRef, plugin?: string): Annotations.Bilingual => Texts.within(ref.label, ref.source, plugin)

/** Where an element already in the agreement came from: its plugin, or the act that brought it. */
const originOf = (provenance: Entry<unknown>["provenance"]): Annotations.Bilingual =>
  provenance.plugin === undefined ? provenance.since.label : Texts.both(provenance.plugin)

/** pre#7: a branch is the set of its conventions, so an IDCC belongs to one branch. */
const claimIdccs = (
  s: State,
  branch: Party.ProfessionalBranch,
  ref: ActRef,
  subject: Annotations.Bilingual,
  problems: Array<Problem>,
  known: ReadonlySet<string> = new Set()
): void => {
  branch.conventions.forEach((c, k) => {
    if (known.has(c.idcc)) return
    const owner = s.idccOwner.get(c.idcc)
    if (owner !== undefined && owner.branch !== branch.id)
      problems.push(
        problem(
          DomainCodes.branchIdccClaimedTwice.raise({ idcc: c.idcc, branch: branch.id, otherBranch: owner.branch }),
          subject,
          { path: `$.conventions[${k}].idcc`, other: Texts.branchSince(owner.branch, owner.since.label) }
        )
      )
    else s.idccOwner.set(c.idcc, { branch: branch.id, since: ref })
  })
}

const addUnique = <A extends { readonly id: string }>(
  map: Map<string, Entry<A>>,
  value: A,
  ref: ActRef,
  subject: Annotations.Bilingual,
  what: "commitment" | "action-type" | "indicator",
  path: string,
  problems: Array<Problem>,
  plugin?: string
): void => {
  const existing = map.get(value.id)
  if (existing !== undefined)
    problems.push(
      problem(Codes.compositionDuplicateId.raise({ what, id: value.id }), subject, {
        path,
        other: originOf(existing.provenance)
      })
    )
  else map.set(value.id, entry(value, ref, plugin))
}

const checkCitations = (
  s: State,
  commitment: Commitment.Commitment,
  subject: Annotations.Bilingual,
  path: string,
  problems: Array<Problem>
): void => {
  commitment.clauses.forEach((clause, j) => {
    if (!s.clauses.has(clause))
      problems.push(
        problem(DomainCodes.clauseUnknown.raise({ clause, citedBy: commitment.id }), subject, {
          path: `${path}.clauses[${j}]`
        })
      )
  })
  ;(commitment.actionTypes ?? []).forEach((t, j) => {
    if (!s.actionTypes.has(t))
      problems.push(
        problem(DomainCodes.actionTypeUnknown.raise({ actionType: t }), subject, {
          path: `${path}.actionTypes[${j}]`
        })
      )
  })
}

/**
 * a3.3#4, a4#4: an indicator is a definition the engine computes. One without a measure, a ratio of
 * indicators not in the agreement, or conditions naming action types or branches it does not have
 * cannot be computed: refused, located.
 */
const checkIndicator = (
  s: State,
  indicator: Indicator.IndicatorDefinition,
  subject: Annotations.Bilingual,
  path: string,
  problems: Array<Problem>
): void => {
  const unknown = (at: string, what: "count" | "action-type" | "branch", reference: string) =>
    problems.push(
      problem(Codes.compositionIndicatorUnknownReference.raise({ indicator: indicator.id, what, reference }), subject, {
        path: `${path}${at}`
      })
    )
  const m = indicator.measure
  if (m === undefined) {
    problems.push(
      problem(Codes.compositionIndicatorNotComputable.raise({ indicator: indicator.id }), subject, {
        path: `${path}.measure`
      })
    )
    return
  }
  // a ratio is of two counts: a ratio or a mean has no count to divide
  if (m.kind === "ratio")
    for (const [side, id] of [
      ["numerator", m.numerator],
      ["denominator", m.denominator]
    ] as const)
      if (s.indicators.get(id)?.value.measure?.kind !== "count") unknown(`.measure.${side}`, "count", id)
  if (m.kind === "count") {
    for (const [j, t] of (m.where?.actionTypes ?? []).entries())
      if (!s.actionTypes.has(t)) unknown(`.measure.where.actionTypes[${j}]`, "action-type", t)
    for (const [j, b] of (m.where?.branches ?? []).entries())
      if (!s.parties.has(`branch:${b}`)) unknown(`.measure.where.branches[${j}]`, "branch", b)
  }
}

/** A branch's content from its plugin: conventions, own action types, indicators, commitments. */
const addBranchContent = (s: State, loaded: BranchPlugin.Loaded, ref: ActRef, problems: Array<Problem>): void => {
  const subject = subjectOf(ref, loaded.label)
  const d = loaded.declaration
  d.actionTypes.own.forEach((t, k) => {
    addUnique(s.actionTypes, t, ref, subject, "action-type", `$.actionTypes.own[${k}].id`, problems, loaded.label)
  })
  d.actionTypes.catalog.forEach((t, k) => {
    if (!s.actionTypes.has(t))
      problems.push(
        problem(DomainCodes.actionTypeUnknown.raise({ actionType: t }), subject, {
          path: `$.actionTypes.catalog[${k}]`
        })
      )
  })
  d.indicators.forEach((i, k) => {
    checkIndicator(s, i, subject, `$.indicators[${k}]`, problems)
    addUnique(s.indicators, i, ref, subject, "indicator", `$.indicators[${k}].id`, problems, loaded.label)
  })
  d.commitments.forEach((c, k) => {
    // pre#7: a branch formalises its own commitments; it cannot bind the other parties
    if (c.by !== loaded.branch.partyId)
      problems.push(
        problem(
          Codes.compositionCommitmentBindsOtherParty.raise({
            commitment: c.id,
            by: c.by,
            branch: loaded.branch.partyId
          }),
          subject,
          { path: `$.commitments[${k}].by` }
        )
      )
    checkCitations(s, c, subject, `$.commitments[${k}]`, problems)
    addUnique(s.commitments, c, ref, subject, "commitment", `$.commitments[${k}].id`, problems, loaded.label)
  })
}

// pre#6: a plugin claiming a founding branch's id from another package does not load
// (`plugin.founding-id-claimed`, BranchPlugin.inspect): it never reaches what follows
const applyFounding = (s: State, loaded: BranchPlugin.Loaded, problems: Array<Problem>): void => {
  const ref = s.acts[0] as ActRef
  const subject = subjectOf(ref, loaded.label)
  const current = s.parties.get(loaded.branch.partyId)
  if (current === undefined || current.value.kind !== "branch") {
    problems.push(problem(Codes.compositionNotAFoundingBranch.raise({ branch: loaded.branch.id }), subject))
    return
  }
  // the plugin may complete the branch's set of conventions (e.g. regional ones)
  const known = new Set(current.value.conventions.map((c) => c.idcc))
  const added = loaded.branch.conventions.filter((c) => !known.has(c.idcc))
  const merged: Party.ProfessionalBranch = {
    ...current.value,
    conventions: [...current.value.conventions, ...added] as unknown as Party.ProfessionalBranch["conventions"]
  }
  claimIdccs(s, loaded.branch, ref, subject, problems, known)
  s.parties.set(loaded.branch.partyId, { value: merged, provenance: { ...current.provenance, plugin: loaded.label } })
  addBranchContent(s, loaded, ref, problems)
}

const branchesOf = (s: State): ReadonlyArray<string> =>
  [...s.parties.values()].flatMap((e) => (e.value.kind === "branch" ? [e.value.id] : []))

const applyOperation = (
  s: State,
  op: Amendment.Operation | Amendment.CommitteeDecision["operations"][number],
  at: string,
  ref: ActRef,
  plugins: ReadonlyMap<string, BranchPlugin.Loaded>,
  problems: Array<Problem>
): void => {
  const subject = subjectOf(ref)
  switch (op.op) {
    case "branch-joins": {
      const loaded = plugins.get(op.branch.id)
      const existing = s.parties.get(op.branch.partyId)
      if (existing !== undefined) {
        problems.push(
          problem(Codes.compositionBranchAlreadyIn.raise({ branch: op.branch.id }), subject, {
            path: at,
            other: existing.provenance.since.label
          })
        )
        return
      }
      const publisher = Founding.packageOf(op.branch.id)
      // pre#7: only branches within AKTO's scope may join, the scope as in force that day; a
      // founding branch coming back is in by the text itself (pre#6)
      const { scope, ref: scopeAct } = scopeOn(s, ref.effectiveDate)
      const outside =
        publisher !== undefined
          ? []
          : op.branch.conventions.filter((c) => !OpcoScope.covers(scope, c.idcc)).map((c) => c.idcc)
      if (outside.length > 0)
        problems.push(
          problem(
            Codes.compositionOutsideOpcoScope.raise({
              branch: op.branch.id,
              idccs: outside,
              scope: scopeAct.effectiveDate,
              source: `${scope.source.title}, ${scope.source.asOf}`
            }),
            subjectOf(ref, loaded?.label),
            // the place of the one convention outside, in the joining branch's plugin
            {
              path:
                outside.length === 1
                  ? `$.conventions[${op.branch.conventions.findIndex((c) => c.idcc === outside[0])}].idcc`
                  : "$.conventions"
            }
          )
        )
      s.parties.set(op.branch.partyId, entry(op.branch, ref, loaded?.label))
      claimIdccs(s, op.branch, ref, subjectOf(ref, loaded?.label), problems)
      if (loaded !== undefined) addBranchContent(s, loaded, ref, problems)
      return
    }
    case "branch-leaves": {
      const partyId = `branch:${op.branch}`
      const existing = s.parties.get(partyId)
      if (existing === undefined || existing.value.kind !== "branch") {
        problems.push(
          problem(Codes.compositionUnknownBranch.raise({ branch: op.branch, known: branchesOf(s) }), subject, {
            path: `${at}.branch`
          })
        )
        return
      }
      s.parties.delete(partyId)
      s.signatories.delete(partyId)
      for (const [idcc, owner] of s.idccOwner) if (owner.branch === op.branch) s.idccOwner.delete(idcc)
      for (const map of [s.commitments, s.actionTypes, s.indicators] as Array<
        Map<string, Entry<{ readonly id: string }>>
      >)
        for (const [id, e] of map)
          if (Identifier.namespaceOf(id) === op.branch || (e.value as { by?: string }).by === partyId) map.delete(id)
      // a commitment left in force must not cite an action type that left with the branch
      for (const c of s.commitments.values())
        for (const t of c.value.actionTypes ?? [])
          if (!s.actionTypes.has(t))
            problems.push(
              problem(
                Codes.compositionLeavingBranchStillCited.raise({
                  branch: op.branch,
                  commitment: c.value.id,
                  actionType: t
                }),
                subject,
                { path: `${at}.branch`, other: originOf(c.provenance) }
              )
            )
      return
    }
    case "clause-amended": {
      const clause = s.clauses.get(op.clause)
      if (clause === undefined) {
        problems.push(
          problem(DomainCodes.clauseUnknown.raise({ clause: op.clause }), subject, { path: `${at}.clause` })
        )
        return
      }
      // own properties only: a parameter named "constructor" must not reach Object.prototype
      const known: Readonly<Record<string, Parameters.Parameter>> = Object.hasOwn(Parameters.byClause, op.clause)
        ? (Parameters.byClause[op.clause] ?? {})
        : {}
      const parameters = { ...clause.value.parameters }
      for (const [name, value] of Object.entries(op.parameters ?? {})) {
        const parameter = Object.hasOwn(known, name) ? known[name] : undefined
        const where = { path: `${at}.parameters${Diagnostic.formatPath([name]).slice(1)}` }
        if (parameter === undefined) {
          problems.push(
            problem(
              Codes.compositionUnknownParameter.raise({
                clause: op.clause,
                parameter: name,
                known: Object.keys(known)
              }),
              subject,
              where
            )
          )
          continue
        }
        if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
          problems.push(
            problem(
              Codes.compositionParameterValue.raise({
                clause: op.clause,
                parameter: name,
                why: "not-positive-integer"
              }),
              subject,
              where
            )
          )
          continue
        }
        const next = parameter.write({ term: s.term, governance: s.governance }, value)
        // a7#1: the new term must end after the amendment takes effect, on a date that exists
        const end = CalendarDate.addYears(s.base.signatureDate, next.term.durationYears)
        const noticeEnd = CalendarDate.addMonths(end, next.term.termination.noticeMonths)
        if (!isCalendarDay(end) || !isCalendarDay(noticeEnd)) {
          problems.push(
            problem(
              Codes.compositionParameterValue.raise({ clause: op.clause, parameter: name, why: "past-9999" }),
              subject,
              where
            )
          )
          continue
        }
        if (end <= ref.effectiveDate) {
          problems.push(
            problem(
              Codes.compositionTermRetroactive.raise({
                years: next.term.durationYears,
                lastDay: CalendarDate.addDays(end, -1),
                effectiveDate: ref.effectiveDate
              }),
              subject,
              where
            )
          )
          continue
        }
        s.term = next.term
        s.governance = next.governance
        parameters[name] = value
      }
      s.clauses.set(op.clause, {
        value: { ...clause.value, ...(op.summary === undefined ? {} : { summary: op.summary }), parameters },
        provenance: { ...clause.provenance, changedBy: [...clause.provenance.changedBy, ref] }
      })
      return
    }
    case "action-type-added":
      addUnique(s.actionTypes, op.actionType, ref, subject, "action-type", `${at}.actionType.id`, problems)
      return
    case "indicator-added":
      checkIndicator(s, op.indicator, subject, `${at}.indicator`, problems)
      addUnique(s.indicators, op.indicator, ref, subject, "indicator", `${at}.indicator.id`, problems)
      return
  }
}

/** a7#2: an amendment needs the consent of every party bound on its signature date, and of the branch it brings in. */
const checkConsent = (
  s: State,
  act: Amendment.Amendment,
  subject: Annotations.Bilingual,
  problems: Array<Problem>
): void => {
  const joining = act.operations.flatMap((op) => (op.op === "branch-joins" ? [op.branch.partyId as string] : []))
  const bound = boundOn(s, act.signatureDate)
  const signed = new Set(act.signatories.map((x) => x.party as string))
  const missing = [...bound, ...joining].filter((p) => !signed.has(p))
  if (missing.length > 0)
    problems.push(
      problem(Codes.compositionConsentMissing.raise({ signatureDate: act.signatureDate, missing }), subject, {
        path: "$.signatories"
      })
    )
  act.signatories.forEach((x, k) => {
    if (!bound.includes(x.party) && !joining.includes(x.party))
      problems.push(
        problem(
          Codes.compositionUnknownSignatory.raise({ party: x.party, signatureDate: act.signatureDate }),
          subject,
          { path: `$.signatories[${k}].party` }
        )
      )
  })
}

/**
 * a7#3, a7#4: who may end the agreement, who must receive the request, and when it takes effect.
 * Only receipts on or before `day` count: on a day before the last one, the notification is not
 * complete yet. Of several valid requests, the one whose notice ends first ends the agreement.
 */
const applyTermination = (s: State, t: Amendment.Termination, day: CalendarDate.CalendarDate): void => {
  const requesters: ReadonlyArray<string> = typeof t.requestedBy === "string" ? [t.requestedBy] : t.requestedBy
  const requestedBy = listOf(requesters)
  const bound = boundOn(s, t.requestDate)
  const end = endOf(s)
  const reasons: Array<Annotations.Bilingual> = []
  if (t.requestDate < s.base.signatureDate || t.requestDate >= end)
    reasons.push(
      Codes.terminationOutsideTerm.raise({
        requestDate: t.requestDate,
        firstDay: s.base.signatureDate,
        lastDay: CalendarDate.addDays(end, -1)
      }).message
    )
  const outsiders = requesters.filter((p) => !bound.includes(p))
  if (outsiders.length > 0)
    reasons.push(Codes.terminationNotASignatory.raise({ parties: outsiders, requestDate: t.requestDate }).message)
  // a receipt dated before the request cannot be one of it: it is not counted
  const received = new Map<string, CalendarDate.CalendarDate>()
  for (const r of t.receipts)
    if (r.receivedOn >= t.requestDate && r.receivedOn <= day && (received.get(r.party) ?? "9999-12-31") > r.receivedOn)
      received.set(r.party, r.receivedOn)
  const others = bound.filter((p) => !requesters.includes(p))
  const pending = others.filter((p) => !received.has(p) && t.receipts.some((r) => r.party === p && r.receivedOn > day))
  const missing = others.filter((p) => !received.has(p) && !pending.includes(p))
  if (pending.length > 0) reasons.push(Codes.terminationNotificationUnderWay.raise({ day, pending }).message)
  if (missing.length > 0) reasons.push(Codes.terminationReceiptMissing.raise({ missing }).message)
  let candidate: TerminationInForce | undefined
  if (reasons.length === 0) {
    const lastReceipt =
      others
        .map((p) => received.get(p) as CalendarDate.CalendarDate)
        .sort()
        .at(-1) ?? t.requestDate
    const lastDay = CalendarDate.addMonths(lastReceipt, s.term.termination.noticeMonths)
    const effectiveDate = isCalendarDay(lastDay) ? CalendarDate.addDays(lastDay, 1) : undefined
    if (effectiveDate === undefined || !isCalendarDay(effectiveDate) || effectiveDate > end)
      // a7#4 with a7#1: a notice running past the term changes nothing, the agreement expires first
      reasons.push(
        Codes.terminationNoticePastTerm.raise({
          months: s.term.termination.noticeMonths,
          lastDay: CalendarDate.addDays(end, -1)
        }).message
      )
    else
      candidate = {
        requestedBy,
        requesters,
        requestDate: t.requestDate,
        receipts: t.receipts.filter((r) => r.receivedOn <= day),
        lastReceipt,
        lastDay,
        effectiveDate
      }
  }
  s.terminationRequests.push({ requestedBy, requestDate: t.requestDate, reasons, candidate })
  if (candidate !== undefined && (s.termination === undefined || candidate.effectiveDate < s.termination.effectiveDate))
    s.termination = candidate
}

/** Findings as of the end: of the valid requests, only the one that ends the agreement first has effect. */
const findings = (s: State): ReadonlyArray<TerminationFinding> =>
  s.terminationRequests.map(({ candidate, reasons, requestedBy, requestDate }) => {
    const chosen = candidate !== undefined && candidate === s.termination
    const other = s.termination
    return {
      requestedBy,
      requestDate,
      effective: chosen,
      clause: "a7#3" as const,
      reasons:
        candidate !== undefined && !chosen && other !== undefined
          ? [
              ...reasons,
              Codes.terminationSuperseded.raise({
                lastDay: other.lastDay,
                requestedBy: other.requestedBy,
                requestDate: other.requestDate
              }).message
            ]
          : reasons
    }
  })

const applyAct = (
  s: State,
  act: ResolvedAct,
  problems: Array<Problem>,
  day: CalendarDate.CalendarDate = "9999-12-31" as CalendarDate.CalendarDate
): void => {
  const subject = subjectOf(act.ref)
  if (act.kind === "opco-scope") {
    s.scopes.push({ scope: act.act, ref: act.ref })
    s.acts.push(act.ref)
    return
  }
  if (act.kind === "termination") {
    // a request's dates are weighed by its own rules (a7#3): one without effect says why
    applyTermination(s, act.act, day)
    s.acts.push(act.ref)
    return
  }
  // an amendment is dated by its signature, a decision by its meeting
  const signed = act.kind === "amendment" ? act.act.signatureDate : act.act.meetingDate
  if (signed < s.base.signatureDate)
    problems.push(
      problem(
        Codes.compositionActSignedBeforeAgreement.raise({ date: signed, agreementDate: s.base.signatureDate }),
        subject,
        { path: act.kind === "amendment" ? "$.signatureDate" : "$.meetingDate" }
      )
    )
  if (act.ref.effectiveDate < s.base.signatureDate)
    problems.push(
      problem(
        Codes.compositionActBeforeAgreement.raise({
          effectiveDate: act.ref.effectiveDate,
          agreementDate: s.base.signatureDate
        }),
        subject,
        { path: "$.effectiveDate" }
      )
    )
  const end = endOf(s)
  if (act.ref.effectiveDate >= end)
    problems.push(
      problem(
        Codes.compositionActAfterEnd.raise({
          effectiveDate: act.ref.effectiveDate,
          lastDay: CalendarDate.addDays(end, -1)
        }),
        subject,
        { path: "$.effectiveDate" }
      )
    )
  else if (s.termination !== undefined && act.ref.effectiveDate >= s.termination.effectiveDate)
    problems.push(
      problem(
        Codes.compositionActAfterTermination.raise({
          effectiveDate: act.ref.effectiveDate,
          lastDay: s.termination.lastDay,
          requestedBy: s.termination.requestedBy,
          requestDate: s.termination.requestDate
        }),
        subject,
        { path: "$.effectiveDate" }
      )
    )
  if (act.kind === "amendment") {
    if (signed >= s.base.signatureDate) checkConsent(s, act.act, subject, problems)
    act.act.operations.forEach((op, i) => {
      applyOperation(s, op, `$.operations[${i}]`, act.ref, act.plugins, problems)
    })
    for (const signatory of act.act.signatories)
      if (s.parties.has(signatory.party) && !s.signatories.has(signatory.party))
        s.signatories.set(signatory.party, entry(signatory, act.ref))
  } else {
    act.act.operations.forEach((op, i) => {
      applyOperation(s, op, `$.operations[${i}]`, act.ref, new Map(), problems)
    })
    if (act.act.resolves !== undefined && !s.pending.has(act.act.resolves))
      problems.push(
        problem(
          Codes.compositionUnknownPendingDecision.raise({ resolves: act.act.resolves, pending: [...s.pending.keys()] }),
          subject,
          { path: "$.resolves" }
        )
      )
    else if (act.act.resolves !== undefined) s.pending.delete(act.act.resolves)
  }
  s.acts.push(act.ref)
}

// --- resolving acts ---------------------------------------------------------------------------------

const amendmentRef = (number: number, effectiveDate: string): ActRef => ({
  kind: "amendment",
  id: `amendment-${number}`,
  effectiveDate: effectiveDate as CalendarDate.CalendarDate,
  label: Texts.act.amendment(number)
})

const decisionRef = (id: string, effectiveDate: string): ActRef => ({
  kind: "committee-decision",
  id,
  effectiveDate: effectiveDate as CalendarDate.CalendarDate,
  label: Texts.act.decision(id)
})

const diagnosticsAsProblems = (
  subject: Annotations.Bilingual,
  ds: ReadonlyArray<Diagnostic.Diagnostic>
): ReadonlyArray<Problem> => ds.map((d) => fromDiagnostic(d, subject))

const resolveAmendment = (
  act: AmendmentAct,
  sdkVersion: string | undefined,
  source: string | undefined
): Result.Result<ResolvedAct, ReadonlyArray<Problem>> => {
  const input = act.input
  const subject = Texts.within(Texts.act.amendment(String(input?.number)), source)
  if (typeof input !== "object" || input === null)
    return Result.fail([problem(DomainCodes.typeInvalid.raise({ types: ["object"] }), subject, { path: "$" })])
  if (!Array.isArray(input.operations))
    return Result.fail([
      problem(
        input.operations === undefined
          ? DomainCodes.fieldMissing.raise({})
          : DomainCodes.typeInvalid.raise({ types: ["array"] }),
        subject,
        { path: "$.operations" }
      )
    ])
  const problems: Array<Problem> = []
  const plugins = new Map<string, BranchPlugin.Loaded>()
  const operations = input.operations.map((op: OperationInput, i: number) => {
    if (op?.op !== "branch-joins") return op
    if ((op.plugin as { _tag?: unknown } | undefined)?._tag !== "BranchPlugin") {
      problems.push(problem(Codes.actPluginMissing.raise({}), subject, { path: `$.operations[${i}].plugin` }))
      return op
    }
    const loaded = BranchPlugin.load(op.plugin, sdkVersion === undefined ? {} : { sdkVersion })
    if (Result.isFailure(loaded)) {
      problems.push(...loaded.failure.map((p) => ({ ...p, subject: Texts.within(subject, p.subject) })))
      return op
    }
    plugins.set(loaded.success.branch.id, loaded.success)
    const d = loaded.success.declaration
    // the loaded declaration is decoded data; the amendment schema reads the encoded form
    return {
      op: "branch-joins" as const,
      branch: {
        kind: "branch" as const,
        id: d.meta.id,
        partyId: `branch:${d.meta.id}`,
        name: d.meta.name,
        conventions: d.conventions
      },
      commitments: d.commitments,
      actionTypes: d.actionTypes.own,
      indicators: d.indicators
    }
  })
  if (problems.length > 0) return Result.fail(problems)
  const decoded = Diagnostic.decode(Amendment.Amendment)({ ...input, kind: "amendment", operations })
  if (Result.isFailure(decoded)) return Result.fail(diagnosticsAsProblems(subject, decoded.failure))
  return Result.succeed({
    kind: "amendment",
    ref: amendmentRef(decoded.success.number, decoded.success.effectiveDate),
    act: decoded.success,
    plugins
  })
}

const resolveDecision = (
  act: DecisionAct,
  source: string | undefined
): Result.Result<ResolvedAct, ReadonlyArray<Problem>> => {
  const subject = Texts.within(Texts.act.decision(String(act.input?.id)), source)
  const beyond = decisionBeyondPowers(act.input, subject)
  if (beyond.length > 0) return Result.fail(beyond)
  const decoded = Diagnostic.decode(Amendment.CommitteeDecision)({ ...act.input, kind: "committee-decision" })
  if (Result.isFailure(decoded)) return Result.fail(diagnosticsAsProblems(subject, decoded.failure))
  return Result.succeed({
    kind: "committee-decision",
    ref: decisionRef(decoded.success.id, decoded.success.effectiveDate),
    act: decoded.success
  })
}

const resolveTermination = (
  act: TerminationAct,
  source: string | undefined
): Result.Result<ResolvedAct, ReadonlyArray<Problem>> => {
  const by = act.input?.requestedBy
  const subject = Texts.within(Texts.act.terminationBy(Array.isArray(by) ? by.join(", ") : String(by)), source)
  const decoded = Diagnostic.decode(Amendment.Termination)({ ...act.input, kind: "termination" })
  if (Result.isFailure(decoded)) return Result.fail(diagnosticsAsProblems(subject, decoded.failure))
  const t = decoded.success
  const requesters = typeof t.requestedBy === "string" ? t.requestedBy : t.requestedBy.join("+")
  return Result.succeed({
    kind: "termination",
    ref: {
      kind: "termination",
      id: `termination-${requesters}-${t.requestDate}`,
      effectiveDate: t.requestDate,
      label: Texts.act.termination(requesters.replaceAll("+", ", "), t.requestDate)
    },
    act: t
  })
}

const resolveScope = (
  act: ScopeRevisionAct,
  source: string | undefined
): Result.Result<ResolvedAct, ReadonlyArray<Problem>> => {
  const decoded = Diagnostic.decode(OpcoScope.OpcoScope)(act.input)
  if (Result.isFailure(decoded))
    return Result.fail(diagnosticsAsProblems(Texts.within(Texts.act.scopeRevision, source), decoded.failure))
  return Result.succeed({ kind: "opco-scope", ref: scopeRef(decoded.success), act: decoded.success })
}

const kindOrder: Readonly<Record<ResolvedAct["kind"], number>> = {
  "opco-scope": 0,
  amendment: 1,
  "committee-decision": 2,
  termination: 3
}

const order = (a: ResolvedAct, b: ResolvedAct): number => {
  if (a.ref.effectiveDate !== b.ref.effectiveDate) return a.ref.effectiveDate < b.ref.effectiveDate ? -1 : 1
  if (a.kind !== b.kind) return kindOrder[a.kind] - kindOrder[b.kind]
  if (a.kind === "amendment" && b.kind === "amendment" && a.act.number !== b.act.number)
    return a.act.number - b.act.number
  if (a.ref.id !== b.ref.id) return a.ref.id < b.ref.id ? -1 : 1
  // two acts of one id (refused as duplicates): the same order whatever order they were given in
  const ka = `${a.ref.source ?? ""} ${JSON.stringify(a.act)}`
  const kb = `${b.ref.source ?? ""} ${JSON.stringify(b.act)}`
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

/** What to compose. @since 0.1.0 */
export interface Options {
  readonly base: Agreement.Agreement
  /** Plugins of branches that signed the base agreement; they complete those branches. Their order does not matter. */
  readonly founding?: ReadonlyArray<BranchPlugin.BranchPlugin>
  /** Amendments, committee decisions, termination requests and scope revisions, in any order. */
  readonly acts?: ReadonlyArray<Act>
  /** The SDK version plugins are checked against (default: this SDK's). */
  readonly sdkVersion?: string
}

const resolve = (
  act: Act,
  sdkVersion: string | undefined,
  i: number
): Result.Result<ResolvedAct, ReadonlyArray<Problem>> => {
  const notAnAct = () => problem(Codes.compositionNotAnAct.raise({}), Texts.subjects.actAt(i))
  // an act is author-supplied: a throwing getter or proxy becomes a located problem
  try {
    const named = (act as { source?: unknown } | null | undefined)?.source
    // where the act was read from is named in its problems, right after the act
    const source = typeof named === "string" ? named : undefined
    const withSource = (r: Result.Result<ResolvedAct, ReadonlyArray<Problem>>) =>
      source === undefined || Result.isFailure(r)
        ? r
        : Result.succeed({ ...r.success, ref: { ...r.success.ref, source } } as ResolvedAct)
    switch ((act as { _tag?: unknown } | null | undefined)?._tag) {
      case "AmendmentAct":
        return withSource(resolveAmendment(act as AmendmentAct, sdkVersion, source))
      case "DecisionAct":
        return withSource(resolveDecision(act as DecisionAct, source))
      case "TerminationAct":
        return withSource(resolveTermination(act as TerminationAct, source))
      case "ScopeRevisionAct":
        return withSource(resolveScope(act as ScopeRevisionAct, source))
      default:
        return Result.fail([notAnAct()])
    }
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e)
    return Result.fail([problem(Codes.actUnreadable.raise({ error }), Texts.subjects.actAt(i))])
  }
}

/**
 * Composes the base agreement, founding plugins and acts into a timeline, or lists every
 * problem found.
 *
 * @example
 * ```ts
 * import { agreement2024 } from "@accord-jeunes/domain"
 * import { Composition, defineAmendment } from "@accord-jeunes/plugin-sdk"
 * const sign = (party: string) => ({ party, representations: [{ representative: { name: "A. B.", title: "Signataire" } }] })
 * const avenant = defineAmendment({
 *   agreement: "accord-cadre-jeunes-2024", number: 1,
 *   title: { fr: "Avenant n°1", en: "Amendment no. 1" },
 *   signatureDate: "2025-06-02", effectiveDate: "2025-07-01",
 *   // a7#2: every party bound on the signature date consents
 *   signatories: ["state", "unml", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"].map(sign),
 *   operations: [{ op: "clause-amended", clause: "a4#3", parameters: { "minimum-meetings-per-year": 3 } }]
 * })
 * const timeline = Composition.composeOrThrow({ base: agreement2024, acts: [avenant] })
 * Composition.asOf(timeline, "2025-06-30").governance.national.minimumMeetingsPerYear // 2
 * Composition.asOf(timeline, "2025-07-01").governance.national.minimumMeetingsPerYear // 3
 * ```
 * @since 0.1.0
 */
export const compose = (options: Options): Result.Result<Timeline, ReadonlyArray<Problem>> => {
  const problems: Array<Problem> = []
  const founding: Array<BranchPlugin.Loaded> = []
  const sdk = options.sdkVersion === undefined ? {} : { sdkVersion: options.sdkVersion }
  for (const plugin of options.founding ?? []) {
    const loaded =
      (plugin as { _tag?: unknown } | null | undefined)?._tag === "BranchPlugin"
        ? BranchPlugin.load(plugin, sdk)
        : Result.fail<ReadonlyArray<Problem>>([problem(Codes.compositionNotAPlugin.raise({}), Texts.subjects.founding)])
    if (Result.isFailure(loaded)) problems.push(...loaded.failure)
    else founding.push(loaded.success)
  }
  // the result must not depend on the order founding plugins are listed in
  founding.sort((a, b) => (a.branch.id < b.branch.id ? -1 : a.branch.id > b.branch.id ? 1 : 0))
  const resolved: Array<ResolvedAct> = []
  ;(options.acts ?? []).forEach((act, i) => {
    const r = resolve(act, options.sdkVersion, i)
    if (Result.isFailure(r)) problems.push(...r.failure)
    else resolved.push(r.success)
  })
  for (const r of resolved) {
    if (r.kind === "opco-scope") continue
    const agreement = r.act.agreement
    if (agreement !== options.base.id)
      problems.push(
        problem(Codes.compositionOtherAgreement.raise({ agreement, expected: options.base.id }), subjectOf(r.ref), {
          path: "$.agreement"
        })
      )
  }
  resolved.sort(order)
  // an amendment number, or a decision id, names one act only
  const seen = new Map<string, ActRef>()
  for (const r of resolved) {
    const key =
      r.kind === "amendment"
        ? `amendment ${r.act.number}`
        : r.kind === "committee-decision"
          ? `decision ${r.act.id}`
          : r.ref.id
    const first = seen.get(key)
    if (first === undefined) seen.set(key, r.ref)
    else
      problems.push(
        problem(
          Codes.compositionDuplicateAct.raise({ first: first.effectiveDate, second: r.ref.effectiveDate }),
          subjectOf(r.ref),
          { other: subjectOf(first) }
        )
      )
  }
  if (problems.length > 0) return Result.fail(problems)
  const state = initialState(options.base)
  recordMembership(state, resolved)
  for (const f of founding) applyFounding(state, f, problems)
  for (const r of resolved) applyAct(state, r, problems)
  return problems.length > 0 ? Result.fail(problems) : Result.succeed({ base: options.base, founding, acts: resolved })
}

/**
 * Like {@link compose}, but throws a {@link ProblemsError} listing the problems.
 *
 * @since 0.1.0
 */
export const composeOrThrow = (options: Options): Timeline => {
  const r = compose(options)
  if (Result.isFailure(r)) throw new ProblemsError(r.failure)
  return r.success
}

const list = <A>(map: ReadonlyMap<string, Entry<A>>): ReadonlyArray<WithProvenance<A>> =>
  [...map.values()].map((e) => ({ ...e.value, provenance: e.provenance }))

const decodeDay = Diagnostic.decode(CalendarDate.CalendarDate)

/**
 * The agreement as in force on a date, or a problem when the date is not a calendar date
 * (`date.format`, `date.nonexistent`).
 *
 * @since 0.2.0
 */
export const inForceOn = (
  timeline: Timeline,
  date: string
): Result.Result<AgreementInForce, ReadonlyArray<Problem>> => {
  const decoded = decodeDay(date)
  if (Result.isFailure(decoded)) return Result.fail(diagnosticsAsProblems(Texts.subjects.asOf, decoded.failure))
  const day = decoded.success
  const s = initialState(timeline.base)
  const ignored: Array<Problem> = []
  const applied = timeline.acts.filter((act) => act.ref.effectiveDate <= day)
  recordMembership(s, applied)
  for (const f of timeline.founding) applyFounding(s, f, ignored)
  for (const act of applied) applyAct(s, act, ignored, day)
  const stop = stopOf(s)
  const parties = list(s.parties)
  const t = s.termination
  const status: AgreementInForce["status"] =
    day < s.base.signatureDate
      ? "before-signature"
      : day < stop
        ? t !== undefined && day >= t.lastReceipt && t.effectiveDate <= endOf(s)
          ? "terminating"
          : "in-force"
        : t !== undefined && t.effectiveDate <= endOf(s)
          ? "terminated"
          : "expired"
  const scope = scopeOn(s, day)
  return Result.succeed({
    agreement: timeline.base.id,
    title: timeline.base.title,
    date: day,
    status,
    signatureDate: s.base.signatureDate,
    lastDay: CalendarDate.addDays(stop, -1),
    term: s.term,
    signatoryParties: boundOn(s, day < s.base.signatureDate ? s.base.signatureDate : day),
    opcoScope: { ...scope.scope, provenance: scope.ref },
    ...(t === undefined ? {} : { termination: t }),
    terminationRequests: findings(s),
    governance: s.governance,
    signatories: list(s.signatories),
    parties,
    branches: parties.filter((p): p is WithProvenance<Party.ProfessionalBranch> => p.kind === "branch"),
    clauses: list(s.clauses),
    commitments: list(s.commitments),
    actionTypes: list(s.actionTypes),
    indicators: list(s.indicators),
    pendingDecisions: list(s.pending),
    acts: [...s.acts]
  })
}

/**
 * The agreement as in force on a date: the acts effective on or before it, applied in order.
 * Throws a {@link ProblemsError} when the date is not a calendar date (see {@link inForceOn}).
 *
 * @since 0.1.0
 */
export const asOf = (timeline: Timeline, date: string): AgreementInForce => {
  const r = inForceOn(timeline, date)
  if (Result.isFailure(r)) throw new ProblemsError(r.failure)
  return r.success
}

/**
 * The dates on which the agreement changes: its signature, each act's effective date, and the days a
 * termination completes its notification and takes effect.
 *
 * @since 0.1.0
 */
export const changeDates = (timeline: Timeline): ReadonlyArray<CalendarDate.CalendarDate> => {
  const last = asOf(timeline, "9999-12-31")
  const termination =
    last.termination === undefined ? [] : [last.termination.lastReceipt, last.termination.effectiveDate]
  return [
    ...new Set(
      [timeline.base.signatureDate, ...timeline.acts.map((a) => a.ref.effectiveDate), ...termination].filter(
        (d) => d >= timeline.base.signatureDate
      )
    )
  ].sort()
}

/**
 * The branch a collective agreement (IDCC) belongs to on a date, if any.
 *
 * @since 0.1.0
 */
export const branchOfIdcc = (
  inForce: AgreementInForce,
  idcc: string
): WithProvenance<Party.ProfessionalBranch> | undefined =>
  inForce.branches.find((b) => b.conventions.some((c) => c.idcc === idcc))

/**
 * The act that brings a branch or an action type into the agreement, if one of the timeline's acts
 * does (so that a record dated before it can be told when it becomes valid).
 *
 * @example
 * ```ts
 * import { agreement2024 } from "@accord-jeunes/domain"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * const t = Composition.composeOrThrow({ base: agreement2024 })
 * Composition.introducedBy(t, "branch", "proprete") // undefined: no act brings it in
 * ```
 * @since 0.2.0
 */
export const introducedBy = (timeline: Timeline, what: "branch" | "action-type", id: string): ActRef | undefined => {
  for (const act of timeline.acts) {
    if (act.kind !== "amendment" && act.kind !== "committee-decision") continue
    for (const op of act.act.operations) {
      if (what === "branch" && op.op === "branch-joins" && op.branch.id === id) return act.ref
      if (what === "action-type" && op.op === "branch-joins" && op.actionTypes.some((t) => t.id === id)) return act.ref
      if (what === "action-type" && op.op === "action-type-added" && op.actionType.id === id) return act.ref
    }
  }
  return undefined
}
