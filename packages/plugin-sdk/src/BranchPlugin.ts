/**
 * Branch plugins: a professional branch states, as data, what it brings to the agreement
 * (its conventions, commitments, action types, trades, certifications, POEC sessions, referents,
 * indicators), with example records. The host validates a plugin when it loads it, and any
 * function a plugin carries is run guarded: a throw becomes a reported problem naming the plugin.
 *
 * @since 0.1.0
 */
import {
  ActionType,
  type Annotations,
  CalendarDate,
  Certification,
  Commitment,
  Diagnostic,
  ExchangeRecord,
  Identifier,
  Indicator,
  Party,
  Rome,
  Territory,
  Text
} from "@accord-jeunes/domain"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type { Problem } from "./Problem.js"
import * as SdkVersion from "./SdkVersion.js"

const semverVersion = Schema.String.check(
  Schema.makeFilter((s: string) => SdkVersion.isValidVersion(s), {
    expected: "a semantic version (e.g. 1.2.0)",
    messages: { fr: "une version sémantique (ex. 1.2.0)", en: "a semantic version (e.g. 1.2.0)" },
    code: "plugin.version-format"
  })
)
const semverRange = Schema.String.check(
  Schema.makeFilter((s: string) => SdkVersion.isValidRange(s), {
    expected: "a semantic-version range (e.g. ^0.1.0)",
    messages: { fr: "une plage de versions (ex. ^0.1.0)", en: "a semantic-version range (e.g. ^0.1.0)" },
    code: "plugin.range-format"
  })
)

// A plugin names its branch by the bare id: the SDK writes the party id `branch:<id>` itself.
const PluginBranchId = Identifier.BranchId.check(
  Schema.makeFilter((s: string) => !s.includes(":"), {
    expected: "a bare branch id, without namespace (e.g. proprete)",
    messages: {
      fr: "un identifiant de branche nu, sans espace de noms (ex. proprete)",
      en: "a bare branch id, without namespace (e.g. proprete)"
    },
    code: "plugin.id-format"
  })
)

/** Who the plugin is. @since 0.1.0 */
export const Meta = Schema.Struct({
  /** The branch id, bare (`proprete`, not `branch:proprete`); also the namespace of the plugin's own ids (`proprete:...`). */
  id: PluginBranchId,
  name: Text.LocalizedText,
  packageName: Text.NonEmptyText,
  version: semverVersion,
  /** The SDK versions the plugin works with (a semver range). */
  sdk: semverRange
})

/** A trade (ROME job) the branch recruits for. @since 0.1.0 */
export const Trade = Schema.Struct({
  rome: Rome.RomeCode,
  label: Schema.optionalKey(Text.LocalizedText)
})

/** A certification the branch prepares for: RNCP, RS, or a branch certificate (CQP). @since 0.1.0 */
export const BranchCertification = Schema.Union([
  Schema.Struct({ register: Schema.Literal("rncp"), code: Certification.RncpCode, title: Text.NonEmptyText }),
  Schema.Struct({ register: Schema.Literal("rs"), code: Certification.RsCode, title: Text.NonEmptyText }),
  // CQPs have no national code format: the branch's own reference is kept as text
  Schema.Struct({ register: Schema.Literal("cqp"), code: Text.NonEmptyText, title: Text.NonEmptyText })
])

/** A programmed POEC session (clause a3.3#3). @since 0.1.0 */
export const PoecSession = Schema.Struct({
  id: Identifier.RecordId,
  title: Text.NonEmptyText,
  region: Territory.RegionCode,
  startDate: CalendarDate.CalendarDate,
  endDate: Schema.optionalKey(CalendarDate.CalendarDate),
  places: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(1))),
  trades: Schema.optionalKey(Schema.Array(Rome.RomeCode))
})

/** A referent role the branch fills, nationally or in a region; the name is optional. @since 0.1.0 */
export const Referent = Schema.Struct({
  role: Text.NonEmptyText,
  level: Schema.Literals(["national", "regional"]),
  region: Schema.optionalKey(Territory.RegionCode),
  name: Schema.optionalKey(Text.NonEmptyText)
})

/**
 * The data of a branch plugin, as validated when it is loaded.
 *
 * @since 0.1.0
 */
