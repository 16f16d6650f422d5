/**
 * The diagnostics of the SDK: what loading a branch plugin, reading an act and composing the
 * agreement can find, each code defined once in the domain's catalogue with its severity, the
 * clause it enforces, its typed parameters and its message in French and English. Each also names
 * the theme of the conformance kit it falls under (`theme`), so that the kit sorts problems by
 * their definition, not by the spelling of their code.
 *
 * Parameters are public: branch, action-type, indicator and commitment ids, IDCCs, clause ids,
 * party ids, package names, dates of acts. A plugin's or an act's content is the author's, never a
 * young person's.
 *
 * @since 0.3.0
 */
import { Catalogue } from "@accord-jeunes/domain"
import * as Texts from "./Texts.js"

/** A theme of the conformance kit. @since 0.3.0 */
export type Theme = keyof typeof Texts.themes

/**
 * A code of the SDK: a catalogue code, with the theme of the conformance kit it falls under.
 *
 * @since 0.3.0
 */
export interface SdkCode<P extends Catalogue.Params = Catalogue.Params> extends Catalogue.Code<P> {
  readonly theme: Theme
}

const define = <P extends Catalogue.Params = Record<never, never>>(
  theme: Theme,
  definition: Catalogue.Definition<P>
): SdkCode<P> => ({ ...Catalogue.define(definition), theme })

/** What a value read from a plugin is, for messages (`kindOf` in BranchPlugin). */
type Kind = "null" | "undefined" | "string" | "number" | "boolean" | "function" | "object" | "array" | "other"
const kinds: Readonly<Record<Kind, { readonly fr: string; readonly en: string }>> = {
  null: { fr: "null", en: "null" },
  undefined: { fr: "rien (undefined)", en: "nothing (undefined)" },
  string: { fr: "un texte", en: "a string" },
  number: { fr: "un nombre", en: "a number" },
  boolean: { fr: "un booléen", en: "a boolean" },
  function: { fr: "une fonction", en: "a function" },
  object: { fr: "un objet", en: "an object" },
  array: { fr: "une liste", en: "an array" },
  other: { fr: "une valeur d'un autre type", en: "a value of another type" }
}
const kind = (k: string) => kinds[(Object.hasOwn(kinds, k) ? k : "other") as Kind]

/** The things with ids a plugin or an act declares. */
type Declared = "commitment" | "action-type" | "indicator" | "session"
const declared: Readonly<Record<Declared, { readonly fr: string; readonly en: string }>> = {
  commitment: { fr: "L'engagement", en: "Commitment" },
  "action-type": { fr: "Le type d'action", en: "Action type" },
  indicator: { fr: "L'indicateur", en: "Indicator" },
  session: { fr: "La session", en: "Session" }
}
// what a clause's parameter changes, in brackets
const described = (parameter: string, lang: "fr" | "en") => {
  const d = Object.hasOwn(Texts.parameters, parameter) ? Texts.parameters[parameter] : undefined
  return d === undefined ? "" : ` (${d[lang]})`
}

const thing = (w: string) => declared[(Object.hasOwn(declared, w) ? w : "commitment") as Declared]

// =================================================================================================
// plugin.*: loading a branch plugin
// =================================================================================================

/** @since 0.3.0 */
export const pluginVersionFormat = define("declaration", {
  code: "plugin.version-format",
  severity: "error",
  title: { fr: "Version du plugin mal écrite", en: "Plugin version badly written" },
  fix: {
    fr: "Écrivez dans meta.version une version sémantique à trois nombres, comme 1.0.0.",
    en: "Write a three-number semantic version in meta.version, such as 1.0.0."
  },
  example: '"meta": { "version": "un" }',
  message: {
    fr: () => "Attendu : une version sémantique (ex. 1.2.0)",
    en: () => "Expected a semantic version (e.g. 1.2.0)"
  }
})

/** @since 0.3.0 */
export const pluginRangeFormat = define("declaration", {
  code: "plugin.range-format",
  severity: "error",
  title: { fr: "Plage de versions du SDK mal écrite", en: "SDK version range badly written" },
  fix: {
    fr: "Écrivez dans meta.sdk la plage des versions du SDK que le plugin accepte, comme ^0.3.0.",
    en: "Write in meta.sdk the range of SDK versions the plugin accepts, such as ^0.3.0."
  },
  example: '"meta": { "sdk": "latest!" }',
  message: {
    fr: () => "Attendu : une plage de versions (ex. ^0.1.0)",
    en: () => "Expected a semantic-version range (e.g. ^0.1.0)"
  }
})

/**
 * The branch id. Loading, which reads the raw id, says what it got and what to write instead; the
 * schema's check says what is expected.
 *
 * @since 0.3.0
 */
export const pluginIdFormat = define<{ readonly hint?: string; readonly got?: string }>("ids", {
  code: "plugin.id-format",
  severity: "error",
  clause: "pre#7",
  title: { fr: "Identifiant de branche mal écrit", en: "Branch id badly written" },
  fix: {
    fr: "Donnez dans meta.id l'identifiant nu de la branche, en minuscules, chiffres et tirets (proprete, pas branch:proprete ni Propreté) : le SDK écrit lui-même l'identifiant de partie branch:….",
    en: "Give the branch's bare id in meta.id, lower-case letters, digits and hyphens (proprete, not branch:proprete nor Propreté): the SDK writes the party id branch:… itself."
  },
  example: '"meta": { "id": "branch:proprete" }',
  message: {
    fr: ({ hint, got }) =>
      `Attendu : l'identifiant nu de la branche, en minuscules, chiffres et tirets, sans préfixe ni espace de noms (ex. « ${hint ?? "proprete"} »)${got === undefined ? "" : `, reçu « ${got} »`}`,
    en: ({ hint, got }) =>
      `Expected the branch's bare id, lower-case letters, digits and hyphens, with no prefix or namespace (e.g. "${hint ?? "proprete"}")${got === undefined ? "" : `, got "${got}"`}`
  }
})

/** @since 0.3.0 */
export const pluginUnreadable = define<{ readonly thrown?: string }>("declaration", {
  code: "plugin.unreadable",
  severity: "error",
  title: { fr: "Partie du plugin illisible", en: "Part of the plugin cannot be read" },
  fix: {
    fr: "Écrivez la déclaration du plugin en données simples (objets, listes, textes, nombres), sans accesseur (get) ni Proxy qui lève une erreur.",
    en: "Write the plugin's declaration as plain data (objects, arrays, strings, numbers), with no getter or Proxy that throws."
  },
  example: 'Object.defineProperty(input, "meta", { get: () => { throw new Error("x") } })',
  message: {
    fr: ({ thrown }) =>
      `Valeur illisible : sa lecture a levé une erreur (${thrown ?? "message illisible"}) ; une déclaration de plugin est faite de données simples (objets, listes, textes, nombres)`,
    en: ({ thrown }) =>
      `Value cannot be read: reading it threw (${thrown ?? "unreadable message"}); a plugin declaration is plain data (objects, arrays, strings, numbers)`
  }
})

