/**
 * The commands of `accord-jeunes`, as `effect/cli` commands built for one language: what each
 * reads (its options and files) and what it does with them.
 *
 * @since 0.1.0
 */
import { createRequire } from "node:module"
import { Readable } from "node:stream"
import { CommandLine } from "@accord-jeunes/create-branch-plugin"
import { type CommitteeMeeting, ExchangeRecord, type ReferentDesignation } from "@accord-jeunes/domain"
import { Aggregate, Compliance, Period as EnginePeriod, Report as EngineReport, Lifecycle } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"
import { assembleFrom } from "@accord-jeunes/in-force/node"
import { Composition, Problem } from "@accord-jeunes/plugin-sdk"
import { Report, Validator } from "@accord-jeunes/validation"
import { Argument, Command, Flag } from "effect/cli"
import * as Option from "effect/Option"
import * as Result from "effect/Result"
import * as Codes from "./Codes.js"
import { feed } from "./Files.js"
import type { Io, Lang } from "./Io.js"
import { dateOf, oneOf } from "./Options.js"
import * as Output from "./Output.js"
import * as PluginCommand from "./PluginCommand.js"
import * as Texts from "./Texts.js"

const { UsageError } = CommandLine

// --- options ---------------------------------------------------------------------------------

const withHelp = <A>(flag: Flag.Flag<A>, help: Texts.OptionHelp): Flag.Flag<A> =>
  help.metavar === undefined
    ? flag.pipe(Flag.withDescription(help.text))
    : flag.pipe(Flag.withMetavar(help.metavar), Flag.withDescription(help.text))

/** An option with a value, given once (or again: the last one wins). */
const text = (name: string, help: Texts.OptionHelp) => withHelp(CommandLine.single(Flag.String(name)), help)

/** An option with one of a list of values; the list names its values in the help. */
const choice = <const T extends string>(name: string, values: ReadonlyArray<T>, help: Texts.OptionHelp) =>
  withHelp(CommandLine.single(Flag.Literals(name, values)), { metavar: values.join("|"), ...help })

const toggle = (name: string, help: Texts.OptionHelp) => withHelp(CommandLine.toggle(name), help)

/** The data files a command reads (one at least; "-" is standard input), read by `Files.feed`. */
const files = (help: Texts.ArgumentHelp) =>
  Argument.String(help.name).pipe(Argument.withDescription(help.text), Argument.atLeast(1))

// a command that reads files names them when none is given
const filesNamed = Command.annotate(CommandLine.ArgumentMissing, (commandPath: ReadonlyArray<string>) =>
  Codes.fileMissing.raise({ command: commandPath.at(-1) ?? "" })
)

// --act and --config: the acts beyond the text and its founding branches, on every command that reads the agreement
const actOptions = (lang: Lang) => {
  const t = Texts.help(lang).acts
  return {
    act: withHelp(CommandLine.repeated(Flag.String("act")), t.act),
    config: text("config", t.config),
    "no-config": toggle("no-config", t.noConfig)
  }
}

/** What a command reads of its options and arguments, as its handler gets it. */
type Input<Options extends (lang: Lang) => Command.Command.Config> = Command.Command.Config.Infer<ReturnType<Options>>

type Acts = Input<typeof actOptions>

const timeline = async (values: Acts, io: Io, lang: Lang) => {
  const r = await assembleFrom({
    acts: values.act,
    ...(values.config === undefined ? {} : { config: values.config }),
    ...(values["no-config"] ? { findConfig: false } : {})
  })
  if (Result.isFailure(r)) {
    // each problem ends with its code; the page that explains them is named once, at the end
    const text = (l: Lang) =>
      [Texts.actsDoNotCompose[l], Problem.format(r.failure, l), Texts.codesExplained(l)].join("\n")
    throw new UsageError({ fr: text("fr"), en: text("en") })
  }
  // a project file found in the working directory changes the verdicts: say it was read
  if (r.success.config !== undefined)
    io.stderr(`${Texts.projectFile(lang, r.success.config, r.success.specs.length - values.act.length)}\n`)
  return r.success.timeline
}

