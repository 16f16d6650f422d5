// Governance (articles 3, 4 and 4.1), indicators and the decisions left to the first
// national committee.
import { partyIds } from "./parties.js"

export const governance = {
  national: {
    name: { fr: "Comité national de pilotage", en: "National steering committee" },
    clauses: ["a4#1", "a4#2", "a4#3", "a4#4"],
    // a4#2
    composition: [
      { kind: "party", party: partyIds.state, label: { fr: "DGEFP", en: "DGEFP (Labour ministry)" } },
      { kind: "party", party: partyIds.unml, label: { fr: "UNML", en: "UNML" } },
      {
        kind: "signatory-branches",
        label: { fr: "Branches professionnelles signataires", en: "Signatory professional branches" }
      },
      { kind: "party", party: partyIds.akto, label: { fr: "AKTO", en: "AKTO" } }
    ],
    minimumMeetingsPerYear: 2, // a4#3
    // a4#1
    inputs: {
      fr: "Bilans transmis par les correspondants désignés par chaque partie signataire",
      en: "Reports from the correspondents each signatory party designates"
    },
    // a4#4 (a) to (d)
    duties: [
      {
        id: "annual-report",
        deliverable: "annual-report",
        label: {
          fr: "Faciliter la réussite des actions locales et produire un rapport annuel selon les indicateurs du premier comité",
          en: "Help local actions succeed and produce an annual report against the first committee's indicators"
        },
        clauses: ["a4#4"]
      },
      {
        id: "tracking-table",
        deliverable: "tracking-table",
        label: {
          fr: "Produire un tableau de suivi de l'insertion dans l'emploi des jeunes (CDD, CDI, alternance)",
          en: "Produce a tracking table of young people's entry into employment (CDD, CDI, work-study)"
        },
        clauses: ["a4#4"]
      },
      {
        id: "communication",
        deliverable: "communication",
        label: { fr: "Communiquer sur les résultats obtenus", en: "Communicate on the results" },
        clauses: ["a4#4"]
      },
      {
        id: "final-evaluation",
        deliverable: "final-evaluation",
        label: { fr: "Évaluer les actions à l'issue de l'accord", en: "Evaluate the actions when the agreement ends" },
        clauses: ["a4#4"]
      }
    ]
  },
  regional: {
    name: { fr: "Comité de pilotage régional", en: "Regional steering committee" },
    convenedBy: "state-regional-service",
    meetingsPerYear: 1, // a4.1#2
    members: {
      fr: "L'ensemble des représentants régionaux désignés par les signataires",
      en: "All the regional representatives the signatories designate"
    },
    agenda: {
      fr: "Chacun rend compte de la capitalisation des actions menées",
      en: "Each reports on what was learned from the actions carried out"
    },
    clauses: ["a4.1#1", "a4.1#2"]
  },
  referents: {
    perSignatoryParty: 1, // a3#2
    levels: ["national", "regional"], // a6#1 (annex 3), a4.1#1
    clauses: ["a3#2", "a4.1#1", "a6#1"]
  }
} as const

// The tracking table the text itself defines (a4#4 b). The annual report's indicators are
// set by the first national committee (a3.3#4, a4#4 a): a pending decision, not invented here.
const trackingDimensions = ["branch", "region", "action-type", "period"] as const
export const indicators = [
  {
    id: "entries-into-cdi",
    label: { fr: "Jeunes entrés en CDI", en: "Young people into permanent contracts (CDI)" },
    description: {
      fr: "Nombre de jeunes entrés en CDI dans le cadre de l'action",
      en: "Number of young people who started a permanent contract within the action"
    },
    unit: "count",
    dimensions: trackingDimensions,
    source: { kind: "clause", clause: "a4#4" },
    measure: { kind: "count", of: "young-people", where: { outcomes: ["cdi"] } }
  },
  {
    id: "entries-into-cdd",
    label: { fr: "Jeunes entrés en CDD", en: "Young people into fixed-term contracts (CDD)" },
    description: {
      fr: "Nombre de jeunes entrés en CDD dans le cadre de l'action",
      en: "Number of young people who started a fixed-term contract within the action"
    },
    unit: "count",
    dimensions: trackingDimensions,
    source: { kind: "clause", clause: "a4#4" },
    measure: { kind: "count", of: "young-people", where: { outcomes: ["cdd"] } }
  },
  {
    id: "entries-into-work-study",
    label: { fr: "Jeunes entrés en alternance", en: "Young people into work-study" },
    description: {
      fr: "Nombre de jeunes entrés en contrat d'apprentissage ou de professionnalisation dans le cadre de l'action",
      en: "Number of young people who started an apprenticeship or professionalisation contract within the action"
    },
    unit: "count",
    dimensions: trackingDimensions,
    source: { kind: "clause", clause: "a4#4" },
    measure: {
      kind: "count",
      of: "young-people",
      where: { outcomes: ["apprenticeship", "professionalisation-contract"] }
    }
  }
] as const

export const pendingDecisions = [
  {
    id: "annual-report-indicators",
    subject: {
      fr: "Indicateurs du rapport annuel et du suivi des actions",
      en: "Indicators of the annual report and of the follow-up of actions"
    },
    decidedBy: "first-national-committee",
    clauses: ["a3.3#4", "a4#4"]
  }
] as const
