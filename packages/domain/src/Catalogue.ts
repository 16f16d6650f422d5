/**
 * The catalogue of diagnostics: every code this project raises is defined once, with its
 * severity, the clause it enforces if any, its typed parameters and its message in each language
 * rendered from them, what it means and how to fix the data. A raise site names a definition and
 * gives parameters; it writes no message of its own.
 *
 * Each package defines its codes in its own `Codes` module (the domain's are `Codes`);
 * defining a module registers its codes here, so tools (the docs page of codes, the check that
 * every code is raised by a test) list them all. A code defined twice is a programming error,
 * thrown when the second module loads.
 *
 * The `example` family of codes is reserved to documentation examples and tests of the catalogue.
 *
 * Messages never carry a personal value (a5#1): a parameter is a public code, a field name, a
 * count, a list of accepted values, never what a young person's record holds.
 *
 * @since 0.3.0
 */
import type { Bilingual } from "./Annotations.js"

/** How serious: an error rejects the record or the act, a warning informs. @since 0.3.0 */
export type Severity = "error" | "warning"

/** A language messages are written in. @since 0.3.0 */
export type Lang = keyof Bilingual

/** The parameters of a message: public values only (codes, names of fields, counts). @since 0.3.0 */
export type Params = Readonly<Record<string, string | number | boolean | ReadonlyArray<string> | undefined>>

/** A message per language, rendered from the parameters. @since 0.3.0 */
export type Messages<P extends Params> = { readonly [L in Lang]: (params: P) => string }

/**
 * A code's definition.
 *
 * @since 0.3.0
 */
export interface Definition<P extends Params = Params> {
  /** Stable and machine-readable: `family.what` (`siret.checksum`, `composition.consent-missing`). */
  readonly code: string
  readonly severity: Severity
  /** The clause of the agreement the code enforces (`a5#1`), when it enforces one. */
  readonly clause?: string
  /** What the code means, in a line (the heading of its entry in the docs). */
  readonly title: Bilingual
  /** How to fix the data, the plugin or the act. */
  readonly fix: Bilingual
  /** What triggers it: a record, a CSV line, a command (shown in the docs). */
  readonly example?: string
  /** The message, rendered from the parameters. */
  readonly message: Messages<P>
}

/**
 * What a raise produces, before it is located: code, severity, clause and message. Every issue
 * shape of the project (a decode's diagnostic, a plugin's or an act's problem, a file's issue)
 * extends it.
 *
 * @since 0.3.0
 */
export interface Raised {
  readonly code: string
  readonly severity: Severity
  readonly message: Bilingual
  readonly clause?: string
}

/**
 * One issue, located: where (a file and line, a path inside a record or an act, what it is about
 * and the other side of a conflict), what (code, severity, clause, message) and, for public codes
 * only, the offending value.
 *
 * @since 0.3.0
 */
export interface Issue extends Raised {
  readonly file?: string
  /** 1-based line of the record in its file. */
  readonly line?: number
  /** Where inside the record or the act, as a JSON path (`$.companies[1]`). */
  readonly path?: string
  /** What the issue is about: a plugin, an act. */
  readonly subject?: Bilingual
  /** The other side of a conflict. */
  readonly other?: Bilingual
  /** The offending value, only when it is public (a code, an identifier of a company). */
  readonly value?: string
}

/**
 * A defined code: its definition, and `raise` to produce an issue from parameters.
 *
 * @since 0.3.0
 */
export interface Code<P extends Params = Params> extends Definition<P> {
  readonly raise: (params: P) => Raised
}

// shared by every copy of this module (ESM and CommonJS builds may both load): one catalogue
interface Store {
  readonly definitions: Map<string, Definition<never>>
  readonly raised: Set<string>
}
const storeKey = Symbol.for("@accord-jeunes/domain/Catalogue")
const store: Store = ((globalThis as Record<symbol, unknown>)[storeKey] as Store | undefined) ?? {
  definitions: new Map(),
  raised: new Set()
}
;(globalThis as Record<symbol, unknown>)[storeKey] = store