/** The text report of a validation, with where its codes are explained when it has issues. */
const validationText = (report: Report.Report, lang: Lang): string =>
  [Report.toText(report, lang), ...(report.issues.length > 0 ? [Texts.codesExplained(lang)] : [])].join("\n")

// --- validate --------------------------------------------------------------------------------

const validateOptions = (lang: Lang) => {
  const t = Texts.help(lang)
  return {
    kind: choice("kind", ExchangeRecord.kinds, t.validate.kind(ExchangeRecord.kinds)),
    format: choice("format", ["text", "json"], t.validate.format),
    "as-of": text("as-of", t.asOf),
    accepted: text("accepted", t.validate.accepted),
    rejects: text("rejects", t.validate.rejects),
    encoding: choice("encoding", ["utf-8", "windows-1252"], t.validate.encoding),
    delimiter: choice("delimiter", [";", ",", "tab"], t.validate.delimiter),
    ...actOptions(lang),
    files: files(t.validate.files)
  }
}

/** `accord-jeunes validate`. @since 0.1.0 */
export const validate = (lang: Lang, io: Io) =>
  Command.make(
    "validate",
    validateOptions(lang),
    CommandLine.handler((values) => validating(values, io, lang))
  ).pipe(CommandLine.described(Texts.help(lang).validate), filesNamed)

