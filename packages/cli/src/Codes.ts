/**
 * The diagnostic codes of the `accord-jeunes` command line: usage errors, files that cannot be
 * read, modules that `plugin check` cannot find or load. They all end the command with exit
 * code 2. The faults every command line of the project shares (an unknown option, a value outside
 * a list...) are defined once in `@accord-jeunes/create-branch-plugin`'s `Codes` and raised here
 * too.
 *
 * @since 0.3.0
 */
import { Catalogue } from "@accord-jeunes/domain"

/** @since 0.3.0 */
export const commandUnknown = Catalogue.define<{ readonly command: string; readonly commands: ReadonlyArray<string> }>({
  code: "usage.command-unknown",
  severity: "error",
  title: { fr: "Commande inconnue", en: "Unknown command" },
  fix: {
    fr: "Écrivez une des commandes que le message liste juste après `accord-jeunes` ; `accord-jeunes --help` les décrit.",
    en: "Write one of the commands the message lists right after `accord-jeunes`; `accord-jeunes --help` describes them."
  },
  example: "accord-jeunes valider export.csv",
  message: {
    fr: ({ command, commands }) => `Commande inconnue « ${command} » : ${commands.join(", ")} (voir --help)`,
    en: ({ command, commands }) => `Unknown command "${command}": ${commands.join(", ")} (see --help)`
  }
})

/** @since 0.3.0 */
export const subcommandUnknown = Catalogue.define<{
  readonly command: string
  readonly subcommand: string
  readonly subcommands: ReadonlyArray<string>
}>({
  code: "usage.subcommand-unknown",
  severity: "error",
  title: { fr: "Sous-commande inconnue", en: "Unknown subcommand" },
  fix: {
    fr: "Écrivez une des sous-commandes que le message liste (`accord-jeunes plugin new` ou `accord-jeunes plugin check`).",
    en: "Write one of the subcommands the message lists (`accord-jeunes plugin new` or `accord-jeunes plugin check`)."
  },
  example: "accord-jeunes plugin verifier .",
  message: {
    fr: ({ command, subcommand, subcommands }) =>
      `${command} : sous-commande inconnue « ${subcommand} » : ${subcommands.join(", ")}`,
    en: ({ command, subcommand, subcommands }) =>
      `${command}: unknown subcommand "${subcommand}": ${subcommands.join(", ")}`
  }
})

/** @since 0.3.0 */
export const dateInvalid = Catalogue.define<{ readonly option: string; readonly value: string }>({
  code: "usage.date-invalid",
  severity: "error",
  title: { fr: "Date d'option invalide", en: "Invalid option date" },
  fix: {
    fr: "Écrivez une date du calendrier sous la forme AAAA-MM-JJ (`--as-of 2025-12-31`).",
    en: "Write a calendar date as YYYY-MM-DD (`--as-of 2025-12-31`)."
  },
  example: "accord-jeunes agreement --as-of 31/12/2025",
  message: {
    fr: ({ option, value }) => `${option} : une date AAAA-MM-JJ attendue, reçu « ${value.slice(0, 40)} »`,
    en: ({ option, value }) => `${option}: a date YYYY-MM-DD expected, got "${value.slice(0, 40)}"`
  }
})

/** @since 0.3.0 */
export const fileMissing = Catalogue.define<{ readonly command: string }>({
  code: "usage.file-missing",
  severity: "error",
  title: { fr: "Aucun fichier donné", en: "No file given" },
  fix: {
    fr: "Donnez un ou plusieurs fichiers après la commande, ou « - » pour lire l'entrée standard.",
    en: 'Give one or more files after the command, or "-" to read standard input.'
  },
  example: "accord-jeunes validate --kind participant",
  message: {
    fr: ({ command }) => `Aucun fichier : accord-jeunes ${command} FICHIER... (voir --help)`,
    en: ({ command }) => `No file: accord-jeunes ${command} FILE... (see --help)`
  }
})

/** @since 0.3.0 */
export const periodsExclusive = Catalogue.define({
  code: "usage.periods-exclusive",
  severity: "error",
  title: { fr: "Deux périodes demandées", en: "Two periods asked for" },
  fix: {
    fr: "Gardez `--agreement-year N` (année de l'accord) ou `--year AAAA` (année civile), pas les deux.",
    en: "Keep `--agreement-year N` (agreement year) or `--year YYYY` (calendar year), not both."
  },
  example: "accord-jeunes report data.ndjson --agreement-year 1 --year 2025",
  message: {
    fr: () => "--agreement-year et --year s'excluent : une seule période à la fois",
    en: () => "--agreement-year and --year exclude each other: one period at a time"
  }
})

