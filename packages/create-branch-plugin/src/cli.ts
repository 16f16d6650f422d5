#!/usr/bin/env node
/**
 * `create-branch-plugin DIRECTORY --id ID --name-fr NOM --name-en NAME --idcc CODE [--idcc CODE...]
 *  [--package NAME] [--workspace] [--lang fr|en]`: see `Command.run`.
 *
 * @since 0.1.0
 */
import { randomUUID } from "node:crypto"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Catalogue } from "@accord-jeunes/domain"
import { run } from "./Command.js"

// no top-level await: this file is also built as CommonJS
void run(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t)
}).then((code) => {
  process.exitCode = code
  // the test suite checks that every diagnostic code is raised by some test, the command line's too
  const raisedDir = process.env.ACCORD_JEUNES_RAISED_DIR
  if (raisedDir !== undefined && Catalogue.raisedCodes().size > 0) {
    mkdirSync(raisedDir, { recursive: true })
    writeFileSync(
      join(raisedDir, `create-branch-plugin-${process.pid}-${randomUUID()}.txt`),
      [...Catalogue.raisedCodes()].join("\n")
    )
  }
})
