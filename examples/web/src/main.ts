// The page: everything runs here, in the browser. Records typed in the form and files chosen
// are checked locally; nothing is sent anywhere (clause a5#1 on confidentiality).
import { agreement2024, ExchangeRecord, InsertionOutcome, Territory } from "@accord-jeunes/domain"
import { Lifecycle } from "@accord-jeunes/engine"
import { Composition } from "@accord-jeunes/plugin-sdk"
import { Report, Validator } from "@accord-jeunes/validation"

const timeline = Composition.composeOrThrow({ base: agreement2024 })
const today = new Date().toISOString().slice(0, 10)
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

const inForce = () => Composition.asOf(timeline, today)
const forms: Record<"action" | "insertion-outcome", ReadonlyArray<Field>> = {
  action: [
    { name: "id", label: "Identifiant de l'action", hint: "ex. act-2025-001" },
    {
      name: "actionType",
      label: "Type d'action",
      options: inForce().actionTypes.map((t) => [t.id, t.label.fr] as const)
    },
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
      hint: `séparées par des virgules : ${inForce()
        .branches.map((b) => b.id)
        .join(", ")}`,
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
}

let kind: keyof typeof forms = "action"

const renderForm = () => {
  const form = $<HTMLFormElement>("#record-form")
  form.replaceChildren(
    ...forms[kind].map((f) => {
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
    ...(kind === "action" ? { agreement: agreement2024.id } : {})
  }
  for (const f of forms[kind]) {
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
  const fieldOf = (i: (typeof problems)[number]) => /^\$\.([A-Za-z]+)/.exec(i.field ?? "")?.[1]
  for (const f of forms[kind]) {
    const mine = problems.filter((i) => fieldOf(i) === f.name)
    const input = document.getElementById(`f-${f.name}`) as HTMLInputElement
    // a message under a field once it has been filled in (or the whole form was typed into)
    const show = mine.length > 0 && (input.value.trim() !== "" || touched)
    input.setAttribute("aria-invalid", String(show))
    $(`#e-${f.name}`).textContent = show ? mine.map((i) => i.message.fr).join(" ; ") : ""
  }
  const errors = problems.filter((i) => i.severity === "error")
  const general = problems.filter((i) => fieldOf(i) === undefined || !forms[kind].some((f) => f.name === fieldOf(i)))
  const status = $("#form-status")
  status.className = errors.length === 0 ? "ok" : "ko"
  status.textContent =
    errors.length === 0
      ? "Enregistrement valide : conforme au schéma et à l'accord en vigueur à sa date."
      : `${errors.length} problème(s) à corriger${general.length > 0 ? ` : ${general.map((i) => i.message.fr).join(" ; ")}` : ""}`
}

for (const tab of document.querySelectorAll<HTMLButtonElement>(".tabs button"))
  tab.onclick = () => {
    kind = tab.dataset.kind as typeof kind
    touched = false
    for (const t of document.querySelectorAll(".tabs button")) t.setAttribute("aria-selected", String(t === tab))
    renderForm()
  }

// --- files: the whole validation, locally --------------------------------------------------------

const fileKind = $<HTMLSelectElement>("#file-kind")
fileKind.append(...ExchangeRecord.kinds.map((k) => new Option(k, k)))

const checkFile = async () => {
  const file = $<HTMLInputElement>("#file").files?.[0]
  if (file === undefined) return
  const bytes = new Uint8Array(await file.arrayBuffer())
  const v = Validator.make({
    timeline,
    ...(fileKind.value === "" ? {} : { kind: fileKind.value as ExchangeRecord.Kind })
  })
  v.bytes(file.name, bytes)
  const report = Report.toJson(v.finish(), "fr")
  const summary = $("#file-summary")
  summary.className = report.valid ? "ok" : "ko"
  summary.textContent = `${file.name} : ${report.stats.read} enregistrement(s) lu(s), ${report.stats.accepted} accepté(s), ${report.stats.rejected} rejeté(s), ${report.stats.warnings} alerte(s)`
  const table = $<HTMLTableElement>("#report")
  table.hidden = report.issues.length === 0
  table.tBodies[0]?.replaceChildren(
    ...report.issues.map((i) => {
      const tr = document.createElement("tr")
      tr.className = i.severity
      for (const cell of [
        String(i.line ?? "—"),
        i.field ?? "—",
        i.severity === "error" ? "erreur" : "alerte",
        i.message + (i.value === undefined ? "" : ` (« ${i.value} »)`),
        i.code
      ]) {
        const td = document.createElement("td")
        td.textContent = cell
        tr.append(td)
      }
      return tr
    })
  )
}
$<HTMLInputElement>("#file").onchange = checkFile
fileKind.onchange = checkFile

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
  const p = document.createElement("p")
  p.id = "agreement-status"
  p.textContent = status.explanation.message.fr
  out.replaceChildren(
    p,
    ...list(
      "Branches",
      a.branches.map((b) => `${b.name.fr} (IDCC ${b.conventions.map((c) => c.idcc).join(", ")})`)
    ),
    ...list(
      "Types d'actions",
      a.actionTypes.map((t) => t.label.fr)
    )
  )
}
asOf.oninput = showAgreement

renderForm()
showAgreement()
