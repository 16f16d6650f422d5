/**
 * Governance compliance: from committee meetings, referent designations and communications, a
 * list of findings about a period. Each finding has a severity, the clause it checks, the facts it
 * used and an explanation.
 *
 * Periods: an agreement year (from the signature day, the default, since every such year is a
 * full year of the agreement) or a calendar year (then only its part within the term counts).
 *
 * @since 0.1.0
 */
import { CalendarDate, type CommitteeMeeting, type ReferentDesignation, Territory } from "@accord-jeunes/domain"
import { Composition } from "@accord-jeunes/plugin-sdk"
import * as LegalDate from "../dates/LegalDate.js"
import * as Explanation from "../explanation/Explanation.js"

type Day = CalendarDate.CalendarDate

/** A period to check. @since 0.1.0 */
export type Period =
  | { readonly kind: "agreement-year"; readonly index: number }
  | { readonly kind: "calendar-year"; readonly year: number }

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
  readonly period: Period
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

/** The report. @since 0.1.0 */
export interface Report {
  readonly period: { readonly kind: Period["kind"]; readonly label: string; readonly start: Day; readonly end: Day }
  readonly asOf: Day
  readonly findings: ReadonlyArray<Finding>
  readonly summary: { readonly errors: number; readonly warnings: number; readonly passed: number }
}

/** The 18 regions (metropolitan and overseas), whose State services hold regional committees. @since 0.1.0 */
export const defaultRegions: ReadonlyArray<string> = Territory.allRegions
  .filter((r) => r.zone !== "com")
  .map((r) => r.code)

const bounds = (timeline: Composition.Timeline, period: Period) => {
  const signature = timeline.base.signatureDate
  if (period.kind === "agreement-year") {
    const start = CalendarDate.addYears(signature, period.index - 1)
    return { start, end: LegalDate.termLastDay(signature, period.index), label: `agreement year ${period.index}` }
  }
  const y = String(period.year).padStart(4, "0")
  const start = CalendarDate.make(`${y}-01-01`)
  return {
    start: start < signature ? signature : start,
    end: CalendarDate.make(`${y}-12-31`),
    label: `calendar year ${period.year}`
  }
}

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

/**
 * Checks governance over a period.
 *
 * @since 0.1.0
 */
