// Report periods on the command line (docs/dates.md, "Report periods"): --agreement-year and
// --year are resolved against the agreement in force on --as-of, a period it does not have is a
// usage error in French and English, and no option gives the last agreement year ended.
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { describe, expect, it } from "vitest"
import { run } from "../src/index.js"

const dir = mkdtempSync(join(tmpdir(), "cli-period-"))

const cli = async (argv: ReadonlyArray<string>) => {
  let out = ""
  let err = ""
  const code = await run(argv, {
    stdout: (t) => {
      out += t
    },
    stderr: (t) => {
      err += t
    },
    stdin: () => Readable.from([Buffer.from("")]),
    interactive: false
  })
  return { code, out, err }
}

const agreement = "accord-cadre-jeunes-2024"
const everyone = ["state", "unml", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"]
const meeting = (id: string, date: string, setsIndicators = false) => ({
  kind: "committee-meeting",
  schemaVersion: "1.0.0",
  id,
  agreement,
  body: { level: "national" },
  date,
  attendance: everyone.map((party) => ({ party, present: true })),
  decisions: setsIndicators ? [{ id: `${id}-d1`, summary: "Indicateurs arrêtés (fictif)", setsIndicators }] : [],
  outputs: []
})
const designation = (party: string, level: "national" | "regional", region?: string) => ({
  kind: "referent-designation",
  schemaVersion: "1.0.0",
  id: `ref-${party.replace(":", "-")}-${region ?? "fr"}`,
  agreement,
  party,
  level,
  ...(region === undefined ? {} : { region }),
  from: "2024-10-01"
})
// two national meetings in year 1 (the first sets the indicators), one in year 2; national referents for all but UNML, AKTO's
// regional correspondent in Auvergne-Rhône-Alpes only
const records = join(dir, "governance.ndjson")
writeFileSync(
  records,
  `${[
    meeting("copil-1", "2024-12-10", true),
    meeting("copil-2", "2025-06-20"),
    meeting("copil-3", "2026-03-10"),
    ...everyone.filter((p) => p !== "unml").map((p) => designation(p, "national")),
    designation("akto", "regional", "84")
  ]
    .map((r) => JSON.stringify(r))
    .join("\n")}\n`
)

// a7#3, a7#4: asked by UNML, received by all on 15 January 2026: last day 15 April 2026
const termination = join(dir, "termination.json")
writeFileSync(
  termination,
  JSON.stringify({
    kind: "termination",
    agreement,
    requestedBy: "unml",
    requestDate: "2026-01-05",
    receipts: everyone.filter((p) => p !== "unml").map((party) => ({ party, receivedOn: "2026-01-15" }))
  })
)
// a7#1, a7#2: the term made four years long from 1 March 2025, signed by every party bound
const fourYears = join(dir, "four-years.json")
writeFileSync(
  fourYears,
  JSON.stringify({
    kind: "amendment",
    agreement,
    number: 2,
    title: { fr: "Avenant n°2 : quatre ans (fictif)", en: "Amendment no. 2: four years (fictional)" },
    signatureDate: "2025-01-15",
    effectiveDate: "2025-03-01",
    signatories: everyone.map((party) => ({
      party,
      representations: [{ representative: { name: "Signataire fictif", title: "Président(e)" } }]
    })),
    operations: [{ op: "clause-amended", clause: "a7#1", parameters: { "duration-years": 4 } }]
  })
)

const governance = (...args: ReadonlyArray<string>) => cli(["governance", records, "--no-config", ...args])
const report = (...args: ReadonlyArray<string>) => cli(["report", records, "--no-config", "--format", "json", ...args])

describe("periods the agreement does not have are usage errors (a7#1)", () => {
  it("a7#1: governance --agreement-year 9 exits 2 naming the years there are, in French", async () => {
    const r = await governance("--agreement-year", "9", "--as-of", "2025-10-01")
    expect(r).toEqual({
      code: 2,
      out: "",
      err: "--agreement-year : Année de l'accord 9 : un entier de 1 à 3 attendu ; l'accord en vigueur au 2025-10-01 compte 3 année(s), du 16 septembre 2024 au 15 septembre 2027 (clause a7#1) [period.agreement-year-out-of-range]\n"
    })
  })
  it("a7#1: report --agreement-year 9 exits 2 with the same message, in English", async () => {
    const r = await report("--agreement-year", "9", "--as-of", "2025-10-01", "--lang", "en")
    expect(r).toEqual({
      code: 2,
      out: "",
      err: "--agreement-year: Agreement year 9: a whole number from 1 to 3 expected; the agreement in force on 2025-10-01 has 3 year(s), from 16 September 2024 to 15 September 2027 (clause a7#1) [period.agreement-year-out-of-range]\n"
    })
  })
  it("a7#1: agreement year 0 and a number that is not one are refused", async () => {
    expect((await governance("--agreement-year", "0", "--as-of", "2025-10-01")).err).toMatch(
      /^--agreement-year : Année de l'accord 0 : un entier de 1 à 3 attendu/u
    )
    expect(await governance("--agreement-year", "1.5", "--as-of", "2025-10-01", "--lang", "en")).toMatchObject({
      code: 2,
      err: '--agreement-year: an agreement year number expected (1, 2, 3…), got "1.5" [usage.agreement-year-invalid]\n'
    })
  })
  it("a7#1: --year 2 is refused instead of printing 0002-12-31, and --year abc still is", async () => {
    expect(await report("--year", "2", "--as-of", "2025-10-01")).toEqual({
      code: 2,
      out: "",
      err: "--year : une année à quatre chiffres attendue (ex. 2025), reçu « 2 » [usage.year-invalid]\n"
    })
    expect(await governance("--year", "abc", "--as-of", "2025-10-01", "--lang=en")).toMatchObject({
      code: 2,
      err: '--year: a four-digit year expected (e.g. 2025), got "abc" [usage.year-invalid]\n'
    })
  })
  it("a7#1: a calendar year with no day within the term is refused, naming the years there are", async () => {
    const r = await governance("--year", "2028", "--as-of", "2025-10-01", "--lang", "en")
    expect(r.code).toBe(2)
    expect(r.err).toBe(
      "--year: Calendar year 2028 has no day within the agreement's term (calendar years 2024 to 2027): the agreement in force on 2025-10-01 runs from 16 September 2024 to 15 September 2027 (clause a7#1) [period.calendar-year-outside-term]\n"
    )
  })
  it("--agreement-year and --year together are refused", async () => {
    const r = await governance("--agreement-year", "1", "--year", "2025", "--as-of", "2025-10-01", "--lang", "en")
    expect(r).toMatchObject({
      code: 2,
      err: "--agreement-year and --year exclude each other: one period at a time [usage.periods-exclusive]\n"
    })
  })
})

describe("periods follow the agreement in force on the report day", () => {
  it("a7#1, a7#2: with an amendment making the term four years, year 4 exists from the day it takes effect", async () => {
    const before = await governance(
      "--act",
      fourYears,
      "--agreement-year",
      "4",
      "--as-of",
      "2025-02-28",
      "--lang",
      "en"
    )
    expect(before.code).toBe(2)
    expect(before.err).toContain("Agreement year 4: a whole number from 1 to 3 expected")
    const after = await governance("--act", fourYears, "--agreement-year", "4", "--as-of", "2025-03-01", "--lang", "en")
    expect(after.out.split("\n")[0]).toBe(
      "Period: agreement year 4 (16 September 2027 – 15 September 2028) — not started [2027-09-16 → 2028-09-15], findings as of 2025-03-01"
    )
  })
  it("a7#4: a termination cuts the last year short, and year 3 no longer exists", async () => {
    const cut = await governance("--act", termination, "--agreement-year", "2", "--as-of", "2026-05-01")
    expect(cut.out.split("\n")[0]).toBe(
      "Période : année 2 de l'accord, écourtée par la résiliation (16 septembre 2025 – 15 avril 2026) [2025-09-16 → 2026-04-15], constats au 2026-05-01"
    )
    const gone = await governance("--act", termination, "--agreement-year", "3", "--as-of", "2026-05-01")
    expect(gone.code).toBe(2)
    expect(gone.err).toContain("compte 2 année(s), du 16 septembre 2024 au 15 avril 2026")
  })
  it("a4#3: a calendar year is cut to the term and its label says so", async () => {
    const r = await governance("--year", "2024", "--as-of", "2025-10-01", "--lang", "en")
    expect(r.out.split("\n")[0]).toBe(
      "Period: calendar year 2024, limited to the agreement's term (16 September 2024 – 31 December 2024) [2024-09-16 → 2024-12-31], findings as of 2025-10-01"
    )
    expect(r.out).toContain(
      "1 national committee meeting(s) from 2024-09-16 to 2024-12-31 (at least 2 expected) [a4#3]"
    )
  })
})

describe("without a period option, the last agreement year ended (a4#4)", () => {
  it("a4#4: before the first year ends, governance checks year 1, under way, with warnings only", async () => {
    const r = await governance("--as-of", "2025-03-01")
    expect(r.out.split("\n")[0]).toBe(
      "Période : année 1 de l'accord (16 septembre 2024 – 15 septembre 2025) — en cours [2024-09-16 → 2025-09-15], constats au 2025-03-01"
    )
    expect(r.out).toContain(
      "⚠ Le comité n'a pas produit le rapport annuel sur la période [a4#4] [governance.annual-report]"
    )
    // what is dated after the report day has not happened: counted through 2025-03-01
    expect(r.out).toContain(
      "⚠ Aucun comité régional tenu du 2024-09-16 au 2025-03-01 dans les 18 région(s) (1 attendu(s) par région) [a4.1#2] [governance.regional-committee]"
    )
    expect(r.out).toContain(
      "⚠ 1 réunion(s) du comité national du 2024-09-16 au 2025-03-01 (au moins 2 attendues) [a4#3] [governance.national-meetings]"
    )
    // national referents are due from the start: missing ones are errors whatever the period; one
    // correspondent per party and region is the project's reading of a4.1#1: a warning, always
    expect(r.out.trim().split("\n").at(-2)).toBe("1 manquement(s), 5 alerte(s)")
    expect(r.code).toBe(1)
  })
  it("a4#4: after year 2 ends, governance and report cover year 2", async () => {
    const g = await governance("--as-of", "2026-10-01", "--lang", "en")
    expect(g.out.split("\n")[0]).toBe(
      "Period: agreement year 2 (16 September 2025 – 15 September 2026) [2025-09-16 → 2026-09-15], findings as of 2026-10-01"
    )
    expect(g.out).toContain(
      "✗ 1 national committee meeting(s) from 2025-09-16 to 2026-09-15 (at least 2 expected) [a4#3] [governance.national-meetings]"
    )
    const r = await report("--as-of", "2026-10-01")
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).period).toMatchObject({
      kind: "agreement-year",
      index: 2,
      start: "2025-09-16",
      end: "2026-09-15",
      status: "ended"
    })
  })
})

