// Starts the real server on a free loopback port for a test file, and stops it after.
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { HttpServer } from "effect/http"
import * as Layer from "effect/Layer"
import * as Scope from "effect/Scope"
import { type Options, server } from "../src/server.ts"

export const start = async (options: Options = {}) => {
  const scope = await Effect.runPromise(Scope.make())
  const context = await Effect.runPromise(
    Layer.buildWithScope(server({ ...options, port: 0, host: "127.0.0.1" }), scope)
  )
  const address = Context.get(context, HttpServer.HttpServer).address
  if (address._tag === "UnixPathAddress") throw new Error("expected a TCP address")
  return {
    url: `http://127.0.0.1:${address.port}`,
    stop: () => Effect.runPromise(Scope.close(scope, Exit.void))
  }
}
