// The page: everything runs here, in the browser. Records typed in the form, files chosen and act
// documents added are read locally; nothing is sent anywhere (clause a5#1 on confidentiality).
import { CalendarDate, ExchangeRecord, InsertionOutcome, Territory } from "@accord-jeunes/domain"
import { Lifecycle } from "@accord-jeunes/engine"
import { Assembly, Codes as InForceCodes } from "@accord-jeunes/in-force"
import { Act, Composition, Problem } from "@accord-jeunes/plugin-sdk"
import { type Report, Validator } from "@accord-jeunes/validation"
import * as Result from "effect/Result"
import * as Texts from "./Texts.ts"
import type { Request, Response } from "./worker.ts"

// the founding set (the 2024 text and its three branches), then whatever acts the user adds:
// always assembled by the one assembly every tool uses
let timeline = Assembly.foundingTimeline()
const added: Array<Act.Act> = []
// the documents of the acts added, for the worker that checks files to build the same agreement
const addedDocuments: Array<{ readonly source: string; readonly document: unknown }> = []
// today is the date in Paris, where the agreement applies (not the UTC date, a day off at night)
const today = CalendarDate.inTimeZone(new Date(), "Europe/Paris")
const lang: "fr" | "en" = document.documentElement.lang.startsWith("en") ? "en" : "fr"
const $ = <E extends HTMLElement>(selector: string) => document.querySelector(selector) as E

// --- the form: live validation with the domain's own schemas -----------------------------------

interface Field {
  readonly name: string
  readonly label: string
  readonly hint?: string
  readonly type?: "text" | "date" | "number"
  readonly list?: boolean
  readonly options?: ReadonlyArray<readonly [string, string]>
}

// Every branch and action type of the agreement on some day: today, and the day each act takes
// effect (so that the form offers what an added amendment brings in, even for a later date).
const known = () => {
  const days = [today, ...timeline.acts.map((a) => a.ref.effectiveDate)]
  const branches = new Map<string, string>()
  const actionTypes = new Map<string, string>()
  for (const day of days) {
    const f = Composition.asOf(timeline, day)
    for (const b of f.branches) branches.set(b.id, b.name[lang])
    for (const t of f.actionTypes) actionTypes.set(t.id, t.label[lang])
  }
  return { branches: [...branches.keys()], actionTypes: [...actionTypes] }
}
const forms = (): Record<"action" | "insertion-outcome", ReadonlyArray<Field>> => ({
  action: [
    { name: "id", label: "Identifiant de l'action", hint: "ex. act-2025-001" },
    { name: "actionType", label: "Type d'action", options: known().actionTypes },
    { name: "startDate", label: "Date de début", type: "date" },
    { name: "endDate", label: "Date de fin (facultative)", type: "date" },
    {
      name: "region",
      label: "Région",
      options: Territory.allRegions.map((r) => [r.code, `${r.code} ${r.name}`] as const)
    },
    { name: "departement", label: "Département (facultatif)", hint: "ex. 69, 2A, 974" },
    { name: "missionLocales", label: "Missions locales", hint: "identifiants séparés par des virgules", list: true },
    {
      name: "branches",
      label: "Branches",
      hint: `séparées par des virgules : ${known().branches.join(", ")}`,
      list: true
    },
    { name: "companies", label: "Entreprises (SIRET)", hint: "14 chiffres, séparés par des virgules", list: true }
  ],
  "insertion-outcome": [
    { name: "id", label: "Identifiant de la sortie", hint: "ex. out-2025-001" },
    { name: "participant", label: "Référence pseudonyme du jeune", hint: "jamais le nom ni le NIR" },
    {
      name: "outcome",
      label: "Situation",
      options: Object.entries(InsertionOutcome.kindLabel).map(([k, label]) => [k, label.fr] as const)
    },
    { name: "startDate", label: "Date de début", type: "date" },
    { name: "endDate", label: "Date de fin (facultative)", type: "date" },
    { name: "employerSiret", label: "SIRET de l'employeur", hint: "obligatoire pour un contrat" },
    { name: "idcc", label: "IDCC de la convention collective (facultatif)", hint: "ex. 1979" },
    { name: "actions", label: "Actions suivies", hint: "identifiants séparés par des virgules", list: true }
  ]
})

let kind: "action" | "insertion-outcome" = "action"
let fields = forms()[kind]

