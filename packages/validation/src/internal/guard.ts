// A decoder for valid input only, compiled from a schema's AST: for the shapes the record
// schemas use (structs, arrays, literals, unions, strings, numbers, booleans, forbidden keys) it
// is plain JavaScript running the schema's own checks (the same filter objects, so no rule is
// written twice); any other node, and any node that transforms its value (an `encoding`, such as
// an IDCC read as four digits), is handed to effect's parser for that node alone.
//
// Its one promise: when it returns a value, effect's decoder with every error collected and
// excess keys refused accepts the input and returns an equal value. When it returns `no`, the
// caller asks that decoder, which alone writes diagnostics. It may say `no` where the decoder
// would accept (it is stricter on shapes JSON never produces), never the other way round.
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import { maximumOf } from "./bound.js"

/** What a compiled decoder returns when it cannot say yes. */
export const no: unique symbol = Symbol("no")

export type Decode = (u: unknown) => unknown

const parseOptions = { errors: "all", onExcessProperty: "error" } as const

type Filter = Extract<SchemaAST.Check<unknown>, { readonly _tag: "Filter" }>

const filters = (checks: ReadonlyArray<SchemaAST.Check<unknown>>): ReadonlyArray<Filter> =>
  checks.flatMap((c) => (c._tag === "Filter" ? [c] : filters(c.checks)))

const when =
  (ok: (u: unknown) => boolean): Decode =>
  (u) =>
    ok(u) ? u : no

// effect's own parser for one node: what this module does not compile
const delegate = (ast: SchemaAST.AST): Decode => {
  const parse = Schema.decodeUnknownResult(Schema.make<Schema.Top>(ast) as Schema.Decoder<unknown>)
  return (u) => {
    const r = parse(u, parseOptions)
    return Result.isSuccess(r) ? r.success : no
  }
}

// whether a value could come out changed, anywhere inside (unknown nodes: assume so)
const transforms = (ast: SchemaAST.AST): boolean => {
  if (ast.encoding !== undefined) return true
  switch (ast._tag) {
    case "String":
    case "Number":
    case "Boolean":
    case "Literal":
    case "Never":
      return false
    case "Union":
      return ast.types.some(transforms)
    case "Arrays":
      return [...ast.elements, ...ast.rest].some(transforms)
    case "Objects":
      return ast.propertySignatures.some((p) => transforms(p.type))
    default:
      return true
  }
}

const structure = (ast: SchemaAST.AST): Decode | undefined => {
  switch (ast._tag) {
    case "String":
      return when((u) => typeof u === "string")
    case "Number":
      return when((u) => typeof u === "number" && Number.isFinite(u))
    case "Boolean":
      return when((u) => typeof u === "boolean")
    case "Literal": {
      const literal = ast.literal
      return when((u) => u === literal)
    }
    case "Never":
      return () => no
    case "Union": {
      // members that transform could each give another value: effect's choice decides
      if (ast.types.some(transforms)) return undefined
      const members = ast.types.map(compile)
      return (u) => {
        for (const m of members) {
          const r = m(u)
          if (r !== no) return r
        }
        return no
      }
    }
    case "Arrays": {
      if (ast.rest.length > 1 || ast.elements.some((e) => e.context?.isOptional === true)) return undefined
      const elements = ast.elements.map(compile)
      const rest = ast.rest[0] === undefined ? undefined : compile(ast.rest[0])
      return (u) => {
        if (!Array.isArray(u) || u.length < elements.length || (rest === undefined && u.length !== elements.length))
          return no
        let out: Array<unknown> | undefined
        for (let i = 0; i < u.length; i++) {
          const v: unknown = u[i]
          const r = ((i < elements.length ? elements[i] : rest) as Decode)(v)
          if (r === no) return no
          if (r !== v) {
            out ??= [...u]
            out[i] = r
          }
        }
        return out ?? u
      }
    }
    case "Objects": {
      if (ast.indexSignatures.length > 0) return undefined
      // keys the value may have; a forbidden key (type never) is simply not among them
      const allowed = new Map<string, { decode: Decode; optional: boolean }>()
      let required = 0
      for (const p of ast.propertySignatures) {
        if (typeof p.name !== "string") return undefined
        const optional = p.type.context?.isOptional === true
        if (p.type._tag === "Never" && optional) continue
        allowed.set(p.name, { decode: compile(p.type), optional })
        if (!optional) required++
      }
      // one pass over the value's own keys (a dozen) rather than over the schema's (forty, with
      // the forbidden ones); an inherited enumerable key, or __proto__, is unknown: a no
      return (u) => {
        if (typeof u !== "object" || u === null || Array.isArray(u)) return no
        let present = 0
        let out: Record<string, unknown> | undefined
        for (const k in u) {
          const p = allowed.get(k)
          if (p === undefined) return no
          const v = (u as Record<string, unknown>)[k]
          const r = p.decode(v)
          if (r === no) return no
          if (r !== v) {
            out ??= { ...(u as Record<string, unknown>) }
            out[k] = r
          }
          if (!p.optional) present++
        }
        return present === required ? (out ?? u) : no
      }
    }
    default:
      return undefined
  }
}

/** The decoder of a schema's AST. */
export const compile = (ast: SchemaAST.AST): Decode => {
  const base = ast.encoding === undefined ? structure(ast) : undefined
  if (base === undefined) return delegate(ast)
  if (ast.checks === undefined) return base
  const fs = filters(ast.checks)
  const checked: Decode = (u) => {
    const out = base(u)
    if (out === no) return no
    for (const f of fs) if (f.run(out, ast, parseOptions) !== undefined) return no
    return out
  }
  // a list over its maximum is refused before its elements are read (two million of them...)
  const max = ast._tag === "Arrays" ? maximumOf(ast)?.max : undefined
  return max === undefined ? checked : (u) => (Array.isArray(u) && u.length > max ? no : checked(u))
}
