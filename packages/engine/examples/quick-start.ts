import { CalendarDate } from "@accord-jeunes/domain"
import { Eligibility, Explanation, Lifecycle } from "@accord-jeunes/engine"
import { Assembly } from "@accord-jeunes/in-force"

// the agreement as every tool assembles it: the text and its founding branches (add acts with { acts })
const timeline = Assembly.assembleOrThrow()
console.log(Lifecycle.statusOn(timeline, "2026-11-26").explanation.message.en)

const verdict = Eligibility.check({
  participant: { birthDate: CalendarDate.make("2000-06-10") },
  date: CalendarDate.make("2026-06-10")
})
console.log(Explanation.format(verdict, "fr"))