/** @since 0.3.0 */
export const yearInvalid = Catalogue.define<{ readonly value: string }>({
  code: "usage.year-invalid",
  severity: "error",
  title: { fr: "Année civile invalide", en: "Invalid calendar year" },
  fix: {
    fr: "Écrivez l'année sur quatre chiffres (`--year 2025`).",
    en: "Write the year with four digits (`--year 2025`)."
  },
  example: "accord-jeunes report data.ndjson --year 25",
  message: {
    fr: ({ value }) => `--year : une année à quatre chiffres attendue (ex. 2025), reçu « ${value.slice(0, 20)} »`,
    en: ({ value }) => `--year: a four-digit year expected (e.g. 2025), got "${value.slice(0, 20)}"`
  }
})

/** @since 0.3.0 */
export const agreementYearInvalid = Catalogue.define<{ readonly value: string }>({
  code: "usage.agreement-year-invalid",
  severity: "error",
  title: { fr: "Année de l'accord invalide", en: "Invalid agreement year" },
  fix: {
    fr: "Écrivez le numéro de l'année de l'accord : 1 pour la première (du 16 septembre 2024 au 15 septembre 2025), 2, 3…",
    en: "Write the agreement year's number: 1 for the first (16 September 2024 to 15 September 2025), 2, 3…"
  },
  example: "accord-jeunes report data.ndjson --agreement-year 2025-2026",
  message: {
    fr: ({ value }) =>
      `--agreement-year : un numéro d'année de l'accord attendu (1, 2, 3…), reçu « ${value.slice(0, 20)} »`,
    en: ({ value }) => `--agreement-year: an agreement year number expected (1, 2, 3…), got "${value.slice(0, 20)}"`
  }
})

/** @since 0.3.0 */
export const thresholdInvalid = Catalogue.define<{ readonly value: string }>({
  code: "usage.threshold-invalid",
  severity: "error",
  title: { fr: "Seuil de secret statistique invalide", en: "Invalid disclosure threshold" },
  fix: {
    fr: "Écrivez un nombre entier d'au moins 1 (11 par défaut) : les effectifs plus petits sont masqués.",
    en: "Write a whole number of at least 1 (11 by default): smaller counts are hidden."
  },
  example: "accord-jeunes report data.ndjson --threshold 0",
  message: {
    fr: ({ value }) => `--threshold : un entier ≥ 1 attendu, reçu « ${value.slice(0, 20)} »`,
    en: ({ value }) => `--threshold: a whole number ≥ 1 expected, got "${value.slice(0, 20)}"`
  }
})

/** @since 0.4.0 */
export const outputRequired = Catalogue.define<{ readonly format: string }>({
  code: "usage.output-required",
  severity: "error",
  title: { fr: "Fichier de sortie requis", en: "Output file required" },
  fix: {
    fr: "Un classeur n'est pas du texte : donnez le fichier où l'écrire avec --output (par exemple --output rapport.xlsx).",
    en: "A workbook is not text: give the file to write it to with --output (for example --output report.xlsx)."
  },
  example: "accord-jeunes report data.ndjson --format xlsx",
  message: {
    fr: ({ format }) => `--format ${format} écrit un classeur : --output FICHIER attendu`,
    en: ({ format }) => `--format ${format} writes a workbook: --output FILE expected`
  }
})

/** @since 0.3.0 */
export const schemaUnknown = Catalogue.define<{ readonly name: string; readonly names: ReadonlyArray<string> }>({
  code: "usage.schema-unknown",
  severity: "error",
  title: { fr: "Schéma inconnu", en: "Unknown schema" },
  fix: {
    fr: "Donnez un des noms que le message liste ; `accord-jeunes schema` sans nom les affiche tous.",
    en: "Give one of the names the message lists; `accord-jeunes schema` with no name prints them all."
  },
  example: "accord-jeunes schema jeune",
  message: {
    fr: ({ name, names }) => `Schéma inconnu « ${name.slice(0, 40)} » : ${names.join(", ")}`,
    en: ({ name, names }) => `Unknown schema "${name.slice(0, 40)}": ${names.join(", ")}`
  }
})

