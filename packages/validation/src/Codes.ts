/**
 * Every diagnostic the validation raises (files, JSON, CSV, records, the agreement in force,
 * references between files), defined once in the catalogue of `@accord-jeunes/domain`. The
 * record schemas' own codes (`siret.checksum`, `field.missing`...) are the domain's; the age rule's
 * is the engine's.
 *
 * Messages name fields, public codes (action types, branches, parties, the agreement) and counts,
 * never a young person's value (a5#1).
 *
 * @since 0.3.0
 */
import { Catalogue } from "@accord-jeunes/domain"
import * as Csv from "./Csv.js"
import type * as Input from "./Input.js"

const { define, list } = Catalogue

const maybe = (closest: string | undefined, fr: boolean) =>
  closest === undefined ? "" : fr ? ` Vouliez-vous dire « ${closest} » ?` : ` Did you mean "${closest}"?`

// --- files ----------------------------------------------------------------------------------------

const binaryKinds: Readonly<Record<Input.Binary, { readonly fr: string; readonly en: string }>> = {
  gzip: { fr: "fichier compressé (gzip)", en: "compressed file (gzip)" },
  zip: {
    fr: "archive ZIP (un classeur .xlsx ou .ods en est une)",
    en: "ZIP archive (an .xlsx or .ods workbook is one)"
  },
  office: {
    fr: "classeur Excel 97-2003 (.xls) ou document Office",
    en: "Excel 97-2003 workbook (.xls) or Office file"
  },
  pdf: { fr: "document PDF", en: "PDF document" },
  "utf-16": { fr: "texte en UTF-16", en: "UTF-16 text" },
  control: { fr: "nombreux octets de contrôle (NUL…)", en: "many control bytes (NUL…)" }
}

/** @since 0.3.0 */
export const fileBinary = define<{ readonly kind: Input.Binary }>({
  code: "file.binary",
  severity: "error",
  title: { fr: "Fichier binaire", en: "Binary file" },
  fix: {
    fr: "Enregistrez le fichier en CSV UTF-8 (séparateur point-virgule), en JSON ou en NDJSON ; la ligne de commande lit aussi un classeur Excel dont le nom finit par .xlsx (pas l'ancien .xls). Un PDF ou une archive compressée ne sont pas lus ; un texte UTF-16 doit être réenregistré en UTF-8.",
    en: "Save the file as CSV UTF-8 (semicolon-separated), JSON or NDJSON; the command line also reads an Excel workbook whose name ends in .xlsx (not the older .xls). A PDF or a compressed archive is not read; UTF-16 text must be saved again as UTF-8."
  },
  example: "accord-jeunes validate actions.csv.gz",
  message: {
    fr: ({ kind }) =>
      `Fichier binaire, ${binaryKinds[kind].fr} : ce n'est ni du JSON, ni du NDJSON, ni du CSV ; fichier non lu`,
    en: ({ kind }) => `Binary file, ${binaryKinds[kind].en}: not JSON, NDJSON or CSV; file not read`
  }
})

/** @since 0.3.0 */
export const nulByte = define<{ readonly line: number; readonly column: number }>({
  code: "file.nul-byte",
  severity: "error",
  title: { fr: "Octet nul dans une ligne", en: "NUL byte in a line" },
  fix: {
    fr: "Retirez le caractère nul (octet 0) de la ligne : il vient souvent d'un export interrompu ou d'un copier-coller depuis un fichier binaire. Les autres lignes sont lues.",
    en: "Remove the NUL character (byte 0) from the line: it often comes from an interrupted export or a paste from a binary file. The other lines are read."
  },
  example: "kind;id\naction;act-\\0-1",
  message: {
    fr: ({ line, column }) => `Octet nul (caractère 0) ligne ${line}, colonne ${column} : enregistrement non lu`,
    en: ({ line, column }) => `NUL byte (character 0) at line ${line}, column ${column}: record not read`
  }
})

/** @since 0.3.0 */
export const fileEmpty = define({
  code: "file.empty",
  severity: "error",
  title: { fr: "Fichier vide", en: "Empty file" },
  fix: {
    fr: "Vérifiez l'export : le fichier ne contient rien.",
    en: "Check the export: the file holds nothing."
  },
  example: "(a file of 0 bytes)",
  message: { fr: () => "Fichier vide", en: () => "Empty file" }
})

