/**
 * The diagnostic codes of the generator and of the project's command lines.
 *
 * The `usage.*` codes here are the faults every command line of the project shares (an unknown
 * option, an option without its value, a value outside a list): `create-branch-plugin` raises them,
 * and so does `accord-jeunes`, which builds on this package, so that one fault has one code. The
 * `plugin-new.*` codes are the generator's own, raised by `create-branch-plugin` and by
 * `accord-jeunes plugin new` alike.
 *
 * @since 0.3.0
 */
import { Catalogue } from "@accord-jeunes/domain"

/**
 * An option the command does not have.
 *
 * @since 0.3.0
 */
export const optionUnknown = Catalogue.define<{ readonly option: string; readonly closest?: string | undefined }>({
  code: "usage.option-unknown",
  severity: "error",
  title: { fr: "Option inconnue", en: "Unknown option" },
  fix: {
    fr: "Vérifiez l'orthographe de l'option ; `--help` après la commande liste ses options.",
    en: "Check the option's spelling; `--help` after the command lists its options."
  },
  example: "accord-jeunes validate export.csv --langue en",
  message: {
    fr: ({ option, closest }) =>
      `Option inconnue : ${option}${closest === undefined ? "" : ` ; vouliez-vous dire ${closest} ?`} (voir --help)`,
    en: ({ option, closest }) =>
      `Unknown option: ${option}${closest === undefined ? "" : `; did you mean ${closest}?`} (see --help)`
  }
})

/**
 * An option that takes a value, given without one.
 *
 * @since 0.3.0
 */
export const optionValueMissing = Catalogue.define<{ readonly option: string }>({
  code: "usage.option-value-missing",
  severity: "error",
  title: { fr: "Valeur d'option manquante", en: "Option value missing" },
  fix: {
    fr: "Écrivez la valeur après l'option (`--as-of 2025-12-31` ou `--as-of=2025-12-31`).",
    en: "Write the value after the option (`--as-of 2025-12-31` or `--as-of=2025-12-31`)."
  },
  example: "accord-jeunes agreement --as-of",
  message: {
    fr: ({ option }) => `${option} : valeur manquante (${option} VALEUR ou ${option}=VALEUR)`,
    en: ({ option }) => `${option}: value missing (${option} VALUE or ${option}=VALUE)`
  }
})

/**
 * A switch (an option without value) given a value.
 *
 * @since 0.3.0
 */
export const optionTakesNoValue = Catalogue.define<{ readonly option: string }>({
  code: "usage.option-takes-no-value",
  severity: "error",
  title: { fr: "Option sans valeur", en: "Option takes no value" },
  fix: {
    fr: "Écrivez l'option seule, sans `=` ni valeur (`--json`, pas `--json=oui`).",
    en: "Write the option alone, with no `=` or value (`--json`, not `--json=yes`)."
  },
  example: "accord-jeunes agreement --json=oui",
  message: {
    fr: ({ option }) => `${option} ne prend pas de valeur`,
    en: ({ option }) => `${option} takes no value`
  }
})

/**
 * An option's value outside the values it accepts (`--lang`, `--format`, `--kind`...).
 *
 * @since 0.3.0
 */
export const valueNotAllowed = Catalogue.define<{
  readonly option: string
  readonly value: string
  readonly allowed: ReadonlyArray<string>
  readonly closest?: string | undefined
}>({
  code: "usage.value-not-allowed",
  severity: "error",
  title: { fr: "Valeur d'option non prévue", en: "Option value not allowed" },
  fix: {
    fr: "Donnez une des valeurs que le message liste.",
    en: "Give one of the values the message lists."
  },
  example: "accord-jeunes validate export.csv --format xml",
  message: {
    fr: ({ option, value, allowed, closest }) =>
      `${option} : une valeur parmi ${Catalogue.list(allowed)} attendue, reçu « ${value.slice(0, 40)} »${closest === undefined ? "" : ` ; vouliez-vous dire « ${closest} » ?`}`,
    en: ({ option, value, allowed, closest }) =>
      `${option}: one of ${Catalogue.list(allowed)} expected, got "${value.slice(0, 40)}"${closest === undefined ? "" : `; did you mean "${closest}"?`}`
  }
})

/**
 * A word the command does not take: an argument beyond those it reads (a date written without
 * `--as-of`, a second directory...).
 *
 * @since 0.4.0
 */
export const argumentUnexpected = Catalogue.define<{ readonly command: string; readonly argument: string }>({
  code: "usage.argument-unexpected",
  severity: "error",
  title: { fr: "Argument en trop", en: "Unexpected argument" },
  fix: {
    fr: "Retirez le mot en trop, ou donnez-le comme valeur de son option (`--as-of 2025-12-31`, pas `2025-12-31` seul) ; `--help` après la commande dit ce qu'elle prend.",
    en: "Remove the extra word, or give it as its option's value (`--as-of 2025-12-31`, not `2025-12-31` alone); `--help` after the command says what it takes."
  },
  example: "accord-jeunes agreement 2025-12-31",
  message: {
    fr: ({ command, argument }) => `${command} ne prend pas « ${argument} » (voir --help)`,
    en: ({ command, argument }) => `${command} does not take "${argument}" (see --help)`
  }
})

/**
 * The generator given no directory to write to.
 *
 * @since 0.3.0
 */
export const directoryMissing = Catalogue.define<{ readonly command: string }>({
  code: "plugin-new.directory-missing",
  severity: "error",
  title: { fr: "Dossier du nouveau plugin manquant", en: "New plugin's directory missing" },
  fix: {
    fr: "Donnez le dossier où écrire le paquet, avant ou après les options : un dossier absent ou vide.",
    en: "Give the directory to write the package to, before or after the options: one that does not exist or is empty."
  },
  example: "create-branch-plugin --id proprete --name-fr Propreté --name-en Cleaning --idcc 3043",
  message: {
    fr: ({ command }) => `Dossier manquant : ${command} DOSSIER --id ID ... (voir --help)`,
    en: ({ command }) => `Directory missing: ${command} DIRECTORY --id ID ... (see --help)`
  }
})

/**
 * The generator's directory exists and holds files: nothing is overwritten.
 *
 * @since 0.3.0
 */
export const directoryNotEmpty = Catalogue.define<{ readonly directory: string }>({
  code: "plugin-new.directory-not-empty",
  severity: "error",
  title: { fr: "Le dossier du nouveau plugin n'est pas vide", en: "The new plugin's directory is not empty" },
  fix: {
    fr: "Choisissez un dossier qui n'existe pas encore, ou videz-le : le générateur n'écrase aucun fichier.",
    en: "Choose a directory that does not exist yet, or empty it: the generator overwrites no file."
  },
  example: "create-branch-plugin . --id proprete --name-fr Propreté --name-en Cleaning --idcc 3043",
  message: {
    fr: ({ directory }) => `${directory} existe et n'est pas vide : rien n'a été écrit`,
    en: ({ directory }) => `${directory} exists and is not empty: nothing was written`
  }
})
