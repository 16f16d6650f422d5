// A decoder with the same answers as `Diagnostic.decode`, faster on the records that are valid,
// which are nearly all of a real file: the compiled decoder of ./guard.ts says yes (with the
// decoded value) or hands the record on; the diagnostics of a record that is not valid are those
// of ./diagnose.ts (effect's parser asked about the failing fields only) or, when it cannot say,
// of `Diagnostic.decode`. effect's JIT compiler is on for these schemas (it keeps interpreting
// where a Content-Security-Policy refuses `new Function`).
import { Diagnostic } from "@accord-jeunes/domain"
import * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import * as SchemaJITCompiler from "effect/schema/SchemaJITCompiler"
import { diagnoser } from "./diagnose.js"
import * as Guard from "./guard.js"

/** The two halves: `fast` says yes (the decoded value) or `Guard.no`; `full` writes diagnostics. */
export const decoders = <S extends Schema.Decoder<unknown>>(schema: S) => {
  // invalid records, and the nodes the compiled decoder hands over, run effect's compiled parser
  SchemaJITCompiler.enable(schema.ast)
  const decode = Diagnostic.decode(schema) as (
    input: unknown
  ) => Result.Result<S["Type"], ReadonlyArray<Diagnostic.Diagnostic>>
  const diagnose = diagnoser(schema)
  return {
    fast: Guard.compile(schema.ast) as (input: unknown) => S["Type"] | typeof Guard.no,
    full: (input: unknown): Result.Result<S["Type"], ReadonlyArray<Diagnostic.Diagnostic>> => {
      const found = diagnose(input)
      return found === undefined ? decode(input) : Result.fail(found)
    }
  }
}

export const fastDecode = <S extends Schema.Decoder<unknown>>(
  schema: S
): ((input: unknown) => Result.Result<S["Type"], ReadonlyArray<Diagnostic.Diagnostic>>) => {
  const { fast, full } = decoders(schema)
  return (input) => {
    const out = fast(input)
    return out === Guard.no ? full(input) : Result.succeed(out as S["Type"])
  }
}
