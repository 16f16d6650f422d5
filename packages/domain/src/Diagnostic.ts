/**
 * Diagnostics: what a failed decode says, turned into located issues whose code, severity,
 * clause and message come from the catalogue. A check of this library carries its code as an
 * annotation; structural failures (a missing field, a wrong type, a value outside a closed list)
 * get the domain's structural codes (`Codes`), with messages that say what to write: the
 * accepted values, the fields allowed, the type expected.
 *
 * The offending value is never copied into a message: records may hold personal data
 * (clause a5#1).
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import type * as SchemaIssue from "effect/SchemaIssue"
import type { Bilingual } from "./Annotations.js"
import * as Catalogue from "./Catalogue.js"
import * as Codes from "./Codes.js"
import { formatPath as format$ } from "./internal/path.js"
import { isDirectIdentifierField } from "./internal/personal.js"
import { annotationsOf as checkAnnotations, readsKey } from "./internal/rule.js"

/**
 * One problem found in a value: where (a path of keys and indexes), and what: a code of the
 * catalogue, its severity, the clause it enforces if any, and the message in French and English.
 *
 * @since 0.1.0
 */
export interface Diagnostic extends Catalogue.Raised {
  readonly path: ReadonlyArray<PropertyKey>
}

/** A language the messages are available in. @since 0.1.0 */
export type Lang = Catalogue.Lang

// --- what a schema node expects, as parameters of the structural codes ------------------------------

const literalText = (literal: unknown): string => (typeof literal === "string" ? literal : String(literal))

interface Expected {
  readonly types: Array<Codes.TypeName>
  readonly values: Array<string>
}

const typeNameOf = (ast: SchemaAST.AST): Codes.TypeName => {
  switch (ast._tag) {
    case "String":
    case "TemplateLiteral":
      return "string"
    case "Number":
      return "number"
    case "Boolean":
      return "boolean"
    case "Objects":
    case "ObjectKeyword":
      return "object"
    case "Arrays":
      return "array"
    case "Null":
      return "null"
    case "Never":
      return "nothing"
    default:
      return "other"
  }
}

const collectExpected = (ast: SchemaAST.AST, into: Expected): void => {
  if (ast._tag === "Literal") into.values.push(literalText(ast.literal))
  else if (ast._tag === "Enum") for (const [, v] of ast.enums) into.values.push(literalText(v))
  else if (ast._tag === "Union") for (const t of ast.types) collectExpected(t, into)
  else {
    const t = typeNameOf(ast)
    if (!into.types.includes(t)) into.types.push(t)
  }
}

const expectedOf = (ast: SchemaAST.AST): Expected => {
  const into: Expected = { types: [], values: [] }
  collectExpected(ast, into)
  return into
}

// A union of structs told apart by one literal field (`kind` of a record, `op` of an operation):
// when that field is missing or unknown, one issue that lists its values says more than the
// problems of every variant.
interface Discriminant {
  readonly key: string
  readonly values: ReadonlyArray<string>
}
const discriminants = new WeakMap<SchemaAST.Union, Discriminant | null>()
const discriminantOf = (ast: SchemaAST.Union): Discriminant | undefined => {
  const known = discriminants.get(ast)
  if (known !== undefined) return known ?? undefined
  let found: Discriminant | null = null
  const members = ast.types
  if (members.length > 1 && members.every((m) => m._tag === "Objects")) {
    const literalsOf = (m: SchemaAST.Objects) =>
      new Map(
        m.propertySignatures.flatMap((p) =>
          p.type._tag === "Literal" && typeof p.name === "string"
            ? [[p.name, literalText(p.type.literal)] as const]
            : []
        )
      )
    const maps = members.map((m) => literalsOf(m as SchemaAST.Objects))
    for (const key of (maps[0] as Map<string, string>).keys()) {
      const values = maps.map((m) => m.get(key))
      if (values.every((v) => v !== undefined) && new Set(values).size === values.length) {
        found = { key, values: values as ReadonlyArray<string> }
        break
      }
    }
  }
  discriminants.set(ast, found)
  return found ?? undefined
}

