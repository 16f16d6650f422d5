// Parties, signatories and the three founding branches of the 2024 agreement.

/** Party ids of the 2024 agreement. */
export const partyIds = {
  state: "state",
  unml: "unml",
  akto: "akto",
  wholesale: "branch:commerce-de-gros",
  hcr: "branch:hcr",
  wood: "branch:bois"
} as const

// IDCC codes and convention titles: Legifrance-derived tables (mission-apprentissage/bal,
// shared/constants/idcc.ts). Forestry and agricultural sawmills have no national IDCC but
// some thirty regional conventions; the five below are those the source names, without their
// titles (not given there). The rest comes with the branch's plugin.
export const branches = [
  {
    kind: "branch",
    id: "commerce-de-gros",
    partyId: partyIds.wholesale,
    name: { fr: "Commerces de gros", en: "Wholesale trade" },
    conventions: [{ idcc: "0573", title: "Convention collective nationale de commerces de gros du 23 juin 1970" }],
    clause: "pre#6"
  },
  {
    kind: "branch",
    id: "hcr",
    partyId: partyIds.hcr,
    name: { fr: "Hôtels, cafés, restaurants", en: "Hotels, cafés and restaurants" },
    conventions: [
      { idcc: "1979", title: "Convention collective nationale des hôtels, cafés, restaurants du 30 avril 1997" }
    ],
    clause: "pre#6"
  },
  {
    kind: "branch",
    id: "bois",
    partyId: partyIds.wood,
    name: {
      fr: "Travail mécanique du bois / exploitations forestières et scieries agricoles",
      en: "Woodworking / forestry and agricultural sawmills"
    },
    conventions: [
      {
        idcc: "0158",
        title:
          "Convention collective nationale du travail mécanique du bois, des scieries, du négoce et de l'importation des bois du 28 novembre 1955"
      },
      { idcc: "8211" },
      { idcc: "8412" },
      { idcc: "8522" },
      { idcc: "8822" },
      { idcc: "9211" }
    ],
    clause: "pre#6"
  }
] as const

export const parties = [
  {
    kind: "ministry",
    id: partyIds.state,
    name: "Ministère du Travail, de la Santé et des Solidarités",
    directorate: "Délégation générale à l'emploi et à la formation professionnelle (DGEFP)"
  },
  { kind: "unml", id: partyIds.unml, name: "Union nationale des missions locales (UNML)" },
  {
    kind: "opco",
    id: partyIds.akto,
    name: "AKTO, opérateur de compétences des services à forte intensité de main-d'œuvre",
    approvedFrom: "2019-04-01" // par#7
  },
  ...branches.map(({ clause: _clause, ...b }) => b)
] as const

// The signature block (sig#2, sig#3, sig#4): names and titles as printed in the agreement.
export const signatories = [
  {
    party: partyIds.state,
    clause: "sig#2",
    representations: [
      {
        representative: {
          name: "Jérôme Marchand-Arvier",
          title: "Délégué général à l'emploi et à la formation professionnelle"
        },
        signedByDelegation: {
          name: "Fabrice Masi",
          title: "Chef de service, adjoint au délégué général à l'emploi et à la formation professionnelle"
        }
      }
    ]
  },
  {
    party: partyIds.unml,
    clause: "sig#3",
    representations: [
      {
        representative: { name: "Stéphane Valli", title: "Président" },
        signedByDelegation: {
          name: "Mario Gonzalez",
          title: "Président de la Mission Locale de Paris, membre du bureau de l'UNML"
        }
      }
    ]
  },
  {
    party: partyIds.akto,
    clause: "sig#4",
    representations: [
      { representative: { name: "Laurent Barthelemy", title: "Président" } },
      { representative: { name: "Jean Hedou", title: "Vice-président" } }
    ]
  }
] as const
