// The Validator on valid records, for a CPU profile: `node --cpu-prof --cpu-prof-dir=DIR
// bench/profile.ts [--sample N]`, then `node bench/profile.ts --summary DIR/*.cpuprofile` prints
// the self time by function, heaviest first (the README's profile summary is read from it).
import { readFileSync } from "node:fs"
import { lines } from "../../engine/bench/synthetic.ts"

const at = process.argv.indexOf("--summary")
if (at >= 0) {
  const p = JSON.parse(readFileSync(process.argv[at + 1] as string, "utf8")) as {
    nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>
    samples: Array<number>
    timeDeltas: Array<number>
  }
  const byId = new Map(p.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  let total = 0
  p.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame
    const key = `${f?.functionName || "(anonymous)"} ${f?.url.split("/").slice(-2).join("/")}:${(f?.lineNumber ?? 0) + 1}`
    const dt = p.timeDeltas[i] ?? 0
    total += dt
    self.set(key, (self.get(key) ?? 0) + dt)
  })
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`)
} else {
  const i = process.argv.indexOf("--sample")
  const n = i >= 0 ? Number(process.argv[i + 1]) : 200_000
  const sample = [...lines({ people: Math.ceil(n / 3.5), actions: 2_000 })].slice(0, n)
  const { Validator } = await import("@accord-jeunes/validation")
  for (let round = 0; round < 5; round++) {
    const v = Validator.make()
    const stats = v.begin("bench.ndjson")
    for (let k = 0; k < sample.length; k++) v.line(stats, sample[k] as string, k + 1)
    v.finish()
  }
}
