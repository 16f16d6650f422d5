/**
 * The one assembly of the agreement in force: the 2024 text, the founding branches' plugins as
 * published, and any acts a user supplies (amendments, committee decisions, termination requests,
 * revisions of AKTO's scope). The command line, the validator, the reports, the HTTP service and
 * the web page all take their agreement from here, so that the same acts give the same agreement
 * everywhere.
 *
 * @since 0.1.0
 */
import { plugin as bois } from "@accord-jeunes/branch-bois"
import { plugin as commerceDeGros } from "@accord-jeunes/branch-commerce-de-gros"
import { plugin as hcr } from "@accord-jeunes/branch-hcr"
import { agreement2024 } from "@accord-jeunes/domain"
import { type Act, type BranchPlugin, Composition, Problem } from "@accord-jeunes/plugin-sdk"
import * as Result from "effect/Result"

/**
 * The founding branches' plugins (pre#6), as their packages publish them.
 *
 * @since 0.1.0
 */
export const founding: ReadonlyArray<BranchPlugin.BranchPlugin> = [commerceDeGros, hcr, bois]

/** What to assemble beyond the text and its founding branches. @since 0.1.0 */
export interface Options {
  /** Acts in any order (amendments, committee decisions, termination requests, scope revisions). */
  readonly acts?: ReadonlyArray<Act.Act>
  /** The SDK version plugins are checked against (default: the SDK's own). */
  readonly sdkVersion?: string
}

/**
 * The agreement's timeline: the 2024 text with its founding plugins and the given acts, or every
 * problem found (each naming the act, the clause and what is missing).
 *
 * @example
 * ```ts
 * import { Assembly } from "@accord-jeunes/in-force"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * const timeline = Assembly.assembleOrThrow()
 * Composition.asOf(timeline, "2025-01-01").branches.map((b) => b.id) // ["commerce-de-gros", "hcr", "bois"]
 * ```
 * @since 0.1.0
 */
export const assemble = (options: Options = {}): Result.Result<Composition.Timeline, ReadonlyArray<Problem.Problem>> =>
  Composition.compose({
    base: agreement2024,
    founding,
    acts: options.acts ?? [],
    ...(options.sdkVersion === undefined ? {} : { sdkVersion: options.sdkVersion })
  })

/**
 * Like {@link assemble}, but throws a `ProblemsError` listing the problems.
 *
 * @since 0.1.0
 */
export const assembleOrThrow = (options: Options = {}): Composition.Timeline => {
  const r = assemble(options)
  if (Result.isFailure(r)) throw new Problem.ProblemsError(r.failure)
  return r.success
}

let cached: Composition.Timeline | undefined

/**
 * The timeline of the text and its founding branches alone, built once.
 *
 * @since 0.1.0
 */
export const foundingTimeline = (): Composition.Timeline => {
  cached ??= assembleOrThrow()
  return cached
}

/** Where an element of the agreement comes from, in a stable, serialisable form. @since 0.1.0 */
export interface Origin {
  readonly id: string
  /** The act that brought it in (`accord-cadre-jeunes-2024`, `amendment-1`...). */
  readonly since: string
  readonly sinceDate: string
  readonly changedBy: ReadonlyArray<string>
  readonly plugin?: string
}

/**
 * The agreement in force on a date as plain JSON: every party, branch, action type, commitment
 * and indicator with the act that brought it in. Two assemblies of the same acts give the same
 * description, whatever tool builds them.
 *
 * @since 0.1.0
 */
export interface Description {
  readonly agreement: string
  readonly date: string
  readonly status: Composition.AgreementInForce["status"]
  readonly lastDay: string
  readonly signatoryParties: ReadonlyArray<string>
  readonly acts: ReadonlyArray<{ readonly kind: string; readonly id: string; readonly effectiveDate: string }>
  readonly branches: ReadonlyArray<Origin & { readonly idccs: ReadonlyArray<string> }>
  readonly actionTypes: ReadonlyArray<Origin>
  readonly commitments: ReadonlyArray<Origin & { readonly by: string }>
  readonly indicators: ReadonlyArray<Origin>
  readonly opcoScope: { readonly since: string; readonly source: string; readonly idccs: number }
  readonly terminationRequests: ReadonlyArray<Composition.TerminationFinding>
}

const origin = (x: { readonly id: string; readonly provenance: Composition.Provenance }): Origin => ({
  id: x.id,
  since: x.provenance.since.id,
  sinceDate: x.provenance.since.effectiveDate,
  changedBy: x.provenance.changedBy.map((r) => r.id),
  ...(x.provenance.plugin === undefined ? {} : { plugin: x.provenance.plugin })
})

const byId = <A extends { readonly id: string }>(xs: ReadonlyArray<A>): ReadonlyArray<A> =>
  [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

/**
 * Describes the agreement in force on a date (see {@link Description}).
 *
 * @example
 * ```ts
 * import { Assembly } from "@accord-jeunes/in-force"
 * const d = Assembly.describe(Assembly.foundingTimeline(), "2025-03-01")
 * d.branches.find((b) => b.id === "hcr")?.plugin // "plugin @accord-jeunes/branch-hcr@0.1.0"
 * ```
 * @since 0.1.0
 */
export const describe = (timeline: Composition.Timeline, date: string): Description => {
  const f = Composition.asOf(timeline, date)
  return {
    agreement: f.agreement,
    date: f.date,
    status: f.status,
    lastDay: f.lastDay,
    signatoryParties: [...f.signatoryParties].sort(),
    acts: f.acts.map((a) => ({ kind: a.kind, id: a.id, effectiveDate: a.effectiveDate })),
    branches: byId(f.branches).map((b) => ({ ...origin(b), idccs: b.conventions.map((c) => c.idcc) })),
    actionTypes: byId(f.actionTypes).map(origin),
    commitments: byId(f.commitments).map((c) => ({ ...origin(c), by: c.by })),
    indicators: byId(f.indicators).map(origin),
    opcoScope: {
      since: f.opcoScope.provenance.id,
      source: `${f.opcoScope.source.title} (${f.opcoScope.source.asOf})`,
      idccs: f.opcoScope.idccs.length
    },
    terminationRequests: f.terminationRequests
  }
}
