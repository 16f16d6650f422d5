/**
 * Every code the engine raises, defined once in the catalogue of `@accord-jeunes/domain`: the
 * problems of a report period (`period.*`), and the rules whose verdicts the engine explains
 * (`lifecycle.*`, `eligibility.*`, `governance.*`, `indicators.*`). An explanation's `rule` is one
 * of these codes and its message is rendered here from the rule's parameters.
 *
 * A rule's code documents the rule, whatever its verdict: the same code carries the passing
 * explanation (« composition complète ») and the failing one, and its severity is how serious a
 * failure is. Governance failures are errors once the period has ended and warnings while it is
 * under way (the committee may still meet): the finding says which.
 *
 * Parameters are public values: dates of the agreement and of committee meetings, counts, codes of
 * regions, action types and branches, names of parties. A young person's age, dates or situation
 * never reach a message (a5#1): the age rule says « moins de 16 ans à la date de la participation »,
 * not an age.
 *
 * @since 0.3.0
 */
import { Catalogue } from "@accord-jeunes/domain"
import * as Texts from "./Texts.js"

const { define } = Catalogue

// « de AKTO » is written « d'AKTO »
const ofFr = (name: string): string => (/^[AEIOUÉÈÊÂÎÔaeiou]/u.test(name) ? `d'${name}` : `de ${name}`)

// "from … to … (clause a7#1)": the term as the report day knows it
const termFr = (first: string, last: string, terminated: boolean) =>
  `du ${Texts.dayLabel(first as never).fr} au ${Texts.dayLabel(last as never).fr}${terminated ? ", son dernier jour avant sa résiliation (clauses a7#1, a7#4)" : " (clause a7#1)"}`
const termEn = (first: string, last: string, terminated: boolean) =>
  `from ${Texts.dayLabel(first as never).en} to ${Texts.dayLabel(last as never).en}${terminated ? ", its last day before termination (clauses a7#1, a7#4)" : " (clause a7#1)"}`

// --- report periods ------------------------------------------------------------------------------

/** The agreement's term as a report day knows it: its first and last days, and whether a termination ended it. */
type Term = { readonly asOf: string; readonly first: string; readonly last: string; readonly terminated: boolean }

/**
 * An agreement year the term in force does not have. `index` is what was asked, as written.
 *
 * @since 0.3.0
 */
export const periodAgreementYearOutOfRange = define<Term & { readonly index: string; readonly years: number }>({
  code: "period.agreement-year-out-of-range",
  severity: "error",
  clause: "a7#1",
  title: { fr: "Année de l'accord hors de sa durée", en: "Agreement year outside the term" },
  fix: {
    fr: "Demandez une année de 1 au nombre d'années de l'accord en vigueur au jour du rapport : 3 pour l'accord de 2024 (du 16 septembre 2024 au 15 septembre 2027), moins après une résiliation, plus après un avenant qui le prolonge.",
    en: "Ask for a year from 1 to the number of years of the agreement in force on the report day: 3 for the 2024 agreement (16 September 2024 to 15 September 2027), fewer after a termination, more after an amendment that extends it."
  },
  example: "accord-jeunes report --agreement-year 9 donnees.ndjson",
  message: {
    fr: (p) =>
      `Année de l'accord ${p.index} : un entier de 1 à ${p.years} attendu ; l'accord en vigueur au ${p.asOf} compte ${p.years} année(s), ${termFr(p.first, p.last, p.terminated)}`,
    en: (p) =>
      `Agreement year ${p.index}: a whole number from 1 to ${p.years} expected; the agreement in force on ${p.asOf} has ${p.years} year(s), ${termEn(p.first, p.last, p.terminated)}`
  }
})

/**
 * A calendar year that is not a year of four digits. `year` is what was asked, as written.
 *
 * @since 0.3.0
 */
export const periodCalendarYearFormat = define<{ readonly year: string }>({
  code: "period.calendar-year-format",
  severity: "error",
  title: { fr: "Année civile mal écrite", en: "Calendar year badly written" },
  fix: {
    fr: "Écrivez l'année civile avec ses quatre chiffres, par exemple 2025.",
    en: "Write the calendar year with its four digits, for example 2025."
  },
  example: "accord-jeunes report --year 25 donnees.ndjson",
  message: {
    fr: ({ year }) => `Année civile « ${year} » : une année à quatre chiffres attendue (ex. 2025)`,
    en: ({ year }) => `Calendar year "${year}": a four-digit year expected (e.g. 2025)`
  }
})

/**
 * A calendar year with no day within the agreement's term.
 *
 * @since 0.3.0
 */
export const periodCalendarYearOutsideTerm = define<Term & { readonly year: number }>({
  code: "period.calendar-year-outside-term",
  severity: "error",
  clause: "a7#1",
  title: { fr: "Année civile en dehors de la durée de l'accord", en: "Calendar year outside the agreement's term" },
  fix: {
    fr: "Demandez une année civile dont au moins un jour tombe pendant l'accord : de 2024 à 2027 pour l'accord de 2024, ou l'année de l'accord (--agreement-year) qui couvre la période voulue.",
    en: "Ask for a calendar year with at least one day within the agreement: 2024 to 2027 for the 2024 agreement, or the agreement year (--agreement-year) that covers the period wanted."
  },
  example: "accord-jeunes report --year 2023 donnees.ndjson",
  message: {
    fr: (p) =>
      `L'année civile ${p.year} n'a aucun jour dans la durée de l'accord (années civiles ${p.first.slice(0, 4)} à ${p.last.slice(0, 4)}) : l'accord en vigueur au ${p.asOf} court ${termFr(p.first, p.last, p.terminated)}`,
    en: (p) =>
      `Calendar year ${p.year} has no day within the agreement's term (calendar years ${p.first.slice(0, 4)} to ${p.last.slice(0, 4)}): the agreement in force on ${p.asOf} runs ${termEn(p.first, p.last, p.terminated)}`
  }
})

