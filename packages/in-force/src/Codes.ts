/**
 * The diagnostics of reading acts and project files in Node: a file that cannot be read, is not
 * UTF-8 or not JSON, a module that exports no act or never finishes loading, a project file of the
 * wrong shape. Each code is defined once in the domain's catalogue; what composing the acts finds
 * is the SDK's (`@accord-jeunes/plugin-sdk`'s `Codes`).
 *
 * Parameters are public: file sizes, error names, the fields a project file may hold. A file's
 * content is never quoted (an act file is a public act, but a wrong path may name anything).
 *
 * @since 0.3.0
 */
import { Catalogue } from "@accord-jeunes/domain"

/** What reading a file can find, for an act document or for the project file. */
type Role = "act" | "config"

const role = {
  act: {
    fr: "un document d'acte",
    en: "an act document",
    size: { fr: "un acte", en: "an act" },
    empty: {
      fr: 'Écrivez dans le fichier l\'acte en JSON ({ "kind": "amendment", … }), ou retirez le fichier de la liste des actes.',
      en: 'Write the act in the file as JSON ({ "kind": "amendment", … }), or remove the file from the list of acts.'
    }
  },
  config: {
    fr: "le fichier de projet",
    en: "the project file",
    size: { fr: "un fichier de projet", en: "a project file" },
    empty: {
      fr: 'Écrivez dans le fichier de projet la liste des actes, { "acts": ["./avenant-1.json"] }, ou supprimez-le.',
      en: 'Write the list of acts in the project file, { "acts": ["./avenant-1.json"] }, or delete it.'
    }
  }
} as const

/**
 * The names jsonc-parser gives to a syntax error, and what each means in a message.
 */
const syntaxHints: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  InvalidSymbol: { fr: "un caractère inattendu", en: "an unexpected character" },
  InvalidNumberFormat: { fr: "un nombre mal écrit", en: "a malformed number" },
  PropertyNameExpected: {
    fr: "attendu : un nom de champ entre guillemets",
    en: "expected a field name in double quotes"
  },
  ValueExpected: { fr: "attendu : une valeur", en: "expected a value" },
  ColonExpected: { fr: "attendu : « : »", en: 'expected ":"' },
  CommaExpected: { fr: "attendu : une virgule", en: "expected a comma" },
  CloseBraceExpected: { fr: "attendu : « } »", en: 'expected "}"' },
  CloseBracketExpected: { fr: "attendu : « ] »", en: 'expected "]"' },
  EndOfFileExpected: { fr: "du texte après la fin du document", en: "text after the end of the document" },
  UnexpectedEndOfString: { fr: "une chaîne non fermée", en: "an unterminated string" },
  UnexpectedEndOfComment: { fr: "un commentaire non fermé", en: "an unterminated comment" },
  InvalidEscapeCharacter: { fr: "un échappement invalide", en: "an invalid escape" },
  InvalidCharacter: { fr: "un caractère interdit dans une chaîne", en: "a character not allowed in a string" },
  InvalidUnicode: { fr: "un code Unicode invalide", en: "an invalid Unicode escape" },
  InvalidCommentToken: { fr: "un commentaire (interdit en JSON)", en: "a comment (not allowed in JSON)" }
}
const hint = (error: string) =>
  (Object.hasOwn(syntaxHints, error) ? syntaxHints[error] : undefined) ?? { fr: "JSON invalide", en: "invalid JSON" }

