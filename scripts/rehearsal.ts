// Release rehearsal on a real registry: the path a user takes from npm, run before anything is
// published.
//   1. starts Verdaccio (a root devDependency) on loopback, on a free port, with its storage, its
//      configuration and a throw-away user in a temporary directory;
//   2. publishes every public package to it with the real release command (`pnpm release`, git
//      tags off), through a temporary user .npmrc that sends the @accord-jeunes scope to the
//      loopback registry (everything else still comes from the registry npm is configured with);
//   3. in scratch directories outside the workspace, runs what the guides tell users to run:
//      - `npm install @accord-jeunes/cli`, `npx accord-jeunes validate` on the demo's sample file
//        (exit code 1 and the same report as the workspace's command), `npx @accord-jeunes/cli`;
//        then prints `npm ls --all effect vitest` and fails on more than one effect or any vitest;
//      - `npm install @accord-jeunes/domain effect`, imported from ESM and CommonJS (one effect);
//      - `npx @accord-jeunes/create-branch-plugin ...`, then `npm install` (engine-strict: the
//        plugin's tools must accept the Node it declares and runs on) and `npm test` in it;
//   4. stops Verdaccio and removes every temporary file, whatever happened; the whole rehearsal
//      has a deadline (ACCORD_JEUNES_REHEARSAL_TIMEOUT seconds, default 600).
// npm's cache for the rehearsal is temporary too: the user's own cache (and npx's) never holds the
// rehearsal's packages. Skipped when ACCORD_JEUNES_SKIP_REHEARSAL=1 (never in CI: .ci/run unsets it).
//   pnpm rehearsal
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from "node:fs"
import { request } from "node:http"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { stripVTControlCharacters } from "node:util"
import semver from "semver"

if (process.env.ACCORD_JEUNES_SKIP_REHEARSAL === "1") {
  console.log("rehearsal: skipped (ACCORD_JEUNES_SKIP_REHEARSAL=1)")
  process.exit(0)
}

const started = Date.now()
const seconds = () => ((Date.now() - started) / 1000).toFixed(1)
const log = (line: string) => console.log(`rehearsal [${seconds().padStart(5)} s] ${line}`)
const root = fileURLToPath(new URL("..", import.meta.url))
const deadline = started + Number(process.env.ACCORD_JEUNES_REHEARSAL_TIMEOUT ?? 600) * 1000
const tmp = mkdtempSync(join(tmpdir(), "accord-jeunes-rehearsal-"))
let verdaccio: ChildProcess | undefined

const cleanUp = () => {
  if (verdaccio !== undefined && verdaccio.exitCode === null) verdaccio.kill("SIGKILL")
  verdaccio = undefined
  rmSync(tmp, { recursive: true, force: true })
}
process.on("exit", cleanUp)
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => {
    cleanUp()
    process.exit(130)
  })

class Failure extends Error {}

// the environment of every command: the parent's, without what pnpm or npm set for the running
// script (which would point npm at this workspace), with the temporary user config and cache
const userconfig = join(tmp, "npmrc")
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) =>
      !/^(npm_|pnpm_|PNPM_|NPM_CONFIG_|INIT_CWD$|VITEST)/u.test(k) ||
      /^npm_config_(registry|proxy|https_proxy|noproxy|cafile)$/iu.test(k)
  )
)
const env = {
  ...baseEnv,
  npm_config_userconfig: userconfig,
  npm_config_cache: join(tmp, "npm-cache"),
  npm_config_update_notifier: "false",
  npm_config_fund: "false",
  npm_config_audit: "false",
  npm_config_yes: "true",
  CI: process.env.CI ?? "true"
}

