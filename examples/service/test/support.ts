// Starts the real server on a free loopback port for a test file, and stops it after; or runs
// the service's entry point as a child process, to test what it does at start-up.
import { spawn } from "node:child_process"
import { type Agent, request as httpRequest } from "node:http"
import { connect } from "node:net"
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

/** An answer read off a raw connection: status, headers (lower-case names) and body. */
export interface RawAnswer {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/**
 * Writes `chunks` on a new connection to `url`'s host, one every `delayMs` (a trickle when it is
 * large), and resolves with what the server answered once it closes the connection.
 */
export const raw = (
  url: string,
  chunks: ReadonlyArray<string | Uint8Array>,
  delayMs = 0
): Promise<RawAnswer & { readonly sent: number }> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url)
    const socket = connect(Number(port), hostname)
    const received: Array<Buffer> = []
    let sent = 0
    let timer: NodeJS.Timeout | undefined
    const next = () => {
      if (sent >= chunks.length || socket.destroyed || !socket.writable) return
      socket.write(chunks[sent++] as string | Uint8Array)
      timer = setTimeout(next, delayMs)
    }
    socket.on("connect", next)
    socket.on("data", (d) => received.push(d))
    socket.on("error", () => {})
    socket.on("close", () => {
      clearTimeout(timer)
      const text = Buffer.concat(received).toString("utf8")
      const split = text.indexOf("\r\n\r\n")
      if (split < 0) return reject(new Error(`no answer (${text.length} bytes) after ${sent} chunks`))
      const [statusLine = "", ...lines] = text.slice(0, split).split("\r\n")
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()])
      )
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body: text.slice(split + 4), sent })
    })
  })

/** A request as Node's HTTP client sends it, headers given as a list (a name may repeat). */
export const request = (
  url: string,
  options: {
    readonly method?: string
    readonly headers?: ReadonlyArray<readonly [string, string]>
    readonly body?: string | Uint8Array
    readonly agent?: Agent
  } = {}
): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: options.method ?? "GET",
        // a list of headers is sent as it is: Node adds no Host to it
        headers: [["host", new URL(url).host], ...(options.headers ?? [])].flat(),
        ...(options.agent === undefined ? {} : { agent: options.agent })
      },
      (res) => {
        const chunks: Array<Buffer> = []
        res.on("data", (c: Buffer) => chunks.push(c))
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers as Record<string, string>,
            body: Buffer.concat(chunks).toString("utf8")
          })
        )
        res.on("error", reject)
      }
    )
    req.on("error", reject)
    req.end(options.body)
  })
