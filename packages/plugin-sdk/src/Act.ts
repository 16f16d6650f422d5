/**
 * Dated acts that change the agreement: amendments (avenants, clause a7#2), decisions of the
 * national steering committee (the first one sets the indicators: a3.3#4, a4#4), termination
 * requests (a7#3) and revisions of AKTO's scope (the reference list pre#7 reads). A branch joins
 * by an amendment that carries its plugin (pre#7).
 *
 * Acts are written in code (`defineAmendment`...) or as JSON documents valid against
 * {@link Document} (published as the `act` JSON Schema), so that an amendment can be written as
 * data; {@link fromDocument} turns a document into an act.
 *
 * @since 0.1.0
 */
import { Amendment, type Annotations, Diagnostic, OpcoScope, Party, Text } from "@accord-jeunes/domain"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { type BranchPlugin, Declaration } from "./BranchPlugin.js"
import * as Codes from "./Codes.js"
import { fromDiagnostic, type Problem, make as problem } from "./Problem.js"
import * as Texts from "./Texts.js"

type AmendmentEncoded = typeof Amendment.Amendment.Encoded
type OperationEncoded = typeof Amendment.Operation.Encoded
type DecisionEncoded = typeof Amendment.CommitteeDecision.Encoded

/**
 * An operation of an amendment as an author writes it: any operation of the domain model, or a
 * branch joining with its plugin (its conventions, commitments, action types and indicators are
 * taken from the plugin).
 *
 * @since 0.1.0
 */
export type OperationInput =
  | Exclude<OperationEncoded, { readonly op: "branch-joins" }>
  | { readonly op: "branch-joins"; readonly plugin: BranchPlugin }

/**
 * An amendment as an author writes it.
 *
 * @since 0.1.0
 */
export type AmendmentInput = Omit<AmendmentEncoded, "kind" | "operations"> & {
  readonly operations: readonly [OperationInput, ...Array<OperationInput>]
}

/** An amendment, not yet validated (composition validates it). @since 0.1.0 */
export interface AmendmentAct {
  readonly _tag: "AmendmentAct"
  /** Where the act was read from (a file, a module), named in problems. */
  readonly source?: string
  readonly input: AmendmentInput
}

/** A committee decision, not yet validated. @since 0.1.0 */
export interface DecisionAct {
  readonly _tag: "DecisionAct"
  /** Where the act was read from (a file, a module), named in problems. */
  readonly source?: string
  readonly input: Omit<DecisionEncoded, "kind">
}

/** A termination request (a7#3), not yet validated. @since 0.2.0 */
export interface TerminationAct {
  readonly _tag: "TerminationAct"
  /** Where the act was read from (a file, a module), named in problems. */
  readonly source?: string
  readonly input: Omit<typeof Amendment.Termination.Encoded, "kind">
}

/** A revision of AKTO's scope (pre#7), not yet validated. @since 0.2.0 */
export interface ScopeRevisionAct {
  readonly _tag: "ScopeRevisionAct"
  /** Where the act was read from (a file, a module), named in problems. */
  readonly source?: string
  readonly input: typeof OpcoScope.OpcoScope.Encoded
}

/** Any act. @since 0.1.0 */
export type Act = AmendmentAct | DecisionAct | TerminationAct | ScopeRevisionAct

/**
 * Declares an amendment (avenant).
 *
 * @example
 * ```ts
 * import { defineAmendment } from "@accord-jeunes/plugin-sdk"
 * const avenant = defineAmendment({
 *   agreement: "accord-cadre-jeunes-2024", number: 1,
 *   title: { fr: "Avenant n°1", en: "Amendment no. 1" },
 *   signatureDate: "2025-06-02", effectiveDate: "2025-07-01",
 *   signatories: [{ party: "state", representations: [{ representative: { name: "A. B.", title: "Déléguée générale" } }] }],
 *   operations: [{ op: "clause-amended", clause: "a4#3", parameters: { "minimum-meetings-per-year": 3 } }]
 * })
 * avenant.input.number // 1
 * ```
 * @since 0.1.0
 */
