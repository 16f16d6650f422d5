// Starts the real server on a free loopback port for a test file, and stops it after; or runs
// the service's entry point as a child process, to test what it does at start-up.
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
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

/** What became of `node src/main.ts`: listening (with its URL and a way to stop it), or exited. */
export type Launched =
  | { readonly _tag: "Listening"; readonly url: string; readonly stdout: string; readonly stop: () => Promise<void> }
  | { readonly _tag: "Exited"; readonly code: number | null; readonly stdout: string; readonly stderr: string }

const main = fileURLToPath(new URL("../src/main.ts", import.meta.url))

/**
 * Runs the service as it is run in production, `node src/main.ts`, on a free loopback port, with
 * the given environment and working directory; resolves once it listens or has exited (within
 * `timeoutMs`, after which it is killed).
 */
export const launch = (options: {
  readonly cwd: string
  readonly env?: Readonly<Record<string, string>>
  readonly timeoutMs?: number
}): Promise<Launched> =>
  new Promise((resolve, reject) => {
    const { ACCORD_JEUNES_CONFIG: _ignored, ...inherited } = process.env
    const child = spawn(process.execPath, [main], {
      cwd: options.cwd,
      env: { ...inherited, PORT: "0", HOST: "127.0.0.1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    const exited = new Promise<void>((done) => child.once("exit", () => done()))
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM")
        const killed = setTimeout(() => child.kill("SIGKILL"), 5_000)
        await exited
        clearTimeout(killed)
      }
    }
    const timer = setTimeout(() => {
      void stop().then(() =>
        reject(new Error(`service neither listened nor exited within ${options.timeoutMs ?? 20_000} ms:\n${stderr}`))
      )
    }, options.timeoutMs ?? 20_000)
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk
      const m = /service on (http:\/\/\S+)/u.exec(stdout)
      if (m?.[1] !== undefined && stdout.includes("\nacts: ")) {
        clearTimeout(timer)
        resolve({ _tag: "Listening", url: m[1], stdout, stop })
      }
    })
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk
    })
    child.once("exit", (code) => {
      clearTimeout(timer)
      resolve({ _tag: "Exited", code, stdout, stderr })
    })
  })
