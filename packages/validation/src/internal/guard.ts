// A decoder for valid input only, compiled from a schema's AST: for the shapes the record
// schemas use (structs, arrays, literals, unions, strings, numbers, booleans, forbidden keys) it
// is plain JavaScript running the schema's own checks (a pattern read from the check, written out
// by ./pattern.ts or tested with its regular expression; a check of the domain by the plain
// predicate its filter runs, which the domain keeps on it; any other check called as it is, so no
// rule is written twice); any other node,
// and any node that transforms its value (an `encoding`, such as an IDCC read as four digits), is
// handed to effect's parser for that node alone.
//
// Its one promise: when it returns a value, effect's decoder with every error collected and
// excess keys refused accepts the input and returns an equal value. When it returns `no`, the
// caller asks that decoder, which alone writes diagnostics. It may say `no` where the decoder
// would accept (it is stricter on shapes JSON never produces), never the other way round.
//
// A struct is compiled into a function of its own where the platform allows it (`new Function`,
// as effect's own compiler does): each field read by name, its checks written out, so that the
// engine sees one shape per struct rather than one loop for all of them. Where a
// Content-Security-Policy refuses it, the same steps run as closures.
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import { maximumOf } from "./bound.js"
import { matcher } from "./pattern.js"

/** What a compiled decoder returns when it cannot say yes. */
export const no: unique symbol = Symbol("no")

export type Decode = (u: unknown) => unknown

const parseOptions = { errors: "all", onExcessProperty: "error" } as const

type Filter = Extract<SchemaAST.Check<unknown>, { readonly _tag: "Filter" }>

const filters = (checks: ReadonlyArray<SchemaAST.Check<unknown>>): ReadonlyArray<Filter> =>
  checks.flatMap((c) => (c._tag === "Filter" ? [c] : filters(c.checks)))

// The annotation under which a check of the domain (its rules, its cross-field checks) keeps the
// plain function its filter runs, true exactly when the filter passes (the domain's
// internal/rule.ts, `predicateKey`). Calling it skips effect's wrapping of the check: the filter
// runs the same function, then turns its answer into an issue.
const predicateKey = "checkPredicate"

/** The plain predicate of a check of the domain, if the check keeps one. */
export const predicateOf = (f: Filter): ((u: unknown) => boolean) | undefined => {
  const p = f.annotations?.[predicateKey]
  return typeof p === "function" ? (p as (u: unknown) => boolean) : undefined
}

// a check as a predicate: its own, or its filter asked for no issue
const verdictOf = (f: Filter, ast: SchemaAST.AST): ((u: unknown) => boolean) =>
  predicateOf(f) ?? ((u) => f.run(u, ast, parseOptions) === undefined)