interface Ran {
  status: number | null
  stdout: string
  stderr: string
}
const run = (cmd: string, args: ReadonlyArray<string>, cwd: string, expect: ReadonlyArray<number> = [0]): Ran => {
  const left = deadline - Date.now()
  if (left <= 0) throw new Failure(`deadline reached before \`${cmd} ${args.join(" ")}\``)
  const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8", timeout: left, maxBuffer: 64 * 1024 * 1024 })
  const ran = { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" }
  if (r.error !== undefined || r.status === null || !expect.includes(r.status))
    throw new Failure(
      `\`${cmd} ${args.join(" ")}\` in ${cwd}: ${r.error?.message ?? `exit code ${r.status} (expected ${expect.join(" or ")})`}\n${ran.stdout}${ran.stderr}`
    )
  return ran
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject()))
    })
  })

// one HTTP exchange with the registry, on a fresh connection (no keep-alive: Verdaccio closes idle
// sockets sooner than fetch expects)
const http = (url: string, method = "GET", body?: unknown) =>
  new Promise<{ status: number; json: unknown }>((resolve, reject) => {
    const req = request(url, { method, agent: false, headers: { "content-type": "application/json" } }, (res) => {
      let text = ""
      res.setEncoding("utf8")
      res.on("data", (c: string) => {
        text += c
      })
      res.on("end", () => {
        let json: unknown = {}
        try {
          json = JSON.parse(text)
        } catch {}
        resolve({ status: res.statusCode ?? 0, json })
      })
    })
    req.setTimeout(10_000, () => req.destroy(new Error(`${method} ${url}: no answer within 10 s`)))
    req.on("error", reject)
    req.end(body === undefined ? undefined : JSON.stringify(body))
  })

// every installed copy of a package in a node_modules tree, by walking it
const copies = (dir: string, name: string): Array<string> => {
  const found: Array<string> = []
  const walk = (nm: string) => {
    if (!existsSync(nm)) return
    for (const entry of readdirSync(nm)) {
      if (entry.startsWith(".")) continue
      const names = entry.startsWith("@") ? readdirSync(join(nm, entry)).map((s) => `${entry}/${s}`) : [entry]
      for (const n of names) {
        const pkg = join(nm, n)
        if (n === name && existsSync(join(pkg, "package.json")))
          found.push(
            `${name}@${(JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { version: string }).version} ${pkg.slice(dir.length + 1)}`
          )
        walk(join(pkg, "node_modules"))
      }
    }
  }
  walk(join(dir, "node_modules"))
  return found
}