/**
 * A period of a kind the engine does not know. `kind` is what was given, as written.
 *
 * @since 0.3.0
 */
export const periodKind = define<{ readonly kind: string }>({
  code: "period.kind",
  severity: "error",
  title: { fr: "Sorte de période inconnue", en: "Unknown kind of period" },
  fix: {
    fr: "Demandez une année de l'accord (« agreement-year », avec son numéro) ou une année civile (« calendar-year », avec l'année).",
    en: 'Ask for an agreement year ("agreement-year", with its number) or a calendar year ("calendar-year", with the year).'
  },
  example: '{ "kind": "quarter", "index": 1 }',
  message: {
    fr: ({ kind }) => `Période « ${kind} » : « agreement-year » ou « calendar-year » attendu`,
    en: ({ kind }) => `Period "${kind}": "agreement-year" or "calendar-year" expected`
  }
})

// --- lifecycle (article 7) -----------------------------------------------------------------------

/**
 * The agreement's term: in force from its signature for its duration (a7#1).
 *
 * @since 0.3.0
 */
export const lifecycleTerm = define<{
  readonly signatureDate: string
  readonly durationYears: number
  readonly lastDay: string
}>({
  code: "lifecycle.term",
  severity: "warning",
  clause: "a7#1",
  title: { fr: "Durée de l'accord", en: "The agreement's term" },
  fix: {
    fr: "Information : l'accord court de sa signature pour la durée en vigueur (trois ans, ou ce qu'un avenant a fixé). Une durée inattendue vient d'un avenant du projet : vérifiez les actes chargés.",
    en: "Information: the agreement runs from its signature for the duration in force (three years, or what an amendment set). An unexpected term comes from an amendment of the project: check the acts loaded."
  },
  example: "accord-jeunes agreement --as-of 2026-01-01",
  message: {
    fr: (p) => `En vigueur à compter du ${p.signatureDate} pour ${p.durationYears} ans : dernier jour le ${p.lastDay}`,
    en: (p) => `In force from ${p.signatureDate} for ${p.durationYears} years: last day ${p.lastDay}`
  }
})

/**
 * A termination request and the day it takes effect (a7#4).
 *
 * @since 0.3.0
 */
export const lifecycleTermination = define<{
  readonly requestedByFr: string
  readonly requestedByEn: string
  readonly noticeMonths: number
  readonly effectiveDate: string
}>({
  code: "lifecycle.termination",
  severity: "warning",
  clause: "a7#4",
  title: { fr: "Résiliation de l'accord", en: "Termination of the agreement" },
  fix: {
    fr: "Information : la résiliation prend effet le lendemain du terme du préavis de trois mois, compté depuis la dernière réception de la lettre recommandée. Une date inattendue vient des dates de réception : vérifiez-les dans l'acte de résiliation.",
    en: "Information: the termination takes effect the day after the three months' notice ends, counted from the last receipt of the registered letter. An unexpected date comes from the receipt dates: check them in the termination act."
  },
  example:
    '{ "kind": "termination", "requestedBy": "unml", "receipts": [{ "party": "state", "receivedOn": "2026-01-15" }] }',
  message: {
    fr: (p) =>
      `Résiliation demandée par ${p.requestedByFr} : préavis de ${p.noticeMonths} mois après réception, effet le ${p.effectiveDate}`,
    en: (p) =>
      `Termination requested by ${p.requestedByEn}: ${p.noticeMonths} months' notice after receipt, takes effect on ${p.effectiveDate}`
  }
})

/**
 * The agreement's status on a day (a7#1 to a7#4).
 *
 * @since 0.3.0
 */
export const lifecycleStatus = define<{ readonly date: string; readonly status: Texts.LifecycleStatus }>({
  code: "lifecycle.status",
  severity: "warning",
  clause: "a7#1",
  title: { fr: "Statut de l'accord à une date", en: "The agreement's status on a day" },
  fix: {
    fr: "Information : pas encore en vigueur avant la signature, en vigueur, en cours de résiliation pendant le préavis, résilié ou arrivé à son terme. Un statut inattendu vient de la date demandée (--as-of) ou des actes chargés.",
    en: "Information: not yet in force before signature, in force, terminating during the notice, terminated, or expired. An unexpected status comes from the date asked (--as-of) or the acts loaded."
  },
  example: "accord-jeunes agreement --as-of 2027-09-16",
  message: {
    fr: ({ date, status }) => `Au ${date} : ${Texts.lifecycleStatus[status].fr}`,
    en: ({ date, status }) => `On ${date}: ${Texts.lifecycleStatus[status].en}`
  }
})

/**
 * Whether an action goes on once the agreement has ended (a7#3: a termination does not cut actions
 * already under way).
 *
 * @since 0.3.0
 */