/** @since 0.3.0 */
export const pluginTooLarge = define<{ readonly limit: number; readonly what: "values" | "depth" | "items" }>(
  "declaration",
  {
    code: "plugin.too-large",
    severity: "error",
    title: { fr: "Plugin trop volumineux", en: "Plugin too large" },
    fix: {
      fr: "Une déclaration de plugin est de taille modeste : retirez les données qui n'en font pas partie (listes générées, objets imbriqués sans fin).",
      en: "A plugin declaration is of modest size: remove data that is not part of it (generated lists, endlessly nested objects)."
    },
    example: '"trades": [ … 200 000 éléments … ]',
    message: {
      fr: ({ limit, what }) =>
        what === "depth"
          ? `Plus de ${limit} niveaux d'imbrication : la suite n'a pas été lue`
          : what === "items"
            ? `Liste de plus de ${limit} éléments : elle n'a pas été lue ; une déclaration de plugin est de taille modeste`
            : `Plus de ${limit} valeurs : la suite n'a pas été lue ; une déclaration de plugin est de taille modeste`,
      en: ({ limit, what }) =>
        what === "depth"
          ? `Nested more than ${limit} levels deep: the rest was not read`
          : what === "items"
            ? `Array of more than ${limit} items: it was not read; a plugin declaration is of modest size`
            : `More than ${limit} values: the rest was not read; a plugin declaration is of modest size`
    }
  }
)

/** @since 0.3.0 */
export const pluginNotData = define<{ readonly what: "function" | "length" }>("declaration", {
  code: "plugin.not-data",
  severity: "error",
  title: { fr: "Le plugin contient autre chose que des données", en: "The plugin holds something other than data" },
  fix: {
    fr: "Ne mettez de fonctions que dans hooks ; ailleurs, écrivez des objets, listes, textes et nombres.",
    en: "Put functions under hooks only; elsewhere, write objects, arrays, strings and numbers."
  },
  example: '"notes": { "fr": () => "x", "en": "x" }',
  message: {
    fr: ({ what }) =>
      what === "length"
        ? "Liste de longueur invalide"
        : "Une fonction n'est admise que dans « hooks » : attendu ici une donnée (objet, liste, texte, nombre)",
    en: ({ what }) =>
      what === "length"
        ? "Array with an invalid length"
        : 'A function is only allowed under "hooks": expected data here (object, array, string, number)'
  }
})

/** @since 0.3.0 */
export const pluginCycle = define("declaration", {
  code: "plugin.cycle",
  severity: "error",
  title: { fr: "Référence circulaire dans le plugin", en: "Circular reference in the plugin" },
  fix: {
    fr: "Écrivez la déclaration comme en JSON : une valeur ne se contient pas elle-même.",
    en: "Write the declaration as in JSON: no value contains itself."
  },
  example: "record.self = record",
  message: {
    fr: () =>
      "La valeur se contient elle-même (référence circulaire) : attendu des données arborescentes, comme en JSON",
    en: () => "The value contains itself (circular reference): expected tree-shaped data, as in JSON"
  }
})

/** @since 0.3.0 */
export const pluginHooksNotObject = define<{ readonly got: string }>("hooks", {
  code: "plugin.hooks-not-object",
  severity: "error",
  title: { fr: "hooks n'est pas un objet de fonctions", en: "hooks is not an object of functions" },
  fix: {
    fr: "Écrivez hooks comme un objet dont chaque champ est une fonction admise : { attributes: (employeur) => … }.",
    en: "Write hooks as an object each field of which is an allowed function: { attributes: (employer) => … }."
  },
  example: '"hooks": 5',
  message: {
    fr: ({ got }) => `Attendu : un objet de fonctions (ex. { attributes: (employeur) => … }), reçu ${kind(got).fr}`,
    en: ({ got }) => `Expected an object of functions (e.g. { attributes: (employer) => … }), got ${kind(got).en}`
  }
})

/** @since 0.3.0 */
export const pluginHookUnknown = define<{ readonly name: string; readonly allowed: ReadonlyArray<string> }>("hooks", {
  code: "plugin.hook-unknown",
  severity: "error",
  title: { fr: "Fonction inconnue dans hooks", en: "Unknown function under hooks" },
  fix: {
    fr: "Retirez la fonction ou renommez-la : seules les fonctions que le SDK appelle sont admises (attributes).",
    en: "Remove or rename the function: only the functions the SDK calls are allowed (attributes)."
  },
  example: '"hooks": { "belongs": () => true }',
  message: {
    fr: ({ name, allowed }) => `Fonction inconnue « ${name} » : les fonctions admises sont ${Catalogue.list(allowed)}`,
    en: ({ name, allowed }) => `Unknown function "${name}": the functions allowed are ${Catalogue.list(allowed)}`
  }
})

/** @since 0.3.0 */
export const pluginHookNotFunction = define<{ readonly got: string }>("hooks", {
  code: "plugin.hook-not-function",
  severity: "error",
  title: { fr: "Un champ de hooks n'est pas une fonction", en: "A field of hooks is not a function" },
  fix: { fr: "Donnez une fonction, ou retirez le champ.", en: "Give a function, or remove the field." },
  example: '"hooks": { "attributes": "yes" }',
  message: {
    fr: ({ got }) => `Attendu : une fonction, reçu ${kind(got).fr}`,
    en: ({ got }) => `Expected a function, got ${kind(got).en}`
  }
})

/** @since 0.3.0 */
export const pluginHookThrew = define<{ readonly hook: string; readonly thrown?: string }>("hooks", {
  code: "plugin.hook-threw",
  severity: "error",
  title: { fr: "Une fonction du plugin a levé une erreur", en: "A function of the plugin threw" },
  fix: {
    fr: "Corrigez la fonction pour qu'elle réponde à toute question sans lever d'erreur (un IDCC ou un code ROME inconnu donne false).",
    en: "Fix the function so that it answers every question without throwing (an unknown IDCC or ROME code gives false)."
  },
  example: '"hooks": { "attributes": () => { throw new Error("boom") } }',
  message: {
    fr: ({ hook, thrown }) =>
      `La fonction « ${hook} » du plugin a levé une erreur : ${thrown ?? "(message illisible)"}`,
    en: ({ hook, thrown }) => `The plugin's "${hook}" function threw: ${thrown ?? "(unreadable message)"}`
  }
})

/** @since 0.3.0 */
export const pluginHookNotBoolean = define<{ readonly got: string }>("hooks", {
  code: "plugin.hook-not-boolean",
  severity: "error",
  title: { fr: "attributes ne répond pas true ou false", en: "attributes does not answer true or false" },
  fix: {
    fr: "Faites répondre la fonction attributes par true (l'employeur relève de la branche) ou false.",
    en: "Make the attributes function answer true (the employer belongs to the branch) or false."
  },
  example: '"hooks": { "attributes": () => "oui" }',
  message: {
    fr: ({ got }) => `La fonction « attributes » doit répondre true ou false ; elle a répondu ${kind(got).fr}`,
    en: ({ got }) => `The "attributes" function must answer true or false; it answered ${kind(got).en}`
  }
})

/** @since 0.3.0 */
export const pluginHookImpure = define("hooks", {
  code: "plugin.hook-impure",
  severity: "error",
  title: {
    fr: "attributes répond différemment à la même question",
    en: "attributes answers the same question differently"
  },
  fix: {
    fr: "Faites dépendre la réponse de la seule question (IDCC, code ROME) : ni compteur, ni date du jour, ni hasard.",
    en: "Make the answer depend on the question alone (IDCC, ROME code): no counter, no clock, no randomness."
  },
  example: '"hooks": { "attributes": () => n++ % 2 === 0 }',
  message: {
    fr: () => "La fonction « attributes » répond différemment à la même question : elle doit être pure",
    en: () => 'The "attributes" function answers the same question differently: it must be pure'
  }
})

