/**
 * Loading acts in Node: from modules (a path or an installed package name) that export acts made
 * with `defineAmendment`, `defineCommitteeDecision`, `defineTermination` or `defineScopeRevision`,
 * and from JSON documents valid against the `act` JSON Schema; and from a project file,
 * `accord-jeunes.config.json`, that lists them once for a team.
 *
 * @since 0.1.0
 */
import { existsSync, readFileSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, isAbsolute, join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import type { Catalogue } from "@accord-jeunes/domain"
import { Act, type BranchPlugin, type Composition, Problem, Texts } from "@accord-jeunes/plugin-sdk"
import * as Result from "effect/Result"
import * as Jsonc from "jsonc-parser"
import * as Assembly from "./Assembly.js"
import * as Codes from "./Codes.js"

/** The project file's name, looked for in the working directory. @since 0.1.0 */
export const configFileName = "accord-jeunes.config.json"

/**
 * A project file: the acts to assemble, as paths (relative to the file) or package names.
 *
 * @since 0.1.0
 */
export interface Config {
  readonly file: string
  readonly acts: ReadonlyArray<string>
}

// a file or a module, named as the user named it: the same words in French and English
const problem = (subject: string, raised: Catalogue.Raised, path?: string): Problem.Problem =>
  Problem.make(raised, Texts.both(subject), path === undefined ? {} : { path })

const actTags = new Set(["AmendmentAct", "DecisionAct", "TerminationAct", "ScopeRevisionAct"])
// the input is read later, by composition, which reports a getter that throws instead of crashing here
const withSource = (act: Act.Act, source: string): Act.Act =>
  ({
    _tag: act._tag,
    get input() {
      return act.input
    },
    source
  }) as Act.Act

const isAct = (u: unknown): u is Act.Act => {
  try {
    return typeof u === "object" && u !== null && actTags.has((u as { _tag?: unknown })._tag as string)
  } catch {
    // an export whose _tag getter throws is not an act made by the SDK
    return false
  }
}

/**
 * Limits on what is read, so that a wrong path (a device, a huge file, a module that never
 * finishes loading) gives a located problem instead of exhausting memory or hanging. Not set by
 * the text: the project's choices, documented in the README.
 *
 * @since 0.2.0
 */
export const limits = {
  /** An act document or project file larger than this is refused. */
  maxFileBytes: 16 * 1024 * 1024,
  /** A module (or a plugin a document names) that has not loaded after this is given up. */
  loadTimeoutMs: 20_000
}

// the message of anything thrown, without letting a hostile toString throw again
const reason = (e: unknown): string => {
  try {
    return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? ""
  } catch {
    return "?"
  }
}

const within = async <A>(promise: Promise<A>, ms: number, what: string): Promise<A> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LoadTimeout(what, ms)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

class LoadTimeout extends Error {
  constructor(
    readonly what: string,
    readonly ms: number
  ) {
    super(`${what} has not loaded after ${ms / 1000} s`)
  }
}

const loadProblem = (subject: string, e: unknown): Problem.Problem =>
  e instanceof LoadTimeout
    ? problem(subject, Codes.actModuleTimeout.raise({ seconds: e.ms / 1000 }))
    : problem(subject, Codes.actModuleUnreadable.raise({ reason: reason(e) }))

const isPath = (spec: string, from: string) =>
  spec.startsWith(".") || isAbsolute(spec) || /\.(?:[cm]?[jt]s|json)$/iu.test(spec) || existsSync(resolve(from, spec))

const load = async (target: string, spec: string): Promise<Record<string, unknown>> =>
  (await within(import(pathToFileURL(target).href), limits.loadTimeoutMs, spec)) as Record<string, unknown>

// a package name is resolved from the directory that names it, as a user's own import would be
const resolvePackage = (name: string, from: string) => createRequire(join(from, "noop.js")).resolve(name)

const importModule = async (spec: string, from: string): Promise<Record<string, unknown>> =>
  load(isPath(spec, from) ? resolve(from, spec) : resolvePackage(spec, from), spec)

// what a document names is an installed package, never a file beside it
const importPackage = async (name: string, from: string): Promise<Record<string, unknown>> =>
  load(resolvePackage(name, from), name)

/** The codes of reading a file, for an act document or for the project file. */
interface FileCodes {
  readonly unreadable: typeof Codes.actFileUnreadable
  readonly notAFile: typeof Codes.actNotAFile
  readonly tooLarge: typeof Codes.actFileTooLarge
  readonly encoding: typeof Codes.actEncoding
  readonly empty: typeof Codes.actFileEmpty
  readonly jsonSyntax: typeof Codes.actJsonSyntax
}

const actFile: FileCodes = {
  unreadable: Codes.actFileUnreadable,
  notAFile: Codes.actNotAFile,
  tooLarge: Codes.actFileTooLarge,
  encoding: Codes.actEncoding,
  empty: Codes.actFileEmpty,
  jsonSyntax: Codes.actJsonSyntax
}

const configFile: FileCodes = {
  unreadable: Codes.configUnreadable,
  notAFile: Codes.configNotAFile,
  tooLarge: Codes.configFileTooLarge,
  encoding: Codes.configEncoding,
  empty: Codes.configFileEmpty,
  jsonSyntax: Codes.configJsonSyntax
}

/** A file's text, refused when it is not a regular file, too large, or not UTF-8. */
const readText = (file: string, subject: string, codes: FileCodes): Result.Result<string, Problem.Problem> => {
  let bytes: Buffer
  try {
    const stat = statSync(file)
    if (!stat.isFile()) return Result.fail(problem(subject, codes.notAFile.raise({})))
    if (stat.size > limits.maxFileBytes)
      return Result.fail(problem(subject, codes.tooLarge.raise({ size: stat.size, max: limits.maxFileBytes })))
    bytes = readFileSync(file)
  } catch (e) {
    return Result.fail(problem(subject, codes.unreadable.raise({ reason: reason(e) })))
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return Result.fail(problem(subject, codes.encoding.raise({ found: "utf-16" })))
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/u, "")
    if (text.trim() === "") return Result.fail(problem(subject, codes.empty.raise({})))
    return Result.succeed(text)
  } catch {
    return Result.fail(problem(subject, codes.encoding.raise({ found: "other" })))
  }
}

