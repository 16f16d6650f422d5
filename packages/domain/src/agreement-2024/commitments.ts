// Who commits to what (articles 3 to 3.3, and the branches in the preamble).
import { branches, partyIds } from "./parties.js"

const c = (id: string, by: string, clause: string, fr: string, en: string, actionTypes?: ReadonlyArray<string>) => ({
  id,
  by,
  clauses: [clause],
  text: { fr, en },
  ...(actionTypes === undefined ? {} : { actionTypes })
})

const all = "all-signatories"

export const commitments = [
  // Article 3: every signatory
  c(
    "signatories:inform-networks",
    all,
    "a3#1",
    "Informer son réseau de la signature de l'accord et de ses annexes",
    "Tell one's network the agreement and its annexes were signed"
  ),
  c("signatories:name-referent", all, "a3#2", "Désigner un référent", "Name a referent"),
  c(
    "signatories:territorial-diagnosis",
    all,
    "a3#3",
    "Partager, entre missions locales, entreprises et services de l'État, un diagnostic territorial des besoins en compétences des entreprises et des besoins et projets des jeunes",
    "Share, between missions locales, companies and State services, a territorial diagnosis of companies' skills needs and of young people's needs and plans"
  ),
  c(
    "signatories:continuous-pathways",
    all,
    "a3#4",
    "Articuler les interventions pour des parcours sans rupture",
    "Coordinate interventions for unbroken pathways"
  ),
  c(
    "signatories:prior-notice-of-communication",
    all,
    "a3#5",
    "Prévenir les autres signataires avant toute communication",
    "Inform the other signatories before any communication"
  ),
  c(
    "signatories:share-good-practices",
    all,
    "a3#6",
    "Capitaliser et diffuser les bonnes pratiques",
    "Capture and spread good practices"
  ),
  // Article 3.1: the ministry
  c(
    "state:mobilise-regional-services",
    partyIds.state,
    "a3.1#1",
    "Mobiliser les DREETS et DEETS pour mettre en œuvre et suivre les actions",
    "Mobilise DREETS and DEETS to carry out and follow up the actions"
  ),
  c(
    "state:employment-policy-tools",
    partyIds.state,
    "a3.1#2",
    "Recourir aux outils de la politique de l'emploi selon les besoins du parcours, pour l'employabilité et l'accès des jeunes à l'emploi et à la qualification",
    "Use employment-policy tools as the pathway requires, for young people's employability and access to employment and qualification"
  ),
  c(
    "state:territorial-roll-out",
    partyIds.state,
    "a3.1#3",
    "Soutenir et décliner l'accord dans les territoires",
    "Support and roll out the agreement locally"
  ),
  // Article 3.2: UNML
  c(
    "unml:arml-programmes",
    partyIds.unml,
    "a3.2#1",
    "Inciter les ARML à intégrer l'accord à leurs programmes régionaux",
    "Encourage ARMLs to build the agreement into their regional programmes"
  ),
  c(
    "unml:link-support-to-branch-needs",
    partyIds.unml,
    "a3.2#2",
    "Encourager les missions locales à relier l'accompagnement aux besoins des entreprises des branches",
    "Encourage missions locales to link support to the branches' companies' needs"
  ),
  c(
    "unml:showcase-initiatives",
    partyIds.unml,
    "a3.2#3",
    "Valoriser les initiatives partenariales d'insertion",
    "Showcase partnership initiatives for integration"
  ),
  // Article 3.3: AKTO, in support of the branches. The text ties no commitment to an action type:
  // informing (a3.3#1) and connecting partners (a3.3#2) serve every type, so none is named. The
  // one tie kept is the project's reading of a3.3#3: the POEC it publicises are the collective
  // form of the POE whose sourcing is action type 7 (a3.3#7).
  c(
    "akto:inform-companies-and-missions-locales",
    partyIds.akto,
    "a3.3#1",
    "Informer entreprises et missions locales sur l'accord et les outils et services des branches",
    "Inform companies and missions locales about the agreement and the branches' tools and services"
  ),
  c(
    "akto:connect-partners",
    partyIds.akto,
    "a3.3#2",
    "Mettre en relation entreprises, missions locales et autres partenaires emploi-formation du territoire autour de projets",
    "Connect companies, missions locales and other local employment and training partners around projects"
  ),
  c(
    "akto:poec-programming",
    partyIds.akto,
    "a3.3#3",
    "Communiquer la programmation des POEC des entreprises des branches",
    "Publicise the POEC sessions of the branches' companies",
    ["poe-sourcing"]
  ),
  c(
    "akto:support-and-follow-up",
    partyIds.akto,
    "a3.3#4",
    "Accompagner la réalisation et le suivi des actions selon les indicateurs du premier comité national",
    "Support and follow up actions against the first national committee's indicators"
  ),
  c(
    "akto:promote-results",
    partyIds.akto,
    "a3.3#5",
    "Valoriser les actions et communiquer sur leurs effets",
    "Promote the actions and communicate on their impact"
  ),
  // Preamble: each founding branch
  ...branches.map((b) =>
    c(
      `${b.id}:recruitment-and-attractiveness`,
      b.partyId,
      b.clause,
      "Mener les actions utiles au recrutement et à l'attractivité du secteur en mobilisant les professionnels des entreprises adhérentes",
      "Carry out the actions the sector's recruitment and attractiveness need, engaging the member companies' professionals"
    )
  )
]
