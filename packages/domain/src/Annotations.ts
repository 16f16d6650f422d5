/**
 * The annotation keys this library adds to effect schemas: French and English labels,
 * bilingual messages with a stable code, and the clauses of the agreement a schema encodes.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * A text given in French (the official language of the agreement) and English.
 *
 * @since 0.1.0
 */
export interface Bilingual {
  readonly fr: string
  readonly en: string
}

declare module "effect/Schema" {
  namespace Annotations {
    interface Annotations {
      /** French and English label of the value, for forms and reports. */
      readonly label?: Bilingual | undefined
      /** The message shown when a check fails, in French and English. */
      readonly messages?: Bilingual | undefined
      /** A stable, machine-readable code for the failure of a check. */
      readonly code?: string | undefined
      /** Ids of the clauses of the agreement (`a5#1`...) the schema encodes. */
      readonly clauses?: ReadonlyArray<string> | undefined
      /** Public source of a reference value or rule (a law article, an official list). */
      readonly source?: string | undefined
      /**
       * Whether the field holds personal data of a young person (a5#1): its value, and anything
       * derived from it (an age, a date of their pathway), never appears in a message or a report.
       */
      readonly personal?: boolean | undefined
    }
  }
}

/**
 * Reads the bilingual label of a schema, if it has one.
 *
 * @example
 * ```ts
 * import { Annotations, Siret } from "@accord-jeunes/domain"
 * Annotations.labelOf(Siret.Siret)?.fr // "Numéro SIRET"
 * ```
 * @since 0.1.0
 */
export const labelOf = (schema: Schema.Top): Bilingual | undefined =>
  // a checked schema keeps its annotations on its last check: resolve them, do not read the node
  Schema.resolveAnnotations(schema)?.label as Bilingual | undefined

/**
 * Reads the clause ids a schema declares it encodes.
 *
 * @since 0.1.0
 */
export const clausesOf = (schema: Schema.Top): ReadonlyArray<string> =>
  (Schema.resolveAnnotations(schema)?.clauses as ReadonlyArray<string> | undefined) ?? []

/**
 * Whether a schema is marked as holding personal data (a5#1).
 *
 * @example
 * ```ts
 * import { Annotations, Participant } from "@accord-jeunes/domain"
 * Annotations.isPersonal(Participant.Participant.fields.birthDate) // true
 * ```
 * @since 0.3.0
 */
export const isPersonal = (schema: Schema.Top): boolean => Schema.resolveAnnotations(schema)?.personal === true
