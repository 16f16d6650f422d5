// A schema's regular expression as plain comparisons of character codes, for the simple shapes
// that most identifiers, codes and dates have: a fixed sequence of characters from sets, the last
// one repeated (`^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$`, `^\d{14}$`, `^RNCP\d+$`), where a group may
// offer alternatives of the same fixed length (`^\d{4}-(?:0[1-9]|1[0-2])$`), or one set somewhere
// in the text (`[A-Za-z]`). Calling the platform's regular expression costs more than comparing
// ten characters; the comparisons are written from the pattern's own source, so the rule is
// written once. Any other pattern (groups repeated, alternatives of other lengths, flags other
// than `u`) keeps its RegExp, as every pattern does where `new Function` is refused.
//
// With the `u` flag a set matches code points; the sets read here hold characters of the Basic
// Multilingual Plane outside the surrogates only, so a character outside it (two UTF-16 units,
// each a surrogate) is in no set, as for the RegExp.

/** The characters of a set: sorted ranges of UTF-16 units, none overlapping. */
type CharSet = ReadonlyArray<readonly [number, number]>

interface Atom {
  readonly set: CharSet
  readonly min: number
  readonly max: number
}

/** A step of fixed length: one character of a set, or one of some sequences of equal length. */
type Step = { readonly set: CharSet } | { readonly alternatives: ReadonlyArray<ReadonlyArray<CharSet>> }

const digits = (): Array<[number, number]> => [[0x30, 0x39]]

const setOf = (ranges: ReadonlyArray<[number, number]>): CharSet | undefined => {
  // a surrogate in a set: the text would have to be read by code point
  if (ranges.some(([a, b]) => b >= 0xd800 || a > b)) return undefined
  const sorted = [...ranges].sort((x, y) => x[0] - y[0])
  const merged: Array<[number, number]> = []
  for (const [a, b] of sorted) {
    const top = merged.at(-1)
    if (top !== undefined && a <= top[1] + 1) top[1] = Math.max(top[1], b)
    else merged.push([a, b])
  }
  return merged
}

// one character of a pattern, escapes read: its code, or `undefined` when it is not a plain one
const plain = (source: string, at: number): { readonly code: number; readonly next: number } | undefined => {
  const c = source[at]
  if (c === undefined) return undefined
  if (c === "\\") {
    const e = source[at + 1]
    // an escaped punctuation character stands for itself
    if (e !== undefined && /^[\\^$.*+?()[\]{}|/-]$/u.test(e)) return { code: e.charCodeAt(0), next: at + 2 }
    return undefined
  }
  const code = source.charCodeAt(at)
  // outside the Basic Multilingual Plane: two units for one character
  if (code >= 0xd800 && code <= 0xdfff) return undefined
  return { code, next: at + 1 }
}

// a set `[...]` starting at `at` (no negation, no class escape but \d)
const set = (
  source: string,
  at: number
): { readonly ranges: Array<[number, number]>; readonly next: number } | undefined => {
  const ranges: Array<[number, number]> = []
  let i = at + 1
  if (source[i] === "^") return undefined
  while (i < source.length && source[i] !== "]") {
    if (source.startsWith("\\d", i)) {
      ranges.push(...digits())
      i += 2
      continue
    }
    const from = plain(source, i)
    if (from === undefined) return undefined
    i = from.next
    if (source[i] === "-" && source[i + 1] !== "]" && i + 1 < source.length) {
      const to = plain(source, i + 1)
      if (to === undefined) return undefined
      ranges.push([from.code, to.code])
      i = to.next
    } else ranges.push([from.code, from.code])
  }
  return source[i] === "]" && ranges.length > 0 ? { ranges, next: i + 1 } : undefined
}

// one atom and its quantifier
const atom = (source: string, at: number): { readonly atom: Atom; readonly next: number } | undefined => {
  let ranges: Array<[number, number]>
  let i: number
  if (source[at] === "[") {
    const s = set(source, at)
    if (s === undefined) return undefined
    ranges = s.ranges
    i = s.next
  } else if (source.startsWith("\\d", at)) {
    ranges = digits()
    i = at + 2
  } else {
    const c = source[at]
    if (c === undefined || "^$.*+?()|{}".includes(c)) return undefined
    const p = plain(source, at)
    if (p === undefined) return undefined
    ranges = [[p.code, p.code]]
    i = p.next
  }
  const table = setOf(ranges)
  if (table === undefined) return undefined
  let min = 1
  let max = 1
  const q = source[i]
  if (q === "+") [min, max, i] = [1, Number.POSITIVE_INFINITY, i + 1]
  else if (q === "*") [min, max, i] = [0, Number.POSITIVE_INFINITY, i + 1]
  else if (q === "?") [min, max, i] = [0, 1, i + 1]
  else if (q === "{") {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/u.exec(source.slice(i))
    if (m === null) return undefined
    min = Number(m[1])
    max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3])
    if (max < min) return undefined
    i += m[0].length
  }
  // a lazy or possessive quantifier is not read here
  if (source[i] === "?" || source[i] === "+") return undefined
  return { atom: { set: table, min, max }, next: i }
}

