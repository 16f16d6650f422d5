// The guides run as written: those on acts, those for data stewards (getting started, premiers
// pas, confidentiality) and the one on governance and indicators. Every `accord-jeunes` command of their ```sh blocks goes
// through the built command line (node packages/cli/dist/main.js, from the repository's root), and
// must end with the exit code the guide states (0 unless a trailing comment says
// "# code de sortie N" or "# exit code N"). When a ```text block follows a ```sh block, it is the
// output of the block's last command: each of its lines must appear in the real output, in that
// order. A line "…" stands for lines left out; a line ending in "…" stands for a line that starts
// with the text before it. Files a guide writes with `cat > /tmp/NAME <<'EOF'` are written to a
// temporary directory instead, and /tmp/ is read as that directory in commands and outputs. The
// first comment of a block introduces its commands (in the guides on acts, it names the clauses
// they exercise). A guide's comment `<!-- never shown: A, B -->` lists values (personal data
// written in its files) that no output of its commands may contain.
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const main = join(root, "packages/cli/dist/main.js")
/** The guides, and whether each command's introducing comment must name the clauses it exercises. */
const guides = [
  { file: "docs/guides/amendments.md", clauses: true },
  { file: "docs/guides/fr/adhesion-par-avenant.md", clauses: true },
  { file: "docs/guides/getting-started.md", clauses: false },
  { file: "docs/guides/fr/premiers-pas.md", clauses: false },
  { file: "docs/guides/confidentiality.md", clauses: false },
  { file: "docs/guides/governance-and-indicators.md", clauses: true }
] as const
/** What `accord-jeunes` stands for in a clone, as the guides say. */
const binary = "node packages/cli/dist/main.js"
const clauseId = /(?:pre|par|sig|a\d+(?:\.\d+)?)#\d+/u

interface Block {
  readonly lang: string
  readonly lines: ReadonlyArray<string>
  /** Line number of the opening fence (1-based). */
  readonly at: number
  /** Whether only blank lines separate it from the previous block. */
  readonly follows: boolean
}

