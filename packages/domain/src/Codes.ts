/**
 * The domain's diagnostic codes, each defined once with the catalogue: the structural ones a
 * decode reports (a missing field, a wrong type, a value outside a closed list) and those of the
 * checks the schemas carry (SIRET, dates, identifiers, personal data, references inside an
 * agreement...). Schemas and raise sites name a code here and give its parameters; nothing else in
 * the domain writes a message.
 *
 * Parameters are public values only (codes, field names, counts, the accepted values): a message
 * never carries what a young person's record holds (a5#1).
 *
 * @since 0.3.0
 */
import * as Catalogue from "./Catalogue.js"

// --- how lists and expected values read -------------------------------------------------------

/** `a, b ou c` / `a, b or c`. */
const joined = (items: ReadonlyArray<string>, last: string): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`

const isCodeLike = (v: string): boolean => /^[0-9A-Z]+$/u.test(v)

// Short codes (territories) are sorted and their numeric runs shown as ranges, so that the full
// list of départements fits on a line and still names every accepted value.
const valuesText = (values: ReadonlyArray<string>, to: string): string => {
  const shown = values.map((v) => (v === "" || /[\s,]/u.test(v) ? JSON.stringify(v) : v))
  const sorted = shown.every(isCodeLike)
    ? [...shown].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
    : shown
  const out: Array<string> = []
  let i = 0
  while (i < sorted.length) {
    let j = i
    const next = (k: number) => {
      const a = sorted[k] as string
      const b = sorted[k + 1]
      return (
        b !== undefined && /^\d+$/u.test(a) && /^\d+$/u.test(b) && a.length === b.length && Number(b) === Number(a) + 1
      )
    }
    while (next(j)) j++
    out.push(j - i >= 2 ? `${sorted[i]} ${to} ${sorted[j]}` : (sorted[i] as string))
    if (j - i === 1) out.push(sorted[j] as string)
    i = j + 1
  }
  return out.join(", ")
}

const oneOfFr = (values: ReadonlyArray<string>) =>
  values.length === 1 ? `la valeur ${valuesText(values, "à")}` : `une des valeurs ${valuesText(values, "à")}`
const oneOfEn = (values: ReadonlyArray<string>) =>
  values.length === 1 ? `the value ${valuesText(values, "to")}` : `one of ${valuesText(values, "to")}`

/**
 * The kinds of value a decode can expect, as `type.invalid` names them.
 *
 * @since 0.3.0
 */
export type TypeName = "string" | "number" | "boolean" | "object" | "array" | "null" | "nothing" | "other"

const typeFr: Readonly<Record<TypeName, string>> = {
  string: "un texte",
  number: "un nombre",
  boolean: "un booléen (true ou false)",
  object: "un objet { … }",
  array: "une liste [ … ]",
  null: "null",
  nothing: "aucune valeur (ce champ doit être absent)",
  other: "une valeur d'une autre forme"
}
const typeEn: Readonly<Record<TypeName, string>> = {
  string: "a string",
  number: "a number",
  boolean: "a boolean (true or false)",
  object: "an object { … }",
  array: "an array [ … ]",
  null: "null",
  nothing: "no value (this field must be absent)",
  other: "a value of another shape"
}
const typeOf = (t: string): TypeName => (t in typeFr ? (t as TypeName) : "other")

// --- structural codes (a decode's shape problems) ---------------------------------------------

/**
 * A required field is absent. `values` lists what it may hold when it is a closed list (the
 * `kind` of a record); `element` says the missing thing is the first element of a list that may
 * not be empty.
 *
 * @since 0.3.0
 */
export const fieldMissing = Catalogue.define<{
  readonly values?: ReadonlyArray<string> | undefined
  readonly element?: boolean | undefined
}>({
  code: "field.missing",
  severity: "error",
  title: { fr: "Champ obligatoire absent", en: "Required field is missing" },
  fix: {
    fr: "Ajoutez le champ (ou la colonne) indiqué, avec une valeur. Pour une liste qui ne peut pas être vide, donnez au moins un élément.",
    en: "Add the field (or column) named, with a value. For a list that may not be empty, give at least one element."
  },
  example: '{"kind":"participant","schemaVersion":"1.0.0","ref":"p-7f3a9c2e","missionLocale":"ML-069"}',
  message: {
    fr: ({ values, element }) =>
      element === true
        ? "Élément obligatoire absent : la liste doit contenir au moins un élément"
        : values === undefined
          ? "Champ obligatoire absent"
          : `Champ obligatoire absent : indiquez ${oneOfFr(values)}`,
    en: ({ values, element }) =>
      element === true
        ? "Required element is missing: the list must hold at least one element"
        : values === undefined
          ? "Required field is missing"
          : `Required field is missing: give ${oneOfEn(values)}`
  }
})

/**
 * A field the schema does not define. `allowed` lists the fields it defines.
 *
 * @since 0.3.0
 */
export const fieldUnexpected = Catalogue.define<{ readonly allowed?: ReadonlyArray<string> | undefined }>({
  code: "field.unexpected",
  severity: "error",
  title: { fr: "Champ non prévu par le schéma", en: "Field not allowed by the schema" },
  fix: {
    fr: "Retirez le champ, ou corrigez son nom (majuscules comprises) pour qu'il soit l'un des champs possibles. Ses valeurs ne sont jamais recopiées dans le rapport.",
    en: "Remove the field, or correct its name (case included) to one of the allowed fields. Its values are never copied into the report."
  },
  example: '{"kind":"action",…,"commentaire":"…"}',
  message: {
    fr: ({ allowed }) =>
      allowed === undefined || allowed.length === 0
        ? "Champ non prévu par le schéma"
        : `Champ non prévu par le schéma ; champs possibles : ${allowed.join(", ")}`,
    en: ({ allowed }) =>
      allowed === undefined || allowed.length === 0
        ? "Field not allowed by the schema"
        : `Field not allowed by the schema; allowed fields: ${allowed.join(", ")}`
  }
})

/**
 * A value of the wrong type. `types` names what is expected (`string`, `number`, ... see
 * {@link TypeName}); `values`, the accepted constants when there are some.
 *
 * @since 0.3.0
 */
export const typeInvalid = Catalogue.define<{
  readonly types: ReadonlyArray<string>
  readonly values?: ReadonlyArray<string> | undefined
}>({
  code: "type.invalid",
  severity: "error",
  title: { fr: "Valeur du mauvais type", en: "Value of the wrong type" },
  fix: {
    fr: "Écrivez une valeur du type attendu : un texte entre guillemets en JSON, un nombre sans guillemets, true ou false pour un booléen, une liste entre crochets.",
    en: "Write a value of the expected type: a quoted string in JSON, an unquoted number, true or false for a boolean, a list in brackets."
  },
  example: '{"kind":"action",…,"companies":"73282932000074"}',
  message: {
    fr: ({ types, values }) =>
      `Attendu : ${joined([...types.map((t) => typeFr[typeOf(t)]), ...(values && values.length > 0 ? [oneOfFr(values)] : [])], "ou")}`,
    en: ({ types, values }) =>
      `Expected ${joined([...types.map((t) => typeEn[typeOf(t)]), ...(values && values.length > 0 ? [oneOfEn(values)] : [])], "or")}`
  }
})

/**
 * A value outside a closed list; `values` is the whole list.
 *
 * @since 0.3.0
 */
export const valueNotAllowed = Catalogue.define<{ readonly values: ReadonlyArray<string> }>({
  code: "value.not-allowed",
  severity: "error",
  title: { fr: "Valeur hors de la liste autorisée", en: "Value not in the allowed list" },
  fix: {
    fr: "Remplacez la valeur par l'un des codes listés dans le message (un code, pas son libellé : « cdd », pas « Contrat à durée déterminée »).",
    en: "Replace the value with one of the codes the message lists (a code, not its label: “cdd”, not “Fixed-term contract”)."
  },
  example: '{"kind":"insertion-outcome",…,"outcome":"interim"}',
  message: {
    fr: ({ values }) => `Attendu : ${oneOfFr(values)}`,
    en: ({ values }) => `Expected ${oneOfEn(values)}`
  }
})

/**
 * The rule of a generic check (a bound, an integer...), as `value.invalid` names it.
 *
 * @since 0.3.0
 */
export type CheckRule =
  | "integer"
  | "finite"
  | "at-least"
  | "more-than"
  | "at-most"
  | "less-than"
  | "between"
  | "min-length"
  | "max-length"
  | "length-between"
  | "unique"
  | "trimmed"
  | "other"

const ruleFr = (rule: string, min?: number, max?: number): string => {
  switch (rule as CheckRule) {
    case "integer":
      return "un nombre entier"
    case "finite":
      return "un nombre fini"
    case "at-least":
      return `un nombre supérieur ou égal à ${min}`
    case "more-than":
      return `un nombre strictement supérieur à ${min}`
    case "at-most":
      return `un nombre inférieur ou égal à ${max}`
    case "less-than":
      return `un nombre strictement inférieur à ${max}`
    case "between":
      return `un nombre entre ${min} et ${max}`
    case "min-length":
      return `au moins ${min} caractère(s) ou élément(s)`
    case "max-length":
      return `au plus ${max} caractère(s) ou élément(s)`
    case "length-between":
      return `de ${min} à ${max} caractère(s) ou élément(s)`
    case "unique":
      return "des éléments tous différents"
    case "trimmed":
      return "un texte sans espace au début ni à la fin"
    default:
      return "une valeur valide"
  }
}
const ruleEn = (rule: string, min?: number, max?: number): string => {
  switch (rule as CheckRule) {
    case "integer":
      return "an integer"
    case "finite":
      return "a finite number"
    case "at-least":
      return `a number greater than or equal to ${min}`
    case "more-than":
      return `a number greater than ${min}`
    case "at-most":
      return `a number less than or equal to ${max}`
    case "less-than":
      return `a number less than ${max}`
    case "between":
      return `a number between ${min} and ${max}`
    case "min-length":
      return `at least ${min} character(s) or element(s)`
    case "max-length":
      return `at most ${max} character(s) or element(s)`
    case "length-between":
      return `${min} to ${max} character(s) or element(s)`
    case "unique":
      return "elements that are all different"
    case "trimmed":
      return "a text with no leading or trailing spaces"
    default:
      return "a valid value"
  }
}

/**
 * A value of the right type that a generic check refuses (a negative count, a decimal where an
 * integer is expected). `rule` is a {@link CheckRule}.
 *
 * @since 0.3.0
 */
export const valueInvalid = Catalogue.define<{
  readonly rule: string
  readonly minimum?: number | undefined
  readonly maximum?: number | undefined
}>({
  code: "value.invalid",
  severity: "error",
  title: { fr: "Valeur refusée par une règle", en: "Value refused by a rule" },
  fix: {
    fr: "Corrigez la valeur pour qu'elle respecte la règle indiquée (un entier, une borne, une longueur).",
    en: "Correct the value so that it meets the rule stated (an integer, a bound, a length)."
  },
  example: '{"kind":"action",…,"participantCount":-3}',
  message: {
    fr: ({ rule, minimum, maximum }) =>
      rule === "other" ? "Valeur invalide" : `Attendu : ${ruleFr(rule, minimum, maximum)}`,
    en: ({ rule, minimum, maximum }) =>
      rule === "other" ? "Invalid value" : `Expected ${ruleEn(rule, minimum, maximum)}`
  }
})

/**
 * A value that fits several variants of a union where exactly one must fit.
 *
 * @since 0.3.0
 */
export const valueAmbiguous = Catalogue.define({
  code: "value.ambiguous",
  severity: "error",
  title: { fr: "Valeur ambiguë", en: "Ambiguous value" },
  fix: {
    fr: "Retirez les champs qui font correspondre la valeur à plusieurs variantes : une seule doit convenir.",
    en: "Remove the fields that make the value match several variants: exactly one must match."
  },
  message: {
    fr: () => "La valeur correspond à plusieurs variantes : une seule doit convenir",
    en: () => "The value matches several variants: exactly one must match"
  }
})

/**
 * A decode that needed something it may not do (an asynchronous step in a synchronous decode).
 * A programming error of a schema, not of the data.
 *
 * @since 0.3.0
 */
export const valueForbidden = Catalogue.define({
  code: "value.forbidden",
  severity: "error",
  title: { fr: "Opération interdite pendant la lecture", en: "Forbidden operation while reading" },
  fix: {
    fr: "Erreur du schéma, pas des données : signalez-la aux mainteneurs du projet.",
    en: "An error of the schema, not of the data: report it to the project's maintainers."
  },
  message: {
    fr: () => "Opération interdite pendant la lecture (erreur du schéma)",
    en: () => "Forbidden operation while reading (an error of the schema)"
  }
})

// --- reference codes ----------------------------------------------------------------------------

/** @since 0.3.0 */
export const siretFormat = Catalogue.define({
  code: "siret.format",
  severity: "error",
  title: { fr: "SIRET mal formé", en: "Malformed SIRET" },
  fix: {
    fr: "Écrivez les 14 chiffres du SIRET, sans espace ni point, en texte (entre guillemets en JSON) pour garder les zéros de tête.",
    en: "Write the SIRET's 14 digits, with no space or dot, as text (quoted in JSON) to keep leading zeros."
  },
  example: '{"kind":"action",…,"companies":["732 829 320 00074"]}',
  message: { fr: () => "Attendu : un SIRET de 14 chiffres", en: () => "Expected a SIRET of 14 digits" }
})

/** @since 0.3.0 */
export const siretChecksum = Catalogue.define({
  code: "siret.checksum",
  severity: "error",
  title: { fr: "Clé de contrôle du SIRET fausse", en: "Wrong SIRET checksum" },
  fix: {
    fr: "Un chiffre est faux ou deux sont inversés : recopiez le SIRET depuis l'annuaire des entreprises (annuaire-entreprises.data.gouv.fr).",
    en: "A digit is wrong or two are swapped: copy the SIRET again from the companies' directory (annuaire-entreprises.data.gouv.fr)."
  },
  example: '{"kind":"action",…,"companies":["73282932000075"]}',
  message: {
    fr: () => "Attendu : un SIRET dont la clé de contrôle est valide (Luhn, ou règle propre à La Poste)",
    en: () => "Expected a SIRET with a valid checksum (Luhn, or La Poste's own rule)"
  }
})

/** @since 0.3.0 */
export const sirenFormat = Catalogue.define({
  code: "siren.format",
  severity: "error",
  title: { fr: "SIREN mal formé", en: "Malformed SIREN" },
  fix: {
    fr: "Écrivez les 9 chiffres du SIREN, sans espace, en texte.",
    en: "Write the SIREN's 9 digits, with no space, as text."
  },
  example: '"73282932"',
  message: { fr: () => "Attendu : un SIREN de 9 chiffres", en: () => "Expected a SIREN of 9 digits" }
})

/** @since 0.3.0 */
export const sirenChecksum = Catalogue.define({
  code: "siren.checksum",
  severity: "error",
  title: { fr: "Clé de contrôle du SIREN fausse", en: "Wrong SIREN checksum" },
  fix: {
    fr: "Un chiffre est faux ou deux sont inversés : recopiez le SIREN depuis l'annuaire des entreprises.",
    en: "A digit is wrong or two are swapped: copy the SIREN again from the companies' directory."
  },
  example: '"732829321"',
  message: {
    fr: () => "Attendu : un SIREN dont la clé de contrôle (Luhn) est valide",
    en: () => "Expected a SIREN with a valid Luhn checksum"
  }
})

/** @since 0.3.0 */
export const idccFormat = Catalogue.define({
  code: "idcc.format",
  severity: "error",
  title: { fr: "Code IDCC mal formé", en: "Malformed IDCC code" },
  fix: {
    fr: "Écrivez le numéro IDCC de la convention collective : 1 à 4 chiffres (158 ou 0158).",
    en: "Write the collective agreement's IDCC number: 1 to 4 digits (158 or 0158)."
  },
  example: '{"kind":"insertion-outcome",…,"idcc":"IDCC1979"}',
  message: { fr: () => "Attendu : un code IDCC de 1 à 4 chiffres", en: () => "Expected an IDCC code of 1 to 4 digits" }
})

/** @since 0.3.0 */
export const romeFormat = Catalogue.define({
  code: "rome.format",
  severity: "error",
  title: { fr: "Code ROME mal formé", en: "Malformed ROME code" },
  fix: {
    fr: "Écrivez le code métier ROME de France Travail : une lettre majuscule de A à N puis 4 chiffres (G1803).",
    en: "Write France Travail's ROME job code: a capital letter from A to N then 4 digits (G1803)."
  },
  example: '{"kind":"insertion-outcome",…,"rome":"g1803"}',
  message: {
    fr: () => "Attendu : un code ROME : une lettre de A à N suivie de 4 chiffres (ex. G1803)",
    en: () => "Expected a ROME code: a letter from A to N followed by 4 digits (e.g. G1803)"
  }
})

/** @since 0.3.0 */
export const rncpFormat = Catalogue.define({
  code: "rncp.format",
  severity: "error",
  title: { fr: "Code RNCP mal formé", en: "Malformed RNCP code" },
  fix: {
    fr: "Écrivez « RNCP » en majuscules suivi du numéro de la fiche (RNCP38436), ou « RS » suivi du numéro pour le Répertoire spécifique.",
    en: "Write “RNCP” in capitals followed by the record's number (RNCP38436), or “RS” followed by the number for the specific register."
  },
  example: '{"kind":"insertion-outcome",…,"certification":"rncp38436"}',
  message: { fr: () => "Attendu : un code RNCP (ex. RNCP38436)", en: () => "Expected an RNCP code (e.g. RNCP38436)" }
})

/** @since 0.3.0 */
export const rsFormat = Catalogue.define({
  code: "rs.format",
  severity: "error",
  title: { fr: "Code RS mal formé", en: "Malformed RS code" },
  fix: {
    fr: "Écrivez « RS » en majuscules suivi du numéro de la fiche (RS5678), ou « RNCP » suivi du numéro.",
    en: "Write “RS” in capitals followed by the record's number (RS5678), or “RNCP” followed by the number."
  },
  example: '{"kind":"insertion-outcome",…,"certification":"CQP12"}',
  message: { fr: () => "Attendu : un code RS (ex. RS5678)", en: () => "Expected an RS code (e.g. RS5678)" }
})

/** @since 0.3.0 */
export const dateFormat = Catalogue.define({
  code: "date.format",
  severity: "error",
  title: { fr: "Date mal écrite", en: "Badly written date" },
  fix: {
    fr: "Écrivez la date au format AAAA-MM-JJ (2025-03-14), sans heure ni fuseau horaire.",
    en: "Write the date as YYYY-MM-DD (2025-03-14), with no time or time zone."
  },
  example: '{"kind":"action",…,"startDate":"14/03/2025"}',
  message: {
    fr: () => "Attendu : une date au format AAAA-MM-JJ (ex. 2024-09-16)",
    en: () => "Expected a date formatted as YYYY-MM-DD (e.g. 2024-09-16)"
  }
})

/** @since 0.3.0 */
export const dateNonexistent = Catalogue.define({
  code: "date.nonexistent",
  severity: "error",
  title: { fr: "Date qui n'existe pas", en: "Date that does not exist" },
  fix: {
    fr: "Vérifiez le jour et le mois (pas de 30 février, pas de 31 avril ; le 29 février seulement les années bissextiles).",
    en: "Check the day and the month (no 30 February, no 31 April; 29 February in leap years only)."
  },
  example: '{"kind":"action",…,"startDate":"2025-02-29"}',
  message: {
    fr: () => "Attendu : une date qui existe au calendrier",
    en: () => "Expected a date that exists in the calendar"
  }
})

// --- identifiers and texts ------------------------------------------------------------------------

/** @since 0.3.0 */
export const idFormat = Catalogue.define({
  code: "id.format",
  severity: "error",
  title: { fr: "Identifiant mal formé", en: "Malformed identifier" },
  fix: {
    fr: "Écrivez le code, pas le libellé : lettres minuscules sans accent, chiffres et tirets (company-visit, hcr), avec un préfixe « espace: » possible (branch:hcr). La commande « accord-jeunes agreement » affiche les codes à côté des libellés.",
    en: "Write the code, not the label: lower-case letters without accents, digits and hyphens (company-visit, hcr), with an optional “namespace:” prefix (branch:hcr). The command “accord-jeunes agreement” shows the codes beside the labels."
  },
  example: '{"kind":"action",…,"actionType":"Visites d\'entreprises"}',
  message: {
    fr: () =>
      "Attendu : un code en lettres minuscules sans accent (a à z), chiffres et tirets, éventuellement préfixé par un espace de noms (ex. company-visit, branch:hcr)",
    en: () =>
      "Expected a code of lower-case letters without accents (a to z), digits and hyphens, optionally namespaced (e.g. company-visit, branch:hcr)"
  }
})

/** @since 0.3.0 */
export const recordIdFormat = Catalogue.define({
  code: "record-id.format",
  severity: "error",
  title: { fr: "Identifiant d'enregistrement mal formé", en: "Malformed record identifier" },
  fix: {
    fr: "Utilisez de 1 à 128 caractères : lettres (accentuées comprises), chiffres et . _ : - ; pas d'espace, et un premier caractère qui soit une lettre ou un chiffre.",
    en: "Use 1 to 128 characters: letters (accented ones included), digits and . _ : -; no space, and a letter or digit first."
  },
  example: '{"kind":"participant",…,"missionLocale":"ML 042 Saint-Étienne"}',
  message: {
    fr: () =>
      "Attendu : un identifiant de 1 à 128 caractères : lettres (accentuées comprises), chiffres, . _ : - (sans espace), commençant par une lettre ou un chiffre",
    en: () =>
      "Expected an identifier of 1 to 128 characters: letters (accented ones included), digits, . _ : - (no space), starting with a letter or a digit"
  }
})

/** @since 0.3.0 */
export const clauseIdFormat = Catalogue.define({
  code: "clause-id.format",
  severity: "error",
  title: { fr: "Identifiant de clause mal formé", en: "Malformed clause id" },
  fix: {
    fr: "Écrivez la partie puis le numéro de l'élément : a4#3, a3.1#2, pre#1, par#2, sig#1.",
    en: "Write the part then the element's number: a4#3, a3.1#2, pre#1, par#2, sig#1."
  },
  example: '"a3-1#2"',
  message: {
    fr: () => "Attendu : un identifiant de clause <partie>#<n> (ex. a4#3, a3.1#2, pre#1)",
    en: () => "Expected a clause id <part>#<n> (e.g. a4#3, a3.1#2, pre#1)"
  }
})

/** @since 0.3.0 */
export const textEmptyOrUntrimmed = Catalogue.define({
  code: "text.empty-or-untrimmed",
  severity: "error",
  title: { fr: "Texte vide ou entouré d'espaces", en: "Empty or untrimmed text" },
  fix: {
    fr: "Écrivez un texte non vide et retirez les espaces au début et à la fin.",
    en: "Write a non-empty text and remove the spaces at its start and end."
  },
  example: '{"fr":" Visites","en":"Visits"}',
  message: {
    fr: () => "Attendu : un texte non vide, sans espace au début ni à la fin",
    en: () => "Expected a non-empty text with no leading or trailing spaces"
  }
})

// --- personal data (a5#1) -------------------------------------------------------------------------

/** @since 0.3.0 */
export const participantRefFormat = Catalogue.define({
  code: "participant-ref.format",
  severity: "error",
  clause: "a5#1",
  title: { fr: "Référence pseudonyme mal formée", en: "Malformed pseudonymous reference" },
  fix: {
    fr: "Utilisez la référence pseudonyme que votre système attribue au jeune : 4 à 128 caractères, lettres sans accent (A à Z, a à z), chiffres et . _ : -, sans espace ni @. Jamais un nom ni un e-mail.",
    en: "Use the pseudonymous reference your system gives the young person: 4 to 128 characters, letters without accents (A to Z, a to z), digits and . _ : -, no space or @. Never a name or an e-mail."
  },
  example: '{"kind":"participant",…,"ref":"Jeanne Dupont"}',
  message: {
    fr: () =>
      "Attendu : une référence pseudonyme de 4 à 128 caractères (lettres sans accent A à Z, chiffres, . _ : -), sans espace ni @",
    en: () =>
      "Expected a pseudonymous reference of 4 to 128 characters (letters without accents A to Z, digits, . _ : -), with no space or @"
  }
})

/** @since 0.3.0 */
export const participantRefDigitsOnly = Catalogue.define({
  code: "participant-ref.digits-only",
  severity: "error",
  clause: "a5#1",
  title: { fr: "Référence pseudonyme faite de chiffres seulement", en: "Pseudonymous reference of digits only" },
  fix: {
    fr: "Une suite de chiffres peut être un téléphone ou un numéro de sécurité sociale : utilisez une référence qui contient au moins une lettre.",
    en: "A string of digits may be a phone or social-security number: use a reference with at least one letter."
  },
  example: '{"kind":"participant",…,"ref":"0612345678"}',
  message: {
    fr: () =>
      "Attendu : une référence pseudonyme contenant au moins une lettre : une suite de chiffres (téléphone, NIR) n'est pas pseudonyme (clause a5#1)",
    en: () =>
      "Expected a pseudonymous reference with at least one letter: a string of digits (phone, social-security number) is not pseudonymous (clause a5#1)"
  }
})

/** @since 0.3.0 */
export const personalDataDirectIdentifier = Catalogue.define({
  code: "personal-data.direct-identifier",
  severity: "error",
  clause: "a5#1",
  title: { fr: "Donnée directement identifiante", en: "Direct personal identifier" },
  fix: {
    fr: "Retirez la colonne ou le champ (nom, prénom, e-mail, téléphone, NIR, adresse) : les données partagées ne désignent un jeune que par sa référence pseudonyme. Sa valeur n'est jamais recopiée dans le rapport.",
    en: "Remove the column or field (name, first name, e-mail, phone, social-security number, address): shared data name a young person by their pseudonymous reference only. Its value is never copied into the report."
  },
  example: '{"kind":"action",…,"nom":"…"}',
  message: {
    fr: () =>
      "Donnée personnelle directement identifiante interdite dans les données partagées (accord-cadre, clause a5#1, article 5) : retirez-la ; un jeune n'est désigné que par sa référence pseudonyme",
    en: () =>
      "Direct personal identifier not allowed in shared data (framework agreement, clause a5#1, article 5): remove it; a young person is named by their pseudonymous reference only"
  }
})

// --- cross-field rules of records and acts -----------------------------------------------------------

/** @since 0.3.0 */
export const territoryDepartementOutsideRegion = Catalogue.define<{
  readonly departement: string
  readonly departementName: string
  readonly region: string
  readonly actualRegion: string
}>({
  code: "territory.departement-outside-region",
  severity: "error",
  title: { fr: "Département hors de la région indiquée", en: "Département outside the region given" },
  fix: {
    fr: "Corrigez la région ou le département : le département doit appartenir à la région (codes du Code officiel géographique).",
    en: "Correct the region or the département: the département must belong to the region (official geographic codes)."
  },
  example: '{"kind":"action",…,"region":"84","departement":"75"}',
  message: {
    fr: ({ departement, departementName, region, actualRegion }) =>
      `Le département ${departement} (${departementName}) n'appartient pas à la région ${region} : il est dans la région ${actualRegion}`,
    en: ({ departement, departementName, region, actualRegion }) =>
      `Département ${departement} (${departementName}) is not in region ${region}: it is in region ${actualRegion}`
  }
})

