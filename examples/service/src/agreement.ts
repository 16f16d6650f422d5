// The agreement this service serves: the founding set plus the acts of a project file, assembled
// once at start-up by the one assembly every tool uses, so that the service, the command line and
// the web page give the same agreement for the same acts.
import { Assembly } from "@accord-jeunes/in-force"
import { assembleFrom } from "@accord-jeunes/in-force/node"
import { type Composition, Problem } from "@accord-jeunes/plugin-sdk"
import * as Result from "effect/Result"

/** The environment variable naming the project file (a path). */
export const configVariable = "ACCORD_JEUNES_CONFIG"

/** The agreement served, and where its acts came from. */
export interface Agreement {
  readonly timeline: Composition.Timeline
  /** The project file read, if any (absolute path). */
  readonly config?: string
  /** The act specs it lists, as written there. */
  readonly specs: ReadonlyArray<string>
}

/** The text of 2024 and its founding branches, with no act: what a service without project file serves. */
export const founding = (): Agreement => ({ timeline: Assembly.foundingTimeline(), specs: [] })

/**
 * The project file named by `ACCORD_JEUNES_CONFIG`, or else `accord-jeunes.config.json` in `cwd`
 * if there is one, assembled; or every problem (an unreadable file, an act refused...).
 */
export const load = async (
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd()
): Promise<Result.Result<Agreement, ReadonlyArray<Problem.Problem>>> => {
  const named = env[configVariable]
  const r = await assembleFrom({ cwd, ...(named === undefined || named === "" ? {} : { config: named }) })
  return Result.map(r, (a) => ({
    timeline: a.timeline,
    specs: a.specs,
    ...(a.config === undefined ? {} : { config: a.config })
  }))
}

/** Problems for a person reading a terminal: each in French, then in English. */
export const formatProblems = (problems: ReadonlyArray<Problem.Problem>): string =>
  problems.map((p) => `- ${Problem.format([p], "fr")}\n  ${Problem.format([p], "en")}`).join("\n")

/** The acts of a timeline, in the order they apply. */
export const actsOf = (timeline: Composition.Timeline) =>
  timeline.acts.map((a) => ({ kind: a.kind, id: a.ref.id, effectiveDate: a.ref.effectiveDate, label: a.ref.label }))

/**
 * What identifies the agreement served: its project file and every act (kind, id, effective date).
 * A worker thread assembles the agreement again from the same file; the service uses it only if
 * both agree (the file may have been edited since start-up).
 */
export const fingerprint = (agreement: Agreement): string =>
  JSON.stringify([
    agreement.config ?? null,
    agreement.timeline.base.id,
    actsOf(agreement.timeline).map((a) => [a.kind, a.id, a.effectiveDate])
  ])
