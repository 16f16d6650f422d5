/**
 * The validator: structural checks against the record schemas (field and cross-field rules
 * reported together), then checks against the agreement as in force on each record's date
 * (branch in force, action type offered, participant eligible, outcome after its action,
 * references between files). Every record read is counted as accepted or rejected; warnings
 * never reject; blank rows are counted apart, never as records.
 *
 * Personal data (a5#1): a value is shown in an issue only when its field is known to the record's
 * schema and not annotated `personal`; the value of an unknown field is never shown, and one that
 * looks identifying (an e-mail, a phone number, a NIR) is refused citing a5#1.
 *
 * Streaming: NDJSON files go line by line (`stream`, or `line`), so memory does not grow with the
 * file; JSON and CSV files are read whole (`bytes`, `text`).
 *
 * The age rule, in any order (since 0.5.0): the young people of the files read whole (`bytes`,
 * `text`, `table`) are kept compactly by reference, and a participation of such a file read before
 * its young person waits for them (its issue at its own line, its verdict given when they come, or
 * at `finish`). A file read line by line keeps only the young person just read (a grouped file is
 * checked entirely) besides those of the files read whole. The participations the rule could not
 * be checked on are counted in one `eligibility.age-not-checked` of the report.
 *
 * Every byte is accounted for: a line the reader cannot read (a NUL byte, a byte that is not
 * UTF-8 in a UTF-8 file, a stray quote in CSV) is one rejected record, located, and reading goes
 * on at the next line; `read = accepted + rejected` for every file, blank rows apart. The work a
 * bad record costs is bounded: lists longer than their schema's maximum are cut before their
 * elements are read, at most `maxIssuesPerRecord` problems are listed per record.
 *
 * @since 0.1.0
 */
import {
  Annotations,
  CalendarDate,
  type Catalogue,
  Diagnostic,
  ExchangeRecord,
  Identifier,
  PersonalData,
  RecordVersion,
  Suggest
} from "@accord-jeunes/domain"
import { Eligibility, LegalDate } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"
import { Composition } from "@accord-jeunes/plugin-sdk"
import * as Result from "effect/Result"
import * as Codes from "./Codes.js"
import * as Csv from "./Csv.js"
import * as Fields from "./Fields.js"
import * as Input from "./Input.js"
import { bounder } from "./internal/bound.js"
import { crossField } from "./internal/crossField.js"
import { decoders as decodersOf } from "./internal/fastDecode.js"
import * as Guard from "./internal/guard.js"
import type { Issue, Report, Stats } from "./Report.js"

/**
 * Where a record is: its file, the line it starts on and how many physical lines it spans (a CSV
 * row with a quoted line break, an element of a JSON array written over several lines).
 *
 * @since 0.3.0
 */
export interface Where {
  readonly file: string
  readonly line: number
  readonly lines: number
}

/**
 * One row of a table (a CSV file's, a spreadsheet's sheet's): its cells as text, the line (or
 * sheet row) it starts on, how many lines it spans, and its text as the rejects file writes it.
 *
 * @since 0.4.0
 */
export interface TableRow {
  readonly line: number
  readonly lines: number
  readonly cells: ReadonlyArray<string>
  readonly raw: string
}

/** Options. @since 0.1.0 */
export interface Options {
  /** The record kind, when files do not say it (a CSV without a `kind` column). */
  readonly kind?: ExchangeRecord.Kind
  /**
   * The agreement to check against, from `@accord-jeunes/in-force` (default: the 2024 text with its
   * founding branches' plugins and no other act).
   */
  readonly timeline?: Composition.Timeline
  /** Check every record against the agreement as in force on this day instead of its own date. */
  readonly asOf?: string
  readonly encoding?: Input.Encoding
  readonly delimiter?: Csv.Delimiter
  /** At most this many issues are kept (counts stay exact); default 10 000. */
  readonly maxIssues?: number
  /**
   * At most this many issues are listed per record, then one `record.more-issues` that counts the
   * others; default 20. The cost of a bad record stays bounded whatever it holds.
   *
   * @since 0.3.0
   */
  readonly maxIssuesPerRecord?: number
  /**
   * Called with each accepted record. A participation of a file read whole that comes before its
   * young person is given when they come, or at `finish` (its verdict may depend on them).
   */
  readonly onAccepted?: (record: ExchangeRecord.ExchangeRecord, where: Where) => void
  /**
   * Called with each rejected record's text exactly as read (a CSV row's physical lines, quoting
   * included; an NDJSON line; the text of a JSON array's element) and its issues (at most
   * `maxIssuesPerRecord`, then `record.more-issues`). `Report.rejectLine` writes them as one row.
   * A participation waiting for its young person is given as `onAccepted` says.
   */
  readonly onRejected?: (raw: string, where: Where, issues: ReadonlyArray<Issue>) => void
}

const kinds: ReadonlyArray<string> = ExchangeRecord.kinds
const kindCandidates: ReadonlyArray<Suggest.Candidate> = ExchangeRecord.kinds.map((k) => ({
  code: k,
  labels: Annotations.labelOf(ExchangeRecord.byKind[k]) ?? { fr: k, en: k }
}))

const show = (v: unknown): string | undefined => {
  if (v === undefined || (typeof v === "object" && v !== null)) return undefined // only scalars are echoed
  const s = typeof v === "string" ? v : String(v)
  // an e-mail address, a phone number or a NIR typed in a field that is not personal (a mission
  // locale's code, an employer's SIRET) is still someone's: not echoed (a5#1)
  if (PersonalData.looksIdentifying(s)) return undefined
  return visible(s.length > 200 ? `${s.slice(0, 200)}…` : s)
}

const valueAt = (record: unknown, path: ReadonlyArray<PropertyKey>): unknown => {
  let cur = record
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return undefined
    cur = (cur as Record<PropertyKey, unknown>)[k]
  }
  return cur
}

// whether an unknown field's value (a scalar, or a list of them) looks like a direct identifier
const identifying = (v: unknown): boolean =>
  typeof v === "string"
    ? PersonalData.looksIdentifying(v)
    : typeof v === "number"
      ? PersonalData.looksIdentifying(String(v))
      : Array.isArray(v) &&
        v.some((x) => (typeof x === "string" || typeof x === "number") && PersonalData.looksIdentifying(String(x)))

const isObject = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

const located = (raised: Catalogue.Raised, file: string, line?: number, path?: string, value?: string): Issue => ({
  ...raised,
  file,
  ...(line === undefined ? {} : { line }),
  ...(path === undefined ? {} : { path }),
  ...(value === undefined ? {} : { value })
})

