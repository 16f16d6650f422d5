/**
 * The scope of a skills operator (OPCO): the collective agreements (IDCC) whose companies it
 * serves, as dated, sourced data. Clause pre#7 lets only branches "within AKTO's scope" join the
 * 2024 agreement, but the text does not list them (it counts 27 branches, par#8): the list is
 * reference data that changes with the operator's approval, so a later revision can replace it
 * from a date (see `ScopeRevision` in the plugin SDK).
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { CalendarDate } from "./CalendarDate.js"
import { NormalizedIdcc } from "./Idcc.js"
import { NonEmptyText } from "./Text.js"

/**
 * Where a reference list comes from.
 *
 * @since 0.2.0
 */
export const Source = Schema.Struct({
  title: NonEmptyText,
  url: Schema.optionalKey(NonEmptyText),
  /** The day or year the source describes. */
  asOf: NonEmptyText
})

/**
 * An operator's scope from a date: the IDCCs it covers, and the source of that list.
 *
 * @since 0.2.0
 */
export const OpcoScope = Schema.Struct({
  opco: Schema.Literal("akto"),
  effectiveDate: CalendarDate,
  idccs: Schema.NonEmptyArray(NormalizedIdcc),
  source: Source
}).annotate({
  identifier: "OpcoScope",
  label: { fr: "Champ de l'opérateur de compétences", en: "Skills operator's scope" },
  description: "The collective agreements (IDCC) a skills operator covers from a date, with the source of the list.",
  clauses: ["pre#7", "par#8"]
})

/** @since 0.2.0 */
export type OpcoScope = typeof OpcoScope.Type

/**
 * AKTO's scope as the 2024 table of IDCC-to-OPCO attachments gives it (Legifrance-derived
 * tables of mission-apprentissage/bal, `shared/constants/opcos.ts`). In force from the
 * agreement's signature until a revision replaces it.
 *
 * @example
 * ```ts
 * import { OpcoScope } from "@accord-jeunes/domain"
 * OpcoScope.akto2024.idccs.includes("3043" as never) // true (propreté)
 * OpcoScope.akto2024.idccs.includes("1486" as never) // false (Syntec)
 * ```
 * @since 0.2.0
 */
export const akto2024: OpcoScope = Schema.decodeUnknownSync(OpcoScope)({
  opco: "akto",
  effectiveDate: "2024-09-16",
  idccs: [
    "0158",
    "0275",
    "0573",
    "0635",
    "0731",
    "1266",
    "1311",
    "1351",
    "1383",
    "1391",
    "1413",
    "1501",
    "1516",
    "1671",
    "1944",
    "1979",
    "2002",
    "2060",
    "2101",
    "2147",
    "2149",
    "2378",
    "2408",
    "2583",
    "2691",
    "3043",
    "3218",
    "3219",
    "7509",
    "7520"
  ],
  source: {
    title:
      "Table des conventions collectives rattachées aux OPCO (mission-apprentissage/bal, shared/constants/opcos.ts, d'après Légifrance)",
    url: "https://github.com/mission-apprentissage/bal",
    asOf: "2024"
  }
})

/**
 * Whether an IDCC is in a scope.
 *
 * @since 0.2.0
 */
export const covers = (scope: OpcoScope, idcc: string): boolean => (scope.idccs as ReadonlyArray<string>).includes(idcc)