/** @since 0.3.0 */
export const pluginSdkOutOfRange = define<{
  readonly range: string
  readonly sdk: string
  /** The plugin's package when the plugin is behind the SDK; absent when the SDK is behind. */
  readonly upgradePlugin?: string
}>("sdk", {
  code: "plugin.sdk-out-of-range",
  severity: "error",
  title: { fr: "Le plugin n'accepte pas cette version du SDK", en: "The plugin does not accept this SDK version" },
  fix: {
    fr: "Installez une version du plugin faite pour ce SDK, ou la version du SDK que le plugin demande (meta.sdk).",
    en: "Install a version of the plugin made for this SDK, or the SDK version the plugin asks for (meta.sdk)."
  },
  example: '"meta": { "sdk": "^9.0.0" }',
  message: {
    fr: ({ range, sdk, upgradePlugin }) =>
      `Le plugin accepte le SDK ${range} mais le SDK est en version ${sdk} : mettez à jour ${upgradePlugin === undefined ? "@accord-jeunes/plugin-sdk" : `le plugin ${upgradePlugin}`}`,
    en: ({ range, sdk, upgradePlugin }) =>
      `The plugin accepts SDK ${range} but the SDK is at ${sdk}: upgrade ${upgradePlugin === undefined ? "@accord-jeunes/plugin-sdk" : `the plugin ${upgradePlugin}`}`
  }
})

/** @since 0.3.0 */
export const pluginIdNotNamespaced = define<{ readonly what: Declared; readonly id: string; readonly branch: string }>(
  "ids",
  {
    code: "plugin.id-not-namespaced",
    severity: "error",
    clause: "pre#7",
    title: {
      fr: "Identifiant hors de l'espace de noms de la branche",
      en: "Id outside the branch's namespace"
    },
    fix: {
      fr: "Préfixez les identifiants propres au plugin par l'identifiant de la branche : proprete:chantier-decouverte.",
      en: "Prefix the plugin's own ids with the branch's id: proprete:chantier-decouverte."
    },
    example: '"commitments": [{ "id": "visits", … }]',
    message: {
      fr: ({ what, id, branch }) =>
        `${thing(what).fr} « ${id} » doit être dans l'espace de noms de la branche : « ${branch}:… »`,
      en: ({ what, id, branch }) => `${thing(what).en} "${id}" must be in the branch's namespace: "${branch}:…"`
    }
  }
)

/** @since 0.3.0 */
export const pluginFoundingIdClaimed = define<{
  readonly id: string
  readonly owner: string
  readonly packageName?: string
}>("ids", {
  code: "plugin.founding-id-claimed",
  severity: "error",
  clause: "pre#6",
  title: {
    fr: "Identifiant d'une branche fondatrice pris par un autre paquet",
    en: "A founding branch's id taken by another package"
  },
  fix: {
    fr: "Donnez à la branche son propre identifiant : ceux des branches fondatrices (commerce-de-gros, hcr, bois) appartiennent à leurs paquets publiés.",
    en: "Give the branch its own id: those of the founding branches (commerce-de-gros, hcr, bois) belong to their published packages."
  },
  example: '"meta": { "id": "hcr", "packageName": "@exemple/branche" }',
  message: {
    fr: ({ id, owner, packageName }) =>
      `L'identifiant « ${id} » appartient à la branche fondatrice publiée par ${owner} : le paquet ${packageName ?? "?"} ne peut pas le prendre ; donnez à la branche son propre identifiant (clause pre#6, préambule)`,
    en: ({ id, owner, packageName }) =>
      `The id "${id}" belongs to the founding branch published by ${owner}: package ${packageName ?? "?"} cannot take it; give the branch its own id (clause pre#6, preamble)`
  }
})

/** @since 0.3.0 */
export const pluginNoExampleRecord = define("records", {
  code: "plugin.no-example-record",
  severity: "error",
  title: { fr: "Aucun enregistrement d'exemple", en: "No example record" },
  fix: {
    fr: "Ajoutez dans exampleRecords au moins un enregistrement que les outils de la branche produiraient (une action, un résultat d'insertion…).",
    en: "Add to exampleRecords at least one record the branch's tools would produce (an action, an insertion outcome…)."
  },
  example: '"exampleRecords": []',
  message: {
    fr: () => "Le plugin ne fournit aucun enregistrement d'exemple",
    en: () => "The plugin gives no example record"
  }
})

/** @since 0.3.0 */
export const pluginExampleOutsideBranch = define<{
  readonly why: "action" | "idcc" | "designation"
  readonly branch: string
  readonly idcc?: string
}>("records", {
  code: "plugin.example-outside-branch",
  severity: "error",
  title: { fr: "Exemple qui n'appartient pas à la branche", en: "Example that does not belong to the branch" },
  fix: {
    fr: "Faites citer la branche par l'exemple : dans branches pour une action, un IDCC de la branche pour un résultat, la partie branch:… pour une désignation.",
    en: "Make the example name the branch: in branches for an action, one of its IDCCs for an outcome, the party branch:… for a designation."
  },
  example: '{ "kind": "action", "branches": ["hcr"], … } dans le plugin proprete',
  message: {
    fr: ({ why, branch, idcc }) =>
      `Exemple hors de la branche : ${
        why === "action"
          ? `l'action ne cite pas la branche « ${branch} »`
          : why === "idcc"
            ? `l'IDCC ${idcc ?? ""} n'appartient pas à la branche « ${branch} »`
            : `la désignation n'est pas faite par « branch:${branch} »`
      }`,
    en: ({ why, branch, idcc }) =>
      `Example outside the branch: ${
        why === "action"
          ? `the action does not name branch "${branch}"`
          : why === "idcc"
            ? `IDCC ${idcc ?? ""} does not belong to branch "${branch}"`
            : `the designation is not made by "branch:${branch}"`
      }`
  }
})

// =================================================================================================
// conformance.*
// =================================================================================================

/** @since 0.3.0 */
export const conformanceCrashed = define<{ readonly error: string }>("composition", {
  code: "conformance.crashed",
  severity: "error",
  title: { fr: "La composition d'essai a échoué", en: "The trial composition failed" },
  fix: {
    fr: "C'est un défaut du SDK, pas du plugin : signalez-le avec le plugin qui le déclenche.",
    en: "This is a fault of the SDK, not of the plugin: report it with the plugin that triggers it."
  },
  message: {
    fr: ({ error }) => `La composition d'essai a échoué de façon inattendue : ${error}`,
    en: ({ error }) => `The trial composition failed unexpectedly: ${error}`
  }
})

// =================================================================================================
// act.*: reading an act
// =================================================================================================

/** @since 0.3.0 */
export const actPluginPackageName = define("composition", {
  code: "act.plugin-package-name",
  severity: "error",
  clause: "pre#7",
  title: { fr: "Plugin désigné par un chemin", en: "Plugin named by a path" },
  fix: {
    fr: "Désignez le plugin par le nom de son paquet npm installé (@portee/nom), jamais par un chemin de fichier : un document d'acte ne fait exécuter aucun fichier.",
    en: "Name the plugin by its installed npm package (@scope/name), never by a file path: an act document makes no file run."
  },
  example: '{ "op": "branch-joins", "plugin": { "package": "./plugin.mjs" } }',
  message: {
    fr: () => "Attendu : un nom de paquet npm (@portee/nom), pas un chemin",
    en: () => "Expected an npm package name (@scope/name), not a path"
  }
})