/**
 * Parses JSON; a syntax error is located (line, column) and named by jsonc-parser's scanner,
 * without quoting the text (V8's message does, and gives no position for some errors).
 */
const parseJson = (text: string, file: string, codes: FileCodes): Result.Result<unknown, Problem.Problem> => {
  try {
    return Result.succeed(JSON.parse(text))
  } catch {
    const errors: Array<Jsonc.ParseError> = []
    try {
      Jsonc.parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
    } catch {
      // nesting deep enough to exhaust the stack: placed at the start of the file
      errors.unshift({ error: 1 as Jsonc.ParseErrorCode, offset: 0, length: 0 }) // InvalidSymbol
    }
    const first = errors[0]
    const at = first?.offset ?? text.length
    const before = text.slice(0, at).split("\n")
    const line = before.length
    const error = first === undefined ? "" : Jsonc.printParseErrorCode(first.error)
    return Result.fail(
      Problem.make(
        codes.jsonSyntax.raise({ error }),
        Texts.both(`${file}:${line}:${(before.at(-1)?.length ?? 0) + 1}`),
        { file, line }
      )
    )
  }
}

const fromJsonFile = async (
  file: string,
  shown: string
): Promise<Result.Result<ReadonlyArray<Act.Act>, ReadonlyArray<Problem.Problem>>> => {
  const text = readText(file, shown, actFile)
  if (Result.isFailure(text)) return Result.fail([text.failure])
  const json = parseJson(text.success, shown, actFile)
  if (Result.isFailure(json)) return Result.fail([json.failure])
  const documents = Array.isArray(json.success) ? json.success : [json.success]
  if (documents.length === 0) return Result.fail([problem(shown, Codes.actFileWithoutAct.raise({}))])
  const acts: Array<Act.Act> = []
  const problems: Array<Problem.Problem> = []
  // checked before anything is imported: a document is data and runs no code until it is valid
  const placeholder = { _tag: "BranchPlugin", input: {} } as unknown as BranchPlugin.BranchPlugin
  for (const [i, doc] of documents.entries()) {
    const subject = Array.isArray(json.success) ? `${shown}[${i}]` : shown
    const checked = Act.fromDocument(doc, subject, () => placeholder)
    if (Result.isFailure(checked)) {
      problems.push(...checked.failure)
      continue
    }
    const plugins = new Map<string, BranchPlugin.BranchPlugin | Problem.Problem>()
    for (const [k, ref] of Act.pluginReferences(doc).entries()) {
      const key = `${ref.package}#${ref.export ?? "plugin"}`
      try {
        const mod = await importPackage(ref.package, dirname(file))
        const p = mod[ref.export ?? "plugin"]
        if ((p as { _tag?: unknown } | undefined)?._tag === "BranchPlugin")
          plugins.set(key, p as BranchPlugin.BranchPlugin)
      } catch (e) {
        // installed but failing to load is not "not found": say why
        if (!(e instanceof Error && "code" in e && e.code === "MODULE_NOT_FOUND"))
          plugins.set(key, { ...loadProblem(subject, e), path: `$.operations[${k}].plugin` })
      }
    }
    const failed = [...plugins.values()].filter((p): p is Problem.Problem => !("_tag" in p))
    if (failed.length > 0) {
      problems.push(...failed)
      continue
    }
    const r = Act.fromDocument(doc, subject, (ref) => {
      const p = plugins.get(`${ref.package}#${ref.export ?? "plugin"}`)
      return p !== undefined && "_tag" in p ? p : undefined
    })
    if (Result.isFailure(r)) problems.push(...r.failure)
    else acts.push(withSource(r.success, subject))
  }
  return problems.length > 0 ? Result.fail(problems) : Result.succeed(acts)
}