export const lifecycleActionsUnderWay = define<{ readonly goesOn: boolean; readonly ended: boolean }>({
  code: "lifecycle.actions-under-way",
  severity: "error",
  clause: "a7#3",
  title: { fr: "Action après la fin de l'accord", en: "Action after the agreement ended" },
  fix: {
    fr: "Une action commencée avant la prise d'effet d'une résiliation se poursuit ; une action commencée après, ou après le terme de l'accord, n'est plus couverte : vérifiez sa date de début, ou rattachez-la à un nouvel accord.",
    en: "An action started before a termination takes effect goes on; one started after it, or after the agreement's term, is no longer covered: check its start date, or attach it to a new agreement."
  },
  example: '{"kind":"action",…,"startDate":"2027-10-01"}',
  message: {
    fr: ({ goesOn, ended }) =>
      !goesOn
        ? "L'accord ne s'applique plus à cette action"
        : ended
          ? "L'action avait commencé avant la résiliation : elle se poursuit"
          : "L'accord s'applique : l'action se poursuit",
    en: ({ goesOn, ended }) =>
      !goesOn
        ? "The agreement no longer applies to this action"
        : ended
          ? "The action started before the termination: it goes on"
          : "The agreement applies: the action goes on"
  }
})

// --- eligibility ---------------------------------------------------------------------------------

/** The scheme whose age rule applies to a young person on a day. @since 0.3.0 */
export type Scheme = "cej" | "pacea" | "none"

/** The age limits a message cites: those of the rule, never the young person's age. */
type Limits = {
  readonly scheme: Scheme
  readonly minimumAge: number
  readonly maximumAge: number
  readonly maximumAgeWithRqth: number
}

// the rule that applies, stated as the law states it (the same words whoever the young person is,
// so that a message never tells whether they have an RQTH)
const ruleFr = ({ scheme, minimumAge, maximumAge, maximumAgeWithRqth }: Limits) =>
  scheme === "cej"
    ? `le CEJ est ouvert de ${minimumAge} à ${maximumAge} ans révolus, ${maximumAgeWithRqth} ans avec une RQTH (Code du travail L5131-6)`
    : scheme === "pacea"
      ? `le PACEA est ouvert de ${minimumAge} à ${maximumAge} ans révolus et prend fin au ${maximumAge + 1}e anniversaire (loi n° 2016-1088, art. 46)`
      : `le droit à l'accompagnement et les missions locales concernent les jeunes de ${minimumAge} à ${maximumAge} ans révolus (clause pre#2, Code du travail L5131-3, L5314-2)`
const ruleEn = ({ scheme, minimumAge, maximumAge, maximumAgeWithRqth }: Limits) =>
  scheme === "cej"
    ? `the CEJ is open from ${minimumAge} to ${maximumAge} inclusive, ${maximumAgeWithRqth} with an RQTH (Code du travail L5131-6)`
    : scheme === "pacea"
      ? `the PACEA is open from ${minimumAge} to ${maximumAge} inclusive and ends on the ${maximumAge + 1}th birthday (loi n° 2016-1088, art. 46)`
      : `the right to support and the missions locales concern young people from ${minimumAge} to ${maximumAge} inclusive (clause pre#2, Code du travail L5131-3, L5314-2)`
const schemeFr: Readonly<Record<Scheme, string>> = { cej: "du CEJ", pacea: "du PACEA", none: "du public" }
const schemeEn: Readonly<Record<Scheme, string>> = { cej: "of the CEJ", pacea: "of the PACEA", none: "of the public" }

/**
 * A young person's age on the day of a participation, against the age rule that applies to them
 * that day: the CEJ's, the PACEA's, or that of the right to support (pre#2). A warning: taking part
 * in an action has no age condition of its own (see `Eligibility.ageRule`).
 *
 * @since 0.3.0
 */
export const eligibilityAge = define<Limits & { readonly outcome: "within" | "under" | "over" }>({
  code: "eligibility.age",
  severity: "warning",
  clause: "pre#2",
  title: {
    fr: "Jeune hors de la tranche d'âge à la date de la participation",
    en: "Young person outside the age range on the day of the participation"
  },
  fix: {
    fr: "Vérifiez la date de naissance du jeune et la date de la participation. Si elles sont justes, la participation reste comptée : signalez-la à la mission locale, l'accord s'adressant aux jeunes de 16 à 25 ans révolus (jusqu'à 29 ans en CEJ avec une RQTH).",
    en: "Check the young person's birth date and the participation's date. If both are right, the participation still counts: tell the mission locale, as the agreement is for young people aged 16 to 25 inclusive (up to 29 in a CEJ with an RQTH)."
  },
  example:
    '{"kind":"participant",…,"ref":"p-0001","birthDate":"1998-01-15"}\n{"kind":"participation",…,"participant":"p-0001","startDate":"2025-03-12"}',
  message: {
    fr: (p) =>
      p.outcome === "within"
        ? `Âge dans la tranche ${schemeFr[p.scheme]} à la date de la participation : ${ruleFr(p)}`
        : p.outcome === "under"
          ? `Moins de ${p.minimumAge} ans à la date de la participation : ${ruleFr(p)}`
          : `Au-delà de l'âge maximal ${schemeFr[p.scheme]} à la date de la participation : ${ruleFr(p)}`,
    en: (p) =>
      p.outcome === "within"
        ? `Age within the range ${schemeEn[p.scheme]} on the day of the participation: ${ruleEn(p)}`
        : p.outcome === "under"
          ? `Under ${p.minimumAge} on the day of the participation: ${ruleEn(p)}`
          : `Over the maximum age ${schemeEn[p.scheme]} on the day of the participation: ${ruleEn(p)}`
  }
})