/**
 * Two dates of a record in the wrong order. Names the fields, never their values: they may be
 * the dates of a young person's pathway.
 *
 * @since 0.3.0
 */
export const periodEndBeforeStart = Catalogue.define<{ readonly earlier: string; readonly later: string }>({
  code: "period.end-before-start",
  severity: "error",
  title: { fr: "Fin avant le début", en: "End before start" },
  fix: {
    fr: "Vérifiez les deux dates : la date de fin ne peut pas précéder la date de début (jour et mois inversés ?).",
    en: "Check both dates: the end date cannot be before the start date (day and month swapped?)."
  },
  example: '{"kind":"participation",…,"startDate":"2025-03-14","endDate":"2025-03-02"}',
  message: {
    fr: ({ earlier, later }) => `${later} ne peut pas précéder ${earlier}`,
    en: ({ earlier, later }) => `${later} cannot be before ${earlier}`
  }
})

/** @since 0.3.0 */
export const actEffectiveBeforeSignature = Catalogue.define<{ readonly earlier: string; readonly later: string }>({
  code: "act.effective-before-signature",
  severity: "error",
  clause: "a7#2",
  title: { fr: "Avenant en vigueur avant sa signature", en: "Amendment in force before its signature" },
  fix: {
    fr: "Un avenant prend effet au plus tôt le jour de sa signature : corrigez effectiveDate ou signatureDate.",
    en: "An amendment takes effect on its signature day at the earliest: correct effectiveDate or signatureDate."
  },
  example: 'defineAmendment({ …, signatureDate: "2025-06-01", effectiveDate: "2025-05-01" })',
  message: {
    fr: ({ earlier, later }) => `${later} ne peut pas précéder ${earlier}`,
    en: ({ earlier, later }) => `${later} cannot be before ${earlier}`
  }
})

