/**
 * Conformance of a branch plugin: everything a host checks when it loads it, plus what makes a
 * plugin trustworthy (example records that validate and belong to the branch, composition with
 * the base agreement), sorted by theme. Every check that can run is run, even when others fail;
 * a theme whose checks could not run says so and why, and never counts as passed. The `/testing`
 * entry runs it as vitest tests.
 *
 * @since 0.1.0
 */
import {
  type Agreement,
  type Annotations,
  agreement2024,
  Diagnostic,
  Codes as DomainCodes,
  ExchangeRecord,
  type Party
} from "@accord-jeunes/domain"
import * as Result from "effect/Result"
import { defineAmendment } from "./Act.js"
import * as BranchPlugin from "./BranchPlugin.js"
import * as Codes from "./Codes.js"
import * as Composition from "./Composition.js"
import { format as formatProblems, fromDiagnostic, type Problem, make as problem } from "./Problem.js"
import * as Texts from "./Texts.js"

/** The themes a conformance report is sorted by, with their titles. @since 0.1.0 */
export const themes = Texts.themes

/** @since 0.1.0 */
export type Theme = Codes.Theme

/**
 * The outcome of one theme: passed (every check ran and found nothing), failed (with its
 * problems; `reason` says what part could not run, if any), or not run (with the reason: a
 * theme that could not be checked is not a pass).
 *
 * @since 0.2.0
 */
export type Outcome =
  | { readonly status: "passed"; readonly problems: ReadonlyArray<never> }
  | { readonly status: "failed"; readonly problems: ReadonlyArray<Problem>; readonly reason?: Annotations.Bilingual }
  | { readonly status: "not-run"; readonly problems: ReadonlyArray<never>; readonly reason: Annotations.Bilingual }

/** The outcome of each theme. @since 0.1.0 */
export type Report = Readonly<Record<Theme, Outcome>>

const isSdkCode = (x: unknown): x is Codes.SdkCode =>
  typeof x === "object" && x !== null && "theme" in x && "code" in x && "raise" in x

// The domain's codes a plugin's declaration can fail, by the theme they fall under; any other
// (a missing field, a wrong type, a cross-field rule) is about the declaration's shape.
const domainThemes: ReadonlyArray<readonly [Theme, ReadonlyArray<{ readonly code: string }>]> = [
  [
    "codes",
    [
      DomainCodes.idccFormat,
      DomainCodes.romeFormat,
      DomainCodes.rncpFormat,
      DomainCodes.rsFormat,
      DomainCodes.siretFormat,
      DomainCodes.siretChecksum,
      DomainCodes.sirenFormat,
      DomainCodes.sirenChecksum,
      DomainCodes.dateFormat,
      DomainCodes.dateNonexistent,
      DomainCodes.territoryDepartementOutsideRegion,
      DomainCodes.valueNotAllowed
    ]
  ],
  ["labels", [DomainCodes.textEmptyOrUntrimmed]],
  ["ids", [DomainCodes.idFormat, DomainCodes.idDuplicate]]
]

/**
 * The theme of each code a plugin's inspection can raise: the SDK's own codes name theirs (see
 * `Codes`), the domain's are listed above.
 */
const themeByCode: ReadonlyMap<string, Theme> = new Map([
  ...Object.values(Codes)
    .filter(isSdkCode)
    .map((c) => [c.code, c.theme] as const),
  ...domainThemes.flatMap(([theme, codes]) => codes.map((c) => [c.code, theme] as const))
])

const isLabel = (path: string | undefined) => path !== undefined && (path.endsWith(".fr") || path.endsWith(".en"))

const themeOf = (p: Problem): Theme => {
  // whatever its code, a problem under hooks is about the hooks (one that could not be read)
  if (p.path === "$.hooks" || p.path?.startsWith("$.hooks.") === true) return "hooks"
  // a French or English label left out
  if (p.code === DomainCodes.fieldMissing.code && isLabel(p.path)) return "labels"
  return themeByCode.get(p.code) ?? "declaration"
}

