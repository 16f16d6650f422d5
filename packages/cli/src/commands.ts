/**
 * The commands of `accord-jeunes`.
 *
 * @since 0.1.0
 */
import { writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { type CommitteeMeeting, ExchangeRecord, type ReferentDesignation } from "@accord-jeunes/domain"
import { Aggregate, Compliance, Period as EnginePeriod, Report as EngineReport, Lifecycle } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"
import { assembleFrom } from "@accord-jeunes/in-force/node"
import { Composition, Problem } from "@accord-jeunes/plugin-sdk"
import { Report, Validator } from "@accord-jeunes/validation"
import * as Result from "effect/Result"
import { feed } from "./Files.js"
import { type Io, say, UsageError } from "./Io.js"
import { dateOf, langOf, oneOf, parse } from "./Options.js"

// --act and --config: the acts beyond the text and its founding branches, on every command that reads the agreement
const actOptions = {
  act: { type: "string", multiple: true },
  config: { type: "string" },
  "no-config": { type: "boolean" }
} as const

const actHelp = `
  --act F              un acte (avenant, décision, résiliation) : module ou document JSON ; répétable
                       an act (amendment, decision, termination): module or JSON document; repeatable
  --config F           fichier de projet listant les actes (défaut : ./accord-jeunes.config.json s'il existe)
                       project file listing the acts (default: ./accord-jeunes.config.json when present)
  --no-config          ignorer ./accord-jeunes.config.json / ignore ./accord-jeunes.config.json`

const timeline = async (
  values: { act?: ReadonlyArray<string>; config?: string; "no-config"?: boolean; lang?: string },
  io?: Io
) => {
  const r = await assembleFrom({
    acts: values.act ?? [],
    ...(values.config === undefined ? {} : { config: values.config }),
    ...(values["no-config"] === true ? { findConfig: false } : {})
  })
  if (Result.isFailure(r))
    throw new UsageError(
      `Les actes ne composent pas l'accord :\n${Problem.format(r.failure, "fr")}`,
      `The acts do not compose the agreement:\n${Problem.format(r.failure, "en")}`
    )
  // a project file found in the working directory changes the verdicts: say it was read
  if (io !== undefined && r.success.config !== undefined)
    io.stderr(
      `${say(
        values.lang === "en" ? "en" : "fr",
        `Fichier de projet : ${r.success.config} (${r.success.specs.length - (values.act?.length ?? 0)} source(s) d'actes ; --no-config pour l'ignorer)`,
        `Project file: ${r.success.config} (${r.success.specs.length - (values.act?.length ?? 0)} act source(s); --no-config to ignore it)`
      )}\n`
    )
  return r.success.timeline
}

const help = (io: Io, text: string) => {
  io.stdout(`${text.trim()}\n`)
  return 0
}

// --- validate --------------------------------------------------------------------------------

const validateHelp = `
accord-jeunes validate FICHIER... [options]

Valide des fichiers JSON, NDJSON ou CSV (« - » lit l'entrée standard) contre les schémas des
enregistrements et l'accord en vigueur à la date de chaque enregistrement.
Validates JSON, NDJSON or CSV files ("-" reads standard input) against the record schemas and
the agreement in force on each record's date.

  --kind K             type des enregistrements quand le fichier ne le dit pas / record kind (${ExchangeRecord.kinds.join(", ")})
  --format text|json   format du rapport / report format (text)
  --lang fr|en         langue des messages / message language (fr)
  --as-of DATE         vérifier contre l'accord en vigueur ce jour-là / check against the agreement on that day
  --accepted F         écrire les enregistrements acceptés (NDJSON) / write accepted records (NDJSON)
  --rejects F          écrire les rejets (CSV) / write rejected records (CSV)
  --encoding E         utf-8 | windows-1252 (détecté / detected)
  --delimiter D        ";" | "," | "tab" (détecté / detected)${actHelp}

Code de sortie / exit code: 0 valide / valid, 1 enregistrement rejeté / record rejected, 2 erreur d'usage ou de lecture / usage or read error.
`

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
  if (values.help) return help(io, validateHelp)
  const lang = langOf(values.lang)
  const format = oneOf(values.format, "--format", ["text", "json"], "text")
  const kind = values.kind === undefined ? undefined : oneOf(values.kind, "--kind", ExchangeRecord.kinds, "action")
  const encoding =
    values.encoding === undefined ? undefined : oneOf(values.encoding, "--encoding", ["utf-8", "windows-1252"], "utf-8")
  const delimiter =
    values.delimiter === undefined
      ? undefined
      : ({ ";": ";", ",": ",", tab: "\t" } as const)[oneOf(values.delimiter, "--delimiter", [";", ",", "tab"], ";")]
  if (positionals.length === 0)
    throw new UsageError("Aucun fichier à valider (voir --help)", "No file to validate (see --help)")
  const accepted: Array<string> = []
  const rejects: Array<string> = []
  const cell = (v: string | number | null) => EngineReport.csvCell(v, ";")
  const v = Validator.make({
    timeline: await timeline(values, io),
    ...(kind === undefined ? {} : { kind }),
    ...(encoding === undefined ? {} : { encoding }),
    ...(delimiter === undefined ? {} : { delimiter }),
    ...(values["as-of"] === undefined ? {} : { asOf: dateOf(values["as-of"], "--as-of") }),
    ...(values.accepted === undefined ? {} : { onAccepted: (r) => accepted.push(JSON.stringify(r)) }),
    ...(values.rejects === undefined
      ? {}
      : {
          onRejected: (raw, where, issues) => {
            for (const i of issues.filter((x) => x.severity === "error"))
              rejects.push([where.file, where.line, i.code, i.field ?? "", i.message[lang], raw].map(cell).join(";"))
          }
        })
  })
  await feed(v, positionals, io)
  const report = v.finish()
  if (values.accepted !== undefined)
    writeFileSync(values.accepted, accepted.length === 0 ? "" : `${accepted.join("\n")}\n`)
  if (values.rejects !== undefined)
    writeFileSync(
      values.rejects,
      `\uFEFF${[say(lang, "fichier;ligne;code;champ;message;enregistrement", "file;line;code;field;message;record"), ...rejects].join("\r\n")}\r\n`
    )
  io.stdout(
    format === "json" ? `${JSON.stringify(Report.toJson(report, lang), null, 2)}\n` : `${Report.toText(report, lang)}\n`
  )
  return report.valid ? 0 : 1
}

