// Runs the service: PORT (default 8080), HOST (default 127.0.0.1), MAX_BODY_BYTES, and the acts of
// the project file named by ACCORD_JEUNES_CONFIG (or accord-jeunes.config.json in the working
// directory). Acts that do not compose stop it before it listens: serving another agreement than
// the one configured would give answers nobody asked for.
import { NodeRuntime } from "@effect/platform-node"
import * as Effect from "effect/Effect"
import { HttpServer } from "effect/http"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"
import { actsOf, configVariable, formatProblems, load } from "./agreement.ts"
import { server } from "./server.ts"
import { notStarted } from "./Texts.ts"

const loaded = await load()
if (Result.isFailure(loaded)) {
  process.stderr.write(`${notStarted(configVariable)}${formatProblems(loaded.failure)}\n`)
  process.exitCode = 1
} else {
  const agreement = loaded.success
  const port = Number(process.env.PORT ?? 8080)
  const host = process.env.HOST ?? "127.0.0.1"
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
  Layer.launch(
    Layer.effectDiscard(announce).pipe(
      Layer.provideMerge(
        server({
          port,
          host,
          agreement,
          ...(process.env.MAX_BODY_BYTES ? { maxBodyBytes: Number(process.env.MAX_BODY_BYTES) } : {})
        })
      )
    )
  ).pipe(NodeRuntime.runMain)
}