/** @since 0.3.0 */
export const actNotAnObject = define("composition", {
  code: "act.not-an-object",
  severity: "error",
  title: { fr: "Le document n'est pas un objet", en: "The document is not an object" },
  fix: {
    fr: 'Écrivez l\'acte comme un objet JSON { "kind": …, … } (ou une liste de tels objets).',
    en: 'Write the act as a JSON object { "kind": …, … } (or a list of such objects).'
  },
  example: "42",
  message: {
    fr: () => "Attendu : un objet JSON décrivant un acte",
    en: () => "Expected a JSON object describing an act"
  }
})

/** @since 0.3.0 */
export const actKind = define<{ readonly kinds: ReadonlyArray<string> }>("composition", {
  code: "act.kind",
  severity: "error",
  title: { fr: "Type d'acte absent ou inconnu", en: "Act kind missing or unknown" },
  fix: {
    fr: "Donnez dans kind le type de l'acte : amendment (avenant), committee-decision, termination ou opco-scope.",
    en: "Give the act's kind in kind: amendment, committee-decision, termination or opco-scope."
  },
  example: '{ "kind": "avenant", … }',
  message: {
    fr: ({ kinds }) => `Attendu : un type d'acte parmi ${kinds.join(", ")}`,
    en: ({ kinds }) => `Expected an act kind among ${kinds.join(", ")}`
  }
})

/** @since 0.3.0 */
export const actOperationUnknown = define<{ readonly operations: ReadonlyArray<string> }>("composition", {
  code: "act.operation-unknown",
  severity: "error",
  clause: "a7#2",
  title: { fr: "Opération d'avenant inconnue", en: "Unknown amendment operation" },
  fix: {
    fr: "Écrivez dans op une des opérations qu'un avenant peut faire : branch-joins, branch-leaves, clause-amended, action-type-added, indicator-added.",
    en: "Write in op one of the operations an amendment can do: branch-joins, branch-leaves, clause-amended, action-type-added, indicator-added."
  },
  example: '"operations": [{ "op": "branch-join", … }]',
  message: {
    fr: ({ operations }) => `Attendu : une opération parmi ${operations.join(", ")}`,
    en: ({ operations }) => `Expected an operation among ${operations.join(", ")}`
  }
})

/** @since 0.3.0 */
export const actPluginNotFound = define<{ readonly packageName: string; readonly exportName?: string }>("composition", {
  code: "act.plugin-not-found",
  severity: "error",
  clause: "pre#7",
  title: { fr: "Plugin introuvable", en: "Plugin not found" },
  fix: {
    fr: "Installez le paquet du plugin à côté du document (npm install), vérifiez le nom de l'export, ou écrivez le plugin dans le document.",
    en: "Install the plugin's package beside the document (npm install), check the export's name, or write the plugin in the document."
  },
  example: '{ "op": "branch-joins", "plugin": { "package": "@exemple/branche-absente" } }',
  message: {
    fr: ({ packageName, exportName }) =>
      `Le plugin « ${packageName} »${exportName === undefined ? "" : ` (export ${exportName})`} est introuvable : installez le paquet ou écrivez le plugin dans le document`,
    en: ({ packageName, exportName }) =>
      `Plugin "${packageName}"${exportName === undefined ? "" : ` (export ${exportName})`} not found: install the package or write the plugin in the document`
  }
})

/** @since 0.3.0 */
export const actPluginMissing = define("composition", {
  code: "act.plugin-missing",
  severity: "error",
  clause: "pre#7",
  title: { fr: "Branche qui entre sans son plugin", en: "Branch joining without its plugin" },
  fix: {
    fr: "Donnez à l'opération branch-joins le plugin de la branche, fait avec defineBranchPlugin.",
    en: "Give the branch-joins operation the branch's plugin, made with defineBranchPlugin."
  },
  example: '{ op: "branch-joins", plugin: undefined }',
  message: {
    fr: () => "Attendu : le plugin de la branche qui rejoint l'accord (fait avec defineBranchPlugin)",
    en: () => "Expected the joining branch's plugin (made with defineBranchPlugin)"
  }
})

/** @since 0.3.0 */
export const actUnreadable = define<{ readonly error: string }>("composition", {
  code: "act.unreadable",
  severity: "error",
  title: { fr: "Acte illisible", en: "Act cannot be read" },
  fix: {
    fr: "Écrivez l'acte en données simples avec defineAmendment et ses pareils, sans accesseur (get) qui lève une erreur.",
    en: "Write the act as plain data with defineAmendment and the like, with no getter that throws."
  },
  message: {
    fr: ({ error }) => `L'acte n'a pas pu être lu : ${error}`,
    en: ({ error }) => `The act could not be read: ${error}`
  }
})

/** @since 0.3.0 */
export const actDecisionBeyondPowers = define("composition", {
  code: "act.decision-beyond-powers",
  severity: "error",
  clause: "a3.3#4",
  title: {
    fr: "Décision du comité qui ajoute un type d'action",
    en: "Committee decision adding an action type"
  },
  fix: {
    fr: "Le comité national fixe les indicateurs ; ajoutez le type d'action par un avenant signé de toutes les parties (a7#2).",
    en: "The national committee sets indicators; add the action type by an amendment signed by every party (a7#2)."
  },
  example: '{ "kind": "committee-decision", "operations": [{ "op": "action-type-added", … }] }',
  message: {
    fr: () =>
      "Le comité national fixe les indicateurs (clauses a3.3#4 et a4#4, articles 3.3 et 4) ; ajouter un type d'action au catalogue demande un avenant (clause a7#2, article 7)",
    en: () =>
      "The national committee sets indicators (clauses a3.3#4 and a4#4, articles 3.3 and 4); adding an action type to the catalogue takes an amendment (clause a7#2, article 7)"
  }
})

// =================================================================================================
// composition.*: composing the agreement
// =================================================================================================

/** @since 0.3.0 */
export const compositionNotAPlugin = define("composition", {
  code: "composition.not-a-plugin",
  severity: "error",
  title: { fr: "Plugin fondateur qui n'en est pas un", en: "Founding plugin that is not one" },
  fix: {
    fr: "Passez dans founding des plugins faits avec defineBranchPlugin.",
    en: "Pass plugins made with defineBranchPlugin in founding."
  },
  example: "Composition.compose({ base, founding: [null] })",
  message: {
    fr: () => "Attendu : un plugin de branche fait avec defineBranchPlugin",
    en: () => "Expected a branch plugin made with defineBranchPlugin"
  }
})

/** @since 0.3.0 */
export const compositionNotAnAct = define("composition", {
  code: "composition.not-an-act",
  severity: "error",
  title: { fr: "Acte qui n'en est pas un", en: "Act that is not one" },
  fix: {
    fr: "Passez des actes faits avec defineAmendment, defineCommitteeDecision, defineTermination ou defineScopeRevision.",
    en: "Pass acts made with defineAmendment, defineCommitteeDecision, defineTermination or defineScopeRevision."
  },
  example: "Composition.compose({ base, acts: [null] })",
  message: {
    fr: () =>
      "Attendu : un acte fait avec defineAmendment, defineCommitteeDecision, defineTermination ou defineScopeRevision",
    en: () =>
      "Expected an act made with defineAmendment, defineCommitteeDecision, defineTermination or defineScopeRevision"
  }
})