const userProject = (name: string) => {
  const dir = join(tmp, "users", name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: `rehearsal-${name}`, private: true }, null, 2)}\n`)
  return dir
}

const oneEffectNoVitest = (dir: string, what: string) => {
  const effects = copies(dir, "effect")
  const vitests = copies(dir, "vitest")
  for (const c of [...effects, ...vitests]) log(`  installed: ${c}`)
  if (effects.length !== 1) throw new Failure(`${what}: ${effects.length} copies of effect (expected one)`)
  if (vitests.length !== 0) throw new Failure(`${what}: vitest installed in a production install`)
  log(`${what}: one effect (${effects[0]?.split(" ")[0]}), no vitest`)
}

const main = async () => {
  log(`node ${process.version}, npm ${run("npm", ["--version"], tmp).stdout.trim()}, in ${tmp}`)

  // 1. the registry
  const port = await freePort()
  const registry = `http://127.0.0.1:${port}/`
  writeFileSync(
    join(tmp, "verdaccio.yaml"),
    [
      `storage: ${JSON.stringify(join(tmp, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(join(tmp, "htpasswd"))}`,
      "uplinks: {}",
      "packages:",
      "  '@accord-jeunes/*':",
      "    access: $all",
      "    publish: $authenticated",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "web:",
      "  enable: false",
      "log: { type: stdout, format: pretty, level: warn }",
      ""
    ].join("\n")
  )
  const verdaccioLog = join(tmp, "verdaccio.log")
  const out = createWriteStream(verdaccioLog)
  verdaccio = spawn(
    process.execPath,
    [
      join(root, "node_modules/verdaccio/bin/verdaccio"),
      "--config",
      join(tmp, "verdaccio.yaml"),
      "--listen",
      `127.0.0.1:${port}`
    ],
    { cwd: tmp, env: baseEnv, stdio: ["ignore", "pipe", "pipe"] }
  )
  verdaccio.stdout?.pipe(out)
  verdaccio.stderr?.pipe(out)
  for (;;) {
    if (verdaccio.exitCode !== null) throw new Failure(`verdaccio stopped:\n${readFileSync(verdaccioLog, "utf8")}`)
    if (Date.now() > started + 60_000) throw new Failure("verdaccio did not answer within 60 s")
    const ok = await http(`${registry}-/ping`).then(
      (r) => r.status === 200,
      () => false
    )
    if (ok) break
    await new Promise((r) => setTimeout(r, 200))
  }
  const user = await http(`${registry}-/user/org.couchdb.user:rehearsal`, "PUT", {
    name: "rehearsal",
    password: `rehearsal-${port}-${Date.now()}`,
    email: "rehearsal@example.org"
  })
  const { token } = user.json as { token?: string }
  if (token === undefined) throw new Failure(`verdaccio refused the throw-away user (${user.status})`)
  // the user's own npm configuration, then the scope sent to the loopback registry
  const own = run("npm", ["config", "get", "userconfig"], tmp).stdout.trim()
  const ownConfig = own !== "" && existsSync(own) ? readFileSync(own, "utf8") : ""
  writeFileSync(
    userconfig,
    `${ownConfig}\n@accord-jeunes:registry=${registry}\n//127.0.0.1:${port}/:_authToken=${token}\n`
  )
  log(`verdaccio ${registry} (storage and configuration in ${tmp})`)

  // 2. the real release command
  const published = run("pnpm", ["release", "--no-git-tag"], root)
  const manifests = ["packages", "packages/branches"]
    .flatMap((p) => readdirSync(join(root, p)).map((d) => join(root, p, d, "package.json")))
    .filter((f) => existsSync(f))
    .map((f) => JSON.parse(readFileSync(f, "utf8")) as { name: string; version: string; private?: boolean })
    .filter((m) => m.private !== true)
  for (const m of manifests) {
    const doc = (await http(`${registry}${m.name.replace("/", "%2f")}`)).json as { versions?: Record<string, unknown> }
    if (doc.versions?.[m.version] === undefined)
      throw new Failure(
        `${m.name}@${m.version} is not on the registry after \`pnpm release\`:\n${published.stdout}${published.stderr}`
      )
  }
  log(
    `pnpm release: ${manifests.length} packages published (${manifests.map((m) => m.name.replace("@accord-jeunes/", "")).join(", ")})`
  )

  // 3a. the command line, installed as a user installs it
  const sample = join(root, "examples/demo/data/records.ndjson")
  const cliUser = userProject("cli")
  cpSync(sample, join(cliUser, "records.ndjson"))
  run("npm", ["install", "@accord-jeunes/cli"], cliUser)
  const installed = run("npx", ["accord-jeunes", "validate", "records.ndjson"], cliUser, [1])
  const workspace = spawnSync(
    process.execPath,
    [join(root, "packages/cli/dist/main.js"), "validate", "records.ndjson"],
    {
      cwd: cliUser,
      encoding: "utf8"
    }
  )
  const counts = installed.stdout.split("\n").find((l) => /^\d+ enregistrement\(s\) lu\(s\) : \d+ accepté/u.test(l))
  if (counts === undefined) throw new Failure(`npx accord-jeunes validate: no counts line\n${installed.stdout}`)
  if (installed.stdout !== workspace.stdout)
    throw new Failure(
      `the installed command's report differs from the workspace's:\n${installed.stdout}\n---\n${workspace.stdout}`
    )
  log(`npm install @accord-jeunes/cli; npx accord-jeunes validate records.ndjson: exit 1, "${counts}"`)
  const version = run("npx", ["accord-jeunes", "--version"], cliUser).stdout.trim()
  log(`npx accord-jeunes --version: ${version}`)
  log("npm ls --all effect vitest:")
  const tree = run("npm", ["ls", "--all", "effect", "vitest"], cliUser)
  for (const line of tree.stdout.trimEnd().split("\n")) log(`  ${line}`)
  oneEffectNoVitest(cliUser, "@accord-jeunes/cli")

  // the guides' one-liner, in a directory with no project
  const bare = join(tmp, "users", "npx")
  mkdirSync(bare, { recursive: true })
  cpSync(sample, join(bare, "records.ndjson"))
  const npx = run("npx", ["@accord-jeunes/cli", "validate", "records.ndjson"], bare, [1])
  if (!npx.stdout.includes(counts)) throw new Failure(`npx @accord-jeunes/cli validate: another report\n${npx.stdout}`)
  log("npx @accord-jeunes/cli validate records.ndjson: exit 1, same report")

  // 3b. the domain, from ESM and CommonJS
  const libUser = userProject("domain")
  run("npm", ["install", "@accord-jeunes/domain", "effect"], libUser)
  const probe = (imports: string) =>
    `${imports}\nconst t = Schema.decodeUnknownSync(Identifier.BranchId)("proprete")\nconsole.log(agreement2024.id, t, agreement2024.actionTypes.length)\n`
  writeFileSync(
    join(libUser, "esm.mjs"),
    probe('import { agreement2024, Identifier } from "@accord-jeunes/domain"\nimport { Schema } from "effect"')
  )
  writeFileSync(
    join(libUser, "cjs.cjs"),
    probe(
      'const { agreement2024, Identifier } = require("@accord-jeunes/domain")\nconst { Schema } = require("effect")'
    )
  )
  const esm = run(process.execPath, ["esm.mjs"], libUser).stdout.trim()
  const cjs = run(process.execPath, ["cjs.cjs"], libUser).stdout.trim()
  if (esm !== cjs || esm === "") throw new Failure(`ESM and CommonJS disagree: "${esm}" / "${cjs}"`)
  log(`npm install @accord-jeunes/domain effect; ESM and CommonJS: ${esm}`)
  oneEffectNoVitest(libUser, "@accord-jeunes/domain")

  // 3c. the generator, as the guide writes it, then the new plugin's own tests
  const authors = join(tmp, "users", "plugin")
  mkdirSync(authors, { recursive: true })
  run(
    "npx",
    [
      "@accord-jeunes/create-branch-plugin",
      "./branch-proprete",
      "--id",
      "proprete",
      "--name-fr",
      "Propreté",
      "--name-en",
      "Cleaning",
      "--idcc",
      "3043"
    ],
    authors
  )
  const plugin = join(authors, "branch-proprete")
  const engines = (JSON.parse(readFileSync(join(plugin, "package.json"), "utf8")) as { engines?: { node?: string } })
    .engines?.node
  if (engines === undefined) throw new Failure("the generated plugin declares no engines")
  if (!semver.satisfies(process.versions.node, engines))
    throw new Failure(`Node ${process.versions.node} is outside the plugin's engines ${engines}`)
  run("npm", ["install", "--engine-strict"], plugin)
  const tests = run("npm", ["test"], plugin)
  const summary = stripVTControlCharacters(`${tests.stdout}${tests.stderr}`)
    .split("\n")
    .find((l) => /Tests\s+\d+ passed/u.test(l))
  log(
    `npx @accord-jeunes/create-branch-plugin ./branch-proprete ...; npm install; npm test on Node ${process.versions.node} (engines ${engines}): ${summary?.trim() ?? "passed"}`
  )
}

main().then(
  () => {
    cleanUp()
    log("passed: installed from a registry as users install it")
  },
  (e: unknown) => {
    const registryLog = existsSync(join(tmp, "verdaccio.log")) ? readFileSync(join(tmp, "verdaccio.log"), "utf8") : ""
    if (registryLog.trim() !== "")
      console.error(`verdaccio's log:\n${registryLog.trimEnd().split("\n").slice(-30).join("\n")}`)
    if (e instanceof Error && e.cause !== undefined) console.error(e.cause)
    cleanUp()
    console.error(`rehearsal [${seconds().padStart(5)} s] FAILED: ${e instanceof Error ? e.message : String(e)}`)
    process.exitCode = 1
  }
)