/** @since 0.3.0 */
export const encodingWindows1252 = define({
  code: "encoding.windows-1252",
  severity: "warning",
  title: { fr: "Fichier lu en Windows-1252", en: "File read as Windows-1252" },
  fix: {
    fr: "Enregistrez le fichier en « CSV UTF-8 » (Excel : Enregistrer sous, CSV UTF-8) pour que les accents soient lus sans supposition.",
    en: 'Save the file as "CSV UTF-8" (Excel: Save as, CSV UTF-8) so that accents are read without guessing.'
  },
  example: "a CSV saved by an old spreadsheet as « CSV (séparateur : point-virgule) »",
  message: {
    fr: () => "Le fichier n'est pas en UTF-8 : lu en Windows-1252",
    en: () => "The file is not UTF-8: read as Windows-1252"
  }
})

/** @since 0.3.0 */
export const encodingInvalidUtf8 = define<{ readonly line: number; readonly column: number }>({
  code: "encoding.invalid-utf8",
  severity: "error",
  title: { fr: "Octet invalide dans un fichier UTF-8", en: "Invalid byte in a UTF-8 file" },
  fix: {
    fr: "Le fichier est en UTF-8 (il a une marque BOM, ou des accents écrits en UTF-8 ailleurs), mais cet octet n'en est pas : un copier-coller depuis un fichier Windows-1252, ou un fichier coupé. Corrigez le caractère à l'endroit indiqué. Si tout le fichier est en Windows-1252, dites-le : --encoding windows-1252.",
    en: "The file is UTF-8 (it has a BOM, or accents written as UTF-8 elsewhere), but this byte is not: a paste from a Windows-1252 file, or a cut file. Fix the character where shown. If the whole file is Windows-1252, say so: --encoding windows-1252."
  },
  example: "café (UTF-8) on line 2, caf\\xE9 (Windows-1252) on line 3",
  message: {
    fr: ({ line, column }) =>
      `Octet qui n'est pas de l'UTF-8 ligne ${line}, colonne ${column}, dans un fichier en UTF-8 : enregistrement non lu (aucun caractère remplacé ni deviné)`,
    en: ({ line, column }) =>
      `Byte that is not UTF-8 at line ${line}, column ${column}, in a UTF-8 file: record not read (no character replaced or guessed)`
  }
})

/** @since 0.3.0 */
export const recordMoreIssues = define<{ readonly more: number; readonly limit: number }>({
  code: "record.more-issues",
  severity: "warning",
  title: { fr: "Autres problèmes de l'enregistrement non listés", en: "More problems of the record not listed" },
  fix: {
    fr: "Corrigez les problèmes listés pour cet enregistrement et validez à nouveau : un enregistrement n'en montre que les premiers, pour que le coût d'un enregistrement mauvais reste borné.",
    en: "Fix the problems listed for this record and validate again: a record shows only its first ones, so that the cost of a bad record stays bounded."
  },
  example: '{"kind":"action", …, "companies":["1","2", … two million of them]}',
  message: {
    fr: ({ more, limit }) =>
      `${more} autre(s) problème(s) de cet enregistrement non listé(s) (au plus ${limit} par enregistrement)`,
    en: ({ more, limit }) => `${more} more problem(s) of this record not listed (at most ${limit} a record)`
  }
})

/** @since 0.3.0 */
export const reportTruncated = define<{ readonly more: number; readonly limit: number }>({
  code: "report.truncated",
  severity: "warning",
  title: { fr: "Rapport tronqué", en: "Report truncated" },
  fix: {
    fr: "Corrigez les premiers problèmes listés et validez à nouveau ; les comptes du rapport restent exacts.",
    en: "Fix the first problems listed and validate again; the report's counts stay exact."
  },
  example: "a file with more than 10 000 problems",
  message: {
    fr: ({ more, limit }) => `${more} problème(s) de plus non listé(s) (limite ${limit})`,
    en: ({ more, limit }) => `${more} more issue(s) not listed (limit ${limit})`
  }
})

// --- JSON -----------------------------------------------------------------------------------------

