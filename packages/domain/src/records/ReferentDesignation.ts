/**
 * The designation of a referent by a party, nationally or for a region (a3#2, a4.1#1; annex 3
 * lists them but is not public, so designations are records).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { CalendarDate } from "../CalendarDate.js"
import { PartyId, RecordId, Slug } from "../Identifier.js"
import { crossCheck, datesInOrder } from "../internal/rule.js"
import { RegionCode } from "../Territory.js"
import { NonEmptyText } from "../Text.js"
import { SchemaVersion } from "./Version.js"

/**
 * A referent designation record. The referent's name is optional: a role is enough to know the
 * seat is filled.
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
  role: Schema.optionalKey(NonEmptyText),
  name: Schema.optionalKey(NonEmptyText),
  from: CalendarDate,
  until: Schema.optionalKey(CalendarDate)
})
  .check(
    datesInOrder("from", "until"),
    crossCheck(
      (r: { readonly level: "national" | "regional"; readonly region?: string }) =>
        r.level === "regional" && r.region === undefined
          ? [
              {
                path: ["region"],
                code: "referent.region-missing",
                fr: "Un référent régional doit indiquer sa région",
                en: "A regional referent must give its region"
              }
            ]
          : r.level === "national" && r.region !== undefined
            ? [
                {
                  path: ["region"],
                  code: "referent.region-on-national",
                  fr: "Un référent national n'a pas de région",
                  en: "A national referent has no region"
                }
              ]
            : [],
      "region is required when level is regional and absent when national"
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
