/**
 * Composition: the base agreement, the founding branches' plugins, and the amendments and
 * committee decisions, into a timeline; `asOf(timeline, date)` gives the agreement in force that
 * day, each element knowing which act brought it in or changed it.
 *
 * Composition is deterministic: acts are ordered by effective date, then amendments before
 * decisions, then by number or id, whatever order they are given in. It refuses, naming both
 * sides: an IDCC claimed by two branches, an id declared twice, an operation on an unknown clause
 * or branch, an act effective before the agreement or after its end, a plugin outside the SDK range.
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
  Party
} from "@accord-jeunes/domain"
import * as Result from "effect/Result"
import type { Act, AmendmentAct, DecisionAct, OperationInput } from "./Act.js"
import * as BranchPlugin from "./BranchPlugin.js"
import * as Parameters from "./Parameters.js"
import { type Problem, ProblemsError } from "./Problem.js"

/**
 * A reference to the act that brought an element in or changed it.
 *
 * @since 0.1.0
 */
export interface ActRef {
  readonly kind: "agreement" | "amendment" | "committee-decision"
  readonly id: string
  readonly effectiveDate: CalendarDate.CalendarDate
  readonly label: Annotations.Bilingual
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
  /** Before signature, in force, or past its term (termination by notice is the engine's concern). */
  readonly status: "before-signature" | "in-force" | "expired"
  readonly signatureDate: CalendarDate.CalendarDate
  /** The last day of the term, with the duration in force on `date` (a7#1). */
  readonly lastDay: CalendarDate.CalendarDate
  readonly term: Agreement.Term
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

type ResolvedAct =
  | {
      readonly kind: "amendment"
      readonly ref: ActRef
      readonly act: Amendment.Amendment
      readonly plugins: ReadonlyMap<string, BranchPlugin.Loaded>
    }
  | { readonly kind: "committee-decision"; readonly ref: ActRef; readonly act: Amendment.CommitteeDecision }

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
    acts: [ref]
  }
  for (const b of base.parties)
    if (b.kind === "branch") for (const c of b.conventions) state.idccOwner.set(c.idcc, { branch: b.id, since: ref })
  return state
}

const endOf = (s: State): CalendarDate.CalendarDate => CalendarDate.addYears(s.base.signatureDate, s.term.durationYears)

// --- applying content ----------------------------------------------------------------------------

const subjectOf = (ref: ActRef, plugin?: string) =>
  plugin === undefined ? ref.label.en : `${ref.label.en} (${plugin})`

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
          fr: `L'IDCC ${c.idcc} est revendiqué par la branche « ${branch.id} » (${ref.label.fr}) et par la branche « ${owner.branch} » (${owner.since.label.fr})`,
          en: `IDCC ${c.idcc} is claimed by branch "${branch.id}" (${ref.label.en}) and by branch "${owner.branch}" (${owner.since.label.en})`
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
  for (const i of d.indicators)
    addUnique(s.indicators, i, ref, subject, { fr: "L'indicateur", en: "Indicator" }, problems, loaded.label)
  for (const c of d.commitments) {
    checkCitations(s, c, subject, problems)
    addUnique(s.commitments, c, ref, subject, { fr: "L'engagement", en: "Commitment" }, problems, loaded.label)
  }
}

const applyFounding = (s: State, loaded: BranchPlugin.Loaded, problems: Array<Problem>): void => {
  const ref = s.acts[0] as ActRef
  const subject = subjectOf(ref, loaded.label)
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
            fr: `La branche « ${op.branch.id} » est déjà dans l'accord (${existing.provenance.since.label.fr})`,
            en: `Branch "${op.branch.id}" is already in the agreement (${existing.provenance.since.label.en})`
          }
        })
        return
      }
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
      const known = Parameters.byClause[op.clause] ?? {}
      const parameters = { ...clause.value.parameters }
      for (const [name, value] of Object.entries(op.parameters ?? {})) {
        const parameter = known[name]
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
      addUnique(s.indicators, op.indicator, ref, subject, { fr: "L'indicateur", en: "Indicator" }, problems)
      return
  }
}

