// Prints the agreement the day before and the day the amendment takes effect.
import { agreement2024 } from "@accord-jeunes/domain"
import { Composition } from "@accord-jeunes/plugin-sdk"
import { avenant1 } from "./avenant.ts"

const timeline = Composition.composeOrThrow({ base: agreement2024, acts: [avenant1] })
for (const day of ["2025-12-31", "2026-01-01"]) {
  const inForce = Composition.asOf(timeline, day)
  console.log(`${day}: ${inForce.status}`)
  for (const b of inForce.branches) console.log(`  ${b.id.padEnd(18)} since ${b.provenance.since.label.en}`)
  console.log(`  action types: ${inForce.actionTypes.length}, commitments: ${inForce.commitments.length}`)
}
