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
  ExchangeRecord,
  type Party
} from "@accord-jeunes/domain"
import * as Result from "effect/Result"
import { defineAmendment } from "./Act.js"
import * as BranchPlugin from "./BranchPlugin.js"
import * as Composition from "./Composition.js"
import * as Founding from "./Founding.js"
import { format as formatProblems, type Problem } from "./Problem.js"

/** The themes a conformance report is sorted by. @since 0.1.0 */
export const themes = {
  sdk: { fr: "accepte cette version du SDK", en: "supports this SDK version" },
  declaration: { fr: "déclaration conforme au schéma", en: "declaration matches the schema" },
  codes: {
    fr: "codes valides (IDCC, ROME, RNCP, RS, régions, dates)",
    en: "valid codes (IDCC, ROME, RNCP, RS, regions, dates)"
  },
  labels: { fr: "libellés français et anglais présents", en: "French and English labels present" },
  ids: {
    fr: "identifiants uniques, dans l'espace de noms de la branche",
    en: "ids unique and in the branch's namespace"
  },
  hooks: { fr: "fonctions pures, qui ne lèvent pas d'erreur", en: "pure functions that do not throw" },
  records: {
    fr: "enregistrements d'exemple valides et rattachés à la branche",
    en: "example records validate and belong to the branch"
  },
  composition: {
    fr: "entre dans l'accord sans conflit (clauses, types d'actions, IDCC)",
    en: "joins the agreement without conflict (clauses, action types, IDCC)"
  }
} as const

/** @since 0.1.0 */
export type Theme = keyof typeof themes

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

const themeOf = (p: Problem): Theme => {
  if (p.path === "$.hooks" || p.path?.startsWith("$.hooks.") === true || p.code.startsWith("plugin.hook"))
    return "hooks"
  if (p.code === "plugin.sdk-out-of-range") return "sdk"
  if (
    p.code === "plugin.id-not-namespaced" ||
    p.code === "plugin.duplicate-id" ||
    p.code === "plugin.id-format" ||
    p.code === "plugin.founding-id-claimed" ||
    p.code === "id.format"
  )
    return "ids"
  if (p.code.startsWith("text.")) return "labels"
  if (/^(?:idcc|rome|rncp|rs|siret|siren|date|territory|value\.not-allowed)/u.test(p.code)) return "codes"
  if (p.code === "field.missing" && /\.(?:fr|en)$/u.test(p.path ?? "")) return "labels"
  return "declaration"
}

const under = (path: string, places: ReadonlyArray<string>): boolean =>
  places.some((b) => path === b || b === "$" || path.startsWith(`${b}.`) || path.startsWith(`${b}[`))

interface BranchFacts {
  readonly id: string
  readonly partyId: string
  readonly idccs: ReadonlyArray<string>
}

const belongsToBranch = (
  r: ExchangeRecord.ExchangeRecord,
  branch: BranchFacts,
  plugin: Pick<BranchPlugin.Loaded, "hooks" | "label">
): { readonly ok: boolean; readonly why: { fr: string; en: string } } | { readonly hook: Problem } => {
  const id = branch.id
  switch (r.kind) {
    case "action":
      return {
        ok: (r.branches as ReadonlyArray<string>).includes(id),
        why: { fr: `l'action ne cite pas la branche « ${id} »`, en: `the action does not name branch "${id}"` }
      }
    case "insertion-outcome": {
      const why = {
        fr: `l'IDCC ${r.idcc ?? ""} n'appartient pas à la branche « ${id} »`,
        en: `IDCC ${r.idcc ?? ""} does not belong to branch "${id}"`
      }
      if (r.idcc === undefined || branch.idccs.includes(r.idcc)) return { ok: true, why }
      // the hook is someone else's code: asked guarded, its failure reported under "hooks"
      const answer = BranchPlugin.attributes(plugin, {
        idcc: r.idcc,
        ...(r.rome === undefined ? {} : { rome: r.rome })
      })
      return Result.isFailure(answer) ? { hook: answer.failure } : { ok: answer.success === true, why }
    }
    case "referent-designation":
      return {
        ok: r.party === branch.partyId,
        why: {
          fr: `la désignation n'est pas faite par « ${branch.partyId} »`,
          en: `the designation is not made by "${branch.partyId}"`
        }
      }
    default:
      return { ok: true, why: { fr: "", en: "" } }
  }
}

const joined = (reasons: ReadonlyArray<Annotations.Bilingual>): Annotations.Bilingual => ({
  fr: reasons.map((r) => r.fr).join(" ; "),
  en: reasons.map((r) => r.en).join("; ")
})

