import { agreement2024 } from "@accord-jeunes/domain"
import { Examples } from "@accord-jeunes/domain/testing"
import {
  Composition,
  defineAmendment,
  defineBranchPlugin,
  defineTermination,
  SdkVersion
} from "@accord-jeunes/plugin-sdk"
import { describe, expect, it } from "vitest"
import { Csv, Input, Report, Validator } from "../src/index.js"

const enc = (s: string) => new TextEncoder().encode(s)
const run = (name: string, content: string | Uint8Array, options: Validator.Options = {}) => {
  const v = Validator.make(options)
  if (typeof content === "string") v.text(name, content)
  else v.bytes(name, content)
  return v.finish()
}
const codes = (r: Report.Report) => r.issues.map((i) => `${i.line ?? "-"} ${i.path ?? "$"} ${i.code}`)
const reconciles = (r: Report.Report) => expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected)

// the domain's example action, with one company (SIRET) and no end date, as the CSV rows below
const action = Examples.with("action", { id: "act-1", endDate: undefined, companies: ["73282932000074"] })
const line = (o: object) => JSON.stringify(o)

describe("NDJSON and JSON", () => {
  it("accepts valid records and counts them", () => {
    const r = run("a.ndjson", `${line(action)}\n${line({ ...action, id: "act-2" })}\n`)
    expect(r.valid).toBe(true)
    expect(r.stats).toEqual({ read: 2, accepted: 2, rejected: 0, warnings: 0, blank: 0 })
  })
  it("locates each problem by file, line and field, and keeps values that are not personal", () => {
    const r = run("a.ndjson", `${line(action)}\n${line({ ...action, companies: ["73282932000075"] })}\n`)
    expect(r.issues).toEqual([
      {
        code: "siret.checksum",
        severity: "error",
        file: "a.ndjson",
        line: 2,
        path: "$.companies[0]",
        message: expect.objectContaining({ fr: expect.stringContaining("SIRET") }),
        value: "73282932000075"
      }
    ])
    reconciles(r)
  })
  it("a5#1: never copies a personal value into the report", () => {
    const r = run(
      "p.ndjson",
      line({ ...Examples.participant, ref: "0612345678", birthDate: "2006-02-30", nom: "Dupont" })
    )
    expect(r.issues.map((i) => i.value)).toEqual([undefined, undefined, undefined])
    expect(JSON.stringify(r)).not.toContain("Dupont")
    expect(JSON.stringify(r)).not.toContain("0612345678")
  })
  it("reads a JSON array, each record on its own line", () => {
    const r = run("a.json", `[\n  ${line(action)},\n  ${line({ ...action, region: "99" })}\n]`)
    expect(codes(r)).toEqual(["3 $.region value.not-allowed"])
  })
})

describe("bad input never crashes and loses nothing", () => {
  it("an empty file", () => {
    const r = run("e.ndjson", "")
    expect(codes(r)).toEqual(["- $ file.empty"])
    expect(r.valid).toBe(false)
  })
  it("a CSV of data without a header line: refused as a whole, and none of its cells echoed", () => {
    const r = run("one.csv", "p-7f3a9c2e;2006-04-12;ML-069-LYON\r\np-8b1c2d3e;2007-01-30;ML-069-LYON\r\n")
    expect(codes(r)).toEqual(["- $ csv.no-header"])
    expect(r.stats).toMatchObject({ read: 0, rejected: 0 })
    expect(r.valid).toBe(false)
    expect(JSON.stringify(r)).not.toContain("2006-04-12")
    expect(JSON.stringify(r)).not.toContain("p-7f3a9c2e")
  })
  it("a CSV of a header alone: a warning", () => {
    const r = run("one.csv", "kind;schemaVersion;ref;birthDate;missionLocale\r\n")
    expect(codes(r)).toEqual(["- $ csv.no-records"])
    expect(r.stats).toMatchObject({ read: 0, warnings: 1 })
  })
  it("a truncated last line", () => {
    const r = run("t.ndjson", `${line(action)}\n${line(action).slice(0, 40)}`)
    expect(codes(r)).toEqual(["2 $ json.syntax"])
    expect(r.stats).toMatchObject({ read: 2, accepted: 1, rejected: 1 })
  })
  it("invalid UTF-8 is read as Windows-1252, with a warning", () => {
    const bytes = new Uint8Array([...enc(line(action).slice(0, -1)), ...enc(',"x":"caf'), 0xe9, ...enc('"}')])
    const r = run("w.ndjson", bytes)
    expect(r.files[0]?.encoding).toBe("windows-1252")
    expect(codes(r)).toEqual(["- $ encoding.windows-1252", "1 $.x field.unexpected"])
  })
  it("a binary file", () => {
    expect(codes(run("b.ndjson", new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0])))).toEqual(["- $ file.binary"])
    expect(
      codes(
        run(
          "b.ndjson",
          new Uint8Array(64).map((_, i) => i % 4)
        )
      )
    ).toEqual(["- $ file.binary"])
  })
  it("a line of a megabyte: read, and refused for its list over the maximum (one issue)", () => {
    const r = run(
      "big.ndjson",
      line({ ...action, missionLocales: Array.from({ length: 100_000 }, (_, i) => `ML-${i}`) })
    )
    expect(r.stats).toMatchObject({ read: 1, rejected: 1 })
    expect(codes(r)).toEqual(["1 $.missionLocales value.invalid"])
    expect(r.issues[0]?.message.en).toBe("Expected at most 500 character(s) or element(s)")
  })
  it("keys like __proto__ are refused as unexpected fields, and pollute nothing", () => {
    const r = run("p.ndjson", `{"__proto__":{"polluted":true},${line(action).slice(1)}`)
    expect(codes(r)).toEqual(["1 $.__proto__ field.unexpected"])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
  it("a kind named like an object's own property", () => {
    const r = run("k.ndjson", `${line({ kind: "constructor" })}\n${line({ kind: "__proto__" })}`)
    expect(r.stats).toMatchObject({ read: 2, rejected: 2 })
  })
  it("deep nesting: read (JSON.parse does not overflow), refused as no record", () => {
    const r = run("d.ndjson", `${"[".repeat(100_000)}${"]".repeat(100_000)}`)
    expect(codes(r)).toEqual(["1 $ record.kind-missing"])
    expect(r.stats).toMatchObject({ read: 1, rejected: 1 })
    reconciles(r)
  })
})