/** @since 0.3.0 */
export const schemaWithoutTable = Catalogue.define<{ readonly name: string }>({
  code: "usage.schema-without-table",
  severity: "error",
  title: { fr: "Schéma sans forme CSV", en: "Schema without a CSV form" },
  fix: {
    fr: "Retirez `--table` : ce schéma n'a pas de forme CSV (Table Schema), seulement JSON Schema.",
    en: "Remove `--table`: this schema has no CSV form (Table Schema), only JSON Schema."
  },
  example: "accord-jeunes schema validation-report --table",
  message: {
    fr: ({ name }) => `« ${name} » n'a pas de forme CSV (--table)`,
    en: ({ name }) => `"${name}" has no CSV form (--table)`
  }
})

// what the system says of a file it cannot read, in words (its code otherwise: EMFILE...)
const systemReasons: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  ENOENT: { fr: "fichier introuvable", en: "no such file" },
  EACCES: { fr: "lecture non autorisée", en: "permission denied" },
  EPERM: { fr: "lecture non autorisée", en: "permission denied" },
  EISDIR: { fr: "c'est un dossier", en: "it is a directory" },
  ENOTDIR: { fr: "un élément du chemin n'est pas un dossier", en: "a part of the path is not a directory" }
}

/** @since 0.3.0 */
export const fileCannotRead = Catalogue.define<{ readonly file: string; readonly reason: string }>({
  code: "file.cannot-read",
  severity: "error",
  title: { fr: "Fichier illisible", en: "File cannot be read" },
  fix: {
    fr: "Vérifiez le chemin du fichier (depuis le dossier où la commande est lancée) et vos droits de lecture.",
    en: "Check the file's path (from the folder the command runs in) and that you may read it."
  },
  example: "accord-jeunes validate export-du-mois.csv   (no such file)",
  message: {
    fr: ({ file, reason }) => `Fichier illisible : ${file} (${systemReasons[reason]?.fr ?? reason})`,
    en: ({ file, reason }) => `Cannot read file: ${file} (${systemReasons[reason]?.en ?? reason})`
  }
})

const writeReasons: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  ENOENT: { fr: "le dossier n'existe pas", en: "no such folder" },
  EACCES: { fr: "écriture non autorisée", en: "permission denied" },
  EPERM: { fr: "écriture non autorisée", en: "permission denied" },
  EISDIR: { fr: "c'est un dossier", en: "it is a directory" },
  ENOTDIR: { fr: "un élément du chemin n'est pas un dossier", en: "a part of the path is not a directory" },
  EROFS: { fr: "système de fichiers en lecture seule", en: "read-only file system" }
}

/** @since 0.3.0 */
export const fileCannotWrite = Catalogue.define<{
  readonly option: string
  readonly file: string
  readonly reason: string
}>({
  code: "file.cannot-write",
  severity: "error",
  title: { fr: "Fichier de sortie impossible à écrire", en: "Output file cannot be written" },
  fix: {
    fr: "Donnez un chemin dans un dossier qui existe et où vous pouvez écrire ; rien n'est lu avant.",
    en: "Give a path in a folder that exists and that you may write to; nothing is read before."
  },
  example: "accord-jeunes validate export.csv --rejects sortie/rejets.csv   (no such folder)",
  message: {
    fr: ({ option, file, reason }) => `Impossible d'écrire ${file} (${option}) : ${writeReasons[reason]?.fr ?? reason}`,
    en: ({ option, file, reason }) => `Cannot write ${file} (${option}): ${writeReasons[reason]?.en ?? reason}`
  }
})

/** @since 0.4.0 */
export const outputIsInput = Catalogue.define<{ readonly option: string; readonly file: string }>({
  code: "file.output-is-input",
  severity: "error",
  title: { fr: "Fichier de sortie qui est un fichier lu", en: "Output file that is an input file" },
  fix: {
    fr: "Donnez à la sortie un autre nom que les fichiers lus : elle les remplacerait, et les données seraient perdues. Rien n'est lu ni écrit.",
    en: "Give the output a name other than the files read: it would replace them, and the data would be lost. Nothing is read or written."
  },
  example: "accord-jeunes validate export.csv --rejects export.csv",
  message: {
    fr: ({ option, file }) =>
      `${option} ${file} : c'est un des fichiers lus, il serait remplacé ; choisissez un autre nom`,
    en: ({ option, file }) =>
      `${option} ${file}: it is one of the files read and would be replaced; choose another name`
  }
})

