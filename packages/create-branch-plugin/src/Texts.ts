/**
 * The words of the project's command lines that are not diagnostics: the headings and built-in
 * options of every help, the generator's help and what it says when it is done. French and English.
 *
 * @since 0.3.0
 */
import type { Lang } from "./CommandLine.js"

/** The words of a command line's help (`CommandLine.formatHelp`), in each language. @since 0.4.0 */
export interface HelpWords {
  readonly commands: string
  readonly arguments: string
  readonly optionsHeading: string
  readonly inherited: string
  readonly globals: string
  /** What the usage line ends with when a command has options. */
  readonly options: string
  /** The word in a usage line where a subcommand goes. */
  readonly subcommand: string
  /** The options every command line has, by name (effect describes them in English). */
  readonly builtIns: Readonly<Record<string, { readonly metavar?: string; readonly text: string }>>
  readonly lang: string
  /** The values of a list-valued option, when its help does not name them. */
  readonly choices: (values: ReadonlyArray<string>) => string
  /** The type names effect gives a value without a name of its own. */
  readonly typeNames: Readonly<Record<string, string>>
}

/** @since 0.4.0 */
export const commandLine: Readonly<Record<Lang, HelpWords>> = {
  fr: {
    commands: "Commandes :",
    arguments: "Arguments :",
    optionsHeading: "Options :",
    inherited: "Options de la commande parente :",
    globals: "Options générales :",
    options: "[options]",
    subcommand: "COMMANDE",
    builtIns: {
      help: { text: "afficher cette aide" },
      version: { text: "afficher la version" },
      completions: {
        metavar: "SHELL",
        text: "écrire le script de complétion de ce shell (bash, zsh, fish ou powershell), à charger depuis son profil"
      }
    },
    lang: "langue des messages (fr par défaut ; --lang=en aussi)",
    choices: (values) => `(valeurs : ${values.join(", ")})`,
    typeNames: {
      string: "TEXTE",
      choice: "VALEUR",
      integer: "N",
      number: "N",
      date: "DATE",
      file: "FICHIER",
      directory: "DOSSIER",
      path: "CHEMIN"
    }
  },
  en: {
    commands: "Commands:",
    arguments: "Arguments:",
    optionsHeading: "Options:",
    inherited: "Options of the parent command:",
    globals: "Global options:",
    options: "[options]",
    subcommand: "COMMAND",
    builtIns: {
      help: { text: "print this help" },
      version: { text: "print the version" },
      completions: {
        metavar: "SHELL",
        text: "print the completion script of that shell (bash, zsh, fish or powershell), to load from its profile"
      }
    },
    lang: "message language (fr by default; also --lang=en)",
    choices: (values) => `(values: ${values.join(", ")})`,
    typeNames: {
      string: "TEXT",
      choice: "VALUE",
      integer: "N",
      number: "N",
      date: "DATE",
      file: "FILE",
      directory: "DIRECTORY",
      path: "PATH"
    }
  }
}

/**
 * The generator's help, under the name it is run by (`create-branch-plugin`, or
 * `accord-jeunes plugin new`): its first line after that name, what it does, its argument and
 * options, its exit codes.
 *
 * @since 0.4.0
 */
export const generator = (lang: Lang) =>
  lang === "fr"
    ? {
        synopsis: "DOSSIER --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...] [options]",
        short: "écrire un paquet de plugin de branche conforme",
        description:
          "Écrit le paquet du plugin d'une branche professionnelle, qui passe le kit de conformité dès sa création ; la branche y complète ensuite ses engagements, métiers, certifications et référents.",
        notes: "Code de sortie : 0 paquet écrit, 2 erreur d'usage (un message par option fautive).",
        directory: { name: "DOSSIER", text: "où écrire : un dossier absent ou vide (rien n'est écrasé)" },
        id: { metavar: "ID", text: "identifiant de la branche, en minuscules et tirets (ex. proprete)" },
        nameFr: { metavar: "NOM", text: "nom de la branche en français" },
        nameEn: { metavar: "NAME", text: "nom de la branche en anglais" },
        idcc: {
          metavar: "CODE",
          text: "une convention collective de la branche (IDCC : 3043, 158 ou 0158) ; répétable"
        },
        package: { metavar: "NOM", text: "nom du paquet npm (défaut : accord-jeunes-branch-ID)" },
        workspace: { text: "dans le dépôt accord-jeunes : dépendances du workspace, construction partagée" }
      }
    : {
        synopsis: "DIRECTORY --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...] [options]",
        short: "write a conforming branch plugin package",
        description:
          "Writes a professional branch's plugin package, which passes the conformance kit as soon as it is written; the branch then fills in its commitments, trades, certifications and referents.",
        notes: "Exit code: 0 package written, 2 usage error (one message per faulty option).",
        directory: {
          name: "DIRECTORY",
          text: "where to write: a directory that does not exist or is empty (nothing is overwritten)"
        },
        id: { metavar: "ID", text: "the branch's id, lower-case words and hyphens (e.g. proprete)" },
        nameFr: { metavar: "NOM", text: "the branch's name in French" },
        nameEn: { metavar: "NAME", text: "the branch's name in English" },
        idcc: { metavar: "CODE", text: "a collective agreement of the branch (IDCC: 3043, 158 or 0158); repeatable" },
        package: { metavar: "NAME", text: "the npm package name (default: accord-jeunes-branch-ID)" },
        workspace: { text: "inside the accord-jeunes repository: workspace dependencies, shared build" }
      }

/**
 * What the generator says once the files are written.
 *
 * @since 0.3.0
 */
export const written = (lang: Lang, count: number, directory: string): string =>
  lang === "fr" ? `${count} fichiers écrits dans ${directory}` : `${count} files written to ${directory}`

/**
 * A faulty option of the generator: the option, then the diagnostic.
 *
 * @since 0.3.0
 */
export const flagProblem = (lang: Lang, flag: string, diagnostic: string): string =>
  lang === "fr" ? `${flag} : ${diagnostic}` : `${flag}: ${diagnostic}`