const renderForm = () => {
  const form = $<HTMLFormElement>("#record-form")
  // what was typed survives a new agreement (an act added changes the lists offered)
  const typed = new Map(
    [...form.elements].flatMap((e) =>
      e instanceof HTMLInputElement || e instanceof HTMLSelectElement ? [[e.name, e.value]] : []
    )
  )
  fields = forms()[kind]
  form.replaceChildren(
    ...fields.map((f) => {
      const wrap = document.createElement("div")
      wrap.className = "field"
      const label = document.createElement("label")
      label.htmlFor = `f-${f.name}`
      label.textContent = f.label
      if (f.hint !== undefined) {
        const hint = document.createElement("span")
        hint.className = "hint"
        hint.textContent = ` (${f.hint})`
        label.append(hint)
      }
      const input =
        f.options !== undefined
          ? document.createElement("select")
          : Object.assign(document.createElement("input"), { type: f.type ?? "text" })
      input.id = `f-${f.name}`
      input.name = f.name
      if (input instanceof HTMLSelectElement)
        input.append(new Option("(choisir)", ""), ...(f.options ?? []).map(([v, l]) => new Option(l, v)))
      input.value = typed.get(f.name) ?? ""
      const error = document.createElement("p")
      error.className = "error"
      error.id = `e-${f.name}`
      input.setAttribute("aria-describedby", error.id)
      wrap.append(label, input, error)
      return wrap
    })
  )
  form.oninput = check
  check()
}

const recordFromForm = (): Record<string, unknown> => {
  const form = $<HTMLFormElement>("#record-form")
  const record: Record<string, unknown> = {
    kind,
    schemaVersion: "1.0.0",
    ...(kind === "action" ? { agreement: timeline.base.id } : {})
  }
  for (const f of fields) {
    const raw = (form.elements.namedItem(f.name) as HTMLInputElement).value.trim()
    if (f.list) record[f.name] = raw === "" ? [] : raw.split(",").map((s) => s.trim())
    else if (raw !== "") record[f.name] = raw
  }
  return record
}

// Issues that only make sense for a whole file: an outcome's actions are not in this form.
const fileOnly = new Set(["reference.unknown-action"])

let touched = false
const check = (event?: Event) => {
  if (event !== undefined) touched = true
  const record = recordFromForm()
  $("#record-json").textContent = JSON.stringify(record, null, 2)
  // the whole validation, as for a file: schema, then the agreement in force on the record's date
  const validator = Validator.make({ timeline })
  validator.text("saisie.json", JSON.stringify(record), "json")
  const problems = validator.finish().issues.filter((i) => !fileOnly.has(i.code))
  const fieldOf = (i: (typeof problems)[number]) => /^\$\.([A-Za-z]+)/.exec(i.path ?? "")?.[1]
  for (const f of fields) {
    const mine = problems.filter((i) => fieldOf(i) === f.name)
    const input = document.getElementById(`f-${f.name}`) as HTMLInputElement
    // a message under a field once it has been filled in (or the whole form was typed into)
    const show = mine.length > 0 && (input.value.trim() !== "" || touched)
    input.setAttribute("aria-invalid", String(show))
    $(`#e-${f.name}`).textContent = show ? mine.map((i) => i.message[lang]).join(" ; ") : ""
  }
  const errors = problems.filter((i) => i.severity === "error")
  const general = problems.filter((i) => fieldOf(i) === undefined || !fields.some((f) => f.name === fieldOf(i)))
  const status = $("#form-status")
  status.className = errors.length === 0 ? "ok" : "ko"
  status.textContent =
    errors.length === 0
      ? Texts.formValid[lang]
      : Texts.formProblems(
          lang,
          errors.length,
          general.map((i) => i.message[lang])
        )
}

for (const tab of document.querySelectorAll<HTMLButtonElement>(".tabs button"))
  tab.onclick = () => {
    kind = tab.dataset.kind as typeof kind
    touched = false
    for (const t of document.querySelectorAll(".tabs button")) t.setAttribute("aria-selected", String(t === tab))
    $<HTMLFormElement>("#record-form").replaceChildren()
    renderForm()
  }

// --- files: the whole validation, locally --------------------------------------------------------

const fileKind = $<HTMLSelectElement>("#file-kind")
fileKind.append(...ExchangeRecord.kinds.map((k) => new Option(k, k)))

// The report of a large file may hold 10 000 issues: it is shown a page at a time (drawing them
// all at once froze the page for seconds), and can be filtered by code, field or word.
const pageSize = 100
type IssueJson = Report.IssueJson
let issues: ReadonlyArray<IssueJson> = []
let filtered: ReadonlyArray<IssueJson> = []
let pageIndex = 0