/** @since 0.3.0 */
export const jsonSyntax = define<{ readonly line?: number; readonly column?: number }>({
  code: "json.syntax",
  severity: "error",
  title: { fr: "JSON illisible", en: "Unreadable JSON" },
  fix: {
    fr: "Corrigez le JSON à l'endroit indiqué : ligne tronquée, virgule, guillemet ou accolade manquants. En NDJSON, un enregistrement par ligne.",
    en: "Fix the JSON where shown: a truncated line, a missing comma, quote or brace. In NDJSON, one record a line."
  },
  example: '{"kind":"action","id":"act-1"',
  message: {
    fr: ({ line, column }) =>
      `JSON illisible${column === undefined ? "" : line === undefined ? ` à la colonne ${column}` : ` ligne ${line}, colonne ${column}`} : ligne tronquée, virgule, guillemet ou accolade manquants ?`,
    en: ({ line, column }) =>
      `Unreadable JSON${column === undefined ? "" : line === undefined ? ` at column ${column}` : ` at line ${line}, column ${column}`}: a truncated line, a missing comma, quote or brace?`
  }
})

// --- records --------------------------------------------------------------------------------------

/** @since 0.3.0 */
export const kindMissing = define<{ readonly kinds: ReadonlyArray<string>; readonly csv: boolean }>({
  code: "record.kind-missing",
  severity: "error",
  title: { fr: "Type d'enregistrement absent", en: "Record kind missing" },
  fix: {
    fr: "Donnez à chaque enregistrement un champ kind (en CSV : une colonne kind, ou l'option --kind) : action, participation, participant, insertion-outcome, committee-meeting ou referent-designation.",
    en: "Give each record a kind field (in CSV: a kind column, or the --kind option): action, participation, participant, insertion-outcome, committee-meeting or referent-designation."
  },
  example: '{"schemaVersion":"1.0.0","id":"act-1"}',
  message: {
    fr: ({ kinds, csv }) =>
      `Type d'enregistrement absent : ${csv ? "ajoutez une colonne kind (ou l'option --kind)" : "ajoutez un champ kind"} valant ${list(kinds)}`,
    en: ({ kinds, csv }) =>
      `Record kind missing: ${csv ? "add a kind column (or the --kind option)" : "add a kind field"} with one of ${list(kinds)}`
  }
})

/** @since 0.3.0 */
export const kindUnknown = define<{ readonly kinds: ReadonlyArray<string>; readonly closest?: string }>({
  code: "record.kind-unknown",
  severity: "error",
  title: { fr: "Type d'enregistrement inconnu", en: "Unknown record kind" },
  fix: {
    fr: "Écrivez dans kind l'un des types, en minuscules : action, participation, participant, insertion-outcome, committee-meeting, referent-designation.",
    en: "Write one of the kinds in kind, in lower case: action, participation, participant, insertion-outcome, committee-meeting, referent-designation."
  },
  example: '{"kind":"Action", …}',
  message: {
    fr: ({ kinds, closest }) => `Type d'enregistrement inconnu : attendu ${list(kinds)}.${maybe(closest, true)}`,
    en: ({ kinds, closest }) => `Unknown record kind: expected ${list(kinds)}.${maybe(closest, false)}`
  }
})

/** @since 0.3.0 */
export const identifyingValue = define({
  code: "personal-data.identifying-value",
  severity: "error",
  clause: "a5#1",
  title: {
    fr: "Champ inconnu contenant une donnée identifiante",
    en: "Unknown field holding identifying data"
  },
  fix: {
    fr: "Retirez ce champ (ou cette colonne) de l'export : un courriel, un numéro de téléphone ou un NIR ne doivent pas être partagés (clause a5#1) ; le jeune n'apparaît que sous sa référence pseudonyme.",
    en: "Remove this field (or column) from the export: an e-mail, a phone number or a social-security number must not be shared (clause a5#1); the young person appears only under their pseudonymous reference."
  },
  example: '{"kind":"participant", …, "tel_portable":"0601020304"}',
  message: {
    fr: () =>
      "Champ non prévu dont la valeur ressemble à une donnée directement identifiante (courriel, téléphone, NIR) : interdite dans les données partagées (clause a5#1) ; valeur non reproduite",
    en: () =>
      "Unexpected field whose value looks like a direct identifier (e-mail, phone, social-security number): not allowed in shared data (clause a5#1); value not shown"
  }
})

// --- CSV ------------------------------------------------------------------------------------------

