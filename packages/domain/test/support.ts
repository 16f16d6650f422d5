import { Result, type Schema } from "effect"
import { expect } from "vitest"
import { Diagnostic } from "../src/index.js"

/** Decodes and returns the value, failing the test with the diagnostics when refused. */
export const accepted = <S extends Schema.Decoder<unknown>>(schema: S, input: unknown): S["Type"] => {
  const r = Diagnostic.decode(schema)(input)
  if (Result.isFailure(r)) expect.fail(`refused ${JSON.stringify(input)}:\n${Diagnostic.format(r.failure, "en")}`)
  return r.success
}

/** Decodes and returns the diagnostics, failing the test when accepted. */
export const refused = (schema: Schema.Decoder<unknown>, input: unknown): ReadonlyArray<Diagnostic.Diagnostic> => {
  const r = Diagnostic.decode(schema)(input)
  if (Result.isSuccess(r)) expect.fail(`accepted ${JSON.stringify(input)}`)
  return r.failure
}

/** The codes and JSON paths of a refusal, for compact assertions. */
export const problems = (schema: Schema.Decoder<unknown>, input: unknown): ReadonlyArray<string> =>
  refused(schema, input).map((d) => `${Diagnostic.formatPath(d.path)} ${d.code}`)
