// a5#1, by construction: records of every kind, with distinctive values in every field the
// schemas annotate as personal and in unknown fields, valid and invalid, through JSON, NDJSON and
// CSV. No report (text in French and English, JSON in French and English) may contain one of them,
// nor an age computed from a birth date. The rejects file is not a report: it stays with the
// producer, who wrote the records.
import { Examples, Seeded } from "@accord-jeunes/domain/testing"
import { describe, expect, it } from "vitest"
import { Fields, Report, Validator } from "../src/index.js"

type Rng = () => number
const int = (rng: Rng, n: number) => Math.floor(rng() * n)
const pick = <A>(rng: Rng, xs: ReadonlyArray<A>): A => xs[int(rng, xs.length)] as A
const alnum = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
const token = (rng: Rng, n = 9) => Array.from({ length: n }, () => alnum[int(rng, alnum.length)]).join("")
const pad = (n: number) => String(n).padStart(2, "0")

// the public dates of the example records: a personal date is never one of them
const publicDates = new Set(Examples.records.flatMap((r) => JSON.stringify(r).match(/\d{4}-\d{2}-\d{2}/gu) ?? []))

/** A distinctive value for a field, and the texts that must never appear in a report. */
interface Secret {
  readonly value: unknown
  readonly texts: ReadonlyArray<string>
}

// a date between two years (and from a month of the first): in the range a valid record needs
const date = (
  rng: Rng,
  from = 1985,
  to = 2009,
  fromMonth = 1
): { readonly iso: string; readonly texts: ReadonlyArray<string> } => {
  for (;;) {
    const y = from + int(rng, to - from + 1)
    const m = y === from ? fromMonth + int(rng, 13 - fromMonth) : 1 + int(rng, 12)
    const d = 1 + int(rng, 28)
    const iso = `${y}-${pad(m)}-${pad(d)}`
    if (!publicDates.has(iso)) return { iso, texts: [iso, `${pad(d)}/${pad(m)}/${y}`] }
  }
}

// identifying values (they must be refused, a5#1) and plain ones, all distinctive
const identifying = (rng: Rng): string =>
  pick(rng, [
    () => `${token(rng, 6).toLowerCase()}.${token(rng, 5).toLowerCase()}@exemple.fr`,
    () => `06${Array.from({ length: 8 }, () => int(rng, 10)).join("")}`,
    () => `1 ${pad(int(rng, 99))} ${pad(1 + int(rng, 12))} 69 ${100 + int(rng, 899)} ${100 + int(rng, 899)}`
  ])()

// a valid record's dates: a young person of 17 to 24, followed after the example action (2025-03-12)
const validDate = (rng: Rng, field: string) =>
  field === "birthDate" ? date(rng, 2001, 2008) : date(rng, 2025, 2025, 4)

const secretFor = (rng: Rng, field: string, kind: Fields.FieldKind, valid: boolean): Secret => {
  switch (kind) {
    case "date": {
      const d = valid ? validDate(rng, field) : date(rng)
      // an invalid one: a day that does not exist, in the same year and month
      const value = valid ? d.iso : `${d.iso.slice(0, 8)}3${pick(rng, ["2", "3", "5"])}`
      return { value, texts: valid ? d.texts : [...d.texts, value] }
    }
    case "boolean":
      // a yes/no is not distinctive; written wrongly, it is
      if (valid) return { value: rng() < 0.5, texts: [] }
      return { value: `Peut-${token(rng, 6)}`, texts: [] }
    case "list":
    case "json": {
      const a = valid ? date(rng, 2024, 2024, 10) : date(rng)
      const b = valid ? date(rng, 2025, 2025, 4) : date(rng)
      const extra = token(rng)
      const item = valid
        ? { scheme: "cej", startDate: a.iso, endDate: b.iso }
        : {
            scheme: "cej",
            startDate: a.iso < b.iso ? b.iso : a.iso,
            endDate: a.iso < b.iso ? a.iso : b.iso,
            note: extra
          }
      return { value: [item], texts: [...a.texts, ...b.texts, extra] }
    }
    default: {
      if (field === "status" || field === "outcome" || field === "residenceDepartement") {
        // closed lists and public codes: written right, not distinctive; wrong, they are
        if (valid) return { value: undefined, texts: [] }
        const t = `Q${token(rng, 7)}`
        return { value: t, texts: [t] }
      }
      const t = `p-${token(rng)}`
      return valid ? { value: t, texts: [t] } : { value: `${t} ${token(rng, 4)}@`, texts: [t] }
    }
  }
}

