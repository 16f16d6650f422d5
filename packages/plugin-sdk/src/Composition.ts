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
import * as Founding from "./Founding.js"
import * as Parameters from "./Parameters.js"
import { type Problem, ProblemsError } from "./Problem.js"

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

const labelOfRef = (r: ActRef) => r.label

const baseRef = (a: Agreement.Agreement): ActRef => ({
  kind: "agreement",
  id: a.id,
  effectiveDate: a.signatureDate,
  label: { fr: `accord-cadre du ${a.signatureDate}`, en: `agreement of ${a.signatureDate}` }
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
  label: {
    fr: `champ d'AKTO au ${scope.effectiveDate} (${scope.source.title}, ${scope.source.asOf})`,
    en: `AKTO's scope from ${scope.effectiveDate} (${scope.source.title}, ${scope.source.asOf})`
  }
})

const listOf = (xs: ReadonlyArray<string>) => xs.join(", ")

// --- applying content ----------------------------------------------------------------------------

const subjectOf = (ref: ActRef, plugin?: string) =>
  [
    ref.label.en,
    ...(ref.source === undefined ? [] : [`(${ref.source})`]),
    ...(plugin === undefined ? [] : [`(${plugin})`])
  ].join(" ")

const claimIdccs = (
  s: State,
  branch: Party.ProfessionalBranch,
  ref: ActRef,
  subject: string,
  problems: Array<Problem>
): void => {
  for (const c of branch.conventions) {
    const owner = s.idccOwner.get(c.idcc)
    if (owner !== undefined && owner.branch !== branch.id) {
      problems.push({
        code: "composition.idcc-claimed-twice",
        subject,
        other: `branch ${owner.branch} (${owner.since.label.en})`,
        message: {
          fr: `L'IDCC ${c.idcc} est revendiqué par la branche « ${branch.id} » (${ref.label.fr}) et par la branche « ${owner.branch} » (${owner.since.label.fr}) : une branche est l'ensemble de ses conventions (clause pre#7)`,
          en: `IDCC ${c.idcc} is claimed by branch "${branch.id}" (${ref.label.en}) and by branch "${owner.branch}" (${owner.since.label.en}): a branch is the set of its conventions (clause pre#7)`
        }
      })
    } else s.idccOwner.set(c.idcc, { branch: branch.id, since: ref })
  }
}

const addUnique = <A extends { readonly id: string }>(
  map: Map<string, Entry<A>>,
  value: A,
  ref: ActRef,
  subject: string,
  what: Annotations.Bilingual,
  problems: Array<Problem>,
  plugin?: string
): void => {
  const existing = map.get(value.id)
  if (existing !== undefined) {
    const by = existing.provenance.plugin ?? existing.provenance.since.label.en
    problems.push({
      code: "composition.duplicate-id",
      subject,
      other: by,
      message: {
        fr: `${what.fr} « ${value.id} » est déclaré par ${plugin ?? ref.label.fr} et déjà par ${existing.provenance.plugin ?? existing.provenance.since.label.fr}`,
        en: `${what.en} "${value.id}" is declared by ${plugin ?? ref.label.en} and already by ${by}`
      }
    })
  } else map.set(value.id, entry(value, ref, plugin))
}