const issueRow = (i: IssueJson) => {
  const tr = document.createElement("tr")
  tr.className = i.severity
  for (const cell of [
    String(i.line ?? "—"),
    i.path ?? "—",
    Texts.severity[i.severity][lang],
    i.message + (i.value === undefined ? "" : ` (« ${i.value} »)`),
    i.code
  ]) {
    const td = document.createElement("td")
    td.textContent = cell
    tr.append(td)
  }
  return tr
}

const showPage = () => {
  const pages = Math.max(1, Math.ceil(filtered.length / pageSize))
  pageIndex = Math.min(Math.max(0, pageIndex), pages - 1)
  const table = $<HTMLTableElement>("#report")
  table.hidden = filtered.length === 0
  table.tBodies[0]?.replaceChildren(...filtered.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize).map(issueRow))
  $("#report-tools").hidden = issues.length === 0
  $("#report-page").textContent = Texts.page(lang, pageIndex + 1, pages, filtered.length, issues.length)
  $<HTMLButtonElement>("#report-prev").disabled = pageIndex === 0
  $<HTMLButtonElement>("#report-next").disabled = pageIndex >= pages - 1
}

const filter = $<HTMLInputElement>("#report-filter")
const applyFilter = () => {
  const words = filter.value.trim().toLowerCase()
  filtered =
    words === "" ? issues : issues.filter((i) => `${i.code} ${i.path ?? ""} ${i.message}`.toLowerCase().includes(words))
  pageIndex = 0
  showPage()
}
filter.oninput = applyFilter
$<HTMLButtonElement>("#report-prev").onclick = () => {
  pageIndex--
  showPage()
}
$<HTMLButtonElement>("#report-next").onclick = () => {
  pageIndex++
  showPage()
}

// The check runs in a worker; a new check while one runs stops it (its answer would be stale).
let checker: Worker | undefined
let busy = false
let sequence = 0
const workerFor = (): Worker => {
  if (checker !== undefined && !busy) return checker
  checker?.terminate()
  const w = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" })
  w.onmessage = ({ data }: MessageEvent<Response>) => {
    busy = false
    if (data.id !== sequence) return
    const summary = $("#file-summary")
    if ("failed" in data) {
      summary.className = "ko"
      summary.textContent = Texts.checkFailed[lang]
      return
    }
    summary.className = data.report.valid ? "ok" : "ko"
    summary.textContent = Texts.fileSummary(lang, data.name, data.report.stats)
    issues = data.report.issues
    applyFilter()
  }
  checker = w
  return w
}
const checkFile = async () => {
  const file = $<HTMLInputElement>("#file").files?.[0]
  if (file === undefined) return
  const id = ++sequence
  const summary = $("#file-summary")
  summary.className = ""
  summary.textContent = Texts.checking(lang, file.name)
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (id !== sequence) return
  const request: Request = {
    id,
    name: file.name,
    bytes,
    ...(fileKind.value === "" ? {} : { kind: fileKind.value as ExchangeRecord.Kind }),
    acts: addedDocuments,
    lang
  }
  const w = workerFor()
  busy = true
  // the bytes are handed over, not copied
  w.postMessage(request, [bytes.buffer])
}
$<HTMLInputElement>("#file").onchange = checkFile
fileKind.onchange = checkFile

// --- acts: amendments and committee decisions, as JSON documents ---------------------------------

