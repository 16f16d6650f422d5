// Messages a data steward can act on: each example of issue #12, on a small hand-written file, and
// the message it now gives.
import { Examples } from "@accord-jeunes/domain/testing"
import { describe, expect, it } from "vitest"
import { Csv, Report, Validator } from "../src/index.js"

const run = (name: string, content: string, options: Validator.Options = {}) => {
  const v = Validator.make(options)
  v.text(name, content)
  return v.finish()
}
const codes = (r: Report.Report) => r.issues.map((i) => `${i.line ?? "-"} ${i.path ?? "$"} ${i.code}`)
const reconciles = (r: Report.Report) => expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected)
const line = (o: object) => JSON.stringify(o)

const actionHeader =
  "kind;schemaVersion;id;agreement;actionType;startDate;region;departement;missionLocales;branches;companies"
const actionRow = (cells: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    kind: "action",
    schemaVersion: "1.0.0",
    id: "act-1",
    agreement: "accord-cadre-jeunes-2024",
    actionType: "company-visit",
    startDate: "12/03/2025",
    region: "84",
    departement: "69",
    missionLocales: "ML-069-LYON",
    branches: "hcr",
    companies: "73282932000074"
  }
  return actionHeader
    .split(";")
    .map((c) => cells[c] ?? base[c])
    .join(";")
}

describe("an unknown action type or branch lists the codes of the agreement in force, and the closest", () => {
  it("an action type written as its label: « Visites d'entreprises » → company-visit ?", () => {
    const r = run("actions.csv", `${actionHeader}\n${actionRow({ actionType: "Visites d'entreprises" })}\n`)
    expect(codes(r)).toEqual(["2 $.actionType agreement.action-type-not-offered"])
    const fr = r.issues[0]?.message.fr ?? ""
    // every action type of the agreement on 2025-03-12, with its French label
    for (const t of [
      "mutual-knowledge (Interconnaissance des acteurs / des partenaires)",
      "mission-locale-support (Accompagnement en mission locale)",
      "company-visit (Visites d'entreprises)",
      "facilitated-immersion (Immersions facilitées)",
      "trade-discovery-airlock (Sas de découverte des métiers)",
      "mentoring (Parrainage vers et dans l'emploi)"
    ])
      expect(fr).toContain(t)
    expect(fr).toContain("Vouliez-vous dire « company-visit » ?")
    expect(r.issues[0]?.message.en).toContain('Did you mean "company-visit"?')
    expect(r.issues[0]?.clause).toBe("a3.3#7")
  })
  it("a mistyped code gets the closest code", () => {
    const r = run("a.ndjson", line(Examples.with("action", { actionType: "company-vist" })))
    expect(codes(r)).toEqual(["1 $.actionType agreement.action-type-not-offered"])
    expect(r.issues[0]?.message.fr).toContain("Vouliez-vous dire « company-visit » ?")
  })
  it("a code the agreement does not have, written as a code: the list, no wild guess", () => {
    const r = run("a.ndjson", line(Examples.with("action", { actionType: "job-dating" })))
    expect(r.issues[0]?.message.fr).toContain("company-visit (Visites d'entreprises)")
    expect(r.issues[0]?.message.fr).not.toContain("Vouliez-vous dire")
  })
  it("a branch written as its name: « Hôtels, cafés, restaurants » → hcr ?", () => {
    const r = run("actions.csv", `${actionHeader}\n${actionRow({ branches: "Hôtels, cafés, restaurants" })}\n`)
    expect(codes(r)).toEqual(["2 $.branches[0] agreement.branch-not-in-force"])
    const fr = r.issues[0]?.message.fr ?? ""
    expect(fr).toContain("hcr (Hôtels, cafés, restaurants)")
    expect(fr).toContain("commerce-de-gros (Commerces de gros)")
    expect(fr).toContain("Vouliez-vous dire « hcr » ?")
  })
})