// The faults of reading a file, the same for an act and for the project file, each code in its
// family: the fix differs (an act is one document, the project file lists them).
const fileCodes = (r: Role) => {
  const what = role[r]
  return {
    unreadable: Catalogue.define<{ readonly reason: string }>({
      code: r === "act" ? "act.file-unreadable" : "config.unreadable",
      severity: "error",
      title:
        r === "act"
          ? { fr: "Fichier d'acte illisible", en: "Act file cannot be read" }
          : { fr: "Fichier de projet illisible", en: "Project file cannot be read" },
      fix: {
        fr: "Vérifiez le chemin du fichier (relatif au dossier courant ou au fichier de projet) et vos droits de lecture.",
        en: "Check the file's path (relative to the current folder or to the project file) and that you may read it."
      },
      example:
        r === "act"
          ? "accord-jeunes agreement --act avenant-absent.json"
          : "accord-jeunes agreement --config absent.json",
      message: {
        fr: ({ reason }) => `Fichier illisible (${reason})`,
        en: ({ reason }) => `Cannot read file (${reason})`
      }
    }),
    notAFile: Catalogue.define({
      code: `${r}.not-a-file`,
      severity: "error",
      title: { fr: "Ce n'est pas un fichier", en: "Not a file" },
      fix: {
        fr: `Donnez le chemin d'un fichier (${what.fr}), pas celui d'un dossier ou d'un périphérique.`,
        en: `Give the path of a file (${what.en}), not of a folder or a device.`
      },
      example: r === "act" ? "accord-jeunes agreement --act actes/" : "accord-jeunes agreement --config actes/",
      message: {
        fr: () => "Attendu : un fichier (pas un dossier ni un périphérique)",
        en: () => "Expected a file (not a directory or a device)"
      }
    }),
    tooLarge: Catalogue.define<{ readonly size: number; readonly max: number }>({
      code: r === "act" ? "act.file-too-large" : "config.file-too-large",
      severity: "error",
      title: { fr: "Fichier trop gros", en: "File too large" },
      fix: {
        fr: `Vérifiez que le chemin désigne bien ${what.fr} : ${what.size.fr} tient en quelques kilo-octets.`,
        en: `Check that the path names ${what.en}: ${what.size.en} takes a few kilobytes.`
      },
      message: {
        fr: ({ size, max }) =>
          `Fichier trop gros (${size} octets, au plus ${max}) : ${what.size.fr} tient en quelques kilo-octets`,
        en: ({ size, max }) => `File too large (${size} bytes, at most ${max}): ${what.size.en} takes a few kilobytes`
      }
    }),
    encoding: Catalogue.define<{ readonly found: "utf-16" | "other" }>({
      code: `${r}.encoding`,
      severity: "error",
      title: { fr: "Fichier qui n'est pas en UTF-8", en: "File not in UTF-8" },
      fix: {
        fr: "Enregistrez le fichier en UTF-8 (dans le Bloc-notes : Enregistrer sous, Encodage UTF-8).",
        en: "Save the file as UTF-8 (in Notepad: Save as, Encoding UTF-8)."
      },
      message: {
        fr: ({ found }) =>
          found === "utf-16"
            ? "Fichier en UTF-16 : enregistrez-le en UTF-8"
            : "Le fichier n'est pas en UTF-8 (sans doute Windows-1252) : enregistrez-le en UTF-8",
        en: ({ found }) =>
          found === "utf-16"
            ? "File in UTF-16: save it as UTF-8"
            : "The file is not UTF-8 (Windows-1252, probably): save it as UTF-8"
      }
    }),
    empty: Catalogue.define({
      code: r === "act" ? "act.file-empty" : "config.file-empty",
      severity: "error",
      title: { fr: "Fichier vide", en: "Empty file" },
      fix: what.empty,
      message: {
        fr: () => "Fichier vide : attendu un document JSON",
        en: () => "Empty file: expected a JSON document"
      }
    }),
    jsonSyntax: Catalogue.define<{ readonly error: string }>({
      code: `${r}.json-syntax`,
      severity: "error",
      title: { fr: "JSON invalide", en: "Invalid JSON" },
      fix: {
        fr: "Corrigez le JSON à la ligne et à la colonne indiquées : guillemets droits autour des noms et des textes, virgule entre deux éléments, pas de virgule après le dernier, pas de commentaire.",
        en: "Fix the JSON at the line and column given: straight double quotes around names and strings, a comma between two items, none after the last, no comment."
      },
      example: '{ "kind": "amendment", "number": un }',
      message: {
        fr: ({ error }) => `JSON invalide à cet endroit : ${hint(error).fr}`,
        en: ({ error }) => `Invalid JSON here: ${hint(error).en}`
      }
    })
  }
}

const act = fileCodes("act")
const config = fileCodes("config")

// =================================================================================================
// act.*: act files and modules
// =================================================================================================

/** @since 0.3.0 */
export const actFileUnreadable = act.unreadable
/** @since 0.3.0 */
export const actNotAFile = act.notAFile
/** @since 0.3.0 */
export const actFileTooLarge = act.tooLarge
/** @since 0.3.0 */
export const actEncoding = act.encoding
/** @since 0.3.0 */
export const actFileEmpty = act.empty
/** @since 0.3.0 */
export const actJsonSyntax = act.jsonSyntax

/** @since 0.3.0 */
export const actFileWithoutAct = Catalogue.define({
  code: "act.file-without-act",
  severity: "error",
  title: { fr: "Fichier d'actes vide", en: "Act file holding no act" },
  fix: {
    fr: "Mettez dans la liste au moins un acte, ou retirez le fichier de la liste des actes.",
    en: "Put at least one act in the list, or remove the file from the list of acts."
  },
  example: "[]",
  message: {
    fr: () => "Le fichier ne contient aucun acte (liste vide)",
    en: () => "The file holds no act (empty list)"
  }
})