const validating = async (values: Input<typeof validateOptions>, io: Io, lang: Lang): Promise<number> => {
  const format = values.format ?? "text"
  const { kind, encoding } = values
  const delimiter =
    values.delimiter === undefined ? undefined : ({ ";": ";", ",": ",", tab: "\t" } as const)[values.delimiter]
  const asOf = values["as-of"] === undefined ? undefined : dateOf(values["as-of"], "--as-of")
  const t = await timeline(values, io, lang)
  // written as records come, put in place once every file is read; a path that cannot be written
  // is told before anything is read
  const accepted = values.accepted === undefined ? undefined : Output.open(values.accepted, "--accepted", values.files)
  let rejects: Output.Output | undefined
  try {
    rejects = values.rejects === undefined ? undefined : Output.open(values.rejects, "--rejects", values.files)
  } catch (e) {
    accepted?.abort()
    throw e
  }
  // one row per rejected record, its text as read (it stays with its producer, who may fix it in
  // that cell and send it back): Report.rejectLine, spreadsheet-safe
  rejects?.write(`\uFEFF${Report.rejectsHeader(lang)}\r\n`)
  const v = Validator.make({
    timeline: t,
    ...(kind === undefined ? {} : { kind }),
    ...(encoding === undefined ? {} : { encoding }),
    ...(delimiter === undefined ? {} : { delimiter }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(accepted === undefined ? {} : { onAccepted: (r) => accepted.write(`${JSON.stringify(r)}\n`) }),
    ...(rejects === undefined
      ? {}
      : { onRejected: (raw, where, issues) => rejects?.write(`${Report.rejectLine(raw, where, issues, lang)}\r\n`) })
  })
  let report: Report.Report
  try {
    await feed(v, values.files, io, lang, encoding, kind)
    report = v.finish()
  } catch (e) {
    accepted?.abort()
    rejects?.abort()
    throw e
  }
  accepted?.commit()
  rejects?.commit()
  io.stdout(
    format === "json"
      ? `${JSON.stringify(Report.toJson(report, lang), null, 2)}\n`
      : `${validationText(report, lang)}\n`
  )
  return report.valid ? 0 : 1
}

// --- agreement --------------------------------------------------------------------------------

const agreementOptions = (lang: Lang) => {
  const t = Texts.help(lang).agreement
  return { "as-of": text("as-of", t.asOf), json: toggle("json", t.json), ...actOptions(lang) }
}

/** `accord-jeunes agreement`: the agreement in force, each element with its code. @since 0.1.0 */
export const agreement = (lang: Lang, io: Io) =>
  Command.make(
    "agreement",
    agreementOptions(lang),
    CommandLine.handler((values) => inForceOn(values, io, lang))
  ).pipe(CommandLine.described(Texts.help(lang).agreement))

const inForceOn = async (values: Input<typeof agreementOptions>, io: Io, lang: Lang): Promise<number> => {
  const day = dateOf(values["as-of"], "--as-of")
  const t = await timeline(values, io, lang)
  const inForce = Composition.asOf(t, day)
  const status = Lifecycle.statusOn(t, day)
  if (values.json) {
    io.stdout(`${JSON.stringify({ ...Assembly.describe(t, day), explanation: status.explanation }, null, 2)}\n`)
    return 0
  }
  const g = inForce.governance.national
  const since = (p: Composition.Provenance) => p.since.label[lang]
  // what files must write is the code: each line gives it first, then what it stands for
  io.stdout(
    [
      `${inForce.title}  [${inForce.agreement}]`,
      status.explanation.message[lang],
      Texts.agreement.lastDay(lang, inForce.lastDay),
      Texts.agreement.parties(lang),
      ...inForce.signatoryParties.map((p) => `  - ${p} : ${Compliance.partyName(inForce, p)[lang]}`),
      Texts.agreement.branches(lang),
      ...inForce.branches.map(
        (b) =>
          `  - ${b.id} : ${b.name[lang]} (IDCC ${b.conventions.map((c) => c.idcc).join(", ")}) — ${since(b.provenance)}`
      ),
      Texts.agreement.actionTypes(lang),
      ...inForce.actionTypes.map(
        (a) =>
          `  - ${a.id} : ${a.label[lang]}${a.provenance.since.kind === "agreement" ? "" : ` — ${since(a.provenance)}`}`
      ),
      Texts.agreement.meetings(lang, g.name[lang], g.minimumMeetingsPerYear),
      ...inForce.pendingDecisions.map((p) => Texts.agreement.pending(lang, p.subject[lang])),
      ...(inForce.acts.length > 1
        ? [
            Texts.agreement.acts(lang),
            ...inForce.acts
              .slice(1)
              .filter((a) => a.kind !== "termination")
              .map((a) => `  - ${a.label[lang]} (${a.effectiveDate})`)
          ]
        : []),
      ...(inForce.termination === undefined ? [] : [Texts.agreement.termination(lang, inForce.termination)]),
      ...inForce.terminationRequests
        .filter((r) => !r.effective)
        .map((r) =>
          Texts.agreement.requestWithoutEffect(
            lang,
            r.requestedBy,
            r.requestDate,
            r.reasons.map((x) => x[lang])
          )
        ),
      ""
    ].join("\n")
  )
  return 0
}

// --- report and governance ---------------------------------------------------------------------

const readValid = async (
  files: ReadonlyArray<string>,
  io: Io,
  lang: Lang,
  settings: Aggregate.Settings,
  t: Composition.Timeline
) => {
  // Standard input cannot be read twice: what each reading of it gave is kept (Files.feed reads
  // it whole anyway), for a second reading of the records to get the same bytes.
  const taken: Array<Promise<Buffer>> = []
  const gather = async (stream: AsyncIterable<unknown>): Promise<Buffer> => {
    const chunks: Array<Buffer> = []
    for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer))
    return Buffer.concat(chunks)
  }
  const replay = (bytes: Promise<Buffer>): Readable =>
    Readable.from(
      (async function* () {
        yield await bytes
      })()
    )
  const first: Io = {
    ...io,
    stdin: () => {
      const bytes = gather(io.stdin())
      taken.push(bytes)
      return replay(bytes)
    }
  }
  const agg = Aggregate.aggregator(settings)
  const meetings: Array<CommitteeMeeting.CommitteeMeeting> = []
  const designations: Array<ReferentDesignation.ReferentDesignation> = []
  const v = Validator.make({
    timeline: t,
    onAccepted: (r) => {
      // the engine routes what indicators count; governance reads meetings and designations
      if (agg.record(r)) return
      if (r.kind === "committee-meeting") meetings.push(r)
      else if (r.kind === "referent-designation") designations.push(r)
    }
  })
  await feed(v, files, first, lang)
  const validation = v.finish()
  const streamed = agg.finish()
  // figures of records not grouped by young person (a workbook's sheet per kind, files in another
  // order) would depend on their order: they are read again, held by young person, and counted
  // in the grouped order. The validation report and the governance records stay the first
  // reading's, so nothing is told or counted twice.
  const byOrder = settings.indicators.length === 0 ? 0 : Aggregate.unattributedByOrder(streamed)
  if (byOrder === 0) return { partial: streamed, meetings, designations, validation, regrouped: 0 }
  let replayed = 0
  const again: Io = { ...io, stdin: () => replay(taken[replayed++] ?? Promise.resolve(Buffer.alloc(0))) }
  const regrouping = Aggregate.regrouping(settings)
  await feed(Validator.make({ timeline: t, onAccepted: (r) => void regrouping.record(r) }), files, again, lang)
  return { partial: regrouping.finish(), meetings, designations, validation, regrouped: byOrder }
}

