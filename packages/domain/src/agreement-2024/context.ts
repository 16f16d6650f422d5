// Facts, objectives, annexes, confidentiality and terms of the 2024 agreement.

const fact = (
  id: string,
  clause: string,
  fr: string,
  en: string,
  value: number | string | boolean,
  unit?: { fr: string; en: string }
) => ({
  id,
  clause,
  label: { fr, en },
  value,
  ...(unit === undefined ? {} : { unit })
})
const people = { fr: "personnes", en: "people" }
const companies = { fr: "entreprises", en: "companies" }

export const facts = [
  fact(
    "cej-start-date",
    "pre#1",
    "Date de création du contrat d'engagement jeune (CEJ)",
    "Start date of the youth commitment contract (CEJ)",
    "2022-03-01"
  ),
  fact("cej-minimum-age", "pre#1", "Âge minimal du public du CEJ", "Minimum age of the CEJ public", 16, {
    fr: "ans",
    en: "years"
  }),
  fact("cej-maximum-age", "pre#1", "Âge maximal du public du CEJ", "Maximum age of the CEJ public", 25, {
    fr: "ans",
    en: "years"
  }),
  fact(
    "support-right-minimum-age",
    "pre#2",
    "Âge minimal du droit à l'accompagnement (L5131-3)",
    "Minimum age of the right to support (L5131-3)",
    16,
    { fr: "ans", en: "years" }
  ),
  fact(
    "support-right-maximum-age",
    "pre#2",
    "Âge maximal révolu du droit à l'accompagnement (L5131-3)",
    "Maximum completed age of the right to support (L5131-3)",
    25,
    { fr: "ans révolus", en: "completed years" }
  ),
  fact(
    "support-right-legal-basis",
    "pre#2",
    "Fondement légal du droit à l'accompagnement",
    "Legal basis of the right to support",
    "Code du travail, article L5131-3"
  ),
  fact("mission-jeunes-since", "pre#5", "Année de lancement de Mission Jeunes", "Year Mission Jeunes started", 2014),
  fact(
    "mission-jeunes-renewed",
    "pre#5",
    "Année de reconduction de Mission Jeunes",
    "Year Mission Jeunes was renewed",
    2021
  ),
  fact(
    "founding-branch-count",
    "pre#6",
    "Nombre de branches engagées à la signature",
    "Number of branches committed at signature",
    3
  ),
  fact("unml-founded", "par#1", "Année de création de l'UNML", "Year UNML was founded", 2003),
  fact(
    "unml-legal-form",
    "par#1",
    "Forme juridique de l'UNML",
    "Legal form of UNML",
    "Association régie par la loi du 1er juillet 1901"
  ),
  fact(
    "mission-locale-branch-employees",
    "par#1",
    "Salariés de la branche des missions locales (environ)",
    "Employees of the missions locales' branch (about)",
    15000,
    people
  ),
  fact("missions-locales", "par#2", "Nombre de missions locales", "Number of missions locales", 432),
  fact(
    "young-people-per-year",
    "par#2",
    "Jeunes accueillis par an (plus de)",
    "Young people received a year (over)",
    1300000,
    people
  ),
  fact("reception-sites", "par#2", "Lieux d'accueil des missions locales", "Reception sites of missions locales", 6800),
  fact(
    "mission-locale-service-themes",
    "par#3",
    "Thèmes de l'offre de service des missions locales",
    "Themes of the missions locales' service offer",
    "emploi, formation, santé, logement, droits, culture, sport, loisirs"
  ),
  fact(
    "cej-in-missions-locales-since",
    "par#4",
    "Date depuis laquelle les missions locales accompagnent dans le CEJ (avec le PACEA)",
    "Date since which missions locales support within the CEJ (alongside PACEA)",
    "2022-03-01"
  ),
  fact(
    "akto-approved-from",
    "par#7",
    "Date d'agrément d'AKTO comme opérateur de compétences",
    "Date AKTO was approved as a skills operator",
    "2019-04-01"
  ),
  fact(
    "akto-branch-count",
    "par#8",
    "Branches professionnelles du champ d'AKTO (selon l'accord)",
    "Professional branches in AKTO's scope (per the agreement)",
    27
  ),
  fact(
    "akto-delegate-regions",
    "par#8",
    "Régions où AKTO représente ATLAS et OPCO 2i (codes COG)",
    "Regions where AKTO stands for ATLAS and OPCO 2i (COG codes)",
    "01,02,03,04"
  ),
  fact(
    "akto-operator-territories",
    "par#8",
    "Territoires où AKTO est opérateur de compétences (codes COG)",
    "Territories where AKTO is the skills operator (COG codes)",
    "06,975,977,978"
  ),
  fact("akto-member-companies", "par#9", "Entreprises adhérentes d'AKTO", "AKTO member companies", 333000, companies),
  fact("akto-employees", "par#9", "Salariés concernés", "Employees covered", 3600000, people),
  fact(
    "akto-work-study-contracts-funded",
    "par#9",
    "Contrats d'alternance financés",
    "Work-study contracts funded",
    128000
  ),
  fact("akto-employees-trained", "par#9", "Salariés formés", "Employees trained", 617000, people)
]

