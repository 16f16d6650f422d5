// The cross-field rules of a record (an end date after its start date, an employer for a
// contract...) when some of its fields failed: effect runs a struct's checks only once every
// field decodes, so a data steward would see them only after fixing the rest. Here each rule runs
// on the record as given, and a rule that reads a field which failed is skipped (it would judge a
// value already reported), so the findings are those the decoder would give once the failed
// fields are fixed, no more.
import { Diagnostic } from "@accord-jeunes/domain"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaIssue from "effect/SchemaIssue"

const parseOptions = { errors: "all", onExcessProperty: "error" } as const

type Filter = Extract<SchemaAST.Check<unknown>, { readonly _tag: "Filter" }>

const filters = (checks: ReadonlyArray<SchemaAST.Check<unknown>>): ReadonlyArray<Filter> =>
  checks.flatMap((c) => (c._tag === "Filter" ? [c] : filters(c.checks)))

// a struct's rules, listed once
const rulesOf = new WeakMap<SchemaAST.AST, ReadonlyArray<Filter>>()
const rules = (ast: SchemaAST.AST): ReadonlyArray<Filter> => {
  let found = rulesOf.get(ast)
  if (found === undefined) {
    found = ast.checks === undefined ? [] : filters(ast.checks)
    rulesOf.set(ast, found)
  }
  return found
}

// thrown by the record's proxy when a rule reads a field that failed
const readsFailed: unique symbol = Symbol("reads a failed field")

const guard = (value: object, failed: ReadonlySet<string>): object => {
  const check = (key: PropertyKey) => {
    if (typeof key === "string" && failed.has(key)) throw readsFailed
  }
  return new Proxy(value, {
    get: (target, key, receiver) => {
      check(key)
      return Reflect.get(target, key, receiver)
    },
    has: (target, key) => {
      check(key)
      return Reflect.has(target, key)
    },
    getOwnPropertyDescriptor: (target, key) => {
      check(key)
      return Reflect.getOwnPropertyDescriptor(target, key)
    },
    // a rule over every field reads the failed ones too
    ownKeys: () => {
      throw readsFailed
    }
  })
}

/** The diagnostics of the struct-level rules of `ast` that read none of the `failed` fields. */
export const crossField = (
  ast: SchemaAST.AST,
  value: object,
  failed: ReadonlySet<string>
): ReadonlyArray<Diagnostic.Diagnostic> => {
  if (ast.checks === undefined) return []
  const guarded = guard(value, failed)
  const out: Array<Diagnostic.Diagnostic> = []
  for (const f of rules(ast)) {
    try {
      const issue = f.run(guarded, ast, parseOptions)
      if (issue !== undefined) out.push(...Diagnostic.fromIssue(new SchemaIssue.Filter(f, issue)))
    } catch (e) {
      if (e !== readsFailed) throw e
    }
  }
  return out
}
