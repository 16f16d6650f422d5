import { agreement2024 } from "@accord-jeunes/domain"
import { type Act, type BranchPlugin, defineAmendment, defineBranchPlugin, SdkVersion } from "../src/index.js"

// A fictional branch, for tests only: IDCC 3043 is the cleaning sector's convention; nothing
// else here describes that branch's real commitments.
export const propreteInput = (): BranchPlugin.Input => ({
  meta: {
    id: "proprete",
    name: { fr: "Propreté (exemple fictif)", en: "Cleaning (fictional example)" },
    packageName: "@example/branch-proprete",
    version: "1.0.0",
    // valid with whichever SDK version the tests run against
    sdk: `^${SdkVersion.current}`
  },
  conventions: [{ idcc: "3043", title: "Convention collective nationale des entreprises de propreté" }],
  commitments: [
    {
      id: "proprete:company-visits",
      by: "branch:proprete",
      text: { fr: "Ouvrir des entreprises à la visite (exemple)", en: "Open companies to visits (example)" },
      clauses: ["pre#7", "a3.3#7"],
      actionTypes: ["company-visit", "proprete:chantier-decouverte"],
      targets: [{ year: 2026, region: "84", quantity: 40, unit: { fr: "jeunes", en: "young people" } }]
    }
  ],
  actionTypes: {
    catalog: ["company-visit", "facilitated-immersion"],
    own: [
      {
        id: "proprete:chantier-decouverte",
        label: { fr: "Chantier découverte (exemple)", en: "Discovery worksite (example)" },
        description: { fr: "Une demi-journée sur un chantier", en: "Half a day on a worksite" },
        clauses: ["a3.3#7"]
      }
    ]
  },
  trades: [{ rome: "K2204" }],
  certifications: [{ register: "cqp", code: "CQP-AP", title: "CQP agent de propreté (exemple)" }],
  poecSessions: [
    {
      id: "poec-84-2026-1",
      title: "POEC agent de propreté (exemple)",
      region: "84",
      startDate: "2026-03-02",
      places: 12
    }
  ],
  referents: [{ role: "Référent régional", level: "regional", region: "84" }],
  indicators: [
    {
      id: "proprete:visits",
      label: { fr: "Visites de chantiers", en: "Worksite visits" },
      description: { fr: "Nombre de visites", en: "Number of visits" },
      unit: "count",
      dimensions: ["region"],
      source: { kind: "clause", clause: "a4#4" },
      measure: { kind: "count", of: "participations", where: { actionTypes: ["proprete:chantier-decouverte"] } }
    }
  ],
  exampleRecords: [
    {
      kind: "action",
      schemaVersion: "1.0.0",
      id: "ex-act-1",
      agreement: "accord-cadre-jeunes-2024",
      actionType: "company-visit",
      startDate: "2026-02-10",
      region: "84",
      missionLocales: ["ML-EXEMPLE"],
      branches: ["proprete"],
      companies: []
    }
  ]
})

export const proprete = (change: (i: BranchPlugin.Input) => BranchPlugin.Input = (i) => i): BranchPlugin.BranchPlugin =>
  defineBranchPlugin(change(propreteInput()))

/** A signature for a party (fictional names). */
export const signatureOf = (party: string) => ({
  party,
  representations: [{ representative: { name: "Fédération fictive", title: "Présidente" } }] as const
})

/** a7#2: the consent of every party bound on the signature date of an amendment (no act before it). */
export const everyParty = (...joining: ReadonlyArray<string>): Act.AmendmentInput["signatories"] => [
  ...agreement2024.signatories,
  ...["branch:commerce-de-gros", "branch:hcr", "branch:bois", ...joining].map(signatureOf)
]

export const signatories: Act.AmendmentInput["signatories"] = everyParty("branch:proprete")

export const avenant1 = (plugin = proprete(), effectiveDate = "2025-07-01") =>
  defineAmendment({
    agreement: "accord-cadre-jeunes-2024",
    number: 1,
    title: {
      fr: "Avenant n°1 : adhésion de la branche propreté (fictif)",
      en: "Amendment no. 1: cleaning joins (fictional)"
    },
    signatureDate: "2025-06-02",
    effectiveDate,
    signatories,
    operations: [{ op: "branch-joins", plugin }]
  })