describe("CSV as French offices produce it", () => {
  const header =
    "kind;schemaVersion;id;agreement;actionType;startDate;region;departement;missionLocales;branches;companies"
  const row =
    "action;1.0.0;act-1;accord-cadre-jeunes-2024;company-visit;12/03/2025;84;69;ML-069|ML-070;hcr;73282932000074"
  it("reads ';', dd/mm/yyyy dates, lists separated by '|', CRLF and a BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(`${header}\r\n${row}\r\n`)])
    const accepted: Array<unknown> = []
    const v = Validator.make({ onAccepted: (r) => accepted.push(r) })
    v.bytes("actions.csv", bytes)
    const r = v.finish()
    expect(r.valid).toBe(true)
    expect(accepted).toEqual([
      expect.objectContaining({
        startDate: "2025-03-12",
        missionLocales: ["ML-069", "ML-070"],
        companies: ["73282932000074"]
      })
    ])
  })
  it("reads ',' with quoted fields holding separators and line breaks", () => {
    const text = `${header.replaceAll(";", ",")}\n${row.replaceAll(";", ",").replace("act-1", '"act-1"')}\n"action",1.0.0,act-2,accord-cadre-jeunes-2024,company-visit,12/03/2025,84,69,"ML,1",hcr,\n`
    const r = run("a.csv", text)
    expect(codes(r)).toEqual(["3 $.missionLocales[0] record-id.format"])
    expect(Csv.parse('a;b\n"x\ny";z\nq;r').rows.map((x) => x.line)).toEqual([1, 2, 4])
  })
  it("reports a missing or an extra column at its line, and counts the record", () => {
    const r = run("a.csv", `${header}\n${row};extra\n${row.split(";").slice(0, 5).join(";")}\n`)
    expect(codes(r)).toEqual(["2 $ csv.extra-column", "3 $ csv.missing-column"])
    reconciles(r)
  })
  it("takes the kind from --kind when there is no kind column, and assumes the schema version with a warning", () => {
    const r = run("a.csv", `${header.split(";").slice(2).join(";")}\n${row.split(";").slice(2).join(";")}\n`, {
      kind: "action"
    })
    expect(r.stats).toMatchObject({ accepted: 1, warnings: 1 })
    expect(
      run("a.csv", `${header.split(";").slice(2).join(";")}\n${row.split(";").slice(2).join(";")}\n`).issues[0]?.code
    ).toBe("record.kind-missing")
  })
  it("detects the separator", () => {
    expect(Csv.detectDelimiter("a;b;c")).toBe(";")
    expect(Csv.detectDelimiter("a,b,c")).toBe(",")
    expect(Csv.detectDelimiter("a\tb")).toBe("\t")
  })
  it("decodes Windows-1252", () => {
    expect(Input.decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).text).toBe("café")
  })
})