describe("governance findings for people (a3#2, a4.1#1, a4.1#2)", () => {
  it("a3#2, a4.1#1, a4.1#2: one line per rule, parties and regions by name, never by id", async () => {
    const r = await governance("--agreement-year", "1", "--as-of", "2025-10-01")
    const lines = r.out.trim().split("\n")
    expect(lines.filter((l) => l.includes("[a3#2]"))).toEqual([
      "✗ 1 partie(s) signataire(s) sur 6 sans référent national au 2025-09-15 : l'UNML [a3#2] [governance.national-referent]"
    ])
    expect(lines.filter((l) => l.includes("[a4.1#1]"))).toEqual([
      // a warning once the period has ended too: the project's reading, said in the message
      "⚠ Correspondants régionaux manquants au 2025-09-15 pour 6 partie(s) signataire(s) sur 6 — l'État (DGEFP) : toutes les régions (18) ; l'UNML : toutes les régions (18) ; AKTO : 17 régions sur 18, toutes sauf Auvergne-Rhône-Alpes ; la branche Commerces de gros : toutes les régions (18) ; la branche Hôtels, cafés, restaurants : toutes les régions (18) ; la branche Travail mécanique du bois / exploitations forestières et scieries agricoles : toutes les régions (18) (un par partie et par région : lecture du projet, pas une exigence du texte) [a4.1#1] [governance.regional-referents]"
    ])
    expect(lines.filter((l) => l.includes("[a4.1#2]"))).toEqual([
      "✗ Aucun comité régional tenu du 2024-09-16 au 2025-09-15 dans les 18 région(s) (1 attendu(s) par région) [a4.1#2] [governance.regional-committee]"
    ])
    expect(r.out).not.toMatch(/branch:|\bstate\b|\bunml\b|\bakto\b/u)
    // the period, nine findings (two meetings), the summary, where the codes are explained
    expect(lines).toHaveLength(12)
    expect(lines.at(-2)).toBe("4 manquement(s), 1 alerte(s)")
    expect(lines.at(-1)).toBe(
      "Codes expliqués : https://github.com/accord-jeunes/accord-jeunes/blob/main/docs/codes.md"
    )
    expect(r.code).toBe(1)
  })
  it("a3#2: the JSON output keeps ids in the facts", async () => {
    const r = await governance("--agreement-year", "1", "--as-of", "2025-10-01", "--json")
    const json = JSON.parse(r.out)
    expect(json.period.label).toEqual({
      fr: "année 1 de l'accord (16 septembre 2024 – 15 septembre 2025)",
      en: "agreement year 1 (16 September 2024 – 15 September 2025)"
    })
    const national = json.findings.find((f: { rule: string }) => f.rule === "governance.national-referent")
    expect(national.explanation.facts.missing).toEqual(["unml"])
  })
})
