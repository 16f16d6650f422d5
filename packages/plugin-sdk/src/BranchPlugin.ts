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
  type Catalogue,
  Certification,
  Commitment,
  Diagnostic,
  Codes as DomainCodes,
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
import * as Codes from "./Codes.js"
import * as Founding from "./Founding.js"
import { fromDiagnostic, type Problem, make as problem } from "./Problem.js"
import * as SdkVersion from "./SdkVersion.js"
import * as Texts from "./Texts.js"

const semverVersion = Schema.String.check(
  Schema.makeFilter((s: string) => SdkVersion.isValidVersion(s), Diagnostic.annotationsOf(Codes.pluginVersionFormat))
)
const semverRange = Schema.String.check(
  Schema.makeFilter((s: string) => SdkVersion.isValidRange(s), Diagnostic.annotationsOf(Codes.pluginRangeFormat))
)

// A plugin names its branch by the bare id: the SDK writes the party id `branch:<id>` itself.
const PluginBranchId = Identifier.BranchId.check(
  Schema.makeFilter((s: string) => !s.includes(":"), Diagnostic.annotationsOf(Codes.pluginIdFormat))
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
  readonly path: Path
  readonly raised: Catalogue.Raised
}

/** How deep and how big an input is read: a declaration is small, tree-shaped data. */
const maxDepth = 32
const maxValues = 100_000

/** The names of the hooks a plugin may carry. */
const hookNames: ReadonlyArray<string> = ["attributes"]

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s)

// What a plugin threw, as text (the plugin's own words); reading the thrown value may throw too.
const thrownText = (e: unknown): string | undefined => {
  try {
    const m: unknown = e instanceof Error ? e.message : e
    return clip(typeof m === "string" ? m : String(m), 200)
  } catch {
    return undefined
  }
}

