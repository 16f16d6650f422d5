// The demo: reads the bundled sample records (fictional, with mistakes on purpose), decodes
// each against the shared schemas, and prints the 2024 agreement as in force on a date.
//
//   node demo.ts [--lang fr|en] [--as-of YYYY-MM-DD] [FILE.ndjson]
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Agreement, agreement2024, CalendarDate, Diagnostic, ExchangeRecord, Party } from "@accord-jeunes/domain"
import { Result } from "effect"

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const lang: Diagnostic.Lang = option("--lang") === "en" ? "en" : "fr"
const t = (fr: string, en: string) => (lang === "fr" ? fr : en)
const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"))
const file = positional[0] ?? fileURLToPath(new URL("data/records.ndjson", import.meta.url))

const asOfInput = option("--as-of") ?? new Date().toISOString().slice(0, 10)
const asOf = Diagnostic.decode(CalendarDate.CalendarDate)(asOfInput)
if (Result.isFailure(asOf)) {
  console.error(`--as-of ${asOfInput}: ${asOf.failure.map((d) => d.message[lang]).join("; ")}`)
  process.exit(2)
}

// The agreement -----------------------------------------------------------------------------
const a = agreement2024
const day = asOf.success
const anniversary = `${CalendarDate.year(a.signatureDate) + a.term.durationYears}${a.signatureDate.slice(4)}`
// a7#1: in force from signature for three years. The exact last day (and notice periods) is
// the dates module's to settle; before signature or from the anniversary on it is not in force.
const status =
  day < a.signatureDate
    ? t("pas encore en vigueur", "not yet in force")
    : day < anniversary
      ? t("en vigueur", "in force")
      : t("expiré (durée de trois ans écoulée)", "expired (three-year term elapsed)")

console.log(`${a.title}  [${a.id}]`)
console.log(
  t(`Signé à ${a.signaturePlace} le ${a.signatureDate}`, `Signed in ${a.signaturePlace} on ${a.signatureDate}`)
)
for (const s of a.signatories)
  for (const r of s.representations)
    console.log(
      `  - ${s.party}: ${r.representative.name}, ${r.representative.title}${r.signedByDelegation ? `  (P/O ${r.signedByDelegation.name})` : ""}`
    )
console.log(t(`\nAu ${day} : ${status}`, `\nOn ${day}: ${status}`))
console.log(t("\nBranches engagées (IDCC) :", "\nCommitted branches (IDCC):"))
for (const b of Agreement.branchesOf(a)) console.log(`  - ${b.name[lang]}: ${Party.idccsOf(b).join(", ")}`)
console.log(t("\nTypes d'actions (fiches actions) :", "\nAction types (action sheets):"))
for (const at of a.actionTypes) console.log(`  ${at.rank}. ${at.label[lang]}`)
const national = a.governance.national
console.log(
  t(
    `\n${national.name.fr} : au moins ${national.minimumMeetingsPerYear} réunions par an ; ${national.composition.map((s) => s.label.fr).join(", ")}`,
    `\n${national.name.en}: at least ${national.minimumMeetingsPerYear} meetings a year; ${national.composition.map((s) => s.label.en).join(", ")}`
  )
)
for (const p of a.pendingDecisions) console.log(t(`  En attente : ${p.subject.fr}`, `  Pending: ${p.subject.en}`))

// The sample records ------------------------------------------------------------------------
const decode = Diagnostic.decode(ExchangeRecord.ExchangeRecord)
const lines = readFileSync(file, "utf8").split(/\r?\n/u)
let read = 0
let accepted = 0
const byKind = new Map<string, number>()
const rejected: Array<string> = []
lines.forEach((text, i) => {
  if (text.trim() === "") return
  read++
  const where = `${file.split("/").at(-1)}:${i + 1}`
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    rejected.push(`${where} $ json.syntax ${t("ligne JSON invalide (tronquée ?)", "invalid JSON line (truncated?)")}`)
    return
  }
  const r = decode(json)
  if (Result.isSuccess(r)) {
    accepted++
    byKind.set(r.success.kind, (byKind.get(r.success.kind) ?? 0) + 1)
  } else
    for (const d of r.failure) rejected.push(`${where} ${Diagnostic.formatPath(d.path)} ${d.code} ${d.message[lang]}`)
})
const rejectedRecords = read - accepted
console.log(t(`\nEnregistrements de ${file.split("/").at(-1)} :`, `\nRecords in ${file.split("/").at(-1)}:`))
console.log(
  t(
    `  lus ${read} = acceptés ${accepted} + rejetés ${rejectedRecords}`,
    `  read ${read} = accepted ${accepted} + rejected ${rejectedRecords}`
  )
)
for (const [kind, n] of byKind) console.log(`  ${kind}: ${n}`)
if (rejected.length > 0) {
  console.log(t("\nProblèmes :", "\nProblems:"))
  for (const line of rejected) console.log(`  ${line}`)
}
