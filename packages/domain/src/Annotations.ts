/**
 * The annotation keys this library adds to effect schemas: French and English labels,
 * bilingual messages with a stable code of the catalogue, the clauses of the agreement a schema
 * encodes, and whether a struct field holds personal data (`personal`, put on the field with
 * `annotateKey`).
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
      /** The code of the catalogue a check fails with (`Diagnostic.annotationsOf` sets it with its message). */
      readonly code?: string | undefined
      /** Ids of the clauses of the agreement (`a5#1`...) the schema encodes. */
      readonly clauses?: ReadonlyArray<string> | undefined
      /** Public source of a reference value or rule (a law article, an official list). */
      readonly source?: string | undefined
      /**
       * Whether the field holds personal data (a5#1): a young person's, or the name of a
       * designated professional. Its value, and anything derived from it (an age, a date of their
       * pathway), never appears in a message or a report.
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
 * Whether a schema, or the struct field it is, is marked as holding personal data (a5#1). Record
 * schemas mark their fields (`Schema.annotateKey`), so the same type (a calendar date) is personal
 * as a birth date and public as the start of an action.
 *
 * @example
 * ```ts
 * import { Action, Annotations, Participant } from "@accord-jeunes/domain"
 * Annotations.isPersonal(Participant.Participant.fields.birthDate) // true
 * Annotations.isPersonal(Action.Action.fields.startDate)           // false
 * ```
 * @since 0.3.0
 */
export const isPersonal = (schema: Schema.Top): boolean =>
  Schema.resolveAnnotationsKey(schema)?.personal === true || Schema.resolveAnnotations(schema)?.personal === true