/** @since 0.3.0 */
export const csvNoRecords = define({
  code: "csv.no-records",
  severity: "warning",
  title: { fr: "CSV sans enregistrement", en: "CSV with no record" },
  fix: {
    fr: "Le fichier n'a qu'une ligne d'en-tête : vérifiez que l'export contient des lignes.",
    en: "The file has only its header line: check that the export holds rows."
  },
  example: "kind;schemaVersion;id;actionType;startDate",
  message: {
    fr: () => "Une seule ligne, lue comme en-tête : aucun enregistrement",
    en: () => "A single line, read as the header: no record"
  }
})

/** @since 0.4.0 */
export const csvDuplicateColumn = define<{ readonly field: string; readonly columns: ReadonlyArray<string> }>({
  code: "csv.duplicate-column",
  severity: "error",
  title: { fr: "Deux colonnes pour un même champ", en: "Two columns for one field" },
  fix: {
    fr: "Gardez une seule colonne par champ : son nom anglais ou son nom français, pas les deux. Aucune ligne n'est lue, car on ne saurait laquelle croire.",
    en: "Keep one column per field: its English name or its French name, not both. No row is read, since which one to believe cannot be told."
  },
  example: "kind;id;startDate;date de début",
  message: {
    fr: ({ field, columns }) =>
      `Les colonnes ${columns.map((c) => `« ${c} »`).join(" et ")} sont toutes le champ ${field} : fichier non lu`,
    en: ({ field, columns }) =>
      `The columns ${columns.map((c) => `"${c}"`).join(" and ")} are all the field ${field}: file not read`
  }
})

/** @since 0.3.0 */
export const csvNoHeader = define<{ readonly examples: ReadonlyArray<string> }>({
  code: "csv.no-header",
  severity: "error",
  title: { fr: "CSV sans ligne d'en-tête", en: "CSV without a header line" },
  fix: {
    fr: "Ajoutez en première ligne le nom des colonnes (kind, id, startDate… ou leurs noms français : date de début, type d'action…), tels que les listent les Table Schemas.",
    en: "Add the column names as the first line (kind, id, startDate… or their French names: date de début, type d'action…), as the Table Schemas list them."
  },
  example: "p-7f3a9c2e;2006-04-12;ML-069-LYON\np-8b1c2d3e;2007-01-30;ML-069-LYON",
  message: {
    fr: ({ examples }) =>
      `La première ligne n'est pas une ligne d'en-tête : la plupart de ses cellules ne nomment aucune colonne connue. Ajoutez une ligne d'en-tête (par exemple ${list(examples)}) ; fichier non lu`,
    en: ({ examples }) =>
      `The first line is not a header line: most of its cells name no known column. Add a header line (for example ${list(examples)}); file not read`
  }
})

/** @since 0.3.0 */
export const csvMissingColumn = define<{ readonly expected: number; readonly found: number }>({
  code: "csv.missing-column",
  severity: "error",
  title: { fr: "Colonnes manquantes sur une ligne", en: "Missing columns on a row" },
  fix: {
    fr: "La ligne a moins de cellules que l'en-tête : un séparateur manque, ou une cellule contient un retour à la ligne sans guillemets.",
    en: "The row has fewer cells than the header: a separator is missing, or a cell holds a line break without quotes."
  },
  example: "kind;id;startDate\naction;act-1",
  message: {
    fr: ({ expected, found }) =>
      `${expected - found} colonne(s) manquante(s) : ${expected} attendues, ${found} trouvées`,
    en: ({ expected, found }) => `${expected - found} missing column(s): ${expected} expected, ${found} found`
  }
})

/** @since 0.3.0 */
export const csvExtraColumn = define<{ readonly expected: number; readonly found: number }>({
  code: "csv.extra-column",
  severity: "error",
  title: { fr: "Colonnes en trop sur une ligne", en: "Extra columns on a row" },
  fix: {
    fr: "La ligne a plus de cellules que l'en-tête : une cellule contient le séparateur (mettez-la entre guillemets) ou une colonne manque à l'en-tête.",
    en: "The row has more cells than the header: a cell holds the separator (quote it) or the header lacks a column."
  },
  example: "kind;id\naction;act-1;en trop",
  message: {
    fr: ({ expected, found }) => `${found - expected} colonne(s) en trop : ${expected} attendues, ${found} trouvées`,
    en: ({ expected, found }) => `${found - expected} extra column(s): ${expected} expected, ${found} found`
  }
})