/** @since 0.3.0 */
export const compositionOtherAgreement = define<{ readonly agreement: string; readonly expected: string }>(
  "composition",
  {
    code: "composition.other-agreement",
    severity: "error",
    title: { fr: "Acte d'un autre accord", en: "Act of another agreement" },
    fix: {
      fr: "Écrivez dans agreement l'identifiant de l'accord que l'acte modifie (accord-cadre-jeunes-2024).",
      en: "Write in agreement the id of the agreement the act changes (accord-cadre-jeunes-2024)."
    },
    example: '{ "kind": "amendment", "agreement": "mission-jeunes-2025", … }',
    message: {
      fr: ({ agreement, expected }) => `L'acte porte sur l'accord « ${agreement} », pas sur « ${expected} »`,
      en: ({ agreement, expected }) => `The act is about agreement "${agreement}", not "${expected}"`
    }
  }
)

/** @since 0.3.0 */
export const compositionDuplicateAct = define<{
  readonly first: string
  readonly second: string
}>("composition", {
  code: "composition.duplicate-act",
  severity: "error",
  title: { fr: "Acte déclaré deux fois", en: "Act declared twice" },
  fix: {
    fr: "Donnez à chaque avenant son propre numéro et à chaque décision son propre identifiant ; retirez une copie du même acte.",
    en: "Give each amendment its own number and each decision its own id; remove a copy of the same act."
  },
  example: "avenant-3.json et avenant-3-bis.json, tous deux « number »: 3",
  message: {
    fr: ({ first, second }) => `L'acte est déclaré deux fois (effets au ${first} et au ${second})`,
    en: ({ first, second }) => `The act is declared twice (effective ${first} and ${second})`
  }
})

/** @since 0.3.0 */
export const compositionDuplicateId = define<{ readonly what: Declared; readonly id: string }>("composition", {
  code: "composition.duplicate-id",
  severity: "error",
  title: { fr: "Identifiant déjà dans l'accord", en: "Id already in the agreement" },
  fix: {
    fr: "Donnez à l'élément un identifiant que l'accord n'a pas encore (dans l'espace de noms de la branche : proprete:…).",
    en: "Give the element an id the agreement does not have yet (in the branch's namespace: proprete:…)."
  },
  example: '"actionTypes": { "own": [{ "id": "company-visit", … }] }',
  message: {
    fr: ({ what, id }) => `${thing(what).fr} « ${id} » est déjà dans l'accord`,
    en: ({ what, id }) => `${thing(what).en} "${id}" is already in the agreement`
  }
})

/** @since 0.3.0 */
export const compositionCommitmentBindsOtherParty = define<{
  readonly commitment: string
  readonly by: string
  readonly branch: string
}>("composition", {
  code: "composition.commitment-binds-other-party",
  severity: "error",
  clause: "pre#7",
  title: { fr: "Engagement pris au nom d'une autre partie", en: "Commitment made in another party's name" },
  fix: {
    fr: "Une branche ne s'engage qu'en son nom : écrivez dans by l'identifiant de partie de la branche (branch:…).",
    en: "A branch commits in its own name only: write the branch's party id (branch:…) in by."
  },
  example: '"commitments": [{ "id": "proprete:x", "by": "state", … }]',
  message: {
    fr: ({ commitment, by, branch }) =>
      `L'engagement « ${commitment} » engage « ${by} » : une branche ne prend d'engagements qu'en son nom (« ${branch} », clause pre#7, préambule)`,
    en: ({ commitment, by, branch }) =>
      `Commitment "${commitment}" binds "${by}": a branch makes commitments in its own name only ("${branch}", clause pre#7, preamble)`
  }
})

/** @since 0.3.0 */
export const compositionIndicatorNotComputable = define<{ readonly indicator: string }>("composition", {
  code: "composition.indicator-not-computable",
  severity: "error",
  clause: "a4#4",
  title: {
    fr: "Indicateur qui ne dit pas comment il se calcule",
    en: "Indicator that does not say how it is computed"
  },
  fix: {
    fr: "Donnez à l'indicateur sa mesure (measure) : un comptage (count), un rapport de deux comptages (ratio) ou une durée moyenne (mean-days).",
    en: "Give the indicator its measure: a count, a ratio of two counts, or a mean duration (mean-days)."
  },
  example: '"indicators": [{ "id": "proprete:visits", …, sans "measure" }]',
  message: {
    fr: ({ indicator }) =>
      `L'indicateur « ${indicator} » ne dit pas comment il se calcule (measure : count, ratio ou mean-days) ; un indicateur du rapport annuel doit pouvoir être calculé (clauses a3.3#4 et a4#4)`,
    en: ({ indicator }) =>
      `Indicator "${indicator}" does not say how it is computed (measure: count, ratio or mean-days); an indicator of the annual report must be computable (clauses a3.3#4 and a4#4)`
  }
})

/** @since 0.3.0 */
export const compositionIndicatorUnknownReference = define<{
  readonly indicator: string
  readonly what: "count" | "action-type" | "branch"
  readonly reference: string
}>("composition", {
  code: "composition.indicator-unknown-reference",
  severity: "error",
  clause: "a4#4",
  title: {
    fr: "Indicateur calculé à partir de ce que l'accord n'a pas",
    en: "Indicator computed from what the agreement does not have"
  },
  fix: {
    fr: "Un rapport (ratio) divise deux comptages de l'accord ; un comptage ne filtre que sur des types d'action et des branches de l'accord : corrigez les identifiants.",
    en: "A ratio divides two counts of the agreement; a count filters only on action types and branches of the agreement: fix the ids."
  },
  example: '"measure": { "kind": "ratio", "numerator": "entries-into-cdi", "denominator": "nowhere" }',
  message: {
    fr: ({ indicator, what, reference }) =>
      what === "count"
        ? `L'indicateur « ${indicator} » se calcule à partir de « ${reference} », qui n'est pas un comptage de l'accord`
        : what === "action-type"
          ? `L'indicateur « ${indicator} » compte le type d'action « ${reference} », absent du catalogue`
          : `L'indicateur « ${indicator} » compte la branche « ${reference} », absente de l'accord`,
    en: ({ indicator, what, reference }) =>
      what === "count"
        ? `Indicator "${indicator}" is computed from "${reference}", which is not a count of the agreement`
        : what === "action-type"
          ? `Indicator "${indicator}" counts action type "${reference}", which is not in the catalogue`
          : `Indicator "${indicator}" counts branch "${reference}", which is not in the agreement`
  }
})

/** @since 0.3.0 */
export const compositionNotAFoundingBranch = define<{ readonly branch: string }>("composition", {
  code: "composition.not-a-founding-branch",
  severity: "error",
  clause: "pre#7",
  title: { fr: "Plugin fondateur d'une branche non signataire", en: "Founding plugin of a branch that did not sign" },
  fix: {
    fr: "Faites entrer la branche par un avenant (opération branch-joins) au lieu de la passer parmi les branches fondatrices.",
    en: "Bring the branch in by an amendment (branch-joins operation) instead of passing it among the founding branches."
  },
  example: "Composition.compose({ base, founding: [pluginProprete] })",
  message: {
    fr: ({ branch }) =>
      `La branche « ${branch} » n'est pas signataire de l'accord d'origine : elle le rejoint par un avenant`,
    en: ({ branch }) => `Branch "${branch}" is not a founding branch of the agreement: it joins by amendment`
  }
})