// line and column of a JSON syntax error, without echoing the text (the engine's message may quote it)
const jsonError = (text: string, e: unknown) => {
  const m = /position (\d+)/u.exec(e instanceof Error ? e.message : "")
  const before = text.slice(0, m === null ? text.length : Number(m[1])).split("\n")
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

const showProblems = (problems: ReadonlyArray<Problem.Problem>) => {
  // text nodes only: subjects and paths come from what the user gave
  $("#act-problems").replaceChildren(
    ...problems.map((p) => Object.assign(document.createElement("li"), { textContent: Problem.format([p], lang) }))
  )
  const status = $("#act-status")
  status.className = problems.length === 0 ? "ok" : "ko"
  status.textContent = problems.length === 0 ? "" : Texts.actProblems(lang, problems.length)
}

/** Reads act documents (one act or an array of them per source), then assembles them with the acts already added. */
const addActs = (sources: ReadonlyArray<{ readonly name: string; readonly text: string }>): boolean => {
  const acts: Array<Act.Act> = []
  const read: Array<{ readonly source: string; readonly document: unknown }> = []
  const problems: Array<Problem.Problem> = []
  for (const { name, text } of sources) {
    let json: unknown
    try {
      json = JSON.parse(text.replace(/^\uFEFF/u, ""))
    } catch (e) {
      const { line, column } = jsonError(text, e)
      const where = `${name}:${line}:${column}`
      problems.push(
        Problem.make(InForceCodes.actJsonSyntax.raise({ error: "" }), {
          fr: where,
          en: where
        })
      )
      continue
    }
    const documents: ReadonlyArray<unknown> = Array.isArray(json) ? json : [json]
    documents.forEach((doc, i) => {
      const source = Array.isArray(json) ? `${name}[${i}]` : name
      const r = Act.fromDocument(doc, source)
      if (Result.isFailure(r)) problems.push(...r.failure)
      else {
        acts.push(r.success)
        read.push({ source, document: doc })
      }
    })
  }
  if (problems.length === 0) {
    const r = Assembly.assemble({ acts: [...added, ...acts] })
    if (Result.isFailure(r)) problems.push(...r.failure)
    else {
      added.push(...acts)
      addedDocuments.push(...read)
      timeline = r.success
    }
  }
  showProblems(problems)
  if (problems.length === 0) refresh()
  return problems.length === 0
}

const showActs = () => {
  $("#acts").replaceChildren(
    ...timeline.acts.map((a) => {
      const li = document.createElement("li")
      li.dataset.id = a.ref.id
      li.dataset.effectiveDate = a.ref.effectiveDate
      li.textContent = Texts.actInForce(lang, a.ref.label[lang], a.ref.id, a.ref.effectiveDate)
      return li
    })
  )
  $<HTMLButtonElement>("#act-reset").disabled = added.length === 0
}

const actFile = $<HTMLInputElement>("#act-file")
actFile.onchange = async () => {
  const files = [...(actFile.files ?? [])]
  if (files.length === 0) return
  addActs(await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))))
  actFile.value = ""
}
$<HTMLButtonElement>("#act-add").onclick = () => {
  const text = $<HTMLTextAreaElement>("#act-text")
  if (text.value.trim() === "") return
  if (addActs([{ name: Texts.pastedDocument[lang], text: text.value }])) text.value = ""
}
$<HTMLButtonElement>("#act-reset").onclick = () => {
  added.length = 0
  addedDocuments.length = 0
  timeline = Assembly.foundingTimeline()
  showProblems([])
  refresh()
}

// --- the agreement on a date ---------------------------------------------------------------------

const asOf = $<HTMLInputElement>("#as-of")
asOf.value = today
const showAgreement = () => {
  const day = asOf.value || today
  const a = Composition.asOf(timeline, day)
  const status = Lifecycle.statusOn(timeline, day)
  const out = $("#agreement")
  const list = (title: string, items: ReadonlyArray<string>) => {
    const h = document.createElement("h3")
    h.textContent = title
    const ul = document.createElement("ul")
    ul.append(...items.map((t) => Object.assign(document.createElement("li"), { textContent: t })))
    return [h, ul]
  }
  // an element brought in by an act after the text says which one
  const since = (p: Composition.Provenance) =>
    p.since.kind === "agreement" ? "" : ` — ${Texts.since[lang]} ${p.since.label[lang]}`
  const p = document.createElement("p")
  p.id = "agreement-status"
  p.textContent = status.explanation.message[lang]
  out.replaceChildren(
    p,
    ...list(
      Texts.headings.branches[lang],
      a.branches.map(
        (b) => `${b.name[lang]} (IDCC ${b.conventions.map((c) => c.idcc).join(", ")})${since(b.provenance)}`
      )
    ),
    ...list(
      Texts.headings.actionTypes[lang],
      a.actionTypes.map((t) => `${t.label[lang]}${since(t.provenance)}`)
    ),
    ...list(
      Texts.headings.acts[lang],
      a.acts.map((r) => `${r.label[lang]} (${r.id}), ${r.effectiveDate}`)
    )
  )
  $("#agreement-json").textContent = JSON.stringify(Assembly.describe(timeline, day))
}
asOf.oninput = showAgreement

// a new agreement: everything that depends on it is shown again
const refresh = () => {
  showActs()
  renderForm()
  void checkFile()
  showAgreement()
}

refresh()
