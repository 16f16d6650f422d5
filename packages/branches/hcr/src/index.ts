/**
 * Hôtels, cafés, restaurants (Hotels, cafés and restaurants): a founding branch of the Accord-cadre pour l'emploi et la qualification
 * des jeunes of 16 September 2024 (clause pre#6), as a plugin.
 *
 * @since 0.1.0
 */
import { agreement2024 } from "@accord-jeunes/domain"
import { type BranchPlugin, defineBranchPlugin } from "@accord-jeunes/plugin-sdk"

// Conventions: Legifrance-derived IDCC tables (mission-apprentissage/bal). Commitment: the
// preamble's sentence on the three branches (pre#6). The eight action types are open to every
// committed branch (a3.3#7).
/** The plugin. @since 0.1.0 */
export const plugin: BranchPlugin.BranchPlugin = defineBranchPlugin({
  meta: {
    id: "hcr",
    name: {
      fr: "Hôtels, cafés, restaurants",
      en: "Hotels, cafés and restaurants"
    },
    packageName: "@accord-jeunes/branch-hcr",
    version: "0.1.0",
    sdk: "^0.1.0"
  },
  conventions: [
    {
      idcc: "1979",
      title: "Convention collective nationale des hôtels, cafés, restaurants du 30 avril 1997"
    }
  ],
  commitments: [
    {
      id: "hcr:member-professionals",
      by: "branch:hcr",
      text: {
        fr: "Mobiliser l'engagement et l'expérience des professionnels des entreprises adhérentes au profit des jeunes en insertion",
        en: "Engage the commitment and experience of member companies' professionals for young people entering work"
      },
      clauses: ["pre#6"]
    }
  ],
  actionTypes: {
    // every type of the catalog is open to the committed branches (a3.3#7)
    catalog: agreement2024.actionTypes.map((t) => t.id),
    own: []
  },
  trades: [],
  certifications: [],
  poecSessions: [],
  referents: [],
  indicators: [],
  exampleRecords: [
    {
      kind: "action",
      schemaVersion: "1.0.0",
      id: "hcr-example-action",
      agreement: "accord-cadre-jeunes-2024",
      actionType: "company-visit",
      startDate: "2025-03-12",
      region: "84",
      departement: "69",
      missionLocales: ["ML-EXEMPLE"],
      branches: ["hcr"],
      companies: ["73282932000074"]
    },
    {
      kind: "insertion-outcome",
      schemaVersion: "1.0.0",
      id: "hcr-example-outcome",
      participant: "p-exemple-01",
      outcome: "apprenticeship",
      startDate: "2025-09-01",
      employerSiret: "73282932000074",
      idcc: "1979",
      actions: ["hcr-example-action"]
    }
  ],
  notes: {
    fr: "Engagements chiffrés, présentation de la branche (annexe 1) et référents (annexe 3) non publics : laissés vides, rien n'est inventé. Les sessions POEC s'ajoutent à mesure qu'AKTO en communique la programmation (clause a3.3#3). Les enregistrements d'exemple sont fictifs.",
    en: "Quantified commitments, the branch's presentation (annex 1) and referents (annex 3) are not public: left empty, nothing is invented. POEC sessions are added as AKTO publishes their programming (clause a3.3#3). The example records are fictional."
  }
})