/**
 * Loads the acts a spec names: a `.json` file of one act document or an array of them, or a
 * module (path or package name) whose exports include acts; every act exported is taken, anything
 * else is ignored, and a module exporting none is a problem naming it. `from` is the directory
 * relative paths and package names are resolved from (default: the working directory).
 *
 * @example
 * ```ts
 * import { loadActs } from "@accord-jeunes/in-force/node"
 * const r = await loadActs(["examples/avenant-proprete/avenant-1.json"])
 * ```
 * @since 0.1.0
 */
export const loadActs = async (
  specs: ReadonlyArray<string>,
  from: string = process.cwd()
): Promise<Result.Result<ReadonlyArray<Act.Act>, ReadonlyArray<Problem.Problem>>> => {
  const acts: Array<Act.Act> = []
  const problems: Array<Problem.Problem> = []
  for (const spec of specs) {
    if (/\.json$/iu.test(spec)) {
      const r = await fromJsonFile(resolve(from, spec), spec)
      if (Result.isFailure(r)) problems.push(...r.failure)
      else acts.push(...r.success)
      continue
    }
    // a module is author-supplied code: whatever it throws, or makes us throw, names it
    try {
      const mod = await importModule(spec, from)
      const found: Array<Act.Act> = []
      for (const name of Object.keys(mod).sort()) {
        const value = mod[name]
        if (isAct(value)) found.push(withSource(value, `${spec}#${name}`))
        else if (Array.isArray(value) && value.length > 0 && value.every(isAct))
          found.push(...value.map((a, k) => withSource(a, `${spec}#${name}[${k}]`)))
      }
      if (found.length === 0) problems.push(problem(spec, Codes.actModuleWithoutAct.raise({})))
      acts.push(...found)
    } catch (e) {
      problems.push(loadProblem(spec, e))
    }
  }
  return problems.length > 0 ? Result.fail(problems) : Result.succeed(acts)
}

/**
 * Reads a project file: `{ "acts": ["./avenant-1.json", "@branche/avenant", ...] }`.
 *
 * @since 0.1.0
 */
