import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

// Every `@example` in the sources' TSDoc runs here, so the documentation cannot rot. A line
// ending with a comment that is a JSON value (`Siret.isValid("...") // true`) is also checked:
// the expression must equal that value.
const src = fileURLToPath(new URL("../src", import.meta.url))
const out = fileURLToPath(new URL("./.doc-examples", import.meta.url))
const entry = join(src, "index.ts")

const files = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : []
  })

interface Example {
  readonly name: string
  readonly code: string
}

const examples: Array<Example> = []
for (const file of files(src)) {
  const lines = readFileSync(file, "utf8").split("\n")
  let block: Array<string> | undefined
  let startLine = 0
  lines.forEach((line, i) => {
    const text = line.replace(/^\s*\* ?/u, "")
    if (block === undefined && /^\s*\*\s*```ts\s*$/u.test(line)) {
      block = []
      startLine = i + 1
    } else if (block !== undefined && /^\s*\*\s*```\s*$/u.test(line)) {
      examples.push({ name: `${relative(src, file)}:${startLine}`, code: block.join("\n") })
      block = undefined
    } else if (block !== undefined) block.push(text)
  })
}

const isJson = (s: string) => {
  try {
    JSON.parse(s)
    return true
  } catch {
    return false
  }
}

// `expr // value` -> a check; statements and prose comments are left as they are.
const withChecks = (code: string) =>
  code
    .split("\n")
    .map((line) => {
      const m = /^(?!\s*(?:const|let|import|if|for)\b)(.+?)\s*\/\/\s*(.+?)\s*$/u.exec(line)
      if (m === null) return line
      const [, expr, comment] = m as unknown as [string, string, string]
      const value = comment.split(/\s+\(/u)[0] as string
      return isJson(value) ? `__check(${expr}, ${value}, ${JSON.stringify(line.trim())})` : line
    })
    .join("\n")

describe("TSDoc examples", () => {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThan(20)
  })
  examples.forEach((example, n) => {
    it(`runs ${example.name}`, async () => {
      const checks: Array<string> = []
      ;(globalThis as Record<string, unknown>).__check = (actual: unknown, expected: unknown, line: string) => {
        checks.push(line)
        expect(actual, line).toEqual(expected)
      }
      const file = join(out, `example-${n}.ts`)
      // the examples import the package by name: run them against the sources
      const code = withChecks(example.code).replaceAll('from "@accord-jeunes/domain"', `from ${JSON.stringify(entry)}`)
      writeFileSync(file, `${code}\nexport {}\n`)
      await import(/* @vite-ignore */ file)
      if (/\/\/\s*(?:true|false|\d|"|\[)/u.test(example.code)) expect(checks.length).toBeGreaterThan(0)
    })
  })
})
