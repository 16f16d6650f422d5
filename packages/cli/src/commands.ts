/**
 * The commands of `accord-jeunes`.
 *
 * @since 0.1.0
 */
import { writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { CommandLine } from "@accord-jeunes/create-branch-plugin"
import { type CommitteeMeeting, ExchangeRecord, type ReferentDesignation } from "@accord-jeunes/domain"
import { Aggregate, Compliance, Period as EnginePeriod, Report as EngineReport, Lifecycle } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"
import { assembleFrom } from "@accord-jeunes/in-force/node"
import { Composition, Problem } from "@accord-jeunes/plugin-sdk"
import { Report, Validator } from "@accord-jeunes/validation"
import * as Result from "effect/Result"
import * as Codes from "./Codes.js"
import { feed } from "./Files.js"
import type { Io, Lang } from "./Io.js"
import { dateOf, langOf, oneOf, parse } from "./Options.js"
import * as Output from "./Output.js"
import * as Texts from "./Texts.js"

const { UsageError } = CommandLine

// --act and --config: the acts beyond the text and its founding branches, on every command that reads the agreement
const actOptions = {
  act: { type: "string", multiple: true },
  config: { type: "string" },
  "no-config": { type: "boolean" }
} as const

const timeline = async (
  values: { act?: ReadonlyArray<string>; config?: string; "no-config"?: boolean },
  io: Io,
  lang: Lang
) => {
  const r = await assembleFrom({
    acts: values.act ?? [],
    ...(values.config === undefined ? {} : { config: values.config }),
    ...(values["no-config"] === true ? { findConfig: false } : {})
  })
  if (Result.isFailure(r)) {
    // each problem ends with its code; the page that explains them is named once, at the end
    const text = (l: Lang) =>
      [Texts.actsDoNotCompose[l], Problem.format(r.failure, l), Texts.codesExplained(l)].join("\n")
    throw new UsageError({ fr: text("fr"), en: text("en") })
  }
  // a project file found in the working directory changes the verdicts: say it was read
  if (r.success.config !== undefined)
    io.stderr(`${Texts.projectFile(lang, r.success.config, r.success.specs.length - (values.act?.length ?? 0))}\n`)
  return r.success.timeline
}

const help = (io: Io, text: string) => {
  io.stdout(`${text.trim()}\n`)
  return 0
}

/** The text report of a validation, with where its codes are explained when it has issues. */
const validationText = (report: Report.Report, lang: Lang): string =>
  [Report.toText(report, lang), ...(report.issues.length > 0 ? [Texts.codesExplained(lang)] : [])].join("\n")

// --- validate --------------------------------------------------------------------------------

/** `accord-jeunes validate`. @since 0.1.0 */
export const validate = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const { values, positionals } = parse(args, {
    kind: { type: "string" },
    format: { type: "string" },
    "as-of": { type: "string" },
    accepted: { type: "string" },
    rejects: { type: "string" },
    encoding: { type: "string" },
    delimiter: { type: "string" },
    ...actOptions
  })
  const lang = langOf(values.lang)
  if (values.help) return help(io, Texts.validateHelp(lang, ExchangeRecord.kinds))
  const format = values.format === undefined ? "text" : oneOf(values.format, "--format", ["text", "json"])
  const kind = values.kind === undefined ? undefined : oneOf(values.kind, "--kind", ExchangeRecord.kinds)
  const encoding =
    values.encoding === undefined ? undefined : oneOf(values.encoding, "--encoding", ["utf-8", "windows-1252"])
  const delimiter =
    values.delimiter === undefined
      ? undefined
      : ({ ";": ";", ",": ",", tab: "\t" } as const)[oneOf(values.delimiter, "--delimiter", [";", ",", "tab"])]
  if (positionals.length === 0) throw UsageError.of(Codes.fileMissing.raise({ command: "validate" }))
  const asOf = values["as-of"] === undefined ? undefined : dateOf(values["as-of"], "--as-of")
  const t = await timeline(values, io, lang)
  // written as records come, put in place once every file is read; a path that cannot be written
  // is told before anything is read
  const accepted = values.accepted === undefined ? undefined : Output.open(values.accepted, "--accepted")
  let rejects: Output.Output | undefined
  try {
    rejects = values.rejects === undefined ? undefined : Output.open(values.rejects, "--rejects")
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
    await feed(v, positionals, io, lang, encoding)
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

/** `accord-jeunes agreement`: the agreement in force, each element with its code. @since 0.1.0 */
export const agreement = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const { values } = parse(args, { "as-of": { type: "string" }, json: { type: "boolean" }, ...actOptions })
  const lang = langOf(values.lang)
  if (values.help) return help(io, Texts.agreementHelp(lang))
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
  await feed(v, files, io, lang)
  return { partial: agg.finish(), meetings, designations, validation: v.finish() }
}

/**
 * The period of `--agreement-year N` or `--year N`, resolved against the agreement in force on the
 * report day (`--as-of`); neither gives `Period.defaultFor`. A period the agreement does not have
 * is a usage error, in French and English, saying which ones it has.
 */
const periodOf = (
  values: { readonly year?: string; readonly "agreement-year"?: string; readonly "as-of"?: string },
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

/** `accord-jeunes report`. @since 0.1.0 */
export const report = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const { values, positionals } = parse(args, {
    format: { type: "string" },
    by: { type: "string" },
    "agreement-year": { type: "string" },
    year: { type: "string" },
    "as-of": { type: "string" },
    threshold: { type: "string" },
    output: { type: "string" },
    explain: { type: "boolean" },
    ...actOptions
  })
  const lang = langOf(values.lang)
  if (values.help) return help(io, Texts.reportHelp(lang))
  const format =
    values.format === undefined ? "markdown" : oneOf(values.format, "--format", ["markdown", "html", "json", "csv"])
  const dims =
    values.by === undefined
      ? (["branch"] as const)
      : values.by.split(",").map((d) => oneOf(d.trim(), "--by", Aggregate.dimensions))
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
  if (values.threshold !== undefined && !(Number.isInteger(threshold) && Number(threshold) >= 1))
    throw UsageError.of(Codes.thresholdInvalid.raise({ value: values.threshold }))
  if (positionals.length === 0) throw UsageError.of(Codes.fileMissing.raise({ command: "report" }))
  const t = await timeline(values, io, lang)
  // checked before any file is read; the records counted are those of the period (docs/indicators.md)
  const period = periodOf(values, t)
  const asOf = dateOf(values["as-of"], "--as-of")
  const { partial, meetings, designations, validation } = await readValid(
    positionals,
    io,
    lang,
    EngineReport.settingsFor(t, period, dims),
    t
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
  const text =
    format === "json"
      ? `${JSON.stringify(annual, null, 2)}\n`
      : format === "csv"
        ? `\uFEFF${EngineReport.tableToCsv(annual.trackingTable, { lang })}\r\n`
        : format === "html"
          ? EngineReport.toHtml(annual, lang)
          : `${EngineReport.toMarkdown(annual, lang, { explain: values.explain === true })}\n`
  if (values.output !== undefined) writeFileSync(values.output, text)
  else io.stdout(text)
  if (validation.stats.rejected > 0) io.stderr(`${Texts.rejectedLeftOut(lang, validation.stats.rejected)}\n`)
  return 0
}

/** `accord-jeunes governance`. @since 0.1.0 */
export const governance = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const { values, positionals } = parse(args, {
    "agreement-year": { type: "string" },
    year: { type: "string" },
    "as-of": { type: "string" },
    json: { type: "boolean" },
    ...actOptions
  })
  const lang = langOf(values.lang)
  if (values.help) return help(io, Texts.governanceHelp(lang))
  if (positionals.length === 0) throw UsageError.of(Codes.fileMissing.raise({ command: "governance" }))
  const t = await timeline(values, io, lang)
  const { meetings, designations } = await readValid(
    positionals,
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

/** `accord-jeunes schema`. @since 0.1.0 */
export const schema = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const { values, positionals } = parse(args, { dialect: { type: "string" }, table: { type: "boolean" } })
  const lang = langOf(values.lang)
  if (values.help) return help(io, Texts.schemaHelp(lang))
  const require = createRequire(import.meta.url)
  const catalog = require("@accord-jeunes/schemas/catalog.json") as {
    schemas: Array<{
      name: string
      title: { fr: string; en: string }
      tableSchema?: { file: string }
      jsonSchema: Record<string, { file: string }>
    }>
  }
  const name = positionals[0]
  if (name === undefined) {
    io.stdout(
      `${catalog.schemas.map((s) => `${s.name.padEnd(22)} ${s.title[lang]}${s.tableSchema ? " (CSV)" : ""}`).join("\n")}\n`
    )
    return 0
  }
  const entry = catalog.schemas.find((s) => s.name === name)
  if (entry === undefined)
    throw UsageError.of(Codes.schemaUnknown.raise({ name, names: catalog.schemas.map((s) => s.name) }))
  const dialect = values.dialect === undefined ? "2020-12" : oneOf(values.dialect, "--dialect", ["2020-12", "draft-07"])
  const file = values.table ? entry.tableSchema?.file : entry.jsonSchema[dialect]?.file
  if (file === undefined) throw UsageError.of(Codes.schemaWithoutTable.raise({ name }))
  io.stdout(`${JSON.stringify(require(`@accord-jeunes/schemas/${file}`), null, 2)}\n`)
  return 0
}

/** `accord-jeunes trace`. @since 0.1.0 */
export const trace = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const { values } = parse(args, { json: { type: "boolean" }, "as-of": { type: "string" }, ...actOptions })
  const lang = langOf(values.lang)
  if (values.help) return help(io, Texts.traceHelp(lang))
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
