/**
 * The words of the `accord-jeunes` command line that are not diagnostics: help, headings, notes.
 * French and English; diagnostics are in `Codes` (and the other packages' catalogues).
 *
 * @since 0.3.0
 */
import { Catalogue } from "@accord-jeunes/domain"
import type { Lang } from "./Io.js"

const pick = (lang: Lang, fr: string, en: string): string => (lang === "fr" ? fr : en)

/**
 * The page that explains every code, where the codes ending diagnostic lines are looked up.
 *
 * @since 0.3.0
 */
export const docsPage: string = Catalogue.docsUrl("usage.command-unknown").replace(/#.*$/u, "")

// --- help ------------------------------------------------------------------------------------
// Each command's help, in the shape `CommandLine.formatHelp` lays out: the line in its parent's
// list (`short`), what it does (`description`), its arguments and options, its notes (exit codes).

/** An option's help: the name of its value (none for a switch) and what it does. @since 0.4.0 */
export interface OptionHelp {
  readonly metavar?: string
  readonly text: string
}

/** An argument's help: its name and what it is. @since 0.4.0 */
export interface ArgumentHelp {
  readonly name: string
  readonly text: string
}

const fr = {
  root: {
    synopsis: "COMMANDE [options]        (--help après chaque commande)",
    notes: `Chaque message d'erreur finit par son code entre crochets, expliqué dans ${docsPage}.`
  },
  acts: {
    act: {
      metavar: "F",
      text: "un acte (avenant, décision, résiliation) : module ou document JSON ; répétable"
    },
    config: {
      metavar: "F",
      text: "fichier de projet listant les actes (défaut : ./accord-jeunes.config.json s'il existe)"
    },
    noConfig: { text: "ignorer ./accord-jeunes.config.json" }
  } satisfies Record<string, OptionHelp>,
  asOf: { metavar: "DATE", text: "vérifier contre l'accord en vigueur ce jour-là (aujourd'hui, à Paris)" },
  validate: {
    short: "valider des fichiers de données (JSON, NDJSON, CSV, classeur Excel)",
    description:
      "Valide des fichiers JSON, NDJSON, CSV ou des classeurs Excel .xlsx (une feuille par type d'enregistrement, ou une colonne kind ; « - » lit l'entrée standard) contre les schémas des enregistrements et l'accord en vigueur à la date de chaque enregistrement.",
    notes:
      "Code de sortie : 0 valide, 1 données refusées (un enregistrement rejeté, ou un fichier qui ne se lit pas comme des données : binaire, vide, classeur illisible), 2 erreur d'usage ou fichier impossible à ouvrir.",
    files: { name: "FICHIER", text: "un fichier JSON, NDJSON, CSV ou .xlsx ; « - » lit l'entrée standard" },
    kind: (kinds: ReadonlyArray<string>): OptionHelp => ({
      metavar: "K",
      text: `type des enregistrements quand le fichier ne le dit pas : ${kinds.join(", ")}`
    }),
    format: { text: "format du rapport (text)" },
    accepted: { metavar: "F", text: "écrire les enregistrements acceptés (NDJSON)" },
    rejects: {
      metavar: "F",
      text: "écrire les rejets (CSV) : une ligne par enregistrement, ses problèmes et son texte tel que lu, à corriger et renvoyer ; ce fichier reste chez vous"
    },
    encoding: { metavar: "E", text: "utf-8 | windows-1252 (détecté)" },
    delimiter: { metavar: "D", text: '";" | "," | "tab" (détecté)' }
  },
  agreement: {
    short: "l'accord en vigueur à une date, avec les codes à écrire dans les fichiers",
    description:
      "Affiche l'accord en vigueur à une date (aujourd'hui, à Paris, par défaut) : statut, parties, branches et leurs IDCC, types d'actions, gouvernance, décisions attendues. Chaque élément est donné avec le code à écrire dans les fichiers ; --json dit aussi quel acte l'a apporté.",
    asOf: { metavar: "DATE", text: "le jour de l'accord affiché (aujourd'hui, à Paris)" },
    json: { text: "l'accord en JSON, chaque élément avec l'acte qui l'a apporté" }
  },
  period: {
    agreementYear: {
      metavar: "N",
      text: "période : l'année N de l'accord (défaut : la dernière année de l'accord terminée au jour dit, sinon celle en cours)"
    },
    year: { metavar: "N", text: "période : l'année civile N, dans la durée de l'accord (exclut --agreement-year)" }
  },
  report: {
    short: "rapport annuel et tableau de suivi de l'insertion",
    description:
      "Rapport annuel du comité national de pilotage et tableau de suivi de l'insertion, à partir des enregistrements valides des fichiers (les rejets sont comptés et signalés).",
    notes: "Code de sortie : 0 rapport écrit, 2 erreur d'usage ou de lecture (une période hors de l'accord aussi).",
    files: { name: "FICHIER", text: "un fichier de données (JSON, NDJSON, CSV, .xlsx) ; « - » lit l'entrée standard" },
    format: { text: "format du rapport (markdown) ; xlsx écrit un classeur, avec --output" },
    by: { metavar: "DIMENSIONS", text: "branch,region,action-type,period (branch)" },
    asOf: { metavar: "DATE", text: "jour du rapport (aujourd'hui, à Paris)" },
    threshold: { metavar: "N", text: "seuil de secret statistique (11)" },
    output: { metavar: "F", text: "écrire dans F plutôt que sur la sortie standard" },
    explain: { text: "comment chaque colonne est calculée (markdown)" }
  },
  governance: {
    short: "constats de gouvernance (comités, référents)",
    description:
      "Constats de gouvernance (réunions, composition, productions, comités régionaux, référents) à partir des réunions et désignations des fichiers.",
    notes: "Code de sortie : 0 sans manquement, 1 une règle manquée sur une période terminée, 2 erreur d'usage.",
    files: { name: "FICHIER", text: "un fichier de données ; « - » lit l'entrée standard" },
    asOf: { metavar: "DATE", text: "jour des constats (aujourd'hui, à Paris)" },
    json: { text: "constats en JSON" }
  },
  schema: {
    short: "schémas JSON Schema et Table Schema des enregistrements",
    description: "Affiche un schéma (JSON Schema, ou Table Schema avec --table), ou la liste des schémas.",
    name: { name: "NOM", text: "le schéma à afficher ; sans nom, la liste" },
    dialect: { text: "version de JSON Schema (2020-12)" },
    table: { text: "le Table Schema (la forme CSV) plutôt que le JSON Schema" }
  },
  trace: {
    short: "les clauses de l'accord",
    description: "Les clauses de l'accord, avec leur article et leur rédaction en vigueur à une date.",
    asOf: { metavar: "DATE", text: "le jour de la rédaction affichée (aujourd'hui, à Paris)" },
    json: { text: "les clauses en JSON" }
  },
  plugin: {
    short: "new | check : plugins de branche",
    description: "Écrit le paquet d'un plugin de branche, ou vérifie les plugins d'un module.",
    notes: "Code de sortie : 0 conforme, 1 non conforme, 2 erreur d'usage."
  },
  check: {
    short: "vérifier les plugins d'un module",
    description:
      "Vérifie les plugins d'un module : l'export « plugin », sinon chaque export créé par defineBranchPlugin ; chaque thème du kit de conformité, réussi, manqué ou non vérifié.",
    notes: "Code de sortie : 0 conforme, 1 non conforme, 2 erreur d'usage.",
    target: { name: "CIBLE", text: "un fichier, un dossier de paquet (. par exemple) ou un nom de paquet" }
  }
}

const en: typeof fr = {
  root: {
    synopsis: "COMMAND [options]         (--help after each command)",
    notes: `Each error message ends with its code in brackets, explained in ${docsPage}.`
  },
  acts: {
    act: { metavar: "F", text: "an act (amendment, decision, termination): module or JSON document; repeatable" },
    config: { metavar: "F", text: "project file listing the acts (default: ./accord-jeunes.config.json when present)" },
    noConfig: { text: "ignore ./accord-jeunes.config.json" }
  },
  asOf: { metavar: "DATE", text: "check against the agreement in force on that day (today, in Paris)" },
  validate: {
    short: "validate data files (JSON, NDJSON, CSV, Excel workbook)",
    description:
      'Validates JSON, NDJSON, CSV files or Excel .xlsx workbooks (a sheet per record kind, or a kind column; "-" reads standard input) against the record schemas and the agreement in force on each record\'s date.',
    notes:
      "Exit code: 0 valid, 1 data refused (a record rejected, or a file that does not read as data: binary, empty, unreadable workbook), 2 usage error or a file that cannot be opened.",
    files: { name: "FILE", text: 'a JSON, NDJSON, CSV or .xlsx file; "-" reads standard input' },
    kind: (kinds: ReadonlyArray<string>): OptionHelp => ({
      metavar: "K",
      text: `record kind when the file does not say: ${kinds.join(", ")}`
    }),
    format: { text: "report format (text)" },
    accepted: { metavar: "F", text: "write the accepted records (NDJSON)" },
    rejects: {
      metavar: "F",
      text: "write the rejects (CSV): one row per record, its problems and its text as read, to fix and send back; this file stays with you"
    },
    encoding: { metavar: "E", text: "utf-8 | windows-1252 (detected)" },
    delimiter: { metavar: "D", text: '";" | "," | "tab" (detected)' }
  },
  agreement: {
    short: "the agreement in force on a date, with the codes to write in files",
    description:
      "Prints the agreement in force on a date (today, in Paris, by default): status, parties, branches and their IDCC, action types, governance, pending decisions. Each element comes with the code to write in files; --json also says which act brought it in.",
    asOf: { metavar: "DATE", text: "the day of the agreement shown (today, in Paris)" },
    json: { text: "the agreement as JSON, each element with the act that brought it in" }
  },
  period: {
    agreementYear: {
      metavar: "N",
      text: "period: agreement year N (default: the last agreement year ended on the day given, else the one under way)"
    },
    year: { metavar: "N", text: "period: calendar year N, within the agreement's term (excludes --agreement-year)" }
  },
  report: {
    short: "the annual report and the tracking table",
    description:
      "The national steering committee's annual report and tracking table, from the valid records of the files (rejected ones are counted and reported).",
    notes: "Exit code: 0 report written, 2 usage or read error (a period outside the agreement too).",
    files: { name: "FILE", text: 'a data file (JSON, NDJSON, CSV, .xlsx); "-" reads standard input' },
    format: { text: "report format (markdown); xlsx writes a workbook, with --output" },
    by: { metavar: "DIMENSIONS", text: "branch,region,action-type,period (branch)" },
    asOf: { metavar: "DATE", text: "report day (today, in Paris)" },
    threshold: { metavar: "N", text: "disclosure threshold (11)" },
    output: { metavar: "F", text: "write to F instead of standard output" },
    explain: { text: "how each column is computed (markdown)" }
  },
  governance: {
    short: "governance findings (committees, referents)",
    description:
      "Governance findings (meetings, composition, outputs, regional committees, referents) from the meetings and designations in the files.",
    notes: "Exit code: 0 no rule missed, 1 a rule missed in a period that has ended, 2 usage error.",
    files: { name: "FILE", text: 'a data file; "-" reads standard input' },
    asOf: { metavar: "DATE", text: "day of the findings (today, in Paris)" },
    json: { text: "findings as JSON" }
  },
  schema: {
    short: "the records' JSON Schema and Table Schema",
    description: "Prints a schema (JSON Schema, or Table Schema with --table), or the list of schemas.",
    name: { name: "NAME", text: "the schema to print; with no name, the list" },
    dialect: { text: "JSON Schema version (2020-12)" },
    table: { text: "the Table Schema (the CSV form) instead of the JSON Schema" }
  },
  trace: {
    short: "the agreement's clauses",
    description: "The agreement's clauses, with their article and wording in force on a date.",
    asOf: { metavar: "DATE", text: "the day of the wording shown (today, in Paris)" },
    json: { text: "the clauses as JSON" }
  },
  plugin: {
    short: "new | check: branch plugins",
    description: "Writes a branch plugin's package, or checks the plugins of a module.",
    notes: "Exit code: 0 conforming, 1 not conforming, 2 usage error."
  },
  check: {
    short: "check the plugins of a module",
    description:
      'Checks the plugins of a module: the "plugin" export, otherwise every export made by defineBranchPlugin; each theme of the conformance kit, passed, failed or not checked.',
    notes: "Exit code: 0 conforming, 1 not conforming, 2 usage error.",
    target: { name: "TARGET", text: "a file, a package directory (e.g. .) or a package name" }
  }
}

/** The help of every command, in one language. @since 0.4.0 */
export const help = (lang: Lang): typeof fr => (lang === "fr" ? fr : en)

// --- what the commands say -------------------------------------------------------------------

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