export const Declaration = Schema.Struct({
  meta: Meta,
  conventions: Party.ProfessionalBranch.fields.conventions,
  commitments: Schema.Array(Commitment.Commitment),
  actionTypes: Schema.Struct({
    /** Types of the agreement's catalog the branch runs. */
    catalog: Schema.Array(Identifier.ActionTypeId),
    /** The branch's own types, in its namespace. */
    own: Schema.Array(ActionType.ActionType)
  }),
  trades: Schema.Array(Trade),
  certifications: Schema.Array(BranchCertification),
  poecSessions: Schema.Array(PoecSession),
  referents: Schema.Array(Referent),
  indicators: Schema.Array(Indicator.IndicatorDefinition),
  /** Records the branch's tools would produce; the conformance kit validates them. */
  exampleRecords: Schema.Array(Schema.Unknown),
  /** What the plugin leaves out and why (e.g. figures of a non-public annex). */
  notes: Schema.optionalKey(Text.LocalizedText)
}).annotate({ identifier: "BranchPluginDeclaration" })

/** @since 0.1.0 */
export type Declaration = typeof Declaration.Type

/**
 * Functions a plugin may carry. They must be pure; the host calls them guarded.
 *
 * @since 0.1.0
 */
export interface Hooks {
  /** Whether an employer (by its collective agreement and the job) belongs to the branch, beyond its IDCC set. */
  readonly attributes?: (employer: { readonly idcc?: string; readonly rome?: string }) => boolean
}

/**
 * What a plugin author writes: the declaration as plain JSON-like data, plus optional hooks.
 *
 * @since 0.1.0
 */
export type Input = typeof Declaration.Encoded & { readonly hooks?: Hooks }

/**
 * A branch plugin as published: the author's input, not yet validated.
 *
 * @since 0.1.0
 */
export interface BranchPlugin {
  readonly _tag: "BranchPlugin"
  readonly input: Input
}

/**
 * Declares a branch plugin. Nothing is checked here (a plugin must never make its importer
 * crash): the host validates it when it loads it, and the conformance kit in tests.
 *
 * @example
 * ```ts
 * import { defineBranchPlugin } from "@accord-jeunes/plugin-sdk"
 * export const plugin = defineBranchPlugin({
 *   meta: { id: "proprete", name: { fr: "Propreté", en: "Cleaning" }, packageName: "branch-proprete", version: "1.0.0", sdk: "^0.1.0" },
 *   conventions: [{ idcc: "3043" }],
 *   commitments: [], actionTypes: { catalog: ["company-visit"], own: [] },
 *   trades: [], certifications: [], poecSessions: [], referents: [], indicators: [], exampleRecords: []
 * })
 * plugin.input.meta.id // "proprete"
 * ```
 * @since 0.1.0
 */
export const defineBranchPlugin = (input: Input): BranchPlugin => ({ _tag: "BranchPlugin", input })

/**
 * A plugin that passed loading: its validated declaration and its hooks.
 *
 * @since 0.1.0
 */
export interface Loaded {
  readonly declaration: Declaration
  readonly hooks: Hooks
  /** The branch as a party of the agreement. */
  readonly branch: Party.ProfessionalBranch
  /** `plugin <package>@<version>`, for messages. */
  readonly label: string
}

// --- reading the author's input -----------------------------------------------------------------
// A plugin is someone else's code: its input may hold getters or Proxies that throw, cycles,
// functions. It is copied into plain data first, every read guarded, and only the copy is decoded;
// each place that could not be read becomes a located problem instead of a crash.

type Path = ReadonlyArray<PropertyKey>

interface Finding {
  readonly code: string
  readonly path: Path
  readonly message: Annotations.Bilingual
}

/** How deep and how big an input is read: a declaration is small, tree-shaped data. */
const maxDepth = 32
const maxValues = 100_000

/** The names of the hooks a plugin may carry. */
const hookNames: ReadonlyArray<string> = ["attributes"]

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s)

// What a plugin threw, as text; reading the thrown value may throw too.
const thrownText = (e: unknown): Annotations.Bilingual => {
  try {
    const m: unknown = e instanceof Error ? e.message : e
    const s = typeof m === "string" ? m : String(m)
    return { fr: clip(s, 200), en: clip(s, 200) }
  } catch {
    return { fr: "(message illisible)", en: "(unreadable message)" }
  }
}

const kindOf = (v: unknown): Annotations.Bilingual => {
  if (v === null) return { fr: "null", en: "null" }
  if (v === undefined) return { fr: "rien (undefined)", en: "nothing (undefined)" }
  switch (typeof v) {
    case "string":
      return { fr: "un texte", en: "a string" }
    case "number":
    case "bigint":
      return { fr: "un nombre", en: "a number" }
    case "boolean":
      return { fr: "un booléen", en: "a boolean" }
    case "function":
      return { fr: "une fonction", en: "a function" }
    case "object":
      return { fr: "un objet", en: "an object" }
    default:
      return { fr: typeof v, en: typeof v }
  }
}