export const defineAmendment = (input: AmendmentInput): AmendmentAct => ({ _tag: "AmendmentAct", input })

/**
 * Declares a decision of the national steering committee. It may define indicators only
 * (a3.3#4, a4#4); new action types take an amendment.
 *
 * @since 0.1.0
 */
export const defineCommitteeDecision = (input: Omit<DecisionEncoded, "kind">): DecisionAct => ({
  _tag: "DecisionAct",
  input
})

/**
 * Declares a termination request (a7#3): who asks, when, and when each other party received it.
 *
 * @example
 * ```ts
 * import { defineTermination } from "@accord-jeunes/plugin-sdk"
 * const t = defineTermination({
 *   agreement: "accord-cadre-jeunes-2024", requestedBy: "unml", requestDate: "2026-01-05",
 *   // a7#3: every other signatory party acknowledges receipt, the founding branches too
 *   receipts: ["state", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"].map((party) => ({ party, receivedOn: "2026-01-08" }))
 * })
 * t._tag // "TerminationAct"
 * ```
 * @since 0.2.0
 */
export const defineTermination = (input: Omit<typeof Amendment.Termination.Encoded, "kind">): TerminationAct => ({
  _tag: "TerminationAct",
  input
})

/**
 * Declares a revision of AKTO's scope (the IDCCs it covers from a date, with its source).
 *
 * @since 0.2.0
 */
export const defineScopeRevision = (input: typeof OpcoScope.OpcoScope.Encoded): ScopeRevisionAct => ({
  _tag: "ScopeRevisionAct",
  input
})

// --- acts as JSON documents ---------------------------------------------------------------------

// a bare npm package name: a document names installed packages, never a path to run
const packageName = Schema.String.check(
  Schema.isPattern(
    /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/u,
    Diagnostic.annotationsOf(Codes.actPluginPackageName)
  )
)

/**
 * A plugin named by its package instead of written in the document: the host imports it.
 *
 * @since 0.2.0
 */
export const PluginReference = Schema.Struct({
  package: packageName,
  /** The export holding the plugin (default: `plugin`). */
  export: Schema.optionalKey(Text.NonEmptyText)
}).annotate({
  identifier: "PluginReference",
  description: "A branch plugin named by its npm package (and export, `plugin` by default)."
})

/** @since 0.2.0 */
export type PluginReference = typeof PluginReference.Type

const BranchJoinsDocument = Schema.Struct({
  op: Schema.Literal("branch-joins"),
  plugin: Schema.Union([PluginReference, Declaration])
}).annotate({
  identifier: "BranchJoinsDocument",
  description: "A branch joins: its plugin written out, or named by package.",
  clauses: ["pre#7"]
})

/**
 * An amendment as a JSON document.
 *
 * @since 0.2.0
 */
export const AmendmentDocument = Schema.Struct({
  kind: Schema.Literal("amendment"),
  agreement: Amendment.Amendment.fields.agreement,
  number: Amendment.Amendment.fields.number,
  title: Text.LocalizedText,
  signatureDate: Amendment.Amendment.fields.signatureDate,
  effectiveDate: Amendment.Amendment.fields.effectiveDate,
  signatories: Schema.NonEmptyArray(Party.Signatory),
  operations: Schema.NonEmptyArray(
    Schema.Union([
      BranchJoinsDocument,
      Amendment.BranchLeaves,
      Amendment.ClauseAmended,
      Amendment.ActionTypeAdded,
      Amendment.IndicatorAdded
    ])
  )
}).annotate({
  identifier: "AmendmentDocument",
  label: Texts.documents.amendment,
  description:
    "An amendment (avenant) as a JSON document; a joining branch's plugin is written out or named by package.",
  clauses: ["a7#2", "pre#7"]
})

