// Writes the schema files (pnpm generate), or checks that the committed ones are up to date
// (--check, run by the build and in CI): a change to the domain without regenerating fails.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { files } from "./documents.ts"

const root = fileURLToPath(new URL("..", import.meta.url))
const check = process.argv.includes("--check")
const stale: Array<string> = []
for (const f of files()) {
  const path = join(root, f.path)
  if (check) {
    let current = ""
    try {
      current = readFileSync(path, "utf8")
    } catch {
      current = ""
    }
    if (current !== f.content) stale.push(f.path)
  } else {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, f.content)
  }
}
if (check && stale.length > 0) {
  console.error(
    `schemas: ${stale.length} file(s) differ from what the domain generates; run pnpm --filter @accord-jeunes/schemas generate:\n  ${stale.join("\n  ")}`
  )
  process.exit(1)
}
console.log(check ? "schemas: committed files are up to date" : `schemas: ${files().length} files written`)