/** @since 0.3.0 */
export const compositionUnknownBranch = define<{ readonly branch: string; readonly known: ReadonlyArray<string> }>(
  "composition",
  {
    code: "composition.unknown-branch",
    severity: "error",
    title: { fr: "Branche absente de l'accord", en: "Branch not in the agreement" },
    fix: {
      fr: "Citez une branche qui est dans l'accord à la date de l'acte (son identifiant nu : hcr, bois…).",
      en: "Name a branch that is in the agreement on the act's date (its bare id: hcr, bois…)."
    },
    example: '{ "op": "branch-leaves", "branch": "transport" }',
    message: {
      fr: ({ branch, known }) =>
        `La branche « ${branch} » n'est pas dans l'accord à cette date (branches : ${Catalogue.list(known)})`,
      en: ({ branch, known }) =>
        `Branch "${branch}" is not in the agreement on that date (branches: ${Catalogue.list(known)})`
    }
  }
)

/** @since 0.3.0 */
export const compositionBranchAlreadyIn = define<{ readonly branch: string }>("composition", {
  code: "composition.branch-already-in",
  severity: "error",
  clause: "pre#7",
  title: { fr: "Branche déjà dans l'accord", en: "Branch already in the agreement" },
  fix: {
    fr: "Retirez l'opération branch-joins : la branche est déjà entrée (par le texte ou un avenant antérieur).",
    en: "Remove the branch-joins operation: the branch is already in (by the text or an earlier amendment)."
  },
  example: '{ "op": "branch-joins", "plugin": { "package": "@accord-jeunes/branch-hcr" } }',
  message: {
    fr: ({ branch }) => `La branche « ${branch} » est déjà dans l'accord (clause pre#7)`,
    en: ({ branch }) => `Branch "${branch}" is already in the agreement (clause pre#7)`
  }
})

/** @since 0.3.0 */
export const compositionOutsideOpcoScope = define<{
  readonly branch: string
  readonly idccs: ReadonlyArray<string>
  readonly scope: string
  readonly source: string
}>("composition", {
  code: "composition.outside-opco-scope",
  severity: "error",
  clause: "pre#7",
  title: { fr: "Branche hors du champ d'AKTO", en: "Branch outside AKTO's scope" },
  fix: {
    fr: "Seules les branches du champ d'AKTO peuvent rejoindre l'accord : vérifiez les IDCC, ou ajoutez la révision du champ d'AKTO qui les couvre (acte opco-scope).",
    en: "Only branches within AKTO's scope may join: check the IDCCs, or add the revision of AKTO's scope that covers them (opco-scope act)."
  },
  example: '"conventions": [{ "idcc": "1486" }]',
  message: {
    fr: ({ branch, idccs, scope, source }) =>
      `La branche « ${branch} » ne peut rejoindre l'accord que dans le champ d'AKTO (clause pre#7, préambule) : IDCC ${idccs.join(", ")} hors du champ selon le champ d'AKTO au ${scope} (${source})`,
    en: ({ branch, idccs, scope, source }) =>
      `Branch "${branch}" may join only within AKTO's scope (clause pre#7, preamble): IDCC ${idccs.join(", ")} outside it according to AKTO's scope from ${scope} (${source})`
  }
})

/** @since 0.3.0 */
export const compositionLeavingBranchStillCited = define<{
  readonly branch: string
  readonly commitment: string
  readonly actionType: string
}>("composition", {
  code: "composition.leaving-branch-still-cited",
  severity: "error",
  title: {
    fr: "Branche qui part alors qu'un engagement cite son type d'action",
    en: "Branch leaving while a commitment cites its action type"
  },
  fix: {
    fr: "Retirez de l'engagement le type d'action de la branche qui part (par le même avenant ou un avenant antérieur).",
    en: "Remove the leaving branch's action type from the commitment (by the same amendment or an earlier one)."
  },
  message: {
    fr: ({ branch, commitment, actionType }) =>
      `La branche « ${branch} » quitte l'accord mais l'engagement « ${commitment} » cite encore son type d'action « ${actionType} »`,
    en: ({ branch, commitment, actionType }) =>
      `Branch "${branch}" leaves the agreement but commitment "${commitment}" still cites its action type "${actionType}"`
  }
})

/** @since 0.3.0 */
export const compositionUnknownParameter = define<{
  readonly clause: string
  readonly parameter: string
  readonly known: ReadonlyArray<string>
}>("composition", {
  code: "composition.unknown-parameter",
  severity: "error",
  clause: "a7#2",
  title: { fr: "Paramètre que la clause n'a pas", en: "Parameter the clause does not have" },
  fix: {
    fr: "Citez un paramètre de la clause (a7#1 : duration-years ; a7#4 : notice-months ; a4#3 : minimum-meetings-per-year ; a4.1#2 : regional-meetings-per-year).",
    en: "Name a parameter of the clause (a7#1: duration-years; a7#4: notice-months; a4#3: minimum-meetings-per-year; a4.1#2: regional-meetings-per-year)."
  },
  example: '{ "op": "clause-amended", "clause": "a7#4", "parameters": { "notice-weeks": 6 } }',
  message: {
    fr: ({ clause, parameter, known }) =>
      `La clause « ${clause} » n'a pas de paramètre « ${parameter} »${known.length > 0 ? ` (paramètres : ${known.join(", ")})` : " (aucun paramètre)"}`,
    en: ({ clause, parameter, known }) =>
      `Clause "${clause}" has no parameter "${parameter}"${known.length > 0 ? ` (parameters: ${known.join(", ")})` : " (it has none)"}`
  }
})

/** @since 0.3.0 */
export const compositionParameterValue = define<{
  readonly clause: string
  readonly parameter: string
  /** Why: not a positive whole number, or a date past year 9999. */
  readonly why: "not-positive-integer" | "past-9999"
}>("composition", {
  code: "composition.parameter-value",
  severity: "error",
  clause: "a7#1",
  title: { fr: "Valeur de paramètre impossible", en: "Impossible parameter value" },
  fix: {
    fr: "Donnez un nombre entier positif (3, pas 0 ni 2.5) qui garde les dates de l'accord dans le calendrier.",
    en: "Give a positive whole number (3, not 0 nor 2.5) that keeps the agreement's dates within the calendar."
  },
  example: '{ "op": "clause-amended", "clause": "a7#4", "parameters": { "notice-months": 0 } }',
  message: {
    fr: ({ clause, parameter, why }) =>
      why === "past-9999"
        ? `Le paramètre « ${parameter} » de la clause « ${clause} » donne une date au-delà de l'an 9999 (clauses a7#1, a7#4, article 7)`
        : `Le paramètre « ${parameter} » de la clause « ${clause} » attend un entier positif${described(parameter, "fr")}`,
    en: ({ clause, parameter, why }) =>
      why === "past-9999"
        ? `Parameter "${parameter}" of clause "${clause}" gives a date past year 9999 (clauses a7#1, a7#4, article 7)`
        : `Parameter "${parameter}" of clause "${clause}" takes a positive whole number${described(parameter, "en")}`
  }
})