interface Reading {
  readonly findings: Array<Finding>
  values: number
  truncated: boolean
}

type Read<A> = { readonly ok: true; readonly value: A } | { readonly ok: false }

const guarded = <A>(r: Reading, path: Path, f: () => A): Read<A> => {
  try {
    return { ok: true, value: f() }
  } catch (e) {
    const m = thrownText(e)
    r.findings.push({
      code: "plugin.unreadable",
      path,
      message: {
        fr: `Valeur illisible : sa lecture a levé une erreur (${m.fr}) ; une déclaration de plugin est faite de données simples (objets, listes, textes, nombres)`,
        en: `Value cannot be read: reading it threw (${m.en}); a plugin declaration is plain data (objects, arrays, strings, numbers)`
      }
    })
    return { ok: false }
  }
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

// Copies a value into plain data. Unreadable places, functions, cycles and oversized parts are
// left out (`undefined`) and reported; at the root, `hooks` is skipped (read by `readHooks`).
const copy = (r: Reading, value: unknown, path: Path, ancestors: ReadonlyArray<object>): unknown => {
  if (r.truncated) return undefined
  r.values += 1
  if (r.values > maxValues) {
    r.truncated = true
    r.findings.push({
      code: "plugin.too-large",
      path,
      message: {
        fr: `Plus de ${maxValues} valeurs : la suite n'a pas été lue ; une déclaration de plugin est de taille modeste`,
        en: `More than ${maxValues} values: the rest was not read; a plugin declaration is of modest size`
      }
    })
    return undefined
  }
  if (typeof value === "function") {
    r.findings.push({
      code: "plugin.not-data",
      path,
      message: {
        fr: "Une fonction n'est admise que dans « hooks » : attendu ici une donnée (objet, liste, texte, nombre)",
        en: 'A function is only allowed under "hooks": expected data here (object, array, string, number)'
      }
    })
    return undefined
  }
  if (typeof value !== "object" || value === null) return value
  if (ancestors.includes(value)) {
    r.findings.push({
      code: "plugin.cycle",
      path,
      message: {
        fr: "La valeur se contient elle-même (référence circulaire) : attendu des données arborescentes, comme en JSON",
        en: "The value contains itself (circular reference): expected tree-shaped data, as in JSON"
      }
    })
    return undefined
  }
  if (ancestors.length >= maxDepth) {
    r.findings.push({
      code: "plugin.too-large",
      path,
      message: {
        fr: `Plus de ${maxDepth} niveaux d'imbrication : la suite n'a pas été lue`,
        en: `Nested more than ${maxDepth} levels deep: the rest was not read`
      }
    })
    return undefined
  }
  const isArray = guarded(r, path, () => Array.isArray(value))
  if (!isArray.ok) return undefined
  const inner = [...ancestors, value]
  if (isArray.value) {
    const length = guarded(r, path, () => (value as ReadonlyArray<unknown>).length)
    if (!length.ok) return undefined
    const n = length.value
    // a Proxy may answer anything for `length`
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
      r.findings.push({
        code: "plugin.not-data",
        path,
        message: { fr: "Liste de longueur invalide", en: "Array with an invalid length" }
      })
      return undefined
    }
    if (n > maxValues) {
      r.findings.push({
        code: "plugin.too-large",
        path,
        message: {
          fr: `Liste de plus de ${maxValues} éléments : elle n'a pas été lue ; une déclaration de plugin est de taille modeste`,
          en: `Array of more than ${maxValues} items: it was not read; a plugin declaration is of modest size`
        }
      })
      return undefined
    }
    const out: Array<unknown> = []
    for (let i = 0; i < n && !r.truncated; i++) {
      const item = guarded(r, [...path, i], () => (value as ReadonlyArray<unknown>)[i])
      out.push(item.ok ? copy(r, item.value, [...path, i], inner) : undefined)
    }
    return out
  }
  const keys = guarded(r, path, () => Object.keys(value))
  if (!keys.ok) return undefined
  const out: Record<string, unknown> = {}
  for (const key of keys.value) {
    if (r.truncated) break
    if (ancestors.length === 0 && key === "hooks") continue
    const item = guarded(r, [...path, key], () => (value as Record<string, unknown>)[key])
    // defineProperty: a key named `__proto__` stays a key
    Object.defineProperty(out, key, {
      value: item.ok ? copy(r, item.value, [...path, key], inner) : undefined,
      enumerable: true,
      writable: true,
      configurable: true
    })
  }
  return out
}