/** @since 0.3.0 */
export const actEffectiveBeforeMeeting = Catalogue.define<{ readonly earlier: string; readonly later: string }>({
  code: "act.effective-before-meeting",
  severity: "error",
  clause: "a4#4",
  title: {
    fr: "Décision du comité en vigueur avant la réunion",
    en: "Committee decision in force before the meeting"
  },
  fix: {
    fr: "Une décision prend effet au plus tôt le jour de la réunion qui la prend : corrigez effectiveDate ou meetingDate.",
    en: "A decision takes effect on the day of the meeting that takes it at the earliest: correct effectiveDate or meetingDate."
  },
  example: 'defineCommitteeDecision({ …, meetingDate: "2025-02-10", effectiveDate: "2025-01-01" })',
  message: {
    fr: ({ earlier, later }) => `${later} ne peut pas précéder ${earlier}`,
    en: ({ earlier, later }) => `${later} cannot be before ${earlier}`
  }
})

/**
 * What `id.duplicate` says is declared twice.
 *
 * @since 0.3.0
 */
export type DuplicateWhat =
  | "clause"
  | "party"
  | "commitment"
  | "action-type"
  | "indicator"
  | "fact"
  | "objective"
  | "session"

const duplicateFr: Readonly<Record<DuplicateWhat, readonly [string, string]>> = {
  clause: ["La clause", "déclarée"],
  party: ["La partie", "déclarée"],
  commitment: ["L'engagement", "déclaré"],
  "action-type": ["Le type d'action", "déclaré"],
  indicator: ["L'indicateur", "déclaré"],
  fact: ["Le fait", "déclaré"],
  objective: ["L'objectif", "déclaré"],
  session: ["La session", "déclarée"]
}
const duplicateEn: Readonly<Record<DuplicateWhat, string>> = {
  clause: "Clause",
  party: "Party",
  commitment: "Commitment",
  "action-type": "Action type",
  indicator: "Indicator",
  fact: "Fact",
  objective: "Objective",
  session: "Session"
}