/** @since 0.3.0 */
export const csvQuote = define<{ readonly line: number; readonly column: number; readonly unclosed: boolean }>({
  code: "csv.quote",
  severity: "error",
  title: { fr: "Guillemet mal placé", en: "Misplaced quote" },
  fix: {
    fr: 'Une cellule qui commence par un guillemet doit finir par un guillemet, et un guillemet dans une cellule s\'écrit doublé (""). Corrigez la ligne ; les lignes suivantes sont lues normalement.',
    en: 'A cell that starts with a quote must end with one, and a quote inside a cell is written twice (""). Fix the line; the lines after it are read as usual.'
  },
  example: 'kind;id;…\naction;"act-5;…',
  message: {
    fr: ({ line, column, unclosed }) =>
      unclosed
        ? `Guillemet ouvert ligne ${line}, colonne ${column}, jamais refermé sur une ligne de la longueur de l'en-tête : seule cette ligne est rejetée, la lecture reprend à la ligne suivante`
        : `Texte après un guillemet fermant ligne ${line}, colonne ${column} : mettez toute la cellule entre guillemets et doublez ceux qu'elle contient`,
    en: ({ line, column, unclosed }) =>
      unclosed
        ? `Quote opened at line ${line}, column ${column}, never closed on a row of the header's length: only this line is rejected, reading resumes on the next line`
        : `Text after a closing quote at line ${line}, column ${column}: quote the whole cell and double the quotes inside it`
  }
})

/** @since 0.3.0 */
export const csvSchemaVersionAssumed = define<{ readonly version: string }>({
  code: "csv.schema-version-assumed",
  severity: "warning",
  title: { fr: "Version du schéma supposée", en: "Schema version assumed" },
  fix: {
    fr: "Ajoutez une colonne schemaVersion (version du schéma) pour dire la version que suit l'export.",
    en: "Add a schemaVersion column to say which version the export follows."
  },
  example: "kind;id;actionType;…  (no schemaVersion column)",
  message: {
    fr: ({ version }) => `Pas de colonne schemaVersion : version ${version} supposée`,
    en: ({ version }) => `No schemaVersion column: version ${version} assumed`
  }
})

/** @since 0.3.0 */
export const csvDate = define({
  code: "csv.date",
  severity: "error",
  title: { fr: "Date illisible dans une cellule", en: "Unreadable date in a cell" },
  fix: {
    fr: `Écrivez la date ${Csv.dateFormats.map((f) => `${f.label.fr} (${f.example})`).join(" ou ")}, l'année sur quatre chiffres.`,
    en: `Write the date as ${Csv.dateFormats.map((f) => `${f.label.en} (${f.example})`).join(" or ")}, the year in four digits.`
  },
  example: "…;1/9/25;…",
  message: {
    fr: () => `Date illisible : écrivez-la ${Csv.dateFormats.map((f) => `${f.label.fr} (${f.example})`).join(" ou ")}`,
    en: () => `Unreadable date: write it as ${Csv.dateFormats.map((f) => `${f.label.en} (${f.example})`).join(" or ")}`
  }
})

/** @since 0.3.0 */
export const csvBoolean = define({
  code: "csv.boolean",
  severity: "error",
  title: { fr: "Oui/non illisible dans une cellule", en: "Unreadable yes/no in a cell" },
  fix: {
    fr: `Écrivez ${Csv.booleans.true.join(", ")} pour oui, ${Csv.booleans.false.join(", ")} pour non, ou laissez la cellule vide.`,
    en: `Write ${Csv.booleans.true.join(", ")} for yes, ${Csv.booleans.false.join(", ")} for no, or leave the cell empty.`
  },
  example: "…;peut-être;…",
  message: {
    fr: () =>
      `Oui ou non illisible : écrivez ${Csv.booleans.true.join(", ")} (oui) ou ${Csv.booleans.false.join(", ")} (non)`,
    en: () => `Unreadable yes/no: write ${Csv.booleans.true.join(", ")} (yes) or ${Csv.booleans.false.join(", ")} (no)`
  }
})

