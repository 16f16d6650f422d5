import { ExchangeRecord } from "@accord-jeunes/domain"
import { describe, expect, it } from "vitest"
import { Fields } from "../src/index.js"

describe("the catalogue of fields", () => {
  it("names a field once per kind: no header is read as two fields", () => {
    for (const kind of ExchangeRecord.kinds) {
      const seen = new Map<string, string>()
      // (the forbidden direct identifiers are spelled both ways, prenom and prénom: either is refused)
      for (const f of Fields.of(kind).list.filter((x) => x.kind !== "forbidden"))
        for (const name of [f.name, ...f.aliases]) {
          const n = Fields.normalize(name)
          const other = seen.get(n)
          if (other !== undefined && other !== f.name) expect.fail(`${kind}: "${name}" names ${other} and ${f.name}`)
          seen.set(n, f.name)
        }
    }
  })
  it("every alias names a field of some kind, and reads as that field", () => {
    const everyField = new Set(ExchangeRecord.kinds.flatMap((k) => Fields.of(k).list.map((f) => f.name)))
    for (const [name, aliases] of Object.entries(Fields.aliases)) {
      expect(everyField.has(name), name).toBe(true)
      for (const kind of ExchangeRecord.kinds)
        if (Fields.of(kind).fields.has(name))
          for (const a of aliases) expect(Fields.of(kind).column(a), `${kind}: ${a}`).toBe(name)
    }
  })
  it("the headers of issue #12", () => {
    expect(Fields.of("participant").column("date de naissance")).toBe("birthDate")
    expect(Fields.of("action").column("type d'action")).toBe("actionType")
    expect(Fields.of("action").column("Date de début")).toBe("startDate")
    expect(Fields.of("action").column("région")).toBe("region")
    expect(Fields.of("action").column("DÉPARTEMENT")).toBe("departement")
    expect(Fields.of("participant").column("mission locale")).toBe("missionLocale")
    expect(Fields.of("action").column("mission_locale")).toBe("missionLocales")
    expect(Fields.of("action").column("siret")).toBe("companies")
    expect(Fields.of("insertion-outcome").column("SIRET")).toBe("employerSiret")
    expect(Fields.of("referent-designation").column("date de début")).toBe("from")
    expect(Fields.isKindColumn("Type d'enregistrement")).toBe(true)
    expect(Fields.of("action").column("commentaire")).toBeUndefined()
  })
  it("forbidden direct identifiers are read by name, to be refused, and are personal", () => {
    expect(Fields.of("participant").column("Prénom")).toBe("prenom")
    expect(Fields.of("participant").personal.has("nom")).toBe(true)
  })
})