/**
 * The period of `--agreement-year N` or `--year N`, resolved against the agreement in force on the
 * report day (`--as-of`); neither gives `Period.defaultFor`. A period the agreement does not have
 * is a usage error, in French and English, saying which ones it has.
 */
const periodOf = (
  values: {
    readonly year: string | undefined
    readonly "agreement-year": string | undefined
    readonly "as-of": string | undefined
  },
  t: Composition.Timeline
): EnginePeriod.Period => {
  const year = values.year
  const index = values["agreement-year"]
  if (year !== undefined && index !== undefined) throw UsageError.of(Codes.periodsExclusive.raise({}))
  if (year !== undefined && !/^\d{4}$/u.test(year)) throw UsageError.of(Codes.yearInvalid.raise({ value: year }))
  if (index !== undefined && !/^\d{1,9}$/u.test(index))
    throw UsageError.of(Codes.agreementYearInvalid.raise({ value: index }))
  const asOf = dateOf(values["as-of"], "--as-of")
  const spec: EnginePeriod.Spec | undefined =
    year !== undefined
      ? { kind: "calendar-year", year: Number(year) }
      : index !== undefined
        ? { kind: "agreement-year", index: Number(index) }
        : undefined
  if (spec === undefined) return EnginePeriod.defaultFor(t, asOf)
  const r = EnginePeriod.resolve(t, spec, asOf)
  if (Result.isFailure(r)) {
    const option = spec.kind === "calendar-year" ? "--year" : "--agreement-year"
    const text = (l: Lang) => Texts.optionProblem(l, option, CommandLine.line(r.failure, l))
    throw new UsageError({ fr: text("fr"), en: text("en") }, r.failure.code)
  }
  return r.success
}

/**
 * The formats of `report --format`, the first one by default.
 *
 * @since 0.4.0
 */
export const reportFormats = ["markdown", "html", "json", "csv", "xlsx"] as const

/** `--agreement-year N`, `--year N`: the period of a report or of governance findings. */
const periodOptions = (lang: Lang) => {
  const t = Texts.help(lang).period
  return { "agreement-year": text("agreement-year", t.agreementYear), year: text("year", t.year) }
}

const reportOptions = (lang: Lang) => {
  const t = Texts.help(lang)
  return {
    format: choice("format", reportFormats, t.report.format),
    by: text("by", t.report.by),
    ...periodOptions(lang),
    "as-of": text("as-of", t.report.asOf),
    threshold: text("threshold", t.report.threshold),
    output: text("output", t.report.output),
    explain: toggle("explain", t.report.explain),
    ...actOptions(lang),
    files: files(t.report.files)
  }
}