// The hooks: an object of known functions, nothing else.
const readHooks = (r: Reading, input: object): Hooks => {
  const found = guarded(r, ["hooks"], () => (input as { hooks?: unknown }).hooks)
  if (!found.ok || found.value === undefined) return {}
  const raw = found.value
  const isArray = guarded(r, ["hooks"], () => Array.isArray(raw))
  if (!isArray.ok) return {}
  if (typeof raw !== "object" || raw === null || isArray.value) {
    const kind = kindOf(raw)
    r.findings.push({
      code: "plugin.hooks-not-object",
      path: ["hooks"],
      message: {
        fr: `Attendu : un objet de fonctions (ex. { attributes: (employeur) => … }), reçu ${isArray.value ? "une liste" : kind.fr}`,
        en: `Expected an object of functions (e.g. { attributes: (employer) => … }), got ${isArray.value ? "an array" : kind.en}`
      }
    })
    return {}
  }
  const keys = guarded(r, ["hooks"], () => Object.keys(raw))
  if (!keys.ok) return {}
  const hooks: Record<string, unknown> = {}
  for (const key of keys.value) {
    const path = ["hooks", key]
    if (!hookNames.includes(key)) {
      r.findings.push({
        code: "plugin.hook-unknown",
        path,
        message: {
          fr: `Fonction inconnue « ${clip(key, 60)} » : les fonctions admises sont ${hookNames.join(", ")}`,
          en: `Unknown function "${clip(key, 60)}": the functions allowed are ${hookNames.join(", ")}`
        }
      })
      continue
    }
    const hook = guarded(r, path, () => (raw as Record<string, unknown>)[key])
    if (!hook.ok || hook.value === undefined) continue
    if (typeof hook.value !== "function") {
      const kind = kindOf(hook.value)
      r.findings.push({
        code: "plugin.hook-not-function",
        path,
        message: { fr: `Attendu : une fonction, reçu ${kind.fr}`, en: `Expected a function, got ${kind.en}` }
      })
      continue
    }
    hooks[key] = hook.value
  }
  return hooks as Hooks
}

const read = (
  plugin: unknown
): {
  readonly data: unknown
  readonly hooks: Hooks
  readonly findings: Array<Finding>
  readonly truncated: boolean
} => {
  const r: Reading = { findings: [], values: 0, truncated: false }
  const input = guarded(r, [], () => (plugin as { input?: unknown } | null | undefined)?.input)
  if (!input.ok) return { data: undefined, hooks: {}, findings: r.findings, truncated: false }
  const data = copy(r, input.value, [], [])
  const isObject = isRecord(data) && typeof input.value === "object" && input.value !== null
  const hooks = isObject ? readHooks(r, input.value) : {}
  return { data, hooks, findings: r.findings, truncated: r.truncated }
}

const at = (data: unknown, ...keys: ReadonlyArray<string>): unknown =>
  keys.reduce<unknown>((v, k) => (isRecord(v) && Object.hasOwn(v, k) ? v[k] : undefined), data)

const subjectOfData = (data: unknown): string => {
  const name = at(data, "meta", "packageName")
  const id = at(data, "meta", "id")
  const version = at(data, "meta", "version")
  const shown = typeof name === "string" ? name : typeof id === "string" ? id : "?"
  return `plugin ${clip(shown, 100)}${typeof version === "string" ? `@${clip(version, 40)}` : ""}`
}

/**
 * The subject problems about a plugin carry: `plugin <package>@<version>` (`plugin ?` when its
 * metadata cannot be read). Never throws.
 *
 * @example
 * ```ts
 * import { BranchPlugin, defineBranchPlugin } from "@accord-jeunes/plugin-sdk"
 * BranchPlugin.subjectOf(defineBranchPlugin({ meta: { packageName: "branch-x", version: "1.0.0" } } as never)) // "plugin branch-x@1.0.0"
 * ```
 * @since 0.2.0
 */
export const subjectOf = (plugin: BranchPlugin): string => {
  const r: Reading = { findings: [], values: 0, truncated: false }
  const meta = guarded(r, [], () => {
    const m = (plugin as { input?: { meta?: unknown } } | null | undefined)?.input?.meta
    return isRecord(m) ? { packageName: m.packageName, id: m.id, version: m.version } : undefined
  })
  return subjectOfData(meta.ok ? { meta: meta.value } : undefined)
}

// --- checks ------------------------------------------------------------------------------------

// A branch id as a plugin gives it: bare (the SDK adds `branch:` for the party), lower-case.
const bareBranchId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u

const suggestedId = (s: string): string => {
  const last = s.slice(s.lastIndexOf(":") + 1)
  const slug = last
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "")
  return slug === "" ? "ma-branche" : clip(slug, 40)
}

