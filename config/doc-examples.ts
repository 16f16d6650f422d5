// Runs every `@example` of a package's TSDoc as a test, so that documentation cannot rot. A line
// ending with a comment that is a JSON value (`Siret.isValid("...") // true`) is also checked:
// the expression must equal that value. Imports of the package's own names are pointed at its
// sources.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { describe, expect, it } from "vitest"

const files = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : []
  })

const examplesIn = (src: string) => {
  const found: Array<{ name: string; code: string }> = []
  for (const file of files(src)) {
    let block: Array<string> | undefined
    let start = 0
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (block === undefined && /^\s*\*\s*```ts\s*$/u.test(line)) {
          block = []
          start = i + 1
        } else if (block !== undefined && /^\s*\*\s*```\s*$/u.test(line)) {
          found.push({ name: `${relative(src, file)}:${start}`, code: block.join("\n") })
          block = undefined
        } else if (block !== undefined) block.push(line.replace(/^\s*\* ?/u, ""))
      })
  }
  return found
}

const isJson = (s: string) => {
  try {
    JSON.parse(s)
    return true
  } catch {
    return false
  }
}

const withChecks = (code: string) =>
  code
    .split("\n")
    .map((line) => {
      const m = /^(?!\s*(?:const|let|import|if|for|export)\b)(.+?)\s*\/\/\s*(.+?)\s*$/u.exec(line)
      if (m === null) return line
      const expr = m[1] as string
      const value = (m[2] as string).split(/\s+\(/u)[0] as string
      return isJson(value) ? `__check(${expr}, ${value}, ${JSON.stringify(line.trim())})` : line
    })
    .join("\n")

/**
 * Registers one test per TSDoc example found under `src`. `entries` maps package names to the
 * source files their imports should load.
 */
export const testDocExamples = (options: {
  readonly src: string
  readonly out: string
  readonly entries: Readonly<Record<string, string>>
  readonly minimum: number
}): void => {
  const examples = examplesIn(options.src)
  describe("TSDoc examples", () => {
    rmSync(options.out, { recursive: true, force: true })
    mkdirSync(options.out, { recursive: true })
    it(`finds at least ${options.minimum} examples`, () => {
      expect(examples.length).toBeGreaterThanOrEqual(options.minimum)
    })
    examples.forEach((example, n) => {
      it(`runs ${example.name}`, async () => {
        const checks: Array<string> = []
        ;(globalThis as Record<string, unknown>).__check = (actual: unknown, expected: unknown, line: string) => {
          checks.push(line)
          expect(actual, line).toEqual(expected)
        }
        let code = withChecks(example.code)
        for (const [name, path] of Object.entries(options.entries))
          code = code.replaceAll(`from "${name}"`, `from ${JSON.stringify(path)}`)
        const file = join(options.out, `example-${n}.ts`)
        writeFileSync(file, `${code}\nexport {}\n`)
        await import(/* @vite-ignore */ file)
        if (/\/\/\s*(?:true|false|\d|"|\[)/u.test(example.code)) expect(checks.length).toBeGreaterThan(0)
      })
    })
  })
}