const csvCell = (v: unknown, rng: Rng): string => {
  if (v === undefined) return ""
  if (typeof v === "boolean") return v ? pick(rng, ["oui", "true", "1"]) : pick(rng, ["non", "false", "0"])
  if (Array.isArray(v))
    return v.every((x) => typeof x !== "object") ? v.join("|") : `"${JSON.stringify(v).replaceAll('"', '""')}"`
  if (typeof v === "object" && v !== null) return `"${JSON.stringify(v).replaceAll('"', '""')}"`
  const s = String(v)
  // dates in the French way half of the time, as spreadsheets write them
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s)
  if (m !== null && rng() < 0.5) return `${m[3]}/${m[2]}/${m[1]}`
  return /[";\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

interface Case {
  readonly name: string
  readonly text: string
  readonly secrets: ReadonlyArray<string>
}

const makeCase = (seed: number): Case => {
  const rng = Seeded.random(seed)
  const format = pick(rng, ["json", "ndjson", "csv"] as const)
  let ref: string | undefined
  const records = Examples.records.map((record) => {
    const kind = record.kind
    const fields = Fields.of(kind)
    const out: Record<string, unknown> = { ...record }
    const secrets: Array<string> = []
    // two records in five are valid: every value right, no unknown field
    const valid = rng() < 0.4
    for (const name of fields.personal) {
      const type = fields.fields.get(name) ?? "string"
      if (type === "forbidden") {
        // a direct identifier by name: refused (a5#1), never echoed
        if (!valid && rng() < 0.15) {
          const v = token(rng, 7)
          out[name] = v
          secrets.push(v)
        }
        continue
      }
      // the young person of the file, half of the time, so that eligibility is checked
      if (name === "participant" && ref !== undefined && rng() < 0.5) {
        out[name] = ref
        secrets.push(ref)
        continue
      }
      const s = secretFor(rng, name, type, valid || rng() < 0.6)
      if (s.value !== undefined) out[name] = s.value
      secrets.push(...s.texts)
    }
    if (kind === "participant" && typeof out.ref === "string") ref = out.ref
    // unknown fields: none, one or two, identifying or not
    for (let i = 0, n = valid ? 0 : int(rng, 3); i < n; i++) {
      const v = rng() < 0.5 ? identifying(rng) : `${token(rng, 5)} ${token(rng, 6)}`
      out[`x_${token(rng, 5).toLowerCase()}`] = v
      secrets.push(v)
    }
    // the young person's age, derived from the birth date, is personal too
    if (kind === "participant" && typeof out.birthDate === "string") {
      const age = 2025 - Number(out.birthDate.slice(0, 4))
      for (const a of [age - 1, age]) secrets.push(`${a} ans`, `Aged ${a}`)
    }
    return { record: out, secrets }
  })
  if (format !== "csv") {
    const all = records.map((r) => r.record)
    return {
      name: `s${seed}.${format}`,
      text: format === "json" ? JSON.stringify(all, null, 2) : all.map((r) => JSON.stringify(r)).join("\n"),
      secrets: records.flatMap((r) => r.secrets)
    }
  }
  // CSV: the records of one kind (each kind has its own columns; committee meetings have no CSV form)
  const kind = pick(rng, ["action", "participant", "participation", "insertion-outcome", "referent-designation"])
  const rows = records.filter((r) => r.record.kind === kind)
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r.record)))]
  const text = [columns.join(";"), ...rows.map((r) => columns.map((c) => csvCell(r.record[c], rng)).join(";"))].join(
    "\r\n"
  )
  return { name: `s${seed}.csv`, text, secrets: rows.flatMap((r) => r.secrets) }
}

describe("a5#1: no report carries a personal value, an unknown field's value or an age (property)", () => {
  it("the schemas say which fields are personal", () => {
    for (const f of ["ref", "birthDate", "schemes"]) expect(Fields.of("participant").personal.has(f)).toBe(true)
    expect(Fields.of("participation").personal.has("participant")).toBe(true)
    expect(Fields.of("insertion-outcome").personal.has("participant")).toBe(true)
  })

  it("over 300 generated files of every format and kind, valid and invalid", () => {
    let rejected = 0
    let accepted = 0
    for (let seed = 1; seed <= 300; seed++) {
      const c = makeCase(seed)
      const v = Validator.make()
      v.text(c.name, c.text)
      const report = v.finish()
      rejected += report.stats.rejected
      accepted += report.stats.accepted
      const outputs = [
        Report.toText(report, "fr"),
        Report.toText(report, "en"),
        JSON.stringify(Report.toJson(report, "fr")),
        JSON.stringify(Report.toJson(report, "en"))
      ].join("\n")
      for (const secret of c.secrets)
        if (outputs.includes(secret))
          expect.fail(`seed ${seed} (${c.name}): the report shows "${secret}"\n${Report.toText(report, "fr")}`)
    }
    // both outcomes were exercised, in numbers
    expect(rejected).toBeGreaterThan(200)
    expect(accepted).toBeGreaterThan(50)
  })
})