const outcome = (problems: ReadonlyArray<Problem>, reasons: ReadonlyArray<Annotations.Bilingual>): Outcome => {
  // the same problem may be found twice (a hook asked by loading and by the records check)
  const seen = new Set<string>()
  const unique = problems.filter((p) => {
    const key = JSON.stringify([p.code, p.path, p.other, p.message.en])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  if (unique.length > 0)
    return reasons.length > 0
      ? { status: "failed", problems: unique, reason: joined(reasons) }
      : { status: "failed", problems: unique }
  return reasons.length > 0
    ? { status: "not-run", problems: [], reason: joined(reasons) }
    : { status: "passed", problems: [] }
}

const composeWithBase = (
  plugin: BranchPlugin.BranchPlugin,
  loaded: BranchPlugin.Loaded,
  base: Agreement.Agreement,
  sdkVersion: string | undefined
): ReadonlyArray<Problem> => {
  const founding = base.parties.some((p) => p.kind === "branch" && p.id === loaded.branch.id)
  const sdk = sdkVersion === undefined ? {} : { sdkVersion }
  try {
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
        representations: [{ representative: { name: "Signataire d'essai", title: "Représentant" } }]
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
          title: { fr: "Avenant d'essai", en: "Trial amendment" },
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
    const m = e instanceof Error ? e.message : String(e)
    return [
      {
        code: "conformance.crashed",
        subject: loaded.label,
        message: {
          fr: `La composition d'essai a échoué de façon inattendue : ${m}`,
          en: `The trial composition failed unexpectedly: ${m}`
        }
      }
    ]
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
  for (const p of inspection.problems) found[themeOf(p)].push(p)
  for (const s of inspection.skipped) notRun[s.check === "sdk" ? "sdk" : "ids"].push(s.reason)

  // nothing under an unreadable place was checked: the themes that look there are not complete
  const unreadable = inspection.unreadable
  const unreadableData = unreadable.filter((p) => !under(p, ["$.hooks"]))
  if (unreadableData.length > 0) {
    const places = unreadableData.slice(0, 5).join(", ") + (unreadableData.length > 5 ? ", …" : "")
    const reason = {
      fr: `des parties illisibles (${places}) n'ont pas été vérifiées`,
      en: `unreadable parts (${places}) were not checked`
    }
    notRun.codes.push(reason)
    notRun.labels.push(reason)
    notRun.ids.push(reason)
  }

  // pre#6: a founding branch's id belongs to its published package
  const branchId = inspection.branchId
  const owner = branchId === undefined ? undefined : Founding.packageOf(branchId)
  if (owner !== undefined && inspection.packageName !== owner)
    found.ids.push({
      code: "plugin.founding-id-claimed",
      subject: label,
      other: owner,
      path: "$.meta.id",
      message: {
        fr: `L'identifiant « ${branchId} » appartient à la branche fondatrice publiée par ${owner} : le paquet ${inspection.packageName ?? "?"} ne peut pas le prendre ; donnez à la branche son propre identifiant`,
        en: `The id "${branchId}" belongs to the founding branch published by ${owner}: package ${inspection.packageName ?? "?"} cannot take it; give the branch its own id`
      }
    })

  // example records: each one that can be read is decoded, then matched with the branch
  const examples = inspection.exampleRecords
  if (examples === undefined)
    notRun.records.push({
      fr: "exampleRecords n'est pas une liste lisible : les exemples n'ont pas été vérifiés",
      en: "exampleRecords is not a readable list: the examples were not checked"
    })
  else {
    if (examples.length === 0)
      found.records.push({
        code: "plugin.no-example-record",
        subject: label,
        path: "$.exampleRecords",
        message: {
          fr: "Le plugin ne fournit aucun enregistrement d'exemple",
          en: "The plugin gives no example record"
        }
      })
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
      else
        for (const d of decoded.failure)
          found.records.push({
            code: d.code,
            subject: label,
            path: `${at}${Diagnostic.formatPath(d.path).slice(1)}`,
            message: d.message
          })
    })
    if (skippedRecords.length > 0)
      notRun.records.push({
        fr: `les exemples illisibles (${skippedRecords.join(", ")}) n'ont pas été vérifiés`,
        en: `the unreadable examples (${skippedRecords.join(", ")}) were not checked`
      })
    const branch: BranchFacts | undefined =
      branchId === undefined || inspection.conventions === undefined
        ? undefined
        : { id: branchId, partyId: `branch:${branchId}`, idccs: inspection.conventions.map((c) => c.idcc) }
    if (branch === undefined)
      notRun.records.push({
        fr: "l'identifiant ou les conventions de la branche ne sont pas valides : le rattachement des exemples à la branche n'a pas été vérifié",
        en: "the branch's id or conventions are not valid: whether the examples belong to the branch was not checked"
      })
    else
      for (const { index, record } of records) {
        const verdict = belongsToBranch(record, branch, { hooks: inspection.hooks, label })
        if ("hook" in verdict) {
          found.hooks.push(verdict.hook)
          notRun.records.push({
            fr: `la fonction « attributes » a échoué pour $.exampleRecords[${index}] : son rattachement à la branche n'a pas été vérifié`,
            en: `the "attributes" function failed for $.exampleRecords[${index}]: whether it belongs to the branch was not checked`
          })
        } else if (!verdict.ok)
          found.records.push({
            code: "plugin.example-outside-branch",
            subject: label,
            path: `$.exampleRecords[${index}]`,
            message: {
              fr: `Exemple hors de la branche : ${verdict.why.fr}`,
              en: `Example outside the branch: ${verdict.why.en}`
            }
          })
      }
  }

  if (inspection.loaded === undefined)
    notRun.composition.push({
      fr: "le plugin ne se charge pas (voir les autres thèmes) : son entrée dans l'accord n'a pas été essayée",
      en: "the plugin does not load (see the other themes): joining the agreement was not tried"
    })
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
      if (o.status === "not-run")
        return [`– ${title} (${lang === "fr" ? "non vérifié : " : "not checked: "}${o.reason[lang]})`]
      return [
        `✗ ${title}`,
        formatProblems(o.problems, lang).replace(/^/gmu, "    "),
        ...(o.reason === undefined
          ? []
          : [`    (${lang === "fr" ? "en partie non vérifié : " : "partly not checked: "}${o.reason[lang]})`])
      ]
    })
    .join("\n")
