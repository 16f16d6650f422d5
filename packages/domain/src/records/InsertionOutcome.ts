/**
 * A young person's situation after the actions: a contract (CDI, CDD, temporary work,
 * apprenticeship, professionalisation contract) or another exit (training, civic service,
 * business creation, age limit). Feeds the tracking table of clause a4#4.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { CalendarDate } from "../CalendarDate.js"
import { CertificationCode } from "../Certification.js"
import * as Codes from "../Codes.js"
import { Idcc } from "../Idcc.js"
import { RecordId } from "../Identifier.js"
import { noDirectIdentifiers, ParticipantRef, personal } from "../internal/personal.js"
import { crossCheck, datesInOrder } from "../internal/rule.js"
import { RomeCode } from "../Rome.js"
import { Siret } from "../Siret.js"
import type { LocalizedText } from "../Text.js"
import { bounded } from "./Limits.js"
import { SchemaVersion } from "./Version.js"

const kinds = [
  "cdi",
  "cdd",
  "temporary-work",
  "apprenticeship",
  "professionalisation-contract",
  "training",
  "civic-service",
  "business-creation",
  "age-limit"
] as const

/** @since 0.1.0 */
export type OutcomeKind = (typeof kinds)[number]

/**
 * The kinds of outcome: the contracts the tracking table counts (a4#4) and the other exit
 * situations used for young people's pathways (CEJ application exit reasons).
 *
 * @since 0.1.0
 */
export const OutcomeKind = Schema.Literals(kinds).annotate({
  identifier: "OutcomeKind",
  description:
    "The kind of outcome: CDI, CDD, temporary work, apprenticeship, professionalisation contract, or another exit.",
  label: { fr: "Situation de sortie", en: "Outcome" },
  clauses: ["a4#4"]
})

/** French and English labels of each outcome kind. @since 0.1.0 */
export const kindLabel: Readonly<Record<OutcomeKind, LocalizedText>> = {
  cdi: { fr: "CDI", en: "Permanent contract (CDI)" },
  cdd: { fr: "CDD", en: "Fixed-term contract (CDD)" },
  "temporary-work": { fr: "Mission d'intérim (CTT)", en: "Temporary work (CTT)" },
  apprenticeship: { fr: "Contrat d'apprentissage", en: "Apprenticeship contract" },
  "professionalisation-contract": { fr: "Contrat de professionnalisation", en: "Professionalisation contract" },
  training: { fr: "Formation", en: "Training" },
  "civic-service": { fr: "Service civique", en: "Civic service" },
  "business-creation": { fr: "Création d'entreprise", en: "Business creation" },
  "age-limit": { fr: "Limite d'âge", en: "Age limit reached" }
}

const employmentKinds: ReadonlySet<OutcomeKind> = new Set([
  "cdi",
  "cdd",
  "temporary-work",
  "apprenticeship",
  "professionalisation-contract"
])

/**
 * Whether an outcome is an employment contract (and so has an employer).
 *
 * @since 0.1.0
 */
export const isContract = (kind: OutcomeKind): boolean => employmentKinds.has(kind)

/**
 * Whether an outcome is a work-study contract (alternance): apprenticeship or
 * professionalisation contract.
 *
 * @since 0.1.0
 */
export const isWorkStudy = (kind: OutcomeKind): boolean =>
  kind === "apprenticeship" || kind === "professionalisation-contract"

/**
 * An insertion outcome record. Contracts name their employer (SIRET); the end date, when known,
 * gives the contract's duration.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { InsertionOutcome } from "@accord-jeunes/domain"
 * Schema.decodeUnknownSync(InsertionOutcome.InsertionOutcome)({
 *   kind: "insertion-outcome", schemaVersion: "1.0.0", id: "out-1", participant: "p-7f3a9c2e",
 *   outcome: "cdd", startDate: "2025-04-01", endDate: "2025-12-31",
 *   employerSiret: "73282932000074", idcc: "1979", rome: "G1803", actions: ["act-2025-001"]
 * })
 * ```
 * @since 0.1.0
 */
export const InsertionOutcome = Schema.Struct({
  kind: Schema.Literal("insertion-outcome"),
  schemaVersion: SchemaVersion,
  id: RecordId,
  participant: personal(ParticipantRef),
  // the young person's situation and its dates: personal (a5#1); the employer's codes are public
  outcome: personal(OutcomeKind),
  startDate: personal(CalendarDate),
  endDate: personal(Schema.optionalKey(CalendarDate)),
  employerSiret: Schema.optionalKey(Siret),
  idcc: Schema.optionalKey(Idcc),
  rome: Schema.optionalKey(RomeCode),
  certification: Schema.optionalKey(CertificationCode),
  actions: bounded("actions", Schema.Array(RecordId), "The actions that led to the outcome"),
  ...noDirectIdentifiers
})
  .check(
    datesInOrder("startDate", "endDate"),
    crossCheck(
      (o: { readonly outcome: OutcomeKind; readonly employerSiret?: string }) =>
        isContract(o.outcome) && o.employerSiret === undefined
          ? [{ path: ["employerSiret"], raised: Codes.outcomeEmployerMissing.raise({}) }]
          : [],
      "employerSiret is required when outcome is a contract (cdi, cdd, temporary-work, apprenticeship, professionalisation-contract)",
      ["outcome", "employerSiret"]
    )
  )
  .annotate({
    identifier: "InsertionOutcome",
    description: "A young person's situation after the actions: a contract (with its employer) or another exit.",
    label: { fr: "Sortie vers l'emploi ou la formation", en: "Insertion outcome" },
    clauses: ["a4#4", "a5#1"]
  })

/** @since 0.1.0 */
export type InsertionOutcome = typeof InsertionOutcome.Type