/**
 * An id declared twice in a list; `first` is where it was first declared (a JSON path).
 *
 * @since 0.3.0
 */
export const idDuplicate = Catalogue.define<{
  readonly what: DuplicateWhat
  readonly id: string
  readonly first: string
}>({
  code: "id.duplicate",
  severity: "error",
  title: { fr: "Identifiant déclaré deux fois", en: "Identifier declared twice" },
  fix: {
    fr: "Gardez une seule déclaration de cet identifiant, ou donnez à la seconde un identifiant différent.",
    en: "Keep a single declaration of this identifier, or give the second one a different identifier."
  },
  example:
    '{"kind":"committee-meeting",…,"attendance":[{"party":"state","present":true},{"party":"state","present":false}]}',
  message: {
    fr: ({ what, id, first }) => {
      const [noun, declared] = duplicateFr[what]
      return `${noun} « ${id} » est déjà ${declared} en ${first}`
    },
    en: ({ what, id, first }) => `${duplicateEn[what]} "${id}" is already declared at ${first}`
  }
})

/**
 * A clause id that the agreement does not have. `citedBy` names what cites it (a commitment's
 * id), when that helps finding it.
 *
 * @since 0.3.0
 */
export const clauseUnknown = Catalogue.define<{ readonly clause: string; readonly citedBy?: string | undefined }>({
  code: "clause.unknown",
  severity: "error",
  title: { fr: "Clause inconnue de l'accord", en: "Clause unknown to the agreement" },
  fix: {
    fr: "Citez une clause de l'accord par son identifiant (a4#3, pre#7...) : la commande « accord-jeunes trace » les liste toutes.",
    en: "Cite a clause of the agreement by its id (a4#3, pre#7...): the command “accord-jeunes trace” lists them all."
  },
  // the clause id is written unquoted: quoted, the traceability check would count it as encoded
  example: 'defineBranchPlugin({ …, commitments: [{ id: "proprete:visites", clauses: [a9#1], … }] })',
  message: {
    fr: ({ clause, citedBy }) =>
      citedBy === undefined
        ? `La clause « ${clause} » n'existe pas dans l'accord`
        : `« ${citedBy} » cite la clause « ${clause} », qui n'existe pas dans l'accord`,
    en: ({ clause, citedBy }) =>
      citedBy === undefined
        ? `Clause "${clause}" does not exist in the agreement`
        : `"${citedBy}" cites clause "${clause}", which the agreement does not have`
  }
})