const idFormatProblem = (subject: string, id: string): Problem => {
  const hint = suggestedId(id)
  return {
    code: "plugin.id-format",
    subject,
    path: "$.meta.id",
    message: {
      fr: `Attendu : l'identifiant nu de la branche, en minuscules, chiffres et tirets, sans préfixe ni espace de noms (ex. « ${hint} »), reçu « ${clip(id, 60)} »`,
      en: `Expected the branch's bare id, lower-case letters, digits and hyphens, with no prefix or namespace (e.g. "${hint}"), got "${clip(id, 60)}"`
    }
  }
}

interface IdAt {
  readonly id: string
  readonly index: number
}

// The string ids of a list of the raw input, with their positions (other items: the schema reports them).
const idsAt = (data: unknown, ...keys: ReadonlyArray<string>): ReadonlyArray<IdAt> => {
  const list = at(data, ...keys)
  return Array.isArray(list)
    ? list.flatMap((item: unknown, index) => {
        const id = at(item, "id")
        return typeof id === "string" ? [{ id, index }] : []
      })
    : []
}

const isSlug = Schema.is(Identifier.Slug)

const namespaced = (
  subject: string,
  ns: string,
  items: ReadonlyArray<IdAt>,
  where: string,
  what: { fr: string; en: string }
): ReadonlyArray<Problem> =>
  items.flatMap(({ id, index }) =>
    // an id that is not even a slug is reported by the schema
    !isSlug(id) || Identifier.namespaceOf(id) === ns
      ? []
      : [
          {
            code: "plugin.id-not-namespaced",
            subject,
            path: `$.${where}[${index}].id`,
            message: {
              fr: `${what.fr} « ${clip(id, 80)} » doit être dans l'espace de noms de la branche : « ${ns}:… »`,
              en: `${what.en} "${clip(id, 80)}" must be in the branch's namespace: "${ns}:…"`
            }
          }
        ]
  )

const duplicates = (
  subject: string,
  items: ReadonlyArray<IdAt>,
  where: string,
  what: { fr: string; en: string }
): ReadonlyArray<Problem> => {
  const seen = new Map<string, number>()
  return items.flatMap(({ id, index }) => {
    const first = seen.get(id)
    if (first === undefined) {
      seen.set(id, index)
      return []
    }
    return [
      {
        code: "plugin.duplicate-id",
        subject,
        path: `$.${where}[${index}].id`,
        message: {
          fr: `${what.fr} « ${clip(id, 80)} » est déjà déclaré en position ${first}`,
          en: `${what.en} "${clip(id, 80)}" is already declared at position ${first}`
        }
      }
    ]
  })
}

const referentProblems = (subject: string, referents: Declaration["referents"]): ReadonlyArray<Problem> =>
  referents.flatMap((r, i) =>
    (r.level === "regional") === (r.region === undefined)
      ? [
          {
            code: "plugin.referent-region",
            subject,
            path: `$.referents[${i}].region`,
            message: {
              fr: "Un référent régional indique sa région, un référent national n'en a pas",
              en: "A regional referent gives its region; a national one has none"
            }
          }
        ]
      : []
  )

const sessionProblems = (subject: string, sessions: Declaration["poecSessions"]): ReadonlyArray<Problem> =>
  sessions.flatMap((s, i) =>
    s.endDate !== undefined && s.endDate < s.startDate
      ? [
          {
            code: "plugin.session-dates",
            subject,
            path: `$.poecSessions[${i}].endDate`,
            message: {
              fr: "La session se termine avant d'avoir commencé",
              en: "The session ends before it starts"
            }
          }
        ]
      : []
  )

/**
 * Runs a plugin hook guarded: a throw becomes a problem naming the plugin and the hook.
 *
 * @since 0.1.0
 */
export const callHook = <A>(label: string, hook: string, f: () => A): Result.Result<A, Problem> => {
  try {
    return Result.succeed(f())
  } catch (e) {
    const m = thrownText(e)
    return Result.fail({
      code: "plugin.hook-threw",
      subject: label,
      path: `$.hooks.${hook}`,
      message: {
        fr: `La fonction « ${hook} » du plugin a levé une erreur : ${m.fr}`,
        en: `The plugin's "${hook}" function threw: ${m.en}`
      }
    })
  }
}

/** What the `attributes` hook is asked about. @since 0.2.0 */
export interface Employer {
  readonly idcc?: string
  readonly rome?: string
}