/** `accord-jeunes report`. @since 0.1.0 */
export const report = (lang: Lang, io: Io) =>
  Command.make(
    "report",
    reportOptions(lang),
    CommandLine.handler((values) => reporting(values, io, lang))
  ).pipe(CommandLine.described(Texts.help(lang).report), filesNamed)

const reporting = async (values: Input<typeof reportOptions>, io: Io, lang: Lang): Promise<number> => {
  const format = values.format ?? reportFormats[0]
  const dims =
    values.by === undefined
      ? (["branch"] as const)
      : values.by.split(",").map((d) => oneOf(d.trim(), "--by", Aggregate.dimensions))
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
  if (values.threshold !== undefined && !(Number.isInteger(threshold) && Number(threshold) >= 1))
    throw UsageError.of(Codes.thresholdInvalid.raise({ value: values.threshold }))
  // a workbook is not text: it goes to a file, said before anything is read
  if (format === "xlsx" && values.output === undefined) throw UsageError.of(Codes.outputRequired.raise({ format }))
  const t = await timeline(values, io, lang)
  // checked before any file is read; the records counted are those of the period (docs/indicators.md)
  const period = periodOf(values, t)
  const asOf = dateOf(values["as-of"], "--as-of")
  // a path that cannot be written, or that names an input, is told before anything is read; the
  // report is put in place once written whole
  const output = values.output === undefined ? undefined : Output.open(values.output, "--output", values.files)
  // what is dated after the report day has not happened: counted through that day, the period's
  // bounds and label unchanged (docs/indicators.md); nothing of a period not started
  const counted = EnginePeriod.counted(period, asOf)
  const settings = { ...EngineReport.settingsFor(t, period, dims), period: counted }
  let read: Awaited<ReturnType<typeof readValid>>
  try {
    read = await readValid(values.files, io, lang, settings, t)
  } catch (e) {
    output?.abort()
    throw e
  }
  const { partial, meetings, designations, validation, regrouped } = read
  if (period.status === "not-started")
    io.stderr(
      `${CommandLine.line(
        Codes.periodNotStarted.raise({
          startFr: EnginePeriod.dayLabel(period.start).fr,
          startEn: EnginePeriod.dayLabel(period.start).en,
          asOfFr: EnginePeriod.dayLabel(asOf).fr,
          asOfEn: EnginePeriod.dayLabel(asOf).en
        }),
        lang
      )}\n`
    )
  else if (counted.end < period.end)
    io.stderr(
      `${CommandLine.line(
        Codes.countedThrough.raise({
          dayFr: EnginePeriod.dayLabel(counted.end).fr,
          dayEn: EnginePeriod.dayLabel(counted.end).en,
          endFr: EnginePeriod.dayLabel(period.end).fr,
          endEn: EnginePeriod.dayLabel(period.end).en
        }),
        lang
      )}\n`
    )
  // the figures are those of the records grouped by young person, whatever their order; what
  // counts in no figure is said in every format (the JSON report holds only its count)
  if (regrouped > 0) io.stderr(`${CommandLine.line(Codes.recordsRegrouped.raise({ records: regrouped }), lang)}\n`)
  if (partial.records.unattributed > 0)
    io.stderr(
      `${CommandLine.line(
        Codes.recordsUnattributed.raise({
          count: partial.records.unattributed,
          reasons: Object.entries(partial.unattributedReasons).map(([reason, n]) => `${reason}=${n}`)
        }),
        lang
      )}\n`
    )
  const annual = EngineReport.annual({
    timeline: t,
    period,
    asOf,
    aggregate: partial,
    meetings,
    designations,
    ...(threshold === undefined ? {} : { threshold })
  })
  // a table of zeros reads as a finding: when no young person is in it, say so and why it may be
  if (
    counted.end >= counted.start &&
    // a masked cell (null, with the reason it is hidden) holds young people; an empty one does not
    Object.entries(annual.trackingTable.total.values).every(
      ([column, v]) =>
        v === 0 || ((v === null || v === undefined) && annual.trackingTable.total.hidden[column] === undefined)
    )
  )
    io.stderr(
      `${CommandLine.line(Codes.nothingCounted.raise({ read: partial.records.read, accepted: validation.stats.accepted }), lang)}\n`
    )
  if (format === "xlsx") {
    // the workbook writer and its library are loaded only when a workbook is asked for
    const { reportWorkbook } = await import("./workbook/Write.js")
    output?.write(await reportWorkbook(annual, lang))
    output?.commit()
    if (validation.stats.rejected > 0) io.stderr(`${Texts.rejectedLeftOut(lang, validation.stats.rejected)}\n`)
    return 0
  }
  const text =
    format === "json"
      ? `${JSON.stringify(annual, null, 2)}\n`
      : format === "csv"
        ? `\uFEFF${EngineReport.toCsv(annual, { lang })}\r\n`
        : format === "html"
          ? EngineReport.toHtml(annual, lang)
          : `${EngineReport.toMarkdown(annual, lang, { explain: values.explain === true })}\n`
  if (output !== undefined) {
    output.write(text)
    output.commit()
  } else io.stdout(text)
  if (validation.stats.rejected > 0) io.stderr(`${Texts.rejectedLeftOut(lang, validation.stats.rejected)}\n`)
  return 0
}

