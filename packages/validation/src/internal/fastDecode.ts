// A decoder with the same answers as `Diagnostic.decode`, faster on the records that are valid,
// which are nearly all of a real file.
//
// - The schema is compiled to JavaScript by effect's JIT compiler (the interpreter is kept where
//   `new Function` is refused, as under a strict Content-Security-Policy).
// - The first pass asks effect only "does it decode?", with its default options: no error
//   collection, and excess keys stripped rather than reported (effect's own excess check builds a
//   set of keys per object it reads, which costs a fifth of the time).
// - A decoded record that kept every key it was given had no excess key; the record schemas
//   never rename or add keys, so comparing key counts down the tree is enough.
// - Anything else goes through `Diagnostic.decode`, which alone writes diagnostics: the fast path
//   only ever says "valid" when the full decoder would.
import { Diagnostic } from "@accord-jeunes/domain"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaJITCompiler from "effect/schema/SchemaJITCompiler"

/** Whether `output` holds as many own keys as `input`, at every depth. */
const keptEveryKey = (input: object, output: unknown): boolean => {
  if (output === null || typeof output !== "object") return false
  if (Array.isArray(input)) {
    if (!Array.isArray(output) || output.length !== input.length) return false
    for (let i = 0; i < input.length; i++) {
      const v: unknown = input[i]
      if (v !== null && typeof v === "object" && !keptEveryKey(v, output[i])) return false
    }
    return true
  }
  const keys = Object.keys(input)
  if (keys.length !== Object.keys(output).length) return false
  for (const k of keys) {
    const v = (input as Record<string, unknown>)[k]
    if (v !== null && typeof v === "object" && !keptEveryKey(v, (output as Record<string, unknown>)[k])) return false
  }
  return true
}

export const fastDecode = <S extends Schema.Decoder<unknown>>(
  schema: S
): ((input: unknown) => Result.Result<S["Type"], ReadonlyArray<Diagnostic.Diagnostic>>) => {
  SchemaJITCompiler.enable(schema.ast)
  const quick = Schema.decodeUnknownResult(schema)
  const full = Diagnostic.decode(schema)
  return (input) => {
    const r = quick(input)
    return Result.isSuccess(r) && (input === null || typeof input !== "object" || keptEveryKey(input, r.success))
      ? (r as Result.Result<S["Type"], never>)
      : full(input)
  }
}
