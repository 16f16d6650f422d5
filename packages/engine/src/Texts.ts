/**
 * The engine's words for people that are not diagnostics: dates written out, period labels, the
 * names of parties and regions, lifecycle statuses, and the headings and labels of the annual
 * report. Messages (what a rule found) are in `Codes`; what they share with the report (a party's
 * name, a date written out) is here.
 *
 * @since 0.3.0
 */
import { type Annotations, CalendarDate, Party, Territory } from "@accord-jeunes/domain"
import type { Composition } from "@accord-jeunes/plugin-sdk"

type Bilingual = Annotations.Bilingual
type Day = CalendarDate.CalendarDate

/** A language of the engine's texts. @since 0.3.0 */
export type Lang = keyof Bilingual

const monthsFr = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre"
]
const monthsEn = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
]

/**
 * A calendar date written out for people: « 1er janvier 2025 », "1 January 2025".
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { Texts } from "@accord-jeunes/engine"
 * Texts.dayLabel(CalendarDate.make("2025-01-01")).fr // "1er janvier 2025"
 * ```
 * @since 0.3.0
 */
export const dayLabel = (day: Day): Bilingual => {
  const y = CalendarDate.year(day)
  const m = Number(day.slice(5, 7)) - 1
  const d = Number(day.slice(8, 10))
  return { fr: `${d === 1 ? "1er" : d} ${monthsFr[m]} ${y}`, en: `${d} ${monthsEn[m]} ${y}` }
}

/** Two dates written out as a span: « 16 septembre 2024 – 15 septembre 2025 ». @since 0.3.0 */
export const span = (start: Day, end: Day): Bilingual => {
  const s = dayLabel(start)
  const e = dayLabel(end)
  return { fr: `${s.fr} – ${e.fr}`, en: `${s.en} – ${e.en}` }
}

/** Where a period stands on the report day (the same values as `Period.Status`). @since 0.3.0 */
export type PeriodStatus = "ended" | "under-way" | "not-started"

const periodSuffix: Readonly<Record<PeriodStatus, Bilingual>> = {
  ended: { fr: "", en: "" },
  "under-way": { fr: " — en cours", en: " — under way" },
  "not-started": { fr: " — à venir", en: " — not started" }
}

/** Why a period is shorter than its name says. @since 0.3.0 */
export type PeriodCut = "termination" | "last-day" | "term"

const periodCut: Readonly<Record<PeriodCut, Bilingual>> = {
  termination: { fr: "écourtée par la résiliation", en: "cut short by termination" },
  "last-day": { fr: "écourtée au dernier jour de l'accord", en: "cut short on the agreement's last day" },
  term: { fr: "limitée à la durée de l'accord", en: "limited to the agreement's term" }
}

/**
 * A report period's label: its name (« année 1 de l'accord », « année civile 2024 »), why it is
 * cut short if it is, its days when they are not obvious from the name, and whether it is under way
 * or to come on the report day.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@accord-jeunes/domain"
 * import { Texts } from "@accord-jeunes/engine"
 * const d = CalendarDate.make
 * Texts.periodLabel({ kind: "calendar-year", year: 2025 }, d("2025-01-01"), d("2025-12-31"), "under-way").fr // "année civile 2025 — en cours"
 * Texts.periodLabel({ kind: "calendar-year", year: 2024 }, d("2024-09-16"), d("2024-12-31"), "ended", "term").en.startsWith("calendar year 2024, limited to the agreement's term") // true
 * ```
 * @since 0.3.0
 */
export const periodLabel = (
  spec:
    | { readonly kind: "agreement-year"; readonly index: number }
    | { readonly kind: "calendar-year"; readonly year: number },
  start: Day,
  end: Day,
  status: PeriodStatus,
  cut?: PeriodCut
): Bilingual => {
  const name =
    spec.kind === "agreement-year"
      ? { fr: `année ${spec.index} de l'accord`, en: `agreement year ${spec.index}` }
      : { fr: `année civile ${spec.year}`, en: `calendar year ${spec.year}` }
  // an agreement year always shows its days; a calendar year only when cut to the term
  const showSpan = spec.kind === "agreement-year" || cut !== undefined
  const days = span(start, end)
  const note = cut === undefined ? undefined : periodCut[cut]
  return {
    fr: `${name.fr}${note === undefined ? "" : `, ${note.fr}`}${showSpan ? ` (${days.fr})` : ""}${periodSuffix[status].fr}`,
    en: `${name.en}${note === undefined ? "" : `, ${note.en}`}${showSpan ? ` (${days.en})` : ""}${periodSuffix[status].en}`
  }
}

