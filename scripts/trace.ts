// Traceability: every clause of the agreement -> where the code encodes it -> which tests
// exercise it. Generated from the code (clause ids cited as string literals in packages'
// sources) and from the test run (passing tests whose names cite the clause id).
//
//   pnpm trace                     table; runs the tests to find which exercise what
//   pnpm trace --json              [{ id, article, encodedIn, tests }]
//   pnpm trace --results F         read a vitest JSON report instead of running the tests
//   pnpm trace --check             exit 1 when a clause has no encoding or no passing test
import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("..", import.meta.url))
const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

if (flag("--help")) {
  console.log("usage: pnpm trace [--json] [--check] [--results vitest-report.json]")
  process.exit(0)
}

// The inventory: the clauses of the 2024 agreement, as the built domain package holds them.
const domainEntry = join(root, "packages/domain/dist/index.js")
let clauses: ReadonlyArray<{ id: string; article: string }>
try {
  const domain = (await import(domainEntry)) as {
    agreement2024: { clauses: ReadonlyArray<{ id: string; article: string }> }
  }
  clauses = domain.agreement2024.clauses
} catch (e) {
  console.error(`trace: cannot load ${relative(root, domainEntry)} (run pnpm build first): ${String(e)}`)
  process.exit(2)
}
const inventoryFile = "packages/domain/src/agreement-2024/clauses.ts"
const clauseId = /(?:pre|par|sig|a\d+(?:\.\d+)?)#\d+/gu
const quotedClauseId = /["'`]((?:pre|par|sig|a\d+(?:\.\d+)?)#\d+)["'`]/gu

const sourceFiles = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === "node_modules" || name === "dist" || name === "test") return []
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith(".ts") && !path.endsWith(".d.ts") && path.includes("/src/") ? [path] : []
  })

const encodedIn = new Map<string, Array<string>>()
for (const file of sourceFiles(join(root, "packages"))) {
  const rel = relative(root, file)
  if (rel === inventoryFile) continue
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      // documentation comments name clauses in examples; only code counts as an encoding
      if (/^\s*(?:\*|\/\*|\/\/)/u.test(line)) return
      for (const m of line.matchAll(quotedClauseId)) {
        const id = m[1] as string
        const places = encodedIn.get(id) ?? []
        const place = `${rel}:${i + 1}`
        if (!places.includes(place)) places.push(place)
        encodedIn.set(id, places)
      }
    })
}

// Tests: from a vitest JSON report, only tests that passed count.
interface Report {
  testResults: ReadonlyArray<{
    name: string
    assertionResults: ReadonlyArray<{ fullName: string; status: string }>
  }>
}
let reportPath = option("--results")
if (reportPath === undefined) {
  reportPath = join(mkdtempSync(join(tmpdir(), "trace-")), "vitest.json")
  try {
    execFileSync(join(root, "node_modules/.bin/vitest"), ["run", "--reporter=json", `--outputFile=${reportPath}`], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"]
    })
  } catch {
    // failing tests are reported below as missing coverage
  }
}
let report: Report
try {
  report = JSON.parse(readFileSync(reportPath, "utf8")) as Report
} catch (e) {
  console.error(`trace: cannot read the test report ${reportPath}: ${String(e)}`)
  process.exit(2)
}
const tests = new Map<string, Array<string>>()
for (const file of report.testResults)
  for (const t of file.assertionResults) {
    if (t.status !== "passed") continue
    for (const id of new Set(t.fullName.match(clauseId) ?? [])) {
      const list = tests.get(id) ?? []
      list.push(`${relative(root, file.name)} > ${t.fullName}`)
      tests.set(id, list)
    }
  }

const rows = clauses.map((c) => ({
  id: c.id,
  article: c.article,
  encodedIn: encodedIn.get(c.id) ?? [],
  tests: tests.get(c.id) ?? []
}))

if (flag("--json")) console.log(JSON.stringify(rows, null, 2))
else {
  for (const r of rows)
    console.log(
      `${r.id.padEnd(8)} ${r.article.padEnd(16)} encoded ${String(r.encodedIn.length).padStart(2)}  tests ${String(r.tests.length).padStart(2)}  ${r.encodedIn[0] ?? "-"}`
    )
}

// Tests may name ids that do not exist (to check they are refused); code may not cite them.
const unknown = [...encodedIn.keys()].filter((id) => !clauses.some((c) => c.id === id))
const missing = rows.filter((r) => r.encodedIn.length === 0 || r.tests.length === 0)
if (flag("--check")) {
  for (const r of missing)
    console.error(
      `trace: clause ${r.id} (${r.article}) has ${r.encodedIn.length === 0 ? "no encoding" : ""}${r.encodedIn.length === 0 && r.tests.length === 0 ? " and " : ""}${r.tests.length === 0 ? "no passing test" : ""}`
    )
  for (const id of unknown) console.error(`trace: ${id} is cited but is not a clause of the inventory`)
  if (missing.length > 0 || unknown.length > 0) process.exit(1)
  console.error(`trace: all ${rows.length} clauses are encoded and tested`)
}