const blocks = (markdown: string): ReadonlyArray<Block> => {
  const lines = markdown.split("\n")
  const out: Array<Block> = []
  let lastEnd = -2
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/u.exec(lines[i] as string)
    if (open === null) continue
    const start = i
    const body: Array<string> = []
    for (i++; i < lines.length && !/^```\s*$/u.test(lines[i] as string); i++) body.push(lines[i] as string)
    const between = lines.slice(lastEnd + 1, start)
    out.push({
      lang: open[1] ?? "",
      lines: body,
      at: start + 1,
      follows: lastEnd >= 0 && between.every((l) => l.trim() === "")
    })
    lastEnd = i
  }
  return out
}

/** Shell words: spaces separate them; single and double quotes group. */
const words = (line: string): ReadonlyArray<string> => {
  const out: Array<string> = []
  let current: string | undefined
  let quote: string | undefined
  for (const ch of line) {
    if (quote !== undefined) {
      if (ch === quote) quote = undefined
      else current = (current ?? "") + ch
    } else if (ch === "'" || ch === '"') {
      quote = ch
      current ??= ""
    } else if (/\s/u.test(ch)) {
      if (current !== undefined) out.push(current)
      current = undefined
    } else current = (current ?? "") + ch
  }
  if (current !== undefined) out.push(current)
  return out
}

/** A trailing comment, outside quotes. */
const splitComment = (line: string): { code: string; comment: string } => {
  let quote: string | undefined
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quote !== undefined) {
      if (ch === quote) quote = undefined
    } else if (ch === "'" || ch === '"') quote = ch
    else if (ch === "#" && (i === 0 || /\s/u.test(line[i - 1] as string)))
      return { code: line.slice(0, i).trimEnd(), comment: line.slice(i + 1).trim() }
  }
  return { code: line.trimEnd(), comment: "" }
}

type Step =
  | { readonly kind: "file"; readonly path: string; readonly text: string }
  | {
      readonly kind: "run"
      readonly command: string
      readonly args: ReadonlyArray<string>
      readonly stdin?: string
      readonly exit: number
      /** The comment that introduces the command's block, naming the clauses it exercises. */
      readonly topic: string
      readonly line: number
      shown?: ReadonlyArray<string>
    }

interface Guide {
  readonly steps: ReadonlyArray<Step>
  /** Values no output may contain (`<!-- never shown: A, B -->`). */
  readonly neverShown: ReadonlyArray<string>
  /** Lines of ```sh blocks that are neither comments, files written nor `accord-jeunes` commands. */
  readonly others: ReadonlyArray<string>
}

const heredoc = /<<-?\s*'?(\w+)'?\s*$/u

const parse = (markdown: string): Guide => {
  const steps: Array<Step> = []
  const others: Array<string> = []
  let lastRun: Extract<Step, { kind: "run" }> | undefined
  for (const block of blocks(markdown)) {
    if (block.lang === "text" && block.follows && lastRun !== undefined) {
      lastRun.shown = block.lines
      lastRun = undefined
      continue
    }
    lastRun = undefined
    if (block.lang !== "sh") continue
    let topic = ""
    const lines = block.lines
    for (let i = 0; i < lines.length; i++) {
      const at = block.at + 1 + i
      let line = lines[i] as string
      while (line.endsWith("\\") && i + 1 < lines.length) line = `${line.slice(0, -1)} ${(lines[++i] as string).trim()}`
      if (line.trim() === "") continue
      if (line.trimStart().startsWith("#")) {
        if (topic === "") topic = line.trim().slice(1).trim()
        continue
      }
      const { code, comment } = splitComment(line)
      const here = heredoc.exec(code)
      let body: string | undefined
      if (here !== null) {
        const end = lines.indexOf(here[1] as string, i + 1)
        if (end < 0) throw new Error(`line ${at}: heredoc without its closing ${here[1]}`)
        body = `${lines.slice(i + 1, end).join("\n")}\n`
        i = end
      }
      const command = here === null ? code : code.slice(0, here.index).trimEnd()
      const file = /^cat\s*>\s*(\S+)$/u.exec(command)
      if (file !== null && body !== undefined) {
        steps.push({ kind: "file", path: file[1] as string, text: body })
        continue
      }
      const argv = words(command)
      if (argv[0] !== "accord-jeunes") {
        others.push(line.trim())
        continue
      }
      const exit = /(?:code de sortie|exit code)\s*:?\s*(\d+)/u.exec(comment)
      lastRun = {
        kind: "run",
        command: command.trim(),
        args: argv.slice(1),
        ...(body === undefined ? {} : { stdin: body }),
        exit: exit === null ? 0 : Number(exit[1]),
        topic,
        line: at
      }
      steps.push(lastRun)
    }
  }
  const neverShown = [...markdown.matchAll(/<!--\s*never shown:([^>]*?)-->/gu)].flatMap((m) =>
    (m[1] as string)
      .split(",")
      .map((v) => v.trim())
      .filter((v) => v !== "")
  )
  return { steps, others, neverShown }
}

/** Each shown line is found in the output, in order. */
const missingLines = (output: string, shown: ReadonlyArray<string>): ReadonlyArray<string> => {
  const lines = output.split("\n").map((l) => l.trimEnd())
  const missing: Array<string> = []
  let from = 0
  for (const raw of shown) {
    const want = raw.trimEnd()
    if (want === "" || want === "…") continue
    const prefix = want.endsWith("…") ? want.slice(0, -1).trimEnd() : undefined
    const at = lines.findIndex((l, i) => i >= from && (prefix === undefined ? l === want : l.startsWith(prefix)))
    if (at < 0) missing.push(raw)
    else from = at + 1
  }
  return missing
}

for (const { file: guide, clauses } of guides) {
  const { steps, others, neverShown } = parse(readFileSync(join(root, guide), "utf8"))
  const dir = mkdtempSync(join(tmpdir(), "guide-"))
  const local = (s: string) => s.replaceAll("/tmp/", `${dir}/`)
  const written = new Set<number>()
  const writeFilesBefore = (index: number) =>
    steps.forEach((s, i) => {
      if (i < index && s.kind === "file" && !written.has(i)) {
        writeFileSync(local(s.path), s.text)
        written.add(i)
      }
    })
  const runs = steps.flatMap((s, i) =>
    s.kind === "run" ? [{ topic: s.topic, command: s.command, step: s, index: i }] : []
  )

  describe(`${guide}, as written`, () => {
    it(`has commands to run, each introduced by a comment${clauses ? " naming the clauses it exercises" : ""}`, () => {
      expect(existsSync(main), `${main} is missing: run pnpm build first`).toBe(true)
      expect(runs.length).toBeGreaterThan(2)
      expect(
        runs
          .filter((r) => r.step.topic === "" || (clauses && !clauseId.test(r.step.topic)))
          .map((r) => `line ${r.step.line}: ${r.step.command}`)
      ).toEqual([])
    })
    it("its other shell lines are the setup it describes, and accord-jeunes is the built command line", () => {
      for (const line of others) {
        const alias = /^alias accord-jeunes=(.*)$/u.exec(line)
        if (alias !== null) expect(words(alias[1] as string)).toEqual([binary])
        else expect(line).toMatch(/^(?:pnpm |ACCORD_JEUNES_CONFIG=\S+ pnpm |curl )/u)
      }
    })
    it.each(runs)("$topic: $command", ({ step, index }) => {
      writeFilesBefore(index)
      const r = spawnSync(process.execPath, [main, ...step.args.map(local)], {
        cwd: root,
        encoding: "utf8",
        ...(step.stdin === undefined ? {} : { input: local(step.stdin) })
      })
      const output = `${r.stdout}${r.stderr}`
      expect(r.status, `exit code of line ${step.line}; output:\n${output}`).toBe(step.exit)
      if (step.shown !== undefined)
        expect(missingLines(output, step.shown.map(local)), `output of line ${step.line}:\n${output}`).toEqual([])
      expect(
        neverShown.filter((v) => output.includes(v)),
        `values repeated by line ${step.line}`
      ).toEqual([])
    })
  })
}
