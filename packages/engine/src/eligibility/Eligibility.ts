/**
 * Eligibility: whether a young person can take part in an action on a date. The action's type
 * (a3.3#7) and branches (pre#7) must be in the agreement in force that day: errors when not. The
 * young person's age is checked against the rule of the scheme they are in that day.
 *
 * The project's reading of age (pre#2):
 * - the agreement sets no age condition on taking part in its actions. Its preamble states the
 *   public: the CEJ's (pre#1) and the right to support of young people « de seize à vingt-cinq ans
 *   révolus » (pre#2, Code du travail L5131-3), whom the missions locales serve (L5314-2). A
 *   participation of a young person outside 16-25 on its day is therefore a **warning**
 *   (`eligibility.age`), citing the rule of the young person's scheme that day: the CEJ's (16 to 25,
 *   up to 29 with a disabled-worker recognition, RQTH: L5131-6), the PACEA's (16 to 25, loi
 *   n° 2016-1088 art. 46), or, outside any scheme, pre#2's;
 * - a scheme makes age a legal condition of being in it: the CEJ is entered from 16 to 25 révolus
 *   (29 with an RQTH, L5131-6), the PACEA from 16 and it ends on the 26th birthday. A young person
 *   declared, on the day of a participation, in a CEJ entered outside those ages or in a PACEA they
 *   could not be in is an **error** (`eligibility.scheme-age`): the record contradicts the law.
 *
 * Messages never state the age, the birth date or the scheme's dates (personal, a5#1): « moins de
 * 16 ans à la date de la participation », with the rule that applies; the facts keep the numbers
 * for the program that holds the records.
 *
 * @since 0.1.0
 */
import type { CalendarDate } from "@accord-jeunes/domain"
import type { Composition } from "@accord-jeunes/plugin-sdk"
import * as Codes from "../Codes.js"
import * as LegalDate from "../dates/LegalDate.js"
import * as Explanation from "../explanation/Explanation.js"

type Day = CalendarDate.CalendarDate

/**
 * The age limits, as parameters with their sources.
 *
 * @since 0.1.0
 */
export interface Parameters {
  /** pre#2, L5131-3; the CEJ's and the PACEA's too. */
  readonly minimumAge: number
  /** pre#2: "vingt-cinq ans révolus"; the CEJ's and the PACEA's too (the PACEA ends on the next birthday). */
  readonly maximumCompletedAge: number
  /** The CEJ with an RQTH: L5131-6. */
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

const sources = {
  cej: "Code du travail L5131-6 (CEJ)",
  pacea: "Loi n° 2016-1088, art. 46 (PACEA)",
  none: "Code du travail L5131-3, L5314-2"
} as const

// the scheme the young person is in that day: a CEJ first (it and the PACEA are never held at once)
const schemeOn = (s: Situation) => {
  const on = (scheme: "cej" | "pacea") =>
    (s.participant.schemes ?? []).find(
      (e) => e.scheme === scheme && e.startDate <= s.date && (e.endDate === undefined || s.date <= e.endDate)
    )
  return on("cej") ?? on("pacea")
}

/**
 * The age rule alone: a warning when the young person is outside the ages of their scheme on the
 * day (`eligibility.age`), an error when the scheme they are declared in that day was closed to
 * them by law (`eligibility.scheme-age`). The explanation's `rule`, `severity` and `message` are
 * what a validation report shows; its facts keep the age and the limits.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { Eligibility } from "@accord-jeunes/engine"
 * const e = Eligibility.ageRule({ participant: { birthDate: CalendarDate.make("2010-05-01") }, date: CalendarDate.make("2025-05-01") })
 * e.severity // "warning"
 * e.message.fr.startsWith("Moins de 16 ans à la date de la participation") // true
 * ```
 * @since 0.1.0
 */
export const ageRule = (s: Situation, p: Parameters = defaults): Explanation.Explanation => {
  const age = LegalDate.ageOn(s.participant.birthDate, s.date)
  const enrolment = schemeOn(s)
  const scheme = enrolment?.scheme ?? "none"
  const withRqth = scheme === "cej" && s.participant.rqth === true
  const max = withRqth ? p.maximumCompletedAgeCejWithRqth : p.maximumCompletedAge
  const limits = {
    scheme,
    minimumAge: p.minimumAge,
    maximumAge: p.maximumCompletedAge,
    maximumAgeWithRqth: p.maximumCompletedAgeCejWithRqth
  } as const
  const facts = {
    age,
    minimumAge: p.minimumAge,
    maximumCompletedAge: max,
    scheme,
    cejWithRqth: withRqth,
    date: s.date
  }
  const source = withRqth ? "Code du travail L5131-6 (CEJ, RQTH)" : sources[scheme]
  // the scheme's own legal condition: on entering the CEJ; on entering the PACEA, and until it ends
  if (enrolment !== undefined) {
    const atEntry = LegalDate.ageOn(s.participant.birthDate, enrolment.startDate)
    const outcome =
      atEntry < p.minimumAge
        ? "entry-under"
        : enrolment.scheme === "cej" && atEntry > max
          ? "entry-over"
          : enrolment.scheme === "pacea" && age > p.maximumCompletedAge
            ? "ended"
            : undefined
    if (outcome !== undefined)
      return Explanation.make({
        code: Codes.eligibilitySchemeAge,
        params: { ...limits, scheme: enrolment.scheme, outcome },
        source,
        verdict: false,
        facts: { ...facts, ageOnEntry: atEntry, schemeStart: enrolment.startDate }
      })
  }
  const outcome = age < p.minimumAge ? "under" : age > max ? "over" : "within"
  return Explanation.make({
    code: Codes.eligibilityAge,
    params: { ...limits, outcome },
    source,
    verdict: outcome === "within",
    facts
  })
}

/**
 * Whether the young person can take part, with the explanation (age, and when given, the action
 * type and branches in force that day). The verdict is false when a rule in error fails; an age
 * warning leaves it true and says there is a point to check.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { Eligibility } from "@accord-jeunes/engine"
 * const e = Eligibility.check({ participant: { birthDate: CalendarDate.make("1999-05-01") }, date: CalendarDate.make("2025-05-01") })
 * e.verdict // true
 * e.because[0]?.verdict // false
 * e.because[0]?.severity // "warning"
 * ```
 * @since 0.1.0
 */
export const check = (s: Situation, p: Parameters = defaults): Explanation.Explanation => {
  const because: Array<Explanation.Explanation> = [ageRule(s, p)]
  if (s.action !== undefined && s.inForce !== undefined) {
    const inForce = s.inForce
    const actionType = s.action.actionType
    const offered = inForce.actionTypes.some((t) => t.id === actionType)
    because.push(
      Explanation.make({
        code: Codes.eligibilityActionType,
        params: { actionType, offered },
        verdict: offered,
        facts: { actionType, date: inForce.date }
      })
    )
    for (const b of s.action.branches) {
      const branch = inForce.branches.find((x) => x.id === b)
      because.push(
        Explanation.make({
          code: Codes.eligibilityBranchInForce,
          params: { branch: b, nameFr: branch?.name.fr, nameEn: branch?.name.en },
          verdict: branch !== undefined,
          facts: { branch: b, date: inForce.date }
        })
      )
    }
  }
  const failed = because.filter((b) => b.verdict !== true)
  const canTakePart = failed.every((b) => b.severity === "warning")
  return Explanation.make({
    code: Codes.eligibilityCanTakePart,
    params: { canTakePart, warnings: failed.length },
    verdict: canTakePart,
    facts: { date: s.date },
    because
  })
}
