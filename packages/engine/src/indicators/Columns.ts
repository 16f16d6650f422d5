/**
 * The columns of the tracking table, as indicator definitions. The text defines three counts
 * (entries into CDI, CDD and work-study, a4#4 b) and the agreement's data carries them; the table
 * sets them beside context columns that make them readable (young people in actions, with a
 * contract, the kinds of contract, durable jobs, contracts signed, a rate and a mean delay). Those
 * are the project's reading of what a tracking table "of young people's entry into employment"
 * needs, written as definitions like any other so that their meaning and their computation stay
 * together. Indicators that a committee decision or a branch plugin adds come after them.
 *
 * @since 0.2.0
 */
import { Indicator } from "@accord-jeunes/domain"
import type { Composition } from "@accord-jeunes/plugin-sdk"
import * as Schema from "effect/Schema"
import { type Computed, contractKinds } from "./Aggregate.js"

type Definition = typeof Indicator.IndicatorDefinition.Encoded
// the definitions below are data like any plugin's, checked by the same schema when loaded
const decode = Schema.decodeUnknownSync(Schema.Array(Indicator.IndicatorDefinition))

// One context column per entry, in the table's order, as data: its id, its label and its
// description in French and English, its unit and what it counts. Every one is the project's
// reading of a4#4, which each description says.
type Entry = readonly [
  id: string,
  labelFr: string,
  labelEn: string,
  descriptionFr: string,
  descriptionEn: string,
  unit: Definition["unit"],
  measure: Measure
]
type Measure = NonNullable<Definition["measure"]>
const youngPeople = (where?: typeof Indicator.Filter.Encoded): Measure => ({
  kind: "count",
  of: "young-people",
  ...(where === undefined ? {} : { where })
})
const readingFr = "Colonne de contexte du tableau de suivi (lecture du projet, a4#4)"
const readingEn = "Context column of the tracking table (the project's reading of a4#4)"
const definitions = (entries: ReadonlyArray<Entry>): ReadonlyArray<Indicator.IndicatorDefinition> =>
  decode(
    entries.map(([id, labelFr, labelEn, descriptionFr, descriptionEn, unit, measure]) => ({
      id,
      label: { fr: labelFr, en: labelEn },
      description: { fr: `${descriptionFr} ${readingFr}`, en: `${descriptionEn} ${readingEn}` },
      unit,
      dimensions: ["branch", "region", "action-type", "period"],
      source: { kind: "clause", clause: "a4#4" },
      measure
    }))
  )

/** Context columns shown before the text's three counts. @since 0.2.0 */
export const leading: ReadonlyArray<Indicator.IndicatorDefinition> = definitions([
  [
    "young-people-in-actions",
    "Jeunes entrés en action",
    "Young people in actions",
    "Jeunes distincts ayant participé à une action de la période.",
    "Distinct young people who took part in an action in the period.",
    "count",
    youngPeople()
  ],
  [
    "young-people-with-contract",
    "Jeunes ayant signé un contrat",
    "Young people with a contract",
    "Jeunes distincts entrés dans la période en CDI, CDD, intérim, apprentissage ou contrat de professionnalisation, après leur première action.",
    "Distinct young people who started a CDI, CDD, temporary work, apprenticeship or professionalisation contract in the period, after their first action.",
    "count",
    youngPeople({ outcomes: [...contractKinds] })
  ]
])