const o = (id: string, clause: string, fr: string, en: string) => ({ id, clause, label: { fr, en } })

export const objectives = [
  o(
    "employers-as-actors",
    "pre#3",
    "Faire de l'employeur un acteur à part entière de l'intégration du jeune",
    "Make the employer a full actor of the young person's integration"
  ),
  o(
    "recruitment-support",
    "pre#4",
    "Apporter aux employeurs un appui au recrutement, promouvoir les métiers méconnus, mal perçus ou orphelins de formation, et ouvrir l'accès aux aides et dispositifs du territoire",
    "Give employers recruitment support, promote little-known, badly perceived or training-orphan trades, and open access to the territory's aids and schemes"
  ),
  o(
    "access-for-all",
    "par#5",
    "Garantir l'accès de tous les jeunes aux lieux d'accueil",
    "Ensure every young person can reach a reception site"
  ),
  o(
    "co-built-pathways",
    "par#5",
    "Co-construire le parcours à partir des projets du jeune",
    "Co-build the pathway from the young person's plans"
  ),
  o(
    "secured-pathways",
    "par#5",
    "Sécuriser les parcours en assemblant les acteurs du territoire",
    "Secure pathways by bringing local actors together"
  ),
  o(
    "territorial-cooperation",
    "a1#1",
    "Structurer la coopération territoriale pour l'insertion durable des jeunes et les recrutements",
    "Structure territorial cooperation for lasting integration and hiring"
  ),
  o(
    "mutual-knowledge",
    "a1#2",
    "Améliorer la connaissance réciproque des partenaires",
    "Improve partners' mutual knowledge"
  ),
  o("define-commitments", "a1#2", "Définir les engagements des acteurs", "Define the actors' commitments"),
  o(
    "tools-per-action-type",
    "a1#2",
    "Outiller les partenaires par type d'action",
    "Equip partners with tools per type of action"
  ),
  o(
    "promote-trades",
    "a2#1",
    "Promouvoir les métiers qui recrutent et faire rencontrer leurs professionnels",
    "Promote hiring trades and meet their professionals"
  ),
  o(
    "qualify-young-people",
    "a2#2",
    "Qualifier les jeunes par l'alternance et la formation",
    "Qualify young people through work-study and training"
  ),
  o(
    "experiment-support-designs",
    "a2#3",
    "Expérimenter des ingénieries d'accompagnement et de formation",
    "Experiment with support and training designs"
  ),
  o(
    "first-work-experience",
    "a2#4",
    "Offrir une première expérience professionnelle dans les branches engagées",
    "Offer a first work experience in the committed branches"
  )
]

export const annexes = [
  {
    number: 1,
    title: {
      fr: "Document d'orientation « Engagements des branches professionnelles »",
      en: "Orientation document: commitments of the professional branches"
    },
    public: false,
    suppliedBy: "branch-plugins",
    clauses: ["a6#1", "a3.3#6"]
  },
  {
    number: 2,
    title: { fr: "Les fiches actions", en: "The action sheets" },
    public: false,
    suppliedBy: "action-type-catalog",
    clauses: ["a6#1", "a3.3#7"]
  },
  {
    number: 3,
    title: {
      fr: "Les référents nationaux et régionaux de chaque partie",
      en: "National and regional referents of each party"
    },
    public: false,
    suppliedBy: "referent-designations",
    clauses: ["a6#1", "a3#2"]
  }
]

export const confidentiality = {
  personalDataConfidential: true,
  survivesEndOfAgreement: true,
  exceptCommunicationUnderAgreement: true,
  clauses: ["a5#1"]
}

export const term = {
  startsOn: "signature-date", // a7#1
  durationYears: 3, // a7#1
  amendable: true, // a7#2
  termination: {
    requestedBy: "any-signatory", // a7#3
    addressedTo: "all-other-parties",
    form: "registered-letter-with-acknowledgement",
    noticeMonths: 3, // a7#4
    noticeRunsFrom: "receipt",
    ongoingActionsContinue: true // a7#3
  },
  clauses: ["a7#1", "a7#2", "a7#3", "a7#4"]
}