const under = (path: string, places: ReadonlyArray<string>): boolean =>
  places.some((b) => path === b || b === "$" || path.startsWith(`${b}.`) || path.startsWith(`${b}[`))

interface BranchFacts {
  readonly id: string
  readonly partyId: string
  readonly idccs: ReadonlyArray<string>
}

type Verdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly why: "action" | "idcc" | "designation"; readonly idcc?: string }
  | { readonly hook: Problem }

const belongsToBranch = (
  r: ExchangeRecord.ExchangeRecord,
  branch: BranchFacts,
  plugin: Pick<BranchPlugin.Loaded, "hooks" | "label">
): Verdict => {
  switch (r.kind) {
    case "action":
      return (r.branches as ReadonlyArray<string>).includes(branch.id) ? { ok: true } : { ok: false, why: "action" }
    case "insertion-outcome": {
      if (r.idcc === undefined || branch.idccs.includes(r.idcc)) return { ok: true }
      // the hook is someone else's code: asked guarded, its failure reported under "hooks"
      const answer = BranchPlugin.attributes(plugin, {
        idcc: r.idcc,
        ...(r.rome === undefined ? {} : { rome: r.rome })
      })
      if (Result.isFailure(answer)) return { hook: answer.failure }
      return answer.success === true ? { ok: true } : { ok: false, why: "idcc", idcc: r.idcc }
    }
    case "referent-designation":
      return r.party === branch.partyId ? { ok: true } : { ok: false, why: "designation" }
    default:
      return { ok: true }
  }
}

