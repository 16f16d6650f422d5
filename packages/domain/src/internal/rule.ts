import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import type { Bilingual } from "../Annotations.js"

/** A failure message with its stable code. */
export interface RuleMessage extends Bilingual {
  readonly code: string
}

const filterAnnotations = (message: RuleMessage) => ({
  expected: message.en,
  messages: { fr: message.fr, en: message.en },
  code: message.code
})

/**
 * A check whose failure carries a stable code and a French and English message.
 * `jsonSchema` is what other languages see of it (a custom check has no JSON Schema
 * form of its own: without it the rule would silently vanish from the exported schema).
 */
export const rule = <T>(predicate: (value: T) => boolean, message: RuleMessage, jsonSchema?: Record<string, unknown>) =>
  Schema.makeFilter<T>((value) => predicate(value), {
    ...filterAnnotations(message),
    ...(jsonSchema === undefined ? {} : { toJsonSchema: () => jsonSchema })
  })

/** A regular-expression check (the `u` flag is required for the pattern to reach JSON Schema). */
export const pattern = (regExp: RegExp, message: RuleMessage) => {
  if (!regExp.flags.includes("u")) throw new Error(`pattern ${regExp} needs the u flag to be exported`)
  return Schema.isPattern(regExp, filterAnnotations(message))
}

/** A length check on strings. */
export const lengthBetween = (min: number, max: number, message: RuleMessage) =>
  Schema.isBetweenLength(min, max, filterAnnotations(message))

/** A bounds check on numbers. */
export const between = (minimum: number, maximum: number, message: RuleMessage) =>
  Schema.isBetween({ minimum, maximum }, filterAnnotations(message))

/** A check that array elements are unique. */
export const unique = <T>(message: RuleMessage) => Schema.isUnique<T>(filterAnnotations(message))

/** A problem found by a cross-field check, at a path inside the checked value. */
export interface Finding extends RuleMessage {
  readonly path: ReadonlyArray<PropertyKey>
}

/**
 * A check over a whole structure that may report several located problems (unknown
 * references, duplicate ids...). `description` says in JSON Schema what cannot be expressed there.
 */
export const crossCheck = <T>(findings: (value: T) => ReadonlyArray<Finding>, description: string) =>
  Schema.makeFilter<T>(
    (value) => {
      const found = findings(value)
      return found.length === 0
        ? undefined
        : found.map((f) => ({
            path: f.path,
            issue: new SchemaIssue.InvalidValue({ messages: { fr: f.fr, en: f.en }, code: f.code }, value)
          }))
    },
    { toJsonSchema: () => ({ description }) }
  )

/** Findings for ids that appear more than once in a list. */
export const duplicateIds = <A>(
  items: ReadonlyArray<A>,
  idOf: (a: A) => string,
  at: ReadonlyArray<PropertyKey>,
  what: { readonly fr: string; readonly en: string }
): ReadonlyArray<Finding> => {
  const seen = new Map<string, number>()
  const out: Array<Finding> = []
  items.forEach((item, i) => {
    const id = idOf(item)
    const first = seen.get(id)
    if (first === undefined) seen.set(id, i)
    else
      out.push({
        path: [...at, i],
        code: "id.duplicate",
        fr: `${what.fr} « ${id} » déjà déclaré(e) à la position ${first}`,
        en: `${what.en} "${id}" already declared at position ${first}`
      })
  })
  return out
}

/**
 * A check that the date in `later` is not before the date in `earlier` (both optional
 * calendar-date fields of the same struct; nothing is checked when one is absent).
 */
export const datesInOrder = (earlier: string, later: string, code = "period.end-before-start") =>
  crossCheck((o: Readonly<Record<string, unknown>>): ReadonlyArray<Finding> => {
    const a = o[earlier]
    const b = o[later]
    return typeof a === "string" && typeof b === "string" && b < a
      ? [
          {
            path: [later],
            code,
            fr: `${later} (${b}) ne peut pas précéder ${earlier} (${a})`,
            en: `${later} (${b}) cannot be before ${earlier} (${a})`
          }
        ]
      : []
  }, `${later}, when present, is on or after ${earlier}`)