/**
 * A young person declared in a scheme the law did not let them be in: a CEJ entered outside its
 * ages (L5131-6), a PACEA entered before 16 or still declared after the 26th birthday, when it ends
 * (loi n° 2016-1088, art. 46). An error: the scheme makes age a legal condition.
 *
 * @since 0.3.0
 */
export const eligibilitySchemeAge = define<
  Limits & { readonly scheme: "cej" | "pacea"; readonly outcome: "entry-under" | "entry-over" | "ended" }
>({
  code: "eligibility.scheme-age",
  severity: "error",
  clause: "pre#2",
  title: {
    fr: "Dispositif déclaré hors des âges fixés par la loi",
    en: "Scheme declared outside the ages the law sets"
  },
  fix: {
    fr: "Vérifiez la date de naissance et les dates du dispositif (schemes) du jeune : le CEJ s'ouvre de 16 à 25 ans révolus (29 avec une RQTH), le PACEA de 16 à 25 ans révolus et prend fin au 26e anniversaire. Corrigez la date erronée, ou retirez le dispositif qui ne s'appliquait pas.",
    en: "Check the young person's birth date and scheme dates (schemes): the CEJ is entered from 16 to 25 inclusive (29 with an RQTH), the PACEA from 16 to 25 inclusive and ends on the 26th birthday. Correct the wrong date, or remove the scheme that did not apply."
  },
  example: '{"kind":"participant",…,"birthDate":"1996-05-01","schemes":[{"scheme":"cej","startDate":"2025-01-06"}]}',
  message: {
    fr: (p) =>
      p.outcome === "ended"
        ? `PACEA déclaré à la date de la participation, après son terme légal : ${ruleFr(p)}`
        : `Entrée dans le ${p.scheme === "cej" ? "CEJ" : "PACEA"} ${p.outcome === "entry-under" ? `avant ${p.minimumAge} ans` : "au-delà de l'âge maximal"} : ${ruleFr(p)}`,
    en: (p) =>
      p.outcome === "ended"
        ? `PACEA declared on the day of the participation, after its legal end: ${ruleEn(p)}`
        : `Entered the ${p.scheme === "cej" ? "CEJ" : "PACEA"} ${p.outcome === "entry-under" ? `before ${p.minimumAge}` : "over the maximum age"}: ${ruleEn(p)}`
  }
})

/**
 * The action's type in the agreement in force on the day (a3.3#7).
 *
 * @since 0.3.0
 */
export const eligibilityActionType = define<{ readonly actionType: string; readonly offered: boolean }>({
  code: "eligibility.action-type",
  severity: "error",
  clause: "a3.3#7",
  title: { fr: "Type d'action non offert à cette date", en: "Action type not offered on that day" },
  fix: {
    fr: "Utilisez l'un des huit types d'action de l'accord (company-visit, mentoring…) ou un type qu'une branche de l'accord apporte, en vigueur à la date de l'action.",
    en: "Use one of the agreement's eight action types (company-visit, mentoring…) or a type a branch of the agreement brings, in force on the action's day."
  },
  example: '{"kind":"action",…,"actionType":"job-dating"}',
  message: {
    fr: ({ actionType, offered }) =>
      offered
        ? `Le type d'action « ${actionType} » est offert`
        : `Le type d'action « ${actionType} » n'est pas offert à cette date`,
    en: ({ actionType, offered }) =>
      offered ? `Action type "${actionType}" is offered` : `Action type "${actionType}" is not offered on that date`
  }
})

/**
 * A branch of the action in the agreement on the day (pre#7: branches join by amendment).
 *
 * @since 0.3.0
 */
export const eligibilityBranchInForce = define<{
  readonly branch: string
  readonly nameFr?: string | undefined
  readonly nameEn?: string | undefined
}>({
  code: "eligibility.branch-in-force",
  severity: "error",
  clause: "pre#7",
  title: { fr: "Branche absente de l'accord à cette date", en: "Branch not in the agreement on that day" },
  fix: {
    fr: "Vérifiez l'identifiant de la branche et la date de l'action : une branche entre dans l'accord à la date d'effet de l'avenant qui l'y fait adhérer ; chargez cet avenant si elle en a un.",
    en: "Check the branch's id and the action's date: a branch is in the agreement from the effective date of the amendment that brings it in; load that amendment if it has one."
  },
  example: '{"kind":"action",…,"startDate":"2025-06-30","branches":["proprete"]}',
  message: {
    fr: ({ branch, nameFr }) =>
      nameFr === undefined
        ? `La branche « ${branch} » n'est pas dans l'accord à cette date`
        : `La branche ${nameFr} (${branch}) est dans l'accord`,
    en: ({ branch, nameEn }) =>
      nameEn === undefined
        ? `Branch "${branch}" is not in the agreement on that date`
        : `The ${nameEn} branch (${branch}) is in the agreement`
  }
})

/**
 * Whether a young person can take part in an action: no error among the rules (a warning, on age,
 * does not stop them).
 *
 * @since 0.3.0
 */