/**
 * Asks a plugin's `attributes` hook whether an employer belongs to the branch, guarded: a throw,
 * or an answer other than `true` or `false`, becomes a problem. `undefined` when the plugin has
 * no such hook.
 *
 * @example
 * ```ts
 * import { BranchPlugin } from "@accord-jeunes/plugin-sdk"
 * const plugin = { label: "plugin x@1.0.0", hooks: { attributes: () => "yes" as unknown as boolean } }
 * const r = BranchPlugin.attributes(plugin, { idcc: "3043" })
 * r._tag === "Failure" && r.failure.code // "plugin.hook-not-boolean"
 * ```
 * @since 0.2.0
 */
export const attributes = (
  plugin: Pick<Loaded, "hooks" | "label">,
  employer: Employer
): Result.Result<boolean | undefined, Problem> => {
  const hook = plugin.hooks.attributes
  if (hook === undefined) return Result.succeed(undefined)
  // a fresh frozen argument each time: a hook cannot change what the next call sees
  const answer = callHook(plugin.label, "attributes", () => hook(Object.freeze({ ...employer })) as unknown)
  if (Result.isFailure(answer)) return Result.fail(answer.failure)
  const value = answer.success
  if (typeof value === "boolean") return Result.succeed(value)
  const kind = kindOf(value)
  return Result.fail({
    code: "plugin.hook-not-boolean",
    subject: plugin.label,
    path: "$.hooks.attributes",
    message: {
      fr: `La fonction « attributes » doit répondre true ou false ; elle a répondu ${kind.fr}`,
      en: `The "attributes" function must answer true or false; it answered ${kind.en}`
    }
  })
}

const hookProblems = (label: string, hooks: Hooks, data: unknown): ReadonlyArray<Problem> => {
  if (hooks.attributes === undefined) return []
  const records = at(data, "exampleRecords")
  const employers: ReadonlyArray<Employer> = Array.isArray(records)
    ? records.map((o: unknown) => {
        const idcc = at(o, "idcc")
        const rome = at(o, "rome")
        return {
          ...(typeof idcc === "string" ? { idcc } : {}),
          ...(typeof rome === "string" ? { rome } : {})
        }
      })
    : []
  for (const employer of employers.length > 0 ? employers : [{}]) {
    const first = attributes({ label, hooks }, employer)
    if (Result.isFailure(first)) return [first.failure]
    const second = attributes({ label, hooks }, employer)
    if (Result.isFailure(second)) return [second.failure]
    if (second.success !== first.success)
      return [
        {
          code: "plugin.hook-impure",
          subject: label,
          path: "$.hooks.attributes",
          message: {
            fr: "La fonction « attributes » répond différemment à la même question : elle doit être pure",
            en: 'The "attributes" function answers the same question differently: it must be pure'
          }
        }
      ]
  }
  return []
}

const under = (path: string, blocked: ReadonlyArray<string>): boolean =>
  blocked.some((b) => path === b || b === "$" || path.startsWith(`${b}.`) || path.startsWith(`${b}[`))

const decodePart = <S extends Schema.Decoder<unknown>>(schema: S, value: unknown): S["Type"] | undefined => {
  const r = Diagnostic.decode(schema)(value)
  return Result.isSuccess(r) ? r.success : undefined
}

/** A check `load` could not run, and why. @since 0.2.0 */
export interface Skipped {
  readonly check: "sdk" | "namespace"
  readonly reason: Annotations.Bilingual
}

/**
 * Everything loading a plugin finds: every problem (not only the first kind), the checks that
 * could not run and why, and the parts of the input that could be read and decoded, so that
 * further checks (the conformance kit's) can run on them even when loading fails.
 *
 * @since 0.2.0
 */
export interface Inspection {
  /** `plugin <package>@<version>`, for messages. */
  readonly label: string
  readonly problems: ReadonlyArray<Problem>
  /** The loaded plugin, when there is no problem. */
  readonly loaded: Loaded | undefined
  readonly skipped: ReadonlyArray<Skipped>
  /** JSON paths of the places of the input that could not be read (nothing under them was checked). */
  readonly unreadable: ReadonlyArray<string>
  /** `meta.id`, when it is a valid bare branch id. */
  readonly branchId: Identifier.BranchId | undefined
  /** The branch's conventions, when they decode. */
  readonly conventions: Declaration["conventions"] | undefined
  /** The branch, when its id, name and conventions decode. */
  readonly branch: Party.ProfessionalBranch | undefined
  /** `meta.packageName`, when it is a string. */
  readonly packageName: string | undefined
  /** The example records as read (plain data), when they are a list. */
  readonly exampleRecords: ReadonlyArray<unknown> | undefined
  /** The hooks that are functions of a known name. */
  readonly hooks: Hooks
}