/** @since 0.3.0 */
export const csvNumber = define<{ readonly integer: boolean }>({
  code: "csv.number",
  severity: "error",
  title: { fr: "Nombre illisible dans une cellule", en: "Unreadable number in a cell" },
  fix: {
    fr: "Écrivez le nombre en chiffres, sans espace ni unité (12, ou 3,5 quand une décimale est admise).",
    en: "Write the number in digits, with no space or unit (12, or 3,5 where a decimal is allowed)."
  },
  example: "…;douze;…",
  message: {
    fr: ({ integer }) =>
      integer
        ? "Nombre illisible : écrivez un nombre entier en chiffres (12)"
        : "Nombre illisible : écrivez un nombre en chiffres, décimale après une virgule ou un point (3,5)",
    en: ({ integer }) =>
      integer
        ? "Unreadable number: write a whole number in digits (12)"
        : "Unreadable number: write a number in digits, decimals after a comma or a point (3.5)"
  }
})

// --- the agreement in force -------------------------------------------------------------------------

/** @since 0.3.0 */
export const agreementUnknown = define<{ readonly expected: string }>({
  code: "agreement.unknown",
  severity: "error",
  title: { fr: "Accord inconnu", en: "Unknown agreement" },
  fix: {
    fr: "Écrivez dans agreement l'identifiant de l'accord-cadre : accord-cadre-jeunes-2024.",
    en: "Write the framework agreement's id in agreement: accord-cadre-jeunes-2024."
  },
  example: '{"kind":"action", "agreement":"mission-jeunes", …}',
  message: {
    fr: ({ expected }) => `Accord inconnu : attendu « ${expected} »`,
    en: ({ expected }) => `Unknown agreement: expected "${expected}"`
  }
})

/** @since 0.3.0 */
export const agreementNotInForce = define<{ readonly date: string; readonly from: string; readonly to: string }>({
  code: "agreement.not-in-force",
  severity: "error",
  clause: "a7#1",
  title: { fr: "Accord pas en vigueur à la date de l'action", en: "Agreement not in force on the action's date" },
  fix: {
    fr: "Vérifiez la date de début de l'action : l'accord s'applique de sa signature (16 septembre 2024) à son terme ; une action hors de cette période ne relève pas de l'accord.",
    en: "Check the action's start date: the agreement applies from its signature (16 September 2024) to its end; an action outside that period is not under the agreement."
  },
  example: '{"kind":"action", "startDate":"2024-09-15", …}',
  message: {
    fr: ({ date, from, to }) => `L'accord n'est pas en vigueur le ${date} (du ${from} au ${to})`,
    en: ({ date, from, to }) => `The agreement is not in force on ${date} (from ${from} to ${to})`
  }
})

/** The valid codes and their French labels, the closest, and the act that brings the code in later. */
type NotInForce = {
  readonly given: string
  readonly date?: string
  readonly valid: ReadonlyArray<string>
  readonly closest?: string
  readonly laterDate?: string
  readonly laterAct?: string
  readonly laterActEn?: string
}

const onDate = (date: string | undefined, fr: boolean) => (date === undefined ? "" : fr ? ` le ${date}` : ` on ${date}`)
// "l'action du 2025-12-15 la précède": the action named by its date
const ofDate = (date: string | undefined, fr: boolean) => (date === undefined ? "" : fr ? ` du ${date}` : ` of ${date}`)

/** @since 0.3.0 */
export const branchNotInForce = define<NotInForce>({
  code: "agreement.branch-not-in-force",
  severity: "error",
  clause: "pre#7",
  title: { fr: "Branche absente de l'accord à cette date", en: "Branch not in the agreement on that date" },
  fix: {
    fr: "Écrivez le code de la branche (hcr, commerce-de-gros, bois…) et non son nom ; une autre branche n'entre dans l'accord que par un avenant, à sa date d'effet.",
    en: "Write the branch's code (hcr, commerce-de-gros, bois…), not its name; any other branch joins only by an amendment, from its effective date."
  },
  example: '{"kind":"action", "branches":["Hôtels, cafés, restaurants"], …}',
  message: {
    fr: (p) =>
      p.laterDate !== undefined
        ? `La branche « ${p.given} » n'entre dans l'accord que le ${p.laterDate}, par ${p.laterAct ?? ""} : l'action${ofDate(p.date, true)} la précède`
        : `La branche « ${p.given} » n'est pas dans l'accord${onDate(p.date, true)}. Codes des branches : ${list(p.valid)}.${maybe(p.closest, true)} Une autre branche n'y entre que par un avenant (clause pre#7)`,
    en: (p) =>
      p.laterDate !== undefined
        ? `Branch "${p.given}" joins the agreement only on ${p.laterDate}, by ${p.laterActEn ?? ""}: the action${ofDate(p.date, false)} comes before`
        : `Branch "${p.given}" is not in the agreement${onDate(p.date, false)}. Branch codes: ${list(p.valid)}.${maybe(p.closest, false)} Any other branch joins only by an amendment (clause pre#7)`
  }
})