/** @since 0.3.0 */
export const partyUnknown = Catalogue.define<{ readonly party: string }>({
  code: "party.unknown",
  severity: "error",
  title: { fr: "Partie non déclarée", en: "Undeclared party" },
  fix: {
    fr: "Nommez une partie déclarée dans l'accord (state, unml, akto, branch:<id>...), ou déclarez-la parmi les parties.",
    en: "Name a party declared in the agreement (state, unml, akto, branch:<id>...), or declare it among the parties."
  },
  example: '{"signatories":[{"party":"branch:inconnue",…}]}',
  message: {
    fr: ({ party }) => `La partie « ${party} » n'est pas déclarée dans les parties de l'accord`,
    en: ({ party }) => `Party "${party}" is not declared among the agreement's parties`
  }
})

/** @since 0.3.0 */
export const actionTypeUnknown = Catalogue.define<{ readonly actionType: string }>({
  code: "action-type.unknown",
  severity: "error",
  clause: "a3.3#7",
  title: { fr: "Type d'action hors catalogue", en: "Action type not in the catalog" },
  fix: {
    fr: "Citez un type d'action du catalogue de l'accord (company-visit, mentoring...), ou ajoutez-le par avenant.",
    en: "Cite an action type of the agreement's catalog (company-visit, mentoring...), or add it by amendment."
  },
  example: '{"commitments":[{…,"actionTypes":["job-dating"]}]}',
  message: {
    fr: ({ actionType }) => `Le type d'action « ${actionType} » n'est pas au catalogue`,
    en: ({ actionType }) => `Action type "${actionType}" is not in the catalog`
  }
})

