/**
 * The designation of a referent by a party, nationally or for a region (a3#2, a4.1#1; annex 3
 * lists them but is not public, so designations are records).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { CalendarDate } from "../CalendarDate.js"
import * as Codes from "../Codes.js"
import { PartyId, RecordId, Slug } from "../Identifier.js"
import { noDirectIdentifiersExcept, personal } from "../internal/personal.js"
import { crossCheck, datesInOrder } from "../internal/rule.js"
import { RegionCode } from "../Territory.js"
import { ShortText } from "../Text.js"
import { SchemaVersion } from "./Version.js"

/**
 * A referent designation record. The referent's name is optional: a role is enough to know the
 * seat is filled. It is the one record where `name` is accepted: it names a professional a party
 * designates (a3#2, annex 3), not a young person; it is still marked personal, so never echoed.
 * Every other direct identifier (e-mail, phone...) is refused (a5#1).
 *
 * @since 0.1.0
 */
export const ReferentDesignation = Schema.Struct({
  kind: Schema.Literal("referent-designation"),
  schemaVersion: SchemaVersion,
  id: RecordId,
  agreement: Slug,
  party: PartyId,
  level: Schema.Literals(["national", "regional"]),
  region: Schema.optionalKey(RegionCode),
  role: Schema.optionalKey(ShortText),
  name: personal(Schema.optionalKey(ShortText)),
  from: CalendarDate,
  until: Schema.optionalKey(CalendarDate),
  ...noDirectIdentifiersExcept("name")
})
  .check(
    datesInOrder("from", "until"),
    crossCheck(
      (r: { readonly level: "national" | "regional"; readonly region?: string }) =>
        r.level === "regional" && r.region === undefined
          ? [{ path: ["region"], raised: Codes.referentRegionMissing.raise({}) }]
          : r.level === "national" && r.region !== undefined
            ? [{ path: ["region"], raised: Codes.referentRegionOnNational.raise({}) }]
            : [],
      "region is required when level is regional and absent when national",
      ["level", "region"]
    )
  )
  .annotate({
    identifier: "ReferentDesignation",
    description: "A referent named by a party, nationally or for a region.",
    label: { fr: "Désignation de référent", en: "Referent designation" },
    clauses: ["a3#2", "a4.1#1"]
  })

/** @since 0.1.0 */
export type ReferentDesignation = typeof ReferentDesignation.Type
