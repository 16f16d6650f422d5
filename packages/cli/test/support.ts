// The command line run in-process, its outputs captured, and an action record most tests start from.
import { Readable } from "node:stream"
import { run } from "../src/index.js"

/** Runs the command line on `argv` with `stdin` as standard input. */
export const cli = async (argv: ReadonlyArray<string>, stdin = "") => {
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
