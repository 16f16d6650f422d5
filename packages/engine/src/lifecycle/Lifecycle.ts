/**
 * The agreement's lifecycle on a date: not yet in force, in force, terminating (a termination
 * request received, its notice running), ended by termination, or expired at the end of its term
 * (article 7). A termination never cuts actions already under way (a7#3).
 *
 * @since 0.1.0
 */
import type { CalendarDate } from "@accord-jeunes/domain"
import { Composition } from "@accord-jeunes/plugin-sdk"
import * as Codes from "../Codes.js"
import * as LegalDate from "../dates/LegalDate.js"
import * as Explanation from "../explanation/Explanation.js"
import * as Texts from "../Texts.js"

type Day = CalendarDate.CalendarDate

/**
 * A request to end the agreement (a7#3): who asks, and when each other party received the
 * registered letter.
 *
 * @since 0.1.0
 */
export interface TerminationRequest {
  readonly requestedBy: string
  readonly receipts: ReadonlyArray<{ readonly party: string; readonly receivedOn: Day }>
}

/**
 * Which receipt starts the notice when the other parties received the letter on different days.
 * The text says "from the date of receipt" without saying whose: by default the notice runs from
 * the last receipt, when every other party has been told. A documented parameter.
 *
 * @since 0.1.0
 */
export type NoticeStart = "last-receipt" | "first-receipt"

/** The lifecycle status. @since 0.1.0 */
export type Status = Texts.LifecycleStatus

/** A status with its explanation. @since 0.1.0 */
export interface Verdict {
  readonly status: Status
  readonly lastDay: Day
  readonly terminationEffectiveDate?: Day
  readonly explanation: Explanation.Explanation
}

/**
 * The date a termination takes effect (a7#4): the day after the notice of `noticeMonths` expires,
 * counted from the receipt that starts it, or `undefined` when no other party has received it yet.
 * The same rule as a termination request composed into the timeline (`defineTermination`).
 *
 * @since 0.1.0
 */
export const terminationEffectiveDate = (
  request: TerminationRequest,
  noticeMonths: number,
  noticeStart: NoticeStart = "last-receipt"
): Day | undefined => {
  const dates = request.receipts.map((r) => r.receivedOn).sort()
  const start = noticeStart === "last-receipt" ? dates.at(-1) : dates[0]
  // the delay expires at the end of the day bearing the receipt's day number (Code de procédure
  // civile, art. 641-642): that day is still in force, the termination holds from the next
  return start === undefined ? undefined : LegalDate.addDaysTo(LegalDate.monthsAfter(start, noticeMonths), 1)
}

/**
 * The agreement's status on a date, from the composed timeline and any termination requests.
 *
 * @example
 * ```ts
 * import { agreement2024 } from "@accord-jeunes/domain"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * import { Lifecycle } from "@accord-jeunes/engine"
 * const timeline = Composition.composeOrThrow({ base: agreement2024 })
 * Lifecycle.statusOn(timeline, "2026-01-01").status // "in-force"
 * Lifecycle.statusOn(timeline, "2027-09-16").status // "expired"
 * ```
 * @since 0.1.0
 */
