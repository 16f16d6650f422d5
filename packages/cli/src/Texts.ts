/**
 * The words of the `accord-jeunes` command line that are not diagnostics: help, headings, notes.
 * French and English; diagnostics are in `Codes` (and the other packages' catalogues).
 *
 * @since 0.3.0
 */
import { Catalogue } from "@accord-jeunes/domain"
import type { Lang } from "./Io.js"

const pick = (lang: Lang, fr: string, en: string): string => (lang === "fr" ? fr : en)

// --- help ------------------------------------------------------------------------------------

/** The top-level help. @since 0.3.0 */
export const usage = (lang: Lang): string =>
  pick(
    lang,
    `
accord-jeunes COMMANDE [options]        (--help après chaque commande)

  validate    valider des fichiers de données (JSON, NDJSON, CSV)
  agreement   l'accord en vigueur à une date, avec les codes à écrire dans les fichiers
  report      rapport annuel et tableau de suivi de l'insertion
  governance  constats de gouvernance (comités, référents)
  schema      schémas JSON Schema et Table Schema des enregistrements
  trace       les clauses de l'accord
  plugin      new | check : plugins de branche

  --lang en   messages en anglais (--lang=en aussi) ; français par défaut
  --version   version de la commande

Chaque message d'erreur finit par son code entre crochets, expliqué dans ${docsPage}.
`,
    `
accord-jeunes COMMAND [options]         (--help after each command)

  validate    validate data files (JSON, NDJSON, CSV)
  agreement   the agreement in force on a date, with the codes to write in files
  report      the annual report and the tracking table
  governance  governance findings (committees, referents)
  schema      the records' JSON Schema and Table Schema
  trace       the agreement's clauses
  plugin      new | check: branch plugins

  --lang en   messages in English (also --lang=en); French by default
  --version   the command's version

Each error message ends with its code in brackets, explained in ${docsPage}.
`
  )

const actHelp = (lang: Lang): string =>
  pick(
    lang,
    `
  --act F              un acte (avenant, décision, résiliation) : module ou document JSON ; répétable
  --config F           fichier de projet listant les actes (défaut : ./accord-jeunes.config.json s'il existe)
  --no-config          ignorer ./accord-jeunes.config.json`,
    `
  --act F              an act (amendment, decision, termination): module or JSON document; repeatable
  --config F           project file listing the acts (default: ./accord-jeunes.config.json when present)
  --no-config          ignore ./accord-jeunes.config.json`
  )

/** `validate --help`. @since 0.3.0 */
export const validateHelp = (lang: Lang, kinds: ReadonlyArray<string>): string =>
  pick(
    lang,
    `
accord-jeunes validate FICHIER... [options]

Valide des fichiers JSON, NDJSON ou CSV (« - » lit l'entrée standard) contre les schémas des
enregistrements et l'accord en vigueur à la date de chaque enregistrement.

  --kind K             type des enregistrements quand le fichier ne le dit pas (${kinds.join(", ")})
  --format text|json   format du rapport (text)
  --lang fr|en         langue des messages (fr)
  --as-of DATE         vérifier contre l'accord en vigueur ce jour-là
  --accepted F         écrire les enregistrements acceptés (NDJSON)
  --rejects F          écrire les rejets (CSV) : une ligne par enregistrement, ses problèmes et son
                       texte tel que lu, à corriger et renvoyer ; ce fichier reste chez vous
  --encoding E         utf-8 | windows-1252 (détecté)
  --delimiter D        ";" | "," | "tab" (détecté)${actHelp(lang)}

Code de sortie : 0 valide, 1 enregistrement rejeté, 2 erreur d'usage ou de lecture.
`,
    `
accord-jeunes validate FILE... [options]

Validates JSON, NDJSON or CSV files ("-" reads standard input) against the record schemas and
the agreement in force on each record's date.

  --kind K             record kind when the file does not say (${kinds.join(", ")})
  --format text|json   report format (text)
  --lang fr|en         message language (fr)
  --as-of DATE         check against the agreement in force on that day
  --accepted F         write the accepted records (NDJSON)
  --rejects F          write the rejects (CSV): one row per record, its problems and its text as
                       read, to fix and send back; this file stays with you
  --encoding E         utf-8 | windows-1252 (detected)
  --delimiter D        ";" | "," | "tab" (detected)${actHelp(lang)}

Exit code: 0 valid, 1 a record rejected, 2 usage or read error.
`
  )