/** @since 0.3.0 */
export const actModuleWithoutAct = Catalogue.define({
  code: "act.module-without-act",
  severity: "error",
  title: { fr: "Module sans acte", en: "Module exporting no act" },
  fix: {
    fr: "Exportez depuis le module les actes faits avec defineAmendment, defineCommitteeDecision, defineTermination ou defineScopeRevision, ou donnez le bon module.",
    en: "Export from the module the acts made with defineAmendment, defineCommitteeDecision, defineTermination or defineScopeRevision, or give the right module."
  },
  example: "export const answer = 42",
  message: {
    fr: () =>
      "Le module n'exporte aucun acte (fait avec defineAmendment, defineCommitteeDecision, defineTermination ou defineScopeRevision)",
    en: () =>
      "The module exports no act (made with defineAmendment, defineCommitteeDecision, defineTermination or defineScopeRevision)"
  }
})

/** @since 0.3.0 */
export const actModuleUnreadable = Catalogue.define<{ readonly reason: string }>({
  code: "act.module-unreadable",
  severity: "error",
  title: { fr: "Module illisible", en: "Module cannot be loaded" },
  fix: {
    fr: "Vérifiez que le module (ou le paquet du plugin qu'un document nomme) est installé et se charge sans erreur : node -e \"import('nom-du-module')\".",
    en: "Check that the module (or the plugin package a document names) is installed and loads without error: node -e \"import('module-name')\"."
  },
  message: {
    fr: ({ reason }) => `Module illisible : ${reason}`,
    en: ({ reason }) => `Cannot load module: ${reason}`
  }
})

/** @since 0.3.0 */
export const actModuleTimeout = Catalogue.define<{ readonly seconds: number }>({
  code: "act.module-timeout",
  severity: "error",
  title: { fr: "Module qui ne finit pas de se charger", en: "Module that never finishes loading" },
  fix: {
    fr: "Un module d'actes ne fait qu'exporter des actes : retirez ce qu'il attend au chargement (réseau, saisie, await sans fin).",
    en: "A module of acts only exports acts: remove what it waits for when loaded (network, input, an endless await)."
  },
  example: "await new Promise(() => {})",
  message: {
    fr: ({ seconds }) =>
      `Le module ne finit pas de se charger (${seconds} s) : vérifiez qu'il n'attend rien au chargement`,
    en: ({ seconds }) => `The module does not finish loading (${seconds} s): check that it awaits nothing when loaded`
  }
})

// =================================================================================================
// config.*: the project file
// =================================================================================================

/** @since 0.3.0 */
export const configUnreadable = config.unreadable
/** @since 0.3.0 */
export const configNotAFile = config.notAFile
/** @since 0.3.0 */
export const configFileTooLarge = config.tooLarge
/** @since 0.3.0 */
export const configEncoding = config.encoding
/** @since 0.3.0 */
export const configFileEmpty = config.empty
/** @since 0.3.0 */
export const configJsonSyntax = config.jsonSyntax

/** @since 0.3.0 */
export const configShape = Catalogue.define<{ readonly unknown: ReadonlyArray<string> }>({
  code: "config.shape",
  severity: "error",
  title: { fr: "Fichier de projet mal formé", en: "Project file of the wrong shape" },
  fix: {
    fr: 'Écrivez le fichier de projet ainsi : { "acts": ["./avenant-1.json", "@branche/avenant"] } (chemins relatifs au fichier, ou noms de paquets).',
    en: 'Write the project file as { "acts": ["./avenant-1.json", "@branch/amendment"] } (paths relative to the file, or package names).'
  },
  example: '{ "act": ["./avenant-1.json"] }',
  message: {
    fr: ({ unknown }) =>
      `Attendu : { "acts": [chemins ou noms de paquets] }${unknown.length > 0 ? ` (champ inconnu : ${unknown.join(", ")})` : ""}`,
    en: ({ unknown }) =>
      `Expected { "acts": [paths or package names] }${unknown.length > 0 ? ` (unknown field: ${unknown.join(", ")})` : ""}`
  }
})

/** @since 0.3.0 */
export const configListsItself = Catalogue.define({
  code: "config.lists-itself",
  severity: "error",
  title: { fr: "Fichier de projet qui se cite lui-même", en: "Project file listing itself" },
  fix: {
    fr: "Retirez le fichier de projet de sa propre liste acts : il ne liste que des actes.",
    en: "Remove the project file from its own acts list: it lists acts only."
  },
  example: '{ "acts": ["./accord-jeunes.config.json"] }',
  message: {
    fr: () => "Le fichier de projet se cite lui-même parmi les actes",
    en: () => "The project file lists itself among the acts"
  }
})
