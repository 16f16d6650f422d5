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
  // the definition, counted the slow way: the largest N with from + N months <= to
  const byDefinition = (from: string, to: string) => {
    let n = 0
    while (CalendarDate.addMonths(d(from), n + 1) <= to) n++
    return n
  }
  it("whole months agree with their definition on every pair of days over four years", () => {
    const days: Array<string> = []
    for (let x = d("2023-12-25"); x <= "2028-03-05"; x = CalendarDate.addDays(x, 3)) days.push(x)
    let checked = 0
    for (let i = 0; i < days.length; i += 7)
      for (let j = i; j < days.length; j++) {
        const [a, b] = [days[i] as string, days[j] as string]
        expect(LegalDate.monthsBetween(d(a), d(b)), `${a} → ${b}`).toBe(byDefinition(a, b))
        checked++
      }
    expect(checked).toBeGreaterThan(10_000)
  })
  it.each([
    ["2025-01-01", "2025-06-30", 6],
    ["2025-01-01", "2025-06-29", 5],
    ["2024-08-31", "2025-02-26", 5],
    ["2024-08-31", "2025-02-27", 6],
    ["2025-07-01", "2025-12-31", 6]
  ] as const)("months worked from %s to %s included: %i", (a, b, n) => {
    expect(LegalDate.monthsWorked(d(a), d(b))).toBe(n)
    expect(LegalDate.monthsWorked(d(a), d(b))).toBe(byDefinition(a, CalendarDate.addDays(d(b), 1)))
  })
  it("days between agree with the calendar's own count over five centuries", () => {
    const utc = (x: string) => {
      const t = new Date(0)
      t.setUTCFullYear(Number(x.slice(0, 4)), Number(x.slice(5, 7)) - 1, Number(x.slice(8, 10)))
      return t.getTime() / 86_400_000
    }
    let checked = 0
    for (let x = d("1800-01-01"); x <= "2300-12-31"; x = CalendarDate.addDays(x, 37)) {
      for (const y of ["2000-02-29", "1900-03-01", "2024-09-16", "2100-02-28"])
        expect(LegalDate.daysBetween(d(x), d(y)), `${x} → ${y}`).toBe(utc(y) - utc(x))
      checked++
    }
    expect(checked).toBeGreaterThan(4_000)
  })
  it("days between", () => {
    expect(LegalDate.daysBetween(d("2024-02-28"), d("2024-03-01"))).toBe(2)
    expect(LegalDate.daysBetween(d("2025-03-01"), d("2025-02-28"))).toBe(-1)
  })
})
