/**
 * The words of the SDK that are not diagnostics, in French and English: the names of acts and of
 * what a problem is about, the titles of the conformance kit's themes and why a theme was not
 * checked, and the descriptions of the clauses' parameters. Diagnostics are in `Codes`.
 *
 * @since 0.3.0
 */
import type { Annotations } from "@accord-jeunes/domain"

type Bilingual = Annotations.Bilingual

/**
 * The same text in both languages: a file name, a package, a path.
 *
 * @since 0.3.0
 */
export const both = (text: string): Bilingual => ({ fr: text, en: text })

// --- acts -----------------------------------------------------------------------------------------

/**
 * The names of acts, as problems and the agreement in force show them.
 *
 * @example
 * ```ts
 * import { Texts } from "@accord-jeunes/plugin-sdk"
 * Texts.act.amendment(2).fr // "avenant n°2"
 * ```
 * @since 0.3.0
 */
export const act = {
  agreement: (signatureDate: string): Bilingual => ({
    fr: `accord-cadre du ${signatureDate}`,
    en: `agreement of ${signatureDate}`
  }),
  amendment: (number: number | string): Bilingual => ({
    fr: `avenant n°${number}`,
    en: `amendment no. ${number}`
  }),
  decision: (id: string): Bilingual => ({
    fr: `décision ${id} du comité national`,
    en: `national committee decision ${id}`
  }),
  termination: (requesters: string, requestDate: string): Bilingual => ({
    fr: `demande de résiliation de ${requesters} du ${requestDate}`,
    en: `termination request by ${requesters} of ${requestDate}`
  }),
  /** A termination request not yet read (its date unknown). */
  terminationBy: (requesters: string): Bilingual => ({
    fr: `demande de résiliation de ${requesters}`,
    en: `termination request by ${requesters}`
  }),
  scope: (effectiveDate: string, title: string, asOf: string): Bilingual => ({
    fr: `champ d'AKTO au ${effectiveDate} (${title}, ${asOf})`,
    en: `AKTO's scope from ${effectiveDate} (${title}, ${asOf})`
  }),
  /** A revision of AKTO's scope not yet read. */
  scopeRevision: { fr: "révision du champ d'AKTO", en: "AKTO scope revision" } as Bilingual
}

/**
 * What a problem is about, when it is not an act or a plugin.
 *
 * @since 0.3.0
 */
export const subjects = {
  /** The `i`th act given to composition, not an act at all. */
  actAt: (i: number): Bilingual => ({ fr: `acte acts[${i}]`, en: `act acts[${i}]` }),
  /** The plugins given as founding ones. */
  founding: { fr: "plugins des branches fondatrices", en: "founding branches' plugins" } as Bilingual,
  /** The day the agreement is read on (`asOf`). */
  asOf: { fr: "date de lecture de l'accord (asOf)", en: "date the agreement is read on (asOf)" } as Bilingual
}

/**
 * A subject followed by where it was read from or what supplied it, each in brackets: « avenant
 * n°2 (avenant-2.json) (plugin @exemple/branche@1.0.0) ».
 *
 * @since 0.3.0
 */
export const within = (subject: Bilingual, ...where: ReadonlyArray<string | Bilingual | undefined>): Bilingual => {
  const tail = (lang: keyof Bilingual) =>
    where.flatMap((w) => (w === undefined ? [] : [`(${typeof w === "string" ? w : w[lang]})`]))
  return { fr: [subject.fr, ...tail("fr")].join(" "), en: [subject.en, ...tail("en")].join(" ") }
}

/**
 * A branch and the act it came in by: « branche hcr (accord-cadre du 2024-09-16) ».
 *
 * @since 0.3.0
 */
export const branchSince = (branch: string, since: Bilingual): Bilingual => ({
  fr: `branche ${branch} (${since.fr})`,
  en: `branch ${branch} (${since.en})`
})

// --- problems -------------------------------------------------------------------------------------

/**
 * Words of a problem's line: the other side of a conflict.
 *
 * @since 0.3.0
 */
export const conflictsWith: Bilingual = { fr: "en conflit avec", en: "conflicts with" }

// --- the conformance kit --------------------------------------------------------------------------

/**
 * The themes a conformance report is sorted by, with their titles.
 *
 * @since 0.3.0
 */
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
} as const satisfies Readonly<Record<string, Bilingual>>