/** `agreement --help`. @since 0.3.0 */
export const agreementHelp = (lang: Lang): string =>
  pick(
    lang,
    `
accord-jeunes agreement [--as-of DATE] [--json] [--act F...] [--config F] [--lang fr|en]

Affiche l'accord en vigueur à une date (aujourd'hui, à Paris, par défaut) : statut, parties,
branches et leurs IDCC, types d'actions, gouvernance, décisions attendues. Chaque élément est
donné avec le code à écrire dans les fichiers ; --json dit aussi quel acte l'a apporté.
${actHelp(lang)}
`,
    `
accord-jeunes agreement [--as-of DATE] [--json] [--act F...] [--config F] [--lang fr|en]

Prints the agreement in force on a date (today, in Paris, by default): status, parties, branches
and their IDCC, action types, governance, pending decisions. Each element comes with the code to
write in files; --json also says which act brought it in.
${actHelp(lang)}
`
  )

/** `report --help`. @since 0.3.0 */
export const reportHelp = (lang: Lang): string =>
  pick(
    lang,
    `
accord-jeunes report FICHIER... [options]

Rapport annuel du comité national de pilotage et tableau de suivi de l'insertion, à partir des
enregistrements valides des fichiers (les rejets sont comptés et signalés).

  --format markdown|html|json|csv   (markdown)
  --by DIMENSIONS                   branch,region,action-type,period (branch)
  --agreement-year N | --year N     période : année N de l'accord ou année civile N, dans la durée de l'accord
                                    (défaut : la dernière année de l'accord terminée au jour du rapport,
                                    sinon celle en cours)
  --as-of DATE                      jour du rapport (aujourd'hui, à Paris)
  --threshold N                     seuil de secret statistique (11)
  --output F                        écrire dans F
  --explain                         comment chaque colonne est calculée (markdown)
  --lang fr|en${actHelp(lang)}
`,
    `
accord-jeunes report FILE... [options]

The national steering committee's annual report and tracking table, from the valid records of
the files (rejected ones are counted and reported).

  --format markdown|html|json|csv   (markdown)
  --by DIMENSIONS                   branch,region,action-type,period (branch)
  --agreement-year N | --year N     period: agreement year N or calendar year N, within the agreement's term
                                    (default: the last agreement year ended on the report day, else the
                                    one under way)
  --as-of DATE                      report day (today, in Paris)
  --threshold N                     disclosure threshold (11)
  --output F                        write to F
  --explain                         how each column is computed (markdown)
  --lang fr|en${actHelp(lang)}
`
  )

/** `governance --help`. @since 0.3.0 */
export const governanceHelp = (lang: Lang): string =>
  pick(
    lang,
    `
accord-jeunes governance FICHIER... [--agreement-year N | --year N] [--as-of DATE] [--json] [--act F...] [--lang fr|en]

Constats de gouvernance (réunions, composition, productions, comités régionaux, référents) à
partir des réunions et désignations des fichiers.

  --agreement-year N | --year N     période : année N de l'accord ou année civile N, dans la durée de l'accord
                                    (défaut : la dernière année de l'accord terminée au jour des constats,
                                    sinon celle en cours)
  --as-of DATE                      jour des constats (aujourd'hui, à Paris)
  --json                            constats en JSON
  --lang fr|en${actHelp(lang)}

Code de sortie : 0 sans manquement, 1 une règle manquée sur une période terminée, 2 erreur d'usage.
`,
    `
accord-jeunes governance FILE... [--agreement-year N | --year N] [--as-of DATE] [--json] [--act F...] [--lang fr|en]

Governance findings (meetings, composition, outputs, regional committees, referents) from the
meetings and designations in the files.

  --agreement-year N | --year N     period: agreement year N or calendar year N, within the agreement's term
                                    (default: the last agreement year ended on the day of the findings, else
                                    the one under way)
  --as-of DATE                      day of the findings (today, in Paris)
  --json                            findings as JSON
  --lang fr|en${actHelp(lang)}

Exit code: 0 no rule missed, 1 a rule missed in a period that has ended, 2 usage error.
`
  )