// What a value is, named for messages (the words are in Codes).
const kindOf = (v: unknown): string => {
  if (v === null) return "null"
  if (v === undefined) return "undefined"
  if (Array.isArray(v)) return "array"
  switch (typeof v) {
    case "bigint":
      return "number"
    case "string":
    case "number":
    case "boolean":
    case "function":
    case "object":
      return typeof v
    default:
      return "other"
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
    const thrown = thrownText(e)
    r.findings.push({ path, raised: Codes.pluginUnreadable.raise(thrown === undefined ? {} : { thrown }) })
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
    r.findings.push({ path, raised: Codes.pluginTooLarge.raise({ limit: maxValues, what: "values" }) })
    return undefined
  }
  if (typeof value === "function") {
    r.findings.push({ path, raised: Codes.pluginNotData.raise({ what: "function" }) })
    return undefined
  }
  if (typeof value !== "object" || value === null) return value
  if (ancestors.includes(value)) {
    r.findings.push({ path, raised: Codes.pluginCycle.raise({}) })
    return undefined
  }
  if (ancestors.length >= maxDepth) {
    r.findings.push({ path, raised: Codes.pluginTooLarge.raise({ limit: maxDepth, what: "depth" }) })
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
      r.findings.push({ path, raised: Codes.pluginNotData.raise({ what: "length" }) })
      return undefined
    }
    if (n > maxValues) {
      r.findings.push({ path, raised: Codes.pluginTooLarge.raise({ limit: maxValues, what: "items" }) })
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
    r.findings.push({
      path: ["hooks"],
      raised: Codes.pluginHooksNotObject.raise({ got: isArray.value ? "array" : kindOf(raw) })
    })
    return {}
  }
  const keys = guarded(r, ["hooks"], () => Object.keys(raw))
  if (!keys.ok) return {}
  const hooks: Record<string, unknown> = {}
  for (const key of keys.value) {
    const path = ["hooks", key]
    if (!hookNames.includes(key)) {
      r.findings.push({ path, raised: Codes.pluginHookUnknown.raise({ name: clip(key, 60), allowed: hookNames }) })
      continue
    }
    const hook = guarded(r, path, () => (raw as Record<string, unknown>)[key])
    if (!hook.ok || hook.value === undefined) continue
    if (typeof hook.value !== "function") {
      r.findings.push({ path, raised: Codes.pluginHookNotFunction.raise({ got: kindOf(hook.value) }) })
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

// a branch id is a public code of the agreement: it may be shown
const idFormatProblem = (subject: Annotations.Bilingual, id: string): Problem =>
  problem(Codes.pluginIdFormat.raise({ hint: suggestedId(id), got: clip(id, 60) }), subject, {
    path: "$.meta.id"
  })

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

/** The lists of a declaration whose items have ids, and what their items are. */
type IdList = "commitment" | "action-type" | "indicator" | "session"

const namespaced = (
  subject: Annotations.Bilingual,
  ns: string,
  items: ReadonlyArray<IdAt>,
  where: string,
  what: IdList
): ReadonlyArray<Problem> =>
  items.flatMap(({ id, index }) =>
    // an id that is not even a slug is reported by the schema
    !isSlug(id) || Identifier.namespaceOf(id) === ns
      ? []
      : [
          problem(Codes.pluginIdNotNamespaced.raise({ what, id: clip(id, 80), branch: ns }), subject, {
            path: `$.${where}[${index}].id`
          })
        ]
  )

const duplicates = (
  subject: Annotations.Bilingual,
  items: ReadonlyArray<IdAt>,
  where: string,
  what: IdList
): ReadonlyArray<Problem> => {
  const seen = new Map<string, number>()
  return items.flatMap(({ id, index }) => {
    const first = seen.get(id)
    if (first === undefined) {
      seen.set(id, index)
      return []
    }
    return [
      // the same fault as a duplicate in the agreement's own lists: one code, the domain's
      problem(DomainCodes.idDuplicate.raise({ what, id: clip(id, 80), first: `$.${where}[${first}]` }), subject, {
        path: `$.${where}[${index}].id`
      })
    ]
  })
}

// a4.1#1, a3#2: a regional referent names its region, a national one has none (the domain's rule
// for designations, applied to the referents a plugin declares)
const referentProblems = (
  subject: Annotations.Bilingual,
  referents: Declaration["referents"]
): ReadonlyArray<Problem> =>
  referents.flatMap((r, i) =>
    r.level === "regional" && r.region === undefined
      ? [problem(DomainCodes.referentRegionMissing.raise({}), subject, { path: `$.referents[${i}].region` })]
      : r.level === "national" && r.region !== undefined
        ? [problem(DomainCodes.referentRegionOnNational.raise({}), subject, { path: `$.referents[${i}].region` })]
        : []
  )

const sessionProblems = (
  subject: Annotations.Bilingual,
  sessions: Declaration["poecSessions"]
): ReadonlyArray<Problem> =>
  sessions.flatMap((s, i) =>
    s.endDate !== undefined && s.endDate < s.startDate
      ? [
          problem(DomainCodes.periodEndBeforeStart.raise({ earlier: "startDate", later: "endDate" }), subject, {
            path: `$.poecSessions[${i}].endDate`
          })
        ]
      : []
  )

// Runs a plugin hook guarded: a throw becomes a problem naming the plugin and the hook.
const callHook = <A>(label: string, hook: string, f: () => A): Result.Result<A, Problem> => {
  try {
    return Result.succeed(f())
  } catch (e) {
    const thrown = thrownText(e)
    return Result.fail(
      problem(Codes.pluginHookThrew.raise(thrown === undefined ? { hook } : { hook, thrown }), Texts.both(label), {
        path: `$.hooks.${hook}`
      })
    )
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
  return Result.fail(
    problem(Codes.pluginHookNotBoolean.raise({ got: kindOf(value) }), Texts.both(plugin.label), {
      path: "$.hooks.attributes"
    })
  )
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
      return [problem(Codes.pluginHookImpure.raise({}), Texts.both(label), { path: "$.hooks.attributes" })]
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
  const label = subjectOfData(data)
  const subject = Texts.both(label)
  const sdkVersion = options.sdkVersion ?? SdkVersion.current
  const problems: Array<Problem> = findings.map((f) =>
    problem(f.raised, subject, { path: Diagnostic.formatPath(f.path) })
  )
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
      const p = fromDiagnostic(d, subject)
      if (!under(p.path ?? "$", blocked)) problems.push(p)
    }
  const d = Result.isSuccess(decoded) ? decoded.success : undefined

  // the SDK range, read raw: a mismatch is worth saying even when other fields are wrong
  const range = at(data, "meta", "sdk")
  if (typeof range === "string" && SdkVersion.isValidRange(range)) {
    if (!SdkVersion.satisfies(sdkVersion, range)) {
      const packageName = at(data, "meta", "packageName")
      const plugin = typeof packageName === "string" ? clip(packageName, 100) : "?"
      // a plugin behind the SDK needs a new plugin release; one ahead of it needs a newer SDK
      const behind = SdkVersion.isAbove(sdkVersion, range)
      problems.push(
        problem(
          Codes.pluginSdkOutOfRange.raise(
            behind ? { range, sdk: sdkVersion, upgradePlugin: plugin } : { range, sdk: sdkVersion }
          ),
          subject,
          { path: "$.meta.sdk" }
        )
      )
    }
  } else skipped.push({ check: "sdk", reason: Texts.notRun.sdkRange })

  // pre#6: a founding branch's id belongs to the package that publishes its plugin, whether the
  // plugin completes that branch or brings it back by amendment
  const packageName = at(data, "meta", "packageName")
  const owner = idIsBare ? Founding.packageOf(rawId) : undefined
  if (owner !== undefined && packageName !== owner && !under("$.meta.id", blocked))
    problems.push(
      problem(
        Codes.pluginFoundingIdClaimed.raise(
          typeof packageName === "string"
            ? { id: rawId as string, owner, packageName: clip(packageName, 100) }
            : { id: rawId as string, owner }
        ),
        subject,
        { path: "$.meta.id", other: Texts.both(owner) }
      )
    )

  // ids, on the raw lists: every string id is checked, whatever else fails
  const lists = [
    { ids: idsAt(data, "commitments"), where: "commitments", what: "commitment" },
    { ids: idsAt(data, "actionTypes", "own"), where: "actionTypes.own", what: "action-type" },
    { ids: idsAt(data, "indicators"), where: "indicators", what: "indicator" }
  ] as const
  if (idIsBare) for (const l of lists) problems.push(...namespaced(subject, rawId, l.ids, l.where, l.what))
  else skipped.push({ check: "namespace", reason: Texts.notRun.namespace })
  for (const l of lists) problems.push(...duplicates(subject, l.ids, l.where, l.what))
  problems.push(...duplicates(subject, idsAt(data, "poecSessions"), "poecSessions", "session"))

  const referents = d?.referents ?? decodePart(Declaration.fields.referents, at(data, "referents"))
  if (referents !== undefined) problems.push(...referentProblems(subject, referents))
  const sessions = d?.poecSessions ?? decodePart(Declaration.fields.poecSessions, at(data, "poecSessions"))
  if (sessions !== undefined) problems.push(...sessionProblems(subject, sessions))

  problems.push(...hookProblems(label, hooks, data))

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
  const exampleRecords = at(data, "exampleRecords")
  return {
    label,
    problems,
    loaded:
      problems.length === 0 && d !== undefined && branch !== undefined
        ? { declaration: d, hooks, branch, label }
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
  const subject = Texts.both(loaded.label)
  loaded.declaration.exampleRecords.forEach((r, i) => {
    const decoded = Diagnostic.decode(ExchangeRecord.ExchangeRecord)(r)
    if (Result.isSuccess(decoded)) records.push(decoded.success)
    else for (const d of decoded.failure) problems.push(fromDiagnostic(d, subject, `$.exampleRecords[${i}]`))
  })
  return { records, problems }
}
