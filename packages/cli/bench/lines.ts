// pnpm bench:lines (cli): reading NDJSON files through the built command line (`dist/main.js`, run
// `pnpm build` first). One line of 10, 20 and 50 MB (a valid action padded with blanks, as JSON
// allows): the time must grow with the size, not with its square (a 50 MB line took 19 s when
// chunks were added to a string and split again). Then a file of ordinary records, read once: its
// encoding is settled by its first bytes that decide; the pass over every byte (`Input.scanner`)
// that a file needs only when they cannot (a byte that is not UTF-8 before any UTF-8 sequence) is
// timed beside it.
// Options: --records N ordinary records (200000). Files are written to a temporary folder and
// removed.
import { spawnSync } from "node:child_process"
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Input } from "@accord-jeunes/validation"
import { lines } from "../../engine/bench/synthetic.ts"

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const main = fileURLToPath(new URL("../dist/main.js", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "cli-bench-lines-"))
const action = {
  kind: "action",
  schemaVersion: "1.0.0",
  id: "act-1",
  agreement: "accord-cadre-jeunes-2024",
  actionType: "company-visit",
  startDate: "2025-03-12",
  region: "84",
  missionLocales: ["ML-069"],
  branches: ["hcr"],
  companies: []
}

const run = (file: string) => {
  const start = performance.now()
  const r = spawnSync(process.execPath, [main, "validate", file, "--format", "json"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024
  })
  const seconds = (performance.now() - start) / 1000
  const stats = JSON.parse(r.stdout).stats as { read: number; accepted: number }
  return { seconds, stats }
}

try {
  console.log("one long line (built CLI, wall clock including start-up)")
  for (const mb of [10, 20, 50]) {
    const file = join(dir, `line-${mb}.ndjson`)
    const text = JSON.stringify(action)
    writeFileSync(file, `${text.slice(0, -1)}${" ".repeat(mb * 1024 * 1024)}}\n`)
    const { seconds, stats } = run(file)
    console.log(
      `  ${String(mb).padStart(3)} MB: ${seconds.toFixed(2)} s (${(mb / seconds).toFixed(0)} MB/s), read ${stats.read}, accepted ${stats.accepted}`
    )
    rmSync(file)
  }
  const count = arg("--records", 200_000)
  const file = join(dir, "records.ndjson")
  writeFileSync(file, `${[...lines({ people: Math.ceil(count / 3.5), actions: 2_000 })].slice(0, count).join("\n")}\n`)
  const size = statSync(file).size / 1024 / 1024
  const start = performance.now()
  const scan = Input.scanner()
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) scan.push(chunk as Buffer)
  scan.end()
  const scanned = (performance.now() - start) / 1000
  const { seconds, stats } = run(file)
  console.log(
    `ordinary records: ${stats.read} lines, ${size.toFixed(0)} MB: ${seconds.toFixed(2)} s in all, read once; a pass to settle the encoding, when the first bytes cannot, would add ${scanned.toFixed(2)} s (${((scanned / seconds) * 100).toFixed(0)} %)`
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
