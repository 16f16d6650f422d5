#!/usr/bin/env node
import { processIo } from "./Io.js"
import { run } from "./index.js"

process.exitCode = await run(process.argv.slice(2), processIo())
