// The command line the project's commands share, on effect/cli: help in the user's language with
// none of effect's English left, completion scripts, the version, each usage fault with its code,
// and what is not the user's fault left to the caller.
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Command as Cli, CliError } from "effect/cli"
import { afterAll, describe, expect, it } from "vitest"
import { Command, CommandLine } from "../src/index.js"

const out = mkdtempSync(join(tmpdir(), "command-line-"))
afterAll(() => rmSync(out, { recursive: true, force: true }))

const capture = () => {
  const streams = { stdout: "", stderr: "" }
  return {
    streams,
    io: {
      stdout: (t: string) => {
        streams.stdout += t
      },
      stderr: (t: string) => {
        streams.stderr += t
      }
    }
  }
}
const run = async (args: ReadonlyArray<string>) => {
  const { streams, io } = capture()
  const code = await Command.run(args, io)
  return { code, ...streams }
}
const good = ["--id", "proprete", "--name-fr", "Propreté", "--name-en", "Cleaning", "--idcc", "3043"]

// what effect writes in English in a help of its own: headings, usage words, built-in options
const english =
  /\[flags\]|choices:|\bUSAGE\b|\bFLAGS\b|\bDESCRIPTION\b|\bARGUMENTS\b|\bSUBCOMMANDS\b|Show help|Show version|shell completion script|<[a-z]+>/u

describe("the help", () => {
  it("is in French by default, none of effect's English left", async () => {
    const r = await run(["--help"])
    expect(r.code).toBe(0)
    expect(r.stdout).not.toMatch(english)
    expect(r.stdout).not.toMatch(/^(?:Options|Arguments|Global options):/mu)
    expect(r.stdout).toContain("Arguments :\n  DOSSIER ")
    expect(r.stdout).toContain("\nOptions :\n  --id ID ")
    expect(r.stdout).toContain("\nOptions générales :\n  --help, -h ")
    expect(r.stdout).toMatch(/^ {2}--lang fr\|en +langue des messages/mu)
    expect(r.stdout).toMatch(/^ {2}--completions SHELL +écrire le script de complétion/mu)
    // a switch shows no value
    expect(r.stdout).toMatch(/^ {2}--workspace +dans le dépôt/mu)
  })
  it("is in English with --lang en, wherever it is on the line", async () => {
    for (const args of [
      ["--help", "--lang", "en"],
      ["--lang=en", "-h"]
    ]) {
      const r = await run(args)
      expect(r.code).toBe(0)
      expect(r.stdout.split("\n")[0]).toBe(
        "create-branch-plugin DIRECTORY --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...] [options]"
      )
      expect(r.stdout).not.toMatch(english)
      expect(r.stdout).toContain("\nGlobal options:\n  --help, -h ")
      expect(r.stdout).not.toMatch(/Options générales|afficher|langue/u)
    }
  })
})

describe("completion scripts", () => {
  it("writes one for bash, zsh and fish, describing the options in the user's language", async () => {
    const bash = await run(["--completions", "bash"])
    expect(bash.code).toBe(0)
    expect(bash.stdout.split("\n")[0]).toBe("###-begin-create-branch-plugin-completions-###")
    expect(bash.stdout).toContain("--name-fr")
    const zsh = await run(["--completions", "zsh"])
    expect(zsh.stdout.split("\n")[0]).toBe("#compdef create-branch-plugin")
    expect(zsh.stdout).toContain(
      "'(--id)--id[identifiant de la branche, en minuscules et tirets (ex. proprete)]:value:'"
    )
    const fish = await run(["--completions", "fish", "--lang", "en"])
    expect(fish.stdout).toContain("complete -c create-branch-plugin")
    expect(fish.stdout).toContain("-l workspace -d 'inside the accord-jeunes repository")
    expect(fish.stdout).not.toContain("identifiant")
  })
  it("is written by the built command as users run it", () => {
    const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url))
    const r = spawnSync(process.execPath, [cli, "--completions", "zsh"], { encoding: "utf8" })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain("compdef _create_branch_plugin create-branch-plugin")
  })
  it("needs a shell it knows", async () => {
    expect(await run(["--completions"])).toMatchObject({
      code: 2,
      stderr:
        "--completions : valeur manquante (--completions VALEUR ou --completions=VALEUR) [usage.option-value-missing]\n"
    })
    expect((await run(["--completions", "tcsh", "--lang", "en"])).stderr).toBe(
      '--completions: one of bash, zsh, fish, powershell, sh, pwsh expected, got "tcsh" [usage.value-not-allowed]\n'
    )
  })
})

