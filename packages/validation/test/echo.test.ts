// a5#1: a value that looks like it identifies someone is never echoed, even in a field that is
// not personal (a mission locale's code, an employer's SIRET, a region).
import { Examples } from "@accord-jeunes/domain/testing"
import { describe, expect, it } from "vitest"
import { Report, Validator } from "../src/index.js"

const identifying = ["camille.durand@example.fr", "+33 6 12 34 56 78", "06 12 34 56 78", "1 85 07 75 123 456 78"]

describe("values echoed in messages", () => {
  it("a5#1: an e-mail, a phone number or a NIR in a field that is not personal is refused without being echoed", () => {
    const lines = identifying.flatMap((v, i) => [
      JSON.stringify({ ...Examples.action, id: `act-${i}`, missionLocales: [v] }),
      JSON.stringify(Examples.with("insertion-outcome", { id: `o-${i}`, outcome: "cdi", employerSiret: v }))
    ])
    const v = Validator.make()
    v.text("a.ndjson", `${lines.join("\n")}\n`)
    const report = v.finish()
    expect(report.stats.rejected).toBe(lines.length)
    const text = JSON.stringify([Report.toJson(report, "fr"), Report.toJson(report, "en")])
    for (const value of identifying) expect(text).not.toContain(value)
    // the field is still named
    expect(report.issues.some((i) => i.path?.startsWith("$.missionLocales") === true)).toBe(true)
    expect(report.issues.some((i) => i.path === "$.employerSiret")).toBe(true)
  })

  it("a value that identifies no one is still echoed, to be found in the file", () => {
    const v = Validator.make()
    v.text("a.ndjson", `${JSON.stringify({ ...Examples.action, missionLocales: ["ML 069"] })}\n`)
    const issue = v.finish().issues.find((i) => i.path?.startsWith("$.missionLocales") === true)
    expect(issue?.value).toBe("ML 069")
  })
})
