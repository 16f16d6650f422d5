import { CalendarDate } from "/work/main/packages/domain/src/index.ts"

const signature = CalendarDate.make("2024-09-16")