export const eligibilityCanTakePart = define<{ readonly canTakePart: boolean; readonly warnings: number }>({
  code: "eligibility.can-take-part",
  severity: "error",
  clause: "pre#2",
  title: { fr: "Participation d'un jeune à une action", en: "A young person taking part in an action" },
  fix: {
    fr: "Corrigez ce que disent les règles en erreur (type d'action, branche) ; les avertissements (âge) sont à vérifier avec la mission locale.",
    en: "Fix what the rules in error say (action type, branch); the warnings (age) are to be checked with the mission locale."
  },
  example: '{"kind":"participation",…,"action":"act-2025-001","startDate":"2025-03-12"}',
  message: {
    fr: ({ canTakePart, warnings }) =>
      !canTakePart
        ? "Le jeune ne peut pas participer à l'action"
        : warnings === 0
          ? "Le jeune peut participer à l'action"
          : `Le jeune peut participer à l'action ; ${warnings} point(s) à vérifier`,
    en: ({ canTakePart, warnings }) =>
      !canTakePart
        ? "The young person cannot take part"
        : warnings === 0
          ? "The young person can take part"
          : `The young person can take part; ${warnings} point(s) to check`
  }
})

// --- governance ----------------------------------------------------------------------------------

const governanceNote = {
  fr: " Tant que la période est en cours, c'est un avertissement : le comité peut encore se réunir.",
  en: " While the period is under way it is a warning: the committee may still meet."
}

/**
 * The national committee's meetings over a period (a4#3: at least twice a year).
 *
 * @since 0.3.0
 */
export const governanceNationalMeetings = define<{
  readonly count: number
  readonly minimum: number
  readonly start: string
  readonly end: string
}>({
  code: "governance.national-meetings",
  severity: "error",
  clause: "a4#3",
  title: { fr: "Réunions du comité national de pilotage", en: "National steering committee meetings" },
  fix: {
    fr: `Enregistrez chaque réunion du comité national de la période (committee-meeting, niveau national). S'il s'est réuni moins de deux fois, l'accord n'est pas respecté : signalez-le au comité.${governanceNote.fr}`,
    en: `Record each national committee meeting of the period (committee-meeting, national level). If it met fewer than twice, the agreement is not met: tell the committee.${governanceNote.en}`
  },
  example:
    '{"kind":"committee-meeting",…,"body":{"level":"national"},"date":"2024-12-10"} (seule réunion de l\'année 1)',
  message: {
    fr: (p) => `${p.count} réunion(s) du comité national du ${p.start} au ${p.end} (au moins ${p.minimum} attendues)`,
    en: (p) => `${p.count} national committee meeting(s) from ${p.start} to ${p.end} (at least ${p.minimum} expected)`
  }
})

/**
 * Who sat at a national meeting (a4#2: DGEFP, UNML, the signatory branches, AKTO). A warning: the
 * meeting was held.
 *
 * @since 0.3.0
 */
export const governanceNationalComposition = define<{
  readonly date: string
  readonly missingFr: ReadonlyArray<string>
  readonly missingEn: ReadonlyArray<string>
}>({
  code: "governance.national-composition",
  severity: "warning",
  clause: "a4#2",
  title: { fr: "Composition d'une réunion du comité national", en: "Composition of a national committee meeting" },
  fix: {
    fr: "Indiquez dans attendance chaque partie présente (present: true) : la DGEFP (state), l'UNML, chaque branche de l'accord ce jour-là et AKTO. Une partie vraiment absente est à inviter à la prochaine réunion.",
    en: "List each party present in attendance (present: true): the DGEFP (state), UNML, each branch in the agreement that day and AKTO. A party really absent is to be invited to the next meeting."
  },
  example:
    '{"kind":"committee-meeting",…,"attendance":[{"party":"state","present":true},{"party":"unml","present":true}]}',
  message: {
    fr: ({ date, missingFr }) =>
      missingFr.length === 0
        ? `Réunion du ${date} : composition complète`
        : `Réunion du ${date} : ${missingFr.length} partie(s) absente(s) (${missingFr.join(" ; ")})`,
    en: ({ date, missingEn }) =>
      missingEn.length === 0
        ? `Meeting of ${date}: full composition`
        : `Meeting of ${date}: ${missingEn.length} part${missingEn.length === 1 ? "y" : "ies"} missing (${missingEn.join("; ")})`
  }
})

/** The committee's productions over a period (a4#4); `producedAt`, the meetings' dates. */
type Production = { readonly producedAt: ReadonlyArray<string> }

const production = (what: "annual-report" | "tracking-table") => {
  const words = {
    "annual-report": { fr: "le rapport annuel", en: "the annual report" },
    "tracking-table": { fr: "le tableau de suivi de l'insertion", en: "the tracking table" }
  }[what]
  return {
    fr: ({ producedAt }: Production) =>
      producedAt.length > 0
        ? `Le comité a produit ${words.fr} (${producedAt.join(", ")})`
        : `Le comité n'a pas produit ${words.fr} sur la période`,
    en: ({ producedAt }: Production) =>
      producedAt.length > 0
        ? `The committee produced ${words.en} (${producedAt.join(", ")})`
        : `The committee did not produce ${words.en} in the period`
  }
}

/**
 * The annual report produced over the period (a4#4 a).
 *
 * @since 0.3.0
 */
export const governanceAnnualReport = define<Production>({
  code: "governance.annual-report",
  severity: "error",
  clause: "a4#4",
  title: { fr: "Rapport annuel du comité national", en: "The national committee's annual report" },
  fix: {
    fr: `Notez « annual-report » dans les outputs de la réunion nationale qui l'a adopté ; s'il n'a pas été produit, c'est à faire (accord-jeunes report le prépare).${governanceNote.fr}`,
    en: `Put "annual-report" in the outputs of the national meeting that adopted it; if it was not produced, it is to be done (accord-jeunes report prepares it).${governanceNote.en}`
  },
  example: '{"kind":"committee-meeting",…,"body":{"level":"national"},"outputs":[]}',
  message: production("annual-report")
})

