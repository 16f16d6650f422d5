import { Schema } from "effect"
import { CalendarDate } from "/work/main/packages/domain/src/index.ts"

__check(
  Schema.decodeUnknownSync(CalendarDate.CalendarDate)("2024-09-16"),
  "2024-09-16",
  'Schema.decodeUnknownSync(CalendarDate.CalendarDate)("2024-09-16") // "2024-09-16"'
)
__check(
  Schema.is(CalendarDate.CalendarDate)("2025-02-29"),
  false,
  'Schema.is(CalendarDate.CalendarDate)("2025-02-29")                // false'
)