/**
 * A revision of AKTO's scope as a JSON document.
 *
 * @since 0.2.0
 */
export const ScopeDocument = Schema.Struct({
  kind: Schema.Literal("opco-scope"),
  ...OpcoScope.OpcoScope.fields
}).annotate({
  identifier: "OpcoScopeDocument",
  label: Texts.documents.scope,
  description: "A revision of AKTO's scope (the IDCCs it covers from a date, with the source of the list).",
  clauses: ["pre#7"]
})

/** The kinds of act documents. @since 0.2.0 */
export const documentKinds = ["amendment", "committee-decision", "termination", "opco-scope"] as const

/**
 * Any act as a JSON document, told apart by `kind`.
 *
 * @since 0.2.0
 */
export const Document = Schema.Union([
  AmendmentDocument,
  Amendment.CommitteeDecision,
  Amendment.Termination,
  ScopeDocument
]).annotate({
  identifier: "ActDocument",
  label: Texts.documents.any,
  description:
    "An act that changes the agreement in force, as a JSON document: an amendment, a national committee decision, a termination request, or a revision of AKTO's scope."
})

const byKind = {
  amendment: AmendmentDocument,
  "committee-decision": Amendment.CommitteeDecision,
  termination: Amendment.Termination,
  "opco-scope": ScopeDocument
} as const

/** What an amendment can do, by operation name. @since 0.2.0 */
export const operationNames: ReadonlyArray<string> = [
  "branch-joins",
  "branch-leaves",
  "clause-amended",
  "action-type-added",
  "indicator-added"
]

/**
 * The packages a document names for its joining branches' plugins, so that a host can import them
 * before calling {@link fromDocument}.
 *
 * @since 0.2.0
 */
export const pluginReferences = (document: unknown): ReadonlyArray<PluginReference> => {
  const ops = (document as { operations?: unknown } | null)?.operations
  if (!Array.isArray(ops)) return []
  return ops.flatMap((op: unknown) => {
    const plugin = (op as { op?: unknown; plugin?: unknown } | null)?.plugin
    const p = plugin as { package?: unknown; export?: unknown } | null | undefined
    return (op as { op?: unknown } | null)?.op === "branch-joins" && typeof p?.package === "string"
      ? [{ package: p.package, ...(typeof p.export === "string" ? { export: p.export } : {}) }]
      : []
  })
}

/**
 * Turns a JSON document into an act. `source` names the document in problems (its file).
 * A plugin named by package is looked up with `resolvePlugin`; one it does not know is a problem.
 *
 * @example
 * ```ts
 * import { Act } from "@accord-jeunes/plugin-sdk"
 * const r = Act.fromDocument({
 *   kind: "committee-decision", id: "cn-2025-1", agreement: "accord-cadre-jeunes-2024", body: "national-committee",
 *   meetingDate: "2025-01-20", effectiveDate: "2025-01-20",
 *   operations: [{ op: "indicator-added", indicator: { id: "actions-carried-out", label: { fr: "Actions menées", en: "Actions carried out" },
 *     description: { fr: "Actions commencées dans la période", en: "Actions started in the period" }, unit: "count", dimensions: ["region"],
 *     source: { kind: "clause", clause: "a4#4" }, measure: { kind: "count", of: "actions" } } }]
 * }, "decision.json")
 * r._tag // "Success"
 * ```
 * @since 0.2.0
 */