/** @since 0.3.0 */
export const moduleMissing = Catalogue.define({
  code: "usage.module-missing",
  severity: "error",
  title: { fr: "Module à vérifier manquant", en: "Module to check missing" },
  fix: {
    fr: "Donnez le plugin à vérifier : un fichier, le dossier d'un paquet (`.` par exemple) ou un nom de paquet installé.",
    en: "Give the plugin to check: a file, a package directory (`.` for instance) or the name of an installed package."
  },
  example: "accord-jeunes plugin check",
  message: {
    fr: () => "Module manquant : accord-jeunes plugin check CIBLE (voir --help)",
    en: () => "Missing module: accord-jeunes plugin check TARGET (see --help)"
  }
})

/** @since 0.3.0 */
export const noPackageJson = Catalogue.define<{ readonly directory: string; readonly sources: string }>({
  code: "plugin-check.no-package-json",
  severity: "error",
  title: { fr: "Dossier sans package.json", en: "Directory without a package.json" },
  fix: {
    fr: "Donnez le dossier d'un paquet (qui contient package.json) ou le fichier du module.",
    en: "Give a package directory (one holding a package.json) or the module's file."
  },
  example: "accord-jeunes plugin check ./src",
  message: {
    fr: ({ directory, sources }) =>
      `${directory} est un dossier sans package.json : donnez le dossier d'un paquet ou le fichier du module (ex. ${sources})`,
    en: ({ directory, sources }) =>
      `${directory} is a directory without a package.json: give a package directory or the module's file (e.g. ${sources})`
  }
})

/** @since 0.3.0 */
export const packageJsonInvalid = Catalogue.define<{ readonly file: string; readonly reason: string }>({
  code: "plugin-check.package-json-invalid",
  severity: "error",
  title: { fr: "package.json illisible", en: "Unreadable package.json" },
  fix: {
    fr: "Corrigez le JSON du package.json du paquet (une virgule en trop, un guillemet manquant).",
    en: "Fix the JSON of the package's package.json (a trailing comma, a missing quote)."
  },
  example: 'accord-jeunes plugin check ./branche-proprete   (package.json: {"name": }',
  message: {
    fr: ({ file, reason }) => `${file} illisible : ${reason}`,
    en: ({ file, reason }) => `Cannot read ${file}: ${reason}`
  }
})

/** @since 0.3.0 */
export const entryMissing = Catalogue.define<{ readonly name: string; readonly entry: string }>({
  code: "plugin-check.entry-missing",
  severity: "error",
  title: { fr: "Point d'entrée du paquet absent", en: "Package entry point missing" },
  fix: {
    fr: "Construisez le paquet (`npm run build`) pour que son point d'entrée existe, puis relancez la vérification.",
    en: "Build the package (`npm run build`) so that its entry point exists, then check it again."
  },
  example: "accord-jeunes plugin check ./branche-proprete   (dist/ not built, no src/index.ts)",
  message: {
    fr: ({ name, entry }) =>
      `${name} : le point d'entrée ${entry} n'existe pas ; construisez le paquet (npm run build)`,
    en: ({ name, entry }) => `${name}: its entry point ${entry} does not exist; build the package (npm run build)`
  }
})

/** @since 0.3.0 */
export const sourcesChecked = Catalogue.define<{ readonly name: string; readonly entry: string }>({
  code: "plugin-check.sources-checked",
  severity: "warning",
  title: { fr: "Sources vérifiées à la place du paquet construit", en: "Sources checked instead of the built package" },
  fix: {
    fr: "Construisez le paquet (`npm run build`) pour vérifier ce qui sera publié.",
    en: "Build the package (`npm run build`) to check what will be published."
  },
  example: "accord-jeunes plugin check ./branche-proprete   (just written by plugin new)",
  message: {
    fr: ({ name, entry }) =>
      `${name} : ${entry} n'existe pas (paquet non construit ?) ; vérification des sources src/index.ts. Construisez le paquet (npm run build) pour vérifier ce qui sera publié.`,
    en: ({ name, entry }) =>
      `${name}: ${entry} does not exist (package not built?); checking the sources src/index.ts instead. Build the package (npm run build) to check what will be published.`
  }
})