/**
 * The tracking table produced over the period (a4#4 b).
 *
 * @since 0.3.0
 */
export const governanceTrackingTable = define<Production>({
  code: "governance.tracking-table",
  severity: "error",
  clause: "a4#4",
  title: { fr: "Tableau de suivi de l'insertion", en: "The tracking table" },
  fix: {
    fr: `Notez « tracking-table » dans les outputs de la réunion nationale qui l'a présenté ; s'il n'a pas été produit, c'est à faire (accord-jeunes report le calcule).${governanceNote.fr}`,
    en: `Put "tracking-table" in the outputs of the national meeting that presented it; if it was not produced, it is to be done (accord-jeunes report computes it).${governanceNote.en}`
  },
  example: '{"kind":"committee-meeting",…,"body":{"level":"national"},"outputs":["annual-report"]}',
  message: production("tracking-table")
})

/**
 * The indicators set by the first national committee (a3.3#4).
 *
 * @since 0.3.0
 */
export const governanceFirstCommitteeIndicators = define<{ readonly date: string; readonly set: boolean }>({
  code: "governance.first-committee-indicators",
  severity: "error",
  clause: "a3.3#4",
  title: {
    fr: "Indicateurs fixés par le premier comité national",
    en: "Indicators set by the first national committee"
  },
  fix: {
    fr: "Marquez d'un setsIndicators: true la décision du premier comité national qui a arrêté les indicateurs, et chargez la décision du comité (acte) qui les définit.",
    en: "Mark with setsIndicators: true the decision of the first national committee that set the indicators, and load the committee decision (act) that defines them."
  },
  example: '{"kind":"committee-meeting",…,"date":"2024-12-10","decisions":[]}',
  message: {
    fr: ({ date, set }) =>
      set
        ? `Le premier comité (${date}) a fixé les indicateurs`
        : `Le premier comité (${date}) n'a pas fixé les indicateurs`,
    en: ({ date, set }) =>
      set
        ? `The first committee (${date}) set the indicators`
        : `The first committee (${date}) did not set the indicators`
  }
})

/**
 * The regional committees over a period (a4.1#2: each DREETS convenes one a year): the finding over
 * every region expected, or one region's count.
 *
 * @since 0.3.0
 */
export const governanceRegionalCommittee = define<
  | {
      readonly scope: "all"
      readonly start: string
      readonly end: string
      readonly expected: number
      readonly regions: number
      /** The regions short of their committees, for a sentence (`Texts.regionList`). */
      readonly whereFr: string
      readonly whereEn: string
      /** How many fell short, and whether none held any. */
      readonly short: number
      readonly noneHeld: boolean
    }
  | { readonly scope: "region"; readonly region: string; readonly meetings: number; readonly expected: number }
>({
  code: "governance.regional-committee",
  severity: "error",
  clause: "a4.1#2",
  title: { fr: "Comités de pilotage régionaux", en: "Regional steering committees" },
  fix: {
    fr: `Enregistrez chaque comité régional (committee-meeting, niveau régional, avec sa région). Une région sans comité est à signaler à sa DREETS.${governanceNote.fr}`,
    en: `Record each regional committee (committee-meeting, regional level, with its region). A region without one is to be reported to its DREETS.${governanceNote.en}`
  },
  example:
    '{"kind":"committee-meeting",…,"body":{"level":"regional","region":"84"},"date":"2025-03-01"} (aucun en Île-de-France)',
  message: {
    fr: (p) =>
      p.scope === "region"
        ? `${p.region} : ${p.meetings} comité(s) régional(aux), ${p.expected} attendu(s)`
        : p.short === 0
          ? `Comité régional tenu du ${p.start} au ${p.end} dans chacune des ${p.regions} région(s) (${p.expected} attendu(s) par région)`
          : p.noneHeld
            ? `Aucun comité régional tenu du ${p.start} au ${p.end} dans les ${p.regions} région(s) (${p.expected} attendu(s) par région)`
            : `Comité régional (${p.expected} attendu(s) par région) non tenu du ${p.start} au ${p.end} dans ${p.whereFr}`,
    en: (p) =>
      p.scope === "region"
        ? `${p.region}: ${p.meetings} regional committee(s), ${p.expected} expected`
        : p.short === 0
          ? `Regional committee held from ${p.start} to ${p.end} in each of the ${p.regions} region(s) (${p.expected} expected per region)`
          : p.noneHeld
            ? `No regional committee held from ${p.start} to ${p.end} in any of the ${p.regions} region(s) (${p.expected} expected per region)`
            : `Regional committee (${p.expected} expected per region) not held from ${p.start} to ${p.end} in ${p.whereEn}`
  }
})

/**
 * A national referent for each signatory party (a3#2): the finding over every party, or one party's.
 *
 * @since 0.3.0
 */
export const governanceNationalReferent = define<
  | {
      readonly scope: "all"
      readonly on: string
      readonly parties: number
      readonly missingFr: ReadonlyArray<string>
      readonly missingEn: ReadonlyArray<string>
    }
  | { readonly scope: "party"; readonly partyFr: string; readonly partyEn: string; readonly named: boolean }