const outcome = (problems: ReadonlyArray<Problem>, reasons: ReadonlyArray<Annotations.Bilingual>): Outcome => {
  // the same problem may be found twice (a hook asked by loading and by the records check)
  const seen = new Set<string>()
  const unique = problems.filter((p) => {
    const key = JSON.stringify([p.code, p.path, p.other?.en, p.message.en])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  if (unique.length > 0)
    return reasons.length > 0
      ? { status: "failed", problems: unique, reason: Texts.notChecked.join(reasons) }
      : { status: "failed", problems: unique }
  return reasons.length > 0
    ? { status: "not-run", problems: [], reason: Texts.notChecked.join(reasons) }
    : { status: "passed", problems: [] }
}

const composeWithBase = (
  plugin: BranchPlugin.BranchPlugin,
  loaded: BranchPlugin.Loaded,
  base: Agreement.Agreement,
  sdkVersion: string | undefined
): ReadonlyArray<Problem> => {
  const sdk = sdkVersion === undefined ? {} : { sdkVersion }
  try {
    const founding = base.parties.some((p) => p.kind === "branch" && p.id === loaded.branch.id)
    if (founding) {
      const composed = Composition.compose({ base, founding: [plugin], ...sdk })
      return Result.isFailure(composed) ? composed.failure : []
    }
    // a7#2: the trial amendment is signed by every party bound on its date and by the branch it brings in
    const alone = Composition.compose({ base, ...sdk })
    const bound = Result.isSuccess(alone)
      ? Composition.asOf(alone.success, base.signatureDate).signatoryParties
      : base.signatories.map((x) => x.party)
    const signedFor = (party: string): Party.Signatory =>
      base.signatories.find((x) => x.party === party) ?? {
        party: party as Party.Signatory["party"],
        representations: [{ representative: Texts.trialAmendment.representative }]
      }
    const [first, ...others] = [...new Set([...bound, loaded.branch.partyId])].map(signedFor)
    if (first === undefined) return []
    const composed = Composition.compose({
      base,
      ...sdk,
      acts: [
        defineAmendment({
          agreement: base.id,
          number: 1,
          title: Texts.trialAmendment.title,
          signatureDate: base.signatureDate,
          effectiveDate: base.signatureDate,
          signatories: [first, ...others],
          operations: [{ op: "branch-joins", plugin }]
        })
      ]
    })
    return Result.isFailure(composed) ? composed.failure : []
  } catch (e) {
    // composition throwing is a fault of this SDK, not of the plugin: reported, not hidden
    const error = e instanceof Error ? e.message : String(e)
    return [problem(Codes.conformanceCrashed.raise({ error }), Texts.both(loaded.label))]
  }
}

/**
 * Checks a plugin and sorts what it finds by theme. Every check runs, whatever else fails: the
 * SDK range is checked even when the declaration does not match the schema, example records are
 * decoded even when the branch's metadata is wrong. A theme that could not run at all (e.g.
 * composition, for a plugin that does not load) is `not-run`, with the reason. Never throws.
 *
 * @example
 * ```ts
 * import { Conformance, defineBranchPlugin } from "@accord-jeunes/plugin-sdk"
 * const report = Conformance.check(defineBranchPlugin({
 *   meta: { id: "proprete", name: { fr: "Propreté", en: "Cleaning" }, packageName: "branch-proprete", version: "1.0.0", sdk: "^0.1.0" },
 *   conventions: [{ idcc: "3043" }], commitments: [], actionTypes: { catalog: ["company-visit"], own: [] },
 *   trades: [], certifications: [], poecSessions: [], referents: [], indicators: [], exampleRecords: []
 * }))
 * report.records.status // "failed"
 * report.records.problems.map((p) => p.code) // ["plugin.no-example-record"]
 * report.sdk.status // "passed"
 * ```
 * @since 0.1.0
 */
export const check = (
  plugin: BranchPlugin.BranchPlugin,
  options: { readonly base?: Agreement.Agreement; readonly sdkVersion?: string } = {}
): Report => {
  const found: Record<Theme, Array<Problem>> = {
    sdk: [],
    declaration: [],
    codes: [],
    labels: [],
    ids: [],
    hooks: [],
    records: [],
    composition: []
  }
  const notRun: Record<Theme, Array<Annotations.Bilingual>> = {
    sdk: [],
    declaration: [],
    codes: [],
    labels: [],
    ids: [],
    hooks: [],
    records: [],
    composition: []
  }
  const inspection = BranchPlugin.inspect(
    plugin,
    options.sdkVersion === undefined ? {} : { sdkVersion: options.sdkVersion }
  )
  const label = inspection.label
  const subject = Texts.both(label)
  for (const p of inspection.problems) found[themeOf(p)].push(p)
  for (const s of inspection.skipped) notRun[s.check === "sdk" ? "sdk" : "ids"].push(s.reason)

  // nothing under an unreadable place was checked: the themes that look there are not complete
  const unreadable = inspection.unreadable
  const unreadableData = unreadable.filter((p) => !under(p, ["$.hooks"]))
  if (unreadableData.length > 0) {
    const places = unreadableData.slice(0, 5).join(", ") + (unreadableData.length > 5 ? ", …" : "")
    const reason = Texts.notRun.unreadableParts(places)
    notRun.codes.push(reason)
    notRun.labels.push(reason)
    notRun.ids.push(reason)
  }

  const branchId = inspection.branchId

  // example records: each one that can be read is decoded, then matched with the branch
  const examples = inspection.exampleRecords
  if (examples === undefined) notRun.records.push(Texts.notRun.examplesNotAList)
  else {
    if (examples.length === 0)
      found.records.push(problem(Codes.pluginNoExampleRecord.raise({}), subject, { path: "$.exampleRecords" }))
    const records: Array<{ readonly index: number; readonly record: ExchangeRecord.ExchangeRecord }> = []
    const skippedRecords: Array<string> = []
    examples.forEach((r, i) => {
      const at = `$.exampleRecords[${i}]`
      if (under(at, unreadable)) {
        skippedRecords.push(at)
        return
      }
      const decoded = Diagnostic.decode(ExchangeRecord.ExchangeRecord)(r)
      if (Result.isSuccess(decoded)) records.push({ index: i, record: decoded.success })
      else for (const d of decoded.failure) found.records.push(fromDiagnostic(d, subject, at))
    })
    if (skippedRecords.length > 0) notRun.records.push(Texts.notRun.unreadableExamples(skippedRecords.join(", ")))
    const branch: BranchFacts | undefined =
      branchId === undefined || inspection.conventions === undefined
        ? undefined
        : { id: branchId, partyId: `branch:${branchId}`, idccs: inspection.conventions.map((c) => c.idcc) }
    if (branch === undefined) notRun.records.push(Texts.notRun.branchUnknown)
    else
      for (const { index, record } of records) {
        const verdict = belongsToBranch(record, branch, { hooks: inspection.hooks, label })
        if ("hook" in verdict) {
          found.hooks.push(verdict.hook)
          notRun.records.push(Texts.notRun.hookFailed(`$.exampleRecords[${index}]`))
        } else if (!verdict.ok)
          found.records.push(
            problem(
              Codes.pluginExampleOutsideBranch.raise(
                verdict.idcc === undefined
                  ? { why: verdict.why, branch: branch.id }
                  : { why: verdict.why, branch: branch.id, idcc: verdict.idcc }
              ),
              subject,
              { path: `$.exampleRecords[${index}]` }
            )
          )
      }
  }

  if (inspection.loaded === undefined) notRun.composition.push(Texts.notRun.notLoaded)
  else
    found.composition.push(
      ...composeWithBase(plugin, inspection.loaded, options.base ?? agreement2024, options.sdkVersion)
    )

  return {
    sdk: outcome(found.sdk, notRun.sdk),
    declaration: outcome(found.declaration, notRun.declaration),
    codes: outcome(found.codes, notRun.codes),
    labels: outcome(found.labels, notRun.labels),
    ids: outcome(found.ids, notRun.ids),
    hooks: outcome(found.hooks, notRun.hooks),
    records: outcome(found.records, notRun.records),
    composition: outcome(found.composition, notRun.composition)
  }
}

/**
 * Whether a report is a pass: every theme ran and found no problem.
 *
 * @since 0.1.0
 */
export const passes = (report: Report): boolean =>
  (Object.keys(themes) as ReadonlyArray<Theme>).every((t) => report[t].status === "passed")

/**
 * Every problem of a report, theme after theme.
 *
 * @since 0.2.0
 */
export const problems = (report: Report): ReadonlyArray<Problem> =>
  (Object.keys(themes) as ReadonlyArray<Theme>).flatMap((t) => report[t].problems)

/**
 * The report as text, one line per theme (`✓` passed, `✗` failed, `–` not run, with why), each
 * failed theme followed by its problems, indented.
 *
 * @example
 * ```ts
 * import { Conformance, defineBranchPlugin } from "@accord-jeunes/plugin-sdk"
 * const report = Conformance.check(defineBranchPlugin(undefined as never))
 * const lines = Conformance.format(report, "en").split("\n")
 * lines[0]?.startsWith("– supports this SDK version (not checked: ") // true
 * lines[1] // "✗ declaration matches the schema"
 * ```
 * @since 0.2.0
 */
export const format = (report: Report, lang: Diagnostic.Lang = "fr"): string =>
  (Object.keys(themes) as ReadonlyArray<Theme>)
    .flatMap((t): ReadonlyArray<string> => {
      const o = report[t]
      const title = themes[t][lang]
      if (o.status === "passed") return [`✓ ${title}`]
      if (o.status === "not-run") return [`– ${title} (${Texts.notChecked.wholly[lang]}${o.reason[lang]})`]
      return [
        `✗ ${title}`,
        formatProblems(o.problems, lang).replace(/^/gmu, "    "),
        ...(o.reason === undefined ? [] : [`    (${Texts.notChecked.partly[lang]}${o.reason[lang]})`])
      ]
    })
    .join("\n")