describe("options", () => {
  it("--version wherever it is on the line", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string
    }
    expect(await run(["x", "--id", "proprete", "--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" })
    expect((await run(["--lang", "en", "-v"])).stdout).toBe(`${version}\n`)
  })
  it("an option given twice: the last one wins, as before effect/cli", async () => {
    const dir = join(out, "twice")
    const r = await run([dir, ...good, "--id", "Bad Id", "--id", "proprete"])
    expect(r).toMatchObject({ code: 0, stdout: `6 fichiers écrits dans ${dir}\n` })
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string }
    expect(pkg.name).toBe("accord-jeunes-branch-proprete")
  })
  it("a switch takes no value, and has no --no- form", async () => {
    expect((await run(["x", ...good, "--workspace=false"])).stderr).toBe(
      "--workspace ne prend pas de valeur [usage.option-takes-no-value]\n"
    )
    expect((await run(["x", ...good, "--no-workspace", "--lang=en"])).stderr).toBe(
      "Unknown option: --no-workspace; did you mean --workspace? (see --help) [usage.option-unknown]\n"
    )
  })
  it("a word too many is a usage error, and nothing is written", async () => {
    const dir = join(out, "one")
    expect(await run([dir, "two", ...good])).toEqual({
      code: 2,
      stdout: "",
      stderr: "create-branch-plugin ne prend pas « two » (voir --help) [usage.argument-unexpected]\n"
    })
    expect(existsSync(dir)).toBe(false)
    expect((await run([dir, "two", ...good, "--lang", "en"])).stderr).toBe(
      'create-branch-plugin does not take "two" (see --help) [usage.argument-unexpected]\n'
    )
  })
})

describe("running a command", () => {
  const quiet = capture().io
  it("resolves to the handler's exit code", async () => {
    const one = () =>
      Cli.make(
        "tool",
        {},
        CommandLine.handler(() => 1)
      )
    expect(await CommandLine.runCommand([], quiet, { version: "1.0.0", build: one })).toBe(1)
  })
  it("shows the help of a command that needs a subcommand given none, with exit code 2", async () => {
    const { streams, io } = capture()
    const tool = (lang: CommandLine.Lang) =>
      Cli.make("tool").pipe(
        Cli.withSubcommands([
          Cli.make(
            "first",
            {},
            CommandLine.handler(() => 0)
          ).pipe(CommandLine.described({ short: lang }))
        ])
      )
    expect(await CommandLine.runCommand([], io, { version: "1.0.0", build: tool })).toBe(2)
    expect(streams.stdout.split("\n")[0]).toBe("tool COMMANDE [options]")
    expect(streams.stdout).toContain("Commandes :\n  first  fr\n")
    expect(streams.stderr).toBe("")
  })
  it("leaves what is not the user's fault to the caller: a handler's error, a fault with no code", async () => {
    const failing = () =>
      Cli.make(
        "tool",
        {},
        CommandLine.handler(() => {
          throw new Error("disk on fire")
        })
      )
    await expect(CommandLine.runCommand([], quiet, { version: "1.0.0", build: failing })).rejects.toThrow(
      "disk on fire"
    )
    // a command with subcommands that does not say how to report an unknown one
    const tool = () =>
      Cli.make("tool").pipe(
        Cli.withSubcommands([
          Cli.make(
            "first",
            {},
            CommandLine.handler(() => 0)
          )
        ])
      )
    await expect(CommandLine.runCommand(["second"], quiet, { version: "1.0.0", build: tool })).rejects.toMatchObject({
      _tag: "UnknownSubcommand"
    })
  })
  it("gives no code to the errors of a command's definition or handler", () => {
    const root = Cli.make("tool")
    const context = { root, globals: [], commandPath: ["tool"] }
    expect(
      CommandLine.usageRaised(
        new CliError.DuplicateOption({ option: "x", parentCommand: "tool", childCommand: "sub" }),
        context
      )
    ).toBeUndefined()
    expect(CommandLine.usageRaised(new CliError.UserError({ cause: "x" }), context)).toBeUndefined()
    expect(CommandLine.usageRaised(new CliError.MissingOption({ option: "x" }), context)).toBeUndefined()
  })
})