/** @since 0.3.0 */
export const actionTypeNotOffered = define<NotInForce>({
  code: "agreement.action-type-not-offered",
  severity: "error",
  clause: "a3.3#7",
  title: { fr: "Type d'action non offert à cette date", en: "Action type not offered on that date" },
  fix: {
    fr: "Écrivez le code du type d'action (company-visit pour « Visites d'entreprises »…) et non son libellé ; `accord-jeunes agreement` les liste avec leurs codes.",
    en: "Write the action type's code (company-visit for \"Visites d'entreprises\"…), not its label; `accord-jeunes agreement` lists them with their codes."
  },
  example: '{"kind":"action", "actionType":"Visites d\'entreprises", …}',
  message: {
    fr: (p) =>
      p.laterDate !== undefined
        ? `Le type d'action « ${p.given} » n'est offert qu'à partir du ${p.laterDate}, par ${p.laterAct ?? ""} : l'action${ofDate(p.date, true)} le précède`
        : `« ${p.given} » n'est pas un type d'action de l'accord${onDate(p.date, true)}. Codes des types d'action : ${list(p.valid, 20)}.${maybe(p.closest, true)}`,
    en: (p) =>
      p.laterDate !== undefined
        ? `Action type "${p.given}" is offered only from ${p.laterDate}, by ${p.laterActEn ?? ""}: the action${ofDate(p.date, false)} comes before`
        : `"${p.given}" is not an action type of the agreement${onDate(p.date, false)}. Action type codes: ${list(p.valid, 20)}.${maybe(p.closest, false)}`
  }
})

/** @since 0.3.0 */
export const actionTypeOfOtherBranch = define<{ readonly actionType: string; readonly branch: string }>({
  code: "agreement.action-type-of-other-branch",
  severity: "error",
  clause: "a3.3#7",
  title: { fr: "Type d'action propre à une autre branche", en: "Action type of another branch" },
  fix: {
    fr: "Un type d'action propre à une branche (hcr:…) ne sert qu'aux actions de cette branche : ajoutez la branche à l'action ou choisissez un type du catalogue commun.",
    en: "A branch's own action type (hcr:…) serves only that branch's actions: add the branch to the action or choose a type of the common catalogue."
  },
  example: '{"kind":"action", "actionType":"hcr:sas-cuisine", "branches":["bois"], …}',
  message: {
    fr: ({ actionType, branch }) =>
      `Le type d'action « ${actionType} » est propre à la branche « ${branch} », absente de l'action`,
    en: ({ actionType, branch }) =>
      `Action type "${actionType}" belongs to branch "${branch}", which the action does not name`
  }
})

/** @since 0.3.0 */
export const unknownParty = define<{
  readonly party: string
  readonly date: string
  readonly parties: ReadonlyArray<string>
}>({
  code: "agreement.unknown-party",
  severity: "warning",
  title: { fr: "Partie inconnue de l'accord", en: "Not a party to the agreement" },
  fix: {
    fr: "Écrivez le code de la partie (state, unml, akto, branch:hcr…) ; `accord-jeunes agreement` les liste.",
    en: "Write the party's code (state, unml, akto, branch:hcr…); `accord-jeunes agreement` lists them."
  },
  example: '{"kind":"referent-designation", "party":"pole-emploi", …}',
  message: {
    fr: ({ party, date, parties }) =>
      `La partie « ${party} » n'est pas une partie de l'accord le ${date} ; parties : ${list(parties)}`,
    en: ({ party, date, parties }) =>
      `Party "${party}" is not a party to the agreement on ${date}; parties: ${list(parties)}`
  }
})

// --- between records --------------------------------------------------------------------------------

