/**
 * An action carried out under the agreement: its type, dates, territory, the missions locales,
 * branches and companies involved.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { CalendarDate } from "../CalendarDate.js"
import * as Codes from "../Codes.js"
import { ActionTypeId, BranchId, MissionLocaleId, RecordId, Slug } from "../Identifier.js"
import { noDirectIdentifiers } from "../internal/personal.js"
import { crossCheck, datesInOrder } from "../internal/rule.js"
import { Siret } from "../Siret.js"
import { DepartementCode, departement, RegionCode } from "../Territory.js"
import { bounded } from "./Limits.js"
import { SchemaVersion } from "./Version.js"

/**
 * An action record. Individual young people are linked to it by participation records;
 * `participantCount` is the head count when they are not registered one by one (a collective
 * information session, for instance).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Action } from "@accord-jeunes/domain"
 * Schema.decodeUnknownSync(Action.Action)({
 *   kind: "action", schemaVersion: "1.0.0", id: "act-2025-001", agreement: "accord-cadre-jeunes-2024",
 *   actionType: "company-visit", startDate: "2025-03-12", region: "84", departement: "69",
 *   missionLocales: ["ML-069-LYON"], branches: ["hcr"], companies: ["73282932000074"]
 * })
 * ```
 * @since 0.1.0
 */
export const Action = Schema.Struct({
  kind: Schema.Literal("action"),
  schemaVersion: SchemaVersion,
  id: RecordId,
  agreement: Slug,
  actionType: ActionTypeId,
  startDate: CalendarDate,
  endDate: Schema.optionalKey(CalendarDate),
  region: RegionCode,
  departement: Schema.optionalKey(DepartementCode),
  missionLocales: bounded("missionLocales", Schema.NonEmptyArray(MissionLocaleId), "The missions locales involved"),
  branches: bounded("branches", Schema.NonEmptyArray(BranchId), "The professional branches involved"),
  companies: bounded("companies", Schema.Array(Siret), "The companies involved, by SIRET"),
  participantCount: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))),
  // an action holds no young person's data, and refuses it by name like every record (a5#1)
  ...noDirectIdentifiers
})
  .check(
    datesInOrder("startDate", "endDate"),
    crossCheck(
      (a: { readonly region: string; readonly departement?: string }) => {
        const d = a.departement === undefined ? undefined : departement(a.departement)
        return d !== undefined && d.region !== a.region
          ? [
              {
                path: ["departement"],
                raised: Codes.territoryDepartementOutsideRegion.raise({
                  departement: d.code,
                  departementName: d.name,
                  region: a.region,
                  actualRegion: d.region
                })
              }
            ]
          : []
      },
      "departement, when present, belongs to region",
      ["region", "departement"]
    )
  )
  .annotate({
    identifier: "Action",
    description:
      "An action carried out under the agreement: its type, dates, region, missions locales, branches and companies.",
    label: { fr: "Action réalisée", en: "Action carried out" },
    clauses: ["a3.3#7", "a3.1#1"]
  })

/** @since 0.1.0 */
export type Action = typeof Action.Type