describe("checks against the agreement in force on the record's date", () => {
  it("a7#1: an action before the agreement's signature", () => {
    expect(codes(run("a.ndjson", line({ ...action, startDate: "2024-09-15" })))).toEqual([
      "1 $.startDate agreement.not-in-force"
    ])
  })
  it("a7#4: during a termination's notice the agreement is in force; from its effective date it is not", () => {
    const timeline = Composition.composeOrThrow({
      base: agreement2024,
      acts: [
        defineTermination({
          agreement: agreement2024.id,
          requestedBy: "unml",
          requestDate: "2026-01-05",
          receipts: ["state", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"].map((party) => ({
            party,
            receivedOn: "2026-01-15"
          }))
        })
      ]
    })
    expect(codes(run("a.ndjson", line({ ...action, startDate: "2026-02-10" }), { timeline }))).toEqual([])
    expect(codes(run("a.ndjson", line({ ...action, startDate: "2026-04-16" }), { timeline }))).toEqual([
      "1 $.startDate agreement.not-in-force"
    ])
  })
  it("pre#7: an action of a branch not in the agreement on its date, accepted once the branch has joined", () => {
    const plugin = defineBranchPlugin({
      meta: {
        id: "proprete",
        name: { fr: "Propreté", en: "Cleaning" },
        packageName: "x",
        version: "1.0.0",
        sdk: `^${SdkVersion.current}`
      },
      conventions: [{ idcc: "3043" }],
      commitments: [],
      actionTypes: {
        catalog: ["company-visit"],
        own: [
          {
            id: "proprete:discovery-worksite",
            label: { fr: "Chantier découverte", en: "Discovery worksite" },
            description: { fr: "Une demi-journée sur un chantier", en: "Half a day on a worksite" },
            clauses: ["a3.3#7"]
          }
        ]
      },
      trades: [],
      certifications: [],
      poecSessions: [],
      referents: [],
      indicators: [],
      exampleRecords: []
    })
    const timeline = Composition.composeOrThrow({
      base: agreement2024,
      acts: [
        defineAmendment({
          agreement: agreement2024.id,
          number: 1,
          title: { fr: "Avenant", en: "Amendment" },
          signatureDate: "2025-06-01",
          effectiveDate: "2025-07-01",
          // a7#2: every party bound on the signature date consents, and the joining branch
          signatories: [
            "state",
            "unml",
            "akto",
            "branch:commerce-de-gros",
            "branch:hcr",
            "branch:bois",
            "branch:proprete"
          ].map((party) => ({
            party,
            representations: [{ representative: { name: "Signataire fictif", title: "Représentant" } }]
          })) as never,
          operations: [{ op: "branch-joins", plugin }]
        })
      ]
    })
    const text = `${line({ ...action, branches: ["proprete"], startDate: "2025-06-30" })}\n${line({ ...action, id: "act-2", branches: ["proprete"], startDate: "2025-07-01" })}`
    const r = run("a.ndjson", text, { timeline })
    expect(codes(r)).toEqual(["1 $.branches[0] agreement.branch-not-in-force"])
    // told which act brings it in, and when
    expect(r.issues[0]?.message.fr).toBe(
      "La branche « proprete » n'entre dans l'accord que le 2025-07-01, par avenant n°1 : l'action du 2025-06-30 la précède"
    )
    // a3.3#7: a branch's own action type serves that branch's actions only
    const own = { ...action, id: "act-3", actionType: "proprete:discovery-worksite", startDate: "2025-07-02" }
    expect(codes(run("a.ndjson", line({ ...own, branches: ["hcr"] }), { timeline }))).toEqual([
      "1 $.actionType agreement.action-type-of-other-branch"
    ])
    expect(codes(run("a.ndjson", line({ ...own, branches: ["proprete"] }), { timeline }))).toEqual([])
  })
  it("the agreement named by a record is the one checked against", () => {
    const r = run("a.ndjson", line({ ...action, agreement: "mission-jeunes" }))
    expect(codes(r)).toEqual(["1 $.agreement agreement.unknown"])
    expect(r.issues[0]?.message.fr).toBe("Accord inconnu : attendu « accord-cadre-jeunes-2024 »")
  })
  it("a3#2: a referent designated by a party that is not one, listing the parties", () => {
    const r = run("r.ndjson", line(Examples.with("referent-designation", { party: "pole-emploi" })))
    expect(codes(r)).toEqual(["1 $.party agreement.unknown-party"])
    expect(r.issues[0]?.severity).toBe("warning")
    expect(r.issues[0]?.message.fr).toContain("state, unml, akto, branch:commerce-de-gros, branch:hcr, branch:bois")
    expect(r.stats).toMatchObject({ accepted: 1, warnings: 1 })
  })
  it("a3.3#7: an action type the catalog does not offer", () => {
    expect(codes(run("a.ndjson", line({ ...action, actionType: "job-dating" })))).toEqual([
      "1 $.actionType agreement.action-type-not-offered"
    ])
  })
  it("pre#2: a participation of a young person too old on its date", () => {
    const text = [
      line(action),
      line(Examples.with("participant", { birthDate: "1998-01-01", schemes: undefined })),
      line(Examples.with("participation", { action: "act-1", endDate: undefined }))
    ].join("\n")
    const r = run("a.ndjson", text)
    expect(codes(r)).toEqual(["3 $.startDate eligibility.age"])
    // the engine's verdict as it is: its clause, and no age (derived from a birth date) in it
    expect(r.issues[0]?.clause).toBe("pre#2")
    expect(JSON.stringify(r)).not.toMatch(/\b27\b/u)
  })
  it("an outcome before the action it is linked to; a reference to an action no file has", () => {
    const outcome = Examples.with("insertion-outcome", {
      outcome: "training",
      startDate: "2025-01-07",
      endDate: undefined,
      employerSiret: undefined,
      idcc: undefined,
      rome: undefined,
      actions: ["act-1", "act-9"]
    })
    const r = run("a.ndjson", `${line(action)}\n${line(outcome)}`)
    expect(codes(r)).toEqual(["2 $.startDate outcome.before-action", "2 $.actions[1] reference.unknown-action"])
    expect(r.stats).toMatchObject({ read: 2, accepted: 1, rejected: 1, warnings: 1 })
    // the young person's dates are named, not shown; the action's id is public
    const before = r.issues[0]
    expect(before?.message.fr).toContain("« act-1 »")
    expect(JSON.stringify(before)).not.toContain("2025-01-07")
    expect(JSON.stringify(before)).not.toContain("2025-03-12")
  })
  it("references are resolved across files, whatever their order", () => {
    const v = Validator.make()
    v.text("outcomes.ndjson", line(Examples.with("insertion-outcome", { actions: ["act-1"] })))
    v.text("actions.ndjson", line(action))
    expect(v.finish().issues).toEqual([])
  })
})