/** @since 0.3.0 */
export const packageNotFound = Catalogue.define<{ readonly name: string; readonly from: string }>({
  code: "plugin-check.package-not-found",
  severity: "error",
  title: { fr: "Paquet introuvable", en: "Package not found" },
  fix: {
    fr: "Installez le paquet (`npm install NOM`) dans le projet, ou donnez le chemin de son dossier.",
    en: "Install the package (`npm install NAME`) in the project, or give the path of its directory."
  },
  example: "accord-jeunes plugin check @branche/plugin-proprete   (not installed)",
  message: {
    fr: ({ name, from }) => `Paquet introuvable depuis ${from} : ${name} (est-il installé ?)`,
    en: ({ name, from }) => `Package not found from ${from}: ${name} (is it installed?)`
  }
})

/** @since 0.3.0 */
export const targetNotFound = Catalogue.define<{ readonly target: string }>({
  code: "plugin-check.not-found",
  severity: "error",
  title: { fr: "Fichier ou dossier introuvable", en: "No such file or directory" },
  fix: {
    fr: "Vérifiez le chemin, depuis le dossier où la commande est lancée.",
    en: "Check the path, from the folder the command runs in."
  },
  example: "accord-jeunes plugin check ./plugin.js   (no such file)",
  message: {
    fr: ({ target }) => `${target} : fichier ou dossier introuvable`,
    en: ({ target }) => `${target}: no such file or directory`
  }
})

/** @since 0.3.0 */
export const moduleUnloadable = Catalogue.define<{
  readonly module: string
  readonly reason: string
  readonly typescript: boolean
}>({
  code: "plugin-check.module-unloadable",
  severity: "error",
  title: { fr: "Module impossible à charger", en: "Module cannot be loaded" },
  fix: {
    fr: "Corrigez l'erreur que le message cite ; pour des sources TypeScript, construisez le paquet (`npm run build`) et vérifiez son dossier.",
    en: "Fix the error the message quotes; for TypeScript sources, build the package (`npm run build`) and check its directory."
  },
  example: "accord-jeunes plugin check ./plugin.js   (a syntax error in plugin.js)",
  message: {
    fr: ({ module, reason, typescript }) =>
      `Module illisible : ${module} (${reason})${typescript ? " ; construisez le paquet (npm run build) puis vérifiez son dossier" : ""}`,
    en: ({ module, reason, typescript }) =>
      `Cannot load module: ${module} (${reason})${typescript ? "; build the package (npm run build), then check its directory" : ""}`
  }
})

/** @since 0.3.0 */
export const pluginExportInvalid = Catalogue.define<{ readonly module: string }>({
  code: "plugin-check.plugin-export-invalid",
  severity: "error",
  title: { fr: "Export « plugin » qui n'est pas un plugin", en: 'A "plugin" export that is not a plugin' },
  fix: {
    fr: "Exportez sous le nom `plugin` la valeur rendue par `defineBranchPlugin({...})`, pas l'objet qu'on lui donne.",
    en: "Export as `plugin` the value `defineBranchPlugin({...})` returns, not the object given to it."
  },
  example: "export const plugin = { meta: { ... } }   (not wrapped in defineBranchPlugin)",
  message: {
    fr: ({ module }) => `${module} : l'export « plugin » n'est pas un plugin créé par defineBranchPlugin`,
    en: ({ module }) => `${module}: its "plugin" export is not a plugin made by defineBranchPlugin`
  }
})

/** @since 0.3.0 */
export const noPlugin = Catalogue.define<{ readonly module: string }>({
  code: "plugin-check.no-plugin",
  severity: "error",
  title: { fr: "Aucun plugin de branche exporté", en: "No branch plugin exported" },
  fix: {
    fr: "Exportez le plugin sous le nom `plugin` (`export const plugin = defineBranchPlugin({...})`), ou vérifiez le bon module.",
    en: "Export the plugin as `plugin` (`export const plugin = defineBranchPlugin({...})`), or check the right module."
  },
  example: "accord-jeunes plugin check ./utils.js",
  message: {
    fr: ({ module }) =>
      `${module} n'exporte aucun plugin de branche : ni « plugin », ni valeur créée par defineBranchPlugin`,
    en: ({ module }) => `${module} exports no branch plugin: neither "plugin" nor a value made by defineBranchPlugin`
  }
})

