/**
 * The diagnostic codes of Excel workbooks (`.xlsx`) read by `validate` and `report`: a file that
 * is not a workbook this reader can open (encrypted, the older `.xls` format, damaged), a sheet
 * whose record kind cannot be told, an empty sheet, a sheet that holds no records (a list feeding
 * drop-downs), rows above a sheet's header (a title). Each is a file-level issue of the report,
 * never a message that echoes a cell.
 *
 * @since 0.4.0
 */
import { Catalogue } from "@accord-jeunes/domain"

/**
 * Why a file named `.xlsx` cannot be opened as a workbook: not a ZIP archive, a ZIP archive cut
 * short, a ZIP archive without a workbook in it, or a workbook whose contents cannot be read.
 *
 * @since 0.4.0
 */
export type Unreadable = "not-zip" | "truncated" | "no-workbook" | "damaged" | "too-large"

const unreadableReasons: Readonly<Record<Unreadable, { readonly fr: string; readonly en: string }>> = {
  "not-zip": { fr: "ce n'est pas un classeur (.xlsx)", en: "it is not a workbook (.xlsx)" },
  truncated: {
    fr: "le fichier est incomplet (copie ou téléchargement interrompu)",
    en: "the file is incomplete (an interrupted copy or download)"
  },
  "no-workbook": {
    fr: "c'est une archive ZIP qui ne contient pas de classeur Excel",
    en: "it is a ZIP archive that holds no Excel workbook"
  },
  damaged: { fr: "son contenu est endommagé", en: "its contents are damaged" },
  "too-large": {
    fr: "il dépasse 4 Go (format ZIP64), au-delà de ce que ce lecteur ouvre",
    en: "it is over 4 GB (ZIP64), beyond what this reader opens"
  }
}

/** @since 0.4.0 */
export const workbookUnreadable = Catalogue.define<{ readonly reason: Unreadable }>({
  code: "workbook.unreadable",
  severity: "error",
  title: { fr: "Classeur illisible", en: "Unreadable workbook" },
  fix: {
    fr: "Ouvrez le fichier dans votre tableur et enregistrez-le de nouveau au format « Classeur Excel (.xlsx) », ou enregistrez chaque feuille en CSV UTF-8 ; un fichier incomplet doit être copié ou téléchargé de nouveau.",
    en: 'Open the file in your spreadsheet program and save it again as "Excel Workbook (.xlsx)", or save each sheet as CSV UTF-8; an incomplete file must be copied or downloaded again.'
  },
  example: "accord-jeunes validate export.xlsx   (an archive renamed .xlsx, or a file cut short)",
  message: {
    fr: ({ reason }) => `Classeur illisible : ${unreadableReasons[reason].fr} ; fichier non lu`,
    en: ({ reason }) => `Unreadable workbook: ${unreadableReasons[reason].en}; file not read`
  }
})

/** @since 0.4.0 */
export const workbookEncrypted = Catalogue.define({
  code: "workbook.encrypted",
  severity: "error",
  title: { fr: "Classeur protégé par mot de passe", en: "Password-protected workbook" },
  fix: {
    fr: "Retirez le mot de passe d'ouverture (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe : champ vide) puis enregistrez ; le mot de passe protégeant seulement une feuille ne gêne pas la lecture.",
    en: "Remove the password to open (File › Info › Protect Workbook › Encrypt with Password: empty field) and save; a password that only protects a sheet does not prevent reading."
  },
  example: "accord-jeunes validate suivi-chiffre.xlsx",
  message: {
    fr: () => "Classeur chiffré par un mot de passe : son contenu ne peut pas être lu ; fichier non lu",
    en: () => "Workbook encrypted with a password: its contents cannot be read; file not read"
  }
})

/** @since 0.4.0 */
export const workbookLegacyFormat = Catalogue.define({
  code: "workbook.legacy-format",
  severity: "error",
  title: { fr: "Classeur Excel 97-2003 (.xls)", en: "Excel 97-2003 workbook (.xls)" },
  fix: {
    fr: "Ouvrez le fichier dans votre tableur et enregistrez-le au format « Classeur Excel (.xlsx) » ou en CSV UTF-8.",
    en: 'Open the file in your spreadsheet program and save it as "Excel Workbook (.xlsx)" or as CSV UTF-8.'
  },
  example: "accord-jeunes validate ancien-export.xlsx   (an .xls file renamed)",
  message: {
    fr: () => "Classeur Excel 97-2003 (.xls) ou autre document Office ancien, non lu : seul le format .xlsx est lu",
    en: () => "Excel 97-2003 workbook (.xls) or other older Office file, not read: only the .xlsx format is read"
  }
})

