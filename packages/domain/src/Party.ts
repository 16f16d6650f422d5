/**
 * Parties and representation: the State and its services, the missions locales network,
 * AKTO, the professional branches and companies, and the people who sign for them,
 * possibly by delegation ("P/O", pour ordre).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { CalendarDate } from "./CalendarDate.js"
import * as Codes from "./Codes.js"
import { Idcc as IdccInput } from "./Idcc.js"
import { BranchId, MissionLocaleId, PartyId } from "./Identifier.js"
import { rule } from "./internal/rule.js"
import { Siret } from "./Siret.js"
import { RegionCode, StateServiceKind } from "./Territory.js"
import { LocalizedText, NonEmptyText } from "./Text.js"

/**
 * A collective agreement (convention collective) by its IDCC and, when known, its title.
 *
 * @since 0.1.0
 */
export const CollectiveAgreement = Schema.Struct({
  idcc: IdccInput,
  /** Optional: some conventions are known by their code only in the sourced lists. */
  title: Schema.optionalKey(NonEmptyText)
}).annotate({
  identifier: "CollectiveAgreement",
  description: "A collective agreement (convention collective) by its IDCC and, when known, its title.",
  label: { fr: "Convention collective", en: "Collective agreement" }
})

/** @since 0.1.0 */
export type CollectiveAgreement = typeof CollectiveAgreement.Type

/**
 * A professional branch, identified by a **set** of collective agreements: most branches have
 * one IDCC, but forestry and agricultural sawmills have regional conventions and no national one.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Party } from "@accord-jeunes/domain"
 * const hcr = Schema.decodeUnknownSync(Party.ProfessionalBranch)({
 *   kind: "branch", id: "hcr", partyId: "branch:hcr",
 *   name: { fr: "Hôtels, cafés, restaurants", en: "Hotels, cafés and restaurants" },
 *   conventions: [{ idcc: "1979", title: "CCN des hôtels, cafés, restaurants du 30 avril 1997" }]
 * })
 * Party.idccsOf(hcr) // ["1979"]
 * ```
 * @since 0.1.0
 */
export const ProfessionalBranch = Schema.Struct({
  kind: Schema.Literal("branch"),
  id: BranchId,
  partyId: PartyId,
  name: LocalizedText,
  conventions: Schema.NonEmptyArray(CollectiveAgreement).check(
    rule(
      (conventions: ReadonlyArray<{ readonly idcc: string }>) =>
        new Set(conventions.map((c) => c.idcc)).size === conventions.length,
      Codes.branchDuplicateIdcc
    )
  )
}).annotate({
  identifier: "ProfessionalBranch",
  description: "A professional branch, identified by a set of collective agreements (IDCC).",
  label: { fr: "Branche professionnelle", en: "Professional branch" },
  clauses: ["pre#6", "pre#7"]
})

/** @since 0.1.0 */
export type ProfessionalBranch = typeof ProfessionalBranch.Type

/**
 * The IDCC codes of a branch.
 *
 * @since 0.1.0
 */
export const idccsOf = (branch: ProfessionalBranch): ReadonlyArray<string> => branch.conventions.map((c) => c.idcc)

/** The ministry in charge of labour (signs through the DGEFP). @since 0.1.0 */
export const Ministry = Schema.Struct({
  kind: Schema.Literal("ministry"),
  id: PartyId,
  name: NonEmptyText,
  directorate: NonEmptyText
}).annotate({
  identifier: "Ministry",
  description: "The ministry in charge of labour, signing through its directorate.",
  label: { fr: "Ministère", en: "Ministry" }
})

/** A deconcentrated State service in a region (DREETS, DRIEETS, DEETS...). @since 0.1.0 */
export const StateRegionalService = Schema.Struct({
  kind: Schema.Literal("state-regional-service"),
  id: PartyId,
  service: StateServiceKind,
  region: RegionCode
}).annotate({
  identifier: "StateRegionalService",
  description: "A State regional service (DREETS, DRIEETS, DEETS...) in a region.",
  label: { fr: "Service déconcentré de l'État", en: "State regional service" },
  clauses: ["a3.1#1"]
})

/** The national union of missions locales. @since 0.1.0 */
export const Unml = Schema.Struct({
  kind: Schema.Literal("unml"),
  id: PartyId,
  name: NonEmptyText
}).annotate({
  identifier: "Unml",
  description: "The national union of missions locales.",
  label: { fr: "Union nationale des missions locales", en: "National union of missions locales" }
})

/** A regional association of missions locales. @since 0.1.0 */
export const Arml = Schema.Struct({
  kind: Schema.Literal("arml"),
  id: PartyId,
  region: RegionCode
}).annotate({
  identifier: "Arml",
  description: "A regional association of missions locales.",
  label: { fr: "Association régionale des missions locales", en: "Regional association of missions locales" },
  clauses: ["par#6"]
})

