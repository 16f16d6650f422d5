import { CalendarDate } from "@accord-jeunes/domain"
import { describe, expect, it } from "vitest"
import { LegalDate } from "../src/index.js"

const d = CalendarDate.make

describe("ages in completed years (pre#2: 16 to 25 révolus)", () => {
  it.each([
    ["2008-03-15", "2024-03-14", 15],
    ["2008-03-15", "2024-03-15", 16],
    ["1999-03-15", "2025-03-14", 25],
    ["1999-03-15", "2025-03-15", 26],
    ["2008-02-29", "2024-02-28", 15],
    ["2008-02-29", "2024-02-29", 16],
    ["2008-02-29", "2025-02-28", 16],
    ["2008-02-29", "2025-03-01", 17],
    ["2007-12-31", "2024-01-01", 16]
  ] as const)("pre#2: born %s, on %s: %i", (birth, on, age) => {
    expect(LegalDate.ageOn(d(birth), d(on))).toBe(age)
  })
  it("a 29 February birthday falls on 1 March in common years", () => {
    expect(LegalDate.birthdayOfAge(d("2008-02-29"), 17)).toBe("2025-03-01")
    expect(LegalDate.birthdayOfAge(d("2008-02-29"), 16)).toBe("2024-02-29")
  })
})

describe("terms and delays", () => {
  it("a7#1: three years from 16 September 2024 end on 15 September 2027", () => {
    expect(LegalDate.termLastDay(d("2024-09-16"), 3)).toBe("2027-09-15")
  })
  it("a7#1: a term starting on 29 February ends on 27 February (the day before its clamped anniversary)", () => {
    expect(LegalDate.termLastDay(d("2024-02-29"), 1)).toBe("2025-02-27")
  })
  it.each([
    ["2026-01-15", 3, "2026-04-15"],
    ["2025-11-30", 3, "2026-02-28"],
    ["2027-11-30", 3, "2028-02-29"],
    ["2026-03-31", 3, "2026-06-30"],
    ["2026-10-31", 3, "2027-01-31"]
  ] as const)("a7#4: %s + %i months = %s (same day, or the month's last)", (from, n, to) => {
    expect(LegalDate.monthsAfter(d(from), n)).toBe(to)
  })
  it.each([
    ["2024-09-16", 1, "2024-09-16", "2025-09-15"],
    ["2025-09-15", 1, "2024-09-16", "2025-09-15"],
    ["2025-09-16", 2, "2025-09-16", "2026-09-15"],
    ["2027-09-15", 3, "2026-09-16", "2027-09-15"]
  ] as const)("agreement year of %s is year %i (%s → %s)", (on, index, start, end) => {
    expect(LegalDate.agreementYear(d("2024-09-16"), d(on))).toEqual({ index, start, end })
  })
  it("no agreement year before signature", () => {
    expect(LegalDate.agreementYear(d("2024-09-16"), d("2024-09-15"))).toBeUndefined()
  })
  it.each([
    ["2025-01-01", "2025-07-01", 6],
    ["2025-01-01", "2025-06-30", 5],
    ["2025-01-31", "2025-02-28", 1],
    ["2025-01-31", "2025-02-27", 0]
  ] as const)("whole months from %s to %s: %i", (a, b, n) => {
    expect(LegalDate.monthsBetween(d(a), d(b))).toBe(n)
  })
  it("days between", () => {
    expect(LegalDate.daysBetween(d("2024-02-28"), d("2024-03-01"))).toBe(2)
    expect(LegalDate.daysBetween(d("2025-03-01"), d("2025-02-28"))).toBe(-1)
  })
})