/** @since 0.4.0 */
export const sheetKindUnknown = Catalogue.define<{
  readonly sheet: string
  readonly names: ReadonlyArray<string>
}>({
  code: "workbook.sheet-kind-unknown",
  severity: "error",
  title: { fr: "Feuille sans type d'enregistrement", en: "Sheet without a record kind" },
  fix: {
    fr: "Nommez la feuille d'après le type de ses enregistrements (un des noms que le message liste, sans égard aux majuscules, accents ni pluriel), ajoutez une colonne `kind`, ou donnez `--kind` pour un classeur d'un seul type.",
    en: "Name the sheet after the kind of its records (one of the names the message lists, regardless of case, accents and plural), add a `kind` column, or give `--kind` for a workbook of one kind."
  },
  example: "a sheet named Feuil1 whose header has no kind column",
  message: {
    // the sheet's name is the user's own title, not a cell: cut, as any name echoed
    fr: ({ sheet, names }) =>
      `Feuille « ${sheet.slice(0, 40)} » : son nom ne dit pas le type de ses enregistrements et elle n'a pas de colonne kind ; noms reconnus : ${names.join(", ")} ; feuille non lue`,
    en: ({ sheet, names }) =>
      `Sheet "${sheet.slice(0, 40)}": its name does not say the kind of its records and it has no kind column; names recognised: ${names.join(", ")}; sheet not read`
  }
})

/** @since 0.4.0 */
export const sheetEmpty = Catalogue.define<{ readonly sheet: string }>({
  code: "workbook.sheet-empty",
  severity: "warning",
  title: { fr: "Feuille vide", en: "Empty sheet" },
  fix: {
    fr: "Rien à corriger si la feuille devait être vide ; sinon vérifiez que les données ont été collées dans la bonne feuille.",
    en: "Nothing to fix if the sheet was meant to be empty; otherwise check that the data was pasted into the right sheet."
  },
  example: "a workbook with a sheet Actions filled and a sheet Feuil2 left empty",
  message: {
    fr: ({ sheet }) => `Feuille « ${sheet.slice(0, 40)} » vide : aucun enregistrement lu`,
    en: ({ sheet }) => `Sheet "${sheet.slice(0, 40)}" is empty: no record read`
  }
})

/** @since 0.4.0 */
export const sheetSkipped = Catalogue.define<{ readonly sheet: string; readonly rows: number }>({
  code: "workbook.sheet-skipped",
  severity: "warning",
  title: { fr: "Feuille sans enregistrements ignorée", en: "Sheet without records skipped" },
  fix: {
    fr: "Rien à corriger pour une feuille d'appoint (listes des menus déroulants, notes, brouillon) ; si elle contient des enregistrements, donnez-lui une ligne d'en-tête qui nomme leurs colonnes (par exemple id, startDate, date de début) parmi ses 10 premières lignes remplies, ou nommez la feuille d'après leur type.",
    en: "Nothing to fix for a helper sheet (the lists of drop-down menus, notes, a draft); if it holds records, give it a header row naming their columns (for example id, startDate, date de début) among its first 10 filled rows, or name the sheet after their kind."
  },
  example: "a sheet Listes feeding the drop-down lists of a sheet Actions",
  message: {
    fr: ({ sheet, rows }) =>
      `Feuille « ${sheet.slice(0, 40)} » ignorée : aucune de ses 10 premières lignes remplies ne nomme les colonnes d'un enregistrement ; ses ${rows} ligne(s) remplie(s) ne sont pas lues comme des enregistrements`,
    en: ({ sheet, rows }) =>
      `Sheet "${sheet.slice(0, 40)}" skipped: none of its first 10 filled rows names the columns of a record; its ${rows} filled row(s) are not read as records`
  }
})

/** @since 0.4.0 */
export const rowsBeforeHeader = Catalogue.define<{
  readonly sheet: string
  readonly header: number
  readonly lines: ReadonlyArray<string>
}>({
  code: "workbook.rows-before-header",
  severity: "warning",
  title: { fr: "Lignes au-dessus de l'en-tête", en: "Rows above the header" },
  fix: {
    fr: "Rien à corriger pour un titre ou une note au-dessus du tableau ; si ces lignes sont des enregistrements, placez-les sous la ligne d'en-tête.",
    en: "Nothing to fix for a title or a note above the table; if these rows are records, move them under the header row."
  },
  example: "a sheet Actions with a title in row 1, a blank row 2 and its header in row 3",
  message: {
    fr: ({ sheet, header, lines }) =>
      `Feuille « ${sheet.slice(0, 40)} » : sa ligne d'en-tête est la ligne ${header} ; ${lines.length === 1 ? `la ligne remplie au-dessus (ligne ${lines[0]}), un titre par exemple, n'est pas un enregistrement et est comptée comme vide` : `les ${lines.length} lignes remplies au-dessus (lignes ${lines.join(", ")}), un titre par exemple, ne sont pas des enregistrements et sont comptées comme vides`}`,
    en: ({ sheet, header, lines }) =>
      `Sheet "${sheet.slice(0, 40)}": its header is row ${header}; ${lines.length === 1 ? `the filled row above it (row ${lines[0]}), a title for example, is not a record and is counted as blank` : `the ${lines.length} filled rows above it (rows ${lines.join(", ")}), a title for example, are not records and are counted as blank`}`
  }
})