/**
 * Inspects a plugin: reads its input guarded (a getter or Proxy that throws, a cycle, a function
 * outside `hooks` become located problems), decodes it, and runs every check that can run on
 * what was read, whether or not the rest decoded: the SDK range, the branch id, ids unique and in
 * the branch's namespace, referents and sessions, and the hooks. Never throws.
 *
 * @example
 * ```ts
 * import { BranchPlugin, defineBranchPlugin } from "@accord-jeunes/plugin-sdk"
 * const both = defineBranchPlugin({
 *   meta: { id: "x", name: { fr: "X", en: "X" }, packageName: "x", version: "one", sdk: "^9.0.0" },
 *   conventions: [{ idcc: "9999" }], commitments: [], actionTypes: { catalog: [], own: [] },
 *   trades: [], certifications: [], poecSessions: [], referents: [], indicators: [], exampleRecords: []
 * })
 * BranchPlugin.inspect(both).problems.map((p) => p.code) // ["plugin.version-format", "plugin.sdk-out-of-range"]
 * ```
 * @since 0.2.0
 */
export const inspect = (plugin: BranchPlugin, options: { readonly sdkVersion?: string } = {}): Inspection => {
  const { data, hooks, findings, truncated } = read(plugin)
  const subject = subjectOfData(data)
  const sdkVersion = options.sdkVersion ?? SdkVersion.current
  const problems: Array<Problem> = findings.map((f) => ({
    code: f.code,
    subject,
    path: Diagnostic.formatPath(f.path),
    message: f.message
  }))
  // the schema is not asked about what could not be read: it would only say it is missing
  const blocked = problems.flatMap((p) => (p.path === undefined ? [] : [p.path]))
  if (truncated) blocked.push("$")
  const skipped: Array<Skipped> = []

  // the branch id, checked on the raw value for a message that says what to write instead
  const rawId = at(data, "meta", "id")
  const idIsBare = typeof rawId === "string" && bareBranchId.test(rawId)
  if (typeof rawId === "string" && !idIsBare && !under("$.meta.id", blocked)) {
    problems.push(idFormatProblem(subject, rawId))
    blocked.push("$.meta.id")
  }

  const decoded = Diagnostic.decode(Declaration)(data)
  if (Result.isFailure(decoded))
    for (const d of decoded.failure) {
      const path = Diagnostic.formatPath(d.path)
      if (!under(path, blocked)) problems.push({ code: d.code, subject, path, message: d.message })
    }
  const d = Result.isSuccess(decoded) ? decoded.success : undefined

  // the SDK range, read raw: a mismatch is worth saying even when other fields are wrong
  const range = at(data, "meta", "sdk")
  if (typeof range === "string" && SdkVersion.isValidRange(range)) {
    if (!SdkVersion.satisfies(sdkVersion, range)) {
      const packageName = at(data, "meta", "packageName")
      const plugin = typeof packageName === "string" ? clip(packageName, 100) : "?"
      // a plugin behind the SDK needs a new plugin release; one ahead of it needs a newer SDK
      const upgrade = SdkVersion.isAbove(sdkVersion, range)
        ? { fr: `le plugin ${plugin}`, en: `the plugin ${plugin}` }
        : { fr: "@accord-jeunes/plugin-sdk", en: "@accord-jeunes/plugin-sdk" }
      problems.push({
        code: "plugin.sdk-out-of-range",
        subject,
        path: "$.meta.sdk",
        message: {
          fr: `Le plugin accepte le SDK ${range} mais le SDK est en version ${sdkVersion} : mettez à jour ${upgrade.fr}`,
          en: `The plugin accepts SDK ${range} but the SDK is at ${sdkVersion}: upgrade ${upgrade.en}`
        }
      })
    }
  } else
    skipped.push({
      check: "sdk",
      reason: {
        fr: "meta.sdk n'est pas une plage de versions lisible : la compatibilité avec le SDK n'a pas été vérifiée",
        en: "meta.sdk is not a readable version range: compatibility with the SDK was not checked"
      }
    })

  // ids, on the raw lists: every string id is checked, whatever else fails
  const lists = [
    { ids: idsAt(data, "commitments"), where: "commitments", what: { fr: "L'engagement", en: "Commitment" } },
    {
      ids: idsAt(data, "actionTypes", "own"),
      where: "actionTypes.own",
      what: { fr: "Le type d'action", en: "Action type" }
    },
    { ids: idsAt(data, "indicators"), where: "indicators", what: { fr: "L'indicateur", en: "Indicator" } }
  ]
  if (idIsBare) for (const l of lists) problems.push(...namespaced(subject, rawId, l.ids, l.where, l.what))
  else
    skipped.push({
      check: "namespace",
      reason: {
        fr: "meta.id n'est pas un identifiant de branche valide : l'espace de noms des identifiants n'a pas été vérifié",
        en: "meta.id is not a valid branch id: the namespace of the ids was not checked"
      }
    })
  for (const l of lists) problems.push(...duplicates(subject, l.ids, l.where, l.what))
  problems.push(
    ...duplicates(subject, idsAt(data, "poecSessions"), "poecSessions", { fr: "La session", en: "Session" })
  )

  const referents = d?.referents ?? decodePart(Declaration.fields.referents, at(data, "referents"))
  if (referents !== undefined) problems.push(...referentProblems(subject, referents))
  const sessions = d?.poecSessions ?? decodePart(Declaration.fields.poecSessions, at(data, "poecSessions"))
  if (sessions !== undefined) problems.push(...sessionProblems(subject, sessions))

  problems.push(...hookProblems(subject, hooks, data))

  const name = d?.meta.name ?? decodePart(Meta.fields.name, at(data, "meta", "name"))
  const conventions = d?.conventions ?? decodePart(Declaration.fields.conventions, at(data, "conventions"))
  const branch: Party.ProfessionalBranch | undefined =
    idIsBare && name !== undefined && conventions !== undefined
      ? {
          kind: "branch",
          id: rawId as Identifier.BranchId,
          partyId: `branch:${rawId}` as Identifier.PartyId,
          name,
          conventions
        }
      : undefined
  const packageName = at(data, "meta", "packageName")
  const exampleRecords = at(data, "exampleRecords")
  return {
    label: subject,
    problems,
    loaded:
      problems.length === 0 && d !== undefined && branch !== undefined
        ? { declaration: d, hooks, branch, label: subject }
        : undefined,
    skipped,
    unreadable: findings.map((f) => Diagnostic.formatPath(f.path)),
    branchId: idIsBare ? (rawId as Identifier.BranchId) : undefined,
    conventions,
    branch,
    packageName: typeof packageName === "string" ? packageName : undefined,
    exampleRecords: Array.isArray(exampleRecords) ? exampleRecords : undefined,
    hooks
  }
}

