// The age rule whatever the order of the records and of the files: a participation is checked
// against its young person's record wherever it is in the files read whole (CSV, JSON, NDJSON
// given whole, a workbook's sheets), its issue at its own file and line; a file read line by line
// keeps its flat memory (only the young person just read), and what could not be checked is said
// in one notice, with its exact count.
import { Examples, Seeded } from "@accord-jeunes/domain/testing"
import { describe, expect, it } from "vitest"
import { Csv, Report, Validator } from "../src/index.js"

type Json = Record<string, unknown>

const action = Examples.action as Json
const person = (ref: string, birthDate: string, more: Json = {}): Json => ({
  ...Examples.with("participant", { ref, birthDate, schemes: undefined }),
  ...more
})
// each young person's participations in the example action (2025-03-12)
const participation = (id: string, participant: string): Json =>
  Examples.with("participation", { id, participant, endDate: undefined }) as Json

// born 1980 and 2020: outside 16-25 (warnings); 1990 and in a CEJ entered at 35: an error; 1999
// and out of a PACEA that ended in 2020: a warning (were its end lost, an error); 1997 with an
// RQTH in a CEJ: within (were the RQTH lost, a warning); 2006: within
const participants = [
  person("p-old-1980", "1980-06-01"),
  person("p-kid-2020", "2020-06-01"),
  person("p-fine-2006", "2006-04-12"),
  person("p-cej-1990", "1990-01-01", { schemes: [{ scheme: "cej", startDate: "2025-01-06" }] }),
  person("p-pacea-1999", "1999-01-01", {
    schemes: [{ scheme: "pacea", startDate: "2016-02-01", endDate: "2020-01-01" }]
  }),
  person("p-rqth-1997", "1997-01-01", { rqth: true, schemes: [{ scheme: "cej", startDate: "2025-01-06" }] })
]
const participations = [
  participation("pt-old", "p-old-1980"),
  participation("pt-kid-1", "p-kid-2020"),
  participation("pt-fine", "p-fine-2006"),
  participation("pt-kid-2", "p-kid-2020"),
  participation("pt-cej", "p-cej-1990"),
  participation("pt-pacea", "p-pacea-1999"),
  participation("pt-rqth", "p-rqth-1997")
]
const expected = [
  "pt-cej eligibility.scheme-age",
  "pt-kid-1 eligibility.age",
  "pt-kid-2 eligibility.age",
  "pt-old eligibility.age",
  "pt-pacea eligibility.age"
]
// the records grouped by young person, as exports are written
const grouped: ReadonlyArray<Json> = [
  action,
  ...participants.flatMap((p) => [p, ...participations.filter((x) => x.participant === p.ref)])
]

