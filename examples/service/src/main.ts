// Runs the service with the settings of the environment (src/Config.ts: PORT, HOST, MAX_BODY_BYTES,
// the pool and the timeouts) and the acts of the project file named by ACCORD_JEUNES_CONFIG (or
// accord-jeunes.config.json in the working directory). A setting it does not understand, or acts
// that do not compose, stop it before it listens: serving with limits or an agreement other than
// those configured would give answers nobody asked for.
import { randomUUID } from "node:crypto"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Catalogue } from "@accord-jeunes/domain"
import { NodeRuntime } from "@effect/platform-node"
import * as Effect from "effect/Effect"
import { HttpServer } from "effect/http"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"
import { actsOf, configVariable, formatProblems, load } from "./agreement.ts"
import * as Config from "./Config.ts"
import { server } from "./server.ts"
import { badSettings, notStarted } from "./Texts.ts"

// the test suite checks that every diagnostic code is raised by some test, this process's too
const recordRaised = () => {
  const dir = process.env.ACCORD_JEUNES_RAISED_DIR
  if (dir === undefined || Catalogue.raisedCodes().size === 0) return
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `service-${process.pid}-${randomUUID()}.txt`), [...Catalogue.raisedCodes()].join("\n"))
}

const settings = Config.read()
const loaded = Result.isSuccess(settings) ? await load() : undefined
if (Result.isFailure(settings)) {
  const lines = settings.failure.map((p) => `- ${p.message.fr}\n  ${p.message.en}`)
  process.stderr.write(`${badSettings}${lines.join("\n")}\n`)
  recordRaised()
  process.exitCode = 1
} else if (loaded !== undefined && Result.isFailure(loaded)) {
  process.stderr.write(`${notStarted(configVariable)}${formatProblems(loaded.failure)}\n`)
  recordRaised()
  process.exitCode = 1
} else if (loaded !== undefined) {
  const agreement = loaded.success
  const acts = actsOf(agreement.timeline)
  const announce = HttpServer.addressFormattedWith((address) =>
    Effect.sync(() =>
      console.log(
        [
          `accord-jeunes service on ${address} (OpenAPI: /openapi.json)`,
          `project file: ${agreement.config ?? "(none)"}`,
          `acts: ${acts.length === 0 ? "(none)" : acts.map((a) => `${a.id} (${a.kind}, from ${a.effectiveDate})`).join(", ")}`
        ].join("\n")
      )
    )
  )
  process.once("exit", recordRaised)
  Layer.launch(Layer.effectDiscard(announce).pipe(Layer.provideMerge(server({ ...settings.success, agreement })))).pipe(
    NodeRuntime.runMain
  )
}
