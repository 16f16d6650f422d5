import { agreement2024, CalendarDate } from "@accord-jeunes/domain"
import { Eligibility, Explanation, Lifecycle } from "@accord-jeunes/engine"
import { Composition } from "@accord-jeunes/plugin-sdk"

const timeline = Composition.composeOrThrow({ base: agreement2024 })
console.log(Lifecycle.statusOn(timeline, "2026-11-26").explanation.message.en)

const verdict = Eligibility.check({
  participant: { birthDate: CalendarDate.make("2000-06-10") },
  date: CalendarDate.make("2026-06-10")
})
console.log(Explanation.format(verdict, "fr"))