const governanceOptions = (lang: Lang) => {
  const t = Texts.help(lang)
  return {
    ...periodOptions(lang),
    "as-of": text("as-of", t.governance.asOf),
    json: toggle("json", t.governance.json),
    ...actOptions(lang),
    files: files(t.governance.files)
  }
}

/** `accord-jeunes governance`. @since 0.1.0 */
export const governance = (lang: Lang, io: Io) =>
  Command.make(
    "governance",
    governanceOptions(lang),
    CommandLine.handler((values) => findings(values, io, lang))
  ).pipe(CommandLine.described(Texts.help(lang).governance), filesNamed)

const findings = async (values: Input<typeof governanceOptions>, io: Io, lang: Lang): Promise<number> => {
  const t = await timeline(values, io, lang)
  const { meetings, designations } = await readValid(
    values.files,
    io,
    lang,
    { dimensions: [], granularity: "year", durable: Aggregate.defaultDurableThreshold, indicators: [] },
    t
  )
  const r = Compliance.check({
    timeline: t,
    meetings,
    designations,
    period: periodOf(values, t),
    asOf: dateOf(values["as-of"], "--as-of")
  })
  if (values.json) {
    io.stdout(`${JSON.stringify(r, null, 2)}\n`)
    return r.summary.errors > 0 ? 1 : 0
  }
  // a rule met cites its clause; one missed also gives its code, which the docs page explains
  const missed = r.findings.filter((f) => !f.ok)
  io.stdout(
    `${[
      Texts.governance.period(lang, r.period.label[lang], r.period.start, r.period.end, r.asOf),
      ...r.findings.map(
        (f) =>
          `${f.ok ? "✓" : f.severity === "error" ? "✗" : "⚠"} ${f.explanation.message[lang]} [${f.clause}]${f.ok ? "" : ` [${f.rule}]`}`
      ),
      Texts.governance.summary(lang, r.summary.errors, r.summary.warnings),
      ...(missed.length > 0 ? [Texts.codesExplained(lang)] : [])
    ].join("\n")}\n`
  )
  return r.summary.errors > 0 ? 1 : 0
}

// --- schema, trace ---------------------------------------------------------------------------------

const schemaOptions = (lang: Lang) => {
  const t = Texts.help(lang).schema
  return {
    dialect: choice("dialect", ["2020-12", "draft-07"], t.dialect),
    table: toggle("table", t.table),
    name: Argument.String(t.name.name).pipe(Argument.withDescription(t.name.text), Argument.optional)
  }
}