describe("the report", () => {
  it("prints as text and as JSON with exactly the documented keys", () => {
    const r = run("a.ndjson", line({ ...action, region: "99" }))
    const text = Report.toText(r, "en").split("\n")
    expect(text[0]).toMatch(/^error a\.ndjson:1 \$\.region: .+ \("99"\) \[value\.not-allowed\]$/u)
    expect(text[1]).toBe("1 record(s) read: 0 accepted, 1 rejected, 0 warning(s)")
    const json = Report.toJson(r, "fr")
    expect(Object.keys(json)).toEqual(["valid", "stats", "files", "issues"])
    expect(Object.keys(json.stats)).toEqual(["read", "accepted", "rejected", "warnings", "blank"])
    expect(Object.keys(json.issues[0] ?? {})).toEqual(["code", "severity", "file", "line", "path", "message", "value"])
    // a code that enforces a clause says which
    const clause = Report.toJson(run("a.ndjson", line({ ...action, startDate: "2024-09-15" })), "fr").issues[0]
    expect(Object.keys(clause ?? {})).toEqual([
      "code",
      "severity",
      "clause",
      "file",
      "line",
      "path",
      "message",
      "value"
    ])
    expect(clause?.clause).toBe("a7#1")
  })
  it("keeps exact counts when it stops listing issues", () => {
    const text = Array.from({ length: 30 }, (_, i) => line({ ...action, id: `a-${i}`, region: "99" })).join("\n")
    const r = run("a.ndjson", text, { maxIssues: 5 })
    expect(r.issues).toHaveLength(6)
    expect(r.issues.at(-1)?.code).toBe("report.truncated")
    expect(r.stats.rejected).toBe(30)
  })
  it("counts the references to unknown actions found at the end past the limit as when they are listed", () => {
    const text = Array.from({ length: 30 }, (_, i) =>
      line(Examples.with("participation", { id: `pn-${i}`, action: `act-missing-${i}`, endDate: undefined }))
    ).join("\n")
    const all = run("a.ndjson", text)
    const cut = run("a.ndjson", text, { maxIssues: 5 })
    expect(all.issues.filter((i) => i.code === "reference.unknown-action")).toHaveLength(30)
    expect(cut.stats).toEqual(all.stats)
    expect(cut.issues.slice(0, 5)).toEqual(all.issues.slice(0, 5))
    expect(cut.issues.at(-1)?.message.en).toContain(
      String(all.issues.filter((i) => i.code !== "eligibility.age-not-checked").length - 5)
    )
  })
})
