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
const keptEveryKey = (input: unknown, output: unknown): boolean => {
  if (input === null || typeof input !== "object") return true
  if (output === null || typeof output !== "object") return false
  if (Array.isArray(input)) {
    if (!Array.isArray(output) || output.length !== input.length) return false
    for (let i = 0; i < input.length; i++) if (!keptEveryKey(input[i], output[i])) return false
    return true
  }
  let n = 0
  for (const k in input) {
    if (!Object.hasOwn(input, k)) continue
    n++
    if (!keptEveryKey((input as Record<string, unknown>)[k], (output as Record<string, unknown>)[k])) return false
  }
  let m = 0
  for (const k in output) if (Object.hasOwn(output, k)) m++
  return n === m
}

export const fastDecode = <S extends Schema.Decoder<unknown>>(
  schema: S
): ((input: unknown) => Result.Result<S["Type"], ReadonlyArray<Diagnostic.Diagnostic>>) => {
  SchemaJITCompiler.enable(schema.ast)
  const quick = Schema.decodeUnknownResult(schema)
  const full = Diagnostic.decode(schema)
  return (input) => {
    const r = quick(input)
    return Result.isSuccess(r) && keptEveryKey(input, r.success) ? Result.succeed(r.success) : full(input)
  }
}
