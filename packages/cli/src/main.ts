#!/usr/bin/env node
import { randomUUID } from "node:crypto"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Catalogue } from "@accord-jeunes/domain"
import { processIo } from "./Io.js"
import { run } from "./index.js"

const code = await run(process.argv.slice(2), processIo())
process.exitCode = code
// the test suite checks that every diagnostic code is raised by some test, the command line's too
const raisedDir = process.env.ACCORD_JEUNES_RAISED_DIR
if (raisedDir !== undefined && Catalogue.raisedCodes().size > 0) {
  mkdirSync(raisedDir, { recursive: true })
  writeFileSync(join(raisedDir, `cli-${process.pid}-${randomUUID()}.txt`), [...Catalogue.raisedCodes()].join("\n"))
}
// an act module that keeps a timer or a socket open (one that never finished loading, say) must
// not keep the command alive once it has answered
setTimeout(() => process.exit(code), 2000).unref()