// the test of a set on the code in `c`, written out: a few ranges compared; else ASCII by a
// table, the others compared
const writer = () => {
  const tables: Array<Uint8Array> = []
  const inSet = (set: CharSet): string => {
    // a few ranges: compared
    if (set.length <= 3)
      return `(${set.map(([a, b]) => (a === b ? `c === ${a}` : `(c >= ${a} && c <= ${b})`)).join(" || ")})`
    const ascii = new Uint8Array(128)
    const others: Array<string> = []
    for (const [a, b] of set) {
      if (a < 128) ascii.fill(1, a, Math.min(b, 127) + 1)
      if (b >= 128) {
        const from = Math.max(a, 128)
        others.push(from === b ? `c === ${b}` : `(c >= ${from} && c <= ${b})`)
      }
    }
    tables.push(ascii)
    return `(c < 128 ? T[${tables.length - 1}][c] === 1 : ${others.length === 0 ? "false" : others.join(" || ")})`
  }
  // the test of a fixed sequence of sets from index `at`
  const sequence = (sets: ReadonlyArray<CharSet>, at: number): string =>
    sets.map((set, k) => `(c = t.charCodeAt(${at + k}), ${inSet(set)})`).join(" && ")
  const compiled = (body: ReadonlyArray<string>): ((text: string) => boolean) =>
    new Function("T", `return function (t) {\nvar c;\n${body.join("\n")}\n}`)(tables) as (text: string) => boolean
  return { inSet, sequence, compiled }
}

// whether the platform runs generated code (a Content-Security-Policy may refuse it)
const generating = (() => {
  try {
    return new Function("return true")() === true
  } catch {
    return false
  }
})()

/**
 * A function with the answers of `new RegExp(source, flags).test(text)` for every text, when the
 * pattern has one of the simple shapes above and the platform runs generated code; `undefined`
 * otherwise.
 */
export const matcher = (source: string, flags: string): ((text: string) => boolean) | undefined => {
  if (!generating || (flags !== "" && flags !== "u")) return undefined
  const { inSet, sequence, compiled } = writer()
  // one set anywhere in the text
  if (!source.startsWith("^")) {
    const one = atom(source, 0)
    if (one === undefined || one.next !== source.length || one.atom.min !== 1 || one.atom.max !== 1) return undefined
    return compiled([
      "for (var i = 0; i < t.length; i++) {",
      `c = t.charCodeAt(i); if (${inSet(one.atom.set)}) return true;`,
      "}",
      "return false;"
    ])
  }
  if (!source.endsWith("$") || source.endsWith("\\$")) return undefined
  const end = source.length - 1
  const steps: Array<Step> = []
  let width = 0
  let last: Atom | undefined
  for (let i = 1; i < end; ) {
    // every atom but the last takes a fixed count of characters: no choice to go back on
    if (last !== undefined) {
      if (last.min !== last.max) return undefined
      for (let k = 0; k < last.min; k++) steps.push({ set: last.set })
      width += last.min
      last = undefined
    }
    const g = group(source, i)
    if (g !== undefined) {
      if (g.next > end) return undefined
      steps.push({ alternatives: g.alternatives })
      width += (g.alternatives[0] as ReadonlyArray<CharSet>).length
      i = g.next
      continue
    }
    const a = atom(source, i)
    if (a === undefined || a.next > end) return undefined
    last = a.atom
    i = a.next
  }
  const shortest = width + (last?.min ?? 0)
  const longest = width + (last?.max ?? 0)
  const body = [
    "var n = t.length;",
    Number.isFinite(longest)
      ? `if (n < ${shortest} || n > ${longest}) return false;`
      : `if (n < ${shortest}) return false;`
  ]
  let at = 0
  for (const step of steps) {
    if ("set" in step) {
      body.push(`c = t.charCodeAt(${at}); if (!(${inSet(step.set)})) return false;`)
      at++
    } else {
      body.push(`if (!(${step.alternatives.map((sets) => `(${sequence(sets, at)})`).join(" || ")})) return false;`)
      at += (step.alternatives[0] as ReadonlyArray<CharSet>).length
    }
  }
  if (last !== undefined && last.max > 0)
    body.push(`for (var i = ${at}; i < n; i++) { c = t.charCodeAt(i); if (!(${inSet(last.set)})) return false; }`)
  body.push("return true;")
  return compiled(body)
}

// a group `(?:...|...)` of alternatives, each a fixed sequence of characters from sets, all of
// the same length, not repeated
const group = (
  source: string,
  at: number
): { readonly alternatives: ReadonlyArray<ReadonlyArray<CharSet>>; readonly next: number } | undefined => {
  if (!source.startsWith("(?:", at)) return undefined
  const alternatives: Array<Array<CharSet>> = [[]]
  let i = at + 3
  while (i < source.length && source[i] !== ")") {
    if (source[i] === "|") {
      alternatives.push([])
      i++
      continue
    }
    const a = atom(source, i)
    if (a === undefined || a.atom.min !== a.atom.max) return undefined
    for (let k = 0; k < a.atom.min; k++) alternatives.at(-1)?.push(a.atom.set)
    i = a.next
  }
  const length = alternatives[0]?.length ?? 0
  if (source[i] !== ")" || length === 0 || alternatives.some((a) => a.length !== length)) return undefined
  // a repeated group is not read here
  if (i + 1 < source.length && "*+?{".includes(source[i + 1] as string)) return undefined
  return { alternatives, next: i + 1 }
}