/** A mission locale. @since 0.1.0 */
export const MissionLocale = Schema.Struct({
  kind: Schema.Literal("mission-locale"),
  id: PartyId,
  missionLocaleId: MissionLocaleId,
  name: NonEmptyText,
  region: RegionCode,
  siret: Schema.optionalKey(Siret)
}).annotate({
  identifier: "MissionLocale",
  description: "A mission locale, with its id and region.",
  label: { fr: "Mission locale", en: "Mission locale" }
})

/** A skills operator (OPCO), AKTO in this agreement. @since 0.1.0 */
export const Opco = Schema.Struct({
  kind: Schema.Literal("opco"),
  id: PartyId,
  name: NonEmptyText,
  approvedFrom: Schema.optionalKey(CalendarDate)
}).annotate({
  identifier: "Opco",
  description: "A skills operator (OPCO), AKTO in this agreement.",
  label: { fr: "Opérateur de compétences", en: "Skills operator (OPCO)" }
})

/** A company establishment taking part in actions. @since 0.1.0 */
export const Company = Schema.Struct({
  kind: Schema.Literal("company"),
  id: PartyId,
  siret: Siret,
  name: Schema.optionalKey(NonEmptyText)
}).annotate({
  identifier: "Company",
  description: "A company establishment taking part in actions, by its SIRET.",
  label: { fr: "Entreprise", en: "Company" }
})

/**
 * Any party, told apart by `kind`.
 *
 * @since 0.1.0
 */
export const Party = Schema.Union([
  Ministry,
  StateRegionalService,
  Unml,
  Arml,
  MissionLocale,
  Opco,
  ProfessionalBranch,
  Company
]).pipe(
  Schema.toTaggedUnion("kind"),
  Schema.annotate({
    identifier: "Party",
    description: "Any party to the agreement or its governance, told apart by kind.",
    label: { fr: "Partie", en: "Party" }
  })
)

/** @since 0.1.0 */
export type Party = typeof Party.Type

/**
 * A person acting for a party, with their title.
 *
 * @since 0.1.0
 */
export const Person = Schema.Struct({
  name: NonEmptyText,
  title: NonEmptyText
}).annotate({
  identifier: "Person",
  description: "A person acting for a party, with their title.",
  label: { fr: "Personne", en: "Person" }
})

/**
 * Who represents a party, and who actually signed when it was by delegation ("P/O").
 *
 * @since 0.1.0
 */
export const Representation = Schema.Struct({
  representative: Person,
  signedByDelegation: Schema.optionalKey(Person)
}).annotate({
  identifier: "Representation",
  description: "Who represents a party, and who signed when it was by delegation (P/O).",
  label: {
    fr: "Représentation (signature, éventuellement P/O)",
    en: "Representation (signature, possibly by delegation)"
  }
})

/** @since 0.1.0 */
export type Representation = typeof Representation.Type

/**
 * A signatory party and the people who signed for it.
 *
 * @since 0.1.0
 */
export const Signatory = Schema.Struct({
  party: PartyId,
  representations: Schema.NonEmptyArray(Representation)
}).annotate({
  identifier: "Signatory",
  description: "A signatory party and the people who signed for it.",
  label: { fr: "Signataire", en: "Signatory" }
})

/** @since 0.1.0 */
export type Signatory = typeof Signatory.Type

/**
 * The party id of any party (a branch is known by its `partyId`, `branch:<id>`, among parties).
 *
 * @since 0.1.0
 */
export const partyIdOf = (p: Party): string => (p.kind === "branch" ? p.partyId : p.id)

/**
 * Whether a representation was signed by delegation ("P/O").
 *
 * @since 0.1.0
 */
export const isByDelegation = (r: Representation): boolean => r.signedByDelegation !== undefined

/** A label for a party kind, in French and English. @since 0.1.0 */
export const kindLabel: Readonly<Record<Party["kind"], LocalizedText>> = {
  ministry: { fr: "Ministère", en: "Ministry" },
  "state-regional-service": { fr: "Service déconcentré de l'État", en: "State regional service" },
  unml: { fr: "Union nationale des missions locales", en: "National union of missions locales" },
  arml: { fr: "Association régionale des missions locales", en: "Regional association of missions locales" },
  "mission-locale": { fr: "Mission locale", en: "Mission locale" },
  opco: { fr: "Opérateur de compétences", en: "Skills operator" },
  branch: { fr: "Branche professionnelle", en: "Professional branch" },
  company: { fr: "Entreprise", en: "Company" }
}