/** @since 0.3.0 */
export const compositionTermRetroactive = define<{
  readonly years: number
  readonly lastDay: string
  readonly effectiveDate: string
}>("composition", {
  code: "composition.term-retroactive",
  severity: "error",
  clause: "a7#1",
  title: {
    fr: "Durée qui aurait fini l'accord avant l'avenant",
    en: "Duration that would have ended the agreement before the amendment"
  },
  fix: {
    fr: "Donnez une durée qui fait finir l'accord après la prise d'effet de l'avenant.",
    en: "Give a duration that ends the agreement after the amendment takes effect."
  },
  example:
    '{ "op": "clause-amended", "clause": "a7#1", "parameters": { "duration-years": 1 } } en vigueur le 2025-10-01',
  message: {
    fr: ({ years, lastDay, effectiveDate }) =>
      `Avec une durée de ${years} an(s), l'accord aurait pris fin le ${lastDay}, avant que l'avenant prenne effet (${effectiveDate}) : un avenant modifie l'accord en vigueur (clause a7#2) et ne peut, selon la lecture du projet, y avoir mis fin avant de prendre effet (docs/signatories.md)`,
    en: ({ years, lastDay, effectiveDate }) =>
      `With a duration of ${years} year(s), the agreement would have ended on ${lastDay}, before the amendment takes effect (${effectiveDate}): an amendment changes the agreement in force (clause a7#2) and, on the project's reading, cannot have ended it before it takes effect (docs/signatories.md)`
  }
})

/** @since 0.3.0 */
export const compositionConsentMissing = define<{
  readonly signatureDate: string
  readonly missing: ReadonlyArray<string>
}>("composition", {
  code: "composition.consent-missing",
  severity: "error",
  clause: "a7#2",
  title: { fr: "Signature d'une partie manquante", en: "A party's signature missing" },
  fix: {
    fr: "Faites signer l'avenant par toutes les parties liées par l'accord à sa date de signature, et par la branche qu'il fait entrer (signatories).",
    en: "Have the amendment signed by every party bound on its signature date, and by the branch it brings in (signatories)."
  },
  example: '"signatories": [{ "party": "state", … }] seul',
  message: {
    fr: ({ signatureDate, missing }) =>
      `L'avenant n'engage les parties qu'avec l'accord de toutes les parties signataires à sa date de signature (${signatureDate}) et de la branche qu'il fait entrer (clause a7#2, article 7) : il manque la signature de ${missing.join(", ")}`,
    en: ({ signatureDate, missing }) =>
      `The amendment binds the parties only with the consent of every signatory party on its signature date (${signatureDate}) and of any branch it brings in (clause a7#2, article 7): missing the signature of ${missing.join(", ")}`
  }
})

/** @since 0.3.0 */
export const compositionUnknownSignatory = define<{ readonly party: string; readonly signatureDate: string }>(
  "composition",
  {
    code: "composition.unknown-signatory",
    severity: "error",
    clause: "a7#2",
    title: { fr: "Signataire qui n'est pas partie à l'accord", en: "Signatory that is not a party" },
    fix: {
      fr: "Retirez ce signataire, ou faites entrer sa branche par le même avenant (branch-joins).",
      en: "Remove this signatory, or bring its branch in by the same amendment (branch-joins)."
    },
    example: '"signatories": [ …, { "party": "fastt", … } ]',
    message: {
      fr: ({ party, signatureDate }) =>
        `Le signataire « ${party} » n'est pas une partie de l'accord le ${signatureDate}, et l'avenant ne le fait pas entrer (clause a7#2)`,
      en: ({ party, signatureDate }) =>
        `Signatory "${party}" is not a party to the agreement on ${signatureDate}, and the amendment does not bring it in (clause a7#2)`
    }
  }
)

/** @since 0.3.0 */
export const compositionActSignedBeforeAgreement = define<{ readonly date: string; readonly agreementDate: string }>(
  "composition",
  {
    code: "composition.act-signed-before-agreement",
    severity: "error",
    clause: "a7#1",
    title: { fr: "Acte daté d'avant l'accord", en: "Act dated before the agreement" },
    fix: {
      fr: "Vérifiez la date de signature de l'avenant (ou de réunion du comité) : elle vient après celle de l'accord.",
      en: "Check the amendment's signature date (or the committee's meeting date): it comes after the agreement's."
    },
    example: '"signatureDate": "2024-06-01"',
    message: {
      fr: ({ date, agreementDate }) =>
        `L'acte est daté du ${date}, avant l'accord qu'il modifie (${agreementDate}, clause a7#1)`,
      en: ({ date, agreementDate }) =>
        `The act is dated ${date}, before the agreement it changes (${agreementDate}, clause a7#1)`
    }
  }
)

/** @since 0.3.0 */
export const compositionActBeforeAgreement = define<{ readonly effectiveDate: string; readonly agreementDate: string }>(
  "composition",
  {
    code: "composition.act-before-agreement",
    severity: "error",
    clause: "a7#1",
    title: { fr: "Acte en vigueur avant l'accord", en: "Act in force before the agreement" },
    fix: {
      fr: "Vérifiez la date d'effet de l'acte : elle vient après la signature de l'accord.",
      en: "Check the act's effective date: it comes after the agreement's signature."
    },
    example: '"effectiveDate": "2024-02-01"',
    message: {
      fr: ({ effectiveDate, agreementDate }) =>
        `L'acte prend effet le ${effectiveDate}, avant l'accord (${agreementDate}, clause a7#1)`,
      en: ({ effectiveDate, agreementDate }) =>
        `The act takes effect on ${effectiveDate}, before the agreement (${agreementDate}, clause a7#1)`
    }
  }
)

/** @since 0.3.0 */
export const compositionActAfterEnd = define<{ readonly effectiveDate: string; readonly lastDay: string }>(
  "composition",
  {
    code: "composition.act-after-end",
    severity: "error",
    clause: "a7#1",
    title: { fr: "Acte en vigueur après la fin de l'accord", en: "Act in force after the agreement ends" },
    fix: {
      fr: "Vérifiez la date d'effet de l'acte, ou prolongez d'abord l'accord par un avenant (clause a7#1, duration-years).",
      en: "Check the act's effective date, or first extend the agreement by an amendment (clause a7#1, duration-years)."
    },
    example: '"effectiveDate": "2027-09-16"',
    message: {
      fr: ({ effectiveDate, lastDay }) =>
        `L'acte prend effet le ${effectiveDate}, après la fin de l'accord (dernier jour : ${lastDay}, clause a7#1)`,
      en: ({ effectiveDate, lastDay }) =>
        `The act takes effect on ${effectiveDate}, after the agreement ends (last day: ${lastDay}, clause a7#1)`
    }
  }
)

/** @since 0.3.0 */
export const compositionActAfterTermination = define<{
  readonly effectiveDate: string
  readonly lastDay: string
  readonly requestedBy: string
  readonly requestDate: string
}>("composition", {
  code: "composition.act-after-termination",
  severity: "error",
  clause: "a7#4",
  title: { fr: "Acte en vigueur après la résiliation", en: "Act in force after the termination" },
  fix: {
    fr: "Vérifiez la date d'effet de l'acte : l'accord résilié ne change plus après son dernier jour.",
    en: "Check the act's effective date: a terminated agreement no longer changes after its last day."
  },
  message: {
    fr: ({ effectiveDate, lastDay, requestedBy, requestDate }) =>
      `L'acte prend effet le ${effectiveDate}, après la résiliation de l'accord (dernier jour : ${lastDay}, demande de ${requestedBy} du ${requestDate} ; clauses a7#3 et a7#4)`,
    en: ({ effectiveDate, lastDay, requestedBy, requestDate }) =>
      `The act takes effect on ${effectiveDate}, after the agreement was terminated (last day: ${lastDay}, request by ${requestedBy} of ${requestDate}; clauses a7#3 and a7#4)`
  }
})