/**
 * One IDCC claimed by two branches: a branch is the set of its collective agreements (pre#7), so
 * a convention belongs to one branch. The plugin SDK's composition raises it too.
 *
 * @since 0.3.0
 */
export const branchIdccClaimedTwice = Catalogue.define<{
  readonly idcc: string
  readonly branch: string
  readonly otherBranch: string
}>({
  code: "branch.idcc-claimed-twice",
  severity: "error",
  clause: "pre#7",
  title: { fr: "IDCC revendiqué par deux branches", en: "IDCC claimed by two branches" },
  fix: {
    fr: "Une convention collective appartient à une seule branche : retirez l'IDCC de l'une des deux branches (ou corrigez le numéro).",
    en: "A collective agreement belongs to one branch only: remove the IDCC from one of the two branches (or correct the number)."
  },
  example: 'defineBranchPlugin({ id: "proprete", conventions: [{ idcc: "1979" }], … }) // 1979 is HCR',
  message: {
    fr: ({ idcc, branch, otherBranch }) =>
      `L'IDCC ${idcc} est revendiqué par la branche « ${branch} » et par la branche « ${otherBranch} » : une branche est l'ensemble de ses conventions (clause pre#7)`,
    en: ({ idcc, branch, otherBranch }) =>
      `IDCC ${idcc} is claimed by branch "${branch}" and by branch "${otherBranch}": a branch is the set of its conventions (clause pre#7)`
  }
})

