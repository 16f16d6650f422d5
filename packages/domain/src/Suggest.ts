/**
 * Suggestions for a value written as a label, with a typo or in the other language: the codes of
 * a closed list whose code or labels are closest to what was written ("Visites d'entreprises" →
 * `company-visit`). Pure: the caller gives the candidates (the action types of the agreement in
 * force, the record kinds...) and words the message.
 *
 * @since 0.3.0
 */
import type { Bilingual } from "./Annotations.js"

/**
 * A value that may be suggested: its code and its labels.
 *
 * @since 0.3.0
 */
export interface Candidate {
  readonly code: string
  readonly labels: Bilingual
}

/**
 * How many suggestions at most, and how close they must be (0 to 1; 1 is the same words).
 *
 * @since 0.3.0
 */
export interface Options {
  readonly max?: number | undefined
  readonly threshold?: number | undefined
}

// Little words that tell nothing apart ("visites d'entreprises" vs "visite entreprise").
const stopWords: ReadonlySet<string> = new Set([
  "a",
  "au",
  "aux",
  "d",
  "de",
  "des",
  "du",
  "en",
  "et",
  "l",
  "la",
  "le",
  "les",
  "ou",
  "pour",
  "un",
  "une",
  "vers",
  "dans",
  "and",
  "for",
  "in",
  "into",
  "of",
  "on",
  "or",
  "the",
  "to"
])

/**
 * The words of a text, compared without case, accents, apostrophes, punctuation or a plural "s":
 * "Visites d’Entreprises" and "visite entreprise" give the same words.
 *
 * @example
 * ```ts
 * import { Suggest } from "@accord-jeunes/domain"
 * Suggest.words("Visites d’Entreprises") // ["visite", "entreprise"]
 * Suggest.words("company-visit")         // ["company", "visit"]
 * ```
 * @since 0.3.0
 */
export const words = (text: string): ReadonlyArray<string> =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((w) => w.length > 0 && !stopWords.has(w))
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))

const distance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    previous = current
  }
  return previous[b.length] as number
}

// 1 for the same text, down to 0: how much of the longer text need not change.
const similarity = (a: string, b: string): number =>
  a.length === 0 && b.length === 0 ? 1 : 1 - distance(a, b) / Math.max(a.length, b.length)

// Two words match when equal, or close for long words (one typo per five letters).
const sameWord = (a: string, b: string): boolean =>
  a === b || (Math.min(a.length, b.length) >= 5 && distance(a, b) <= Math.floor(Math.max(a.length, b.length) / 5))

// Shared words over all words (Dice), with words matched once each.
const overlap = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): number => {
  if (a.length === 0 || b.length === 0) return 0
  const left = [...b]
  let shared = 0
  for (const w of a) {
    const i = left.findIndex((x) => sameWord(w, x))
    if (i >= 0) {
      shared++
      left.splice(i, 1)
    }
  }
  return (2 * shared) / (a.length + b.length)
}

const score = (input: ReadonlyArray<string>, form: ReadonlyArray<string>): number =>
  Math.max(overlap(input, form), similarity(input.join(" "), form.join(" ")))

/**
 * The codes of the candidates closest to `input`, best first: the input is compared with each
 * candidate's code and its French and English labels. At most `max` (3) codes whose closeness
 * reaches `threshold` (0.5); none when nothing is close.
 *
 * @example
 * ```ts
 * import { agreement2024, Suggest } from "@accord-jeunes/domain"
 * const actionTypes = agreement2024.actionTypes.map((t) => ({ code: t.id, labels: t.label }))
 * Suggest.closest("Visites d'entreprises", actionTypes)[0] // "company-visit"
 * Suggest.closest("parrainage", actionTypes)[0]            // "mentoring"
 * Suggest.closest("comptabilité", actionTypes)             // []
 * ```
 * @since 0.3.0
 */
export const closest = (
  input: string,
  candidates: ReadonlyArray<Candidate>,
  options: Options = {}
): ReadonlyArray<string> => {
  const max = options.max ?? 3
  const threshold = options.threshold ?? 0.5
  const written = words(input)
  if (written.length === 0) return []
  return candidates
    .map((c, rank) => ({
      code: c.code,
      rank,
      score: Math.max(...[c.code, c.labels.fr, c.labels.en].map((form) => score(written, words(form))))
    }))
    .filter((s) => s.score >= threshold)
    .sort((a, b) => b.score - a.score || a.rank - b.rank)
    .slice(0, max)
    .map((s) => s.code)
}