/** @since 0.3.0 */
export const unexpectedError = Catalogue.define<{ readonly reason: string }>({
  code: "cli.unexpected-error",
  severity: "error",
  title: { fr: "Erreur inattendue de la commande", en: "Unexpected error of the command" },
  fix: {
    fr: "Ce n'est pas une erreur de vos données : signalez-la aux mainteneurs avec la commande lancée (sans vos fichiers).",
    en: "This is not a fault in your data: report it to the maintainers with the command you ran (without your files)."
  },
  message: {
    fr: ({ reason }) => `Erreur inattendue : ${reason}`,
    en: ({ reason }) => `Unexpected error: ${reason}`
  }
})

// the codes of Excel workbooks, read and written by the command line
export * from "./workbook/Codes.js"

/** @since 0.4.0 */
export const recordsRegrouped = Catalogue.define<{ readonly records: number }>({
  code: "report.records-regrouped",
  severity: "warning",
  title: {
    fr: "Enregistrements non groupés par jeune : relus et gardés en mémoire",
    en: "Records not grouped by young person: read again and held in memory"
  },
  fix: {
    fr: "Rien à corriger : les chiffres sont ceux des mêmes enregistrements groupés. Pour un fichier national, donnez les actions d'abord puis les enregistrements de chaque jeune ensemble (jeune, participations, sorties) : il est alors lu une fois, mémoire constante.",
    en: "Nothing to fix: the figures are those of the same records grouped. For a national file, give the actions first, then each young person's records together (participant, participations, outcomes): it is then read once, in constant memory."
  },
  example: "accord-jeunes report suivi.xlsx   (one sheet per kind: Actions, Jeunes, Participations, Sorties)",
  message: {
    fr: ({ records }) =>
      `Enregistrements non groupés par jeune (${records} lus hors de leur groupe ou avant leur action) : relus une seconde fois et gardés en mémoire par jeune ; les chiffres sont ceux des enregistrements groupés`,
    en: ({ records }) =>
      `Records not grouped by young person (${records} read apart from their group or before their action): read a second time and held in memory by young person; the figures are those of the records grouped`
  }
})

// why records count in no figure, in words (the engine's reasons: Aggregate.unattributedReasons)
const unattributedWords: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  "outcome-before-first-action": {
    fr: "sortie antérieure à la première action du jeune",
    en: "outcome before the young person's first action"
  },
  "participation-of-unknown-action": {
    fr: "participation à une action absente des fichiers",
    en: "participation in an action found in no file"
  },
  "participant-without-participation": {
    fr: "jeune sans participation (sa fiche et ses sorties)",
    en: "young person without participation (their record and outcomes)"
  },
  "participant-without-known-action": {
    fr: "jeune dont aucune action n'est dans les fichiers (sa fiche et ses sorties)",
    en: "young person none of whose actions is in the files (their record and outcomes)"
  },
  "record-of-unknown-participant": {
    fr: "participation ou sortie d'un jeune sans fiche",
    en: "participation or outcome of a young person without a participant record"
  },
  "record-outside-its-participant-group": {
    fr: "enregistrement hors du groupe de son jeune",
    en: "record apart from its young person's group"
  },
  "participation-before-its-action": {
    fr: "participation lue avant son action",
    en: "participation read before its action"
  },
  "duplicate-record": {
    fr: "copie d'un enregistrement déjà lu (comptée une fois)",
    en: "copy of a record already read (counted once)"
  },
  "action-redefined": {
    fr: "action relue avec d'autres données (la dernière lue s'applique)",
    en: "action read again with other facts (the last one read applies)"
  },
  "participant-read-again": {
    fr: "jeune dont la fiche ouvre un second groupe",
    en: "young person whose record opens a second group"
  }
}
const unattributedList = (reasons: ReadonlyArray<string>, lang: "fr" | "en"): string =>
  reasons
    .map((r) => {
      const [reason = "", count = ""] = r.split("=")
      return `${Object.hasOwn(unattributedWords, reason) ? unattributedWords[reason]?.[lang] : reason} (${count})`
    })
    .join(lang === "fr" ? " ; " : "; ")

