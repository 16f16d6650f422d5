/**
 * The words of the generator's command line that are not diagnostics: its help and what it says
 * when it is done. French and English.
 *
 * @since 0.3.0
 */
import type { Lang } from "./CommandLine.js"

/**
 * The help of the generator, under the name it is run by (`create-branch-plugin`, or
 * `accord-jeunes plugin new`).
 *
 * @since 0.3.0
 */
export const usage = (lang: Lang, command: string): string =>
  lang === "fr"
    ? `
${command} DOSSIER --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...] [options]

Écrit le paquet du plugin d'une branche professionnelle, qui passe le kit de conformité dès sa
création ; la branche y complète ensuite ses engagements, métiers, certifications et référents.

  DOSSIER              où écrire : un dossier absent ou vide (rien n'est écrasé)
  --id ID              identifiant de la branche, en minuscules et tirets (ex. proprete)
  --name-fr NOM        nom de la branche en français
  --name-en NAME       nom de la branche en anglais
  --idcc CODE          une convention collective de la branche (IDCC : 3043, 158 ou 0158) ; répétable
  --package NOM        nom du paquet npm (défaut : accord-jeunes-branch-ID)
  --workspace          dans le dépôt accord-jeunes : dépendances du workspace, construction partagée
  --lang fr|en         langue des messages (fr)
  --version            affiche la version

Code de sortie : 0 paquet écrit, 2 erreur d'usage (un message par option fautive).
`
    : `
${command} DIRECTORY --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...] [options]

Writes a professional branch's plugin package, which passes the conformance kit as soon as it is
written; the branch then fills in its commitments, trades, certifications and referents.

  DIRECTORY            where to write: a directory that does not exist or is empty (nothing is overwritten)
  --id ID              the branch's id, lower-case words and hyphens (e.g. proprete)
  --name-fr NOM        the branch's name in French
  --name-en NAME       the branch's name in English
  --idcc CODE          a collective agreement of the branch (IDCC: 3043, 158 or 0158); repeatable
  --package NAME       the npm package name (default: accord-jeunes-branch-ID)
  --workspace          inside the accord-jeunes repository: workspace dependencies, shared build
  --lang fr|en         message language (fr)
  --version            prints the version

Exit code: 0 package written, 2 usage error (one message per faulty option).
`

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