export const check = (inputs: Inputs): Report => {
  const { start, end, label } = bounds(inputs.timeline, inputs.period)
  const atEnd = Composition.asOf(inputs.timeline, end < inputs.asOf ? end : inputs.asOf)
  const lastDay = end < atEnd.lastDay ? end : atEnd.lastDay
  const periodOver = inputs.asOf > end
  const inPeriod = (d: string) => d >= start && d <= end
  const national = inputs.meetings.filter((m) => m.body.level === "national" && inPeriod(m.date))
  const findings: Array<Finding> = []
  const regions = inputs.regions ?? defaultRegions

  // a4#3: at least N national meetings
  const min = atEnd.governance.national.minimumMeetingsPerYear
  findings.push(
    finding(
      "governance.national-meetings",
      "a4#3",
      national.length >= min,
      periodOver,
      { meetings: national.map((m) => m.date), minimum: min, start, end: lastDay },
      {
        fr: `${national.length} réunion(s) du comité national du ${start} au ${lastDay} (au moins ${min} attendues)`,
        en: `${national.length} national committee meeting(s) from ${start} to ${lastDay} (at least ${min} expected)`
      }
    )
  )

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
              fr: `Réunion du ${m.date} : absents ${missing.join(", ")}`,
              en: `Meeting of ${m.date}: missing ${missing.join(", ")}`
            }
      ),
      severity: missing.length === 0 ? "info" : "warning"
    })
  }

  // a4#4: annual report and tracking table produced
  for (const output of ["annual-report", "tracking-table"] as const) {
    const producedAt = national.filter((m) => m.outputs.includes(output)).map((m) => m.date)
    const names = {
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
              fr: `Le comité a produit ${names.fr} (${producedAt.join(", ")})`,
              en: `The committee produced ${names.en} (${producedAt.join(", ")})`
            }
          : {
              fr: `Le comité n'a pas produit ${names.fr} sur la période`,
              en: `The committee did not produce ${names.en} in the period`
            }
      )
    )
  }

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

  // a4.1#2: one regional committee a year in each region
  const perYear = atEnd.governance.regional.meetingsPerYear
  for (const region of regions) {
    const held = inputs.meetings.filter(
      (m) => m.body.level === "regional" && m.body.region === region && inPeriod(m.date)
    )
    findings.push(
      finding(
        "governance.regional-committee",
        "a4.1#2",
        held.length >= perYear,
        periodOver,
        { region, meetings: held.map((m) => m.date), expected: perYear },
        {
          fr: `Région ${region} (${Territory.region(region)?.name ?? "?"}) : ${held.length} comité(s) régional(aux), ${perYear} attendu(s)`,
          en: `Region ${region} (${Territory.region(region)?.name ?? "?"}): ${held.length} regional committee(s), ${perYear} expected`
        }
      )
    )
  }

  // a3#2 and a4.1#1: referents of each signatory party (every party bound, docs/signatories.md),
  // nationally and per region
  const validOn = (d: ReferentDesignation.ReferentDesignation, day: Day) =>
    d.from <= day && (d.until === undefined || day <= d.until)
  const day = inputs.asOf < lastDay ? inputs.asOf : lastDay
  for (const party of atEnd.signatoryParties) {
    const s = { party }
    const mine = inputs.designations.filter((d) => d.party === s.party && validOn(d, day))
    const hasNational = mine.some((d) => d.level === "national")
    const covered = new Set(mine.filter((d) => d.level === "regional").map((d) => d.region))
    const missingRegions = regions.filter((r) => !covered.has(r as never))
    findings.push(
      finding(
        "governance.national-referent",
        "a3#2",
        hasNational,
        true,
        { party: s.party, on: day },
        hasNational
          ? { fr: `${s.party} a désigné son référent national`, en: `${s.party} named its national referent` }
          : {
              fr: `${s.party} n'a pas de référent national au ${day}`,
              en: `${s.party} has no national referent on ${day}`
            }
      ),
      finding(
        "governance.regional-referents",
        "a4.1#1",
        missingRegions.length === 0,
        true,
        { party: s.party, on: day, missingRegions },
        missingRegions.length === 0
          ? {
              fr: `${s.party} a un correspondant dans chaque région`,
              en: `${s.party} has a correspondent in every region`
            }
          : {
              fr: `${s.party} n'a pas de correspondant régional en ${missingRegions.join(", ")}`,
              en: `${s.party} has no regional correspondent in ${missingRegions.join(", ")}`
            }
      )
    )
  }

  // a3#5: other signatories told before any communication
  for (const c of (inputs.communications ?? []).filter((x) => inPeriod(x.date))) {
    const inForce = Composition.asOf(inputs.timeline, c.date)
    const others = inForce.signatoryParties.filter((p) => p !== c.by)
    const late = others.filter((p) => !c.notified.some((n) => n.party === p && n.on < c.date))
    findings.push(
      finding(
        "governance.prior-notice",
        "a3#5",
        late.length === 0,
        true,
        { communication: c.id, by: c.by, date: c.date, notToldBeforehand: late },
        late.length === 0
          ? {
              fr: `Communication ${c.id} : signataires prévenus en amont`,
              en: `Communication ${c.id}: signatories told beforehand`
            }
          : {
              fr: `Communication ${c.id} du ${c.date} : non prévenus en amont ${late.join(", ")}`,
              en: `Communication ${c.id} of ${c.date}: not told beforehand ${late.join(", ")}`
            }
      )
    )
  }

  return {
    period: { kind: inputs.period.kind, label, start, end: lastDay },
    asOf: inputs.asOf,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      passed: findings.filter((f) => f.ok).length
    }
  }
}