/** A file of records: its name, its text, and which record starts on which line. */
interface File {
  readonly name: string
  readonly text: string
  readonly at: ReadonlyArray<readonly [number, string]>
}
const idOf = (r: Json) => String(r.id ?? r.ref)
const ndjson = (name: string, rs: ReadonlyArray<Json>): File => ({
  name,
  text: `${rs.map((r) => JSON.stringify(r)).join("\n")}\n`,
  at: rs.map((r, i) => [i + 1, idOf(r)])
})
const json = (name: string, rs: ReadonlyArray<Json>): File => ({
  name,
  text: `[\n${rs.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`,
  at: rs.map((r, i) => [i + 2, idOf(r)])
})
// a CSV of several kinds: every field a column, the cells of another kind's fields empty
const cellOf = (v: unknown): string => {
  const s = Array.isArray(v)
    ? v.every((x) => typeof x === "string")
      ? v.join("|")
      : JSON.stringify(v)
    : v === undefined
      ? ""
      : String(v)
  return /[;"\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}
const csvRows = (rs: ReadonlyArray<Json>): Array<Array<string>> => {
  const columns = [...new Set(rs.flatMap((r) => Object.keys(r)))]
  return [columns, ...rs.map((r) => columns.map((c) => cellOf(r[c])))]
}
const csv = (name: string, rs: ReadonlyArray<Json>): File => ({
  name,
  text: `${csvRows(rs)
    .map((cells) => cells.join(";"))
    .join("\r\n")}\r\n`,
  at: rs.map((r, i) => [i + 2, idOf(r)])
})

type Feed = (v: Validator.Validator, f: File) => void
const whole: Feed = (v, f) => {
  v.text(f.name, f.text)
}
const streamed: Feed = (v, f) => {
  const s = v.stream(f.name)
  s.push(new TextEncoder().encode(f.text))
  s.end()
}
// a workbook's sheet, given row by row as the workbook reader gives it
const sheet: Feed = (v, f) => {
  const t = v.table(f.name, "xlsx")
  for (const row of Csv.parse(f.text).rows) t.row(row)
  t.end()
}

interface Run {
  readonly report: Report.Report
  // each issue of a record as `id code`, sorted; the others as `code`
  readonly keys: ReadonlyArray<string>
  readonly accepted: ReadonlyArray<string>
  readonly rejected: ReadonlyArray<string>
}
const run = (files: ReadonlyArray<readonly [File, Feed]>, options: Validator.Options = {}): Run => {
  const where = new Map(files.flatMap(([f]) => f.at.map(([line, id]) => [`${f.name}:${line}`, id] as const)))
  const accepted: Array<string> = []
  const rejected: Array<string> = []
  const v = Validator.make({
    ...options,
    onAccepted: (_r, w) => accepted.push(where.get(`${w.file}:${w.line}`) ?? "?"),
    onRejected: (_raw, w, issues) =>
      rejected.push(`${where.get(`${w.file}:${w.line}`) ?? "?"} ${issues.map((i) => i.code).join(",")}`)
  })
  for (const [f, feed] of files) feed(v, f)
  const report = v.finish()
  const keys = report.issues
    .filter((i) => i.code !== "csv.schema-version-assumed")
    .map((i) => (i.line === undefined ? i.code : `${where.get(`${i.file}:${i.line}`) ?? "?"} ${i.code}`))
  return { report, keys: keys.sort(), accepted: accepted.sort(), rejected: rejected.sort() }
}
const ageKeys = (r: Run) => r.keys.filter((k) => k.includes("eligibility."))

const formats = { ndjson, json, csv } as const
const participantsFirst = [action, ...participants, ...participations]
const participationsFirst = [action, ...participations, ...participants]
// a young person's records in any order (a CSV holds no action beside them: an action's
// `missionLocales` and a participant's `missionLocale` are one column)
const people = grouped.filter((r) => r !== action)
const peopleOrders = [
  people,
  [...participants, ...participations],
  [...participations, ...participants],
  [...people].reverse(),
  ...[1, 2, 3].map((s) => Seeded.shuffled(people, s))
]

describe("the age rule whatever the order of a file's records", () => {
  const baseline = run([[ndjson("grouped.ndjson", grouped), whole]])

  it("grouped, the rule gives its warnings and its error (the baseline)", () => {
    expect(ageKeys(baseline)).toEqual(expected)
    expect(baseline.report.stats).toMatchObject({ read: 14, accepted: 13, rejected: 1, warnings: 4 })
    expect(baseline.rejected).toEqual(["pt-cej eligibility.scheme-age"])
  })

  for (const [format, write] of Object.entries(formats))
    it(`${format} read whole: the same issues, counts and verdicts in any order`, () => {
      for (const order of peopleOrders) {
        const r = run([
          [write(`actions.${format}`, [action]), whole],
          [write(`a.${format}`, order), whole]
        ])
        expect(r.keys).toEqual(baseline.keys)
        expect(r.report.stats).toEqual(baseline.report.stats)
        expect(r.report.valid).toBe(false)
        expect(r.accepted).toEqual(baseline.accepted)
        expect(r.rejected).toEqual(baseline.rejected)
      }
    })

  it("ndjson and json read whole, the action among the records: the same in any order", () => {
    const orders = [participantsFirst, participationsFirst, [...grouped].reverse(), Seeded.shuffled(grouped, 4)]
    for (const write of [ndjson, json])
      for (const order of orders) {
        const r = run([[write("a", order), whole]])
        expect(r.keys).toEqual(baseline.keys)
        expect(r.report.stats).toEqual(baseline.report.stats)
      }
  })

  it("a participation read before its young person: its issue at its own file and line", () => {
    const f = ndjson("late.ndjson", participationsFirst)
    const r = run([[f, whole]])
    const kid = r.report.issues.filter((i) => i.code === "eligibility.age")
    const lines = new Map(f.at.map(([line, id]) => [id, line]))
    expect(kid.map((i) => [i.file, i.line, i.path])).toEqual(
      expect.arrayContaining([
        ["late.ndjson", lines.get("pt-kid-1"), "$.startDate"],
        ["late.ndjson", lines.get("pt-kid-2"), "$.startDate"]
      ])
    )
    expect(r.report.files[0]).toMatchObject({ read: 14, accepted: 13, rejected: 1, warnings: 4 })
  })
})

describe("the age rule whatever the order of the files", () => {
  const baseline = run([[ndjson("grouped.ndjson", grouped), whole]])
  const split = (write: (name: string, rs: ReadonlyArray<Json>) => File) => ({
    actions: write("actions", [action]),
    people: write("jeunes", participants),
    taking: write("participations", participations)
  })

  for (const [format, write] of Object.entries(formats))
    it(`${format} files read whole, in every order of the files`, () => {
      const { actions, people, taking } = split((n, rs) => write(`${n}.${format}`, rs))
      const orders = [
        [actions, people, taking],
        [actions, taking, people],
        [taking, people, actions],
        [people, taking, actions],
        [taking, actions, people]
      ]
      for (const order of orders) {
        const r = run(order.map((f) => [f, whole] as const))
        expect(ageKeys(r)).toEqual(expected)
        expect(r.report.stats).toEqual(baseline.report.stats)
        expect(r.rejected).toEqual(baseline.rejected)
      }
    })

  it("a workbook's sheets (Validator.table): participants on one sheet, participations on another, in either order", () => {
    const { actions, people, taking } = split((n, rs) => csv(`book.xlsx › ${n}`, rs))
    for (const order of [
      [actions, people, taking],
      [actions, taking, people],
      [taking, people, actions]
    ]) {
      const r = run(order.map((f) => [f, sheet] as const))
      expect(ageKeys(r)).toEqual(expected)
      expect(r.report.stats).toEqual(baseline.report.stats)
      expect(r.accepted).toEqual(baseline.accepted)
      expect(r.rejected).toEqual(baseline.rejected)
    }
  })

  it("a participation read line by line is checked against a young person of a file read whole", () => {
    const r = run([
      [csv("jeunes.csv", participants), whole],
      [ndjson("participations.ndjson", [action, ...participations]), streamed]
    ])
    expect(ageKeys(r)).toEqual(expected)
  })

  it("a participation read whole waits for its young person, even one read line by line after it", () => {
    const r = run([
      [csv("participations.csv", [action, ...participations]), whole],
      [ndjson("jeunes.ndjson", participants), streamed]
    ])
    expect(ageKeys(r)).toEqual(expected)
    expect(r.rejected).toEqual(baseline.rejected)
  })
})

describe("a file read line by line keeps only the young person just read", () => {
  it("grouped: as before, the same issues as the file read whole and no notice", () => {
    const f = ndjson("grouped.ndjson", grouped)
    const line = run([[f, streamed]])
    const all = run([[f, whole]])
    expect(line.report).toEqual(all.report)
    expect(ageKeys(line)).toEqual(expected)
  })

  it("the participations it could not check are counted, exactly, in one notice", () => {
    // 7 participations before their young people: none checked; 7 again in a second file whose
    // young people were read line by line in another: they are not kept
    const r = run([
      [ndjson("a.ndjson", participationsFirst), streamed],
      [ndjson("jeunes.ndjson", participants), streamed],
      [ndjson("participations.ndjson", participations), streamed]
    ])
    expect(ageKeys(r)).toEqual(["eligibility.age-not-checked"])
    const notice = r.report.issues.filter((i) => i.code === "eligibility.age-not-checked")
    expect(notice).toHaveLength(1)
    expect(notice[0]).toMatchObject({ severity: "warning", clause: "pre#2", file: "" })
    expect(notice[0]?.line).toBeUndefined()
    expect(notice[0]?.message.fr).toContain("pour 14 participation(s) : 14 dans un fichier lu ligne à ligne")
    expect(notice[0]?.message.en).toContain("for 14 participation(s): 14 in a file read line by line")
    // a notice of the report, no file's warning; the records are accepted as before
    expect(r.report.stats).toMatchObject({ rejected: 0, warnings: 0 })
    expect(r.report.valid).toBe(true)
  })

  it("a young person interleaved with another's records: only the participations apart are counted", () => {
    const [old, kid] = participants as [Json, Json]
    const r = run([
      [
        ndjson("mixed.ndjson", [
          action,
          old,
          participation("pt-1", "p-old-1980"),
          kid,
          participation("pt-2", "p-old-1980"),
          participation("pt-3", "p-kid-2020")
        ]),
        streamed
      ]
    ])
    expect(ageKeys(r)).toEqual(["eligibility.age-not-checked", "pt-1 eligibility.age", "pt-3 eligibility.age"])
    const notice = r.report.issues.find((i) => i.code === "eligibility.age-not-checked")
    expect(notice?.message.en).toBe(
      "Age not checked (eligibility.age) for 1 participation(s): 1 in a file read line by line whose young person was not the one last read (their records do not follow each other)"
    )
  })
})

describe("participations whose young person is nowhere, or rejected", () => {
  it("are counted in the notice, once, with what to do", () => {
    const r = run([
      [
        ndjson("a.ndjson", [
          action,
          participation("pt-nobody", "p-nobody-1"),
          // a young person whose record is rejected (a date that is no date): not checked either
          person("p-bad-date", "2006-02-30"),
          participation("pt-bad", "p-bad-date"),
          participation("pt-nobody-2", "p-nobody-2")
        ]),
        whole
      ]
    ])
    const notices = r.report.issues.filter((i) => i.code === "eligibility.age-not-checked")
    expect(notices).toHaveLength(1)
    expect(notices[0]?.message.fr).toBe(
      "Âge non vérifié (eligibility.age) pour 3 participation(s) : 3 dont l'enregistrement du jeune n'a pas été trouvé (absent des fichiers, rejeté, ou seulement dans un fichier lu ligne à ligne avant elles)"
    )
    // the participations themselves are accepted, at finish, as they would be grouped
    expect(r.accepted).toEqual(expect.arrayContaining(["pt-bad", "pt-nobody", "pt-nobody-2"]))
    expect(r.report.stats).toMatchObject({ read: 5, accepted: 4, rejected: 1 })
  })

  it("both reasons in one notice, counts exact", () => {
    const r = run([
      [ndjson("line.ndjson", [action, participation("pt-a", "p-old-1980"), participants[0] as Json]), streamed],
      [ndjson("whole.ndjson", [participation("pt-b", "p-nobody-1")]), whole]
    ])
    const notice = r.report.issues.find((i) => i.code === "eligibility.age-not-checked")
    expect(notice?.message.en).toBe(
      "Age not checked (eligibility.age) for 2 participation(s): 1 in a file read line by line whose young person was not the one last read (their records do not follow each other); 1 whose young person's record was not found (in no file, rejected, or only in a file read line by line before them)"
    )
  })

  it("the notice is listed whatever the list's limit", () => {
    const r = run(
      [[ndjson("a.ndjson", [action, ...participations, participation("pt-x", "p-nobody-1"), ...participants]), whole]],
      { maxIssues: 2 }
    )
    expect(r.report.issues.map((i) => i.code)).toEqual([
      expect.any(String),
      expect.any(String),
      "eligibility.age-not-checked",
      "report.truncated"
    ])
  })
})

describe("personal data (a5#1)", () => {
  it("no reference, birth date nor age in any message, the notice's included", () => {
    const r = run([
      [ndjson("a.ndjson", [...participationsFirst, participation("pt-x", "p-nobody-1")]), whole],
      [ndjson("b.ndjson", participationsFirst), streamed]
    ])
    expect(r.report.issues.some((i) => i.code === "eligibility.age-not-checked")).toBe(true)
    const texts = (["fr", "en"] as const).flatMap((lang) => [
      Report.toText(r.report, lang),
      JSON.stringify(Report.toJson(r.report, lang))
    ])
    const secrets = [
      ...participants.flatMap((p) => [String(p.ref), String(p.birthDate)]),
      "p-nobody-1",
      "2016-02-01",
      "2020-01-01",
      // the ages of the young people on the day
      " 45 ",
      " 4 ans",
      "aged 4"
    ]
    for (const t of texts) for (const s of secrets) expect(t).not.toContain(s)
  })
})