/** @since 0.3.0 */
export const compositionUnknownPendingDecision = define<{
  readonly resolves: string
  readonly pending: ReadonlyArray<string>
}>("composition", {
  code: "composition.unknown-pending-decision",
  severity: "error",
  clause: "a4#4",
  title: { fr: "Décision qui règle ce qui n'était pas attendu", en: "Decision resolving what was not pending" },
  fix: {
    fr: "Écrivez dans resolves l'identifiant d'une décision attendue (annual-report-indicators), ou retirez le champ.",
    en: "Write in resolves the id of a pending decision (annual-report-indicators), or remove the field."
  },
  example: '{ "kind": "committee-decision", "resolves": "nothing", … }',
  message: {
    fr: ({ resolves, pending }) =>
      `La décision règle « ${resolves} », qui n'est pas une décision attendue (attendues : ${pending.length === 0 ? "aucune" : pending.join(", ")})`,
    en: ({ resolves, pending }) =>
      `The decision resolves "${resolves}", which is not a pending decision (pending: ${pending.length === 0 ? "none" : pending.join(", ")})`
  }
})

// =================================================================================================
// termination.*: why a termination request has no effect (a7#3, a7#4)
// =================================================================================================

/** @since 0.3.0 */
export const terminationOutsideTerm = define<{
  readonly requestDate: string
  readonly firstDay: string
  readonly lastDay: string
}>("composition", {
  code: "termination.outside-term",
  severity: "warning",
  clause: "a7#1",
  title: {
    fr: "Demande de résiliation hors de la durée de l'accord",
    en: "Termination request outside the agreement's term"
  },
  fix: {
    fr: "Vérifiez la date de la demande : on ne résilie l'accord que pendant sa durée.",
    en: "Check the request's date: the agreement is terminated only during its term."
  },
  example: '{ "kind": "termination", "requestDate": "2028-01-01", … }',
  message: {
    fr: ({ requestDate, firstDay, lastDay }) =>
      `La demande du ${requestDate} est faite hors de la durée de l'accord (du ${firstDay} au ${lastDay}, clause a7#1)`,
    en: ({ requestDate, firstDay, lastDay }) =>
      `The request of ${requestDate} is made outside the agreement's term (${firstDay} to ${lastDay}, clause a7#1)`
  }
})

/** @since 0.3.0 */
export const terminationNotASignatory = define<{
  readonly parties: ReadonlyArray<string>
  readonly requestDate: string
}>("composition", {
  code: "termination.not-a-signatory",
  severity: "warning",
  clause: "a7#3",
  title: { fr: "Résiliation demandée par une non-signataire", en: "Termination asked by a non-signatory" },
  fix: {
    fr: "Seule une partie signataire peut demander la résiliation : vérifiez requestedBy.",
    en: "Only a signatory party may ask to end the agreement: check requestedBy."
  },
  example: '{ "kind": "termination", "requestedBy": "fastt", … }',
  message: {
    fr: ({ parties, requestDate }) =>
      `${parties.join(", ")} n'est pas une partie signataire le ${requestDate} : seule une partie signataire peut demander la résiliation (clause a7#3, article 7)`,
    en: ({ parties, requestDate }) =>
      `${parties.join(", ")} is not a signatory party on ${requestDate}: only a signatory party may ask to end the agreement (clause a7#3, article 7)`
  }
})

/** @since 0.3.0 */
export const terminationNotificationUnderWay = define<{
  readonly day: string
  readonly pending: ReadonlyArray<string>
}>("composition", {
  code: "termination.notification-under-way",
  severity: "warning",
  clause: "a7#3",
  title: { fr: "Notification de la résiliation en cours", en: "Termination notice under way" },
  fix: {
    fr: "Rien à corriger : la demande prend effet quand la dernière partie l'a reçue.",
    en: "Nothing to fix: the request takes effect once the last party has received it."
  },
  message: {
    fr: ({ day, pending }) =>
      `Notification en cours au ${day} : ${pending.join(", ")} ne l'a pas encore reçue (clause a7#3, article 7)`,
    en: ({ day, pending }) =>
      `Notification under way on ${day}: ${pending.join(", ")} has not received it yet (clause a7#3, article 7)`
  }
})

/** @since 0.3.0 */
export const terminationReceiptMissing = define<{ readonly missing: ReadonlyArray<string> }>("composition", {
  code: "termination.receipt-missing",
  severity: "warning",
  clause: "a7#3",
  title: { fr: "Accusé de réception de la résiliation manquant", en: "Acknowledgement of the termination missing" },
  fix: {
    fr: "Ajoutez dans receipts l'accusé de réception de chaque autre partie signataire, daté du jour de la demande ou après.",
    en: "Add to receipts each other signatory party's acknowledgement of receipt, dated on or after the request."
  },
  example: '"receipts": [] pour une demande de unml',
  message: {
    fr: ({ missing }) =>
      `La demande doit être reçue par toutes les autres parties (clause a7#3, article 7) : pas d'accusé de réception de ${missing.join(", ")}, ou un accusé antérieur à la demande`,
    en: ({ missing }) =>
      `The request must be received by every other party (clause a7#3, article 7): no acknowledgement of receipt from ${missing.join(", ")}, or one dated before the request`
  }
})

/** @since 0.3.0 */
export const terminationNoticePastTerm = define<{ readonly months: number; readonly lastDay: string }>("composition", {
  code: "termination.notice-past-term",
  severity: "warning",
  clause: "a7#4",
  title: { fr: "Préavis qui finirait après le terme", en: "Notice that would end after the term" },
  fix: {
    fr: "Rien à corriger : l'accord arrive à son terme avant la fin du préavis.",
    en: "Nothing to fix: the agreement reaches its term before the notice ends."
  },
  message: {
    fr: ({ months, lastDay }) =>
      `Le préavis de ${months} mois (clause a7#4) finirait après le terme de l'accord (${lastDay}, clause a7#1) : l'accord arrive à son terme d'abord`,
    en: ({ months, lastDay }) =>
      `The ${months}-month notice (clause a7#4) would end after the agreement's term (${lastDay}, clause a7#1): the agreement expires first`
  }
})

/** @since 0.3.0 */
export const terminationSuperseded = define<{
  readonly lastDay: string
  readonly requestedBy: string
  readonly requestDate: string
}>("composition", {
  code: "termination.superseded",
  severity: "warning",
  clause: "a7#4",
  title: { fr: "Une autre résiliation finit l'accord plus tôt", en: "Another termination ends the agreement sooner" },
  fix: {
    fr: "Rien à corriger : de deux demandes valables, celle dont le préavis finit d'abord met fin à l'accord.",
    en: "Nothing to fix: of two valid requests, the one whose notice ends first ends the agreement."
  },
  message: {
    fr: ({ lastDay, requestedBy, requestDate }) =>
      `Une autre demande met fin à l'accord plus tôt : dernier jour le ${lastDay} (demande de ${requestedBy} du ${requestDate})`,
    en: ({ lastDay, requestedBy, requestDate }) =>
      `Another request ends the agreement sooner: last day ${lastDay} (request by ${requestedBy} of ${requestDate})`
  }
})