/** `accord-jeunes schema`. @since 0.1.0 */
export const schema = (lang: Lang, io: Io) =>
  Command.make(
    "schema",
    schemaOptions(lang),
    CommandLine.handler((values) => printSchema(values, io, lang))
  ).pipe(CommandLine.described(Texts.help(lang).schema))

const printSchema = async (values: Input<typeof schemaOptions>, io: Io, lang: Lang): Promise<number> => {
  const require = createRequire(import.meta.url)
  const catalog = require("@accord-jeunes/schemas/catalog.json") as {
    schemas: Array<{
      name: string
      title: { fr: string; en: string }
      tableSchema?: { file: string }
      jsonSchema: Record<string, { file: string }>
    }>
  }
  const name = Option.getOrUndefined(values.name)
  if (name === undefined) {
    io.stdout(
      `${catalog.schemas.map((s) => `${s.name.padEnd(22)} ${s.title[lang]}${s.tableSchema ? " (CSV)" : ""}`).join("\n")}\n`
    )
    return 0
  }
  const entry = catalog.schemas.find((s) => s.name === name)
  if (entry === undefined)
    throw UsageError.of(Codes.schemaUnknown.raise({ name, names: catalog.schemas.map((s) => s.name) }))
  const dialect = values.dialect ?? "2020-12"
  const file = values.table ? entry.tableSchema?.file : entry.jsonSchema[dialect]?.file
  if (file === undefined) throw UsageError.of(Codes.schemaWithoutTable.raise({ name }))
  io.stdout(`${JSON.stringify(require(`@accord-jeunes/schemas/${file}`), null, 2)}\n`)
  return 0
}

const traceOptions = (lang: Lang) => {
  const t = Texts.help(lang).trace
  return { json: toggle("json", t.json), "as-of": text("as-of", t.asOf), ...actOptions(lang) }
}

/** `accord-jeunes trace`. @since 0.1.0 */
export const trace = (lang: Lang, io: Io) =>
  Command.make(
    "trace",
    traceOptions(lang),
    CommandLine.handler((values) => clausesOn(values, io, lang))
  ).pipe(CommandLine.described(Texts.help(lang).trace))

const clausesOn = async (values: Input<typeof traceOptions>, io: Io, lang: Lang): Promise<number> => {
  const clauses = Composition.asOf(await timeline(values, io, lang), dateOf(values["as-of"], "--as-of")).clauses
  if (values.json)
    io.stdout(
      `${JSON.stringify(
        clauses.map((c) => ({
          id: c.id,
          article: c.article,
          kind: c.kind,
          summary: c.summary,
          changedBy: c.provenance.changedBy.map((r) => r.id)
        })),
        null,
        2
      )}\n`
    )
  else io.stdout(`${clauses.map((c) => `${c.id.padEnd(8)} ${c.article.padEnd(16)} ${c.summary[lang]}`).join("\n")}\n`)
  return 0
}

// --- the command line --------------------------------------------------------------------------

/**
 * `accord-jeunes` and its commands, their help in one language, their output on `io`.
 *
 * @since 0.4.0
 */
export const root = (lang: Lang, io: Io, context: { readonly cwd?: string } = {}) =>
  Command.make("accord-jeunes").pipe(
    Command.withSubcommands([
      validate(lang, io),
      agreement(lang, io),
      report(lang, io),
      governance(lang, io),
      schema(lang, io),
      trace(lang, io),
      PluginCommand.command(lang, io, context.cwd ?? process.cwd())
    ]),
    CommandLine.described(Texts.help(lang).root),
    Command.annotate(CommandLine.SubcommandUnknown, ({ subcommand, subcommands }) =>
      Codes.commandUnknown.raise({ command: subcommand, commands: subcommands })
    )
  )