/**
 * Validates a plugin: its declaration against the schema, the SDK range against this SDK, the
 * branch id (bare: `proprete`, not `branch:proprete`), ids unique and in the branch's namespace,
 * and its hooks (run on its example records' employers, twice, to check they do not throw, answer
 * `true` or `false`, and answer the same). Every problem is reported, not only the first kind;
 * nothing in the input can make it throw (see {@link inspect}).
 *
 * @example
 * ```ts
 * import { BranchPlugin, defineBranchPlugin } from "@accord-jeunes/plugin-sdk"
 * const tooNew = defineBranchPlugin({
 *   meta: { id: "x", name: { fr: "X", en: "X" }, packageName: "x", version: "1.0.0", sdk: "^9.0.0" },
 *   conventions: [{ idcc: "9999" }], commitments: [], actionTypes: { catalog: [], own: [] },
 *   trades: [], certifications: [], poecSessions: [], referents: [], indicators: [], exampleRecords: []
 * })
 * const r = BranchPlugin.load(tooNew)
 * r._tag // "Failure"
 * ```
 * @since 0.1.0
 */
export const load = (
  plugin: BranchPlugin,
  options: { readonly sdkVersion?: string } = {}
): Result.Result<Loaded, ReadonlyArray<Problem>> => {
  const inspection = inspect(plugin, options)
  return inspection.loaded === undefined ? Result.fail(inspection.problems) : Result.succeed(inspection.loaded)
}

/**
 * The example records of a loaded plugin, decoded; each problem names the record's position.
 *
 * @since 0.1.0
 */
export const exampleRecords = (loaded: {
  readonly label: string
  readonly declaration: { readonly exampleRecords: ReadonlyArray<unknown> }
}): { readonly records: ReadonlyArray<ExchangeRecord.ExchangeRecord>; readonly problems: ReadonlyArray<Problem> } => {
  const records: Array<ExchangeRecord.ExchangeRecord> = []
  const problems: Array<Problem> = []
  loaded.declaration.exampleRecords.forEach((r, i) => {
    const decoded = Diagnostic.decode(ExchangeRecord.ExchangeRecord)(r)
    if (Result.isSuccess(decoded)) records.push(decoded.success)
    else
      for (const d of decoded.failure)
        problems.push({
          code: d.code,
          subject: loaded.label,
          path: `$.exampleRecords[${i}]${Diagnostic.formatPath(d.path).slice(1)}`,
          message: d.message
        })
  })
  return { records, problems }
}
