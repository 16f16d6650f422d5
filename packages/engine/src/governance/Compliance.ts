/**
 * Governance compliance: from committee meetings, referent designations and communications, a
 * list of findings about a period. Each finding has a severity, the clause it checks, the facts it
 * used (party ids, region codes, dates) and an explanation for people (parties and regions by
 * name, in French and English). A rule that applies to every party or every region gives one
 * finding listing those that fall short, with one sub-explanation each.
 *
 * Periods: an agreement year or a calendar year, resolved by `Period` (docs/dates.md, "Report
 * periods"); by default the last agreement year ended on the day of the check.
 *
 * @since 0.1.0
 */
import {
  type Annotations,
  type CalendarDate,
  type CommitteeMeeting,
  Party,
  type ReferentDesignation,
  Territory
} from "@accord-jeunes/domain"
import { Composition } from "@accord-jeunes/plugin-sdk"
import * as Explanation from "../explanation/Explanation.js"
import * as ReportPeriod from "../period/Period.js"

type Day = CalendarDate.CalendarDate

/**
 * A period to check: the same spec as `Period.Spec` (kept here so that callers compile).
 *
 * @since 0.1.0
 */
export type Period = ReportPeriod.Spec

/**
 * A communication about the agreement by one signatory, and when each other signatory was told
 * (a3#5 asks that they be told beforehand).
 *
 * @since 0.1.0
 */
export interface Communication {
  readonly id: string
  readonly by: string
  readonly date: Day
  readonly notified: ReadonlyArray<{ readonly party: string; readonly on: Day }>
}

/** What is checked. @since 0.1.0 */
export interface Inputs {
  readonly timeline: Composition.Timeline
  readonly meetings: ReadonlyArray<CommitteeMeeting.CommitteeMeeting>
  readonly designations: ReadonlyArray<ReferentDesignation.ReferentDesignation>
  readonly communications?: ReadonlyArray<Communication>
  /**
   * The period checked (a resolved `Period.Period` is one too). By default
   * `Period.defaultFor(timeline, asOf)`. One that cannot be resolved throws a `ProblemsError`:
   * check it first with `Period.resolve`.
   */
  readonly period?: Period
  /** The day the check is made: a period not over yet gives warnings, not errors. */
  readonly asOf: Day
  /** Regions expected to hold a regional committee and have regional referents (default: the 18 regions). */
  readonly regions?: ReadonlyArray<string>
}

/** A finding. @since 0.1.0 */
export interface Finding {
  readonly rule: string
  readonly clause: string
  readonly severity: "error" | "warning" | "info"
  readonly ok: boolean
  readonly explanation: Explanation.Explanation
}

/**
 * The report. Its `period` is the resolved period: `kind`, `index` or `year`, `start` and `end`
 * (both included, within the agreement's term), `label` in French and English, and `status` on
 * `asOf` (since 0.2.0; `label` was an English string before).
 *
 * @since 0.1.0
 */
export interface Report {
  readonly period: ReportPeriod.Period
  readonly asOf: Day
  readonly findings: ReadonlyArray<Finding>
  readonly summary: { readonly errors: number; readonly warnings: number; readonly passed: number }
}

/** The 18 regions (metropolitan and overseas), whose State services hold regional committees. @since 0.1.0 */
export const defaultRegions: ReadonlyArray<string> = Territory.allRegions
  .filter((r) => r.zone !== "com")
  .map((r) => r.code)

const acronym = (s: string): string | undefined => /\(([^()]+)\)\s*$/u.exec(s)?.[1]