const applyAct = (s: State, act: ResolvedAct, problems: Array<Problem>): void => {
  const subject = subjectOf(act.ref)
  if (act.ref.effectiveDate < s.base.signatureDate)
    problems.push({
      code: "composition.act-before-agreement",
      subject,
      other: baseRef(s.base).label.en,
      message: {
        fr: `${act.ref.label.fr} prend effet le ${act.ref.effectiveDate}, avant l'accord (${s.base.signatureDate})`,
        en: `${act.ref.label.en} takes effect on ${act.ref.effectiveDate}, before the agreement (${s.base.signatureDate})`
      }
    })
  const end = endOf(s)
  if (act.ref.effectiveDate >= end)
    problems.push({
      code: "composition.act-after-end",
      subject,
      other: baseRef(s.base).label.en,
      message: {
        fr: `${act.ref.label.fr} prend effet le ${act.ref.effectiveDate}, après la fin de l'accord (dernier jour : ${CalendarDate.addDays(end, -1)})`,
        en: `${act.ref.label.en} takes effect on ${act.ref.effectiveDate}, after the agreement ends (last day: ${CalendarDate.addDays(end, -1)})`
      }
    })
  if (act.kind === "amendment") {
    for (const op of act.act.operations) applyOperation(s, op, act.ref, act.plugins, problems)
    for (const signatory of act.act.signatories) {
      if (!s.parties.has(signatory.party))
        problems.push({
          code: "composition.unknown-signatory",
          subject,
          message: {
            fr: `Le signataire « ${signatory.party} » n'est pas une partie de l'accord`,
            en: `Signatory "${signatory.party}" is not a party to the agreement`
          }
        })
      else if (!s.signatories.has(signatory.party)) s.signatories.set(signatory.party, entry(signatory, act.ref))
    }
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
  const subject = `amendment no. ${String(input.number)}`
  const problems: Array<Problem> = []
  const plugins = new Map<string, BranchPlugin.Loaded>()
  const operations = input.operations.map((op: OperationInput) => {
    if (op.op !== "branch-joins") return op
    const loaded = BranchPlugin.load(op.plugin, sdkVersion === undefined ? {} : { sdkVersion })
    if (Result.isFailure(loaded)) {
      problems.push(...loaded.failure.map((p) => ({ ...p, subject: `${subject} (${p.subject})` })))
      return op
    }
    plugins.set(loaded.success.branch.id, loaded.success)
    // the plugin's input is already in the encoded (JSON) form the amendment schema reads
    const d = op.plugin.input
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
  const subject = `committee decision ${String(act.input.id)}`
  const decoded = Diagnostic.decode(Amendment.CommitteeDecision)({ ...act.input, kind: "committee-decision" })
  if (Result.isFailure(decoded)) return Result.fail(diagnosticsAsProblems(subject, decoded.failure))
  return Result.succeed({
    kind: "committee-decision",
    ref: decisionRef(decoded.success.id, decoded.success.effectiveDate),
    act: decoded.success
  })
}

const order = (a: ResolvedAct, b: ResolvedAct): number => {
  if (a.ref.effectiveDate !== b.ref.effectiveDate) return a.ref.effectiveDate < b.ref.effectiveDate ? -1 : 1
  if (a.kind !== b.kind) return a.kind === "amendment" ? -1 : 1
  if (a.kind === "amendment" && b.kind === "amendment") return a.act.number - b.act.number
  return a.ref.id < b.ref.id ? -1 : a.ref.id > b.ref.id ? 1 : 0
}

/** What to compose. @since 0.1.0 */
export interface Options {
  readonly base: Agreement.Agreement
  /** Plugins of branches that signed the base agreement; they complete those branches. */
  readonly founding?: ReadonlyArray<BranchPlugin.BranchPlugin>
  /** Amendments and committee decisions, in any order. */
  readonly acts?: ReadonlyArray<Act>
  /** The SDK version plugins are checked against (default: this SDK's). */
  readonly sdkVersion?: string
}

/**
 * Composes the base agreement, founding plugins and acts into a timeline, or lists every
 * problem found.
 *
 * @example
 * ```ts
 * import { agreement2024 } from "@accord-jeunes/domain"
 * import { Composition, defineAmendment } from "@accord-jeunes/plugin-sdk"
 * const avenant = defineAmendment({
 *   agreement: "accord-cadre-jeunes-2024", number: 1,
 *   title: { fr: "Avenant n°1", en: "Amendment no. 1" },
 *   signatureDate: "2025-06-02", effectiveDate: "2025-07-01",
 *   signatories: [{ party: "state", representations: [{ representative: { name: "A. B.", title: "Déléguée générale" } }] }],
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
  for (const plugin of options.founding ?? []) {
    const loaded = BranchPlugin.load(plugin, options.sdkVersion === undefined ? {} : { sdkVersion: options.sdkVersion })
    if (Result.isFailure(loaded)) problems.push(...loaded.failure)
    else founding.push(loaded.success)
  }
  const resolved: Array<ResolvedAct> = []
  for (const act of options.acts ?? []) {
    const r = act._tag === "AmendmentAct" ? resolveAmendment(act, options.sdkVersion) : resolveDecision(act)
    if (Result.isFailure(r)) problems.push(...r.failure)
    else resolved.push(r.success)
  }
  for (const r of resolved) {
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
    const key = r.kind === "amendment" ? `amendment ${r.act.number}` : `decision ${r.act.id}`
    const first = seen.get(key)
    if (first === undefined) seen.set(key, r.ref)
    else
      problems.push({
        code: "composition.duplicate-act",
        subject: r.ref.label.en,
        other: first.label.en,
        message: {
          fr: `${r.ref.label.fr} est déclaré deux fois (effets au ${first.effectiveDate} et au ${r.ref.effectiveDate})`,
          en: `${r.ref.label.en} is declared twice (effective ${first.effectiveDate} and ${r.ref.effectiveDate})`
        }
      })
  }
  if (problems.length > 0) return Result.fail(problems)
  const state = initialState(options.base)
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

/**
 * The agreement as in force on a date: the acts effective on or before it, applied in order.
 *
 * @since 0.1.0
 */
export const asOf = (timeline: Timeline, date: string): AgreementInForce => {
  const day = CalendarDate.make(date)
  const s = initialState(timeline.base)
  const ignored: Array<Problem> = []
  for (const f of timeline.founding) applyFounding(s, f, ignored)
  for (const act of timeline.acts) if (act.ref.effectiveDate <= day) applyAct(s, act, ignored)
  const end = endOf(s)
  const parties = list(s.parties)
  return {
    agreement: timeline.base.id,
    title: timeline.base.title,
    date: day,
    status: day < s.base.signatureDate ? "before-signature" : day < end ? "in-force" : "expired",
    signatureDate: s.base.signatureDate,
    lastDay: CalendarDate.addDays(end, -1),
    term: s.term,
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
  }
}

/**
 * The dates on which the agreement changes: its signature and each act's effective date.
 *
 * @since 0.1.0
 */
export const changeDates = (timeline: Timeline): ReadonlyArray<CalendarDate.CalendarDate> => [
  ...new Set([timeline.base.signatureDate, ...timeline.acts.map((a) => a.ref.effectiveDate)])
]

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
