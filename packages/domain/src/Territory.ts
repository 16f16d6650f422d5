/**
 * Territories: regions, départements and overseas collectivities, with the official codes
 * (Code officiel géographique) taken from the lists published by the State, and the State's
 * regional service competent for employment in each.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { departements, regions, sourceVersion } from "./internal/territories.generated.js"

/** Where the lists come from. @since 0.1.0 */
export const source = `INSEE Code officiel géographique, via @etalab/decoupage-administratif ${sourceVersion}`

/** @since 0.1.0 */
export type RegionCode = (typeof regions)[number]["code"]
/** @since 0.1.0 */
export type DepartementCode = (typeof departements)[number]["code"]
/** Metropolitan France, overseas départements and regions (DROM), overseas collectivities (COM). @since 0.1.0 */
export type Zone = (typeof regions)[number]["zone"]

/**
 * A region code, or the code of an overseas collectivity that stands as its own region
 * (975 Saint-Pierre-et-Miquelon, 977 Saint-Barthélemy, 978 Saint-Martin...).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Territory } from "@accord-jeunes/domain"
 * Schema.is(Territory.RegionCode)("84")  // true (Auvergne-Rhône-Alpes)
 * Schema.is(Territory.RegionCode)("99")  // false
 * ```
 * @since 0.1.0
 */
export const RegionCode = Schema.Literals(regions.map((r) => r.code) as unknown as ReadonlyArray<RegionCode>).annotate({
  identifier: "RegionCode",
  description: "A region code of the official geographic code, or an overseas collectivity code.",
  label: { fr: "Code région (COG)", en: "Region code (COG)" },
  source
})

/**
 * A département code (`01`..`95`, `2A`, `2B`, `971`..`976`) or an overseas collectivity code.
 *
 * @since 0.1.0
 */
export const DepartementCode = Schema.Literals(
  departements.map((d) => d.code) as unknown as ReadonlyArray<DepartementCode>
).annotate({
  identifier: "DepartementCode",
  description: "A département code of the official geographic code (COG).",
  label: { fr: "Code département (COG)", en: "Département code (COG)" },
  source
})

/** A region as the official list gives it. @since 0.1.0 */
export interface Region {
  readonly code: RegionCode
  readonly name: string
  readonly zone: Zone
}

/** A département as the official list gives it. @since 0.1.0 */
export interface Departement {
  readonly code: DepartementCode
  readonly name: string
  readonly region: RegionCode
  readonly zone: Zone
}

/** Every region and overseas collectivity. @since 0.1.0 */
export const allRegions: ReadonlyArray<Region> = regions
/** Every département. @since 0.1.0 */
export const allDepartements: ReadonlyArray<Departement> = departements

const regionByCode = new Map<string, Region>(regions.map((r) => [r.code, r]))
const departementByCode = new Map<string, Departement>(departements.map((d) => [d.code, d]))

/**
 * The region with this code, if any.
 *
 * @example
 * ```ts
 * import { Territory } from "@accord-jeunes/domain"
 * Territory.region("11")?.name // "Île-de-France"
 * ```
 * @since 0.1.0
 */
export const region = (code: string): Region | undefined => regionByCode.get(code)

/**
 * The département with this code, if any.
 *
 * @since 0.1.0
 */
export const departement = (code: string): Departement | undefined => departementByCode.get(code)

/**
 * The region a département belongs to.
 *
 * @example
 * ```ts
 * import { Territory } from "@accord-jeunes/domain"
 * Territory.regionOf("2A") // "94"
 * ```
 * @since 0.1.0
 */
export const regionOf = (code: DepartementCode): RegionCode => (departementByCode.get(code) as Departement).region

/**
 * The kind of State service in charge of employment policy in a region.
 * DREETS in metropolitan regions, DRIEETS in Île-de-France, DEETS in Guadeloupe, Martinique,
 * La Réunion and Mayotte; in Guyane a general directorate holds employment since 2020; for the
 * overseas collectivities no competent service is documented, and the library leaves it open.
 *
 * @since 0.1.0
 */
export type StateServiceKind = "DREETS" | "DRIEETS" | "DEETS" | "GUYANE_GENERAL_DIRECTORATE" | "UNDOCUMENTED"

/** @since 0.1.0 */
export const StateServiceKind = Schema.Literals([
  "DREETS",
  "DRIEETS",
  "DEETS",
  "GUYANE_GENERAL_DIRECTORATE",
  "UNDOCUMENTED"
]).annotate({
  identifier: "StateServiceKind",
  description: "The kind of State service competent for employment in a region.",
  label: { fr: "Service déconcentré de l'État", en: "State regional service" },
  clauses: ["a3.1#1"]
})

const DEETS_REGIONS: ReadonlySet<string> = new Set(["01", "02", "04", "06"])

/**
 * The State service competent for employment in a region (clause a3.1#1 names DREETS and
 * DEETS; the overseas cases are documented in the project's domain facts).
 *
 * @example
 * ```ts
 * import { Territory } from "@accord-jeunes/domain"
 * Territory.stateServiceOf("84")  // "DREETS"
 * Territory.stateServiceOf("11")  // "DRIEETS"
 * Territory.stateServiceOf("975") // "UNDOCUMENTED"
 * ```
 * @since 0.1.0
 */
export const stateServiceOf = (code: RegionCode): StateServiceKind => {
  if (code === "11") return "DRIEETS"
  if (DEETS_REGIONS.has(code)) return "DEETS"
  if (code === "03") return "GUYANE_GENERAL_DIRECTORATE"
  return regionByCode.get(code)?.zone === "metro" ? "DREETS" : "UNDOCUMENTED"
}