/**
 * A party of the agreement in force, named for people: the ministry as the State and its
 * directorate, UNML and AKTO by their short names, a branch by its name in the agreement in force.
 * An id the agreement does not know is given back as it is.
 *
 * @example
 * ```ts
 * import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
 * import { Compliance } from "@accord-jeunes/engine"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * const inForce = Composition.asOf(Composition.composeOrThrow({ base: agreement2024 }), "2025-01-01")
 * Compliance.partyName(inForce, "state").fr // "l'État (DGEFP)"
 * Compliance.partyName(inForce, "unml").en // "UNML"
 * Compliance.partyName(inForce, "akto").fr // "AKTO"
 * Compliance.partyName(inForce, "branch:hcr").fr // "la branche Hôtels, cafés, restaurants"
 * ```
 * @since 0.2.0
 */
export const partyName = (inForce: Composition.AgreementInForce, party: string): Annotations.Bilingual => {
  const branch = inForce.branches.find((b) => b.partyId === party)
  if (branch !== undefined) return { fr: `la branche ${branch.name.fr}`, en: `the ${branch.name.en} branch` }
  const p = inForce.parties.find((x) => Party.partyIdOf(x) === party)
  switch (p?.kind) {
    case "ministry": {
      const d = acronym(p.directorate)
      return d === undefined ? { fr: "l'État", en: "the State" } : { fr: `l'État (${d})`, en: `the State (${d})` }
    }
    case "unml": {
      const a = acronym(p.name) ?? "UNML"
      return { fr: `l'${a}`, en: a }
    }
    case "opco": {
      const short = p.name.split(",")[0]?.trim() || p.name
      return { fr: short, en: short }
    }
    case "branch":
      return { fr: `la branche ${p.name.fr}`, en: `the ${p.name.en} branch` }
    case "mission-locale":
      return { fr: p.name, en: p.name }
    default:
      return { fr: party, en: party }
  }
}

// « de AKTO » is written « d'AKTO »
const of = (name: Annotations.Bilingual): string =>
  /^[AEIOUÉÈÊÂÎÔaeiou]/u.test(name.fr) ? `d'${name.fr}` : `de ${name.fr}`

const regionName = (code: string): string => Territory.region(code)?.name ?? code

// the regions missing, or, when most are, those that are not
const regionList = (missing: ReadonlyArray<string>, all: ReadonlyArray<string>): Annotations.Bilingual => {
  if (missing.length === all.length)
    return { fr: `toutes les régions (${all.length})`, en: `all regions (${all.length})` }
  if (missing.length * 2 <= all.length) {
    const list = missing.map(regionName).join(", ")
    return { fr: list, en: list }
  }
  const but = all
    .filter((r) => !missing.includes(r))
    .map(regionName)
    .join(", ")
  return {
    fr: `${missing.length} régions sur ${all.length}, toutes sauf ${but}`,
    en: `${missing.length} of ${all.length} regions, all but ${but}`
  }
}

const names = (list: ReadonlyArray<Annotations.Bilingual>): Annotations.Bilingual => ({
  fr: list.map((n) => n.fr).join(" ; "),
  en: list.map((n) => n.en).join("; ")
})

const finding = (
  rule: string,
  clause: string,
  ok: boolean,
  periodOver: boolean,
  facts: Explanation.Explanation["facts"],
  message: { fr: string; en: string },
  because: ReadonlyArray<Explanation.Explanation> = []
): Finding => ({
  rule,
  clause,
  ok,
  severity: ok ? "info" : periodOver ? "error" : "warning",
  explanation: Explanation.make({ rule, clause, verdict: ok, facts, because, message })
})

/** What every governance rule reads: the inputs, the period and the agreement at its end. @since 0.2.0 */
export interface Context {
  readonly inputs: Inputs
  readonly period: ReportPeriod.Period
  readonly start: Day
  readonly end: Day
  /** The end of the period, or the day of the check if it comes first. */
  readonly day: Day
  readonly atEnd: Composition.AgreementInForce
  readonly periodOver: boolean
  readonly inPeriod: (d: string) => boolean
  readonly national: ReadonlyArray<CommitteeMeeting.CommitteeMeeting>
  readonly regions: ReadonlyArray<string>
}