// per kind: the compiled decoder for valid records (which refuses a list over its maximum before
// reading its elements), effect's for the others (which alone writes diagnostics), and the
// bounding of a bad record's work
const decoders = Object.fromEntries(
  ExchangeRecord.kinds.map((k) => {
    const schema = ExchangeRecord.byKind[k]
    // whether the kind names the agreement it is under (known from its schema, not asked of each record)
    return [k, { ...decodersOf(schema), bound: bounder(schema.ast), agreement: "agreement" in schema.fields }]
  })
) as Record<
  ExchangeRecord.Kind,
  {
    readonly fast: (u: unknown) => ExchangeRecord.ExchangeRecord | typeof Guard.no
    readonly full: (u: unknown) => Result.Result<ExchangeRecord.ExchangeRecord, ReadonlyArray<Diagnostic.Diagnostic>>
    readonly bound: ReturnType<typeof bounder>
    readonly agreement: boolean
  }
>

// the agreement in force on each day, by timeline, shared by every validator of the process: the
// records of a file span a few hundred days, and working out one day costs as much as reading
// hundreds of records
const inForceByTimeline = new WeakMap<Composition.Timeline, Map<string, Composition.AgreementInForce>>()

// the decoders of a record's kind, found by the kind's length then compared: a kind read from JSON
// is a fresh string, which a property lookup would first have to find among the engine's names
const byLength: Array<Array<readonly [string, (typeof decoders)[ExchangeRecord.Kind]]> | undefined> = []
for (const k of ExchangeRecord.kinds) {
  const same = byLength[k.length] ?? []
  same.push([k, decoders[k]])
  byLength[k.length] = same
}
const decodersFor = (kind: unknown) => {
  if (typeof kind !== "string") return undefined
  const candidates = byLength[kind.length]
  if (candidates === undefined) return undefined
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as readonly [string, (typeof decoders)[ExchangeRecord.Kind]]
    if (c[0] === kind) return c[1]
  }
  return undefined
}

// a value echoed in a message (a code the agreement does not have) is cut: a code is short, and
// what is written there instead may be megabytes long
const cut = (s: string): string => visible(s.length > 100 ? `${s.slice(0, 100)}…` : s)

// control characters of a value echoed (a line break typed in a spreadsheet cell, an escape) are
// written as escapes: a message stays on its line, and nothing reaches a terminal raw
const visible = (s: string): string => {
  let out: string | undefined
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x20 && c !== 0x7f) {
      if (out !== undefined) out += s[i]
      continue
    }
    out ??= s.slice(0, i)
    out += c === 10 ? "\\n" : c === 13 ? "\\r" : c === 9 ? "\\t" : `\\u${c.toString(16).padStart(4, "0")}`
  }
  return out ?? s
}

// a CSV cell's key, even __proto__, is an own property of the record, as JSON.parse makes it
const setField = (o: Record<string, unknown>, key: string, v: unknown) => {
  if (key === "__proto__")
    Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true })
  else o[key] = v
}

// line and column of a character of a record's text that starts on `line`
const positionIn = (raw: string, index: number, line: number) => {
  const before = raw.slice(0, index)
  const ends = before.match(/\r\n|\r|\n/gu)
  const last = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"))
  return { line: line + (ends?.length ?? 0), column: index - last }
}

interface FileStats {
  file: string
  format: string
  encoding: string
  read: number
  accepted: number
  rejected: number
  warnings: number
  blank: number
}

// what the age rule reads of a young person
interface Young {
  readonly birthDate: string
  readonly rqth?: boolean
  readonly schemes?: ReadonlyArray<{
    readonly scheme: "cej" | "pacea"
    readonly startDate: string
    readonly endDate?: string
  }>
}

// a day as a number that keeps the order of days and reads back without a calendar
const dayNumber = (d: string): number =>
  Number(d.slice(0, 4)) * 512 + Number(d.slice(5, 7)) * 32 + Number(d.slice(8, 10))
const two = (n: number) => (n < 10 ? `0${n}` : String(n))
const dayText = (n: number): string =>
  `${String(Math.floor(n / 512)).padStart(4, "0")}-${two(Math.floor(n / 32) % 16)}-${two(n % 32)}`

// what the age rule reads of a young person, kept for every young person of the files read whole:
// a number (birth day and RQTH) for one in no scheme, a few numbers more per scheme period
// (its start with the scheme, its end or -1): a small integer where a record would weigh a
// few hundred bytes
type Packed = number | ReadonlyArray<number>
const pack = (p: Young): Packed => {
  const head = dayNumber(p.birthDate) * 2 + (p.rqth === true ? 1 : 0)
  if (p.schemes === undefined || p.schemes.length === 0) return head
  const out = [head]
  for (const s of p.schemes)
    out.push(
      dayNumber(s.startDate) * 2 + (s.scheme === "cej" ? 1 : 0),
      s.endDate === undefined ? -1 : dayNumber(s.endDate)
    )
  return out
}
const unpack = (k: Packed): Young => {
  const head = typeof k === "number" ? k : (k[0] as number)
  const birthDate = dayText(Math.floor(head / 2))
  const base = head % 2 === 1 ? { birthDate, rqth: true } : { birthDate }
  if (typeof k === "number") return base
  const schemes: Array<{ scheme: "cej" | "pacea"; startDate: string; endDate?: string }> = []
  for (let i = 1; i + 1 < k.length; i += 2) {
    const start = k[i] as number
    const end = k[i + 1] as number
    const startDate = dayText(Math.floor(start / 2))
    const scheme = start % 2 === 1 ? "cej" : "pacea"
    schemes.push(end < 0 ? { scheme, startDate } : { scheme, startDate, endDate: dayText(end) })
  }
  return { ...base, schemes }
}

// a reference kept as a key of its own: one cut from a file's text (a CSV cell) would keep the
// whole text alive (V8 slices strings of 13 characters and more)
const own = (s: string): string => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string))

// a participation of a file read whole that came before its young person: its verdict waits
interface Waiting {
  readonly seq: number
  readonly stats: FileStats
  readonly raw: string
  readonly record: ExchangeRecord.ExchangeRecord & { readonly kind: "participation" }
  readonly line: number
  readonly lines: number
  readonly found: ReadonlyArray<Issue>
}

// the codes of the agreement as messages list them: with their French labels
const listed = (known: ReadonlyArray<Suggest.Candidate>) => known.map((k) => `${k.code} (${k.labels.fr})`)

/**
 * Creates a validator.
 *
 * @example
 * ```ts
 * import { Validator } from "@accord-jeunes/validation"
 * const v = Validator.make()
 * v.text("outcomes.csv", "kind;schemaVersion;id;participant;outcome;startDate;actions\ninsertion-outcome;1.0.0;o1;p-abcd;training;01/10/2025;")
 * const report = v.finish()
 * report.stats.accepted // 1
 * ```
 * @since 0.1.0
 */
