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
  type Catalogue,
  type CommitteeMeeting,
  type ReferentDesignation,
  Territory
} from "@accord-jeunes/domain"
import { Composition } from "@accord-jeunes/plugin-sdk"
import * as Codes from "../Codes.js"
import * as Explanation from "../explanation/Explanation.js"
import * as ReportPeriod from "../period/Period.js"
import * as Texts from "../Texts.js"

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

/**
 * A finding: a rule's code (docs/codes.md), the clause it checks, how serious (`info` when met),
 * whether it is met, and the explanation.
 *
 * @since 0.1.0
 */
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

/**
 * A party of the agreement in force, named for people (`Texts.partyName`): the ministry as the
 * State and its directorate, UNML and AKTO by their short names, a branch by its name in the
 * agreement in force. An id the agreement does not know is given back as it is.
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
export const partyName: (inForce: Composition.AgreementInForce, party: string) => Annotations.Bilingual =
  Texts.partyName

// a finding from a rule's code: met, or an error once the period has ended (a warning before)
const finding = <P extends Catalogue.Params>(
  code: Catalogue.Code<P>,
  params: P,
  ok: boolean,
  failure: "error" | "warning",
  facts: Explanation.Explanation["facts"],
  because: ReadonlyArray<Explanation.Explanation> = []
): Finding => ({
  rule: code.code,
  clause: code.clause ?? "",
  ok,
  severity: ok ? "info" : failure,
  explanation: Explanation.make({ code, params, severity: failure, verdict: ok, facts, because })
})

// the severity of a shortfall: an error once the period has ended, a warning while the committee
// may still meet (a4#3, a4#4)
const over = (periodOver: boolean): "error" | "warning" => (periodOver ? "error" : "warning")

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
  /** Whether a day is in the period and not after the report day (`day`): what has happened. */
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
    check: ({ start, end, day, atEnd, periodOver, national }) => {
      // a4#3: at least N national meetings; the message names the days counted (through the report day)
      const minimum = atEnd.governance.national.minimumMeetingsPerYear
      return [
        finding(
          Codes.governanceNationalMeetings,
          { count: national.length, minimum, start, end: day },
          national.length >= minimum,
          over(periodOver),
          { meetings: national.map((m) => m.date), minimum, start, end }
        )
      ]
    }
  },
  {
    id: "national-composition",
    clause: "a4#2",
    description: "Who sits at each national meeting",
    check: ({ inputs, national }) =>
      // a4#2: composition of each national meeting; a meeting held without a party is a warning
      national.map((m) => {
        const inForce = Composition.asOf(inputs.timeline, m.date)
        const expected = [
          ...inForce.governance.national.composition.flatMap((s) =>
            s.kind === "party" ? [s.party as string] : inForce.branches.map((b) => b.partyId as string)
          )
        ]
        const present = new Set(m.attendance.filter((a) => a.present).map((a) => a.party as string))
        const missing = expected.filter((p) => !present.has(p))
        const who = missing.map((p) => Texts.partyName(inForce, p))
        return finding(
          Codes.governanceNationalComposition,
          { date: m.date, missingFr: who.map((n) => n.fr), missingEn: who.map((n) => n.en) },
          missing.length === 0,
          "warning",
          { meeting: m.id, date: m.date, expected, missing }
        )
      })
  },
  {
    id: "productions",
    clause: "a4#4",
    description: "The annual report and the tracking table produced",
    check: ({ periodOver, national }) =>
      // a4#4: annual report and tracking table produced
      (
        [
          ["annual-report", Codes.governanceAnnualReport],
          ["tracking-table", Codes.governanceTrackingTable]
        ] as const
      ).map(([output, code]) => {
        const producedAt = national.filter((m) => m.outputs.includes(output)).map((m) => m.date)
        return finding(code, { producedAt }, producedAt.length > 0, over(periodOver), { producedAt })
      })
  },
  {
    id: "first-committee-indicators",
    clause: "a3.3#4",
    description: "The indicators set by the first national committee",
    check: ({ inputs, day }) => {
      // a3.3#4: the indicators are set by the first national committee (one held by the report day)
      const first = inputs.meetings
        .filter((m) => m.body.level === "national" && m.date >= inputs.timeline.base.signatureDate)
        .sort((a, b) => (a.date < b.date ? -1 : 1))[0]
      if (first === undefined || first.date > day) return []
      const set = first.decisions.some((d) => d.setsIndicators === true)
      return [
        finding(Codes.governanceFirstCommitteeIndicators, { date: first.date, set }, set, "error", {
          firstMeeting: first.date,
          decisions: first.decisions.map((d) => d.id)
        })
      ]
    }
  },
  {
    id: "regional-committees",
    clause: "a4.1#2",
    description: "Regional committees in each region",
    check: ({ inputs, start, end, day, atEnd, periodOver, inPeriod, regions }) => {
      // a4.1#2: the regional committees a year in each region: one finding, the regions short of them
      const expected = atEnd.governance.regional.meetingsPerYear
      const held = regions.map((region) => ({
        region,
        meetings: inputs.meetings
          .filter((m) => m.body.level === "regional" && m.body.region === region && inPeriod(m.date))
          .map((m) => m.date)
      }))
      const short = held.filter((h) => h.meetings.length < expected)
      const where = Texts.regionsShort(short, regions, expected)
      return [
        finding(
          Codes.governanceRegionalCommittee,
          {
            scope: "all",
            start,
            end: day,
            expected,
            regions: regions.length,
            whereFr: where.fr,
            whereEn: where.en,
            short: short.length,
            noneHeld: short.length === regions.length && short.every((h) => h.meetings.length === 0)
          },
          short.length === 0,
          over(periodOver),
          { expected, start, end, regions: held, missing: short.map((h) => h.region) },
          held.map((h) =>
            Explanation.make({
              code: Codes.governanceRegionalCommittee,
              params: {
                scope: "region",
                region: Texts.regionName(h.region),
                meetings: h.meetings.length,
                expected
              },
              severity: over(periodOver),
              verdict: h.meetings.length >= expected,
              facts: { region: h.region, meetings: h.meetings, expected }
            })
          )
        )
      ]
    }
  },
  {
    id: "referents",
    clause: "a3#2",
    description: "Referents of each signatory party, nationally and per region",
    check: ({ inputs, day, atEnd, regions }) => {
      // a3#2 and a4.1#1: referents of each signatory party (every party bound, docs/signatories.md),
      // nationally and per region: one finding each, the parties short of them. a3#2 asks a referent
      // of each party; one correspondent per party and region is only the project's reading of
      // a4.1#1 (which asks for designated correspondents), so its shortfall is a warning
      const validOn = (d: ReferentDesignation.ReferentDesignation) =>
        d.from <= day && (d.until === undefined || day <= d.until)
      const parties = atEnd.signatoryParties.map((party) => {
        const mine = inputs.designations.filter((d) => d.party === party && validOn(d))
        const covered = new Set<string>(mine.filter((d) => d.level === "regional").map((d) => d.region as string))
        const missingRegions = regions.filter((r) => !covered.has(r))
        return {
          party,
          name: Texts.partyName(atEnd, party),
          hasNational: mine.some((d) => d.level === "national"),
          missingRegions,
          gaps: missingRegions.length === 0 ? undefined : Texts.regionList(missingRegions, regions)
        }
      })
      const noNational = parties.filter((p) => !p.hasNational)
      const noRegional = parties.filter((p) => p.gaps !== undefined)
      return [
        finding(
          Codes.governanceNationalReferent,
          {
            scope: "all",
            on: day,
            parties: parties.length,
            missingFr: noNational.map((p) => p.name.fr),
            missingEn: noNational.map((p) => p.name.en)
          },
          noNational.length === 0,
          "error",
          { on: day, parties: parties.map((p) => p.party), missing: noNational.map((p) => p.party) },
          parties.map((p) =>
            Explanation.make({
              code: Codes.governanceNationalReferent,
              params: { scope: "party", partyFr: p.name.fr, partyEn: p.name.en, named: p.hasNational },
              verdict: p.hasNational,
              facts: { party: p.party, on: day }
            })
          )
        ),
        finding(
          Codes.governanceRegionalReferents,
          {
            scope: "all",
            on: day,
            parties: parties.length,
            regions: regions.length,
            gapsFr: noRegional.map((p) => `${p.name.fr} : ${p.gaps?.fr}`),
            gapsEn: noRegional.map((p) => `${p.name.en}: ${p.gaps?.en}`)
          },
          noRegional.length === 0,
          "warning",
          {
            on: day,
            parties: parties.map((p) => p.party),
            regions: [...regions],
            missing: noRegional.map((p) => ({ party: p.party, regions: p.missingRegions }))
          },
          parties.map((p) =>
            Explanation.make({
              code: Codes.governanceRegionalReferents,
              params: {
                scope: "party",
                partyFr: p.name.fr,
                partyEn: p.name.en,
                whereFr: p.gaps?.fr,
                whereEn: p.gaps?.en
              },
              verdict: p.missingRegions.length === 0,
              facts: { party: p.party, on: day, missingRegions: p.missingRegions }
            })
          )
        )
      ]
    }
  },
  {
    id: "prior-notice",
    clause: "a3#5",
    description: "Other signatories told before any communication",
    check: ({ inputs, inPeriod }) =>
      // a3#5: other signatories told before any communication
      (inputs.communications ?? [])
        .filter((x) => inPeriod(x.date))
        .map((c) => {
          const inForce = Composition.asOf(inputs.timeline, c.date)
          const others = inForce.signatoryParties.filter((p) => p !== c.by)
          const late = others.filter((p) => !c.notified.some((x) => x.party === p && x.on < c.date))
          const by = Texts.partyName(inForce, c.by)
          const lateNames = late.map((p) => Texts.partyName(inForce, p))
          return finding(
            Codes.governancePriorNotice,
            {
              communication: c.id,
              date: c.date,
              byFr: by.fr,
              byEn: by.en,
              lateFr: lateNames.map((n) => n.fr),
              lateEn: lateNames.map((n) => n.en)
            },
            late.length === 0,
            "error",
            { communication: c.id, by: c.by, date: c.date, notToldBeforehand: late }
          )
        })
  }
]

