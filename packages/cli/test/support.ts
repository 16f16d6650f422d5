// The command line run in-process (or built, as a user runs it), its outputs captured, and an
// action record most tests start from.
import { spawnSync } from "node:child_process"
import { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import { run } from "../src/index.js"

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url))

/** Runs the command line on `argv` with `stdin` as standard input. */
export const cli = async (argv: ReadonlyArray<string>, stdin: string | Uint8Array = "") => {
  let out = ""
  let err = ""
  const code = await run(argv, {
    stdout: (t) => {
      out += t
    },
    stderr: (t) => {
      err += t
    },
    stdin: () => Readable.from([Buffer.from(stdin)]),
    interactive: false
  })
  return { code, out, err }
}

/** A valid action of the hcr branch in Auvergne-Rhône-Alpes. */
export const action = {
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

/** The built command line (`dist/main.js`), run as a user runs it, bounded in time. */
export const built = (
  argv: ReadonlyArray<string>,
  options: { stdin?: Uint8Array | string; timeout?: number; cwd?: string } = {}
) => {
  const r = spawnSync(process.execPath, [main, ...argv], {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    input: options.stdin ?? "",
    encoding: "utf8",
    timeout: options.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024
  })
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr }
}