/** A governance rule: its id, its clause, and what it finds over a period. @since 0.2.0 */
export interface Rule {
  readonly id: string
  readonly clause: string
  readonly description: string
  readonly check: (ctx: Context) => ReadonlyArray<Finding>
}

/**
 * The governance rules, one small named rule per clause (like indicators, a list the report runs).
 *
 * @since 0.2.0
 */
export const rules: ReadonlyArray<Rule> = [
  {
    id: "national-meetings",
    clause: "a4#3",
    description: "At least N national meetings a year",
    check: ({ start, end, atEnd, periodOver, national }) => {
      const findings: Array<Finding> = []
      // a4#3: at least N national meetings
      const min = atEnd.governance.national.minimumMeetingsPerYear
      findings.push(
        finding(
          "governance.national-meetings",
          "a4#3",
          national.length >= min,
          periodOver,
          { meetings: national.map((m) => m.date), minimum: min, start, end },
          {
            fr: `${national.length} réunion(s) du comité national du ${start} au ${end} (au moins ${min} attendues)`,
            en: `${national.length} national committee meeting(s) from ${start} to ${end} (at least ${min} expected)`
          }
        )
      )
      return findings
    }
  },
  {
    id: "national-composition",
    clause: "a4#2",
    description: "Who sits at each national meeting",
    check: ({ inputs, national }) => {
      const findings: Array<Finding> = []
      // a4#2: composition of each national meeting
      for (const m of national) {
        const inForce = Composition.asOf(inputs.timeline, m.date)
        const expected = [
          ...inForce.governance.national.composition.flatMap((s) =>
            s.kind === "party" ? [s.party as string] : inForce.branches.map((b) => b.partyId as string)
          )
        ]
        const present = new Set(m.attendance.filter((a) => a.present).map((a) => a.party as string))
        const missing = expected.filter((p) => !present.has(p))
        const who = names(missing.map((p) => partyName(inForce, p)))
        findings.push({
          ...finding(
            "governance.national-composition",
            "a4#2",
            missing.length === 0,
            true,
            { meeting: m.id, date: m.date, expected, missing },
            missing.length === 0
              ? { fr: `Réunion du ${m.date} : composition complète`, en: `Meeting of ${m.date}: full composition` }
              : {
                  fr: `Réunion du ${m.date} : ${missing.length} partie(s) absente(s) (${who.fr})`,
                  en: `Meeting of ${m.date}: ${missing.length} part${missing.length === 1 ? "y" : "ies"} missing (${who.en})`
                }
          ),
          severity: missing.length === 0 ? "info" : "warning"
        })
      }
      return findings
    }
  },
  {
    id: "productions",
    clause: "a4#4",
    description: "The annual report and the tracking table produced",
    check: ({ periodOver, national }) => {
      const findings: Array<Finding> = []
      // a4#4: annual report and tracking table produced
      for (const output of ["annual-report", "tracking-table"] as const) {
        const producedAt = national.filter((m) => m.outputs.includes(output)).map((m) => m.date)
        const what = {
          "annual-report": { fr: "le rapport annuel", en: "the annual report" },
          "tracking-table": { fr: "le tableau de suivi de l'insertion", en: "the tracking table" }
        }[output]
        findings.push(
          finding(
            `governance.${output}`,
            "a4#4",
            producedAt.length > 0,
            periodOver,
            { producedAt },
            producedAt.length > 0
              ? {
                  fr: `Le comité a produit ${what.fr} (${producedAt.join(", ")})`,
                  en: `The committee produced ${what.en} (${producedAt.join(", ")})`
                }
              : {
                  fr: `Le comité n'a pas produit ${what.fr} sur la période`,
                  en: `The committee did not produce ${what.en} in the period`
                }
          )
        )
      }
      return findings
    }
  },
  {
    id: "first-committee-indicators",
    clause: "a3.3#4",
    description: "The indicators set by the first national committee",
    check: ({ inputs, end }) => {
      const findings: Array<Finding> = []
      // a3.3#4: the indicators are set by the first national committee
      const first = inputs.meetings
        .filter((m) => m.body.level === "national" && m.date >= inputs.timeline.base.signatureDate)
        .sort((a, b) => (a.date < b.date ? -1 : 1))[0]
      if (first !== undefined && first.date <= end) {
        const set = first.decisions.some((d) => d.setsIndicators === true)
        findings.push(
          finding(
            "governance.first-committee-indicators",
            "a3.3#4",
            set,
            true,
            { firstMeeting: first.date, decisions: first.decisions.map((d) => d.id) },
            set
              ? {
                  fr: `Le premier comité (${first.date}) a fixé les indicateurs`,
                  en: `The first committee (${first.date}) set the indicators`
                }
              : {
                  fr: `Le premier comité (${first.date}) n'a pas fixé les indicateurs`,
                  en: `The first committee (${first.date}) did not set the indicators`
                }
          )
        )
      }
      return findings
    }
  },
  {
    id: "regional-committees",
    clause: "a4.1#2",
    description: "Regional committees in each region",
    check: ({ inputs, start, end, atEnd, periodOver, inPeriod, regions }) => {
      const findings: Array<Finding> = []
      // a4.1#2: the regional committees a year in each region: one finding, the regions short of them
      const perYear = atEnd.governance.regional.meetingsPerYear
      const held = regions.map((region) => ({
        region,
        meetings: inputs.meetings
          .filter((m) => m.body.level === "regional" && m.body.region === region && inPeriod(m.date))
          .map((m) => m.date)
      }))
      const short = held.filter((h) => h.meetings.length < perYear)
      // "in 1 of 2 regions: X", or "in 17 of 18 regions, all but Y"; with several a year, how many each held
      const where: Annotations.Bilingual =
        perYear === 1 && short.length * 2 > regions.length
          ? regionList(
              short.map((h) => h.region),
              regions
            )
          : {
              fr: `${short.length} région(s) sur ${regions.length} : ${short.map((h) => (perYear === 1 ? regionName(h.region) : `${regionName(h.region)} (${h.meetings.length} sur ${perYear})`)).join(", ")}`,
              en: `${short.length} of ${regions.length} region(s): ${short.map((h) => (perYear === 1 ? regionName(h.region) : `${regionName(h.region)} (${h.meetings.length} of ${perYear})`)).join(", ")}`
            }
      findings.push(
        finding(
          "governance.regional-committee",
          "a4.1#2",
          short.length === 0,
          periodOver,
          { expected: perYear, start, end, regions: held, missing: short.map((h) => h.region) },
          short.length === 0
            ? {
                fr: `Comité régional tenu du ${start} au ${end} dans chacune des ${regions.length} région(s) (${perYear} attendu(s) par région)`,
                en: `Regional committee held from ${start} to ${end} in each of the ${regions.length} region(s) (${perYear} expected per region)`
              }
            : short.length === regions.length && short.every((h) => h.meetings.length === 0)
              ? {
                  fr: `Aucun comité régional tenu du ${start} au ${end} dans les ${regions.length} région(s) (${perYear} attendu(s) par région)`,
                  en: `No regional committee held from ${start} to ${end} in any of the ${regions.length} region(s) (${perYear} expected per region)`
                }
              : {
                  fr: `Comité régional (${perYear} attendu(s) par région) non tenu du ${start} au ${end} dans ${where.fr}`,
                  en: `Regional committee (${perYear} expected per region) not held from ${start} to ${end} in ${where.en}`
                },
          held.map((h) =>
            Explanation.make({
              rule: "governance.regional-committee",
              clause: "a4.1#2",
              verdict: h.meetings.length >= perYear,
              facts: { region: h.region, meetings: h.meetings, expected: perYear },
              message: {
                fr: `${regionName(h.region)} : ${h.meetings.length} comité(s) régional(aux), ${perYear} attendu(s)`,
                en: `${regionName(h.region)}: ${h.meetings.length} regional committee(s), ${perYear} expected`
              }
            })
          )
        )
      )
      return findings
    }
  },
  {
    id: "referents",
    clause: "a3#2",
    description: "Referents of each signatory party, nationally and per region",
    check: ({ inputs, day, atEnd, regions }) => {
      const findings: Array<Finding> = []
      // a3#2 and a4.1#1: referents of each signatory party (every party bound, docs/signatories.md),
      // nationally and per region: one finding each, the parties short of them
      const validOn = (d: ReferentDesignation.ReferentDesignation) =>
        d.from <= day && (d.until === undefined || day <= d.until)
      const parties = atEnd.signatoryParties.map((party) => {
        const mine = inputs.designations.filter((d) => d.party === party && validOn(d))
        const covered = new Set<string>(mine.filter((d) => d.level === "regional").map((d) => d.region as string))
        return {
          party,
          name: partyName(atEnd, party),
          hasNational: mine.some((d) => d.level === "national"),
          missingRegions: regions.filter((r) => !covered.has(r))
        }
      })
      const n = parties.length
      const noNational = parties.filter((p) => !p.hasNational)
      const noNationalNames = names(noNational.map((p) => p.name))
      findings.push(
        finding(
          "governance.national-referent",
          "a3#2",
          noNational.length === 0,
          true,
          { on: day, parties: parties.map((p) => p.party), missing: noNational.map((p) => p.party) },
          noNational.length === 0
            ? {
                fr: `Chacune des ${n} parties signataires a son référent national au ${day}`,
                en: `Each of the ${n} signatory parties has its national referent on ${day}`
              }
            : {
                fr: `${noNational.length} partie(s) signataire(s) sur ${n} sans référent national au ${day} : ${noNationalNames.fr}`,
                en: `${noNational.length} of ${n} signatory parties without a national referent on ${day}: ${noNationalNames.en}`
              },
          parties.map((p) =>
            Explanation.make({
              rule: "governance.national-referent",
              clause: "a3#2",
              verdict: p.hasNational,
              facts: { party: p.party, on: day },
              message: p.hasNational
                ? { fr: `${p.name.fr} : référent national désigné`, en: `${p.name.en}: national referent named` }
                : { fr: `${p.name.fr} : pas de référent national`, en: `${p.name.en}: no national referent` }
            })
          )
        )
      )
      const noRegional = parties.filter((p) => p.missingRegions.length > 0)
      const gaps = (p: (typeof parties)[number]): Annotations.Bilingual => regionList(p.missingRegions, regions)
      findings.push(
        finding(
          "governance.regional-referents",
          "a4.1#1",
          noRegional.length === 0,
          true,
          {
            on: day,
            parties: parties.map((p) => p.party),
            regions: [...regions],
            missing: noRegional.map((p) => ({ party: p.party, regions: p.missingRegions }))
          },
          noRegional.length === 0
            ? {
                fr: `Chacune des ${n} parties signataires a un correspondant dans chacune des ${regions.length} région(s) au ${day}`,
                en: `Each of the ${n} signatory parties has a correspondent in each of the ${regions.length} region(s) on ${day}`
              }
            : {
                fr: `Correspondants régionaux manquants au ${day} pour ${noRegional.length} partie(s) signataire(s) sur ${n} — ${noRegional.map((p) => `${p.name.fr} : ${gaps(p).fr}`).join(" ; ")}`,
                en: `Regional correspondents missing on ${day} for ${noRegional.length} of ${n} signatory parties — ${noRegional.map((p) => `${p.name.en}: ${gaps(p).en}`).join("; ")}`
              },
          parties.map((p) =>
            Explanation.make({
              rule: "governance.regional-referents",
              clause: "a4.1#1",
              verdict: p.missingRegions.length === 0,
              facts: { party: p.party, on: day, missingRegions: p.missingRegions },
              message:
                p.missingRegions.length === 0
                  ? {
                      fr: `${p.name.fr} : un correspondant dans chaque région`,
                      en: `${p.name.en}: a correspondent in every region`
                    }
                  : {
                      fr: `${p.name.fr} : pas de correspondant régional en ${gaps(p).fr}`,
                      en: `${p.name.en}: no regional correspondent in ${gaps(p).en}`
                    }
            })
          )
        )
      )
      return findings
    }
  },
  {
    id: "prior-notice",
    clause: "a3#5",
    description: "Other signatories told before any communication",
    check: ({ inputs, inPeriod }) => {
      const findings: Array<Finding> = []
      // a3#5: other signatories told before any communication
      for (const c of (inputs.communications ?? []).filter((x) => inPeriod(x.date))) {
        const inForce = Composition.asOf(inputs.timeline, c.date)
        const others = inForce.signatoryParties.filter((p) => p !== c.by)
        const late = others.filter((p) => !c.notified.some((x) => x.party === p && x.on < c.date))
        const by = partyName(inForce, c.by)
        const lateNames = names(late.map((p) => partyName(inForce, p)))
        findings.push(
          finding(
            "governance.prior-notice",
            "a3#5",
            late.length === 0,
            true,
            { communication: c.id, by: c.by, date: c.date, notToldBeforehand: late },
            late.length === 0
              ? {
                  fr: `Communication ${c.id} ${of(by)} : signataires prévenus en amont`,
                  en: `Communication ${c.id} by ${by.en}: signatories told beforehand`
                }
              : {
                  fr: `Communication ${c.id} ${of(by)} du ${c.date} : non prévenus en amont ${lateNames.fr}`,
                  en: `Communication ${c.id} by ${by.en} of ${c.date}: not told beforehand ${lateNames.en}`
                }
          )
        )
      }
      return findings
    }
  }
]

