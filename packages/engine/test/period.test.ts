// Report periods (docs/dates.md, "Report periods"): agreement years and calendar years resolved
// against the agreement in force on the report day, on both sides of each boundary.
import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
import { Composition, defineAmendment, defineTermination, Problem } from "@accord-jeunes/plugin-sdk"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Period } from "../src/index.js"

const d = CalendarDate.make
const base = Composition.composeOrThrow({ base: agreement2024 })

const branches = ["branch:commerce-de-gros", "branch:hcr", "branch:bois"]
// a7#2: an amendment signed by every party bound; a7#1: it makes the term four years
const fourYears = defineAmendment({
  agreement: agreement2024.id,
  number: 2,
  title: { fr: "Avenant n°2 : quatre ans", en: "Amendment no. 2: four years" },
  signatureDate: "2025-01-15",
  effectiveDate: "2025-03-01",
  signatories: [
    ...agreement2024.signatories,
    ...branches.map((party) => ({
      party,
      representations: [{ representative: { name: "Fédération fictive", title: "Présidente" } }] as const
    }))
  ],
  operations: [{ op: "clause-amended", clause: "a7#1", parameters: { "duration-years": 4 } }]
})
const extended = Composition.composeOrThrow({ base: agreement2024, acts: [fourYears] })
// a7#3, a7#4: asked by UNML, received by all on 15 January 2026: last day 15 April 2026
const termination = defineTermination({
  agreement: agreement2024.id,
  requestedBy: "unml",
  requestDate: "2026-01-05",
  receipts: ["state", "akto", ...branches].map((party) => ({
    party,
    receivedOn: party === "branch:hcr" ? "2026-01-15" : "2026-01-09"
  }))
})
const terminated = Composition.composeOrThrow({ base: agreement2024, acts: [termination] })

const ok = (r: Result.Result<Period.Period, Problem.Problem>): Period.Period => {
  if (Result.isFailure(r)) throw new Error(r.failure.message.en)
  return r.success
}
const fail = (r: Result.Result<Period.Period, Problem.Problem>): Problem.Problem => {
  if (Result.isSuccess(r)) throw new Error(`expected a problem, got ${r.success.label.en}`)
  return r.failure
}
const year = (index: number, asOf: string, timeline = base) =>
  Period.resolve(timeline, { kind: "agreement-year", index }, asOf)
const civil = (y: number, asOf: string, timeline = base) =>
  Period.resolve(timeline, { kind: "calendar-year", year: y }, asOf)

