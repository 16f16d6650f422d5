#!/usr/bin/env node
import { processIo } from "./Io.js"
import { run } from "./index.js"

const code = await run(process.argv.slice(2), processIo())
process.exitCode = code
// an act module that keeps a timer or a socket open (one that never finished loading, say) must
// not keep the command alive once it has answered
setTimeout(() => process.exit(code), 2000).unref()
