// The vitest kit, run as a plugin author runs it, on faulty plugins: in a vitest of its own, so
// that its failing tests can be looked at rather than fail this suite.
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"

const pkg = fileURLToPath(new URL("..", import.meta.url))
const vitest = fileURLToPath(new URL("../../../node_modules/vitest/vitest.mjs", import.meta.url))
const dir = mkdtempSync(join(pkg, "test/.generated-kit-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Assertion {
  readonly ancestorTitles: ReadonlyArray<string>
  readonly title: string
  readonly status: string
}

const run = (): ReadonlyArray<Assertion> => {
  const config = join(dir, "vitest.config.ts")
  const output = join(dir, "results.json")
  const domain = fileURLToPath(new URL("../../domain/src/index.ts", import.meta.url))
  writeFileSync(
    config,
    `import { defineConfig } from "vitest/config"
export default defineConfig({
  resolve: { alias: { "@accord-jeunes/domain": ${JSON.stringify(domain)} } },
  test: { include: ["test/kit/faulty-plugins.ts"] }
})
`
  )
  // a clean environment: the inner vitest must not think it runs inside this one
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST")))
  spawnSync(
    process.execPath,
    [vitest, "run", "--root", pkg, "--config", config, "--reporter=json", `--outputFile=${output}`],
    { encoding: "utf8", env, timeout: 120_000 }
  )
  const results = JSON.parse(readFileSync(output, "utf8")) as {
    testResults: ReadonlyArray<{ assertionResults: ReadonlyArray<Assertion> }>
  }
  return results.testResults.flatMap((f) => f.assertionResults)
}

describe("testBranchPlugin on faulty plugins", () => {
  const results = run()
  const of = (suite: string) =>
    results.filter((a) => a.ancestorTitles.includes(suite)).map((a) => `${a.status} ${a.title}`)
  it("pre#7: fails the themes with problems and skips, with why, the themes it could not check", () => {
    expect(of("branch plugin @example/branch-proprete@1.0.0 conformance")).toEqual([
      "skipped supports this SDK version (not checked: meta.sdk is not a readable version range: compatibility with the SDK was not checked)",
      "failed declaration matches the schema",
      "passed valid codes (IDCC, ROME, RNCP, RS, regions, dates)",
      "passed French and English labels present",
      "passed ids unique and in the branch's namespace",
      "passed pure functions that do not throw",
      "passed example records validate and belong to the branch",
      "skipped joins the agreement without conflict (clauses, action types, IDCC) (not checked: the plugin does not load (see the other themes): joining the agreement was not tried)"
    ])
  })
  it("pre#7: a plugin that throws when read does not stop the test file", () => {
    expect(of("branch plugin ? conformance").map((s) => s.replace(/ \(non vérifié : .*$/u, ""))).toEqual([
      "skipped accepte cette version du SDK",
      "failed déclaration conforme au schéma",
      "skipped codes valides (IDCC, ROME, RNCP, RS, régions, dates)",
      "skipped libellés français et anglais présents",
      "skipped identifiants uniques, dans l'espace de noms de la branche",
      "passed fonctions pures, qui ne lèvent pas d'erreur",
      "skipped enregistrements d'exemple valides et rattachés à la branche",
      "skipped entre dans l'accord sans conflit (clauses, types d'actions, IDCC)"
    ])
  })
})
