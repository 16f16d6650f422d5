import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as Catalogue from "../Catalogue.js"
import * as Codes from "../Codes.js"
import { formatPath } from "./path.js"

/** A code whose message takes no parameters. */
export type Plain = Catalogue.Code<Record<never, never>>

/**
 * The annotations a check carries: its code and its message, rendered from the code's definition
 * (not raised: a schema is built once, its checks fail many times; `Diagnostic` notes the code
 * each time it reports one). `message` is what effect's own formatter shows.
 */
export const annotationsOf = <P extends Catalogue.Params>(code: Catalogue.Code<P>, params: P) => {
  const messages = Catalogue.render(code, params)
  return { message: messages.en, messages, code: code.code }
}

/**
 * The annotation under which a check built here ({@link rule}, {@link crossCheck}) keeps its
 * verdict as a plain function of the value: `true` exactly when the check's filter passes. It is
 * the very function the filter runs (a rule's predicate, or a cross-field check's findings asked
 * whether there are none), so a decoder compiled from the schema may call it directly, without
 * effect's filter wrapping and issue building around it, and no rule is written twice. Internal:
 * other packages of this repository read it by this key; it is not part of the public API.
 */
export const predicateKey = "checkPredicate"

/** The plain verdict a filter keeps under {@link predicateKey}, if it is one of this library's. */
export const predicateOf = (
  annotations: Schema.Annotations.Filter | undefined
): ((value: unknown) => boolean) | undefined => {
  const p = annotations?.[predicateKey]
  return typeof p === "function" ? (p as (value: unknown) => boolean) : undefined
}

/**
 * A check whose failure carries a code of the catalogue. `jsonSchema` is what other languages
 * see of it (a custom check has no JSON Schema form of its own: without it the rule would
 * silently vanish from the exported schema).
 */
export const rule = <T>(predicate: (value: T) => boolean, code: Plain, jsonSchema?: Record<string, unknown>) =>
  Schema.makeFilter<T>((value) => predicate(value), {
    ...annotationsOf(code, {}),
    [predicateKey]: predicate,
    ...(jsonSchema === undefined ? {} : { toJsonSchema: () => jsonSchema })
  })

/** A regular-expression check (the `u` flag is required for the pattern to reach JSON Schema). */
export const pattern = (regExp: RegExp, code: Plain) => {
  if (!regExp.flags.includes("u")) throw new Error(`pattern ${regExp} needs the u flag to be exported`)
  return Schema.isPattern(regExp, annotationsOf(code, {}))
}

/** A problem found by a cross-field check, at a path inside the checked value. */
export interface Finding {
  readonly path: ReadonlyArray<PropertyKey>
  readonly raised: Catalogue.Raised
}

/**
 * The annotation naming the fields a cross-field check reads: when a record has errors in other
 * fields (so effect does not run its checks), `Diagnostic.decode` still runs the checks whose
 * fields are all valid, and reports field and cross-field errors together.
 */
export const readsKey = "crossFieldReads"

/**
 * A check over a whole structure that may report several located problems (unknown
 * references, duplicate ids...). `description` says in JSON Schema what cannot be expressed there;
 * `reads`, the top-level fields the check reads, when it may run on a record whose other fields
 * are invalid (it must then tolerate their absence).
 */
export const crossCheck = <T>(
  findings: (value: T) => ReadonlyArray<Finding>,
  description: string,
  reads?: ReadonlyArray<string>
) =>
  Schema.makeFilter<T>(
    (value) => {
      const found = findings(value)
      return found.length === 0
        ? undefined
        : found.map((f) => ({
            path: f.path,
            issue: new SchemaIssue.InvalidValue({ messages: f.raised.message, code: f.raised.code }, value)
          }))
    },
    {
      toJsonSchema: () => ({ description }),
      [predicateKey]: (value: T) => findings(value).length === 0,
      ...(reads === undefined ? {} : { [readsKey]: reads })
    }
  )

/** Findings for ids that appear more than once in a list. */
export const duplicateIds = <A>(
  items: ReadonlyArray<A>,
  idOf: (a: A) => string,
  at: ReadonlyArray<PropertyKey>,
  what: Codes.DuplicateWhat
): ReadonlyArray<Finding> => {
  const seen = new Map<string, number>()
  const out: Array<Finding> = []
  items.forEach((item, i) => {
    const id = idOf(item)
    const first = seen.get(id)
    if (first === undefined) seen.set(id, i)
    else
      out.push({ path: [...at, i], raised: Codes.idDuplicate.raise({ what, id, first: formatPath([...at, first]) }) })
  })
  return out
}

/**
 * A check that the date in `later` is not before the date in `earlier` (both optional
 * calendar-date fields of the same struct; nothing is checked when one is absent). The message
 * names the two fields, never their values: they may be dates of a young person's pathway.
 */
export const datesInOrder = (
  earlier: string,
  later: string,
  code: Catalogue.Code<{ readonly earlier: string; readonly later: string }> = Codes.periodEndBeforeStart
) =>
  crossCheck(
    (o: Readonly<Record<string, unknown>>): ReadonlyArray<Finding> => {
      const a = o[earlier]
      const b = o[later]
      return typeof a === "string" && typeof b === "string" && b < a
        ? [{ path: [later], raised: code.raise({ earlier, later }) }]
        : []
    },
    `${later}, when present, is on or after ${earlier}`,
    [earlier, later]
  )