describe("CSV hints list exactly what the reader accepts", () => {
  it("a date: `1/9/25` is told the formats, each of which is read", () => {
    const r = run("actions.csv", `${actionHeader}\n${actionRow({ startDate: "1/9/25" })}\n`)
    expect(codes(r)).toEqual(["2 $.startDate csv.date"])
    const fr = r.issues[0]?.message.fr ?? ""
    expect(fr).toBe("Date illisible : écrivez-la AAAA-MM-JJ (2025-09-01) ou jj/mm/aaaa (01/09/2025)")
    expect(r.issues[0]?.message.en).toBe(
      "Unreadable date: write it as YYYY-MM-DD (2025-09-01) or dd/mm/yyyy (01/09/2025)"
    )
    // what the message shows is what the reader reads, and nothing else is read
    for (const f of Csv.dateFormats) {
      expect(fr).toContain(f.label.fr)
      expect(Csv.cell(f.example, "date")).toBe("2025-09-01")
    }
    expect(Csv.cell("1/9/2025", "date")).toBe("2025-09-01")
    for (const unread of ["1/9/25", "2025/09/01", "01-09-2025", "1er septembre 2025"])
      expect(Csv.readable(Csv.cell(unread, "date"), "date")).toBe(false)
  })
  it("a date of a young person's record: the hint, never the value", () => {
    const r = run(
      "jeunes.csv",
      "kind;schemaVersion;ref;birthDate;missionLocale\nparticipant;1.0.0;p-7f3a9c2e;12 avril 2006;ML-069-LYON\n"
    )
    expect(codes(r)).toEqual(["2 $.birthDate csv.date"])
    expect(JSON.stringify(r)).not.toContain("avril")
  })
  it("a yes/no: `peut-être` is told every word that is read", () => {
    const r = run(
      "jeunes.csv",
      "kind;schemaVersion;ref;birthDate;missionLocale;rqth\nparticipant;1.0.0;p-7f3a9c2e;12/04/2006;ML-069-LYON;peut-être\n"
    )
    expect(codes(r)).toEqual(["2 $.rqth csv.boolean"])
    const fr = r.issues[0]?.message.fr ?? ""
    expect(fr).toBe("Oui ou non illisible : écrivez oui, vrai, true, yes, 1 (oui) ou non, faux, false, no, 0 (non)")
    for (const word of Csv.booleans.true) expect(Csv.cell(word.toUpperCase(), "boolean")).toBe(true)
    for (const word of Csv.booleans.false) expect(Csv.cell(word, "boolean")).toBe(false)
    expect(Csv.readable(Csv.cell("peut-être", "boolean"), "boolean")).toBe(false)
    // health-related data of a young person: never shown
    expect(JSON.stringify(r)).not.toContain("peut-être")
  })
  it("a number", () => {
    const r = run("actions.csv", `${actionHeader};participantCount\n${actionRow()};douze\n`)
    expect(codes(r)).toEqual(["2 $.participantCount csv.number"])
    expect(r.issues[0]?.message.fr).toBe("Nombre illisible : écrivez un nombre entier en chiffres (12)")
  })
})

describe("blank rows are skipped and counted as blank, never records", () => {
  it("`;;;;` from Excel and empty lines, in a file with a kind column", () => {
    const text = `${actionHeader}\r\n${actionRow()}\r\n;;;;;;;;;;\r\n\r\n${actionRow({ id: "act-2" })}\r\n ; ;;;;;;;;;\r\n`
    const r = run("actions.csv", text)
    expect(r.issues).toEqual([])
    expect(r.stats).toEqual({ read: 2, accepted: 2, rejected: 0, warnings: 0, blank: 3 })
    reconciles(r)
    expect(Report.toText(r, "fr")).toBe(
      "2 enregistrement(s) lu(s) : 2 accepté(s), 0 rejeté(s), 0 alerte(s), 3 ligne(s) vide(s) ignorée(s) — valide"
    )
    expect(Report.toText(r, "en")).toBe(
      "2 record(s) read: 2 accepted, 0 rejected, 0 warning(s), 3 blank line(s) skipped — valid"
    )
  })
  it("empty lines of an NDJSON file", () => {
    const r = run("a.ndjson", `${line(Examples.action)}\n\n   \n${line(Examples.with("action", { id: "act-2" }))}\n`)
    expect(r.stats).toEqual({ read: 2, accepted: 2, rejected: 0, warnings: 0, blank: 2 })
    expect(r.files[0]?.blank).toBe(2)
  })
  it("a file of blank rows only is empty", () => {
    const r = run("vide.csv", ";;;;\r\n;;;;\r\n")
    expect(codes(r)).toEqual(["- $ file.empty"])
    expect(r.stats).toMatchObject({ read: 0, blank: 2 })
  })
})