export const fromDocument = (
  document: unknown,
  source: string,
  resolvePlugin: (ref: PluginReference) => BranchPlugin | undefined = () => undefined
): Result.Result<Act, ReadonlyArray<Problem>> => {
  const subject = Texts.both(source)
  const kind = (document as { kind?: unknown } | null)?.kind
  if (typeof document !== "object" || document === null || Array.isArray(document))
    return Result.fail([problem(Codes.actNotAnObject.raise({}), subject, { path: "$" })])
  if (typeof kind !== "string" || !Object.hasOwn(byKind, kind))
    return Result.fail([problem(Codes.actKind.raise({ kinds: documentKinds }), subject, { path: "$.kind" })])
  if (kind === "committee-decision") {
    const beyond = decisionBeyondPowers(document, subject)
    if (beyond.length > 0) return Result.fail(beyond)
  }
  // a plugin named by package is checked as a reference alone: the union with a written-out
  // plugin would answer with both forms' errors
  const ops = (document as { operations?: unknown }).operations
  if (kind === "amendment" && Array.isArray(ops)) {
    const refProblems = ops.flatMap((op: unknown, i): ReadonlyArray<Problem> => {
      const name = (op as { op?: unknown } | null)?.op
      if (typeof name !== "string" || !operationNames.includes(name))
        return [
          problem(Codes.actOperationUnknown.raise({ operations: operationNames }), subject, {
            path: `$.operations[${i}].op`
          })
        ]
      const plugin = (op as { op?: unknown; plugin?: unknown } | null)?.plugin
      if ((op as { op?: unknown } | null)?.op !== "branch-joins" || typeof plugin !== "object" || plugin === null)
        return []
      if (!("package" in plugin) || "meta" in plugin) return []
      const r = Diagnostic.decode(PluginReference)(plugin)
      return Result.isSuccess(r) ? [] : r.failure.map((d) => fromDiagnostic(d, subject, `$.operations[${i}].plugin`))
    })
    if (refProblems.length > 0) return Result.fail(refProblems)
  }
  const decoded = Diagnostic.decode(byKind[kind as keyof typeof byKind] as Schema.Decoder<unknown>)(document)
  if (Result.isFailure(decoded)) return Result.fail(decoded.failure.map((d) => fromDiagnostic(d, subject)))
  // the document's encoded form is what the act constructors take
  const { kind: _kind, ...input } = document as Record<string, unknown>
  switch (kind) {
    case "committee-decision":
      return Result.succeed(defineCommitteeDecision(input as never))
    case "termination":
      return Result.succeed(defineTermination(input as never))
    case "opco-scope":
      return Result.succeed(defineScopeRevision(input as never))
  }
  const problems: Array<Problem> = []
  const operations = (input.operations as ReadonlyArray<Record<string, unknown>>).map((op, i) => {
    if (op.op !== "branch-joins") return op
    const plugin = op.plugin as Record<string, unknown>
    if (typeof plugin.package !== "string" || "meta" in plugin)
      return { op: "branch-joins", plugin: { _tag: "BranchPlugin", input: plugin } }
    const ref = plugin as unknown as PluginReference
    const found = resolvePlugin(ref)
    if (found === undefined)
      problems.push(
        problem(
          Codes.actPluginNotFound.raise(
            ref.export === undefined
              ? { packageName: ref.package }
              : { packageName: ref.package, exportName: ref.export }
          ),
          subject,
          { path: `$.operations[${i}].plugin` }
        )
      )
    return { op: "branch-joins", plugin: found }
  })
  if (problems.length > 0) return Result.fail(problems)
  return Result.succeed(defineAmendment({ ...(input as unknown as AmendmentInput), operations: operations as never }))
}

/**
 * A committee decision that adds action types: the committee sets indicators (a3.3#4, a4#4);
 * the catalogue of actions changes by amendment (a7#2).
 *
 * @since 0.2.0
 */
export const decisionBeyondPowers = (decision: unknown, subject: Annotations.Bilingual): ReadonlyArray<Problem> => {
  const ops = (decision as { operations?: unknown } | null)?.operations
  if (!Array.isArray(ops)) return []
  return ops.flatMap((op: unknown, i) =>
    (op as { op?: unknown } | null)?.op === "action-type-added"
      ? [problem(Codes.actDecisionBeyondPowers.raise({}), subject, { path: `$.operations[${i}]` })]
      : []
  )
}