/**
 * Checks governance over a period. Rules over every party (a3#2, a4.1#1) or every region (a4.1#2)
 * give one finding each, listing by name who or where falls short; the facts keep the ids and
 * codes, and `because` holds one sub-explanation per party or region. Regional correspondents
 * (a4.1#1) are a warning at most: one per party and region is the project's reading of the clause,
 * not a requirement of the text.
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
export const check = (given: Inputs): Report => {
  // a meeting record given twice (the same file read twice, two exports of one meeting) is one
  // meeting: the first record of each id is the one read
  const seen = new Set<string>()
  const inputs: Inputs = {
    ...given,
    meetings: given.meetings.filter((m) => {
      if (seen.has(m.id)) return false
      seen.add(m.id)
      return true
    })
  }
  const period =
    inputs.period === undefined
      ? ReportPeriod.defaultFor(inputs.timeline, inputs.asOf)
      : ReportPeriod.resolveOrThrow(inputs.timeline, inputs.period, inputs.asOf)
  const { start, end } = period
  // the rules as in force at the end of the period, or on the day of the check if it comes first
  const day = inputs.asOf < end ? inputs.asOf : end
  const atEnd = Composition.asOf(inputs.timeline, day)
  const periodOver = period.status === "ended"
  // what is dated after the report day has not happened (or is planned): the period is counted
  // through that day, its bounds and label unchanged; nothing of a period not started
  const inPeriod = (d: string) => d >= start && d <= day
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
