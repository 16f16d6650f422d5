/**
 * Standard Schema v1 for every record kind, so that users of other libraries (form libraries,
 * tRPC, ...) take the record schemas as they are, with this library's messages in French or
 * English.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import * as Diagnostic from "./Diagnostic.js"
import * as ExchangeRecord from "./records/ExchangeRecord.js"

/** The Standard Schema v1 interface (https://standardschema.dev), as this library implements it. @since 0.1.0 */
export interface StandardSchemaV1<Output> {
  readonly "~standard": {
    readonly version: 1
    readonly vendor: "accord-jeunes"
    readonly validate: (
      value: unknown
    ) =>
      | { readonly value: Output; readonly issues?: undefined }
      | { readonly issues: ReadonlyArray<{ readonly message: string; readonly path: ReadonlyArray<PropertyKey> }> }
    readonly types?: { readonly input: unknown; readonly output: Output }
  }
}

/**
 * A Standard Schema of any schema of this library: every problem at once, unknown keys refused,
 * messages in the language asked for, each ending with its stable code.
 *
 * @example
 * ```ts
 * import { StandardSchema } from "@accord-jeunes/domain"
 * const r = StandardSchema.records.participant["~standard"].validate({ kind: "participant" })
 * "issues" in r && r.issues !== undefined && r.issues.length > 0 // true
 * ```
 * @since 0.1.0
 */
export const make = <S extends Schema.Decoder<unknown>>(
  schema: S,
  lang: Diagnostic.Lang = "fr"
): StandardSchemaV1<S["Type"]> => {
  const decode = Diagnostic.decode(schema)
  return {
    "~standard": {
      version: 1,
      vendor: "accord-jeunes",
      validate: (value) => {
        const r = decode(value)
        return Result.isSuccess(r)
          ? { value: r.success }
          : { issues: r.failure.map((d) => ({ message: `${d.message[lang]} [${d.code}]`, path: d.path })) }
      }
    }
  }
}

/**
 * The record kinds as Standard Schemas, French messages.
 *
 * @since 0.1.0
 */
export const records = Object.fromEntries(ExchangeRecord.kinds.map((k) => [k, make(ExchangeRecord.byKind[k])])) as {
  readonly [K in ExchangeRecord.Kind]: StandardSchemaV1<(typeof ExchangeRecord.byKind)[K]["Type"]>
}

/**
 * The record kinds as Standard Schemas, English messages.
 *
 * @since 0.1.0
 */
export const recordsEn = Object.fromEntries(
  ExchangeRecord.kinds.map((k) => [k, make(ExchangeRecord.byKind[k], "en")])
) as {
  readonly [K in ExchangeRecord.Kind]: StandardSchemaV1<(typeof ExchangeRecord.byKind)[K]["Type"]>
}