/** Context columns shown after the text's three counts. @since 0.2.0 */
export const trailing: ReadonlyArray<Indicator.IndicatorDefinition> = definitions([
  [
    "young-people-in-temporary-work",
    "Jeunes entrés en intérim",
    "Young people in temporary work",
    "Jeunes distincts entrés en mission d'intérim.",
    "Distinct young people who started temporary work.",
    "count",
    youngPeople({ outcomes: ["temporary-work"] })
  ],
  [
    "young-people-in-apprenticeship",
    "Jeunes entrés en apprentissage",
    "Young people in apprenticeship",
    "Jeunes distincts entrés en contrat d'apprentissage.",
    "Distinct young people who started an apprenticeship.",
    "count",
    youngPeople({ outcomes: ["apprenticeship"] })
  ],
  [
    "young-people-in-professionalisation",
    "Jeunes entrés en contrat de professionnalisation",
    "Young people in a professionalisation contract",
    "Jeunes distincts entrés en contrat de professionnalisation.",
    "Distinct young people who started a professionalisation contract.",
    "count",
    youngPeople({ outcomes: ["professionalisation-contract"] })
  ],
  [
    "young-people-in-durable-employment",
    "Jeunes entrés en emploi durable",
    "Young people in durable employment",
    "Jeunes distincts entrés en CDI, ou en contrat d'au moins six mois (paramètre).",
    "Distinct young people who started a CDI, or a contract of six months or more (parameter).",
    "count",
    youngPeople({ durable: true })
  ],
  [
    "contracts-signed",
    "Contrats signés",
    "Contracts signed",
    "Nombre de contrats (et non de jeunes) commencés dans la période après la première action.",
    "Number of contracts (not of young people) started in the period after the first action.",
    "count",
    { kind: "count", of: "contracts" }
  ],
  [
    "contract-rate",
    "Taux d'accès à un contrat (%)",
    "Contract rate (%)",
    "Jeunes ayant commencé un contrat dans la période, quelle que soit la période de leur première action, rapportés aux jeunes ayant participé à une action de la période : un jeune entré en action l'année précédente et en contrat cette année compte au numérateur seulement, et le taux peut dépasser 100 %.",
    "Young people who started a contract in the period, whatever the period of their first action, over young people who took part in an action in the period: a young person in an action last year and in a contract this year counts in the numerator only, and the rate can exceed 100 %.",
    "rate",
    { kind: "ratio", numerator: "young-people-with-contract", denominator: "young-people-in-actions", percent: true }
  ],
  [
    "mean-days-to-first-contract",
    "Délai moyen jusqu'au premier contrat (jours)",
    "Mean days to first contract",
    "Jours entre la première action et le premier contrat, en moyenne, comptés dans la période du contrat.",
    "Days from the first action to the first contract, on average, counted in the contract's period.",
    "days",
    { kind: "mean-days", from: "first-participation", to: "first-contract" }
  ]
])

/**
 * The table's columns on a day: the context columns around the indicators in force that can be
 * computed (the text's three, then those of decisions and plugins).
 *
 * @example
 * ```ts
 * import { Columns } from "@accord-jeunes/engine"
 * import { Assembly } from "@accord-jeunes/in-force"
 * import { Composition } from "@accord-jeunes/plugin-sdk"
 * const columns = Columns.of(Composition.asOf(Assembly.foundingTimeline(), "2025-06-01"))
 * columns.map((c) => c.id).slice(0, 5) // ["young-people-in-actions", "young-people-with-contract", "entries-into-cdi", "entries-into-cdd", "entries-into-work-study"]
 * ```
 * @since 0.2.0
 */
export const of = (
  inForce: Pick<Composition.AgreementInForce, "indicators">
): ReadonlyArray<Indicator.IndicatorDefinition> => {
  const agreed = inForce.indicators.filter((i) => i.measure !== undefined)
  const text = agreed.filter((i) => i.source.kind === "clause" && !i.id.includes(":"))
  const added = agreed.filter((i) => !text.includes(i))
  const all = [...leading, ...text, ...trailing, ...added]
  const seen = new Set<string>()
  const firstTime = (id: string) => {
    if (seen.has(id)) return false
    seen.add(id)
    return true
  }
  return all
    .filter((d) => firstTime(d.id))
    .map(({ id, label, description, unit, dimensions, source, measure }) => ({
      id,
      label,
      description,
      unit,
      dimensions,
      source,
      ...(measure === undefined ? {} : { measure })
    }))
}

/**
 * The indicators an aggregator computes for columns.
 *
 * @since 0.2.0
 */
export const computed = (columns: ReadonlyArray<Indicator.IndicatorDefinition>): ReadonlyArray<Computed> =>
  columns.flatMap((c) => (c.measure === undefined ? [] : [{ id: c.id, measure: c.measure }]))
