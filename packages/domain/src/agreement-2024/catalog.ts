// The eight types of actions of clause a3.3#7. Their detailed sheets are annex 2, which is not
// public: the descriptions below only say what the name of each type means.
const clauses = ["a3.3#7", "a6#1"] as const

export const actionTypes = [
  {
    id: "mutual-knowledge",
    rank: 1,
    label: { fr: "Interconnaissance des acteurs / des partenaires", en: "Mutual knowledge of actors and partners" },
    description: {
      fr: "Faire se connaître les équipes des missions locales, des branches, d'AKTO et des services de l'État.",
      en: "Help the teams of missions locales, branches, AKTO and State services get to know each other."
    },
    clauses
  },
  {
    id: "mission-locale-support",
    rank: 2,
    label: { fr: "Accompagnement en mission locale", en: "Support within the mission locale" },
    description: {
      fr: "Accompagnement des jeunes par la mission locale, tourné vers les métiers des branches engagées.",
      en: "Support of young people by the mission locale, turned towards the committed branches' trades."
    },
    clauses
  },
  {
    id: "collective-information",
    rank: 3,
    label: {
      fr: "Information collective pour la découverte des métiers et des parcours en alternance",
      en: "Group information on trades and work-study paths"
    },
    description: {
      fr: "Séance collective présentant des métiers et les voies de l'alternance.",
      en: "A group session presenting trades and the work-study routes into them."
    },
    clauses
  },
  {
    id: "company-visit",
    rank: 4,
    label: { fr: "Visites d'entreprises", en: "Company visits" },
    description: {
      fr: "Visite d'entreprises adhérentes des branches par des jeunes.",
      en: "Young people visit member companies of the branches."
    },
    clauses
  },
  {
    id: "facilitated-immersion",
    rank: 5,
    label: { fr: "Immersions facilitées", en: "Facilitated immersions" },
    description: {
      fr: "Période d'immersion en entreprise dont l'organisation est facilitée par les partenaires.",
      en: "A period of immersion in a company, made easier to arrange by the partners."
    },
    clauses
  },
  {
    id: "trade-discovery-airlock",
    rank: 6,
    label: { fr: "Sas de découverte des métiers", en: "Trade-discovery airlock" },
    description: {
      fr: "Parcours court de découverte d'un métier avant une entrée en formation ou en emploi.",
      en: "A short course discovering a trade before entering training or work."
    },
    clauses
  },
  {
    id: "poe-sourcing",
    rank: 7,
    label: {
      fr: "Sourcing préparation opérationnelle à l'emploi métiers et certifications des branches",
      en: "Sourcing for pre-employment training (POE) on the branches' trades and certifications"
    },
    description: {
      fr: "Repérage de jeunes pour des préparations opérationnelles à l'emploi sur les métiers et certifications des branches.",
      en: "Finding young candidates for pre-employment training on the branches' trades and certifications."
    },
    clauses
  },
  {
    id: "mentoring",
    rank: 8,
    label: { fr: "Parrainage vers et dans l'emploi", en: "Mentoring into and in employment" },
    description: {
      fr: "Un professionnel accompagne un jeune vers l'emploi puis dans ses débuts.",
      en: "A professional mentors a young person towards a job and through its first steps."
    },
    clauses
  }
] as const
