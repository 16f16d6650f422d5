/**
 * Conformance of a branch plugin: everything a host checks when it loads it, plus what makes a
 * plugin trustworthy (example records that validate and belong to the branch, composition with
 * the base agreement), sorted by theme. The `/testing` entry runs it as vitest tests.
 *
 * @since 0.1.0
 */
import { type Agreement, agreement2024, type ExchangeRecord, Party } from "@accord-jeunes/domain"
import * as Result from "effect/Result"
import { defineAmendment } from "./Act.js"
import * as BranchPlugin from "./BranchPlugin.js"
import * as Composition from "./Composition.js"
import type { Problem } from "./Problem.js"

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

/** The problems found, by theme (an empty list is a pass). @since 0.1.0 */
export type Report = Readonly<Record<Theme, ReadonlyArray<Problem>>>

const themeOf = (p: Problem): Theme => {
  if (p.code === "plugin.sdk-out-of-range") return "sdk"
  if (p.code.startsWith("plugin.hook")) return "hooks"
  if (p.code === "plugin.id-not-namespaced" || p.code === "plugin.duplicate-id" || p.code === "id.format") return "ids"
  if (p.code.startsWith("text.")) return "labels"
  if (/^(?:idcc|rome|rncp|rs|siret|siren|date|territory|value\.not-allowed)/u.test(p.code)) return "codes"
  if (p.code === "field.missing" && /\.(?:fr|en)$/u.test(p.path ?? "")) return "labels"
  return "declaration"
}

const belongsToBranch = (
  r: ExchangeRecord.ExchangeRecord,
  loaded: BranchPlugin.Loaded
): { readonly ok: boolean; readonly why: { fr: string; en: string } } => {
  const id = loaded.branch.id
  const idccs = new Set(Party.idccsOf(loaded.branch))
  switch (r.kind) {
    case "action":
      return {
        ok: r.branches.includes(id as never),
        why: { fr: `l'action ne cite pas la branche « ${id} »`, en: `the action does not name branch "${id}"` }
      }
    case "insertion-outcome": {
      const attributed =
        r.idcc !== undefined &&
        (idccs.has(r.idcc) ||
          loaded.hooks.attributes?.({ idcc: r.idcc, ...(r.rome === undefined ? {} : { rome: r.rome }) }) === true)
      return {
        ok: r.idcc === undefined || attributed,
        why: {
          fr: `l'IDCC ${r.idcc ?? ""} n'appartient pas à la branche « ${id} »`,
          en: `IDCC ${r.idcc ?? ""} does not belong to branch "${id}"`
        }
      }
    }
    case "referent-designation":
      return {
        ok: r.party === loaded.branch.partyId,
        why: {
          fr: `la désignation n'est pas faite par « ${loaded.branch.partyId} »`,
          en: `the designation is not made by "${loaded.branch.partyId}"`
        }
      }
    default:
      return { ok: true, why: { fr: "", en: "" } }
  }
}

/**
 * Checks a plugin and sorts what it finds by theme.
 *
 * @example
 * ```ts
 * import { Conformance, defineBranchPlugin } from "@accord-jeunes/plugin-sdk"
 * const report = Conformance.check(defineBranchPlugin({
 *   meta: { id: "proprete", name: { fr: "Propreté", en: "Cleaning" }, packageName: "branch-proprete", version: "1.0.0", sdk: "^0.1.0" },
 *   conventions: [{ idcc: "3043" }], commitments: [], actionTypes: { catalog: ["company-visit"], own: [] },
 *   trades: [], certifications: [], poecSessions: [], referents: [], indicators: [], exampleRecords: []
 * }))
 * report.records.length // 1
 * ```
 * @since 0.1.0
 */
export const check = (
  plugin: BranchPlugin.BranchPlugin,
  options: { readonly base?: Agreement.Agreement; readonly sdkVersion?: string } = {}
): Report => {
  const report: Record<Theme, Array<Problem>> = {
    sdk: [],
    declaration: [],
    codes: [],
    labels: [],
    ids: [],
    hooks: [],
    records: [],
    composition: []
  }
  const loaded = BranchPlugin.load(plugin, options.sdkVersion === undefined ? {} : { sdkVersion: options.sdkVersion })
  if (Result.isFailure(loaded)) {
    for (const p of loaded.failure) report[themeOf(p)].push(p)
    return report
  }
  const l = loaded.success
  const { records, problems } = BranchPlugin.exampleRecords(l)
  report.records.push(...problems)
  if (l.declaration.exampleRecords.length === 0)
    report.records.push({
      code: "plugin.no-example-record",
      subject: l.label,
      path: "$.exampleRecords",
      message: {
        fr: "Le plugin ne fournit aucun enregistrement d'exemple",
        en: "The plugin gives no example record"
      }
    })
  records.forEach((r, i) => {
    const { ok, why } = belongsToBranch(r, l)
    if (!ok)
      report.records.push({
        code: "plugin.example-outside-branch",
        subject: l.label,
        path: `$.exampleRecords[${i}]`,
        message: { fr: `Exemple hors de la branche : ${why.fr}`, en: `Example outside the branch: ${why.en}` }
      })
  })
  const base = options.base ?? agreement2024
  const founding = base.parties.some((p) => p.kind === "branch" && p.id === l.branch.id)
  const sdk = options.sdkVersion === undefined ? {} : { sdkVersion: options.sdkVersion }
  const composed = founding
    ? Composition.compose({ base, founding: [plugin], ...sdk })
    : Composition.compose({
        base,
        ...sdk,
        acts: [
          defineAmendment({
            agreement: base.id,
            number: 1,
            title: { fr: "Avenant d'essai", en: "Trial amendment" },
            signatureDate: base.signatureDate,
            effectiveDate: base.signatureDate,
            signatories: [base.signatories[0]],
            operations: [{ op: "branch-joins", plugin }]
          })
        ]
      })
  if (Result.isFailure(composed)) report.composition.push(...composed.failure)
  return report
}

/**
 * Whether a report has no problem.
 *
 * @since 0.1.0
 */
export const passes = (report: Report): boolean => Object.values(report).every((ps) => ps.length === 0)