/** @since 0.3.0 */
export const outcomeBeforeAction = define<{ readonly action: string }>({
  code: "outcome.before-action",
  severity: "error",
  title: { fr: "Sortie antérieure à son action", en: "Outcome before its action" },
  fix: {
    fr: "Vérifiez la date de début de la sortie (startDate) et celle de l'action liée : une sortie liée à une action ne peut la précéder. Sinon, retirez l'action de la liste actions.",
    en: "Check the outcome's start date (startDate) and that of the linked action: an outcome linked to an action cannot come before it. Otherwise, remove the action from actions."
  },
  example:
    '{"kind":"insertion-outcome", "startDate":"2025-01-01", "actions":["act-1"], …} with act-1 starting on 2025-03-12',
  message: {
    fr: ({ action }) =>
      `La date de début de la sortie (startDate) précède celle de l'action « ${action} » (startDate) à laquelle elle est liée`,
    en: ({ action }) =>
      `The outcome's start date (startDate) is before that of the action "${action}" (startDate) it is linked to`
  }
})

/** @since 0.3.0 */
export const unknownAction = define<{ readonly action: string }>({
  code: "reference.unknown-action",
  severity: "warning",
  title: { fr: "Action introuvable", en: "Action not found" },
  fix: {
    fr: "Validez ensemble le fichier des actions et ceux qui s'y réfèrent, ou corrigez l'identifiant de l'action.",
    en: "Validate the file of actions together with the files referring to it, or fix the action's id."
  },
  example: '{"kind":"participation", "action":"act-9", …} with no action act-9 in the files',
  message: {
    fr: ({ action }) => `L'action « ${action} » ne figure dans aucun des fichiers validés`,
    en: ({ action }) => `Action "${action}" is in none of the files validated`
  }
})

// --- the age rule ---------------------------------------------------------------------------------

/**
 * Participations the age rule (`eligibility.age`, `eligibility.scheme-age`) could not be checked
 * on, counted for the whole report: in a file read line by line, those whose young person was not
 * the one just read (`apart`: their records do not follow each other); elsewhere, those whose
 * young person's record was found in no file read whole nor after them (`absent`: in no file,
 * rejected, or only in a file read line by line before them). Never silence.
 *
 * @since 0.5.0
 */
export const ageNotChecked = define<{ readonly count: number; readonly apart: number; readonly absent: number }>({
  code: "eligibility.age-not-checked",
  severity: "warning",
  clause: "pre#2",
  title: {
    fr: "Âge non vérifié pour des participations",
    en: "Age not checked for some participations"
  },
  fix: {
    fr: "Mettez les enregistrements de chaque jeune ensemble (le participant, puis ses participations). Un fichier NDJSON est lu ligne à ligne et n'y garde que le dernier jeune lu : donnez les participants en CSV, en JSON ou dans un classeur, lus en entier et vérifiés dans n'importe quel ordre, ou avant le fichier NDJSON des participations. Vérifiez aussi que chaque participation désigne un jeune présent et accepté dans les fichiers validés.",
    en: "Put each young person's records together (the participant, then their participations). An NDJSON file is read line by line and keeps only the young person last read: give the participants as CSV, JSON or a workbook, read whole and checked in any order, or before the NDJSON file of participations. Check too that each participation names a young person present and accepted in the files validated."
  },
  example:
    'participants.ndjson read after participations.ndjson, or {"kind":"participation",…,"participant":"p-0001"} with no participant p-0001 in the files',
  message: {
    fr: ({ count, apart, absent }) =>
      `Âge non vérifié (eligibility.age) pour ${count} participation(s) : ${[
        ...(apart > 0
          ? [
              `${apart} dans un fichier lu ligne à ligne dont le jeune n'était pas le dernier lu (ses enregistrements ne se suivent pas)`
            ]
          : []),
        ...(absent > 0
          ? [
              `${absent} dont l'enregistrement du jeune n'a pas été trouvé (absent des fichiers, rejeté, ou seulement dans un fichier lu ligne à ligne avant elles)`
            ]
          : [])
      ].join(" ; ")}`,
    en: ({ count, apart, absent }) =>
      `Age not checked (eligibility.age) for ${count} participation(s): ${[
        ...(apart > 0
          ? [
              `${apart} in a file read line by line whose young person was not the one last read (their records do not follow each other)`
            ]
          : []),
        ...(absent > 0
          ? [
              `${absent} whose young person's record was not found (in no file, rejected, or only in a file read line by line before them)`
            ]
          : [])
      ].join("; ")}`
  }
})
