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

/** Who the plugin is. @since 0.1.0 */
export const Meta = Schema.Struct({
  /** The branch id, also the namespace of the plugin's own ids (`hcr:...`). */
  id: Identifier.BranchId,
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

const labelOf = (input: Input): string => {
  const meta = (input as { meta?: { packageName?: unknown; version?: unknown; id?: unknown } } | undefined)?.meta
  const name = typeof meta?.packageName === "string" ? meta.packageName : typeof meta?.id === "string" ? meta.id : "?"
  return `plugin ${name}${typeof meta?.version === "string" ? `@${meta.version}` : ""}`
}

const namespaced = (
  subject: string,
  ns: string,
  items: ReadonlyArray<{ readonly id: string }>,
  at: string,
  what: { fr: string; en: string }
): ReadonlyArray<Problem> =>
  items.flatMap((item, i) =>
    Identifier.namespaceOf(item.id) === ns
      ? []
      : [
          {
            code: "plugin.id-not-namespaced",
            subject,
            path: `$.${at}[${i}].id`,
            message: {
              fr: `${what.fr} « ${item.id} » doit être dans l'espace de noms de la branche : « ${ns}:… »`,
              en: `${what.en} "${item.id}" must be in the branch's namespace: "${ns}:…"`
            }
          }
        ]
  )

const duplicates = (
  subject: string,
  items: ReadonlyArray<{ readonly id: string }>,
  at: string,
  what: { fr: string; en: string }
): ReadonlyArray<Problem> => {
  const seen = new Map<string, number>()
  return items.flatMap((item, i) => {
    const first = seen.get(item.id)
    if (first === undefined) {
      seen.set(item.id, i)
      return []
    }
    return [
      {
        code: "plugin.duplicate-id",
        subject,
        path: `$.${at}[${i}].id`,
        message: {
          fr: `${what.fr} « ${item.id} » est déjà déclaré en position ${first}`,
          en: `${what.en} "${item.id}" is already declared at position ${first}`
        }
      }
    ]
  })
}

const referentProblems = (subject: string, d: Declaration): ReadonlyArray<Problem> =>
  d.referents.flatMap((r, i) =>
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

const sessionProblems = (subject: string, d: Declaration): ReadonlyArray<Problem> =>
  d.poecSessions.flatMap((s, i) =>
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
    return Result.fail({
      code: "plugin.hook-threw",
      subject: label,
      path: `$.hooks.${hook}`,
      message: {
        fr: `La fonction « ${hook} » du plugin a levé une erreur : ${e instanceof Error ? e.message : String(e)}`,
        en: `The plugin's "${hook}" function threw: ${e instanceof Error ? e.message : String(e)}`
      }
    })
  }
}

/**
 * Validates a plugin: its declaration against the schema, the SDK range against this SDK,
 * ids unique and in the branch's namespace, and its hooks (run on its example records' employers,
 * twice, to check they do not throw and answer the same).
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
  const subject = labelOf(plugin.input)
  const sdkVersion = options.sdkVersion ?? SdkVersion.current
  const { hooks = {}, ...data } = (plugin.input ?? {}) as Input
  const decoded = Diagnostic.decode(Declaration)(data)
  if (Result.isFailure(decoded))
    return Result.fail(
      decoded.failure.map((d) => ({
        code: d.code,
        subject,
        path: Diagnostic.formatPath(d.path),
        message: d.message
      }))
    )
  const d = decoded.success
  const ns = d.meta.id
  const problems: Array<Problem> = []
  if (!SdkVersion.satisfies(sdkVersion, d.meta.sdk)) {
    // a plugin behind the SDK needs a new plugin release; one ahead of it needs a newer SDK
    const upgrade = SdkVersion.isAbove(sdkVersion, d.meta.sdk)
      ? { fr: `le plugin ${d.meta.packageName}`, en: `the plugin ${d.meta.packageName}` }
      : { fr: "@accord-jeunes/plugin-sdk", en: "@accord-jeunes/plugin-sdk" }
    problems.push({
      code: "plugin.sdk-out-of-range",
      subject,
      path: "$.meta.sdk",
      message: {
        fr: `Le plugin accepte le SDK ${d.meta.sdk} mais le SDK est en version ${sdkVersion} : mettez à jour ${upgrade.fr}`,
        en: `The plugin accepts SDK ${d.meta.sdk} but the SDK is at ${sdkVersion}: upgrade ${upgrade.en}`
      }
    })
  }
  problems.push(
    ...namespaced(subject, ns, d.commitments, "commitments", { fr: "L'engagement", en: "Commitment" }),
    ...namespaced(subject, ns, d.actionTypes.own, "actionTypes.own", { fr: "Le type d'action", en: "Action type" }),
    ...namespaced(subject, ns, d.indicators, "indicators", { fr: "L'indicateur", en: "Indicator" }),
    ...duplicates(subject, d.commitments, "commitments", { fr: "L'engagement", en: "Commitment" }),
    ...duplicates(subject, d.actionTypes.own, "actionTypes.own", { fr: "Le type d'action", en: "Action type" }),
    ...duplicates(subject, d.indicators, "indicators", { fr: "L'indicateur", en: "Indicator" }),
    ...duplicates(subject, d.poecSessions, "poecSessions", { fr: "La session", en: "Session" }),
    ...referentProblems(subject, d),
    ...sessionProblems(subject, d)
  )
  if (hooks.attributes !== undefined) {
    const attributes = hooks.attributes
    const employers = d.exampleRecords.flatMap((r) => {
      const o = r as { idcc?: unknown; rome?: unknown }
      return [
        {
          ...(typeof o.idcc === "string" ? { idcc: o.idcc } : {}),
          ...(typeof o.rome === "string" ? { rome: o.rome } : {})
        }
      ]
    })
    for (const employer of employers.length > 0 ? employers : [{}]) {
      const first = callHook(subject, "attributes", () => attributes(employer))
      const second = callHook(subject, "attributes", () => attributes(employer))
      if (Result.isFailure(first)) {
        problems.push(first.failure)
        break
      }
      if (Result.isSuccess(second) && second.success !== first.success)
        problems.push({
          code: "plugin.hook-impure",
          subject,
          path: "$.hooks.attributes",
          message: {
            fr: "La fonction « attributes » répond différemment à la même question : elle doit être pure",
            en: 'The "attributes" function answers the same question differently: it must be pure'
          }
        })
    }
  }
  if (problems.length > 0) return Result.fail(problems)
  const branch: Party.ProfessionalBranch = {
    kind: "branch",
    id: d.meta.id,
    partyId: `branch:${d.meta.id}` as Identifier.PartyId,
    name: d.meta.name,
    conventions: d.conventions
  }
  return Result.succeed({ declaration: d, hooks, branch, label: subject })
}

/**
 * The example records of a loaded plugin, decoded; each problem names the record's position.
 *
 * @since 0.1.0
 */
export const exampleRecords = (
  loaded: Loaded
): { readonly records: ReadonlyArray<ExchangeRecord.ExchangeRecord>; readonly problems: ReadonlyArray<Problem> } => {
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
