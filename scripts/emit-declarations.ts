// Emits a package's type declarations with tsc, one file per module, into dist/dts, then
// writes a .d.cts twin of each (with .cjs specifiers) for CommonJS consumers.
// Bundled declarations are not used: bundling loses the value half of a namespace member that
// is both a value and a type (the `export const X = Schema...; export type X = ...` idiom).
//   usage (from a package folder): node ../../scripts/emit-declarations.ts [tsconfig.build.json]
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"

const project = process.argv[2] ?? "tsconfig.build.json"
const out = join(process.cwd(), "dist", "dts")
rmSync(out, { recursive: true, force: true })
const tsc = createRequire(join(process.cwd(), "package.json")).resolve("typescript/bin/tsc")
execFileSync(process.execPath, [tsc, "-p", project], { stdio: "inherit" })

const walk = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })

let count = 0
for (const file of walk(out)) {
  if (!file.endsWith(".d.ts")) continue
  const text = readFileSync(file, "utf8").replace(/(from\s+["']\.{1,2}\/[^"']*?)\.js(["'])/gu, "$1.cjs$2")
  writeFileSync(file.replace(/\.d\.ts$/u, ".d.cts"), text.replace(/\/\/# sourceMappingURL=.*$/mu, ""))
  count++
}
console.log(`declarations: ${count} modules in ${out} (.d.ts and .d.cts)`)