>({
  code: "governance.national-referent",
  severity: "error",
  clause: "a3#2",
  title: { fr: "Référent national de chaque partie signataire", en: "A national referent for each signatory party" },
  fix: {
    fr: "Enregistrez la désignation du référent national de chaque partie (referent-designation, niveau national), valable au jour du contrôle ; une partie sans référent est à relancer.",
    en: "Record the designation of each party's national referent (referent-designation, national level), valid on the day of the check; a party without one is to be reminded."
  },
  example:
    '{"kind":"referent-designation",…,"party":"akto","level":"regional","region":"84"} (pas de référent national)',
  message: {
    fr: (p) =>
      p.scope === "party"
        ? p.named
          ? `${p.partyFr} : référent national désigné`
          : `${p.partyFr} : pas de référent national`
        : p.missingFr.length === 0
          ? `Chacune des ${p.parties} parties signataires a son référent national au ${p.on}`
          : `${p.missingFr.length} partie(s) signataire(s) sur ${p.parties} sans référent national au ${p.on} : ${p.missingFr.join(" ; ")}`,
    en: (p) =>
      p.scope === "party"
        ? p.named
          ? `${p.partyEn}: national referent named`
          : `${p.partyEn}: no national referent`
        : p.missingEn.length === 0
          ? `Each of the ${p.parties} signatory parties has its national referent on ${p.on}`
          : `${p.missingEn.length} of ${p.parties} signatory parties without a national referent on ${p.on}: ${p.missingEn.join("; ")}`
  }
})

/**
 * Regional correspondents of each signatory party in each region (a4.1#1): the finding over every
 * party, or one party's. One correspondent per party and region is the project's reading of
 * a4.1#1 (the text asks for designated correspondents, not one per party in every region): a
 * shortfall is a warning, never an error.
 *
 * @since 0.3.0
 */
export const governanceRegionalReferents = define<
  | {
      readonly scope: "all"
      readonly on: string
      readonly parties: number
      readonly regions: number
      /** For each party short of correspondents: its name and where (`Texts.regionList`). */
      readonly gapsFr: ReadonlyArray<string>
      readonly gapsEn: ReadonlyArray<string>
    }
  | {
      readonly scope: "party"
      readonly partyFr: string
      readonly partyEn: string
      readonly whereFr?: string | undefined
      readonly whereEn?: string | undefined
    }
>({
  code: "governance.regional-referents",
  severity: "warning",
  clause: "a4.1#1",
  title: {
    fr: "Correspondants régionaux des parties signataires (lecture du projet, a4.1#1)",
    en: "Regional correspondents of the signatory parties (the project's reading of a4.1#1)"
  },
  fix: {
    fr: "Un correspondant par partie et par région est la lecture du projet, pas une exigence du texte : a4.1#1 dit que les signataires mobilisent et encouragent le pilotage régional par des correspondants désignés, sans en demander un à chaque partie dans chaque région ; d'où un avertissement, jamais un manquement. Pour le lever, enregistrez, pour chaque partie, la désignation de son correspondant dans chaque région (referent-designation, niveau régional, avec la région), valable au jour du contrôle.",
    en: "One correspondent per party and region is the project's reading, not a requirement of the text: a4.1#1 says that signatories mobilise and encourage regional steering through designated correspondents, without asking each party for one in every region; hence a warning, never an error. To clear it, record, for each party, the designation of its correspondent in each region (referent-designation, regional level, with the region), valid on the day of the check."
  },
  example: '{"kind":"referent-designation",…,"party":"akto","level":"national"} (aucun correspondant régional)',
  message: {
    fr: (p) =>
      p.scope === "party"
        ? p.whereFr === undefined
          ? `${p.partyFr} : un correspondant dans chaque région`
          : `${p.partyFr} : pas de correspondant régional en ${p.whereFr}`
        : p.gapsFr.length === 0
          ? `Chacune des ${p.parties} parties signataires a un correspondant dans chacune des ${p.regions} région(s) au ${p.on} (lecture du projet)`
          : `Correspondants régionaux manquants au ${p.on} pour ${p.gapsFr.length} partie(s) signataire(s) sur ${p.parties} — ${p.gapsFr.join(" ; ")} (un par partie et par région : lecture du projet, pas une exigence du texte)`,
    en: (p) =>
      p.scope === "party"
        ? p.whereEn === undefined
          ? `${p.partyEn}: a correspondent in every region`
          : `${p.partyEn}: no regional correspondent in ${p.whereEn}`
        : p.gapsEn.length === 0
          ? `Each of the ${p.parties} signatory parties has a correspondent in each of the ${p.regions} region(s) on ${p.on} (the project's reading)`
          : `Regional correspondents missing on ${p.on} for ${p.gapsEn.length} of ${p.parties} signatory parties — ${p.gapsEn.join("; ")} (one per party and region: the project's reading, not a requirement of the text)`
  }
})

/**
 * The other signatories told before a communication about the agreement (a3#5).
 *
 * @since 0.3.0
 */
