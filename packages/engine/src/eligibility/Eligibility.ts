/**
 * Eligibility: whether a young person can take part in an action on a date. The age rule comes
 * from the preamble (pre#2: 16 to 25 "révolus", Code du travail L5131-3; the missions locales'
 * public, L5314-2); the CEJ admits young people with a disabled-worker recognition (RQTH) up to 29
 * (L5131-6). The action's type and branches must be in the agreement in force that day.
 *
 * @since 0.1.0
 */
import type { CalendarDate } from "@accord-jeunes/domain"
import type { Composition } from "@accord-jeunes/plugin-sdk"
import * as LegalDate from "../dates/LegalDate.js"
import * as Explanation from "../explanation/Explanation.js"

type Day = CalendarDate.CalendarDate

/**
 * The age limits, as parameters with their sources.
 *
 * @since 0.1.0
 */
export interface Parameters {
  readonly minimumAge: number
  readonly maximumCompletedAge: number
  readonly maximumCompletedAgeCejWithRqth: number
}

/** The limits of the texts in force in 2024. @since 0.1.0 */
export const defaults: Parameters = {
  minimumAge: 16, // pre#2, L5131-3
  maximumCompletedAge: 25, // pre#2: "vingt-cinq ans révolus"
  maximumCompletedAgeCejWithRqth: 29 // Code du travail L5131-6
}

/** What eligibility looks at. @since 0.1.0 */
export interface Situation {
  readonly participant: {
    readonly birthDate: Day
    readonly rqth?: boolean
    readonly schemes?: ReadonlyArray<{
      readonly scheme: "cej" | "pacea"
      readonly startDate: Day
      readonly endDate?: Day
    }>
  }
  readonly date: Day
  readonly action?: { readonly actionType: string; readonly branches: ReadonlyArray<string> }
  readonly inForce?: Composition.AgreementInForce
}

const inCejOn = (s: Situation) =>
  (s.participant.schemes ?? []).some(
    (e) => e.scheme === "cej" && e.startDate <= s.date && (e.endDate === undefined || s.date <= e.endDate)
  )

/**
 * The age rule alone.
 *
 * @since 0.1.0
 */
export const ageRule = (s: Situation, p: Parameters = defaults): Explanation.Explanation => {
  const age = LegalDate.ageOn(s.participant.birthDate, s.date)
  const widened = s.participant.rqth === true && inCejOn(s)
  const max = widened ? p.maximumCompletedAgeCejWithRqth : p.maximumCompletedAge
  const ok = age >= p.minimumAge && age <= max
  return Explanation.make({
    rule: "eligibility.age",
    clause: "pre#2",
    source: widened ? "Code du travail L5131-6 (CEJ, RQTH)" : "Code du travail L5131-3, L5314-2",
    verdict: ok,
    facts: { age, minimumAge: p.minimumAge, maximumCompletedAge: max, cejWithRqth: widened, date: s.date },
    message: ok
      ? {
          fr: `${age} ans révolus : dans la tranche ${p.minimumAge}-${max} ans`,
          en: `Aged ${age}: within ${p.minimumAge}-${max}`
        }
      : age < p.minimumAge
        ? { fr: `${age} ans : moins de ${p.minimumAge} ans`, en: `Aged ${age}: under ${p.minimumAge}` }
        : { fr: `${age} ans révolus : au-delà de ${max} ans révolus`, en: `Aged ${age}: over ${max} completed years` }
  })
}

/**
 * Whether the young person can take part, with the explanation (age, and when given, the action
 * type and branches in force that day).
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { Eligibility } from "@accord-jeunes/engine"
 * const e = Eligibility.check({ participant: { birthDate: CalendarDate.make("1999-05-01") }, date: CalendarDate.make("2025-05-01") })
 * e.verdict // false
 * ```
 * @since 0.1.0
 */
export const check = (s: Situation, p: Parameters = defaults): Explanation.Explanation => {
  const because: Array<Explanation.Explanation> = [ageRule(s, p)]
  if (s.action !== undefined && s.inForce !== undefined) {
    const inForce = s.inForce
    const typeOk = inForce.actionTypes.some((t) => t.id === s.action?.actionType)
    because.push(
      Explanation.make({
        rule: "eligibility.action-type",
        clause: "a3.3#7",
        verdict: typeOk,
        facts: { actionType: s.action.actionType, date: inForce.date },
        message: typeOk
          ? {
              fr: `Le type d'action « ${s.action.actionType} » est offert`,
              en: `Action type "${s.action.actionType}" is offered`
            }
          : {
              fr: `Le type d'action « ${s.action.actionType} » n'est pas offert à cette date`,
              en: `Action type "${s.action.actionType}" is not offered on that date`
            }
      })
    )
    for (const b of s.action.branches) {
      const ok = inForce.branches.some((x) => x.id === b)
      because.push(
        Explanation.make({
          rule: "eligibility.branch-in-force",
          clause: "pre#7",
          verdict: ok,
          facts: { branch: b, date: inForce.date },
          message: ok
            ? { fr: `La branche « ${b} » est dans l'accord`, en: `Branch "${b}" is in the agreement` }
            : {
                fr: `La branche « ${b} » n'est pas dans l'accord à cette date`,
                en: `Branch "${b}" is not in the agreement on that date`
              }
        })
      )
    }
  }
  const verdict = because.every((b) => b.verdict === true)
  return Explanation.make({
    rule: "eligibility",
    clause: "pre#2",
    verdict,
    facts: { date: s.date },
    because,
    message: verdict
      ? { fr: "Le jeune peut participer à l'action", en: "The young person can take part" }
      : { fr: "Le jeune ne peut pas participer à l'action", en: "The young person cannot take part" }
  })
}