/** @since 0.4.0 */
export const recordsUnattributed = Catalogue.define<{
  readonly count: number
  readonly reasons: ReadonlyArray<string>
}>({
  code: "report.records-unattributed",
  severity: "warning",
  title: { fr: "Enregistrements comptés dans aucun chiffre", en: "Records counted in no figure" },
  fix: {
    fr: "Vérifiez que chaque participation vise une action des fichiers, que chaque jeune a sa fiche (participant) et que ses sorties suivent sa première action ; `--format json` donne les comptes (trackingTable.records).",
    en: "Check that each participation names an action of the files, that each young person has their participant record and that their outcomes follow their first action; `--format json` gives the counts (trackingTable.records)."
  },
  example: "accord-jeunes report participations.ndjson   (without the actions' file)",
  message: {
    fr: ({ count, reasons }) =>
      `${count} enregistrement(s) lu(s) n'entrent dans aucun chiffre du rapport : ${unattributedList(reasons, "fr")}`,
    en: ({ count, reasons }) =>
      `${count} record(s) read count in no figure of the report: ${unattributedList(reasons, "en")}`
  }
})

/** @since 0.5.0 */
export const nothingCounted = Catalogue.define<{ readonly read: number; readonly accepted: number }>({
  code: "report.nothing-counted",
  severity: "warning",
  clause: "a4#4",
  title: { fr: "Aucun jeune dans le tableau de suivi", en: "No young person in the tracking table" },
  fix: {
    fr: "Le tableau ne compte que les participations et les sorties de la période (jusqu'au jour du rapport) de jeunes entrés dans une action connue : vérifiez la période (--agreement-year, --year, --as-of) et que les fichiers contiennent des actions, des jeunes et leurs participations.",
    en: "The table counts only the participations and outcomes of the period (through the report day) of young people who entered a known action: check the period (--agreement-year, --year, --as-of) and that the files hold actions, young people and their participations."
  },
  example: "accord-jeunes report actions-seules.ndjson --agreement-year 1",
  message: {
    fr: ({ read, accepted }) =>
      `Aucun jeune dans le tableau de suivi (${accepted} enregistrement(s) valide(s), ${read} lu(s) pour le tableau) : ses zéros ne disent rien de la période`,
    en: ({ read, accepted }) =>
      `No young person in the tracking table (${accepted} valid record(s), ${read} read for the table): its zeros say nothing about the period`
  }
})

/** @since 0.5.0 */
export const countedThrough = Catalogue.define<{
  readonly dayFr: string
  readonly dayEn: string
  readonly endFr: string
  readonly endEn: string
}>({
  code: "report.counted-through",
  severity: "warning",
  title: {
    fr: "Période en cours : comptée jusqu'au jour du rapport",
    en: "Period under way: counted through the report day"
  },
  fix: {
    fr: "Rien à corriger : ce qui est daté après le jour du rapport (`--as-of`) n'a pas eu lieu ou est prévu, et n'est pas compté. Donnez un jour plus tardif pour compter davantage.",
    en: "Nothing to fix: what is dated after the report day (`--as-of`) has not happened or is planned, and is not counted. Give a later day to count more."
  },
  example: "accord-jeunes report suivi.ndjson --agreement-year 1 --as-of 2025-03-01",
  message: {
    fr: ({ dayFr, endFr }) =>
      `Période en cours : comptés jusqu'au ${dayFr} (la période va jusqu'au ${endFr}) ; ce qui est daté après n'est pas compté`,
    en: ({ dayEn, endEn }) =>
      `Period under way: counted through ${dayEn} (the period runs through ${endEn}); what is dated later is not counted`
  }
})

/** @since 0.5.0 */
export const periodNotStarted = Catalogue.define<{
  readonly startFr: string
  readonly startEn: string
  readonly asOfFr: string
  readonly asOfEn: string
}>({
  code: "report.period-not-started",
  severity: "warning",
  title: { fr: "Période pas encore commencée : rien n'est compté", en: "Period not started: nothing is counted" },
  fix: {
    fr: "Choisissez une période commencée au jour du rapport (`--as-of`), ou un jour du rapport dans la période.",
    en: "Choose a period started on the report day (`--as-of`), or a report day within the period."
  },
  example: "accord-jeunes report suivi.ndjson --agreement-year 2 --as-of 2025-03-01",
  message: {
    fr: ({ startFr, asOfFr }) =>
      `La période commence le ${startFr}, après le jour du rapport (${asOfFr}) : rien n'est compté, pas même les enregistrements datés dans la période`,
    en: ({ startEn, asOfEn }) =>
      `The period starts on ${startEn}, after the report day (${asOfEn}): nothing is counted, not even the records dated within it`
  }
})