const checkCitations = (
  s: State,
  commitment: Commitment.Commitment,
  subject: string,
  problems: Array<Problem>
): void => {
  for (const clause of commitment.clauses)
    if (!s.clauses.has(clause))
      problems.push({
        code: "composition.unknown-clause",
        subject,
        message: {
          fr: `L'engagement « ${commitment.id} » cite la clause « ${clause} », absente de l'accord`,
          en: `Commitment "${commitment.id}" cites clause "${clause}", which the agreement does not have`
        }
      })
  for (const t of commitment.actionTypes ?? [])
    if (!s.actionTypes.has(t))
      problems.push({
        code: "composition.unknown-action-type",
        subject,
        message: {
          fr: `L'engagement « ${commitment.id} » utilise le type d'action « ${t} », absent du catalogue`,
          en: `Commitment "${commitment.id}" uses action type "${t}", which is not in the catalog`
        }
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
  subject: string,
  path: string,
  problems: Array<Problem>
): void => {
  const problem = (code: string, at: string, fr: string, en: string) =>
    problems.push({ code, subject, path: `${path}${at}`, message: { fr, en } })
  const m = indicator.measure
  if (m === undefined) {
    problem(
      "composition.indicator-not-computable",
      ".measure",
      `L'indicateur « ${indicator.id} » ne dit pas comment il se calcule (measure : count, ratio ou mean-days) ; un indicateur du rapport annuel doit pouvoir être calculé (clauses a3.3#4 et a4#4)`,
      `Indicator "${indicator.id}" does not say how it is computed (measure: count, ratio or mean-days); an indicator of the annual report must be computable (clauses a3.3#4 and a4#4)`
    )
    return
  }
  // a ratio is of two counts: a ratio or a mean has no count to divide
  if (m.kind === "ratio")
    for (const [side, id] of [
      ["numerator", m.numerator],
      ["denominator", m.denominator]
    ] as const)
      if (s.indicators.get(id)?.value.measure?.kind !== "count")
        problem(
          "composition.indicator-unknown-reference",
          `.measure.${side}`,
          `L'indicateur « ${indicator.id} » se calcule à partir de « ${id} », qui n'est pas un comptage de l'accord`,
          `Indicator "${indicator.id}" is computed from "${id}", which is not a count of the agreement`
        )
  if (m.kind === "count") {
    for (const t of m.where?.actionTypes ?? [])
      if (!s.actionTypes.has(t))
        problem(
          "composition.indicator-unknown-reference",
          ".measure.where.actionTypes",
          `L'indicateur « ${indicator.id} » compte le type d'action « ${t} », absent du catalogue`,
          `Indicator "${indicator.id}" counts action type "${t}", which is not in the catalogue`
        )
    for (const b of m.where?.branches ?? [])
      if (!s.parties.has(`branch:${b}`))
        problem(
          "composition.indicator-unknown-reference",
          ".measure.where.branches",
          `L'indicateur « ${indicator.id} » compte la branche « ${b} », absente de l'accord`,
          `Indicator "${indicator.id}" counts branch "${b}", which is not in the agreement`
        )
  }
}

/** A branch's content from its plugin: conventions, own action types, indicators, commitments. */
const addBranchContent = (s: State, loaded: BranchPlugin.Loaded, ref: ActRef, problems: Array<Problem>): void => {
  const subject = subjectOf(ref, loaded.label)
  const d = loaded.declaration
  for (const t of d.actionTypes.own)
    addUnique(s.actionTypes, t, ref, subject, { fr: "Le type d'action", en: "Action type" }, problems, loaded.label)
  for (const t of d.actionTypes.catalog)
    if (!s.actionTypes.has(t))
      problems.push({
        code: "composition.unknown-action-type",
        subject,
        message: {
          fr: `Le plugin déclare mener le type d'action « ${t} », absent du catalogue`,
          en: `The plugin declares it runs action type "${t}", which is not in the catalog`
        }
      })
  d.indicators.forEach((i, k) => {
    checkIndicator(s, i, subject, `$.indicators[${k}]`, problems)
    addUnique(s.indicators, i, ref, subject, { fr: "L'indicateur", en: "Indicator" }, problems, loaded.label)
  })
  d.commitments.forEach((c, k) => {
    // pre#7: a branch formalises its own commitments; it cannot bind the other parties
    if (c.by !== loaded.branch.partyId)
      problems.push({
        code: "composition.commitment-binds-other-party",
        subject,
        path: `$.commitments[${k}].by`,
        message: {
          fr: `L'engagement « ${c.id} » engage « ${c.by} » : une branche ne prend d'engagements qu'en son nom (« ${loaded.branch.partyId} », clause pre#7, préambule)`,
          en: `Commitment "${c.id}" binds "${c.by}": a branch makes commitments in its own name only ("${loaded.branch.partyId}", clause pre#7, preamble)`
        }
      })
    checkCitations(s, c, subject, problems)
    addUnique(s.commitments, c, ref, subject, { fr: "L'engagement", en: "Commitment" }, problems, loaded.label)
  })
}

/** pre#6: a founding branch's id belongs to the package that publishes its plugin; another package claiming it is refused. */
const impostor = (loaded: BranchPlugin.Loaded, subject: string): Problem | undefined => {
  const publisher = Founding.packageOf(loaded.branch.id)
  const packageName = loaded.declaration.meta.packageName
  return publisher === undefined || publisher === packageName
    ? undefined
    : {
        code: "composition.founding-impostor",
        subject,
        other: publisher,
        path: "$.meta.packageName",
        message: {
          fr: `La branche fondatrice « ${loaded.branch.id} » est publiée par ${publisher}, pas par ${packageName} (clause pre#6, préambule)`,
          en: `Founding branch "${loaded.branch.id}" is published by ${publisher}, not by ${packageName} (clause pre#6, preamble)`
        }
      }
}

const applyFounding = (s: State, loaded: BranchPlugin.Loaded, problems: Array<Problem>): void => {
  const ref = s.acts[0] as ActRef
  const subject = subjectOf(ref, loaded.label)
  const refused = impostor(loaded, subject)
  if (refused !== undefined) {
    problems.push(refused)
    return
  }
  const current = s.parties.get(loaded.branch.partyId)
  if (current === undefined || current.value.kind !== "branch") {
    problems.push({
      code: "composition.not-a-founding-branch",
      subject,
      message: {
        fr: `La branche « ${loaded.branch.id} » n'est pas signataire de l'accord d'origine : elle le rejoint par un avenant`,
        en: `Branch "${loaded.branch.id}" is not a founding branch of the agreement: it joins by amendment`
      }
    })
    return
  }
  // the plugin may complete the branch's set of conventions (e.g. regional ones)
  const known = new Set(current.value.conventions.map((c) => c.idcc))
  const added = loaded.branch.conventions.filter((c) => !known.has(c.idcc))
  const merged: Party.ProfessionalBranch = {
    ...current.value,
    conventions: [...current.value.conventions, ...added] as unknown as Party.ProfessionalBranch["conventions"]
  }
  claimIdccs(
    s,
    { ...merged, conventions: added as unknown as Party.ProfessionalBranch["conventions"] },
    ref,
    subject,
    problems
  )
  s.parties.set(loaded.branch.partyId, { value: merged, provenance: { ...current.provenance, plugin: loaded.label } })
  addBranchContent(s, loaded, ref, problems)
}

const unknownBranch = (subject: string, branch: string): Problem => ({
  code: "composition.unknown-branch",
  subject,
  message: {
    fr: `La branche « ${branch} » n'est pas dans l'accord à cette date`,
    en: `Branch "${branch}" is not in the agreement on that date`
  }
})

const applyOperation = (
  s: State,
  op: Amendment.Operation | Amendment.CommitteeDecision["operations"][number],
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
        problems.push({
          code: "composition.branch-already-in",
          subject,
          other: existing.provenance.since.label.en,
          message: {
            fr: `La branche « ${op.branch.id} » est déjà dans l'accord (${existing.provenance.since.label.fr}, clause pre#7)`,
            en: `Branch "${op.branch.id}" is already in the agreement (${existing.provenance.since.label.en}, clause pre#7)`
          }
        })
        return
      }
      const refused = loaded === undefined ? undefined : impostor(loaded, subjectOf(ref, loaded.label))
      if (refused !== undefined) {
        problems.push(refused)
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
        problems.push({
          code: "composition.outside-opco-scope",
          subject: subjectOf(ref, loaded?.label),
          other: scopeAct.label.en,
          message: {
            fr: `La branche « ${op.branch.id} » ne peut rejoindre l'accord que dans le champ d'AKTO (clause pre#7, préambule) : IDCC ${listOf(outside)} hors du champ selon ${scopeAct.label.fr}`,
            en: `Branch "${op.branch.id}" may join only within AKTO's scope (clause pre#7, preamble): IDCC ${listOf(outside)} outside it according to ${scopeAct.label.en}`
          }
        })
      s.parties.set(op.branch.partyId, entry(op.branch, ref, loaded?.label))
      claimIdccs(s, op.branch, ref, subjectOf(ref, loaded?.label), problems)
      if (loaded !== undefined) addBranchContent(s, loaded, ref, problems)
      return
    }
    case "branch-leaves": {
      const partyId = `branch:${op.branch}`
      const existing = s.parties.get(partyId)
      if (existing === undefined || existing.value.kind !== "branch") {
        problems.push(unknownBranch(subject, op.branch))
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
            problems.push({
              code: "composition.leaving-branch-still-cited",
              subject,
              other: c.provenance.plugin ?? c.provenance.since.label.en,
              message: {
                fr: `La branche « ${op.branch} » quitte l'accord mais l'engagement « ${c.value.id} » cite encore son type d'action « ${t} »`,
                en: `Branch "${op.branch}" leaves the agreement but commitment "${c.value.id}" still cites its action type "${t}"`
              }
            })
      return
    }
    case "clause-amended": {
      const clause = s.clauses.get(op.clause)
      if (clause === undefined) {
        problems.push({
          code: "composition.unknown-clause",
          subject,
          message: {
            fr: `L'avenant modifie la clause « ${op.clause} », absente de l'accord`,
            en: `The amendment changes clause "${op.clause}", which the agreement does not have`
          }
        })
        return
      }
      // own properties only: a parameter named "constructor" must not reach Object.prototype
      const known: Readonly<Record<string, Parameters.Parameter>> = Object.hasOwn(Parameters.byClause, op.clause)
        ? (Parameters.byClause[op.clause] ?? {})
        : {}
      const parameters = { ...clause.value.parameters }
      for (const [name, value] of Object.entries(op.parameters ?? {})) {
        const parameter = Object.hasOwn(known, name) ? known[name] : undefined
        if (parameter === undefined) {
          const list = Object.keys(known)
          problems.push({
            code: "composition.unknown-parameter",
            subject,
            message: {
              fr: `La clause « ${op.clause} » n'a pas de paramètre « ${name} »${list.length > 0 ? ` (paramètres : ${list.join(", ")})` : " (aucun paramètre)"}`,
              en: `Clause "${op.clause}" has no parameter "${name}"${list.length > 0 ? ` (parameters: ${list.join(", ")})` : " (it has none)"}`
            }
          })
          continue
        }
        if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
          problems.push({
            code: "composition.parameter-value",
            subject,
            message: {
              fr: `Le paramètre « ${name} » de la clause « ${op.clause} » attend un entier positif (${parameter.description.fr})`,
              en: `Parameter "${name}" of clause "${op.clause}" takes a positive whole number (${parameter.description.en})`
            }
          })
          continue
        }
        const next = parameter.write({ term: s.term, governance: s.governance }, value)
        // a7#1: the new term must end after the amendment takes effect, on a date that exists
        const end = CalendarDate.addYears(s.base.signatureDate, next.term.durationYears)
        const noticeEnd = CalendarDate.addMonths(end, next.term.termination.noticeMonths)
        if (!isCalendarDay(end) || !isCalendarDay(noticeEnd)) {
          problems.push({
            code: "composition.parameter-value",
            subject,
            message: {
              fr: `Le paramètre « ${name} » de la clause « ${op.clause} » donne une date au-delà de l'an 9999 (clauses a7#1, a7#4, article 7)`,
              en: `Parameter "${name}" of clause "${op.clause}" gives a date past year 9999 (clauses a7#1, a7#4, article 7)`
            }
          })
          continue
        }
        if (end <= ref.effectiveDate) {
          problems.push({
            code: "composition.term-retroactive",
            subject,
            message: {
              fr: `Avec une durée de ${next.term.durationYears} an(s), l'accord aurait pris fin le ${CalendarDate.addDays(end, -1)}, avant que ${ref.label.fr} prenne effet (${ref.effectiveDate}) : un avenant modifie l'accord en vigueur (clause a7#2) et ne peut, selon la lecture du projet, y avoir mis fin avant de prendre effet (docs/signatories.md)`,
              en: `With a duration of ${next.term.durationYears} year(s), the agreement would have ended on ${CalendarDate.addDays(end, -1)}, before ${ref.label.en} takes effect (${ref.effectiveDate}): an amendment changes the agreement in force (clause a7#2) and, on the project's reading, cannot have ended it before it takes effect (docs/signatories.md)`
            }
          })
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
      addUnique(s.actionTypes, op.actionType, ref, subject, { fr: "Le type d'action", en: "Action type" }, problems)
      return
    case "indicator-added":
      checkIndicator(s, op.indicator, subject, "$.operations[].indicator", problems)
      addUnique(s.indicators, op.indicator, ref, subject, { fr: "L'indicateur", en: "Indicator" }, problems)
      return
  }
}

/** a7#2: an amendment needs the consent of every party bound on its signature date, and of the branch it brings in. */
const checkConsent = (
  s: State,
  act: Amendment.Amendment,
  ref: ActRef,
  subject: string,
  problems: Array<Problem>
): void => {
  const joining = act.operations.flatMap((op) => (op.op === "branch-joins" ? [op.branch.partyId as string] : []))
  const bound = boundOn(s, act.signatureDate)
  const signed = new Set(act.signatories.map((x) => x.party as string))
  const missing = [...bound, ...joining].filter((p) => !signed.has(p))
  if (missing.length > 0)
    problems.push({
      code: "composition.consent-missing",
      subject,
      path: "$.signatories",
      message: {
        fr: `${ref.label.fr} n'engage les parties qu'avec l'accord de toutes les parties signataires à sa date de signature (${act.signatureDate}) et de la branche qu'il fait entrer (clause a7#2, article 7) : il manque la signature de ${listOf(missing)}`,
        en: `${ref.label.en} binds the parties only with the consent of every signatory party on its signature date (${act.signatureDate}) and of any branch it brings in (clause a7#2, article 7): missing the signature of ${listOf(missing)}`
      }
    })
  for (const x of act.signatories)
    if (!bound.includes(x.party) && !joining.includes(x.party))
      problems.push({
        code: "composition.unknown-signatory",
        subject,
        path: "$.signatories",
        message: {
          fr: `Le signataire « ${x.party} » n'est pas une partie de l'accord le ${act.signatureDate}, et l'avenant ne le fait pas entrer (clause a7#2)`,
          en: `Signatory "${x.party}" is not a party to the agreement on ${act.signatureDate}, and the amendment does not bring it in (clause a7#2)`
        }
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
    reasons.push({
      fr: `La demande du ${t.requestDate} est faite hors de la durée de l'accord (du ${s.base.signatureDate} au ${CalendarDate.addDays(end, -1)}, clause a7#1)`,
      en: `The request of ${t.requestDate} is made outside the agreement's term (${s.base.signatureDate} to ${CalendarDate.addDays(end, -1)}, clause a7#1)`
    })
  const outsiders = requesters.filter((p) => !bound.includes(p))
  if (outsiders.length > 0)
    reasons.push({
      fr: `${listOf(outsiders)} n'est pas une partie signataire le ${t.requestDate} : seule une partie signataire peut demander la résiliation (clause a7#3, article 7)`,
      en: `${listOf(outsiders)} is not a signatory party on ${t.requestDate}: only a signatory party may ask to end the agreement (clause a7#3, article 7)`
    })
  // a receipt dated before the request cannot be one of it: it is not counted
  const received = new Map<string, CalendarDate.CalendarDate>()
  for (const r of t.receipts)
    if (r.receivedOn >= t.requestDate && r.receivedOn <= day && (received.get(r.party) ?? "9999-12-31") > r.receivedOn)
      received.set(r.party, r.receivedOn)
  const others = bound.filter((p) => !requesters.includes(p))
  const pending = others.filter((p) => !received.has(p) && t.receipts.some((r) => r.party === p && r.receivedOn > day))
  const missing = others.filter((p) => !received.has(p) && !pending.includes(p))
  if (pending.length > 0)
    reasons.push({
      fr: `Notification en cours au ${day} : ${listOf(pending)} ne l'a pas encore reçue (clause a7#3, article 7)`,
      en: `Notification under way on ${day}: ${listOf(pending)} has not received it yet (clause a7#3, article 7)`
    })
  if (missing.length > 0)
    reasons.push({
      fr: `La demande doit être reçue par toutes les autres parties (clause a7#3, article 7) : pas d'accusé de réception de ${listOf(missing)}, ou un accusé antérieur à la demande`,
      en: `The request must be received by every other party (clause a7#3, article 7): no acknowledgement of receipt from ${listOf(missing)}, or one dated before the request`
    })
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
      reasons.push({
        fr: `Le préavis de ${s.term.termination.noticeMonths} mois (clause a7#4) finirait après le terme de l'accord (${CalendarDate.addDays(end, -1)}, clause a7#1) : l'accord arrive à son terme d'abord`,
        en: `The ${s.term.termination.noticeMonths}-month notice (clause a7#4) would end after the agreement's term (${CalendarDate.addDays(end, -1)}, clause a7#1): the agreement expires first`
      })
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
              {
                fr: `Une autre demande met fin à l'accord plus tôt : dernier jour le ${other.lastDay} (demande de ${other.requestedBy} du ${other.requestDate})`,
                en: `Another request ends the agreement sooner: last day ${other.lastDay} (request by ${other.requestedBy} of ${other.requestDate})`
              }
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
    problems.push({
      code: "composition.act-signed-before-agreement",
      subject,
      other: baseRef(s.base).label.en,
      message: {
        fr: `${act.ref.label.fr} est daté du ${signed}, avant l'accord qu'il modifie (${s.base.signatureDate}, clause a7#1)`,
        en: `${act.ref.label.en} is dated ${signed}, before the agreement it changes (${s.base.signatureDate}, clause a7#1)`
      }
    })
  if (act.ref.effectiveDate < s.base.signatureDate)
    problems.push({
      code: "composition.act-before-agreement",
      subject,
      other: baseRef(s.base).label.en,
      message: {
        fr: `${act.ref.label.fr} prend effet le ${act.ref.effectiveDate}, avant l'accord (${s.base.signatureDate}, clause a7#1)`,
        en: `${act.ref.label.en} takes effect on ${act.ref.effectiveDate}, before the agreement (${s.base.signatureDate}, clause a7#1)`
      }
    })
  const end = endOf(s)
  if (act.ref.effectiveDate >= end)
    problems.push({
      code: "composition.act-after-end",
      subject,
      other: baseRef(s.base).label.en,
      message: {
        fr: `${act.ref.label.fr} prend effet le ${act.ref.effectiveDate}, après la fin de l'accord (dernier jour : ${CalendarDate.addDays(end, -1)}, clause a7#1)`,
        en: `${act.ref.label.en} takes effect on ${act.ref.effectiveDate}, after the agreement ends (last day: ${CalendarDate.addDays(end, -1)}, clause a7#1)`
      }
    })
  else if (s.termination !== undefined && act.ref.effectiveDate >= s.termination.effectiveDate)
    problems.push({
      code: "composition.act-after-termination",
      subject,
      message: {
        fr: `${act.ref.label.fr} prend effet le ${act.ref.effectiveDate}, après la résiliation de l'accord (dernier jour : ${s.termination.lastDay}, demande de ${s.termination.requestedBy} du ${s.termination.requestDate} ; clauses a7#3 et a7#4)`,
        en: `${act.ref.label.en} takes effect on ${act.ref.effectiveDate}, after the agreement was terminated (last day: ${s.termination.lastDay}, request by ${s.termination.requestedBy} of ${s.termination.requestDate}; clauses a7#3 and a7#4)`
      }
    })
  if (act.kind === "amendment") {
    if (signed >= s.base.signatureDate) checkConsent(s, act.act, act.ref, subject, problems)
    for (const op of act.act.operations) applyOperation(s, op, act.ref, act.plugins, problems)
    for (const signatory of act.act.signatories)
      if (s.parties.has(signatory.party) && !s.signatories.has(signatory.party))
        s.signatories.set(signatory.party, entry(signatory, act.ref))
  } else {
    for (const op of act.act.operations) applyOperation(s, op, act.ref, new Map(), problems)
    if (act.act.resolves !== undefined && s.pending.delete(act.act.resolves) === false)
      problems.push({
        code: "composition.unknown-pending-decision",
        subject,
        message: {
          fr: `La décision règle « ${act.act.resolves} », qui n'est pas une décision attendue`,
          en: `The decision resolves "${act.act.resolves}", which is not a pending decision`
        }
      })
  }
  s.acts.push(act.ref)
}

// --- resolving acts ---------------------------------------------------------------------------------

const amendmentRef = (number: number, effectiveDate: string): ActRef => ({
  kind: "amendment",
  id: `amendment-${number}`,
  effectiveDate: effectiveDate as CalendarDate.CalendarDate,
  label: { fr: `avenant n°${number}`, en: `amendment no. ${number}` }
})

const decisionRef = (id: string, effectiveDate: string): ActRef => ({
  kind: "committee-decision",
  id,
  effectiveDate: effectiveDate as CalendarDate.CalendarDate,
  label: { fr: `décision ${id} du comité national`, en: `national committee decision ${id}` }
})

const diagnosticsAsProblems = (subject: string, ds: ReadonlyArray<Diagnostic.Diagnostic>): ReadonlyArray<Problem> =>
  ds.map((d) => ({ code: d.code, subject, path: Diagnostic.formatPath(d.path), message: d.message }))

const resolveAmendment = (
  act: AmendmentAct,
  sdkVersion: string | undefined
): Result.Result<ResolvedAct, ReadonlyArray<Problem>> => {
  const input = act.input
  const subject = `amendment no. ${String(input?.number)}`
  if (typeof input !== "object" || input === null || !Array.isArray(input.operations))
    return Result.fail(
      diagnosticsAsProblems(subject, [
        {
          path: ["operations"],
          code: "field.missing",
          message: { fr: "Attendu : une liste d'opérations", en: "Expected a list of operations" }
        }
      ])
    )
  const problems: Array<Problem> = []
  const plugins = new Map<string, BranchPlugin.Loaded>()
  const operations = input.operations.map((op: OperationInput, i: number) => {
    if (op?.op !== "branch-joins") return op
    if ((op.plugin as { _tag?: unknown } | undefined)?._tag !== "BranchPlugin") {
      problems.push({
        code: "act.plugin-missing",
        subject,
        path: `$.operations[${i}].plugin`,
        message: {
          fr: "Attendu : le plugin de la branche qui rejoint l'accord (fait avec defineBranchPlugin)",
          en: "Expected the joining branch's plugin (made with defineBranchPlugin)"
        }
      })
      return op
    }
    const loaded = BranchPlugin.load(op.plugin, sdkVersion === undefined ? {} : { sdkVersion })
    if (Result.isFailure(loaded)) {
      problems.push(...loaded.failure.map((p) => ({ ...p, subject: `${subject} (${p.subject})` })))
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

const resolveDecision = (act: DecisionAct): Result.Result<ResolvedAct, ReadonlyArray<Problem>> => {
  const subject = `committee decision ${String(act.input?.id)}`
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

const resolveTermination = (act: TerminationAct): Result.Result<ResolvedAct, ReadonlyArray<Problem>> => {
  const by = act.input?.requestedBy
  const subject = `termination request by ${Array.isArray(by) ? by.join(", ") : String(by)}`
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
      label: {
        fr: `demande de résiliation de ${requesters.replaceAll("+", ", ")} du ${t.requestDate}`,
        en: `termination request by ${requesters.replaceAll("+", ", ")} of ${t.requestDate}`
      }
    },
    act: t
  })
}

const resolveScope = (act: ScopeRevisionAct): Result.Result<ResolvedAct, ReadonlyArray<Problem>> => {
  const decoded = Diagnostic.decode(OpcoScope.OpcoScope)(act.input)
  if (Result.isFailure(decoded)) return Result.fail(diagnosticsAsProblems("AKTO scope revision", decoded.failure))
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
  const notAnAct: Problem = {
    code: "composition.not-an-act",
    subject: `acts[${i}]`,
    message: {
      fr: "Attendu : un acte fait avec defineAmendment, defineCommitteeDecision, defineTermination ou defineScopeRevision",
      en: "Expected an act made with defineAmendment, defineCommitteeDecision, defineTermination or defineScopeRevision"
    }
  }
  // an act is author-supplied: a throwing getter or proxy becomes a located problem
  try {
    const source = (act as { source?: unknown } | null | undefined)?.source
    if (typeof source === "string") {
      const bare = {
        _tag: act._tag,
        get input() {
          return act.input
        }
      } as Act
      const r = resolve(bare, sdkVersion, i)
      return Result.isFailure(r)
        ? Result.fail(r.failure.map((p) => ({ ...p, subject: `${p.subject} (${source})` })))
        : Result.succeed({ ...r.success, ref: { ...r.success.ref, source } } as ResolvedAct)
    }
    switch ((act as { _tag?: unknown } | null | undefined)?._tag) {
      case "AmendmentAct":
        return resolveAmendment(act as AmendmentAct, sdkVersion)
      case "DecisionAct":
        return resolveDecision(act as DecisionAct)
      case "TerminationAct":
        return resolveTermination(act as TerminationAct)
      case "ScopeRevisionAct":
        return resolveScope(act as ScopeRevisionAct)
      default:
        return Result.fail([notAnAct])
    }
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e)
    return Result.fail([
      {
        code: "act.unreadable",
        subject: `acts[${i}]`,
        message: { fr: `L'acte n'a pas pu être lu : ${m}`, en: `The act could not be read: ${m}` }
      }
    ])
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
        : Result.fail<ReadonlyArray<Problem>>([
            {
              code: "composition.not-a-plugin",
              subject: "founding",
              message: {
                fr: "Attendu : un plugin de branche fait avec defineBranchPlugin",
                en: "Expected a branch plugin made with defineBranchPlugin"
              }
            }
          ])
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
      problems.push({
        code: "composition.other-agreement",
        subject: r.ref.label.en,
        message: {
          fr: `${r.ref.label.fr} porte sur l'accord « ${agreement} », pas sur « ${options.base.id} »`,
          en: `${r.ref.label.en} is about agreement "${agreement}", not "${options.base.id}"`
        }
      })
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
      problems.push({
        code: "composition.duplicate-act",
        subject: r.ref.label.en,
        other: first.label.en,
        message: {
          fr: `${r.ref.label.fr} est déclaré deux fois (effets au ${first.effectiveDate}${first.source === undefined ? "" : `, ${first.source}`} et au ${r.ref.effectiveDate}${r.ref.source === undefined ? "" : `, ${r.ref.source}`})`,
          en: `${r.ref.label.en} is declared twice (effective ${first.effectiveDate}${first.source === undefined ? "" : `, ${first.source}`} and ${r.ref.effectiveDate}${r.ref.source === undefined ? "" : `, ${r.ref.source}`})`
        }
      })
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

const invalidDate = (date: unknown): Problem => ({
  code: "date.invalid",
  subject: "asOf",
  message: {
    fr: `Attendu : une date qui existe au calendrier, au format AAAA-MM-JJ (reçu « ${String(date).slice(0, 40)} »)`,
    en: `Expected a date that exists in the calendar, formatted YYYY-MM-DD (got "${String(date).slice(0, 40)}")`
  }
})

/**
 * The agreement as in force on a date, or a problem when the date is not a calendar date.
 *
 * @since 0.2.0
 */
export const inForceOn = (
  timeline: Timeline,
  date: string
): Result.Result<AgreementInForce, ReadonlyArray<Problem>> => {
  if (!CalendarDate.isValidDate(date)) return Result.fail([invalidDate(date)])
  const day = date
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

export { labelOfRef as actLabel }

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
