// The clause inventory of the 2024 agreement: one entry per normative or factual element,
// in the order of the text, paraphrased (the text itself is not reproduced). Ids and articles
// match the project's reference inventory; a test checks it.
import type { Bilingual } from "../Annotations.js"

type Kind = "context" | "objective" | "commitment" | "rule" | "fact"
type Entry = readonly [id: string, kind: Kind, fr: string, en: string]

const entries = [
  // Préambule
  [
    "pre#1",
    "context",
    "Le CEJ, en place depuis le 1er mars 2022, offre aux jeunes de 16 à 25 ans ni en études ni en formation et rencontrant des difficultés d'accès à l'emploi un accompagnement intensif et personnalisé, porté par France Travail et les missions locales.",
    "Since 1 March 2022 the CEJ gives young people aged 16 to 25 who are neither in study nor in training and face difficulties in accessing employment an intensive, personalised support, run by France Travail and the missions locales."
  ],
  [
    "pre#2",
    "rule",
    "L'État garantit un droit à l'accompagnement vers l'emploi et l'autonomie aux jeunes de 16 à 25 ans révolus exposés à un risque d'exclusion professionnelle (L5131-3).",
    "The State guarantees a right to support towards employment and autonomy to young people aged 16 to 25 inclusive at risk of professional exclusion (L5131-3)."
  ],
  [
    "pre#3",
    "objective",
    "Faire de l'employeur un acteur de l'intégration du jeune : repérer les opportunités, favoriser le contact direct et le recrutement par la découverte mutuelle, faire émerger les offres non formalisées.",
    "Make employers actors of the young person's integration: spot opportunities, favour direct contact and recruitment through mutual discovery, bring out unformalised job offers."
  ],
  [
    "pre#4",
    "objective",
    "Pour l'employeur : un appui au recrutement adapté, la promotion des métiers ou secteurs méconnus, mal perçus ou orphelins de formation, et l'accès à l'ensemble des aides et dispositifs disponibles sur le territoire.",
    "For employers: suitable recruitment support, promotion of trades or sectors that are little known, badly perceived or without a training leading to them (training orphans), and access to all the aids and schemes available in the territory."
  ],
  [
    "pre#5",
    "context",
    "L'accord suit le modèle de la démarche Mission Jeunes (depuis 2014, reconduite en 2021 ; ministère chargé du travail, UNML, Prism'emploi, AKTO et FASTT) : missions d'intérim et services d'accompagnement pour les jeunes.",
    "The agreement follows the model of the Mission Jeunes approach (since 2014, renewed in 2021; the Labour ministry, UNML, Prism'emploi, AKTO and FASTT): temporary-work missions plus support services for young people."
  ],
  [
    "pre#6",
    "fact",
    "Trois branches s'engagent : commerces de gros ; hôtels, cafés, restaurants ; travail mécanique du bois / exploitations forestières et scieries agricoles.",
    "Three branches commit: wholesale trade; hotels, cafés and restaurants; woodworking / forestry and agricultural sawmills."
  ],
  [
    "pre#7",
    "rule",
    "D'autres branches du champ d'AKTO peuvent adhérer par avenant formalisant leurs engagements.",
    "Other branches within AKTO's scope may join through an amendment that formalises their commitments."
  ],
  // Les partenaires
  [
    "par#1",
    "fact",
    "L'UNML, association loi 1901 créée en 2003, représente les missions locales et est le syndicat d'employeurs de leur branche (environ 15 000 salariés).",
    "UNML, a 1901-law association founded in 2003, represents the missions locales and is the employers' body of their branch (about 15,000 employees)."
  ],
  [
    "par#2",
    "fact",
    "432 missions locales, plus de 1,3 million de jeunes par an, 6 800 lieux d'accueil ; membres du service public de l'emploi et opérateurs du CEP.",
    "432 missions locales, over 1.3 million young people a year, 6,800 reception sites; part of the public employment service and CEP operators."
  ],
  [
    "par#3",
    "context",
    "Les missions locales accueillent, informent, orientent et accompagnent vers l'insertion, y compris sur la formation, la santé, le logement, les droits, la culture, le sport et les loisirs.",
    "Missions locales receive, inform, guide and support young people towards integration, including training, health, housing, rights, culture, sport and leisure."
  ],
  [
    "par#4",
    "context",
    "L'accompagnement s'inscrit dans le PACEA et, depuis le 1er mars 2022, dans le CEJ.",
    "Support takes place within PACEA and, since 1 March 2022, within the CEJ."
  ],
  [
    "par#5",
    "context",
    "Trois principes d'action : accès de tous aux 6 800 lieux d'accueil, co-construction du parcours, sécurisation des parcours par l'assemblage des acteurs locaux.",
    "Three principles: access for all in the 6,800 sites, co-building the pathway, securing pathways by bringing local actors together."
  ],
  [
    "par#6",
    "context",
    "Les ARML organisent les partenariats au travers de leurs programmes régionaux d'appui aux missions locales.",
    "ARMLs organise partnerships through their regional support programmes for missions locales."
  ],
  [
    "par#7",
    "fact",
    "AKTO est opérateur de compétences agréé depuis le 1er avril 2019 ; il développe la formation et l'alternance, accompagne entreprises et branches, favorise les synergies et cofinance avec les pouvoirs publics.",
    "AKTO is a skills operator approved from 1 April 2019; it develops training and work-study, supports companies and branches, fosters synergies and co-finances with public authorities."
  ],
  [
    "par#8",
    "fact",
    "Champ national DROM compris, 27 branches ; délégataire d'ATLAS et 2I en Martinique, Guadeloupe, Guyane et à La Réunion ; opérateur à Mayotte, Saint-Barthélemy, Saint-Martin et Saint-Pierre-et-Miquelon.",
    "National scope including overseas départements, 27 branches; delegate of ATLAS and 2I in Martinique, Guadeloupe, Guyane and La Réunion; operator in Mayotte, Saint-Barthélemy, Saint-Martin and Saint-Pierre-et-Miquelon."
  ],
  [
    "par#9",
    "fact",
    "AKTO : 333 000 entreprises adhérentes, 3,6 millions de salariés, 128 000 contrats d'alternance financés, 617 000 salariés formés.",
    "AKTO: 333,000 member companies, 3.6 million employees, 128,000 work-study contracts funded, 617,000 employees trained."
  ],
  // Article 1
  [
    "a1#1",
    "objective",
    "Créer un cadre de coopération territoriale entre État, branches, missions locales, ARML et équipes d'AKTO pour l'insertion durable des jeunes et les besoins de recrutement des entreprises.",
    "Set up a framework of territorial cooperation between State services, branches, missions locales, ARMLs and AKTO's teams for young people's lasting integration and companies' hiring needs."
  ],
  [
    "a1#2",
    "objective",
    "Contribuer à la connaissance mutuelle des partenaires, à la définition des engagements de chacun et à la fourniture d'outils par type d'action.",
    "Contribute to partners' mutual knowledge, to defining each actor's commitments, and to providing tools per type of action."
  ],
  // Article 2
  [
    "a2#1",
    "objective",
    "Promouvoir les métiers et parcours des secteurs qui recrutent et faire rencontrer leurs professionnels.",
    "Promote the trades and careers of hiring sectors and let young people meet their professionals."
  ],
  [
    "a2#2",
    "objective",
    "Qualifier les jeunes selon les besoins des entreprises et les perspectives locales, par l'alternance et la formation.",
    "Qualify young people for companies' needs and local prospects, through work-study and training."
  ],
  [
    "a2#3",
    "objective",
    "Expérimenter des ingénieries d'accompagnement et de formation qui sécurisent l'entrée en formation et en emploi.",
    "Try out support and training designs that secure entry into training and employment."
  ],
  [
    "a2#4",
    "objective",
    "Offrir aux jeunes une première expérience professionnelle dans les secteurs des branches engagées.",
    "Give young people a first work experience in the committed branches' sectors."
  ],
  // Article 3
  [
    "a3#1",
    "commitment",
    "Chaque signataire informe son réseau de la signature de l'accord et de ses annexes.",
    "Each signatory tells its network that the agreement and its annexes were signed."
  ],
  ["a3#2", "commitment", "Chaque partie signataire désigne un référent.", "Each signatory party names a referent."],
  [
    "a3#3",
    "commitment",
    "Partager, dans un diagnostic territorial entre missions locales, entreprises et services de l'État, les informations sur les besoins en compétences des entreprises des bassins d'emploi et sur les besoins et projets des jeunes.",
    "Share, in a territorial diagnosis between missions locales, companies and State services, information on the skills needs of companies per employment area and on young people's needs and plans."
  ],
  [
    "a3#4",
    "commitment",
    "Articuler les interventions pour assurer la continuité des parcours grâce à l'offre de services partenariale.",
    "Coordinate interventions so that pathways stay continuous through the partners' joint service offer."
  ],
  [
    "a3#5",
    "commitment",
    "Prévenir les autres signataires avant toute communication sur l'accord ou ses actions.",
    "Inform the other signatories before any communication about the agreement or its actions."
  ],
  [
    "a3#6",
    "commitment",
    "Favoriser la capitalisation et la diffusion des bonnes pratiques.",
    "Foster the capture and spread of good practices."
  ],
  // Article 3.1
  [
    "a3.1#1",
    "commitment",
    "Le ministère mobilise ses services déconcentrés (DREETS, DEETS) pour mettre en œuvre les actions et suivre leur réalisation.",
    "The ministry mobilises its regional services (DREETS, DEETS) to carry out the actions and follow their completion."
  ],
  [
    "a3.1#2",
    "commitment",
    "Le ministère recourt aux outils de la politique de l'emploi selon les besoins du parcours, pour renforcer l'employabilité et l'accès des jeunes à l'emploi et à la qualification.",
    "The ministry uses employment-policy tools as the pathway requires, to strengthen young people's employability and their access to employment and qualification."
  ],
  [
    "a3.1#3",
    "commitment",
    "Le ministère soutient et décline l'accord au niveau territorial.",
    "The ministry supports the agreement and rolls it out locally."
  ],
  // Article 3.2
  [
    "a3.2#1",
    "commitment",
    "L'UNML incite les ARML à intégrer l'accord dans leurs programmes régionaux.",
    "UNML encourages ARMLs to build the agreement into their regional programmes."
  ],
  [
    "a3.2#2",
    "commitment",
    "L'UNML encourage les missions locales à relier l'accompagnement des jeunes aux besoins des entreprises des branches engagées.",
    "UNML encourages missions locales to link youth support to the needs of the committed branches' companies."
  ],
  [
    "a3.2#3",
    "commitment",
    "L'UNML valorise auprès des missions locales et des ARML les initiatives partenariales d'insertion.",
    "UNML showcases partnership initiatives for integration to missions locales and ARMLs."
  ],
  // Article 3.3
  [
    "a3.3#1",
    "commitment",
    "AKTO informe entreprises et missions locales sur l'accord et sur les outils et services des branches.",
    "AKTO informs companies and missions locales about the agreement and the branches' tools and services."
  ],
  [
    "a3.3#2",
    "commitment",
    "AKTO met en relation entreprises, missions locales et partenaires locaux de l'emploi et de la formation autour de projets.",
    "AKTO connects companies, missions locales and local employment and training partners around projects."
  ],
  [
    "a3.3#3",
    "commitment",
    "AKTO communique la programmation des POEC des entreprises des branches.",
    "AKTO publicises the POEC sessions programmed for the branches' companies."
  ],
  [
    "a3.3#4",
    "commitment",
    "AKTO accompagne la réalisation et le suivi des actions avec les missions locales, selon des indicateurs fixés au premier comité national.",
    "AKTO supports carrying out and following up actions with missions locales, against indicators the first national committee sets."
  ],
  [
    "a3.3#5",
    "commitment",
    "AKTO valorise les actions et communique sur leurs effets.",
    "AKTO promotes the actions and communicates on their impact."
  ],
  [
    "a3.3#6",
    "fact",
    "La présentation des branches et leurs engagements propres figurent dans le document d'orientation (annexe 1).",
    "The branches' presentation and own commitments are set out in the orientation document (annex 1)."
  ],
  [
    "a3.3#7",
    "rule",
    "Les engagements prennent la forme de fiches actions de huit types, de l'interconnaissance des acteurs au parrainage vers et dans l'emploi.",
    "Commitments take the form of action sheets of eight types, from partners getting to know each other to mentoring into and in employment."
  ],
  // Article 4
  [
    "a4#1",
    "rule",
    "Un comité national assure suivi et pilotage, sur la base des bilans transmis par les correspondants de chaque signataire.",
    "A national committee follows up and steers, based on reports from each signatory's correspondents."
  ],
  [
    "a4#2",
    "rule",
    "Le comité national réunit DGEFP, UNML, branches signataires et AKTO.",
    "The national committee brings together the DGEFP, UNML, the signatory branches and AKTO."
  ],
  [
    "a4#3",
    "rule",
    "Le comité national se réunit au moins deux fois par an.",
    "The national committee meets at least twice a year."
  ],
  [
    "a4#4",
    "rule",
    "Le comité fait réussir les actions locales et produit un rapport annuel selon les indicateurs du premier comité, un tableau de suivi de l'insertion (CDD, CDI, alternance), une communication sur les résultats et l'évaluation finale.",
    "The committee helps local actions succeed and produces an annual report against the first committee's indicators, a tracking table of entries into employment (CDD, CDI, work-study), communication on results and the final evaluation."
  ],
  // Article 4.1
  [
    "a4.1#1",
    "rule",
    "Les signataires animent le pilotage régional par des correspondants désignés.",
    "Signatories drive regional steering through designated correspondents."
  ],
  [
    "a4.1#2",
    "rule",
    "Chaque année, la DREETS réunit un comité de pilotage des représentants régionaux désignés, qui y rendent compte de la capitalisation.",
    "Every year the DREETS convenes a steering committee of the designated regional representatives, who report there on what was learned."
  ],
  // Article 5
  [
    "a5#1",
    "rule",
    "Hors communication prévue par l'accord, les signataires gardent confidentielles, pendant et après l'accord, les données personnelles auxquelles ils accèdent, sous toute forme.",
    "Apart from communication made under the agreement, signatories keep confidential, during and after it, the personal data they access, in any form."
  ],
  // Article 6
  [
    "a6#1",
    "fact",
    "Les annexes font partie de l'accord : 1 engagements des branches, 2 fiches actions, 3 référents nationaux et régionaux.",
    "The annexes are part of the agreement: 1 branch commitments, 2 action sheets, 3 national and regional referents."
  ],
  // Article 7
  [
    "a7#1",
    "rule",
    "L'accord prend effet à sa signature pour trois ans.",
    "The agreement takes effect on signature, for three years."
  ],
  ["a7#2", "rule", "L'accord peut être modifié par avenant.", "The agreement may be changed by amendment."],
  [
    "a7#3",
    "rule",
    "Tout signataire peut y mettre fin par lettre recommandée avec accusé de réception à toutes les autres parties, sans remettre en cause les actions en cours.",
    "Any signatory may end it by registered letter with acknowledgement of receipt to all other parties, without affecting actions under way."
  ],
  [
    "a7#4",
    "rule",
    "La résiliation prend effet trois mois après la réception de la décision.",
    "Termination takes effect three months after the decision is received."
  ],
  // Signature
  [
    "sig#1",
    "fact",
    "Signé à Paris le 16 septembre 2024, en trois exemplaires, un par signataire.",
    "Signed in Paris on 16 September 2024, in three copies, one per signatory."
  ],
  [
    "sig#2",
    "fact",
    "Le ministère, représenté par le délégué général à l'emploi et à la formation professionnelle, signe P/O par un chef de service, adjoint au délégué général.",
    "The ministry, represented by the délégué général à l'emploi et à la formation professionnelle, signs by delegation (P/O) through a chef de service, deputy to the délégué général."
  ],
  [
    "sig#3",
    "fact",
    "L'UNML, représentée par son président, signe P/O par un membre du bureau, président de la Mission Locale de Paris.",
    "UNML, represented by its president, signs by delegation (P/O) through a bureau member who chairs the Mission Locale de Paris."
  ],
  [
    "sig#4",
    "fact",
    "AKTO est représenté par son président et son vice-président.",
    "AKTO is represented by its president and its vice-president."
  ]
] as const satisfies ReadonlyArray<Entry>

/** A clause id of the 2024 agreement. */
export type ClauseId2024 = (typeof entries)[number][0]

/** The clauses of the 2024 agreement, in the order of the text. */
export const clauses: ReadonlyArray<{ readonly id: ClauseId2024; readonly kind: Kind; readonly summary: Bilingual }> =
  entries.map(([id, kind, fr, en]) => ({ id, kind, summary: { fr, en } }))