/** What a period problem is about. @since 0.3.0 */
export const periodSubject: Bilingual = { fr: "période", en: "period" }

/** The agreement's lifecycle statuses (the same values as `Lifecycle.Status`). @since 0.3.0 */
export type LifecycleStatus = "not-yet-in-force" | "in-force" | "terminating" | "terminated" | "expired"

/** Each lifecycle status in words. @since 0.3.0 */
export const lifecycleStatus: Readonly<Record<LifecycleStatus, Bilingual>> = {
  "not-yet-in-force": { fr: "pas encore en vigueur", en: "not yet in force" },
  "in-force": { fr: "en vigueur", en: "in force" },
  terminating: { fr: "en cours de résiliation (préavis en cours)", en: "terminating (notice running)" },
  terminated: { fr: "résilié", en: "terminated" },
  expired: { fr: "arrivé à son terme", en: "expired at the end of its term" }
}

const acronym = (s: string): string | undefined => /\(([^()]+)\)\s*$/u.exec(s)?.[1]

/**
 * A party of the agreement in force, named for people: the ministry as the State and its
 * directorate, UNML and AKTO by their short names, a branch by its name in the agreement in force.
 * An id the agreement does not know is given back as it is.
 *
 * @example
 * ```ts
 * import { agreement2024 } from "@accord-jeunes/domain"
 * import { Texts } from "@accord-jeunes/engine"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * const inForce = Composition.asOf(Composition.composeOrThrow({ base: agreement2024 }), "2025-01-01")
 * Texts.partyName(inForce, "state").fr // "l'État (DGEFP)"
 * Texts.partyName(inForce, "branch:hcr").en // "the Hotels, cafés and restaurants branch"
 * ```
 * @since 0.3.0
 */
