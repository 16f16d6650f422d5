/**
 * Diagnostics: what a failed decode says, turned into located, coded, bilingual messages.
 * Every check of this library carries a stable `code` and a French and English message;
 * structural failures (a missing field, a wrong type) get generic codes.
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

/**
 * One problem found in a value: where (a path of keys and indexes), a stable code, and the
 * message in French and English.
 *
 * @since 0.1.0
 */
export interface Diagnostic {
  readonly path: ReadonlyArray<PropertyKey>
  readonly code: string
  readonly message: Bilingual
}

/** A language the messages are available in. @since 0.1.0 */
export type Lang = keyof Bilingual

const typeNames: Readonly<Record<string, Bilingual>> = {
  String: { fr: "un texte", en: "a string" },
  Number: { fr: "un nombre", en: "a number" },
  Boolean: { fr: "un booléen (true ou false)", en: "a boolean (true or false)" },
  Objects: { fr: "un objet", en: "an object" },
  Arrays: { fr: "une liste", en: "an array" },
  Null: { fr: "null", en: "null" },
  Never: { fr: "aucune valeur", en: "no value" }
}

const expectedOf = (ast: SchemaAST.AST): Bilingual => {
  const a = ast.annotations
  if (a?.messages) return a.messages as Bilingual
  if (ast._tag === "Literal") {
    const v = JSON.stringify(ast.literal)
    return { fr: `la valeur ${v}`, en: `the value ${v}` }
  }
  if (ast._tag === "Union" && ast.types.every((t) => t._tag === "Literal")) {
    const values = ast.types.map((t) => JSON.stringify((t as SchemaAST.Literal).literal))
    const shown = values.length > 12 ? `${values.slice(0, 12).join(", ")}, …` : values.join(", ")
    return { fr: `une des valeurs ${shown}`, en: `one of ${shown}` }
  }
  const named = typeNames[ast._tag]
  if (named) return named
  const id = typeof a?.identifier === "string" ? a.identifier : ast._tag
  return { fr: `une valeur de type ${id}`, en: `a value of type ${id}` }
}

const expected = (e: Bilingual): Bilingual => ({ fr: `Attendu : ${e.fr}`, en: `Expected ${e.en}` })

const walk = (issue: SchemaIssue.Issue, path: ReadonlyArray<PropertyKey>, out: Array<Diagnostic>): void => {
  switch (issue._tag) {
    case "Pointer":
      walk(issue.issue, [...path, ...issue.path], out)
      return
    case "Composite":
      for (const i of issue.issues) walk(i, path, out)
      return
    case "Encoding":
      walk(issue.issue, path, out)
      return
    case "AnyOf": {
      const literalUnion = issue.ast.types.every((t) => t._tag === "Literal")
      if (issue.issues.length === 0 || literalUnion) {
        out.push({ path, code: "value.not-allowed", message: expected(expectedOf(issue.ast)) })
        return
      }
      for (const i of issue.issues) walk(i, path, out)
      return
    }
    case "Filter": {
      const a = issue.filter.annotations
      if (a?.messages) {
        out.push({ path, code: a.code ?? "value.invalid", message: expected(a.messages as Bilingual) })
        return
      }
      if (typeof a?.expected === "string") {
        out.push({
          path,
          code: a.code ?? "value.invalid",
          message: { fr: `Attendu : ${a.expected}`, en: `Expected ${a.expected}` }
        })
        return
      }
      walk(issue.issue, path, out)
      return
    }
    case "MissingKey":
      out.push({
        path,
        code: "field.missing",
        message: { fr: "Champ obligatoire absent", en: "Required field is missing" }
      })
      return
    case "UnexpectedKey":
      out.push({
        path,
        code: "field.unexpected",
        message: { fr: "Champ non prévu par le schéma", en: "Field not allowed by the schema" }
      })
      return
    case "InvalidType": {
      const a = issue.ast.annotations
      if (a?.messages) {
        out.push({ path, code: a.code ?? "type.invalid", message: a.messages as Bilingual })
        return
      }
      out.push({ path, code: "type.invalid", message: expected(expectedOf(issue.ast)) })
      return
    }
    case "InvalidValue": {
      const a = issue.annotations
      const m = a?.messages as Bilingual | undefined
      const text = m ?? (typeof a?.message === "string" ? { fr: a.message, en: a.message } : undefined)
      out.push({
        path,
        code: (a?.code as string | undefined) ?? "value.invalid",
        message: text ?? { fr: "Valeur invalide", en: "Invalid value" }
      })
      return
    }
    case "OneOf":
      out.push({
        path,
        code: "value.ambiguous",
        message: { fr: "La valeur correspond à plusieurs variantes", en: "The value matches several variants" }
      })
      return
    case "Forbidden":
      out.push({ path, code: "value.forbidden", message: { fr: "Opération interdite", en: "Forbidden operation" } })
      return
  }
}

/**
 * Turns a schema issue into diagnostics.
 *
 * @since 0.1.0
 */
export const fromIssue = (issue: SchemaIssue.Issue): ReadonlyArray<Diagnostic> => {
  const out: Array<Diagnostic> = []
  walk(issue, [], out)
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
export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (acc, key) =>
      typeof key === "number"
        ? `${acc}[${key}]`
        : /^[A-Za-z_$][\w$]*$/u.test(String(key))
          ? `${acc}.${String(key)}`
          : `${acc}[${JSON.stringify(String(key))}]`,
    "$"
  )

/**
 * One line per diagnostic, in the language asked for: `$.siret: Attendu : ... [siret.checksum]`.
 *
 * @since 0.1.0
 */
export const format = (diagnostics: ReadonlyArray<Diagnostic>, lang: Lang = "fr"): string =>
  diagnostics.map((d) => `${formatPath(d.path)}: ${d.message[lang]} [${d.code}]`).join("\n")

/**
 * Decodes an unknown value, reporting every problem (not just the first) and refusing keys the
 * schema does not know.
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
  return (input: unknown): Result.Result<S["Type"], ReadonlyArray<Diagnostic>> => {
    const r = parse(input, { errors: "all", onExcessProperty: "error" })
    return Result.isSuccess(r) ? Result.succeed(r.success) : Result.fail(fromIssue(r.failure.issue))
  }
}
