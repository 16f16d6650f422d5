// Bundle-size budget of the browser-facing packages: what a web page pays, minified and
// gzipped, for the package and the part of effect it uses. Fails when a budget is exceeded.
//   pnpm size            (run by pnpm test, after the build)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { build } from "esbuild"

const root = fileURLToPath(new URL("..", import.meta.url))
const budgets = [
  {
    name: "@accord-jeunes/domain",
    code: `import { Diagnostic, ExchangeRecord, agreement2024 } from "@accord-jeunes/domain"\nconsole.log(Diagnostic.decode(ExchangeRecord.ExchangeRecord)({}), agreement2024.id)`,
    // 55 until the catalogue of diagnostics (62.6 kB): every code's messages, and its title, fix and
    // example in two languages, ship with the package (#12; docs-only text could move to a
    // separate entry later)
    gzipKB: 66
  },
  {
    name: "@accord-jeunes/validation",
    code: `import { Validator, Report } from "@accord-jeunes/validation"\nconst v = Validator.make(); v.text("a.csv", ""); console.log(Report.toText(v.finish()))`,
    // 110 until the validator carried the agreement in force (founding plugins, acts and their
    // composition rules, 117 kB: a page then validates exactly what the command line does), and
    // indicator definitions with their measures (123.5 kB), and the engine's report schemas that
    // its single bundle carries (125.2 kB; see the note on #14 about splitting the engine's build),
    // and the catalogues of diagnostics of the domain, the SDK, the engine and the validation
    // (160.1 kB, #12), and the speed of #14: struct checks compiled to one function per kind,
    // patterns as character comparisons, diagnostics asked only for the failing fields (165.7 kB),
    // and the age rule in any order (167.9 kB). Most of what is left to win: every code's title,
    // fix and example ship with the runtime (about a fifth of the bundle), read only by the docs
    gzipKB: 172
  }
]

const dir = mkdtempSync(join(root, "packages/cli/.size-"))
let failed = false
try {
  for (const b of budgets) {
    const entry = join(dir, `${b.name.split("/")[1]}.mjs`)
    writeFileSync(entry, b.code)
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent"
    })
    const bytes = result.outputFiles[0]?.contents ?? new Uint8Array()
    const gzip = gzipSync(bytes).length / 1024
    const ok = gzip <= b.gzipKB
    failed ||= !ok
    console.log(
      `${ok ? "ok  " : "OVER"} ${b.name.padEnd(28)} ${(bytes.length / 1024).toFixed(1).padStart(7)} kB min  ${gzip.toFixed(1).padStart(6)} kB gzip  (budget ${b.gzipKB} kB gzip)`
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
if (failed) process.exit(1)
