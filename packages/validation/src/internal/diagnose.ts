// The diagnostics of a record that is not valid, as `Diagnostic.decode` gives them, at a fraction
// of their cost: effect's decoder of a whole struct with every error collected costs several
// microseconds even when one field is wrong. effect reads a struct in a fixed order: the keys the
// struct does not know (in the order of the value's own keys), then each field in the schema's
// order, a missing one or the problem of its value; it runs the struct's own checks only when all
// of that passed. Here the same issues are built in that order, effect's parser asked only about
// the values of the fields that fail, and `Diagnostic` turns them into diagnostics as it does
// effect's; then the cross-field rules whose fields all passed, by `Diagnostic.decode`'s own step
// (`Diagnostic.crossFields`).
//
// When every key and field passes (only the struct's own checks fail), or the value is not a plain
// object, it cannot say: the caller asks `Diagnostic.decode`. Tests hold both to the same answers.
//
// What a key the struct does not know, a missing field, or a refused value of a scalar field
// (a string, a number, a boolean, a literal: its checks are functions of the value) gives is the
// same every time: worked out once, a thousand values at most per field. Only a value the
// field refuses now is looked up, so what is accepted is always decided afresh.
import { Diagnostic } from "@accord-jeunes/domain"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"
import * as Guard from "./guard.js"

const parseOptions = { errors: "all", onExcessProperty: "error" } as const

interface Field {
  readonly name: string
  readonly type: SchemaAST.AST
  readonly optional: boolean
  readonly fast: Guard.Decode
  readonly parse: (u: unknown) => Result.Result<unknown, SchemaIssue.Issue>
  /** For a field of a scalar type: the diagnostics of the values it refused, by value. */
  readonly refused: Map<unknown, ReadonlyArray<Diagnostic.Diagnostic>> | undefined
}

// a value whose diagnostics, in a field of a scalar type, depend on it alone: kept by value
const keyable = (v: unknown) =>
  (typeof v === "string" && v.length <= 64) ||
  typeof v === "boolean" ||
  (typeof v === "number" && Number.isFinite(v) && !Object.is(v, -0))

const isEnumerable = (u: object, key: PropertyKey) => Object.prototype.propertyIsEnumerable.call(u, key)

/**
 * The diagnostics of a struct's value as `Diagnostic.decode(schema)` gives them when it fails, or
 * `undefined` when this cannot say (the caller then asks `Diagnostic.decode`).
 */
export const diagnoser = (schema: Schema.Top): ((u: unknown) => ReadonlyArray<Diagnostic.Diagnostic> | undefined) => {
  const ast = schema.ast
  if (ast._tag !== "Objects" || ast.indexSignatures.length > 0) return () => undefined
  // each field by name; a value's own key not among them is one the struct does not know
  const index = new Map<PropertyKey, number>(ast.propertySignatures.map((p, i) => [p.name, i]))
  const fields: Array<Field> = []
  for (const p of ast.propertySignatures) {
    if (typeof p.name !== "string") return () => undefined
    const parse = SchemaParser.decodeUnknownResult(Schema.make<Schema.Top>(p.type) as Schema.Decoder<unknown>)
    fields.push({
      name: p.name,
      type: p.type,
      optional: p.type.context?.isOptional === true,
      fast: Guard.compile(p.type),
      parse: (u) => parse(u, parseOptions),
      refused: Guard.isScalar(p.type) ? new Map() : undefined
    })
  }
  // effect tests a field's presence with `in`: on a plain object, an own key or one of
  // Object.prototype's (none of the record fields is named so; __proto__ only as an own key)
  const inherited = fields.map((f) => f.name !== "__proto__" && f.name in Object.prototype)
  // the fields worth a look when the value has none of the forbidden ones (optional fields that
  // admit nothing: a value without them says nothing of them)
  const forbidden = fields.map((f, i) => f.optional && f.type._tag === "Never" && !inherited[i])
  const all = fields.map((_, i) => i)
  const usual = all.filter((i) => !forbidden[i])
  // the cross-field rules whose fields all passed, as Diagnostic.decode adds them
  const withCrossFields = Diagnostic.crossFields(ast)

  // what a key the struct does not know, or a field missing, gives: the same every time (it says
  // nothing of the value), worked out once
  const unexpected = new Map<string, ReadonlyArray<Diagnostic.Diagnostic>>()
  const unexpectedKey = (record: Record<PropertyKey, unknown>, key: PropertyKey) => {
    const issue = new SchemaIssue.Pointer(
      [key],
      new SchemaIssue.UnexpectedKey(ast, record[key as string], parseOptions)
    )
    if (typeof key !== "string") return Diagnostic.fromIssue(issue, record)
    let found = unexpected.get(key)
    if (found === undefined) {
      found = Diagnostic.fromIssue(issue, record)
      if (unexpected.size >= 1024) unexpected.clear()
      unexpected.set(key, found)
    }
    return found
  }
  const missing: Array<ReadonlyArray<Diagnostic.Diagnostic> | undefined> = []
  const missingKey = (record: object, i: number) => {
    const f = fields[i] as Field
    let found = missing[i]
    if (found === undefined) {
      found = Diagnostic.fromIssue(
        new SchemaIssue.Pointer([f.name], new SchemaIssue.MissingKey(f.type.context?.annotations)),
        record
      )
      missing[i] = found
    }
    return found
  }

  return (u) => {
    if (typeof u !== "object" || u === null || Array.isArray(u)) return undefined
    const proto = Object.getPrototypeOf(u)
    if (proto !== Object.prototype && proto !== null) return undefined
    const record = u as Record<PropertyKey, unknown>
    // the diagnostics of each issue in effect's order, as Diagnostic walks the list of them
    const found: Array<Diagnostic.Diagnostic> = []
    const present = new Uint8Array(fields.length)
    let anyForbidden = false
    // the value's own keys as effect lists them (Reflect.ownKeys): names, then symbols
    const own = (key: PropertyKey) => {
      const i = index.get(key)
      if (i !== undefined) {
        present[i] = 1
        if (forbidden[i] === true) anyForbidden = true
      } else if (isEnumerable(record, key)) for (const d of unexpectedKey(record, key)) found.push(d)
    }
    for (const key of Object.getOwnPropertyNames(record)) own(key)
    for (const key of Object.getOwnPropertySymbols(record)) own(key)
    for (const i of anyForbidden ? all : usual) {
      const f = fields[i] as Field
      if (present[i] === 0 && !(proto !== null && inherited[i] === true)) {
        if (!f.optional) for (const d of missingKey(record, i)) found.push(d)
        continue
      }
      const v = record[f.name]
      // what the compiled decoder accepts, effect's does
      if (f.fast(v) !== Guard.no) continue
      // a scalar field says the same of the same value (a wrong code repeated down a file)
      const kept = f.refused !== undefined && keyable(v) ? f.refused.get(v) : undefined
      if (kept !== undefined) {
        for (const d of kept) found.push(d)
        continue
      }
      const r = f.parse(v)
      const said = Result.isFailure(r) ? Diagnostic.fromIssue(new SchemaIssue.Pointer([f.name], r.failure), record) : []
      if (f.refused !== undefined && keyable(v)) {
        if (f.refused.size >= 1024) f.refused.clear()
        f.refused.set(v, said)
      }
      for (const d of said) found.push(d)
    }
    // nothing found: only the struct's own checks fail, or the fields' decoders disagree
    if (found.length === 0) return undefined
    return withCrossFields(record, found)
  }
}