describe("agreement years (a7#1)", () => {
  it("a7#1: year 1 runs from the signature through the day before its first anniversary, labelled in both languages", () => {
    expect(ok(year(1, "2025-10-01"))).toEqual({
      kind: "agreement-year",
      index: 1,
      start: "2024-09-16",
      end: "2025-09-15",
      label: {
        fr: "année 1 de l'accord (16 septembre 2024 – 15 septembre 2025)",
        en: "agreement year 1 (16 September 2024 – 15 September 2025)"
      },
      status: "ended"
    })
  })
  it("a7#1, a4#3: on its last day year 1 is under way and says so; the day after, it has ended", () => {
    const last = ok(year(1, "2025-09-15"))
    expect(last.status).toBe("under-way")
    expect(last.label).toEqual({
      fr: "année 1 de l'accord (16 septembre 2024 – 15 septembre 2025) — en cours",
      en: "agreement year 1 (16 September 2024 – 15 September 2025) — under way"
    })
    expect(ok(year(1, "2025-09-16")).status).toBe("ended")
  })
  it("a7#1: year 2 has not started on the day before the first anniversary and is under way from it", () => {
    expect(ok(year(2, "2025-09-15"))).toMatchObject({ start: "2025-09-16", end: "2026-09-15", status: "not-started" })
    expect(ok(year(2, "2025-09-15")).label.en).toBe(
      "agreement year 2 (16 September 2025 – 15 September 2026) — not started"
    )
    expect(ok(year(2, "2025-09-16")).status).toBe("under-way")
    // the day before the signature, year 1 has not started either
    expect(ok(year(1, "2024-09-15")).status).toBe("not-started")
    expect(ok(year(1, "2024-09-16")).status).toBe("under-way")
  })
  it("a7#1: the last of the three years ends on 15 September 2027", () => {
    expect(ok(year(3, "2027-09-16"))).toMatchObject({ start: "2026-09-16", end: "2027-09-15", status: "ended" })
  })
  it("a7#1: a year the term does not have is a located problem in French and English, not an inverted period", () => {
    const p = fail(year(9, "2025-10-01"))
    expect(p).toEqual({
      code: "period.agreement-year-out-of-range",
      severity: "error",
      clause: "a7#1",
      subject: { fr: "période", en: "period" },
      path: "$.index",
      message: {
        fr: "Année de l'accord 9 : un entier de 1 à 3 attendu ; l'accord en vigueur au 2025-10-01 compte 3 année(s), du 16 septembre 2024 au 15 septembre 2027 (clause a7#1)",
        en: "Agreement year 9: a whole number from 1 to 3 expected; the agreement in force on 2025-10-01 has 3 year(s), from 16 September 2024 to 15 September 2027 (clause a7#1)"
      }
    })
    expect(fail(year(4, "2025-10-01")).code).toBe("period.agreement-year-out-of-range")
    expect(fail(year(0, "2025-10-01")).path).toBe("$.index")
    expect(fail(year(-1, "2025-10-01")).path).toBe("$.index")
    expect(fail(year(1.5, "2025-10-01")).message.en).toMatch(/^Agreement year 1\.5: a whole number from 1 to 3/u)
  })
  it("a7#1, a7#2: an amendment that makes the term four years gives a fourth year from the day it takes effect", () => {
    // the day before the amendment takes effect, the term in force has three years
    expect(fail(year(4, "2025-02-28", extended)).message.en).toContain("a whole number from 1 to 3 expected")
    expect(ok(year(4, "2025-03-01", extended))).toMatchObject({
      index: 4,
      start: "2027-09-16",
      end: "2028-09-15",
      status: "not-started"
    })
    expect(fail(year(5, "2025-03-01", extended)).message.fr).toContain(
      "un entier de 1 à 4 attendu ; l'accord en vigueur au 2025-03-01 compte 4 année(s), du 16 septembre 2024 au 15 septembre 2028"
    )
  })
  it("a7#4: a termination ends the last year on the agreement's last day, and its label says so", () => {
    expect(ok(year(2, "2026-05-01", terminated))).toEqual({
      kind: "agreement-year",
      index: 2,
      start: "2025-09-16",
      end: "2026-04-15",
      label: {
        fr: "année 2 de l'accord, écourtée par la résiliation (16 septembre 2025 – 15 avril 2026)",
        en: "agreement year 2, cut short by termination (16 September 2025 – 15 April 2026)"
      },
      status: "ended"
    })
    // on the last day in force the shortened year is still under way
    expect(ok(year(2, "2026-04-15", terminated)).status).toBe("under-way")
    const p = fail(year(3, "2026-05-01", terminated))
    expect(p.message.fr).toBe(
      "Année de l'accord 3 : un entier de 1 à 2 attendu ; l'accord en vigueur au 2026-05-01 compte 2 année(s), du 16 septembre 2024 au 15 avril 2026, son dernier jour avant sa résiliation (clauses a7#1, a7#4)"
    )
    // before the last receipt the notification is under way: the term is whole
    expect(ok(year(3, "2026-01-14", terminated))).toMatchObject({ end: "2027-09-15", status: "not-started" })
  })
})

describe("calendar years", () => {
  it("a4#4: a calendar year within the term is its 1 January to 31 December, labelled by its number", () => {
    expect(ok(civil(2025, "2026-01-01"))).toEqual({
      kind: "calendar-year",
      year: 2025,
      start: "2025-01-01",
      end: "2025-12-31",
      label: { fr: "année civile 2025", en: "calendar year 2025" },
      status: "ended"
    })
    expect(ok(civil(2025, "2025-12-31")).label).toEqual({
      fr: "année civile 2025 — en cours",
      en: "calendar year 2025 — under way"
    })
  })
  it("a7#1: the first and last calendar years are cut to the term, and their labels say so", () => {
    expect(ok(civil(2024, "2025-02-01"))).toMatchObject({
      start: "2024-09-16",
      end: "2024-12-31",
      label: {
        fr: "année civile 2024, limitée à la durée de l'accord (16 septembre 2024 – 31 décembre 2024)",
        en: "calendar year 2024, limited to the agreement's term (16 September 2024 – 31 December 2024)"
      },
      status: "ended"
    })
    expect(ok(civil(2027, "2027-10-01"))).toMatchObject({ start: "2027-01-01", end: "2027-09-15", status: "ended" })
    expect(ok(civil(2027, "2027-09-15")).status).toBe("under-way")
  })
  it("a7#4: a termination cuts its calendar year on the last day in force", () => {
    expect(ok(civil(2026, "2026-05-01", terminated))).toMatchObject({
      start: "2026-01-01",
      end: "2026-04-15",
      status: "ended"
    })
    expect(fail(civil(2027, "2026-05-01", terminated)).code).toBe("period.calendar-year-outside-term")
  })
  it("a7#1: a calendar year with no day within the term is a located problem naming the years there are", () => {
    expect(fail(civil(2023, "2025-10-01"))).toEqual({
      code: "period.calendar-year-outside-term",
      severity: "error",
      clause: "a7#1",
      subject: { fr: "période", en: "period" },
      path: "$.year",
      message: {
        fr: "L'année civile 2023 n'a aucun jour dans la durée de l'accord (années civiles 2024 à 2027) : l'accord en vigueur au 2025-10-01 court du 16 septembre 2024 au 15 septembre 2027 (clause a7#1)",
        en: "Calendar year 2023 has no day within the agreement's term (calendar years 2024 to 2027): the agreement in force on 2025-10-01 runs from 16 September 2024 to 15 September 2027 (clause a7#1)"
      }
    })
    expect(fail(civil(2028, "2025-10-01")).code).toBe("period.calendar-year-outside-term")
    // with the term made four years long, 2028 has days within it
    expect(ok(civil(2028, "2025-10-01", extended))).toMatchObject({ start: "2028-01-01", end: "2028-09-15" })
  })
  it("a year that is not of four digits is refused, never read as 0002-12-31", () => {
    for (const y of [2, 999, 10000, 2025.5, Number.NaN])
      expect(fail(civil(y, "2025-10-01"))).toMatchObject({ code: "period.calendar-year-format", path: "$.year" })
    expect(fail(civil(2, "2025-10-01")).message).toEqual({
      fr: "Année civile « 2 » : une année à quatre chiffres attendue (ex. 2025)",
      en: 'Calendar year "2": a four-digit year expected (e.g. 2025)'
    })
  })
})

