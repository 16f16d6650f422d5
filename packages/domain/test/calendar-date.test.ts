import { describe, expect, it } from "vitest"
import { CalendarDate } from "../src/index.js"

describe("the calendar date of an instant in a time zone (today is the date in Paris)", () => {
  it.each([
    ["2024-12-31T23:30:00Z", "2025-01-01"], // 00:30 in Paris (UTC+1): already the new year
    ["2024-12-31T22:59:59Z", "2024-12-31"],
    ["2024-12-31T23:00:00Z", "2025-01-01"],
    ["2025-06-30T21:59:59Z", "2025-06-30"], // summer time, UTC+2
    ["2025-06-30T22:00:00Z", "2025-07-01"],
    ["2025-03-30T00:59:59Z", "2025-03-30"], // the night summer time starts
    ["2025-10-25T22:30:00Z", "2025-10-26"] // the night it ends
  ])("%s is %s in Paris", (instant, date) => {
    expect(CalendarDate.inTimeZone(new Date(instant))).toBe(date)
  })
  it("gives the UTC date in UTC, and the date of other zones", () => {
    expect(CalendarDate.inTimeZone(new Date("2024-12-31T23:30:00Z"), "UTC")).toBe("2024-12-31")
    expect(CalendarDate.inTimeZone(new Date("2025-01-01T02:00:00Z"), "America/Cayenne")).toBe("2024-12-31")
    expect(CalendarDate.inTimeZone(new Date("2025-01-01T20:00:00Z"), "Indian/Reunion")).toBe("2025-01-02")
  })
  it("gives a valid calendar date, even for far years", () => {
    const d = CalendarDate.inTimeZone(new Date("0999-05-01T12:00:00Z"))
    expect(d).toBe("0999-05-01")
    expect(CalendarDate.isValidDate(d)).toBe(true)
  })
  it("refuses a time zone Intl does not know (a programming error)", () => {
    expect(() => CalendarDate.inTimeZone(new Date(), "Europe/Lyon")).toThrow(RangeError)
  })
})