export const make = (options: Options = {}) => {
  const timeline = options.timeline ?? Assembly.foundingTimeline()
  // when a branch or action type comes in by a later act, a record dated before it is told so
  const comesIn = (what: "branch" | "action-type", id: string, date: string) => {
    const ref = Composition.introducedBy(timeline, what, id)
    return ref !== undefined && ref.effectiveDate > date ? ref : undefined
  }
  const maxIssues = options.maxIssues ?? 10_000
  const perRecord = Math.max(1, options.maxIssuesPerRecord ?? 20)
  const issues: Array<Issue> = []
  const files: Array<FileStats> = []
  let totalIssues = 0
  // file-level errors (a binary file, no header...): the files are not valid, whatever the counts
  let fileErrors = 0
  let inForceCache = inForceByTimeline.get(timeline)
  if (inForceCache === undefined) {
    inForceCache = new Map()
    inForceByTimeline.set(timeline, inForceCache)
  }
  const inForce = inForceCache
  const inForceOn = (date: string) => {
    const day = options.asOf ?? date
    let hit = inForce.get(day)
    if (hit === undefined) {
      hit = Composition.asOf(timeline, day)
      // a few years of days are a few thousand; more are not kept for ever
      if (inForce.size >= 8192) inForce.clear()
      inForce.set(day, hit)
    }
    return hit
  }
  // the branches and action types a message lists: those in force on the record's date, or, when
  // the record gives no readable date, every one the agreement ever has
  type Known = ReadonlyArray<Suggest.Candidate>
  let ever: { readonly branches: Known; readonly actionTypes: Known } | undefined
  const knownOn = (f: Composition.AgreementInForce) => ({
    branches: f.branches.map((b) => ({ code: b.id, labels: b.name })),
    actionTypes: f.actionTypes.map((t) => ({ code: t.id, labels: t.label }))
  })
  const knownOnDate = (date: string | undefined) => {
    if (date !== undefined || options.asOf !== undefined) return knownOn(inForceOn(date ?? (options.asOf as string)))
    if (ever === undefined) {
      const branches = new Map<string, Suggest.Candidate>()
      const actionTypes = new Map<string, Suggest.Candidate>()
      for (const day of [timeline.base.signatureDate, ...timeline.acts.map((a) => a.ref.effectiveDate)]) {
        const k = knownOn(inForceOn(day))
        for (const b of k.branches) branches.set(b.code, b)
        for (const t of k.actionTypes) actionTypes.set(t.code, t)
      }
      ever = { branches: [...branches.values()], actionTypes: [...actionTypes.values()] }
    }
    return ever
  }
  // an action type or a branch the agreement does not have on the record's date: the codes it has,
  // and the closest one (a label is a few words: a longer text is compared with none, as the
  // comparison costs its length)
  const notInForce = (
    code: typeof Codes.actionTypeNotOffered | typeof Codes.branchNotInForce,
    known: ReadonlyArray<Suggest.Candidate>,
    where: { readonly given: string; readonly date: string | undefined; readonly file: string; readonly line: number },
    path: string
  ): Issue => {
    const { given, date } = where
    const closestId = given.length > 200 ? undefined : Suggest.closest(given, known)[0]
    return located(
      code.raise({
        given: cut(given),
        ...(date === undefined ? {} : { date }),
        valid: listed(known),
        ...(closestId === undefined ? {} : { closest: closestId })
      }),
      where.file,
      where.line,
      path,
      show(given)
    )
  }
  const actionTypeIssue = (given: string, date: string | undefined, file: string, line: number): Issue =>
    notInForce(Codes.actionTypeNotOffered, knownOnDate(date).actionTypes, { given, date, file, line }, "$.actionType")
  const branchIssue = (given: string, i: number, date: string | undefined, file: string, line: number): Issue =>
    notInForce(Codes.branchNotInForce, knownOnDate(date).branches, { given, date, file, line }, `$.branches[${i}]`)

  const actions = new Map<string, { readonly startDate: string }>()
  const pending: Array<{
    readonly file: string
    readonly line: number
    readonly path: string
    readonly action: string
  }> = []
  // the last young person read (the decoded record itself: the age rule reads its birth date,
  // RQTH and schemes): a file grouped by young person needs nothing more, whatever its length
  let current: (Young & { readonly ref: string }) | undefined
  // the young people of the files read whole (held whole anyway), by reference, as the age rule
  // reads them: their participations are checked in any order of records and files. Those of a
  // file read line by line are not kept, so that its memory does not grow with it.
  const young = new Map<string, Packed>()
  // participations of files read whole that came before their young person, by reference: their
  // verdict is given when the young person comes, or at `finish`
  const waiting = new Map<string, Array<Waiting>>()
  let waitingCount = 0
  let seq = 0
  // participations the age rule could not be checked on: in a file read line by line whose young
  // person was not the one just read nor one of a file read whole; found nowhere by the end
  let apart = 0
  let absent = 0
  // the files read line by line (`begin`, `stream`), and the last one asked about
  const lineByLine = new WeakSet<FileStats>()
  let lastAsked: FileStats | undefined
  let lastLineByLine = false
  const readLineByLine = (stats: FileStats) => {
    if (stats !== lastAsked) {
      lastAsked = stats
      lastLineByLine = lineByLine.has(stats)
    }
    return lastLineByLine
  }
  // the engine's age rule, asked once per (age on the day, RQTH) for a young person in no scheme:
  // its verdict, code, severity, clause and message depend on nothing else then (an equivalence
  // test holds it to that); with a scheme, asked for each participation
  // by key in a list for the ages of living people, in a map for the others (a birth date after
  // the day, a thousand years ago...)
  const ageVerdicts: Array<ReturnType<typeof Eligibility.ageRule> | undefined> = Array.from(
    { length: 1024 },
    () => undefined
  )
  const otherAgeVerdicts = new Map<number, ReturnType<typeof Eligibility.ageRule>>()
  const ageRule = (p: Young, date: string) => {
    if (p.schemes !== undefined) return Eligibility.ageRule({ participant: p as never, date: date as never })
    const key = LegalDate.ageOn(p.birthDate as never, date as never) * 4 + (p.rqth === undefined ? 0 : p.rqth ? 1 : 2)
    const listed = key >= 0 && key < 1024
    let e = listed ? ageVerdicts[key] : otherAgeVerdicts.get(key)
    if (e === undefined) {
      e = Eligibility.ageRule({ participant: p as never, date: date as never })
      if (listed) ageVerdicts[key] = e
      else otherAgeVerdicts.set(key, e)
    }
    return e
  }

  // the engine's verdict as it gives it: its code, severity, clause and message (no age in it)
  const ageCheck = (p: Young, date: string, file: string, line: number, out: Array<Issue>): void => {
    const e = ageRule(p, date)
    if (e.verdict !== true)
      out.push(
        located(
          {
            code: e.rule,
            severity: e.severity,
            message: e.message,
            ...(e.clause === undefined ? {} : { clause: e.clause })
          },
          file,
          line,
          "$.startDate"
        )
      )
  }

  // a participation that waited for its young person: checked against them (none: not checked,
  // counted), then accepted or rejected at its own file and line as if read now
  const conclude = (w: Waiting, p: Young | undefined) => {
    const found = [...w.found]
    if (p === undefined) absent++
    else ageCheck(p, w.record.startDate, w.stats.file, w.line, found)
    verdict(w.stats, w.raw, w.record, found, 0, w.line, w.lines)
  }

  const scratch: Array<Issue> = []
  const none: ReadonlyArray<Issue> = Object.freeze([])
  const list = (i: Issue) => {
    totalIssues++
    if (issues.length < maxIssues) issues.push(i)
  }
  const push = (i: Issue, stats?: FileStats) => {
    if (i.severity === "warning" && stats !== undefined) stats.warnings++
    list(i)
  }

  // checks against the agreement in force on the record's date; only run on structurally valid
  // records. True when the record's verdict waits for its young person (a participation of a file
  // read whole that comes before them).
  const agreementChecks = (
    r: ExchangeRecord.ExchangeRecord,
    agreed: boolean,
    stats: FileStats,
    line: number,
    out: Array<Issue>
  ): boolean => {
    const file = stats.file
    const agreement = agreed ? (r as { readonly agreement: string }).agreement : undefined
    if (agreement !== undefined && agreement !== timeline.base.id)
      out.push(
        located(Codes.agreementUnknown.raise({ expected: timeline.base.id }), file, line, "$.agreement", agreement)
      )
    switch (r.kind) {
      case "action": {
        const f = inForceOn(r.startDate)
        // during a termination's notice the agreement is still in force (a7#4)
        if (f.status !== "in-force" && f.status !== "terminating")
          out.push(
            located(
              Codes.agreementNotInForce.raise({ date: r.startDate, from: f.signatureDate, to: f.lastDay }),
              file,
              line,
              "$.startDate",
              r.startDate
            )
          )
        r.branches.forEach((b, i) => {
          if (f.branches.some((x) => x.id === b)) return
          const later = comesIn("branch", b, f.date)
          out.push(
            later === undefined
              ? branchIssue(b, i, f.date, file, line)
              : located(
                  Codes.branchNotInForce.raise({
                    given: b,
                    date: f.date,
                    valid: [],
                    laterDate: later.effectiveDate,
                    laterAct: later.label.fr,
                    laterActEn: later.label.en
                  }),
                  file,
                  line,
                  `$.branches[${i}]`,
                  b
                )
          )
        })
        if (!f.actionTypes.some((t) => t.id === r.actionType)) {
          const later = comesIn("action-type", r.actionType, f.date)
          out.push(
            later === undefined
              ? actionTypeIssue(r.actionType, f.date, file, line)
              : located(
                  Codes.actionTypeNotOffered.raise({
                    given: r.actionType,
                    date: f.date,
                    valid: [],
                    laterDate: later.effectiveDate,
                    laterAct: later.label.fr,
                    laterActEn: later.label.en
                  }),
                  file,
                  line,
                  "$.actionType",
                  r.actionType
                )
          )
        }
        const ns = Identifier.namespaceOf(r.actionType)
        if (ns !== undefined && !r.branches.some((b) => b === ns))
          out.push(
            located(
              Codes.actionTypeOfOtherBranch.raise({ actionType: r.actionType, branch: ns }),
              file,
              line,
              "$.actionType",
              r.actionType
            )
          )
        actions.set(r.id, { startDate: r.startDate })
        return false
      }
      case "participant":
        current = r
        if (!readLineByLine(stats)) young.set(own(r.ref), pack(r))
        if (waitingCount > 0) {
          const held = waiting.get(r.ref)
          if (held !== undefined) {
            waiting.delete(r.ref)
            waitingCount -= held.length
            for (const w of held) conclude(w, r)
          }
        }
        return false
      case "participation": {
        const a = actions.get(r.action)
        if (a === undefined) pending.push({ file, line, path: "$.action", action: r.action })
        if (current !== undefined && current.ref === r.participant) {
          ageCheck(current, r.startDate, file, line, out)
          return false
        }
        const known = young.size === 0 ? undefined : young.get(r.participant)
        if (known !== undefined) {
          ageCheck(unpack(known), r.startDate, file, line, out)
          return false
        }
        if (readLineByLine(stats)) {
          apart++
          return false
        }
        return true
      }
      case "insertion-outcome":
        r.actions.forEach((id, i) => {
          const a = actions.get(id)
          if (a === undefined) pending.push({ file, line, path: `$.actions[${i}]`, action: id })
          // the dates are the young person's: named, not shown
          else if (r.startDate < a.startDate)
            out.push(located(Codes.outcomeBeforeAction.raise({ action: id }), file, line, "$.startDate"))
        })
        return false
      case "referent-designation": {
        const f = inForceOn(r.from)
        const parties = f.parties.map((p) => (p.kind === "branch" ? p.partyId : p.id))
        if (!parties.includes(r.party))
          out.push(
            located(Codes.unknownParty.raise({ party: r.party, date: r.from, parties }), file, line, "$.party", r.party)
          )
        return false
      }
      default:
        return false
    }
  }

  // a record that failed to decode: every field problem, and the cross-field rules the fields
  // that passed allow, in one pass
  const structural = (
    kind: ExchangeRecord.Kind,
    value: Readonly<Record<string, unknown>>,
    diagnostics: ReadonlyArray<Diagnostic.Diagnostic>,
    file: string,
    line: number,
    overrides: ReadonlyMap<string, Issue> | undefined,
    out: Array<Issue>
  ): void => {
    const fields = Fields.of(kind)
    const failed = new Set<string>()
    const overridden = new Set<string>()
    const date =
      kind === "action" && CalendarDate.isValidDate(value.startDate) ? (value.startDate as string) : undefined
    const one = (d: Diagnostic.Diagnostic) => {
      const key = d.path[0]
      const name = typeof key === "string" ? key : undefined
      if (name !== undefined) failed.add(name)
      const override = name === undefined ? undefined : overrides?.get(name)
      if (override !== undefined && name !== undefined) {
        if (!overridden.has(name)) out.push(override)
        overridden.add(name)
        return
      }
      const at = valueAt(value, d.path)
      const known = name !== undefined && fields.fields.has(name)
      if (d.code === "field.unexpected" && identifying(at)) {
        out.push(located(Codes.identifyingValue.raise({}), file, line, Diagnostic.formatPath(d.path)))
        return
      }
      // a code written as its label, or mistyped: the codes of the agreement, and the closest
      if (kind === "action" && typeof at === "string" && d.code !== "field.missing") {
        if (name === "actionType" && d.path.length === 1) {
          out.push(actionTypeIssue(at, date, file, line))
          return
        }
        if (name === "branches" && d.path.length === 2 && typeof d.path[1] === "number") {
          out.push(branchIssue(at, d.path[1], date, file, line))
          return
        }
      }
      const shown =
        known && d.code !== "field.missing" && d.code !== "field.unexpected" && !fields.personal.has(name as string)
          ? show(at)
          : undefined
      const { path, ...raised } = d
      out.push(located(raised, file, line, path.length > 0 ? Diagnostic.formatPath(path) : undefined, shown))
    }
    for (const d of diagnostics) one(d)
    for (const d of crossField(ExchangeRecord.byKind[kind].ast, value, failed)) one(d)
  }

  const kindIssue = (stats: FileStats, value: unknown, line: number): Issue => {
    const kind = isObject(value) ? value.kind : undefined
    if (kind === undefined || kind === null || kind === "")
      return located(
        Codes.kindMissing.raise({ kinds, csv: stats.format === "csv" }),
        stats.file,
        line,
        isObject(value) ? "$.kind" : undefined
      )
    const given = typeof kind === "string" ? kind : undefined
    const closestKind = given === undefined ? undefined : Suggest.closest(given, kindCandidates)[0]
    // a kind is a public code; what is written there instead may not be
    const shown = given !== undefined && given.length <= 40 && !PersonalData.looksIdentifying(given) ? given : undefined
    return located(
      Codes.kindUnknown.raise({ kinds, ...(closestKind === undefined ? {} : { closest: closestKind }) }),
      stats.file,
      line,
      "$.kind",
      shown
    )
  }

  // the issues of one record: each located on its lines, at most `perRecord` of them listed
  const settle = (
    stats: FileStats,
    found: ReadonlyArray<Issue>,
    omitted: number,
    line: number,
    lines: number
  ): ReadonlyArray<Issue> => {
    if (found.length === 0 && omitted === 0) return none
    for (const i of found) if (i.severity === "warning") stats.warnings++
    const spanned = lines > 1 ? found.map((i) => (i.line === line ? { ...i, lines } : i)) : found
    const total = found.length + omitted
    const shown = spanned.length > perRecord ? spanned.slice(0, perRecord) : [...spanned]
    if (total > shown.length) {
      const more = located(
        Codes.recordMoreIssues.raise({ more: total - shown.length, limit: perRecord }),
        stats.file,
        line
      )
      shown.push(lines > 1 ? { ...more, lines } : more)
    }
    for (const i of shown) list(i)
    return shown
  }

  const record = (
    stats: FileStats,
    raw: string,
    value: unknown,
    line: number,
    lines: number,
    prior?: ReadonlyArray<Issue>,
    overrides?: ReadonlyMap<string, Issue>
  ) => {
    stats.read++
    // one array for every record (a valid one adds nothing to it): settle copies what it keeps
    const found = scratch
    // emptied only when it holds something: setting the length is a call into the engine
    if (found.length !== 0) found.length = 0
    if (prior !== undefined) for (const i of prior) found.push(i)
    const kind = isObject(value) ? value.kind : undefined
    let accepted: ExchangeRecord.ExchangeRecord | undefined
    let omitted = 0
    const d = decodersFor(kind)
    if (d === undefined) found.push(kindIssue(stats, value, line))
    else {
      const fast = d.fast(value)
      if (fast !== Guard.no) {
        accepted = fast
        if (agreementChecks(fast, d.agreement, stats, line, found)) {
          hold(stats, raw, fast, line, lines, found)
          return
        }
        // nearly every record: accepted, nothing to say
        if (found.length === 0) {
          stats.accepted++
          options.onAccepted?.(fast, { file: stats.file, line, lines })
          return
        }
      } else {
        const bounded = d.bound(value, perRecord)
        omitted = bounded.omitted
        const decoded = d.full(bounded.value)
        if (Result.isSuccess(decoded) && bounded.diagnostics.length === 0 && omitted === 0) {
          accepted = decoded.success
          if (agreementChecks(decoded.success, d.agreement, stats, line, found)) {
            hold(stats, raw, decoded.success, line, lines, found)
            return
          }
        } else
          structural(
            kind as ExchangeRecord.Kind,
            bounded.value as Readonly<Record<string, unknown>>,
            [...bounded.diagnostics, ...(Result.isFailure(decoded) ? decoded.failure : [])],
            stats.file,
            line,
            overrides,
            found
          )
      }
    }
    verdict(stats, raw, accepted, found, omitted, line, lines)
  }

  // a record's issues listed, then the record accepted or rejected
  const verdict = (
    stats: FileStats,
    raw: string,
    accepted: ExchangeRecord.ExchangeRecord | undefined,
    found: Array<Issue>,
    omitted: number,
    line: number,
    lines: number
  ) => {
    let error = accepted === undefined
    for (let i = 0; i < found.length && !error; i++) error = (found[i] as Issue).severity === "error"
    const shown = settle(stats, found, omitted, line, lines)
    if (found.length !== 0) found.length = 0
    if (error || accepted === undefined) {
      stats.rejected++
      options.onRejected?.(raw, { file: stats.file, line, lines }, shown)
    } else {
      stats.accepted++
      options.onAccepted?.(accepted, { file: stats.file, line, lines })
    }
  }

  // a participation whose young person is not read yet: its issues so far kept, its verdict given
  // when they come (it may be an error: a scheme the law closed to them), or at `finish`
  const hold = (
    stats: FileStats,
    raw: string,
    record: ExchangeRecord.ExchangeRecord,
    line: number,
    lines: number,
    found: Array<Issue>
  ) => {
    const r = record as Waiting["record"]
    const w: Waiting = { seq: seq++, stats, raw, record: r, line, lines, found: found.length === 0 ? none : [...found] }
    if (found.length !== 0) found.length = 0
    const held = waiting.get(r.participant)
    if (held === undefined) waiting.set(own(r.participant), [w])
    else held.push(w)
    waitingCount++
  }

  // a record that cannot be read at all: one error, the record's text kept for the rejects file
  const reject = (stats: FileStats, raw: string, line: number, lines: number, issue: Issue) => {
    stats.read++
    stats.rejected++
    const shown = settle(stats, [issue], 0, line, lines)
    options.onRejected?.(raw, { file: stats.file, line, lines }, shown)
  }

  // a JSON syntax error says where (line and column), never the text around it: it may be personal
  const parseJson = (stats: FileStats, raw: string, line: number, wholeFile: boolean): unknown => {
    try {
      return JSON.parse(raw)
    } catch (e) {
      // a NUL byte is never JSON: looked for only when the text is not (valid lines pay nothing)
      const nul = raw.indexOf("\u0000")
      if (nul >= 0) {
        const at = positionIn(raw, nul, line)
        reject(stats, raw, at.line, 1, located(Codes.nulByte.raise(at), stats.file, at.line))
        return unparsed
      }
      const m = /position (\d+)/u.exec(e instanceof Error ? e.message : "")
      const at = m === null ? undefined : positionIn(raw, Number(m[1]), line)
      const where = at === undefined ? {} : wholeFile ? at : { column: at.column }
      const errorLine = wholeFile ? (at?.line ?? line) : line
      reject(stats, raw, errorLine, 1, located(Codes.jsonSyntax.raise(where), stats.file, errorLine))
      return unparsed
    }
  }

  const fileLevel = (stats: FileStats, raised: Catalogue.Raised, line?: number) => {
    if (raised.severity === "error") fileErrors++
    push(located(raised, stats.file, line), stats)
  }

  // where each file's issues start in the list
  const firstIssue = new WeakMap<FileStats, number>()
  // a file-level issue found once some of the file's lines were read (a streamed file's encoding,
  // settled late): listed before the file's other issues, where reading the file whole lists it
  const fileLevelFirst = (stats: FileStats, raised: Catalogue.Raised) => {
    if (raised.severity === "error") fileErrors++
    if (raised.severity === "warning") stats.warnings++
    totalIssues++
    const at = firstIssue.get(stats) ?? issues.length
    if (at < maxIssues) {
      issues.splice(at, 0, located(raised, stats.file))
      if (issues.length > maxIssues) issues.pop()
    }
  }

  const begin = (file: string, format: string, encoding: string, streamed = false): FileStats => {
    const stats: FileStats = { file, format, encoding, read: 0, accepted: 0, rejected: 0, warnings: 0, blank: 0 }
    if (streamed) lineByLine.add(stats)
    files.push(stats)
    firstIssue.set(stats, issues.length)
    current = undefined
    return stats
  }

  // one NDJSON line: a byte that is not UTF-8 or a NUL byte costs the line, never more
  const ndjsonLine = (stats: FileStats, text: string, line: number, invalid?: number) => {
    const raw = line === 1 && text.startsWith("\uFEFF") ? text.slice(1) : text
    if (invalid !== undefined) {
      reject(stats, raw, line, 1, located(Codes.encodingInvalidUtf8.raise({ line, column: invalid }), stats.file, line))
      return
    }
    // a line that starts as a record does is not blank: not trimmed
    if (raw.charCodeAt(0) !== 0x7b && raw.trim() === "") {
      stats.blank++
      return
    }
    const parsed = parseJson(stats, raw, line, false)
    if (parsed !== unparsed) record(stats, raw, parsed, line, 1)
  }

  const windows1252 = (stats: FileStats) => fileLevel(stats, Codes.encodingWindows1252.raise({}))

  return {
    /** The agreement's timeline the records are checked against. */
    timeline,
    /** Starts an NDJSON file read line by line. */
    begin: (file: string, encoding = "utf-8") => begin(file, "ndjson", encoding, true),
    /**
     * One NDJSON line (1-based number). Blank lines are counted as blank and skipped. `invalid`:
     * the column of the line's first byte that is not UTF-8, as `Input.lines` gives it.
     */
    line: (stats: FileStats, text: string, line: number, invalid?: number) => ndjsonLine(stats, text, line, invalid),
    /**
     * An NDJSON file given in chunks, in time linear in its bytes and memory bounded by its
     * longest line: binary files are refused from their first bytes, lines end with LF, CRLF or a
     * lone CR, and the encoding follows `Input`'s rule. Give the verdict of `Input.scanner` run over
     * the same bytes first (or an encoding asked for) to read the file exactly as whole; without
     * one, the first bytes that decide settle the encoding. `settle` (since 0.4.0) reads the file as whole in the
     * one case where they cannot (a byte that is not UTF-8 before any UTF-8 sequence, see
     * `Input.lines`): with it, a file is read exactly as whole, and read once in every other case.
     *
     * @example
     * ```ts
     * import { Validator } from "@accord-jeunes/validation"
     * import { Examples } from "@accord-jeunes/domain/testing"
     * const v = Validator.make()
     * const s = v.stream("a.ndjson")
     * const bytes = new TextEncoder().encode(`${JSON.stringify(Examples.participant)}\r{"kind":`)
     * s.push(bytes.subarray(0, 10))
     * s.push(bytes.subarray(10))
     * s.end()
     * s.stats.read     // 2
     * s.stats.rejected // 1
     * ```
     * @since 0.3.0
     */
    stream: (file: string, verdict?: Input.Encoding | Input.Sniffed, settle?: () => Input.Sniffed) => {
      const given = verdict ?? options.encoding
      const stats = begin(file, "ndjson", typeof given === "object" ? given.encoding : (given ?? "utf-8"), true)
      const reader = Input.lines(given, settle)
      let head: Array<Uint8Array> | undefined = []
      let headLength = 0
      let refused = false
      let told = false
      let content = false
      // the encoding as the reader settled it, before the lines it read so
      const settled = () => {
        if (!told && reader.fellBack) {
          told = true
          // the lines before were ASCII, read alike in either encoding: said first, as for the whole file
          fileLevelFirst(stats, Codes.encodingWindows1252.raise({}))
        }
        if (reader.encoding !== undefined) stats.encoding = reader.encoding
      }
      // each line as soon as it is cut: the lines of a chunk are not held together
      const visit: Input.Visit = (text, line, invalid) => {
        settled()
        if (!content && (invalid !== undefined || text.trim() !== "")) content = true
        ndjsonLine(stats, text, line, invalid)
      }
      const handle = (bytes: Uint8Array) => {
        reader.push(bytes, visit)
        settled()
      }
      // the first 8 KB say whether the file is binary, before any line is read
      const open = (final: boolean) => {
        if (head === undefined || (!final && headLength < 8192)) return
        const bytes = new Uint8Array(headLength)
        let at = 0
        for (const h of head) {
          bytes.set(h, at)
          at += h.length
        }
        head = undefined
        const kind = Input.binary(bytes)
        if (kind === undefined && typeof given === "object" && given.fellBack) {
          told = true
          windows1252(stats)
        }
        if (kind !== undefined) {
          refused = true
          stats.format = "binary"
          stats.encoding = "binary"
          fileLevel(stats, Codes.fileBinary.raise({ kind }))
          return
        }
        handle(bytes)
      }
      return {
        stats,
        /** The next bytes of the file (read before it returns: the caller may reuse its buffer). */
        push: (chunk: Uint8Array): void => {
          if (refused) return
          if (head !== undefined) {
            head.push(chunk.slice())
            headLength += chunk.length
            open(false)
          } else handle(chunk)
        },
        /** The end of the file: its last line, and its counts. */
        end: (): FileStats => {
          open(true)
          if (refused) return stats
          reader.end(visit)
          settled()
          if (!content) {
            stats.blank = 0
            fileLevel(stats, Codes.fileEmpty.raise({}))
          }
          return stats
        }
      }
    },
    /** A whole file's bytes: encoding and format detected (or as the options say). */
    bytes: (file: string, bytes: Uint8Array, format?: Input.Format) => {
      const kind = Input.binary(bytes)
      if (kind !== undefined) {
        const stats = begin(file, format ?? "binary", "binary")
        fileLevel(stats, Codes.fileBinary.raise({ kind }))
        return stats
      }
      const t = Input.decode(bytes, options.encoding)
      return textOf(file, t.text, format, t)
    },
    /** A whole file's text. */
    text: (file: string, text: string, format?: Input.Format) => textOf(file, text, format),
    /**
     * A table given row by row (a spreadsheet's sheet): the first row given is its header, read
     * as a CSV file's (column names in English or French, a `kind` column or the `kind` given
     * here, cells read by each field's type, `csv.*` codes). Rows the reader found blank are
     * counted with `blank()`. `format` is what the report says the file is (`xlsx`).
     *
     * @example
     * ```ts
     * import { Validator } from "@accord-jeunes/validation"
     * const v = Validator.make()
     * const t = v.table("book.xlsx › Résultats", "xlsx", "insertion-outcome")
     * t.row({ line: 1, lines: 1, cells: ["id", "participant", "outcome", "startDate", "actions"], raw: "" })
     * t.row({ line: 2, lines: 1, cells: ["o1", "p-abcd", "training", "2025-10-01", ""], raw: "o1;p-abcd;training;2025-10-01;" })
     * t.end().accepted // 1
     * ```
     * @since 0.4.0
     */
    table: (file: string, format: string, kind?: ExchangeRecord.Kind) => {
      const stats = begin(file, format, "utf-8")
      let read: ((row: TableRow) => void) | undefined
      let header = false
      let rows = 0
      return {
        stats,
        /** The next row; the first is the header. */
        row: (row: TableRow): void => {
          if (!header) {
            header = true
            read = tableOf(stats, row, kind ?? options.kind)
            return
          }
          rows++
          read?.(row)
        },
        /** A blank row, counted. */
        blank: (): void => {
          stats.blank++
        },
        /** A problem of the table as a whole (rows above its header, say), at a line if given. */
        problem: (raised: Catalogue.Raised, line?: number): void => fileLevel(stats, raised, line),
        /** The end of the table: its counts. */
        end: (): FileStats => {
          if (!header) fileLevel(stats, Codes.fileEmpty.raise({}))
          else if (read !== undefined && rows === 0) fileLevel(stats, Codes.csvNoRecords.raise({}))
          return stats
        }
      }
    },
    /**
     * A file-level problem found by a reader outside this package (a workbook that cannot be
     * opened, a sheet whose record kind cannot be told): the file is listed with no record; an
     * error makes the report not valid, a warning does not.
     *
     * @since 0.4.0
     */
    problem: (file: string, format: string, raised: Catalogue.Raised): void => {
      fileLevel(begin(file, format, "binary"), raised)
    },
    /**
     * The report. The participations still waiting for their young person get their verdict
     * first (not checked against the age rule: counted in `eligibility.age-not-checked`).
     */
    finish: (): Report => {
      // the participations still waiting: their young person is in none of the files read whole,
      // nor read after them; given their verdict in the order they were read
      if (waitingCount > 0) {
        const left = [...waiting.values()].flat().sort((a, b) => a.seq - b.seq)
        waiting.clear()
        waitingCount = 0
        for (const w of left) conclude(w, undefined)
      }
      for (const p of pending)
        if (!actions.has(p.action)) {
          const stats = files.find((f) => f.file === p.file)
          // past the list's limit an issue is only counted: its message is not written for nothing
          if (issues.length >= maxIssues) {
            totalIssues++
            if (Codes.unknownAction.severity === "warning" && stats !== undefined) stats.warnings++
            continue
          }
          push(located(Codes.unknownAction.raise({ action: p.action }), p.file, p.line, p.path, p.action), stats)
        }
      pending.length = 0
      const stats: Stats = files.reduce(
        (s, f) => ({
          read: s.read + f.read,
          accepted: s.accepted + f.accepted,
          rejected: s.rejected + f.rejected,
          warnings: s.warnings + f.warnings,
          blank: s.blank + f.blank
        }),
        { read: 0, accepted: 0, rejected: 0, warnings: 0, blank: 0 }
      )
      // what the age rule could not be checked on is said, whatever the list's limit
      const notChecked =
        apart + absent === 0 ? [] : [located(Codes.ageNotChecked.raise({ count: apart + absent, apart, absent }), "")]
      return {
        valid: stats.rejected === 0 && fileErrors === 0,
        stats,
        files: files.map((f) => ({ ...f })),
        issues:
          totalIssues > issues.length
            ? [
                ...issues,
                ...notChecked,
                located(Codes.reportTruncated.raise({ more: totalIssues - issues.length, limit: maxIssues }), "")
              ]
            : [...issues, ...notChecked]
      }
    }
  }

  function textOf(file: string, text: string, format?: Input.Format, decoded?: Input.Text): FileStats {
    const f = format ?? Input.detectFormat(file, text)
    const stats = begin(file, f, decoded?.encoding ?? "utf-8")
    if (decoded?.fellBack === true) windows1252(stats)
    // the first byte that is not UTF-8 on each line, by line
    const invalid = new Map((decoded?.invalid ?? []).map((i) => [i.line, i.column]))
    if (text.trim() === "" && invalid.size === 0) {
      fileLevel(stats, Codes.fileEmpty.raise({}))
      return stats
    }
    if (f === "ndjson") {
      const terminator = /\r\n|\r|\n/gu
      let from = 0
      let n = 0
      for (let m = terminator.exec(text); m !== null; m = terminator.exec(text)) {
        n++
        ndjsonLine(stats, text.slice(from, m.index), n, invalid.get(n))
        from = m.index + m[0].length
      }
      // the empty end after the last line end is no line
      if (from < text.length) ndjsonLine(stats, text.slice(from), n + 1, invalid.get(n + 1))
      return stats
    }
    if (f === "json") {
      // a JSON document is one text: a bad byte or a NUL in it is the document's, rejected whole
      const first = decoded?.invalid[0]
      if (first !== undefined) {
        const issue = Codes.encodingInvalidUtf8.raise({ line: first.line, column: first.column })
        reject(stats, text, first.line, 1, located(issue, stats.file, first.line))
        return stats
      }
      const parsed = parseJson(stats, text, 1, true)
      if (parsed === unparsed) return stats
      if (!Array.isArray(parsed)) {
        record(stats, text.trim(), parsed, 1, 1)
        return stats
      }
      const elements = elementsOf(text)
      parsed.forEach((item: unknown, i) => {
        const e = elements[i]
        record(
          stats,
          e === undefined ? rawOf(item) : text.slice(e.start, e.end),
          item,
          e?.line ?? 1,
          e === undefined ? 1 : e.lastLine - e.line + 1
        )
      })
      return stats
    }
    return csv(stats, text, invalid)
  }

  // what makes a row unreadable before its cells are looked at: a byte that is not UTF-8, a NUL
  // byte, a stray quote; the row alone is rejected
  function unreadable(row: Csv.Row, invalid: ReadonlyMap<number, number>): Catalogue.Raised | undefined {
    for (let l = row.line; l < row.line + row.lines; l++) {
      const column = invalid.get(l)
      if (column !== undefined) return Codes.encodingInvalidUtf8.raise({ line: l, column })
    }
    const nul = row.raw.indexOf("\u0000")
    if (nul >= 0) return Codes.nulByte.raise(positionIn(row.raw, nul, row.line))
    if (row.quote !== undefined) return Codes.csvQuote.raise(row.quote)
    return undefined
  }

  function csv(stats: FileStats, text: string, invalid: ReadonlyMap<number, number>): FileStats {
    const { rows, blank } = Csv.parse(text, options.delimiter)
    stats.blank += blank
    const [header, ...body] = rows
    if (header === undefined) {
      fileLevel(stats, Codes.fileEmpty.raise({}))
      return stats
    }
    // a header that cannot be read: no row can be
    const headerProblem = unreadable(header, invalid)
    if (headerProblem !== undefined) {
      fileLevel(stats, headerProblem, header.line)
      return stats
    }
    const t = tableOf(stats, header)
    if (t === undefined) return stats
    if (body.length === 0) fileLevel(stats, Codes.csvNoRecords.raise({}))
    for (const row of body) {
      const problem = unreadable(row, invalid)
      if (problem !== undefined) reject(stats, row.raw, row.line, row.lines, located(problem, stats.file, row.line))
      else t(row)
    }
    return stats
  }

  // A table's rows (a CSV file's, a spreadsheet's sheet's) read under its header: each column is
  // a field of the record kind its row names, cells read by the field's type. `undefined` when
  // the first row is not a header (told once, no row read).
  function tableOf(stats: FileStats, header: TableRow, kind = options.kind): ((row: TableRow) => void) | undefined {
    const columns = header.cells.map((c) => c.trim())
    const kindColumn = columns.findIndex(Fields.isKindColumn)
    // a first line whose cells are mostly not column names is data without a header: it is not
    // read (its cells would become field names, and may be personal)
    const named = columns.filter(
      (c, i) => i === kindColumn || ExchangeRecord.kinds.some((k) => Fields.of(k).column(c) !== undefined)
    ).length
    if (named * 2 < columns.filter((c) => c !== "").length) {
      fileLevel(stats, Codes.csvNoHeader.raise({ examples: ["kind", "id", "startDate", "date de début"] }))
      return undefined
    }
    // two columns that are one field (`startDate` and `date de début`): which to believe cannot be
    // told, and the last one would silently win
    for (const k of ExchangeRecord.kinds) {
      const f = Fields.of(k)
      const seen = new Map<string, Array<string>>()
      columns.forEach((c, i) => {
        const field = i === kindColumn || c === "" ? undefined : f.column(c)
        if (field !== undefined) seen.set(field, [...(seen.get(field) ?? []), c])
      })
      for (const [field, named] of seen)
        if (named.length > 1) {
          fileLevel(stats, Codes.csvDuplicateColumn.raise({ field, columns: named }), header.line)
          return undefined
        }
    }
    // how each column reads for a record kind, worked out once per kind
    const layouts = new Map<
      string,
      {
        readonly keys: ReadonlyArray<string>
        readonly types: ReadonlyArray<Fields.FieldKind>
        readonly requiredList: ReadonlyArray<boolean>
        readonly personal: ReadonlySet<string>
        readonly hasVersion: boolean
      }
    >()
    const layoutOf = (kind: ExchangeRecord.Kind) => {
      let l = layouts.get(kind)
      if (l === undefined) {
        const f = Fields.of(kind)
        const keys = columns.map((c) => f.column(c) ?? c)
        const types = keys.map((k) => f.fields.get(k) ?? "string")
        l = {
          keys,
          types,
          requiredList: keys.map((k, i) => types[i] === "list" && f.required.has(k)),
          personal: f.personal,
          hasVersion: keys.includes("schemaVersion")
        }
        layouts.set(kind, l)
      }
      return l
    }
    let versionTold = false
    return (row) => {
      const raw = row.raw
      if (row.cells.length !== columns.length) {
        const counts = { expected: columns.length, found: row.cells.length }
        reject(
          stats,
          raw,
          row.line,
          row.lines,
          located(
            row.cells.length < columns.length
              ? Codes.csvMissingColumn.raise(counts)
              : Codes.csvExtraColumn.raise(counts),
            stats.file,
            row.line
          )
        )
        return
      }
      const given = (kindColumn >= 0 ? row.cells[kindColumn]?.trim() : undefined) || kind
      if (given === undefined || !kinds.includes(given)) {
        record(stats, raw, given === undefined ? {} : { kind: given }, row.line, row.lines)
        return
      }
      const layout = layoutOf(given as ExchangeRecord.Kind)
      const value: Record<string, unknown> = { kind: given }
      let overrides: Map<string, Issue> | undefined
      for (let i = 0; i < columns.length; i++) {
        if (i === kindColumn) continue
        const key = layout.keys[i] as string
        const type = layout.types[i] as Fields.FieldKind
        const text = row.cells[i] ?? ""
        const v = Csv.cell(text, type)
        // an empty cell is an absent field, or an empty list where a list is required
        if (v === undefined) {
          if (layout.requiredList[i]) setField(value, key, [])
          continue
        }
        setField(value, key, v)
        if (!Csv.readable(v, type)) {
          overrides ??= new Map()
          overrides.set(
            key,
            located(
              type === "date"
                ? Codes.csvDate.raise({})
                : type === "boolean"
                  ? Codes.csvBoolean.raise({})
                  : Codes.csvNumber.raise({ integer: type === "integer" }),
              stats.file,
              row.line,
              Diagnostic.formatPath([key]),
              layout.personal.has(key) ? undefined : show(text.trim())
            )
          )
        }
      }
      let prior: Array<Issue> | undefined
      if (!layout.hasVersion) {
        value.schemaVersion = RecordVersion.current
        if (!versionTold) {
          versionTold = true
          prior = [
            located(Codes.csvSchemaVersionAssumed.raise({ version: RecordVersion.current }), stats.file, header.line)
          ]
        }
      }
      record(stats, raw, value, row.line, row.lines, prior, overrides)
    }
  }
}