export const partyName = (
  inForce: Pick<Composition.AgreementInForce, "branches" | "parties">,
  party: string
): Bilingual => {
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

/** Names joined for a sentence: « a ; b », "a; b". @since 0.3.0 */
export const joinNames = (list: ReadonlyArray<Bilingual>): Bilingual => ({
  fr: list.map((n) => n.fr).join(" ; "),
  en: list.map((n) => n.en).join("; ")
})

/** A region's name from its code (the code itself when unknown). @since 0.3.0 */
export const regionName = (code: string): string => Territory.region(code)?.name ?? code

/**
 * The regions missing among all those expected, for a sentence: their names when they are few;
 * « toutes les régions (18) » when all are; « 17 régions sur 18, toutes sauf Corse » when most are.
 *
 * @example
 * ```ts
 * import { Texts } from "@accord-jeunes/engine"
 * Texts.regionList(["11"], ["84", "11", "93"]).fr // "Île-de-France"
 * Texts.regionList(["84", "11"], ["84", "11", "93"]).en // "2 of 3 regions, all but Provence-Alpes-Côte d'Azur"
 * ```
 * @since 0.3.0
 */
export const regionList = (missing: ReadonlyArray<string>, all: ReadonlyArray<string>): Bilingual => {
  if (missing.length === all.length)
    return { fr: `toutes les régions (${all.length})`, en: `all regions (${all.length})` }
  if (missing.length * 2 <= all.length) {
    const names = missing.map(regionName).join(", ")
    return { fr: names, en: names }
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

/**
 * The regions that held fewer committees than expected, for a sentence: « 1 région(s) sur 2 :
 * Île-de-France », or, with one a year and most short, as `regionList` says it; with several a
 * year, how many each held (« Corse (1 sur 2) »).
 *
 * @since 0.3.0
 */
export const regionsShort = (
  short: ReadonlyArray<{ readonly region: string; readonly meetings: ReadonlyArray<string> }>,
  regions: ReadonlyArray<string>,
  expected: number
): Bilingual => {
  if (expected === 1 && short.length * 2 > regions.length)
    return regionList(
      short.map((h) => h.region),
      regions
    )
  const names = (of: string) =>
    short
      .map((h) =>
        expected === 1 ? regionName(h.region) : `${regionName(h.region)} (${h.meetings.length} ${of} ${expected})`
      )
      .join(", ")
  return {
    fr: `${short.length} région(s) sur ${regions.length} : ${names("sur")}`,
    en: `${short.length} of ${regions.length} region(s): ${names("of")}`
  }
}

/** The locale numbers are written in, by language: a decimal comma in French. @since 0.3.0 */
export const locales: Readonly<Record<Lang, string>> = { fr: "fr-FR", en: "en-GB" }

// --- the annual report ----------------------------------------------------------------------------

/** A dimension of the tracking table (the same values as `Aggregate.Dimension`). @since 0.3.0 */
export type Dimension = "branch" | "region" | "action-type" | "period"

/** The tracking table's dimensions, as column headings. @since 0.3.0 */
export const dimensionLabels: Readonly<Record<Dimension, Bilingual>> = {
  branch: { fr: "Branche", en: "Branch" },
  region: { fr: "Région", en: "Region" },
  "action-type": { fr: "Type d'action", en: "Action type" },
  period: { fr: "Période", en: "Period" }
}

/**
 * A value of the period dimension for people: « 2025 », « 1er trimestre 2025 », « mars 2025 »
 * ("Q1 2025", "March 2025"), with its days when the counted period cuts it (an agreement year
 * starts in September: its first calendar year is « 2024 (16 septembre 2024 – 31 décembre 2024) »).
 * A value of another shape is given back as it is.
 *
 * @example
 * ```ts
 * import { Texts } from "@accord-jeunes/engine"
 * Texts.periodValue("2025-Q1").fr // "1er trimestre 2025"
 * Texts.periodValue("2025-03").en // "March 2025"
 * Texts.periodValue("2024", { start: "2024-09-16", end: "2025-09-15" }).en // "2024 (16 September 2024 – 31 December 2024)"
 * ```
 * @since 0.5.0
 */
export const periodValue = (value: string, counted?: { readonly start: string; readonly end: string }): Bilingual => {
  const match = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/u.exec(value)
  if (match === null) return { fr: value, en: value }
  const [, year, quarter, month] = match as unknown as [string, string, string | undefined, string | undefined]
  const q = Number(quarter)
  const m = Number(month)
  const name: Bilingual =
    quarter !== undefined
      ? { fr: `${q === 1 ? "1er" : `${q}e`} trimestre ${year}`, en: `Q${q} ${year}` }
      : month !== undefined
        ? { fr: `${monthsFr[m - 1]} ${year}`, en: `${monthsEn[m - 1]} ${year}` }
        : { fr: year, en: year }
  // the calendar span of the value, then cut to the period counted
  const firstMonth = quarter !== undefined ? (q - 1) * 3 + 1 : month !== undefined ? m : 1
  const lastMonth = quarter !== undefined ? q * 3 : month !== undefined ? m : 12
  const pad = (n: number) => String(n).padStart(2, "0")
  const lastDayOfMonth = new Date(Date.UTC(Number(year), lastMonth, 0)).getUTCDate()
  const from = `${year}-${pad(firstMonth)}-01`
  const to = `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth)}`
  const start = counted !== undefined && counted.start > from ? counted.start : from
  const end = counted !== undefined && counted.end < to ? counted.end : to
  if (start === from && end === to) return name
  const days = span(CalendarDate.make(start), CalendarDate.make(end))
  return { fr: `${name.fr} (${days.fr})`, en: `${name.en} (${days.en})` }
}

/** Contract kinds as the report's explanations name them. @since 0.3.0 */
export const outcomeWords: Readonly<Record<string, Bilingual>> = {
  cdi: { fr: "CDI", en: "CDI" },
  cdd: { fr: "CDD", en: "CDD" },
  "temporary-work": { fr: "intérim", en: "temporary work" },
  apprenticeship: { fr: "apprentissage", en: "apprenticeship" },
  "professionalisation-contract": { fr: "contrat de professionnalisation", en: "professionalisation contract" }
}

/** The words of the annual report in one language. @since 0.3.0 */
export interface ReportWords {
  readonly annualReport: string
  readonly period: string
  readonly asOf: string
  readonly asOfLower: string
  readonly branches: string
  readonly since: string
  readonly governance: string
  readonly summary: (errors: number, warnings: number, passed: number) => string
  readonly trackingTable: string
  readonly total: string
  readonly hidden: string
  readonly countingNote: string
  readonly hiddenNote: (threshold: number, cells?: number) => string
  readonly pendingDecisions: string
  readonly chartLabel: string
  readonly entriesHeading: string
  readonly howComputed: string
  readonly periodNote: (label: string) => string
  readonly notComputed: string
  readonly ratio: (numerator: string, denominator: string, percent: boolean) => string
  readonly meanDays: string
  readonly counts: (subject: string, conditions: ReadonlyArray<string>) => string
  readonly subjects: Readonly<Record<"young-people" | "contracts" | "actions" | "participations", string>>
  readonly or: string
  readonly durable: string
  readonly actionTypes: string
  readonly branchesCondition: string
  readonly clause: (clause: string) => string
  readonly decision: (decision: string) => string
  readonly masked: (cells: number) => string
  readonly columnLine: (label: string, id: string, source: string, how: string, description: string) => string
  /**
   * The agreement's status on the report day, its days written out: « Au 30 juin 2026 : en
   * vigueur », with the day a termination takes effect when there is one.
   * @since 0.5.0
   */
  readonly lifecycle: (day: string, status: string, terminationEffective?: string) => string
  /** The report's period and day, written out. @since 0.5.0 */
  readonly periodLine: (label: string, asOf: string) => string
  /**
   * The period under way (or not started) on the report day: what the figures count. @since 0.5.0
   */
  readonly countedLine: (through: string | undefined, end: string) => string
  /** A governance finding's outcome: a breach (error), a warning, or met. @since 0.5.0 */
  readonly findingOutcome: Readonly<Record<"ok" | "error" | "warning" | "info", string>>
  /** The heading of a dimension's code column in the CSV (its label column has the plain heading). @since 0.5.0 */
  readonly codeColumn: (dimension: string) => string
  /** The mark of a cell with no value (a mean or a rate with nobody to divide by). @since 0.6.0 */
  readonly emptyMark: string
  /** Why a cell has no value, under the table and in the notes. @since 0.6.0 */
  readonly emptyNote: string
  /** What a rate's numerator and denominator count, after `ratio`. @since 0.6.0 */
  readonly ratioTerms: (numerator: string, denominator: string) => string
}

/** The annual report's headings and words, by language. @since 0.3.0 */
export const report: Readonly<Record<Lang, ReportWords>> = {
  fr: {
    annualReport: "Rapport annuel",
    period: "Période",
    asOf: "Établi au",
    asOfLower: "établi au",
    branches: "Branches",
    since: "depuis le",
    governance: "Gouvernance",
    summary: (errors, warnings, passed) =>
      `${errors} manquement(s), ${warnings} alerte(s), ${passed} point(s) conforme(s)`,
    trackingTable: "Tableau de suivi de l'insertion",
    total: "Total",
    hidden: "masqué",
    countingNote:
      "Les jeunes sont comptés une fois par ligne et une fois dans le total : un jeune passé par deux branches compte dans chacune, et une seule fois au total, qui n'est donc pas la somme des lignes. Une action de plusieurs branches compte pour chacune.",
    hiddenNote: (threshold, cells) =>
      `case masquée (effectif inférieur à ${threshold}, ou qui permettrait de le retrouver)${cells === undefined ? "" : ` : ${cells} case(s)`}`,
    pendingDecisions: "Décisions attendues",
    chartLabel: "Entrées en emploi par ligne",
    entriesHeading: "Entrées en emploi (CDI, CDD, alternance)",
    howComputed: "Comment chaque colonne est calculée",
    periodNote: (label) =>
      `Période : ${label}. Les enregistrements comptés sont ceux de la période ; un jeune compte une fois par ligne et une fois au total.`,
    notComputed: "non calculé",
    ratio: (numerator, denominator, percent) =>
      `rapport de « ${numerator} » à « ${denominator} »${percent ? ", en %" : ""}`,
    meanDays: "moyenne des jours entre la première action et le premier contrat",
    counts: (subject, conditions) =>
      `compte ${subject}${conditions.length === 0 ? "" : ` (${conditions.join(" ; ")})`}`,
    subjects: {
      "young-people": "jeunes distincts",
      contracts: "contrats",
      actions: "actions",
      participations: "participations"
    },
    or: " ou ",
    durable: "emploi durable",
    actionTypes: "types d'action",
    branchesCondition: "branches",
    clause: (clause) => `clause ${clause}`,
    decision: (decision) => `décision ${decision}`,
    masked: (cells) => (cells === 0 ? "" : ` — ${cells} case(s) masquée(s).`),
    columnLine: (label, id, source, how, description) =>
      `- **${label}** (\`${id}\`, ${source}) : ${how}. ${description}`,
    lifecycle: (day, status, effective) =>
      `Au ${day} : ${status}${effective === undefined ? "" : ` — résiliation à effet du ${effective}`}`,
    periodLine: (label, asOf) => `Période : ${label}. Établi au ${asOf}.`,
    countedLine: (through, end) =>
      through === undefined
        ? "Période pas encore commencée au jour du rapport : rien n'est compté."
        : `Période en cours : comptés jusqu'au ${through} (la période va jusqu'au ${end}) ; ce qui est daté après n'a pas eu lieu.`,
    findingOutcome: { ok: "conforme", error: "manquement", warning: "alerte", info: "information" },
    codeColumn: (dimension) => `${dimension} (code)`,
    emptyMark: "—",
    emptyNote:
      "— : pas de valeur, aucun jeune pour la calculer (délai moyen d'une case où aucun jeune n'a signé de contrat, taux d'une case où aucun jeune n'est entré en action).",
    ratioTerms: (numerator, denominator) =>
      ` ; numérateur : ${numerator} ; dénominateur : ${denominator} ; les deux ne portent pas sur les mêmes jeunes, le taux peut dépasser 100 %`
  },
  en: {
    annualReport: "Annual report",
    period: "Period",
    asOf: "As of",
    asOfLower: "as of",
    branches: "Branches",
    since: "since",
    governance: "Governance",
    summary: (errors, warnings, passed) => `${errors} error(s), ${warnings} warning(s), ${passed} passed`,
    trackingTable: "Tracking table",
    total: "Total",
    hidden: "hidden",
    countingNote:
      "Young people count once in a row and once in the total: one who took part in actions of two branches counts in each, and once in the total, which is therefore not the sum of the rows. An action of several branches counts for each.",
    hiddenNote: (threshold, cells) =>
      `hidden cell (count under ${threshold}, or one that would give it away)${cells === undefined ? "" : `: ${cells} cell(s)`}`,
    pendingDecisions: "Pending decisions",
    chartLabel: "Entries into employment by row",
    entriesHeading: "Entries into employment (CDI, CDD, work-study)",
    howComputed: "How each column is computed",
    periodNote: (label) =>
      `Period: ${label}. The records counted are those of the period; a young person counts once in a row and once in the total.`,
    notComputed: "not computed",
    ratio: (numerator, denominator, percent) => `ratio of "${numerator}" to "${denominator}"${percent ? ", in %" : ""}`,
    meanDays: "mean days from the first action to the first contract",
    counts: (subject, conditions) =>
      `counts ${subject}${conditions.length === 0 ? "" : ` (${conditions.join(" ; ")})`}`,
    subjects: {
      "young-people": "distinct young people",
      contracts: "contracts",
      actions: "actions",
      participations: "participations"
    },
    or: " or ",
    durable: "durable employment",
    actionTypes: "action types",
    branchesCondition: "branches",
    clause: (clause) => `clause ${clause}`,
    decision: (decision) => `decision ${decision}`,
    masked: (cells) => (cells === 0 ? "" : ` — ${cells} masked cell(s).`),
    columnLine: (label, id, source, how, description) =>
      `- **${label}** (\`${id}\`, ${source}) : ${how}. ${description}`,
    lifecycle: (day, status, effective) =>
      `On ${day}: ${status}${effective === undefined ? "" : ` — termination effective ${effective}`}`,
    periodLine: (label, asOf) => `Period: ${label}. As of ${asOf}.`,
    countedLine: (through, end) =>
      through === undefined
        ? "Period not started on the report day: nothing is counted."
        : `Period under way: counted through ${through} (the period runs to ${end}); what is dated later has not happened.`,
    findingOutcome: { ok: "passed", error: "error", warning: "warning", info: "information" },
    codeColumn: (dimension) => `${dimension} (code)`,
    emptyMark: "—",
    emptyNote:
      "—: no value, no young person to compute it from (a mean delay where no young person signed a contract, a rate where no young person entered an action).",
    ratioTerms: (numerator, denominator) =>
      `; numerator: ${numerator}; denominator: ${denominator}; the two are not the same young people, so the rate can exceed 100 %`
  }
}