describe("a missing or unknown kind is one error that lists the kinds", () => {
  const kinds = "action, participation, participant, insertion-outcome, committee-meeting, referent-designation"
  it("missing", () => {
    const { kind: _, ...noKind } = Examples.participant
    const r = run("a.ndjson", line(noKind))
    expect(codes(r)).toEqual(["1 $.kind record.kind-missing"])
    expect(r.issues[0]?.message.fr).toBe(`Type d'enregistrement absent : ajoutez un champ kind valant ${kinds}`)
  })
  it("missing in a CSV without kind column nor --kind", () => {
    const r = run("a.csv", "schemaVersion;ref;birthDate;missionLocale\n1.0.0;p-7f3a9c2e;12/04/2006;ML-069-LYON\n")
    expect(codes(r)).toEqual(["2 $.kind record.kind-missing"])
    expect(r.issues[0]?.message.fr).toContain("ajoutez une colonne kind (ou l'option --kind)")
  })
  it("unknown: the kinds, and the closest", () => {
    const r = run("a.ndjson", line({ ...Examples.participant, kind: "Participant" }))
    expect(codes(r)).toEqual(["1 $.kind record.kind-unknown"])
    expect(r.issues[0]?.message.fr).toBe(
      `Type d'enregistrement inconnu : attendu ${kinds}. Vouliez-vous dire « participant » ?`
    )
    expect(r.issues[0]?.value).toBe("Participant")
  })
  it("a kind holding what looks like personal data is not shown", () => {
    const r = run("a.ndjson", line({ ...Examples.participant, kind: "jeanne.dupont@exemple.fr" }))
    expect(codes(r)).toEqual(["1 $.kind record.kind-unknown"])
    expect(JSON.stringify(r)).not.toContain("jeanne")
  })
})

describe("a record's field errors and cross-field errors, together", () => {
  it("a wrong SIRET and an end date before the start date, in one pass", () => {
    const r = run(
      "sorties.ndjson",
      line(Examples.with("insertion-outcome", { employerSiret: "98765432100016", endDate: "2025-08-01" }))
    )
    expect(codes(r)).toEqual(["1 $.employerSiret siret.checksum", "1 $.endDate period.end-before-start"])
    // the young person's dates are named, not shown
    expect(JSON.stringify(r)).not.toContain("2025-08-01")
    expect(JSON.stringify(r)).not.toContain("2025-09-01")
  })
  it("a rule that reads a field already reported is not run on it", () => {
    // the SIRET is wrong: "a contract names its employer" is not said on top
    const wrong = run("sorties.ndjson", line(Examples.with("insertion-outcome", { employerSiret: "98765432100016" })))
    expect(codes(wrong)).toEqual(["1 $.employerSiret siret.checksum"])
    // the region is wrong: whether the département is in it is not judged
    const region = run("a.ndjson", line({ ...Examples.action, region: "99", missionLocales: [] }))
    expect(codes(region)).toEqual(["1 $.region value.not-allowed", "1 $.missionLocales[0] field.missing"])
  })
  it("the département outside its region, with a wrong SIRET", () => {
    const r = run("a.ndjson", line(Examples.with("action", { departement: "75", companies: ["73282932000075"] })))
    expect(codes(r)).toEqual([
      "1 $.companies[0] siret.checksum",
      "1 $.departement territory.departement-outside-region"
    ])
  })
})

describe("French column headers", () => {
  it("an export with the headers of a French spreadsheet", () => {
    const header =
      "Type d'enregistrement;Version du schéma;Identifiant;Accord;Type d'action;Date de début;Région;Département;Missions locales;Branche;SIRET"
    const r = run("actions.csv", `${header}\n${actionRow()}\n`)
    expect(r.issues).toEqual([])
    expect(r.stats.accepted).toBe(1)
  })
  it("case, accents, spaces, underscores and hyphens do not matter", () => {
    const r = run(
      "jeunes.csv",
      "KIND;schema_version;Référence du jeune;DATE_DE_NAISSANCE;mission-locale;departement de residence\nparticipant;1.0.0;p-7f3a9c2e;12/04/2006;ML-069-LYON;69\n"
    )
    expect(r.issues).toEqual([])
    expect(r.stats.accepted).toBe(1)
  })
  it("a French name of a direct identifier is refused by name (a5#1)", () => {
    const r = run(
      "jeunes.csv",
      "kind;schemaVersion;ref;birthDate;missionLocale;Prénom\nparticipant;1.0.0;p-7f3a9c2e;12/04/2006;ML-069-LYON;Jeanne\n"
    )
    expect(codes(r)).toEqual(["2 $.prenom personal-data.direct-identifier"])
    expect(JSON.stringify(r)).not.toContain("Jeanne")
  })
})