describe("the default period", () => {
  it("a4#4: before the first year ends, the default is year 1, under way", () => {
    expect(Period.defaultFor(base, d("2025-03-01"))).toMatchObject({ index: 1, status: "under-way" })
    expect(Period.defaultFor(base, d("2025-09-15"))).toMatchObject({ index: 1, status: "under-way" })
  })
  it("a4#4: from the day after a year ends, the default is the last year that has ended", () => {
    expect(Period.defaultFor(base, d("2025-09-16"))).toMatchObject({ index: 1, status: "ended", end: "2025-09-15" })
    expect(Period.defaultFor(base, d("2026-09-15"))).toMatchObject({ index: 1, status: "ended" })
    expect(Period.defaultFor(base, d("2026-09-16"))).toMatchObject({ index: 2, status: "ended", end: "2026-09-15" })
  })
  it("a7#1: after the agreement's last day, its last year", () => {
    expect(Period.defaultFor(base, d("2031-01-01"))).toMatchObject({ index: 3, end: "2027-09-15", status: "ended" })
  })
  it("a7#4: after a termination, the year it cut short", () => {
    expect(Period.defaultFor(terminated, d("2026-05-01"))).toMatchObject({
      index: 2,
      end: "2026-04-15",
      status: "ended"
    })
    // during the notice the last year ended is the first
    expect(Period.defaultFor(terminated, d("2026-03-01"))).toMatchObject({ index: 1, status: "ended" })
  })
  it("before the signature, year 1, not started", () => {
    expect(Period.defaultFor(base, d("2024-01-01"))).toMatchObject({ index: 1, status: "not-started" })
  })
})

describe("resolving", () => {
  it("a resolved period is a spec too, and resolves to itself", () => {
    const p = ok(year(2, "2026-10-01"))
    expect(ok(Period.resolve(base, p, "2026-10-01"))).toEqual(p)
  })
  it("a report day that is not a calendar date is the plugin SDK's problem about asOf", () => {
    const p = fail(year(1, "2025-02-30"))
    expect(p.code).toMatch(/^date\./u)
    expect(p.subject.en).toContain("asOf")
  })
  it("a period kind it does not know is a problem, not a crash", () => {
    const r = Period.resolve(base, { kind: "quarter", index: 1 } as never, "2025-10-01")
    expect(fail(r)).toMatchObject({ code: "period.kind", severity: "error", path: "$.kind" })
    expect(fail(r).message.fr).toBe("Période « quarter » : « agreement-year » ou « calendar-year » attendu")
  })
  it("resolveOrThrow throws the problem for code that has already checked its period", () => {
    expect(() => Period.resolveOrThrow(base, { kind: "agreement-year", index: 9 }, "2025-10-01")).toThrow(
      Problem.ProblemsError
    )
    expect(() => Period.resolveOrThrow(base, { kind: "agreement-year", index: 9 }, "2025-10-01")).toThrow(
      /Agreement year 9: a whole number from 1 to 3 expected/u
    )
  })
  it("dates are written out for people, with « 1er » in French", () => {
    expect(Period.dayLabel(d("2026-04-01"))).toEqual({ fr: "1er avril 2026", en: "1 April 2026" })
    expect(Period.dayLabel(d("2028-02-29"))).toEqual({ fr: "29 février 2028", en: "29 February 2028" })
  })
})
