// Release dry run: what `changeset publish` would put on the registry, checked as the registry
// would receive it. Every public package is packed by pnpm (which turns `workspace:^` into real
// ranges), then each tarball is checked:
//   - its package.json names no `workspace:` range, and each internal dependency's range accepts
//     the version of that package packed alongside;
//   - publint --strict and attw (node16 and bundler resolution) pass on the tarball itself;
//   - effect is a peer dependency, in the domain's range (the command line alone depends on it).
// publiccode.yml (the public-sector software catalogue's metadata) is checked against the keys
// its standard requires, and against the package version and licence.
// With --simulate-sdk-minor, it also rehearses an SDK minor release in a throw-away clone:
// `pnpm release:version` (changeset version + sync-versions), then the plugin tests, which must still pass.
//   pnpm release:dry-run [-- --simulate-sdk-minor]
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import semver from "semver"
import { parse } from "yaml"

const root = fileURLToPath(new URL("..", import.meta.url))
const bin = (name: string) => join(root, "node_modules/.bin", name)
const run = (cmd: string, args: ReadonlyArray<string>, cwd = root) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })

interface Manifest {
  name: string
  version: string
  private?: boolean
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}
const dirs = ["packages", "packages/branches"].flatMap((parent) =>
  readdirSync(join(root, parent))
    .map((d) => join(parent, d))
    .filter((d) => existsSync(join(root, d, "package.json")))
)
const packages = dirs
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as Manifest }))
  .filter((p) => p.manifest.private !== true)
// the range of effect every package accepts: the domain's peer range
const effectRange = packages.find((p) => p.manifest.name === "@accord-jeunes/domain")?.manifest.peerDependencies?.effect
const versions = new Map(packages.map((p) => [p.manifest.name, p.manifest.version]))

// publiccode.yml: the keys the standard (0.4) marks required, and its description lengths
// (shortDescription at most 150 characters, longDescription 150 to 10 000), per the standard's
// core schema, https://yml.publiccode.tools/schema.core.html; then facts kept in step
const publiccode = (): Array<string> => {
  const doc = parse(readFileSync(join(root, "publiccode.yml"), "utf8")) as Record<string, unknown>
  const problems: Array<string> = []
  const at = (path: string) => path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], doc)
  for (const key of [
    "publiccodeYmlVersion",
    "name",
    "url",
    "platforms",
    "categories",
    "developmentStatus",
    "softwareType",
    "description",
    "legal.license",
    "maintenance.type",
    "localisation.localisationReady",
    "localisation.availableLanguages"
  ])
    if (at(key) === undefined) problems.push(`publiccode.yml: ${key} is required`)
  for (const [lang, d] of Object.entries((doc.description ?? {}) as Record<string, Record<string, unknown>>)) {
    const short = String(d.shortDescription ?? "")
    const long = String(d.longDescription ?? "")
    if (short.length === 0 || short.length > 150)
      problems.push(`publiccode.yml: description.${lang}.shortDescription has ${short.length} characters (1-150)`)
    if (long.length < 150 || long.length > 10000)
      problems.push(`publiccode.yml: description.${lang}.longDescription has ${long.length} characters (150-10000)`)
    if (!Array.isArray(d.features) || d.features.length === 0)
      problems.push(`publiccode.yml: description.${lang}.features is required`)
  }
  const domain = versions.get("@accord-jeunes/domain")
  if (doc.softwareVersion !== domain)
    problems.push(`publiccode.yml: softwareVersion "${String(doc.softwareVersion)}" is not the domain's ${domain}`)
  const licence = readFileSync(join(root, "LICENSE"), "utf8").startsWith("MIT License") ? "MIT" : "?"
  if (at("legal.license") !== licence) problems.push(`publiccode.yml: legal.license is not LICENSE's ${licence}`)
  return problems
}