// effect's own parser for one node: what this module does not compile. A short text or a number
// decodes to a text or a number that depends on it alone (effect's getters are functions of their
// input): its answer is kept, a few thousand of them at most (an IDCC of each outcome, read as
// four digits, is one of a few hundred codes)
const delegate = (ast: SchemaAST.AST): Decode => {
  const parse = Schema.decodeUnknownResult(Schema.make<Schema.Top>(ast) as Schema.Decoder<unknown>)
  const known = new Map<unknown, unknown>()
  return (u) => {
    const scalar =
      (typeof u === "string" && u.length <= 64) || (typeof u === "number" && Number.isFinite(u) && !Object.is(u, -0))
    if (scalar) {
      const hit = known.get(u)
      if (hit !== undefined) return hit
    }
    const r = parse(u, parseOptions)
    const out = Result.isSuccess(r) ? r.success : no
    if (scalar && (out === no || typeof out === "string" || typeof out === "number" || typeof out === "boolean")) {
      if (known.size >= 4096) known.clear()
      known.set(u, out)
    }
    return out
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

// ---------------------------------------------------------------------------------------------
// Leaves: a value accepted as it is (a string, a number, a boolean, one of some literals) by a
// type test and the node's checks.

// whether the platform runs generated code (a Content-Security-Policy may refuse it)
let generating: boolean | undefined
const canGenerate = () => {
  if (generating === undefined)
    try {
      generating = new Function("return true")() === true
    } catch {
      generating = false
    }
  return generating
}

/**
 * One check of a leaf: the pattern as a loop (./pattern.ts), or its regular expression, or the
 * plain predicate a check of the domain keeps, or the filter itself.
 */
type Test =
  | { readonly match: (s: string) => boolean }
  | { readonly regExp: RegExp }
  | { readonly predicate: (u: unknown) => boolean }
  | { readonly filter: Filter; readonly ast: SchemaAST.AST }

// effect's `isPattern` tests the RegExp from index 0 (it resets `lastIndex`): the same test as a
// RegExp without `g`; a sticky one is left to the filter. One test per filter, whatever the
// schemas it is in (a record id's is in most of them).
const generatedPatterns = new WeakMap<Filter, Test | undefined>()
const plainPatterns = new WeakMap<Filter, Test | undefined>()
const patternOf = (f: Filter): Test | undefined => {
  const generated = canGenerate()
  const patterns = generated ? generatedPatterns : plainPatterns
  if (patterns.has(f)) return patterns.get(f)
  const rep = f.annotations?.representation as { readonly id?: unknown; readonly payload?: unknown } | undefined
  const payload = rep?.payload as { readonly source?: unknown; readonly flags?: unknown } | undefined
  let test: Test | undefined
  if (
    rep?.id === "effect/schema/isPattern" &&
    typeof payload?.source === "string" &&
    typeof payload.flags === "string" &&
    !payload.flags.includes("y")
  ) {
    const match = generated ? matcher(payload.source, payload.flags) : undefined
    test = match === undefined ? { regExp: new RegExp(payload.source, payload.flags.replace("g", "")) } : { match }
  }
  patterns.set(f, test)
  return test
}

const testOf = (f: Filter, ast: SchemaAST.AST): Test => {
  const pattern = patternOf(f)
  if (pattern !== undefined) return pattern
  const predicate = predicateOf(f)
  return predicate === undefined ? { filter: f, ast } : { predicate }
}

const testsOf = (ast: SchemaAST.AST): ReadonlyArray<Test> =>
  ast.checks === undefined ? [] : filters(ast.checks).map((f) => testOf(f, ast))

// a literal a Set finds exactly as `===` does (NaN is the one value they disagree on)
const plainLiteral = (t: SchemaAST.AST): t is SchemaAST.Literal =>
  t._tag === "Literal" &&
  t.encoding === undefined &&
  t.checks === undefined &&
  !(typeof t.literal === "number" && Number.isNaN(t.literal))

type Kind =
  | { readonly type: "string" | "number" | "boolean" }
  | { readonly type: "literal"; readonly literal: unknown }
  | { readonly type: "literals"; readonly set: ReadonlySet<unknown> }

interface Leaf {
  readonly kind: Kind
  readonly tests: ReadonlyArray<Test>
}

const leafOf = (ast: SchemaAST.AST): Leaf | undefined => {
  if (ast.encoding !== undefined) return undefined
  const leaf = (kind: Kind): Leaf => ({ kind, tests: testsOf(ast) })
  switch (ast._tag) {
    case "String":
      return leaf({ type: "string" })
    case "Number":
      return leaf({ type: "number" })
    case "Boolean":
      return leaf({ type: "boolean" })
    case "Literal":
      return leaf({ type: "literal", literal: ast.literal })
    case "Union":
      // a union of literals gives back the literal it is: which member matched does not matter
      return ast.types.length > 0 && ast.types.every(plainLiteral)
        ? leaf({ type: "literals", set: new Set(ast.types.map((t) => (t as SchemaAST.Literal).literal)) })
        : undefined
    default:
      return undefined
  }
}

/**
 * Whether a node takes a string, a number, a boolean or one of some literals, as they are, by its
 * own checks: what it says of a value depends on the value alone.
 */
export const isScalar = (ast: SchemaAST.AST): boolean => leafOf(ast) !== undefined

const typeTest = (kind: Kind): ((u: unknown) => boolean) => {
  switch (kind.type) {
    case "string":
      return (u) => typeof u === "string"
    case "number":
      return (u) => typeof u === "number" && Number.isFinite(u)
    case "boolean":
      return (u) => typeof u === "boolean"
    case "literal": {
      const literal = kind.literal
      return (u) => u === literal
    }
    case "literals": {
      const set = kind.set
      return (u) => set.has(u)
    }
  }
}

// a test as one function, chosen once rather than on each value
const passes = (t: Test): ((u: unknown) => boolean) => {
  if ("match" in t) return t.match as (u: unknown) => boolean
  if ("regExp" in t) {
    const regExp = t.regExp
    return (u) => regExp.test(u as string)
  }
  if ("predicate" in t) return t.predicate
  const { filter, ast } = t
  return (u) => filter.run(u, ast, parseOptions) === undefined
}

const leafDecoder = (leaf: Leaf): Decode => {
  const is = typeTest(leaf.kind)
  const tests = leaf.tests.map(passes)
  // a leaf has a pattern, a pattern and a predicate (a date, a SIRET), rarely more
  const [a, b] = tests as [(u: unknown) => boolean, (u: unknown) => boolean]
  switch (tests.length) {
    case 0:
      return (u) => (is(u) ? u : no)
    case 1:
      return (u) => (is(u) && a(u) ? u : no)
    case 2:
      return (u) => (is(u) && a(u) && b(u) ? u : no)
    default:
      return (u) => {
        if (!is(u)) return no
        for (let i = 0; i < tests.length; i++) if (!(tests[i] as (u: unknown) => boolean)(u)) return no
        return u
      }
  }
}

// ---------------------------------------------------------------------------------------------
// Structs

interface Field {
  readonly name: string
  readonly optional: boolean
  readonly leaf: Leaf | undefined
  readonly decode: Decode
}

const fieldsOf = (ast: SchemaAST.Objects): ReadonlyArray<Field> | undefined => {
  const out: Array<Field> = []
  for (const p of ast.propertySignatures) {
    if (typeof p.name !== "string") return undefined
    const optional = p.type.context?.isOptional === true
    // a forbidden key (type never) is simply not among the keys a value may have
    if (p.type._tag === "Never" && optional) continue
    out.push({ name: p.name, optional, leaf: leafOf(p.type), decode: compile(p.type) })
  }
  return out
}

const copy = (u: Record<string, unknown>): Record<string, unknown> => ({ ...u })

// whether a struct's value has a field, as effect asks it: `in`, but __proto__ only as its own key
// (an optional field read as undefined yet there is one effect refuses)
const has = (u: object, key: string) => (key === "__proto__" ? Object.hasOwn(u, key) : key in u)

// The steps, as closures. Each field is read by name; the value's own keys are then counted (an
// inherited enumerable key, or __proto__, counts too): one more than the fields read is a key the
// struct does not know.
const structClosures = (fields: ReadonlyArray<Field>, checks: ReadonlyArray<Filter>, ast: SchemaAST.AST): Decode => {
  const n = fields.length
  const verdicts = checks.map((c) => verdictOf(c, ast))
  return (u) => {
    if (typeof u !== "object" || u === null || Array.isArray(u)) return no
    const record = u as Record<string, unknown>
    let present = 0
    let out: Record<string, unknown> | undefined
    for (let i = 0; i < n; i++) {
      const f = fields[i] as Field
      const v = record[f.name]
      if (v === undefined) {
        if (!f.optional || has(record, f.name)) return no
        continue
      }
      const r = f.decode(v)
      if (r === no) return no
      if (r !== v) {
        out ??= copy(record)
        out[f.name] = r
      }
      present++
    }
    let keys = 0
    for (const _ in record) keys++
    if (keys !== present) return no
    const value = out ?? record
    for (let i = 0; i < verdicts.length; i++) if (!(verdicts[i] as (u: unknown) => boolean)(value)) return no
    return value
  }
}

// the type test of a leaf, written out: true when the value is refused
const refused = (kind: Kind, ref: (x: unknown) => string): string => {
  switch (kind.type) {
    case "string":
      return `typeof v !== "string"`
    case "number":
      return `typeof v !== "number" || !Number.isFinite(v)`
    case "boolean":
      return `typeof v !== "boolean"`
    case "literal":
      return `v !== ${constant(kind.literal, ref)}`
    case "literals":
      // a few: compared one by one; more: looked up
      return kind.set.size <= 8
        ? `!(${[...kind.set].map((l) => `v === ${constant(l, ref)}`).join(" || ")})`
        : `!${ref(kind.set)}.has(v)`
  }
}

// a literal in the written code: a text or a finite number as such, anything else by reference
const constant = (literal: unknown, ref: (x: unknown) => string): string =>
  typeof literal === "string" || (typeof literal === "number" && Number.isFinite(literal) && !Object.is(literal, -0))
    ? JSON.stringify(literal)
    : ref(literal)

// The same steps written out as one function per struct.
const structSource = (fields: ReadonlyArray<Field>, checks: ReadonlyArray<Filter>, ast: SchemaAST.AST) => {
  const refs: Array<unknown> = []
  const ref = (x: unknown) => `R[${refs.push(x) - 1}]`
  const body: Array<string> = [
    `if (typeof u !== "object" || u === null || Array.isArray(u)) return no;`,
    "var present = 0, out, v, r;"
  ]
  for (const f of fields) {
    const key = JSON.stringify(f.name)
    body.push(`v = u[${key}];`)
    body.push(
      f.optional
        ? `if (v === undefined) { if (${f.name === "__proto__" ? `Object.hasOwn(u, ${key})` : `${key} in u`}) return no; } else {`
        : "if (v === undefined) return no; else {"
    )
    if (f.leaf !== undefined) {
      body.push(`if (${refused(f.leaf.kind, ref)}) return no;`)
      for (const t of f.leaf.tests)
        body.push(
          "match" in t
            ? `if (!${ref(t.match)}(v)) return no;`
            : "regExp" in t
              ? `if (!${ref(t.regExp)}.test(v)) return no;`
              : "predicate" in t
                ? `if (!${ref(t.predicate)}(v)) return no;`
                : `if (${ref(t.filter)}.run(v, ${ref(t.ast)}, O) !== undefined) return no;`
        )
    } else {
      body.push(`r = ${ref(f.decode)}(v); if (r === no) return no;`)
      body.push(`if (r !== v) { if (out === undefined) out = copy(u); out[${key}] = r; }`)
    }
    body.push("present++; }")
  }
  body.push("var keys = 0; for (var k in u) keys++; if (keys !== present) return no;")
  body.push("var value = out === undefined ? u : out;")
  for (const c of checks) {
    const predicate = predicateOf(c)
    body.push(
      predicate === undefined
        ? `if (${ref(c)}.run(value, ${ref(ast)}, O) !== undefined) return no;`
        : `if (!${ref(predicate)}(value)) return no;`
    )
  }
  body.push("return value;")
  return { source: body.join("\n"), refs }
}

/**
 * Compiles structs and patterns into closures and regular expressions rather than generated
 * functions, as where the platform refuses `new Function`: the tests hold both to the same answers.
 */
export const withoutGeneratedCode = <A>(f: () => A): A => {
  const before = generating
  generating = false
  try {
    return f()
  } finally {
    generating = before
  }
}

const struct = (ast: SchemaAST.Objects): Decode | undefined => {
  if (ast.indexSignatures.length > 0) return undefined
  const fields = fieldsOf(ast)
  if (fields === undefined) return undefined
  const checks = ast.checks === undefined ? [] : filters(ast.checks)
  if (!canGenerate()) return structClosures(fields, checks, ast)
  const { source, refs } = structSource(fields, checks, ast)
  return new Function("R", "no", "O", "copy", `return function (u) {\n${source}\n}`)(
    refs,
    no,
    parseOptions,
    copy
  ) as Decode
}

const structure = (ast: SchemaAST.AST): Decode | undefined => {
  switch (ast._tag) {
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
    default:
      return undefined
  }
}

/** The decoder of a schema's AST. */
export const compile = (ast: SchemaAST.AST): Decode => {
  if (ast.encoding !== undefined) return delegate(ast)
  const leaf = leafOf(ast)
  if (leaf !== undefined) return leafDecoder(leaf)
  // a struct runs its own checks, on the value it decoded
  if (ast._tag === "Objects") return struct(ast) ?? delegate(ast)
  const base = structure(ast)
  if (base === undefined) return delegate(ast)
  if (ast.checks === undefined) return base
  // a list over its maximum is refused before its elements are read (two million of them...): the
  // maximum's own check is then that test, not run again
  const maximum = ast._tag === "Arrays" ? maximumOf(ast) : undefined
  const fs = filters(ast.checks)
    .filter((f) => f !== maximum?.filter)
    .map((f) => verdictOf(f, ast))
  const checked: Decode =
    fs.length === 0
      ? base
      : (u) => {
          const out = base(u)
          if (out === no) return no
          for (const f of fs) if (!f(out)) return no
          return out
        }
  if (maximum === undefined) return checked
  const max = maximum.max
  return (u) => (Array.isArray(u) && u.length > max ? no : checked(u))
}
