// pnpm bench: composing many acts. A thousand amendments (each checked for consent, a7#2) must
// compose, and give the agreement on a date, within a second; printed next to the bare text's
// composition, medians of interleaved rounds.
//   Options: --acts N (default 1000), --rounds N (default 7).
import { agreement2024 } from "@accord-jeunes/domain"
import { Composition, defineAmendment } from "@accord-jeunes/plugin-sdk"

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const count = arg("--acts", 1000)
const rounds = arg("--rounds", 7)
const sign = (party: string) => ({
  party,
  representations: [{ representative: { name: "Signataire", title: "Fictif" } }]
})
const everyone = ["state", "unml", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"].map(sign)
const acts = Array.from({ length: count }, (_, i) =>
  defineAmendment({
    agreement: agreement2024.id,
    number: i + 1,
    title: { fr: `Avenant n°${i + 1}`, en: `Amendment no. ${i + 1}` },
    signatureDate: "2025-01-15",
    effectiveDate: `2025-${String(1 + (i % 12)).padStart(2, "0")}-15`,
    signatories: everyone as never,
    operations: [{ op: "clause-amended", clause: "a4#3", parameters: { "minimum-meetings-per-year": 2 + (i % 3) } }]
  })
)

const time = (f: () => void) => {
  const start = performance.now()
  f()
  return performance.now() - start
}
const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const bare: Array<number> = []
const many: Array<number> = []
for (let r = 0; r < rounds; r++) {
  bare.push(time(() => Composition.asOf(Composition.composeOrThrow({ base: agreement2024 }), "2025-12-31")))
  many.push(time(() => Composition.asOf(Composition.composeOrThrow({ base: agreement2024, acts }), "2025-12-31")))
}
const m = median(many)
console.log(`composition, ${rounds} interleaved rounds (median):`)
console.log(`  the text alone            ${median(bare).toFixed(1).padStart(8)} ms   1.00`)
console.log(
  `  the text and ${count} acts   ${m.toFixed(1).padStart(8)} ms   ${(m / median(bare)).toFixed(2)} × the text alone`
)
console.log(`  budget 1 000 ms: ${m < 1000 ? "met" : "MISSED"} (${(m / 1000).toFixed(2)} of it)`)
if (m >= 1000) process.exitCode = 1
