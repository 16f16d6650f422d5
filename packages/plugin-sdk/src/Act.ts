/**
 * Dated acts that change the agreement: amendments (avenants, clause a7#2) and decisions of the
 * national steering committee (the first one sets the indicators: a3.3#4, a4#4). A branch joins
 * by an amendment that carries its plugin (pre#7).
 *
 * @since 0.1.0
 */
import type { Amendment } from "@accord-jeunes/domain"
import type { BranchPlugin } from "./BranchPlugin.js"

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
  readonly input: AmendmentInput
}

/** A committee decision, not yet validated. @since 0.1.0 */
export interface DecisionAct {
  readonly _tag: "DecisionAct"
  readonly input: Omit<DecisionEncoded, "kind">
}

/** Any act. @since 0.1.0 */
export type Act = AmendmentAct | DecisionAct

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
 * Declares a decision of the national steering committee.
 *
 * @since 0.1.0
 */
export const defineCommitteeDecision = (input: Omit<DecisionEncoded, "kind">): DecisionAct => ({
  _tag: "DecisionAct",
  input
})
