// Keeps the versions written in source equal to the package versions, after `changeset version`:
// - `SdkVersion.current` of @accord-jeunes/plugin-sdk, and publiccode.yml's softwareVersion;
// - the `version` and `sdk` range of each founding branch plugin's metadata (and the `sdk` range
//   written in documentation and examples). The founding plugins are released with the SDK (a fixed group in
//   .changeset/config.json): under 0.x a new SDK minor is outside a `^0.y.z` range, so a plugin
//   that kept its old range would be refused by the SDK it ships with.
//   node scripts/sync-versions.ts           rewrite
//   node scripts/sync-versions.ts --check   fail (exit 1) when anything is out of step
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import semver from "semver"

const root = fileURLToPath(new URL("..", import.meta.url))
const check = process.argv.includes("--check")
const versionOf = (dir: string) =>
  (JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as { version: string }).version
const sdk = versionOf("packages/plugin-sdk")

const edits: Array<{ file: string; field: string; value: string }> = [
  { file: "packages/plugin-sdk/src/SdkVersion.ts", field: "export const current =", value: sdk }
]
edits.push({ file: "publiccode.yml", field: "softwareVersion:", value: versionOf("packages/domain") })
for (const name of readdirSync(join(root, "packages/branches"))) {
  const file = `packages/branches/${name}/src/index.ts`
  edits.push({ file, field: "version:", value: versionOf(`packages/branches/${name}`) })
}
let stale = 0
for (const { file, field, value } of edits) {
  const path = join(root, file)
  const text = readFileSync(path, "utf8")
  // the first occurrence only: in a plugin, the metadata block comes first
  const re = new RegExp(`(${field.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*)"([^"]*)"`)
  const m = re.exec(text)
  if (m === null) {
    console.error(`sync-versions: ${file}: no ${field} "..." found`)
    process.exit(1)
  }
  if (m[2] === value) continue
  stale++
  console.log(`${check ? "out of step" : "updated"}: ${file}: ${field} "${m[2]}" -> "${value}"`)
  if (!check) writeFileSync(path, text.replace(re, `$1"${value}"`))
}
// every plugin range written in documentation and examples (TSDoc, READMEs, quick starts);
// tests compute theirs from SdkVersion.current
const documented = execFileSync(
  "git",
  ["grep", "-l", "-E", 'sdk: "\\^[0-9]', "--", ":!**/test/**", ":!**/CHANGELOG.md"],
  {
    cwd: root,
    encoding: "utf8"
  }
)
  .split("\n")
  .filter((f) => f !== "")
// a range above the SDK is on purpose (an example of a plugin too new for it): left alone
const older = (v: string) => semver.lt(v, sdk)
const range = /(\bsdk:\s*)"\^(\d+\.\d+\.\d+)"/g
for (const file of documented) {
  const path = join(root, file)
  const text = readFileSync(path, "utf8")
  const old = [...text.matchAll(range)].filter((m) => older(m[2] as string))
  if (old.length === 0) continue
  stale += old.length
  console.log(`${check ? "out of step" : "updated"}: ${file}: ${old.length} plugin range(s) -> "^${sdk}"`)
  if (!check)
    writeFileSync(
      path,
      text.replace(range, (all, key, v) => (older(v) ? `${key}"^${sdk}"` : all))
    )
}

if (check && stale > 0) process.exit(1)
if (stale === 0)
  console.log(`sync-versions: versions in step (SDK ${sdk}), ${documented.length} files with plugin ranges`)