// what parseJson returns for a text that is not JSON (it has rejected the record)
const unparsed: unique symbol = Symbol("unparsed")

// the text of a record for the rejects file; a value too deep to print gives an empty text
const rawOf = (item: unknown): string => {
  try {
    return JSON.stringify(item) ?? ""
  } catch {
    return ""
  }
}

// where each top-level element of a JSON array is: its text (start and end offsets) and the lines
// it starts and ends on; objects, arrays, strings, numbers and literals alike. Lines end with LF,
// CRLF or a lone CR. Read only once the text parsed as JSON.
const elementsOf = (text: string) => {
  const out: Array<{ start: number; end: number; line: number; lastLine: number }> = []
  let depth = 0
  let inString = false
  let expecting = false
  let line = 1
  let open: { start: number; line: number } | undefined
  let lastEnd = 0
  let lastLine = 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (inString) {
      if (c === "\\") i++
      else if (c === '"') inString = false
      lastEnd = i + 1
      lastLine = line
      continue
    }
    if (c === "\n") {
      if (text[i - 1] !== "\r") line++
      continue
    }
    if (c === "\r") {
      line++
      continue
    }
    if (c === " " || c === "\t") continue
    if (depth === 0) {
      if (c === "[") {
        depth = 1
        expecting = true
      }
      continue
    }
    if (depth === 1 && (c === "," || c === "]")) {
      if (open !== undefined) out.push({ start: open.start, end: lastEnd, line: open.line, lastLine })
      open = undefined
      if (c === "]") depth = 0
      else expecting = true
      continue
    }
    if (depth === 1 && expecting) {
      open = { start: i, line }
      expecting = false
    }
    if (c === '"') inString = true
    else if (c === "{" || c === "[") depth++
    else if (c === "}" || c === "]") depth--
    lastEnd = i + 1
    lastLine = line
  }
  return out
}

/**
 * A validator, as `make` returns it: feed it files or lines, then `finish` for the report.
 *
 * @since 0.2.0
 */
export type Validator = ReturnType<typeof make>
