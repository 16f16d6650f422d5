// Prints the agreement the day before and the day the amendment takes effect, as every tool
// assembles it: the text, its founding branches' plugins, and the amendment.
import { Assembly } from "@accord-jeunes/in-force"
import { Composition } from "@accord-jeunes/plugin-sdk"
import { avenant1 } from "./avenant.ts"

const timeline = Assembly.assembleOrThrow({ acts: [avenant1] })
for (const day of ["2025-12-31", "2026-01-01"]) {
  const inForce = Composition.asOf(timeline, day)
  console.log(`${day}: ${inForce.status}`)
  for (const b of inForce.branches) console.log(`  ${b.id.padEnd(18)} since ${b.provenance.since.label.en}`)
  console.log(`  action types: ${inForce.actionTypes.length}, commitments: ${inForce.commitments.length}`)
}