const out = mkdtempSync(join(tmpdir(), "accord-jeunes-release-"))
let failures = 0
try {
  for (const { dir, manifest } of packages) {
    const before = new Set(readdirSync(out))
    run("pnpm", ["pack", "--pack-destination", out], join(root, dir))
    const tarball = readdirSync(out).find((f) => !before.has(f) && f.endsWith(".tgz"))
    if (tarball === undefined) throw new Error(`${manifest.name}: pnpm pack wrote no tarball`)
    const path = join(out, tarball)
    const packed = JSON.parse(run("tar", ["-xzOf", path, "package/package.json"])) as Manifest
    const problems: Array<string> = []
    for (const [dep, range] of Object.entries({ ...packed.dependencies, ...packed.peerDependencies })) {
      if (range.startsWith("workspace:")) problems.push(`${dep}: range "${range}" left unpublishable`)
      const v = versions.get(dep)
      if (v !== undefined && !semver.satisfies(v, range)) problems.push(`${dep}: range "${range}" refuses ${v}`)
    }
    // effect: a peer of every library (one copy in an application); only the command line, an
    // application itself, brings its own, in the same range (see docs/releasing.md)
    const effect = { dependency: packed.dependencies?.effect, peer: packed.peerDependencies?.effect }
    if (effect.dependency !== undefined && manifest.name !== "@accord-jeunes/cli")
      problems.push(`effect: a dependency ("${effect.dependency}"): declare it as a peer`)
    for (const range of [effect.dependency, effect.peer])
      if (range !== undefined && range !== effectRange) problems.push(`effect: range "${range}", not "${effectRange}"`)
    const files = run("tar", ["-tzf", path])
      .split("\n")
      .filter((f) => f !== "").length
    for (const [tool, args] of [
      ["publint", ["run", "--strict", path]],
      ["attw", [path, "--profile", "node16", "--format", "table-flipped"]]
    ] as const) {
      try {
        run(bin(tool), args)
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string }
        problems.push(`${tool}:\n${err.stdout ?? ""}${err.stderr ?? ""}`)
      }
    }
    failures += problems.length
    const size = (readFileSync(path).length / 1024).toFixed(1)
    console.log(
      `${problems.length === 0 ? "ok  " : "FAIL"} ${`${manifest.name}@${manifest.version}`.padEnd(46)} ${String(files).padStart(4)} files ${size.padStart(7)} kB`
    )
    for (const p of problems) console.log(`       ${p.replaceAll("\n", "\n       ")}`)
  }

  const metadata = publiccode()
  failures += metadata.length
  console.log(`${metadata.length === 0 ? "ok  " : "FAIL"} publiccode.yml`)
  for (const p of metadata) console.log(`       ${p}`)

  if (process.argv.includes("--simulate-sdk-minor")) {
    const clone = join(out, "clone")
    run("git", ["clone", "--quiet", root, clone])
    for (const f of readdirSync(join(clone, ".changeset")))
      if (f.endsWith(".md") && f !== "README.md") rmSync(join(clone, ".changeset", f))
    writeFileSync(
      join(clone, ".changeset/rehearsal.md"),
      '---\n"@accord-jeunes/plugin-sdk": minor\n---\n\nRehearsal of an SDK minor release.\n'
    )
    run("pnpm", ["install", "--frozen-lockfile", "--offline"], clone)
    // the real script: changeset version, sync-versions, lockfile
    const versioned = run("pnpm", ["run", "release:version"], clone)
    console.log(`\nrehearsal: SDK minor release (pnpm release:version)`)
    for (const l of versioned.split("\n")) if (l.startsWith("updated:")) console.log(`  ${l}`)
    const after = (d: string) => (JSON.parse(readFileSync(join(clone, d, "package.json"), "utf8")) as Manifest).version
    for (const d of ["packages/plugin-sdk", ...dirs.filter((d) => d.startsWith("packages/branches/"))])
      console.log(`  ${d.padEnd(36)} ${packages.find((p) => p.dir === d)?.manifest.version ?? "?"} -> ${after(d)}`)
    run("pnpm", ["install", "--offline"], clone)
    run("pnpm", ["build"], clone)
    try {
      run(
        "pnpm",
        ["exec", "vitest", "run", "packages/plugin-sdk", "packages/branches", "examples/avenant-proprete"],
        clone
      )
      console.log("  plugin-sdk, founding branches and the amendment example: tests pass after the bump")
    } catch (e) {
      failures++
      console.log(`  FAIL tests after the bump:\n${(e as { stdout?: string }).stdout ?? ""}`)
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true })
}
console.log(
  failures === 0 ? "\nrelease dry run: every package is publishable" : `\nrelease dry run: ${failures} problem(s)`
)
if (failures > 0) process.exit(1)