describe("JSON arrays", () => {
  it("the line of each record, after a top-level number, literal or string", () => {
    const bad = line({ ...Examples.action, region: "99" })
    const text = `[\n  42,\n  true,\n  null,\n  "texte",\n  -1.5e3,\n  ${bad}\n]\n`
    const r = run("a.json", text)
    expect(codes(r)).toEqual([
      "2 $ record.kind-missing",
      "3 $ record.kind-missing",
      "4 $ record.kind-missing",
      "5 $ record.kind-missing",
      "6 $ record.kind-missing",
      "7 $.region value.not-allowed"
    ])
    reconciles(r)
  })
  it("a syntax error says where, not what the text holds", () => {
    const r = run("a.json", '[\n  {"kind":"participant","ref":"Dupont" "birthDate":"2006-04-12"}\n]')
    expect(codes(r)).toEqual(["2 $ json.syntax"])
    expect(r.issues[0]?.message.fr).toMatch(/^JSON illisible ligne 2, colonne \d+/u)
    expect(JSON.stringify(r.issues)).not.toContain("Dupont")
    const nd = run("a.ndjson", 'Dupont;Jeanne;0601020304\n{"kind":"participant","ref":"Durand" x}')
    expect(codes(nd)).toEqual(["1 $ json.syntax", "2 $ json.syntax"])
    for (const v of ["Dupont", "Jeanne", "0601020304", "Durand"]) expect(JSON.stringify(nd.issues)).not.toContain(v)
  })
})

describe("unknown fields whose values look identifying are refused citing a5#1, never echoed", () => {
  for (const [name, value] of [
    ["contact_urgence", "06 01 02 03 04"],
    ["commentaire", "écrire à jeanne.dupont@exemple.fr"],
    ["remarque", "2 06 04 69 123 456 78"]
  ] as const)
    it(`${name}, on every record kind`, () => {
      for (const record of Examples.records) {
        const r = run("a.ndjson", line({ ...record, [name]: value }))
        expect(codes(r)).toEqual([`1 $.${name} personal-data.identifying-value`])
        expect(r.issues[0]?.clause).toBe("a5#1")
        expect(JSON.stringify(r)).not.toContain(value)
      }
    })
  it("in CSV: unknown columns are refused, the identifying one citing a5#1, and no value is shown", () => {
    const r = run(
      "jeunes.csv",
      "kind;schemaVersion;ref;birthDate;missionLocale;Observations;Contact\nparticipant;1.0.0;p-7f3a9c2e;12/04/2006;ML-069-LYON;Dupont;jeanne@exemple.fr\n"
    )
    expect(codes(r)).toEqual(["2 $.Observations field.unexpected", "2 $.Contact personal-data.identifying-value"])
    expect(JSON.stringify(r)).not.toContain("Dupont")
    expect(JSON.stringify(r)).not.toContain("jeanne")
  })
  it("an unknown field that does not look identifying: refused, its value not shown", () => {
    const r = run("a.ndjson", line({ ...Examples.action, observations: "Dupont" }))
    expect(codes(r)).toEqual(["1 $.observations field.unexpected"])
    expect(JSON.stringify(r)).not.toContain("Dupont")
  })
  it("a field named as a direct identifier, on every record kind: refused by name (a5#1), never echoed", () => {
    for (const record of Examples.records) {
      const r = run("a.ndjson", line({ ...record, nomDeNaissance: "Dupont", tel_portable: "0601020304" }))
      expect(r.issues.map((i) => [i.path, i.clause])).toEqual([
        ["$.nomDeNaissance", "a5#1"],
        ["$.tel_portable", "a5#1"]
      ])
      expect(JSON.stringify(r)).not.toContain("Dupont")
      expect(JSON.stringify(r)).not.toContain("0601020304")
    }
  })
})