export const statusOn = (
  timeline: Composition.Timeline,
  date: string,
  options: { readonly terminations?: ReadonlyArray<TerminationRequest>; readonly noticeStart?: NoticeStart } = {}
): Verdict => {
  const inForce = Composition.asOf(timeline, date)
  const day = inForce.date
  const notice = inForce.term.termination.noticeMonths
  // a termination composed into the timeline (checked against a7#3) counts like one given here
  // `from`: the day the request shows as terminating
  const composed: ReadonlyArray<{ t: TerminationRequest; on: Day | undefined; from: Day | undefined }> =
    inForce.termination === undefined
      ? []
      : [
          {
            t: { requestedBy: inForce.termination.requestedBy, receipts: inForce.termination.receipts },
            on: inForce.termination.effectiveDate,
            // composition counts a request once its notification is complete
            from: inForce.termination.lastReceipt
          }
        ]
  const effective = [
    ...composed,
    ...(options.terminations ?? []).map((t) => ({
      t,
      on: terminationEffectiveDate(t, notice, options.noticeStart),
      from: t.receipts.map((r) => r.receivedOn).sort()[0]
    }))
  ]
    .filter((x): x is { t: TerminationRequest; on: Day; from: Day | undefined } => x.on !== undefined)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))[0]
  const firstReceipt = effective?.from
  // the term's own last day: the agreement in force's lastDay already counts a composed termination
  const termEnd = LegalDate.termLastDay(inForce.signatureDate, inForce.term.durationYears)
  // a termination whose notice ends on the term's last day ends the agreement (as composition says)
  const dayAfterTerm = LegalDate.addDaysTo(termEnd, 1)
  const status: Status =
    day < inForce.signatureDate
      ? "not-yet-in-force"
      : effective !== undefined && effective.on <= dayAfterTerm && day >= effective.on
        ? "terminated"
        : day > termEnd
          ? "expired"
          : effective !== undefined && firstReceipt !== undefined && day >= firstReceipt && effective.on <= dayAfterTerm
            ? "terminating"
            : "in-force"
  const requestedBy = effective === undefined ? undefined : Texts.partyName(inForce, effective.t.requestedBy)
  const because = [
    Explanation.make({
      code: Codes.lifecycleTerm,
      params: { signatureDate: inForce.signatureDate, durationYears: inForce.term.durationYears, lastDay: termEnd },
      verdict: termEnd,
      facts: { signatureDate: inForce.signatureDate, durationYears: inForce.term.durationYears }
    }),
    ...(effective === undefined || requestedBy === undefined
      ? []
      : [
          Explanation.make({
            code: Codes.lifecycleTermination,
            // the party by its name, as the agreement in force knows it (« l'UNML », not « unml »)
            params: {
              requestedByFr: requestedBy.fr,
              requestedByEn: requestedBy.en,
              noticeMonths: notice,
              effectiveDate: effective.on
            },
            verdict: effective.on,
            facts: {
              requestedBy: effective.t.requestedBy,
              receipts: effective.t.receipts.map((r) => ({ party: r.party, receivedOn: r.receivedOn })),
              noticeMonths: notice,
              noticeStart: options.noticeStart ?? "last-receipt"
            }
          })
        ])
  ]
  return {
    status,
    lastDay: status === "terminated" && effective !== undefined ? CalendarDateMinusOne(effective.on) : inForce.lastDay,
    ...(effective === undefined ? {} : { terminationEffectiveDate: effective.on }),
    explanation: Explanation.make({
      code: Codes.lifecycleStatus,
      params: { date: day, status },
      verdict: status,
      facts: { date: day },
      because
    })
  }
}

const CalendarDateMinusOne = (d: Day): Day => LegalDate.addDaysTo(d, -1)

/**
 * Whether an action may go on after the agreement ended by termination: yes when it had started
 * before the termination took effect (a7#3, "sans préjudice du déroulement des actions").
 * After the term's natural end, nothing is said: the answer is no.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { Lifecycle } from "@accord-jeunes/engine"
 * Lifecycle.actionMayContinue({ startDate: CalendarDate.make("2026-05-01") }, { status: "terminated", terminationEffectiveDate: CalendarDate.make("2026-06-01") }).verdict // true
 * ```
 * @since 0.1.0
 */
export const actionMayContinue = (
  action: { readonly startDate: Day },
  lifecycle: { readonly status: Status; readonly terminationEffectiveDate?: Day }
): Explanation.Explanation => {
  const ended = lifecycle.status === "terminated" && lifecycle.terminationEffectiveDate !== undefined
  const startedBefore = ended && action.startDate < (lifecycle.terminationEffectiveDate as Day)
  const verdict = lifecycle.status === "in-force" || lifecycle.status === "terminating" || startedBefore
  return Explanation.make({
    code: Codes.lifecycleActionsUnderWay,
    params: { goesOn: verdict, ended },
    verdict,
    facts: {
      actionStart: action.startDate,
      status: lifecycle.status,
      terminationEffectiveDate: lifecycle.terminationEffectiveDate ?? null
    }
  })
}
