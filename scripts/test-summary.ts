// Prints the closing line of a test run from vitest's JSON report: "N passed, N failed".
import { readFileSync } from "node:fs"

const report = JSON.parse(readFileSync(process.argv[2] ?? ".trace/vitest-results.json", "utf8")) as {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
}
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`)