/** @since 0.3.0 */
export const branchDuplicateIdcc = Catalogue.define({
  code: "branch.duplicate-idcc",
  severity: "error",
  title: { fr: "IDCC en double dans une branche", en: "IDCC listed twice in a branch" },
  fix: {
    fr: "Ne listez chaque convention collective qu'une fois (158 et 0158 sont le même IDCC).",
    en: "List each collective agreement once (158 and 0158 are the same IDCC)."
  },
  example: '{"kind":"branch",…,"conventions":[{"idcc":"158"},{"idcc":"0158"}]}',
  message: {
    fr: () => "Attendu : des conventions collectives dont les IDCC sont tous différents",
    en: () => "Expected collective agreements whose IDCC codes are all different"
  }
})

/** @since 0.3.0 */
export const outcomeEmployerMissing = Catalogue.define({
  code: "outcome.employer-missing",
  severity: "error",
  clause: "a4#4",
  title: { fr: "Contrat sans SIRET d'employeur", en: "Contract without the employer's SIRET" },
  fix: {
    fr: "Pour un contrat (cdi, cdd, temporary-work, apprenticeship, professionalisation-contract), indiquez le SIRET de l'employeur dans employerSiret.",
    en: "For a contract (cdi, cdd, temporary-work, apprenticeship, professionalisation-contract), give the employer's SIRET in employerSiret."
  },
  example: '{"kind":"insertion-outcome",…,"outcome":"cdd"} (no employerSiret)',
  // the outcome of this record is a young person's situation: the message lists the contract kinds instead
  message: {
    fr: () =>
      "Un contrat de travail (cdi, cdd, temporary-work, apprenticeship, professionalisation-contract) doit indiquer le SIRET de l'employeur (employerSiret)",
    en: () =>
      "An employment contract (cdi, cdd, temporary-work, apprenticeship, professionalisation-contract) must give the employer's SIRET (employerSiret)"
  }
})

