// Runs the service: PORT (default 8080), HOST (default 127.0.0.1), MAX_BODY_BYTES.
import { NodeRuntime } from "@effect/platform-node"
import * as Layer from "effect/Layer"
import { server } from "./server.ts"

const port = Number(process.env.PORT ?? 8080)
const host = process.env.HOST ?? "127.0.0.1"
console.log(`accord-jeunes service on http://${host}:${port} (OpenAPI: /openapi.json)`)
Layer.launch(
  server({ port, host, ...(process.env.MAX_BODY_BYTES ? { maxBodyBytes: Number(process.env.MAX_BODY_BYTES) } : {}) })
).pipe(NodeRuntime.runMain)