export const readConfig = (file: string): Result.Result<Config, ReadonlyArray<Problem.Problem>> => {
  const text = readText(file, file, configFile)
  if (Result.isFailure(text)) return Result.fail([text.failure])
  const parsed = parseJson(text.success, file, configFile)
  if (Result.isFailure(parsed)) return Result.fail([parsed.failure])
  const json = parsed.success
  const acts = (json as { acts?: unknown } | null)?.acts
  const unknown =
    typeof json === "object" && json !== null ? Object.keys(json).filter((k) => k !== "acts" && k !== "$schema") : []
  if (!Array.isArray(acts) || !acts.every((a) => typeof a === "string" && a.length > 0) || unknown.length > 0)
    return Result.fail([
      problem(
        file,
        // the names of unknown fields are shown, clipped: the project file is the team's, not a record
        Codes.configShape.raise({ unknown: unknown.map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k)) }),
        unknown.length > 0 ? `$.${unknown[0]}` : "$.acts"
      )
    ])
  return Result.succeed({ file, acts: acts as ReadonlyArray<string> })
}

/**
 * The project file of a directory, if it has one.
 *
 * @since 0.1.0
 */
export const findConfig = (dir: string = process.cwd()): string | undefined => {
  const file = join(dir, configFileName)
  return existsSync(file) && statSync(file).isFile() ? file : undefined
}

/** Where acts come from. @since 0.1.0 */
export interface Sources {
  /** A project file to read (default: `accord-jeunes.config.json` in `cwd`, if there is one). */
  readonly config?: string
  /** Whether to look for a project file in `cwd` when `config` is not given (default: true). */
  readonly findConfig?: boolean
  /** More acts (paths or package names), resolved from `cwd`. */
  readonly acts?: ReadonlyArray<string>
  readonly cwd?: string
}

/**
 * The agreement's timeline from the acts a project file and the caller name: the one assembly
 * every Node tool uses. Resolves to the timeline and the project file read, or every problem.
 *
 * @example
 * ```ts
 * import { assembleFrom } from "@accord-jeunes/in-force/node"
 * const r = await assembleFrom({ acts: ["examples/avenant-proprete/avenant-1.json"] })
 * ```
 * @since 0.1.0
 */
export const assembleFrom = async (
  sources: Sources = {}
): Promise<
  Result.Result<
    { readonly timeline: Composition.Timeline; readonly config?: string; readonly specs: ReadonlyArray<string> },
    ReadonlyArray<Problem.Problem>
  >
> => {
  const cwd = sources.cwd ?? process.cwd()
  const configFile =
    sources.config !== undefined
      ? resolve(cwd, sources.config)
      : sources.findConfig === false
        ? undefined
        : findConfig(cwd)
  const specs: Array<{ spec: string; from: string }> = []
  if (configFile !== undefined) {
    const c = readConfig(configFile)
    if (Result.isFailure(c)) return Result.fail(c.failure)
    specs.push(...c.success.acts.map((spec) => ({ spec, from: dirname(configFile) })))
  }
  specs.push(...(sources.acts ?? []).map((spec) => ({ spec, from: cwd })))
  const acts: Array<Act.Act> = []
  const problems: Array<Problem.Problem> = []
  // the same file named twice (in the project file and by --act) is read once
  const seen = new Set<string>()
  for (const { spec, from } of specs) {
    const key = isPath(spec, from) ? resolve(from, spec) : spec
    if (key === configFile) {
      problems.push(problem(configFile, Codes.configListsItself.raise({})))
      continue
    }
    if (seen.has(key)) continue
    seen.add(key)
    const r = await loadActs([spec], from)
    if (Result.isFailure(r)) problems.push(...r.failure)
    else acts.push(...r.success)
  }
  if (problems.length > 0) return Result.fail(problems)
  const t = Assembly.assemble({ acts })
  if (Result.isFailure(t)) return Result.fail(t.failure)
  return Result.succeed({
    timeline: t.success,
    ...(configFile === undefined ? {} : { config: configFile }),
    specs: specs.map((s) => s.spec)
  })
}
