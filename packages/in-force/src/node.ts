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
import { Act, type BranchPlugin, type Composition, type Problem } from "@accord-jeunes/plugin-sdk"
import * as Result from "effect/Result"
import * as Assembly from "./Assembly.js"

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

const problem = (subject: string, code: string, fr: string, en: string, path?: string): Problem.Problem => ({
  code,
  subject,
  ...(path === undefined ? {} : { path }),
  message: { fr, en }
})

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

const isAct = (u: unknown): u is Act.Act =>
  typeof u === "object" && u !== null && actTags.has((u as { _tag?: unknown })._tag as string)

// line and column of a JSON syntax error, without echoing the text (V8's message quotes it)
const jsonError = (text: string, e: unknown): { line: number; column: number } => {
  const m = /position (\d+)/u.exec(e instanceof Error ? e.message : "")
  const at = m === null ? text.length : Number(m[1])
  const before = text.slice(0, at).split("\n")
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

const isPath = (spec: string) =>
  spec.startsWith(".") || isAbsolute(spec) || /\.(?:[cm]?[jt]s|json)$/iu.test(spec) || existsSync(spec)

const importModule = async (spec: string, from: string): Promise<Record<string, unknown>> => {
  if (isPath(spec)) return (await import(pathToFileURL(resolve(from, spec)).href)) as Record<string, unknown>
  // a package name is resolved from the directory that names it, as a user's own import would be
  const resolved = createRequire(join(from, "noop.js")).resolve(spec)
  return (await import(pathToFileURL(resolved).href)) as Record<string, unknown>
}

const reason = (e: unknown) => (e instanceof Error ? e.message.split("\n")[0] : String(e))

const fromJsonFile = async (
  file: string
): Promise<Result.Result<ReadonlyArray<Act.Act>, ReadonlyArray<Problem.Problem>>> => {
  let text: string
  try {
    text = readFileSync(file, "utf8")
  } catch (e) {
    return Result.fail([
      problem(file, "act.file-unreadable", `Fichier illisible (${reason(e)})`, `Cannot read file (${reason(e)})`)
    ])
  }
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/u, ""))
  } catch (e) {
    const { line, column } = jsonError(text, e)
    return Result.fail([
      problem(
        `${file}:${line}:${column}`,
        "act.json-syntax",
        "JSON invalide à cet endroit : attendu un document d'acte (voir le schéma act)",
        "Invalid JSON here: expected an act document (see the act schema)"
      )
    ])
  }
  const documents = Array.isArray(json) ? json : [json]
  const acts: Array<Act.Act> = []
  const problems: Array<Problem.Problem> = []
  for (const [i, doc] of documents.entries()) {
    const subject = Array.isArray(json) ? `${file}[${i}]` : file
    const plugins = new Map<string, BranchPlugin.BranchPlugin>()
    for (const ref of Act.pluginReferences(doc)) {
      try {
        const mod = await importModule(ref.package, dirname(file))
        const p = mod[ref.export ?? "plugin"]
        if ((p as { _tag?: unknown } | undefined)?._tag === "BranchPlugin")
          plugins.set(`${ref.package}#${ref.export ?? "plugin"}`, p as BranchPlugin.BranchPlugin)
      } catch {
        // reported by fromDocument as a plugin not found, with its place in the document
      }
    }
    const r = Act.fromDocument(doc, subject, (ref) => plugins.get(`${ref.package}#${ref.export ?? "plugin"}`))
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
      const r = await fromJsonFile(resolve(from, spec))
      if (Result.isFailure(r)) problems.push(...r.failure)
      else acts.push(...r.success)
      continue
    }
    let mod: Record<string, unknown>
    try {
      mod = await importModule(spec, from)
    } catch (e) {
      problems.push(
        problem(spec, "act.module-unreadable", `Module illisible : ${reason(e)}`, `Cannot load module: ${reason(e)}`)
      )
      continue
    }
    const found: Array<Act.Act> = []
    for (const name of Object.keys(mod).sort()) {
      const value = mod[name]
      if (isAct(value)) found.push(withSource(value, `${spec}#${name}`))
      else if (Array.isArray(value) && value.length > 0 && value.every(isAct))
        found.push(...value.map((a, k) => withSource(a, `${spec}#${name}[${k}]`)))
    }
    if (found.length === 0)
      problems.push(
        problem(
          spec,
          "act.module-without-act",
          "Le module n'exporte aucun acte (fait avec defineAmendment, defineCommitteeDecision, defineTermination ou defineScopeRevision)",
          "The module exports no act (made with defineAmendment, defineCommitteeDecision, defineTermination or defineScopeRevision)"
        )
      )
    acts.push(...found)
  }
  return problems.length > 0 ? Result.fail(problems) : Result.succeed(acts)
}

/**
 * Reads a project file: `{ "acts": ["./avenant-1.json", "@branche/avenant", ...] }`.
 *
 * @since 0.1.0
 */
export const readConfig = (file: string): Result.Result<Config, ReadonlyArray<Problem.Problem>> => {
  let json: unknown
  let text = ""
  try {
    text = readFileSync(file, "utf8")
    json = JSON.parse(text.replace(/^\uFEFF/u, ""))
  } catch (e) {
    if (text === "")
      return Result.fail([
        problem(file, "config.unreadable", `Fichier illisible (${reason(e)})`, `Cannot read file (${reason(e)})`)
      ])
    const { line, column } = jsonError(text, e)
    return Result.fail([
      problem(`${file}:${line}:${column}`, "config.json-syntax", "JSON invalide à cet endroit", "Invalid JSON here")
    ])
  }
  const acts = (json as { acts?: unknown } | null)?.acts
  const unknown =
    typeof json === "object" && json !== null ? Object.keys(json).filter((k) => k !== "acts" && k !== "$schema") : []
  if (!Array.isArray(acts) || !acts.every((a) => typeof a === "string" && a.length > 0) || unknown.length > 0)
    return Result.fail([
      problem(
        file,
        "config.shape",
        `Attendu : { "acts": [chemins ou noms de paquets] }${unknown.length > 0 ? ` (champ inconnu : ${unknown.join(", ")})` : ""}`,
        `Expected { "acts": [paths or package names] }${unknown.length > 0 ? ` (unknown field: ${unknown.join(", ")})` : ""}`,
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
  for (const { spec, from } of specs) {
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