const noInput: unique symbol = Symbol("noInput")
type Input = unknown | typeof noInput

const valueAt = (root: Input, path: ReadonlyArray<PropertyKey>): Input => {
  let cur = root
  for (const k of path) {
    if (cur === noInput || cur === null || typeof cur !== "object" || !Object.hasOwn(cur, k)) return noInput
    cur = (cur as Record<PropertyKey, unknown>)[k]
  }
  return cur
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

// Without the input (an issue from elsewhere), a missing discriminant shows as every variant
// reporting it missing.
const reportsMissing = (issue: SchemaIssue.Issue, key: string): boolean => {
  switch (issue._tag) {
    case "Composite":
      return issue.issues.some((i) => reportsMissing(i, key))
    case "Pointer":
      return issue.path.length === 1 && issue.path[0] === key && issue.issue._tag === "MissingKey"
    default:
      return false
  }
}

// Built-in checks of effect (bounds, integers, lengths) by their representation.
const builtIn = (annotations: Schema.Annotations.Filter | undefined): Catalogue.Raised | undefined => {
  const rep = annotations?.representation as { readonly id?: unknown; readonly payload?: unknown } | undefined
  if (typeof rep?.id !== "string" || !rep.id.startsWith("effect/schema/")) return undefined
  const p = (rep.payload ?? {}) as Readonly<Record<string, unknown>>
  const n = (v: unknown) => (typeof v === "number" ? v : undefined)
  const rules: Readonly<Record<string, () => Catalogue.Raised>> = {
    isInt: () => Codes.valueInvalid.raise({ rule: "integer" }),
    isFinite: () => Codes.valueInvalid.raise({ rule: "finite" }),
    isGreaterThanOrEqualTo: () => Codes.valueInvalid.raise({ rule: "at-least", minimum: n(p.minimum) }),
    isGreaterThan: () => Codes.valueInvalid.raise({ rule: "more-than", minimum: n(p.exclusiveMinimum) }),
    isLessThanOrEqualTo: () => Codes.valueInvalid.raise({ rule: "at-most", maximum: n(p.maximum) }),
    isLessThan: () => Codes.valueInvalid.raise({ rule: "less-than", maximum: n(p.exclusiveMaximum) }),
    isBetween: () => Codes.valueInvalid.raise({ rule: "between", minimum: n(p.minimum), maximum: n(p.maximum) }),
    isMinLength: () => Codes.valueInvalid.raise({ rule: "min-length", minimum: n(p.minLength) }),
    isMaxLength: () => Codes.valueInvalid.raise({ rule: "max-length", maximum: n(p.maxLength) }),
    isBetweenLength: () =>
      Codes.valueInvalid.raise({ rule: "length-between", minimum: n(p.minimum), maximum: n(p.maximum) }),
    isUnique: () => Codes.valueInvalid.raise({ rule: "unique" }),
    isTrimmed: () => Codes.valueInvalid.raise({ rule: "trimmed" })
  }
  return rules[rep.id.slice("effect/schema/".length)]?.()
}

// A check that carries its code (and its rendered message) as annotations.
const annotated = (code: unknown, messages: unknown): Catalogue.Raised | undefined => {
  if (typeof code !== "string") return undefined
  const definition = Catalogue.lookup(code)
  // a code the catalogue does not define is still reported (and noted: the test of the catalogue
  // then names it), with the generic message when the check gives none
  const message =
    (messages as Bilingual | undefined) ??
    (definition === undefined
      ? Catalogue.render(Codes.valueInvalid, { rule: "other" })
      : Catalogue.render(definition, {} as never))
  Catalogue.noteRaised(code)
  const severity = definition?.severity ?? "error"
  return definition?.clause === undefined
    ? { code, severity, message }
    : { code, severity, clause: definition.clause, message }
}

const allowedFields = (ast: SchemaAST.AST): ReadonlyArray<string> | undefined =>
  ast._tag === "Objects"
    ? ast.propertySignatures.flatMap((p) => (typeof p.name === "string" && p.type._tag !== "Never" ? [p.name] : []))
    : undefined

const walk = (
  issue: SchemaIssue.Issue,
  path: ReadonlyArray<PropertyKey>,
  root: Input,
  out: Array<Diagnostic>
): void => {
  const push = (raised: Catalogue.Raised, at: ReadonlyArray<PropertyKey> = path) => out.push({ path: at, ...raised })
  switch (issue._tag) {
    case "Pointer":
      walk(issue.issue, [...path, ...issue.path], root, out)
      return
    case "Composite":
      for (const i of issue.issues) walk(i, path, root, out)
      return
    case "Encoding":
      walk(issue.issue, path, root, out)
      return
    case "AnyOf": {
      const tagged = discriminantOf(issue.ast)
      if (tagged !== undefined) {
        const actual = valueAt(root, path)
        if (actual !== noInput && !isRecord(actual)) {
          push(Codes.typeInvalid.raise({ types: ["object"] }))
          return
        }
        const missing =
          actual === noInput
            ? issue.issues.length > 0 && issue.issues.every((i) => reportsMissing(i, tagged.key))
            : !Object.hasOwn(actual, tagged.key)
        if (missing) {
          push(Codes.fieldMissing.raise({ values: tagged.values }), [...path, tagged.key])
          return
        }
        // without the input, no variant to try means an unknown value of the discriminant
        const unknown =
          actual === noInput ? issue.issues.length === 0 : !tagged.values.includes(literalText(actual[tagged.key]))
        if (unknown) {
          push(Codes.valueNotAllowed.raise({ values: tagged.values }), [...path, tagged.key])
          return
        }
      }
      if (issue.issues.length === 0 || issue.ast.types.every((t) => t._tag === "Literal")) {
        const e = expectedOf(issue.ast)
        push(
          e.types.length === 0
            ? Codes.valueNotAllowed.raise({ values: e.values })
            : Codes.typeInvalid.raise({ types: e.types, values: e.values })
        )
        return
      }
      for (const i of issue.issues) walk(i, path, root, out)
      return
    }
    case "Filter": {
      const a = issue.filter.annotations
      const raised = annotated(a?.code, a?.messages) ?? builtIn(a)
      if (raised !== undefined) push(raised)
      else if (typeof a?.expected === "string") push(Codes.valueInvalid.raise({ rule: "other" }))
      else walk(issue.issue, path, root, out)
      return
    }
    case "MissingKey":
      push(Codes.fieldMissing.raise({ element: typeof path.at(-1) === "number" }))
      return
    case "UnexpectedKey": {
      const key = path.at(-1)
      push(
        typeof key === "string" && isDirectIdentifierField(key)
          ? Codes.personalDataDirectIdentifier.raise({})
          : Codes.fieldUnexpected.raise({ allowed: allowedFields(issue.ast) })
      )
      return
    }
    case "InvalidType": {
      const a = issue.ast.annotations
      const raised = annotated(a?.code, a?.messages)
      if (raised !== undefined) {
        push(raised)
        return
      }
      const e = expectedOf(issue.ast)
      push(Codes.typeInvalid.raise({ types: e.types, values: e.values }))
      return
    }
    case "InvalidValue": {
      const a = issue.annotations
      push(annotated(a?.code, a?.messages) ?? Codes.valueInvalid.raise({ rule: "other" }))
      return
    }
    case "OneOf":
      push(Codes.valueAmbiguous.raise({}))
      return
    case "Forbidden":
      push(Codes.valueForbidden.raise({}))
      return
  }
}

/**
 * Turns a schema issue into diagnostics. Give the input that was decoded when you have it: a
 * record whose `kind` is missing or unknown then gets one diagnostic that lists the kinds.
 *
 * @since 0.1.0
 */
export const fromIssue = (issue: SchemaIssue.Issue, input: unknown = noInput): ReadonlyArray<Diagnostic> => {
  const out: Array<Diagnostic> = []
  walk(issue, [], input, out)
  return out
}

/**
 * Formats a path as a JSON-path-like string: `$.participants[2].siret`.
 *
 * @example
 * ```ts
 * import { Diagnostic } from "@accord-jeunes/domain"
 * Diagnostic.formatPath(["companies", 0, "siret"]) // "$.companies[0].siret"
 * ```
 * @since 0.1.0
 */
export const formatPath: (path: ReadonlyArray<PropertyKey>) => string = format$

/**
 * One line per diagnostic, in the language asked for: `$.siret: Attendu : ... [siret.checksum]`.
 *
 * @since 0.1.0
 */
export const format = (diagnostics: ReadonlyArray<Diagnostic>, lang: Lang = "fr"): string =>
  diagnostics.map((d) => `${formatPath(d.path)}: ${d.message[lang]} [${d.code}]`).join("\n")

/**
 * The diagnostic as the project's one issue shape, its path written as a JSON path.
 *
 * @example
 * ```ts
 * import { Diagnostic, Siret } from "@accord-jeunes/domain"
 * const r = Diagnostic.decode(Siret.Siret)("73282932000075")
 * r._tag === "Failure" && Diagnostic.toIssue(r.failure[0]).path // "$"
 * ```
 * @since 0.3.0
 */
export const toIssue = (d: Diagnostic): Catalogue.Issue => ({ ...d, path: formatPath(d.path) })

/**
 * The annotations for a check of your own that fails with a code of the catalogue: its code and
 * its message rendered from the code's definition. A decode reports the code with its severity
 * and clause, and records it as raised.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Catalogue, Diagnostic } from "@accord-jeunes/domain"
 * const even = Catalogue.define({
 *   code: "example.odd", severity: "error",
 *   title: { fr: "Nombre impair", en: "Odd number" }, fix: { fr: "Donnez un nombre pair.", en: "Give an even number." },
 *   message: { fr: () => "Attendu : un nombre pair", en: () => "Expected an even number" }
 * })
 * const Even = Schema.Number.check(Schema.makeFilter((n: number) => n % 2 === 0, Diagnostic.annotationsOf(even)))
 * const r = Diagnostic.decode(Even)(3)
 * r._tag === "Failure" && r.failure[0].code // "example.odd"
 * ```
 * @since 0.3.0
 */
export function annotationsOf(code: Catalogue.Code<Record<never, never>>): CheckAnnotations
export function annotationsOf<P extends Catalogue.Params>(code: Catalogue.Code<P>, params: P): CheckAnnotations
export function annotationsOf<P extends Catalogue.Params>(code: Catalogue.Code<P>, params?: P): CheckAnnotations {
  return checkAnnotations(code, (params ?? {}) as P)
}

/**
 * What {@link annotationsOf} gives: spread into a filter's annotations.
 *
 * @since 0.3.0
 */
// a type, not an interface: it must fit effect's annotation records (an index signature)
export type CheckAnnotations = {
  readonly message: string
  readonly messages: Bilingual
  readonly code: string
}

// effect runs a struct's checks only when all its fields decode. A record with a bad field would
// then show its cross-field errors (dates in the wrong order...) only once the field is fixed:
// run the checks that declare the fields they read, when those fields are all valid.
interface CrossCheck {
  readonly filter: SchemaAST.Filter<unknown>
  readonly reads: ReadonlyArray<unknown>
}

const crossChecksOf = (ast: SchemaAST.AST): ReadonlyArray<CrossCheck> => {
  if (ast._tag !== "Objects" || ast.checks === undefined) return []
  const flat = (c: SchemaAST.Check<unknown>): ReadonlyArray<SchemaAST.Filter<unknown>> =>
    c._tag === "Filter" ? [c] : c.checks.flatMap(flat)
  return ast.checks.flatMap(flat).flatMap((filter) => {
    const reads = filter.annotations?.[readsKey]
    return Array.isArray(reads) ? [{ filter, reads: reads as ReadonlyArray<unknown> }] : []
  })
}

/**
 * The cross-field step of {@link decode}, for one schema: given a value and the diagnostics its
 * decode found, it adds those of the struct's cross-field checks (the ones that name the fields
 * they read) whose fields all passed, each problem once. effect runs a struct's checks only when
 * every field decodes; with this step a record shows its cross-field errors (dates in the wrong
 * order...) together with its field errors. The checks are listed once, when the step is built;
 * for a union of records told apart by a literal field, those of the value's variant run.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Diagnostic, Participation } from "@accord-jeunes/domain"
 * const step = Diagnostic.crossFields(Participation.Participation.ast)
 * const input = { kind: "participation", status: "?", startDate: "2025-03-01", endDate: "2025-01-01" }
 * const r = Schema.decodeUnknownResult(Participation.Participation)(input, { errors: "all" })
 * // the field errors, then "period.end-before-start" (effect ran no struct check)
 * r._tag === "Failure" && step(input, Diagnostic.fromIssue(r.failure.issue, input)).map((d) => d.code)
 * ```
 * @since 0.3.0
 */
export const crossFields = (
  ast: SchemaAST.AST
): ((input: unknown, found: ReadonlyArray<Diagnostic>) => ReadonlyArray<Diagnostic>) => {
  const tagged = ast._tag === "Union" ? discriminantOf(ast) : undefined
  const byVariant: ReadonlyArray<ReadonlyArray<CrossCheck>> =
    ast._tag === "Union" ? (tagged === undefined ? [] : ast.types.map(crossChecksOf)) : [crossChecksOf(ast)]
  const targets: ReadonlyArray<SchemaAST.AST> = ast._tag === "Union" ? ast.types : [ast]
  if (byVariant.every((checks) => checks.length === 0)) return (_, found) => found
  return (input, found) => {
    if (!isRecord(input)) return found
    const i = tagged === undefined ? 0 : tagged.values.indexOf(literalText(input[tagged.key]))
    const checks = byVariant[i]
    if (checks === undefined || checks.length === 0) return found
    const failed = new Set<string>()
    for (const d of found) if (typeof d.path[0] === "string") failed.add(d.path[0])
    if (failed.size === 0) return found
    const target = targets[i] as SchemaAST.AST
    const extra: Array<Diagnostic> = []
    for (const { filter, reads } of checks) {
      if (reads.some((f) => failed.has(f as string))) continue
      let issue: SchemaIssue.Issue | undefined
      try {
        issue = filter.run(input, target, { errors: "all" })
      } catch {
        continue // a check that cannot read this record's shape says nothing
      }
      if (issue !== undefined) walk(issue, [], input, extra)
    }
    if (extra.length === 0) return found
    const seen = new Set(found.map((d) => `${formatPath(d.path)} ${d.code}`))
    return [...found, ...extra.filter((d) => !seen.has(`${formatPath(d.path)} ${d.code}`))]
  }
}

/**
 * Decodes an unknown value, reporting every problem (not just the first) and refusing keys the
 * schema does not know. The cross-field checks of a record (dates in order...) are reported with
 * its field errors, when the fields they read are valid.
 *
 * @example
 * ```ts
 * import { Diagnostic, Siret } from "@accord-jeunes/domain"
 * const r = Diagnostic.decode(Siret.Siret)("73282932000075")
 * // r._tag === "Failure", r.failure[0].code === "siret.checksum"
 * ```
 * @since 0.1.0
 */
export const decode = <S extends Schema.Decoder<unknown>>(schema: S) => {
  const parse = Schema.decodeUnknownResult(schema)
  let cross: ReturnType<typeof crossFields> | undefined
  return (input: unknown): Result.Result<S["Type"], ReadonlyArray<Diagnostic>> => {
    const r = parse(input, { errors: "all", onExcessProperty: "error" })
    if (Result.isSuccess(r)) return Result.succeed(r.success)
    // listed at the first failure: a decoder of a valid input never needs them
    cross ??= crossFields(schema.ast)
    return Result.fail(cross(input, fromIssue(r.failure.issue, input)))
  }
}