// --- agreement --------------------------------------------------------------------------------

const agreementHelp = `
accord-jeunes agreement [--as-of DATE] [--json] [--act F...] [--config F] [--lang fr|en]

Affiche l'accord en vigueur à une date (aujourd'hui par défaut) : statut, branches, types
d'actions, gouvernance, décisions attendues, et l'acte qui a apporté chacun (--json).
Prints the agreement in force on a date (today by default), each element with the act that
brought it in (--json).
${actHelp}
`

export const agreement = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const { values } = parse(args, { "as-of": { type: "string" }, json: { type: "boolean" }, ...actOptions })
  if (values.help) return help(io, agreementHelp)
  const lang = langOf(values.lang)
  const day = dateOf(values["as-of"], "--as-of")
  const t = await timeline(values, io)
  const inForce = Composition.asOf(t, day)
  const status = Lifecycle.statusOn(t, day)
  if (values.json) {
    io.stdout(`${JSON.stringify({ ...Assembly.describe(t, day), explanation: status.explanation }, null, 2)}\n`)
    return 0
  }
  const g = inForce.governance.national
  io.stdout(
    [
      `${inForce.title}  [${inForce.agreement}]`,
      status.explanation.message[lang],
      say(lang, `Dernier jour : ${inForce.lastDay}`, `Last day: ${inForce.lastDay}`),
      say(lang, "Branches :", "Branches:"),
      ...inForce.branches.map(
        (b) =>
          `  - ${b.name[lang]} (IDCC ${b.conventions.map((c) => c.idcc).join(", ")}) — ${b.provenance.since.label[lang]}`
      ),
      say(lang, "Types d'actions (code : libellé) :", "Action types (code: label):"),
      ...inForce.actionTypes.map(
        (a) =>
          `  - ${a.id} : ${a.label[lang]}${a.provenance.since.kind === "agreement" ? "" : ` — ${a.provenance.since.label[lang]}`}`
      ),
      say(
        lang,
        `${g.name.fr} : au moins ${g.minimumMeetingsPerYear} réunions par an`,
        `${g.name.en}: at least ${g.minimumMeetingsPerYear} meetings a year`
      ),
      ...inForce.pendingDecisions.map((p) =>
        say(lang, `Décision attendue : ${p.subject.fr}`, `Pending decision: ${p.subject.en}`)
      ),
      ...(inForce.acts.length > 1
        ? [
            say(lang, "Actes appliqués :", "Acts applied:"),
            ...inForce.acts
              .slice(1)
              .filter((a) => a.kind !== "termination")
              .map((a) => `  - ${a.label[lang]} (${a.effectiveDate})`)
          ]
        : []),
      ...(inForce.termination === undefined
        ? []
        : [
            say(
              lang,
              `Résiliation demandée par ${inForce.termination.requestedBy} le ${inForce.termination.requestDate}, reçue de tous le ${inForce.termination.lastReceipt} : dernier jour le ${inForce.termination.lastDay} (clauses a7#3, a7#4)`,
              `Termination asked by ${inForce.termination.requestedBy} on ${inForce.termination.requestDate}, received by all on ${inForce.termination.lastReceipt}: last day ${inForce.termination.lastDay} (clauses a7#3, a7#4)`
            )
          ]),
      ...inForce.terminationRequests
        .filter((r) => !r.effective)
        .map((r) =>
          say(
            lang,
            `Demande de résiliation de ${r.requestedBy} du ${r.requestDate} sans effet : ${r.reasons.map((x) => x.fr).join(" ; ")}`,
            `Termination request by ${r.requestedBy} of ${r.requestDate} has no effect: ${r.reasons.map((x) => x.en).join("; ")}`
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
  await feed(v, files, io)
  return { partial: agg.finish(), meetings, designations, validation: v.finish() }
}

const reportHelp = `
accord-jeunes report FICHIER... [options]

Rapport annuel du comité national de pilotage et tableau de suivi de l'insertion, à partir des
enregistrements valides des fichiers (les rejets sont comptés et signalés).
The national steering committee's annual report and tracking table, from the valid records of
the files (rejected ones are counted and reported).

  --format markdown|html|json|csv   (markdown)
  --by DIMENSIONS                   branch,region,action-type,period (branch)
  --agreement-year N | --year N     période : année N de l'accord ou année civile N, dans la durée de l'accord
                                    (défaut : la dernière année de l'accord terminée au jour du rapport,
                                    sinon celle en cours)
                                    period: agreement year N or calendar year N, within the agreement's term
                                    (default: the last agreement year ended on the report day, else the
                                    one under way)
  --as-of DATE                      jour du rapport / report day (today)
  --threshold N                     seuil de secret statistique / disclosure threshold (11)
  --output F                        écrire dans F / write to F
  --explain                         comment chaque colonne est calculée / how each column is computed (markdown)
  --lang fr|en${actHelp}
`

/**
 * The period of `--agreement-year N` or `--year N`, resolved against the agreement in force on the
 * report day (`--as-of`); neither gives `Period.defaultFor`. A period the agreement does not have
 * is a usage error, in French and English, saying which ones it has.
 */
const periodOf = (values: Record<string, unknown>, t: Composition.Timeline): EnginePeriod.Period => {
  const year = values.year === undefined ? undefined : String(values.year)
  const index = values["agreement-year"] === undefined ? undefined : String(values["agreement-year"])
  if (year !== undefined && index !== undefined)
    throw new UsageError(
      "--agreement-year et --year s'excluent : une seule période à la fois",
      "--agreement-year and --year exclude each other: one period at a time"
    )
  if (year !== undefined && !/^\d{4}$/u.test(year))
    throw new UsageError(
      `--year : une année à quatre chiffres attendue (ex. 2025), reçu « ${year.slice(0, 20)} »`,
      `--year: a four-digit year expected (e.g. 2025), got "${year.slice(0, 20)}"`
    )
  if (index !== undefined && !/^\d{1,9}$/u.test(index))
    throw new UsageError(
      `--agreement-year : un numéro d'année de l'accord attendu (1, 2, 3…), reçu « ${index.slice(0, 20)} »`,
      `--agreement-year: an agreement year number expected (1, 2, 3…), got "${index.slice(0, 20)}"`
    )
  const asOf = dateOf(values["as-of"], "--as-of")
  if (year === undefined && index === undefined) return EnginePeriod.defaultFor(t, asOf)
  const spec: EnginePeriod.Spec =
    year !== undefined
      ? { kind: "calendar-year", year: Number(year) }
      : { kind: "agreement-year", index: Number(index) }
  const r = EnginePeriod.resolve(t, spec, asOf)
  if (Result.isFailure(r)) {
    const option = spec.kind === "calendar-year" ? "--year" : "--agreement-year"
    throw new UsageError(`${option} : ${r.failure.message.fr}`, `${option}: ${r.failure.message.en}`)
  }
  return r.success
}

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
  if (values.help) return help(io, reportHelp)
  const lang = langOf(values.lang)
  const format = oneOf(values.format, "--format", ["markdown", "html", "json", "csv"], "markdown")
  const dims = (values.by ?? "branch").split(",").map((d) => oneOf(d.trim(), "--by", Aggregate.dimensions, "branch"))
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
  if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 1))
    throw new UsageError("--threshold : un entier ≥ 1 attendu", "--threshold: a whole number ≥ 1 expected")
  if (positionals.length === 0) throw new UsageError("Aucun fichier (voir --help)", "No file (see --help)")
  const t = await timeline(values, io)
  // checked before any file is read; the records counted are those of the period (docs/indicators.md)
  const period = periodOf(values, t)
  const asOf = dateOf(values["as-of"], "--as-of")
  const { partial, meetings, designations, validation } = await readValid(
    positionals,
    io,
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
  if (validation.stats.rejected > 0)
    io.stderr(
      `${say(lang, `${validation.stats.rejected} enregistrement(s) rejeté(s) n'entrent pas dans le rapport (voir accord-jeunes validate)`, `${validation.stats.rejected} rejected record(s) left out of the report (see accord-jeunes validate)`)}\n`
    )
  return 0
}

const governanceHelp = `
accord-jeunes governance FICHIER... [--agreement-year N | --year N] [--as-of DATE] [--json] [--act F...] [--lang fr|en]

Constats de gouvernance (réunions, composition, productions, comités régionaux, référents) à
partir des réunions et désignations des fichiers.
Governance findings from the meetings and designations in the files.

  --agreement-year N | --year N     période : année N de l'accord ou année civile N, dans la durée de l'accord
                                    (défaut : la dernière année de l'accord terminée au jour des constats,
                                    sinon celle en cours)
                                    period: agreement year N or calendar year N, within the agreement's term
                                    (default: the last agreement year ended on the day of the findings, else
                                    the one under way)
  --as-of DATE                      jour des constats / day of the findings (today)
  --json                            constats en JSON / findings as JSON
  --lang fr|en${actHelp}
`

export const governance = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const { values, positionals } = parse(args, {
    "agreement-year": { type: "string" },
    year: { type: "string" },
    "as-of": { type: "string" },
    json: { type: "boolean" },
    ...actOptions
  })
  if (values.help) return help(io, governanceHelp)
  const lang = langOf(values.lang)
  if (positionals.length === 0) throw new UsageError("Aucun fichier (voir --help)", "No file (see --help)")
  const t = await timeline(values, io)
  const { meetings, designations } = await readValid(
    positionals,
    io,
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
  if (values.json) io.stdout(`${JSON.stringify(r, null, 2)}\n`)
  else
    io.stdout(
      `${[
        say(
          lang,
          `Période : ${r.period.label.fr} [${r.period.start} → ${r.period.end}], constats au ${r.asOf}`,
          `Period: ${r.period.label.en} [${r.period.start} → ${r.period.end}], findings as of ${r.asOf}`
        ),
        ...r.findings.map(
          (f) => `${f.ok ? "✓" : f.severity === "error" ? "✗" : "⚠"} ${f.explanation.message[lang]} [${f.clause}]`
        ),
        say(
          lang,
          `${r.summary.errors} manquement(s), ${r.summary.warnings} alerte(s)`,
          `${r.summary.errors} error(s), ${r.summary.warnings} warning(s)`
        )
      ].join("\n")}\n`
    )
  return r.summary.errors > 0 ? 1 : 0
}

// --- schema, trace ---------------------------------------------------------------------------------

const schemaHelp = `
accord-jeunes schema [NOM] [--dialect 2020-12|draft-07] [--table]

Affiche un schéma (JSON Schema, ou Table Schema avec --table), ou la liste des schémas.
Prints a schema (JSON Schema, or Table Schema with --table), or the list of schemas.
`

export const schema = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const { values, positionals } = parse(args, { dialect: { type: "string" }, table: { type: "boolean" } })
  if (values.help) return help(io, schemaHelp)
  const lang = langOf(values.lang)
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
    throw new UsageError(
      `Schéma inconnu « ${name} » : ${catalog.schemas.map((s) => s.name).join(", ")}`,
      `Unknown schema "${name}": ${catalog.schemas.map((s) => s.name).join(", ")}`
    )
  const dialect = oneOf(values.dialect, "--dialect", ["2020-12", "draft-07"], "2020-12")
  const file = values.table ? entry.tableSchema?.file : entry.jsonSchema[dialect]?.file
  if (file === undefined) throw new UsageError(`« ${name} » n'a pas de forme CSV`, `"${name}" has no CSV form`)
  io.stdout(`${JSON.stringify(require(`@accord-jeunes/schemas/${file}`), null, 2)}\n`)
  return 0
}

const traceHelp = `
accord-jeunes trace [--json] [--as-of DATE] [--lang fr|en]

Les clauses de l'accord, avec leur article et leur rédaction en vigueur à une date.
The agreement's clauses, with their article and wording in force on a date.
`

export const trace = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const { values } = parse(args, { json: { type: "boolean" }, "as-of": { type: "string" }, ...actOptions })
  if (values.help) return help(io, traceHelp)
  const lang = langOf(values.lang)
  const clauses = Composition.asOf(await timeline(values, io), dateOf(values["as-of"], "--as-of")).clauses
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