/**
 * Checks governance over a period. Rules over every party (a3#2, a4.1#1) or every region (a4.1#2)
 * give one finding each, listing by name who or where falls short; the facts keep the ids and
 * codes, and `because` holds one sub-explanation per party or region.
 *
 * @example
 * ```ts
 * import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
 * import { Compliance } from "@accord-jeunes/engine"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * const r = Compliance.check({
 *   timeline: Composition.composeOrThrow({ base: agreement2024 }),
 *   meetings: [],
 *   designations: [],
 *   asOf: CalendarDate.make("2025-10-01"),
 *   regions: ["11"]
 * })
 * r.period.label.fr // "année 1 de l'accord (16 septembre 2024 – 15 septembre 2025)"
 * r.findings.filter((f) => f.rule === "governance.national-referent").length // 1
 * ```
 * @since 0.1.0
 */
export const check = (inputs: Inputs): Report => {
  const period =
    inputs.period === undefined
      ? ReportPeriod.defaultFor(inputs.timeline, inputs.asOf)
      : ReportPeriod.resolveOrThrow(inputs.timeline, inputs.period, inputs.asOf)
  const { start, end } = period
  // the rules as in force at the end of the period, or on the day of the check if it comes first
  const day = inputs.asOf < end ? inputs.asOf : end
  const atEnd = Composition.asOf(inputs.timeline, day)
  const periodOver = period.status === "ended"
  const inPeriod = (d: string) => d >= start && d <= end
  const national = inputs.meetings.filter((m) => m.body.level === "national" && inPeriod(m.date))
  const regions = inputs.regions ?? defaultRegions

  const ctx: Context = { inputs, period, start, end, day, atEnd, periodOver, inPeriod, national, regions }
  const findings = rules.flatMap((rule) => rule.check(ctx))
  return {
    period,
    asOf: inputs.asOf,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      passed: findings.filter((f) => f.ok).length
    }
  }
}