/** `schema --help`. @since 0.3.0 */
export const schemaHelp = (lang: Lang): string =>
  pick(
    lang,
    `
accord-jeunes schema [NOM] [--dialect 2020-12|draft-07] [--table] [--lang fr|en]

Affiche un schéma (JSON Schema, ou Table Schema avec --table), ou la liste des schémas.
`,
    `
accord-jeunes schema [NAME] [--dialect 2020-12|draft-07] [--table] [--lang fr|en]

Prints a schema (JSON Schema, or Table Schema with --table), or the list of schemas.
`
  )

/** `trace --help`. @since 0.3.0 */
export const traceHelp = (lang: Lang): string =>
  pick(
    lang,
    `
accord-jeunes trace [--json] [--as-of DATE] [--lang fr|en]

Les clauses de l'accord, avec leur article et leur rédaction en vigueur à une date.
${actHelp(lang)}
`,
    `
accord-jeunes trace [--json] [--as-of DATE] [--lang fr|en]

The agreement's clauses, with their article and wording in force on a date.
${actHelp(lang)}
`
  )

/** `plugin --help`. @since 0.3.0 */
export const pluginHelp = (lang: Lang): string =>
  pick(
    lang,
    `
accord-jeunes plugin new DOSSIER --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...]
accord-jeunes plugin check CIBLE

new    écrit un paquet de plugin de branche conforme (accord-jeunes plugin new --help)
check  vérifie les plugins d'un module
       CIBLE : un fichier, un dossier de paquet (. par exemple) ou un nom de paquet ;
       l'export « plugin », sinon chaque export créé par defineBranchPlugin

Code de sortie : 0 conforme, 1 non conforme, 2 erreur d'usage.
`,
    `
accord-jeunes plugin new DIRECTORY --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...]
accord-jeunes plugin check TARGET

new    writes a conforming branch plugin package (accord-jeunes plugin new --help)
check  checks the plugins of a module
       TARGET: a file, a package directory (e.g. .) or a package name;
       the "plugin" export, otherwise every export made by defineBranchPlugin

Exit code: 0 conforming, 1 not conforming, 2 usage error.
`
  )

// --- what the commands say -------------------------------------------------------------------

/**
 * The page that explains every code, where the codes ending diagnostic lines are looked up.
 *
 * @since 0.3.0
 */