/**
 * How a theme that was not checked, or not fully, is shown.
 *
 * @since 0.3.0
 */
export const notChecked = {
  wholly: { fr: "non vérifié : ", en: "not checked: " } as Bilingual,
  partly: { fr: "en partie non vérifié : ", en: "partly not checked: " } as Bilingual,
  /** Several reasons, as one. */
  join: (reasons: ReadonlyArray<Bilingual>): Bilingual => ({
    fr: reasons.map((r) => r.fr).join(" ; "),
    en: reasons.map((r) => r.en).join("; ")
  })
}

/**
 * Why a theme of the conformance kit could not be checked.
 *
 * @since 0.3.0
 */
export const notRun = {
  sdkRange: {
    fr: "meta.sdk n'est pas une plage de versions lisible : la compatibilité avec le SDK n'a pas été vérifiée",
    en: "meta.sdk is not a readable version range: compatibility with the SDK was not checked"
  } as Bilingual,
  namespace: {
    fr: "meta.id n'est pas un identifiant de branche valide : l'espace de noms des identifiants n'a pas été vérifié",
    en: "meta.id is not a valid branch id: the namespace of the ids was not checked"
  } as Bilingual,
  unreadableParts: (places: string): Bilingual => ({
    fr: `des parties illisibles (${places}) n'ont pas été vérifiées`,
    en: `unreadable parts (${places}) were not checked`
  }),
  examplesNotAList: {
    fr: "exampleRecords n'est pas une liste lisible : les exemples n'ont pas été vérifiés",
    en: "exampleRecords is not a readable list: the examples were not checked"
  } as Bilingual,
  unreadableExamples: (places: string): Bilingual => ({
    fr: `les exemples illisibles (${places}) n'ont pas été vérifiés`,
    en: `the unreadable examples (${places}) were not checked`
  }),
  branchUnknown: {
    fr: "l'identifiant ou les conventions de la branche ne sont pas valides : le rattachement des exemples à la branche n'a pas été vérifié",
    en: "the branch's id or conventions are not valid: whether the examples belong to the branch was not checked"
  } as Bilingual,
  hookFailed: (at: string): Bilingual => ({
    fr: `la fonction « attributes » a échoué pour ${at} : son rattachement à la branche n'a pas été vérifié`,
    en: `the "attributes" function failed for ${at}: whether it belongs to the branch was not checked`
  }),
  notLoaded: {
    fr: "le plugin ne se charge pas (voir les autres thèmes) : son entrée dans l'accord n'a pas été essayée",
    en: "the plugin does not load (see the other themes): joining the agreement was not tried"
  } as Bilingual
}

/**
 * The amendment the conformance kit tries a joining branch's plugin with.
 *
 * @since 0.3.0
 */
export const trialAmendment = {
  title: { fr: "Avenant d'essai", en: "Trial amendment" } as Bilingual,
  representative: { name: "Signataire d'essai", title: "Représentant" }
}

// --- parameters -----------------------------------------------------------------------------------

/**
 * What each parameter of a clause changes, by parameter name (see `Parameters`).
 *
 * @since 0.3.0
 */
export const parameters: Readonly<Record<string, Bilingual>> = {
  "duration-years": { fr: "durée de l'accord, en années", en: "duration of the agreement, in years" },
  "notice-months": {
    fr: "délai de prise d'effet de la résiliation, en mois",
    en: "notice before a termination takes effect, in months"
  },
  "minimum-meetings-per-year": {
    fr: "nombre minimal de réunions du comité national par an",
    en: "minimum number of national committee meetings a year"
  },
  "regional-meetings-per-year": {
    fr: "nombre de comités régionaux par an et par région",
    en: "number of regional committees a year in each region"
  }
}

// --- act documents --------------------------------------------------------------------------------

/**
 * The labels of the act documents' schemas.
 *
 * @since 0.3.0
 */
export const documents = {
  amendment: { fr: "Avenant", en: "Amendment" } as Bilingual,
  scope: { fr: "Champ d'AKTO", en: "AKTO's scope" } as Bilingual,
  any: {
    fr: "Acte (avenant, décision, résiliation, champ d'AKTO)",
    en: "Act (amendment, decision, termination, AKTO's scope)"
  } as Bilingual
}