/** @since 0.3.0 */
export const referentRegionMissing = Catalogue.define({
  code: "referent.region-missing",
  severity: "error",
  clause: "a4.1#1",
  title: { fr: "Référent régional sans région", en: "Regional referent without a region" },
  fix: {
    fr: "Indiquez le code de la région du référent (region), ou mettez level à national.",
    en: "Give the referent's region code (region), or set level to national."
  },
  example: '{"kind":"referent-designation",…,"level":"regional"} (no region)',
  message: {
    fr: () => "Un référent régional doit indiquer sa région",
    en: () => "A regional referent must give its region"
  }
})

/** @since 0.3.0 */
export const referentRegionOnNational = Catalogue.define({
  code: "referent.region-on-national",
  severity: "error",
  clause: "a3#2",
  title: { fr: "Référent national avec une région", en: "National referent with a region" },
  fix: {
    fr: "Retirez la région, ou mettez level à regional.",
    en: "Remove the region, or set level to regional."
  },
  example: '{"kind":"referent-designation",…,"level":"national","region":"84"}',
  message: {
    fr: () => "Un référent national n'a pas de région",
    en: () => "A national referent has no region"
  }
})

/** @since 0.3.0 */
export const amendmentEmptyClauseChange = Catalogue.define({
  code: "amendment.empty-clause-change",
  severity: "error",
  clause: "a7#2",
  title: { fr: "Modification de clause vide", en: "Empty clause change" },
  fix: {
    fr: "Donnez à l'opération clause-amended une nouvelle rédaction (summary), de nouveaux paramètres (parameters), ou les deux.",
    en: "Give the clause-amended operation a new wording (summary), new parameters (parameters), or both."
  },
  example: '{ op: "clause-amended", clause: "a4#3" }',
  message: {
    fr: () => "Attendu : une nouvelle rédaction (summary) ou de nouveaux paramètres (parameters)",
    en: () => "Expected a new wording (summary) or new parameters (parameters)"
  }
})
