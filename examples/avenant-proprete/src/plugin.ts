// FICTIONAL EXAMPLE. IDCC 3043 is the cleaning sector's collective agreement, a branch within
// AKTO's scope; everything else below (commitments, sessions, targets) is invented to show the
// mechanism and says nothing of that branch's real intentions.
import { type BranchPlugin, defineBranchPlugin } from "@accord-jeunes/plugin-sdk"

export const plugin: BranchPlugin.BranchPlugin = defineBranchPlugin({
  meta: {
    id: "proprete",
    name: { fr: "Propreté (exemple fictif)", en: "Cleaning (fictional example)" },
    packageName: "@example/branch-proprete",
    version: "1.0.0",
    sdk: "^0.1.0"
  },
  conventions: [
    { idcc: "3043", title: "Convention collective nationale des entreprises de propreté et services associés" }
  ],
  commitments: [
    {
      id: "proprete:discovery-worksites",
      by: "branch:proprete",
      text: {
        fr: "Ouvrir des chantiers à la découverte des métiers de la propreté (exemple fictif)",
        en: "Open worksites for young people to discover cleaning trades (fictional example)"
      },
      clauses: ["pre#7", "a2#1", "a3.3#7"],
      actionTypes: ["proprete:discovery-worksite", "company-visit"],
      targets: [
        { year: 2026, region: "11", quantity: 120, unit: { fr: "jeunes accueillis", en: "young people received" } }
      ]
    }
  ],
  actionTypes: {
    catalog: ["company-visit", "facilitated-immersion", "poe-sourcing", "mentoring"],
    own: [
      {
        id: "proprete:discovery-worksite",
        label: { fr: "Chantier découverte", en: "Discovery worksite" },
        description: {
          fr: "Une demi-journée aux côtés d'une équipe sur un chantier",
          en: "Half a day alongside a team on a worksite"
        },
        clauses: ["a3.3#7"]
      }
    ]
  },
  trades: [{ rome: "K2204", label: { fr: "Nettoyage de locaux", en: "Premises cleaning" } }],
  certifications: [{ register: "cqp", code: "CQP-APH", title: "CQP agent machiniste (exemple)" }],
  poecSessions: [
    {
      id: "poec-11-2026-01",
      title: "POEC agent de propreté (exemple)",
      region: "11",
      startDate: "2026-03-02",
      places: 12
    }
  ],
  referents: [{ role: "Référente régionale", level: "regional", region: "11" }],
  indicators: [
    {
      id: "proprete:worksite-discoveries",
      label: { fr: "Jeunes accueillis en chantier découverte", en: "Young people on discovery worksites" },
      description: { fr: "Nombre de jeunes distincts", en: "Number of distinct young people" },
      unit: "count",
      dimensions: ["region", "period"],
      source: { kind: "clause", clause: "a4#4" },
      // distinct young people who took part in a discovery worksite in the period
      measure: { kind: "count", of: "young-people", where: { actionTypes: ["proprete:discovery-worksite"] } }
    }
  ],
  exampleRecords: [
    {
      kind: "action",
      schemaVersion: "1.0.0",
      id: "proprete-ex-1",
      agreement: "accord-cadre-jeunes-2024",
      actionType: "proprete:discovery-worksite",
      startDate: "2026-02-10",
      region: "11",
      departement: "93",
      missionLocales: ["ML-EXEMPLE-93"],
      branches: ["proprete"],
      companies: []
    }
  ],
  notes: { fr: "Exemple entièrement fictif.", en: "An entirely fictional example." }
})
