// The work a bad record costs, bounded before effect's decoder reads it. With every error
// collected, the decoder visits every element of a list before the list's own maximum is checked
// (measured on effect 4.1.0), and reports every key a struct does not know: one line of two
// million bad SIRETs, or of a million unknown keys, would cost as many diagnostics. So:
// - a list longer than its schema's maximum is reported once, by the schema's own check, and only
//   its first `maximum` elements are decoded;
// - at most `keys` unknown keys of an object are kept; the others are counted, not decoded.
// What is cut is counted in `omitted`, so that the report says how many more problems there are.
import { Diagnostic } from "@accord-jeunes/domain"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaIssue from "effect/SchemaIssue"

export interface Bounded {
  readonly value: unknown
  readonly diagnostics: ReadonlyArray<Diagnostic.Diagnostic>
  readonly omitted: number
}

type Filter = Extract<SchemaAST.Check<unknown>, { readonly _tag: "Filter" }>

const parseOptions = { errors: "all", onExcessProperty: "error" } as const

const filters = (checks: ReadonlyArray<SchemaAST.Check<unknown>> | undefined): ReadonlyArray<Filter> =>
  checks === undefined ? [] : checks.flatMap((c) => (c._tag === "Filter" ? [c] : filters(c.checks)))

/** The maximum length a node's checks set (`isMaxLength`), if any. */
export const maximumOf = (ast: SchemaAST.AST): { readonly max: number; readonly filter: Filter } | undefined => {
  for (const f of filters(ast.checks)) {
    const rep = f.annotations?.representation as { readonly id?: unknown; readonly payload?: unknown } | undefined
    const payload = rep?.payload as { readonly maxLength?: unknown } | undefined
    if (rep?.id === "effect/schema/isMaxLength" && typeof payload?.maxLength === "number")
      return { max: payload.maxLength, filter: f }
  }
  return undefined
}

interface Out {
  diagnostics: Array<Diagnostic.Diagnostic>
  omitted: number
}

type Walk = (value: unknown, path: ReadonlyArray<PropertyKey>, out: Out, keys: number) => unknown

const identity: Walk = (v) => v

// an own property, even one named __proto__
const define = (o: Record<string, unknown>, k: string, v: unknown) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })

const walker = (ast: SchemaAST.AST, seen: Map<SchemaAST.AST, Walk>): Walk => {
  const known = seen.get(ast)
  if (known !== undefined) return known
  let self: Walk = identity
  const lazy: Walk = (v, p, o, k) => self(v, p, o, k)
  seen.set(ast, lazy)
  switch (ast._tag) {
    case "Arrays": {
      const max = maximumOf(ast)
      const element = ast.rest[0] === undefined || ast.rest.length > 1 ? undefined : walker(ast.rest[0], seen)
      self = (v, path, out, keys) => {
        if (!Array.isArray(v)) return v
        let list: Array<unknown> = v
        if (max !== undefined && v.length > max.max) {
          const issue = max.filter.run(v, ast, parseOptions)
          if (issue !== undefined)
            for (const d of Diagnostic.fromIssue(new SchemaIssue.Filter(max.filter, issue)))
              out.diagnostics.push({ ...d, path: [...path, ...d.path] })
          list = v.slice(0, max.max)
        }
        if (element === undefined || element === identity) return list
        let copy: Array<unknown> | undefined
        for (let i = 0; i < list.length; i++) {
          const x = list[i]
          const y = element(x, [...path, i], out, keys)
          if (y !== x) {
            copy ??= [...list]
            copy[i] = y
          }
        }
        return copy ?? list
      }
      break
    }
    case "Objects": {
      const fields = new Map<string, Walk>()
      for (const p of ast.propertySignatures) if (typeof p.name === "string") fields.set(p.name, walker(p.type, seen))
      self = objects(fields)
      break
    }
    case "Union": {
      // a union of structs (a committee's body): the keys of every member are known
      if (ast.types.every((t) => t._tag === "Objects")) {
        const fields = new Map<string, Walk>()
        for (const t of ast.types)
          for (const p of (t as SchemaAST.Objects).propertySignatures)
            if (typeof p.name === "string") fields.set(p.name, identity)
        self = objects(fields)
      }
      break
    }
    default:
      break
  }
  // a node with nothing to bound is not walked (nor its path built)
  if (self === identity) {
    seen.set(ast, identity)
    return identity
  }
  return lazy
}

const objects =
  (fields: ReadonlyMap<string, Walk>): Walk =>
  (v, path, out, keys) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return v
    const source = v as Record<string, unknown>
    let unknown = 0
    let copy: Record<string, unknown> | undefined
    const names = Object.keys(source)
    for (let i = 0; i < names.length; i++) {
      const k = names[i] as string
      const walk = fields.get(k)
      if (walk === undefined) {
        unknown++
        if (unknown > keys) {
          if (copy === undefined) {
            copy = {}
            for (let j = 0; j < i; j++) define(copy, names[j] as string, source[names[j] as string])
          }
          out.omitted++
          continue
        }
        if (copy !== undefined) define(copy, k, source[k])
        continue
      }
      const x = source[k]
      const y = walk === identity ? x : walk(x, [...path, k], out, keys)
      if (y !== x && copy === undefined) {
        copy = {}
        for (let j = 0; j < i; j++) define(copy, names[j] as string, source[names[j] as string])
      }
      if (copy !== undefined) define(copy, k, y)
    }
    return copy ?? v
  }

/** The bounding of a schema's values: see the module's comment. */
export const bounder = (ast: SchemaAST.AST) => {
  const walk = walker(ast, new Map())
  return (value: unknown, keys: number): Bounded => {
    const out: Out = { diagnostics: [], omitted: 0 }
    const bounded = walk(value, [], out, keys)
    return { value: bounded, diagnostics: out.diagnostics, omitted: out.omitted }
  }
}