export const docsPage: string = Catalogue.docsUrl("usage.command-unknown").replace(/#.*$/u, "")

/**
 * The line that ends a report with diagnostics: where their codes are explained.
 *
 * @since 0.3.0
 */
export const codesExplained = (lang: Lang): string =>
  pick(lang, `Codes expliqués : ${docsPage}`, `Codes explained: ${docsPage}`)

/** The acts given do not compose the agreement: the heading of their problems. @since 0.3.0 */
export const actsDoNotCompose = {
  fr: "Les actes ne composent pas l'accord :",
  en: "The acts do not compose the agreement:"
}

/** A project file was read. @since 0.3.0 */
export const projectFile = (lang: Lang, file: string, sources: number): string =>
  pick(
    lang,
    `Fichier de projet : ${file} (${sources} source(s) d'actes ; --no-config pour l'ignorer)`,
    `Project file: ${file} (${sources} act source(s); --no-config to ignore it)`
  )

/** Records rejected are not in the report. @since 0.3.0 */
export const rejectedLeftOut = (lang: Lang, rejected: number): string =>
  pick(
    lang,
    `${rejected} enregistrement(s) rejeté(s) n'entrent pas dans le rapport (voir accord-jeunes validate)`,
    `${rejected} rejected record(s) left out of the report (see accord-jeunes validate)`
  )

/** An option's name before the diagnostic about its value. @since 0.3.0 */
export const optionProblem = (lang: Lang, option: string, diagnostic: string): string =>
  pick(lang, `${option} : ${diagnostic}`, `${option}: ${diagnostic}`)

/** Which export of a module a conformance report is about. @since 0.3.0 */
export const exportChecked = (lang: Lang, name: string, subject: string): string =>
  pick(lang, `export ${name} : ${subject}`, `export ${name}: ${subject}`)

// --- agreement ------------------------------------------------------------------------------------

/** The headings and lines of `accord-jeunes agreement`. @since 0.3.0 */
export const agreement = {
  lastDay: (lang: Lang, day: string) => pick(lang, `Dernier jour : ${day}`, `Last day: ${day}`),
  parties: (lang: Lang) => pick(lang, "Parties signataires (code : nom) :", "Signatory parties (code: name):"),
  branches: (lang: Lang) =>
    pick(lang, "Branches (code : nom, conventions collectives) :", "Branches (code: name, collective agreements):"),
  actionTypes: (lang: Lang) => pick(lang, "Types d'actions (code : libellé) :", "Action types (code: label):"),
  meetings: (lang: Lang, name: string, minimum: number) =>
    pick(lang, `${name} : au moins ${minimum} réunions par an`, `${name}: at least ${minimum} meetings a year`),
  pending: (lang: Lang, subject: string) =>
    pick(lang, `Décision attendue : ${subject}`, `Pending decision: ${subject}`),
  acts: (lang: Lang) => pick(lang, "Actes appliqués :", "Acts applied:"),
  termination: (
    lang: Lang,
    t: {
      readonly requestedBy: string
      readonly requestDate: string
      readonly lastReceipt: string
      readonly lastDay: string
    }
  ) =>
    pick(
      lang,
      `Résiliation demandée par ${t.requestedBy} le ${t.requestDate}, reçue de tous le ${t.lastReceipt} : dernier jour le ${t.lastDay} (clauses a7#3, a7#4)`,
      `Termination asked by ${t.requestedBy} on ${t.requestDate}, received by all on ${t.lastReceipt}: last day ${t.lastDay} (clauses a7#3, a7#4)`
    ),
  requestWithoutEffect: (lang: Lang, by: string, date: string, reasons: ReadonlyArray<string>) =>
    pick(
      lang,
      `Demande de résiliation de ${by} du ${date} sans effet : ${reasons.join(" ; ")}`,
      `Termination request by ${by} of ${date} has no effect: ${reasons.join("; ")}`
    )
} as const

// --- governance -----------------------------------------------------------------------------------

/** The lines of `accord-jeunes governance`. @since 0.3.0 */
export const governance = {
  period: (lang: Lang, label: string, start: string, end: string, asOf: string) =>
    pick(
      lang,
      `Période : ${label} [${start} → ${end}], constats au ${asOf}`,
      `Period: ${label} [${start} → ${end}], findings as of ${asOf}`
    ),
  summary: (lang: Lang, errors: number, warnings: number) =>
    pick(lang, `${errors} manquement(s), ${warnings} alerte(s)`, `${errors} error(s), ${warnings} warning(s)`)
} as const

/** The count of a progress bar. @since 0.3.0 */
export const records = (lang: Lang, count: number): string =>
  pick(lang, `${count} enregistrement(s)`, `${count} record(s)`)