const codeFormat = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/u

/**
 * Defines a code. Its parameters are typed: a raise site cannot forget one or misspell it.
 *
 * @example
 * ```ts
 * import { Catalogue } from "@accord-jeunes/domain"
 * const tooMany = Catalogue.define<{ readonly count: number }>({
 *   code: "example.too-many",
 *   severity: "warning",
 *   title: { fr: "Trop d'éléments", en: "Too many items" },
 *   fix: { fr: "Retirez des éléments.", en: "Remove some items." },
 *   message: {
 *     fr: ({ count }) => `${count} éléments : au plus 3`,
 *     en: ({ count }) => `${count} items: at most 3`
 *   }
 * })
 * tooMany.raise({ count: 5 }).message.fr // "5 éléments : au plus 3"
 * ```
 * @since 0.3.0
 */
export const define = <P extends Params = Record<never, never>>(definition: Definition<P>): Code<P> => {
  if (!codeFormat.test(definition.code)) throw new Error(`Diagnostic code "${definition.code}" is not family.what`)
  const known = store.definitions.get(definition.code)
  // the same module loaded twice (ESM and CommonJS) defines the same object shape: keep the first
  if (known !== undefined && known.title.en !== definition.title.en)
    throw new Error(`Diagnostic code "${definition.code}" is defined twice`)
  if (known === undefined) store.definitions.set(definition.code, definition as Definition<never>)
  const base: Omit<Raised, "message"> =
    definition.clause === undefined
      ? { code: definition.code, severity: definition.severity }
      : { code: definition.code, severity: definition.severity, clause: definition.clause }
  return {
    ...definition,
    raise: (params) => {
      store.raised.add(definition.code)
      return { ...base, message: render(definition, params) }
    }
  }
}

const langs: ReadonlyArray<Lang> = ["fr", "en"]

/**
 * Renders a code's message in every language, without recording a raise: a schema renders the
 * message of its check once, when it is built; the decode that reports it records the raise.
 *
 * @example
 * ```ts
 * import { Catalogue, Codes } from "@accord-jeunes/domain"
 * const m = Catalogue.render(Codes.periodEndBeforeStart, { earlier: "startDate", later: "endDate" })
 * m.en // "endDate cannot be before startDate"
 * ```
 * @since 0.3.0
 */
export const render = <P extends Params>(definition: Definition<P>, params: P): Bilingual =>
  Object.fromEntries(langs.map((lang) => [lang, definition.message[lang](params)])) as unknown as Bilingual

/**
 * Records that a code was raised by a path that does not go through `raise` (a schema check
 * carries its code as an annotation).
 *
 * @since 0.3.0
 */
export const noteRaised = (code: string): void => {
  store.raised.add(code)
}

/**
 * Every defined code, sorted by code.
 *
 * @since 0.3.0
 */
export const definitions = (): ReadonlyArray<Definition<never>> =>
  [...store.definitions.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))

/**
 * The definition of a code, if it is defined.
 *
 * @since 0.3.0
 */
export const lookup = (code: string): Definition<never> | undefined => store.definitions.get(code)

/**
 * The codes raised in this process so far (the test suite's check that every code is raised
 * reads it).
 *
 * @since 0.3.0
 */
export const raisedCodes = (): ReadonlySet<string> => store.raised

/**
 * The anchor of a code in the docs page of codes: `siret.checksum` → `siret-checksum`.
 *
 * @since 0.3.0
 */
export const anchorOf = (code: string): string => code.replace(/\./gu, "-")

/**
 * Where a code is documented, for messages that link to it.
 *
 * @since 0.3.0
 */
export const docsUrl = (code: string): string =>
  `https://github.com/accord-jeunes/accord-jeunes/blob/main/docs/codes.md#${anchorOf(code)}`

/**
 * Lists values for a message, at most `max` shown: `a, b, c, …`.
 *
 * @since 0.3.0
 */
export const list = (values: ReadonlyArray<string>, max = 12): string =>
  values.length > max ? `${values.slice(0, max).join(", ")}, …` : values.join(", ")