export const governancePriorNotice = define<{
  readonly communication: string
  readonly date: string
  readonly byFr: string
  readonly byEn: string
  readonly lateFr: ReadonlyArray<string>
  readonly lateEn: ReadonlyArray<string>
}>({
  code: "governance.prior-notice",
  severity: "error",
  clause: "a3#5",
  title: { fr: "Signataires prévenus avant une communication", en: "Signatories told before a communication" },
  fix: {
    fr: "Avant toute communication sur l'accord ou ses actions, prévenez chaque autre partie signataire, et notez le jour où chacune l'a été (notified) : un jour avant la communication.",
    en: "Before any communication about the agreement or its actions, tell every other signatory party, and note the day each was told (notified): a day before the communication."
  },
  example:
    '{ "id": "press-1", "by": "akto", "date": "2025-02-01", "notified": [{ "party": "state", "on": "2025-01-20" }] }',
  message: {
    fr: (p) =>
      p.lateFr.length === 0
        ? `Communication ${p.communication} ${ofFr(p.byFr)} : signataires prévenus en amont`
        : `Communication ${p.communication} ${ofFr(p.byFr)} du ${p.date} : non prévenus en amont ${p.lateFr.join(" ; ")}`,
    en: (p) =>
      p.lateEn.length === 0
        ? `Communication ${p.communication} by ${p.byEn}: signatories told beforehand`
        : `Communication ${p.communication} by ${p.byEn} of ${p.date}: not told beforehand ${p.lateEn.join("; ")}`
  }
})

// --- indicators ----------------------------------------------------------------------------------

/**
 * The protected tracking table (a4#4 b): how many rows, and how many cells disclosure control hid.
 *
 * @since 0.3.0
 */
export const indicatorsTrackingTable = define<{
  readonly rows: number
  readonly hiddenCells: number
  readonly threshold: number
}>({
  code: "indicators.tracking-table",
  severity: "warning",
  clause: "a4#4",
  title: { fr: "Tableau de suivi de l'insertion", en: "Tracking table" },
  fix: {
    fr: "Information : les cases d'un effectif inférieur au seuil, et celles qui permettraient de les retrouver, sont masquées (a5#1). Pour en masquer moins, regroupez les lignes (moins de dimensions, --by) ; ne baissez le seuil (--threshold) qu'avec l'accord du comité.",
    en: "Information: cells with a count under the threshold, and those that would give them away, are hidden (a5#1). To hide fewer, group the rows (fewer dimensions, --by); lower the threshold (--threshold) only with the committee's agreement."
  },
  example: "accord-jeunes report --by branch,region donnees.ndjson",
  message: {
    fr: (p) =>
      `Tableau de suivi de l'insertion : ${p.rows} ligne(s), ${p.hiddenCells} case(s) masquée(s) (seuil ${p.threshold})`,
    en: (p) => `Tracking table: ${p.rows} row(s), ${p.hiddenCells} hidden cell(s) (threshold ${p.threshold})`
  }
})

/**
 * One cell of the tracking table: its value and what it counts, or why it is hidden.
 *
 * @since 0.3.0
 */
export const indicatorsCell = define<{
  readonly hidden: "no" | "primary" | "secondary" | "empty"
  readonly value: string
  readonly threshold: number
  readonly labelFr: string
  readonly labelEn: string
  readonly descriptionFr: string
  readonly descriptionEn: string
}>({
  code: "indicators.cell",
  severity: "warning",
  clause: "a4#4",
  title: { fr: "Une case du tableau de suivi", en: "A cell of the tracking table" },
  fix: {
    fr: "Information : la valeur d'une case et sa définition, ou la raison de son masquage (effectif inférieur au seuil, ou case qui permettrait de retrouver une case masquée).",
    en: "Information: a cell's value and its definition, or why it is hidden (a count under the threshold, or a cell that would give a hidden one away)."
  },
  example: "accord-jeunes report --explain donnees.ndjson",
  message: {
    fr: (p) =>
      p.hidden === "no"
        ? `${p.labelFr} : ${p.value} — ${p.descriptionFr}`
        : p.hidden === "empty"
          ? `${p.labelFr} : sans valeur, aucun jeune sur qui la calculer — ${p.descriptionFr}`
          : p.hidden === "primary"
            ? `${p.labelFr} : masqué, effectif inférieur à ${p.threshold}`
            : `${p.labelFr} : masqué pour qu'une case masquée ne puisse pas être recalculée`,
    en: (p) =>
      p.hidden === "no"
        ? `${p.labelEn}: ${p.value} — ${p.descriptionEn}`
        : p.hidden === "empty"
          ? `${p.labelEn}: no value, no young person to compute it on — ${p.descriptionEn}`
          : p.hidden === "primary"
            ? `${p.labelEn}: hidden, count under ${p.threshold}`
            : `${p.labelEn}: hidden so that a hidden cell cannot be recomputed`
  }
})

/**
 * Two partial aggregates computed with different settings, which cannot be added up.
 *
 * @since 0.3.0
 */
export const indicatorsSettingsDiffer = define({
  code: "indicators.settings-differ",
  severity: "error",
  title: {
    fr: "Agrégats partiels calculés avec des paramètres différents",
    en: "Partial aggregates computed with different settings"
  },
  fix: {
    fr: "Calculez chaque agrégat partiel (par mission locale, par région) avec les mêmes paramètres : dimensions, granularité, période, seuil d'emploi durable et indicateurs ; puis fusionnez-les.",
    en: "Compute each partial aggregate (per mission locale, per region) with the same settings: dimensions, granularity, period, durable-employment threshold and indicators; then merge them."
  },
  example: "Aggregate.merge(partialByYear, partialByQuarter)",
  message: {
    fr: () => "Agrégats partiels calculés avec des paramètres différents : ils ne peuvent pas être additionnés",
    en: () => "Partial aggregates computed with different settings: they cannot be added up"
  }
})
