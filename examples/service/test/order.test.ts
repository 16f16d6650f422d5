// The indicators do not depend on the order of the records in the body: a file laid out one kind
// after another (as a workbook's sheets are exported) gives the figures of the grouped file.
import { readFileSync } from "node:fs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { request, start } from "./support.ts"

let service: Awaited<ReturnType<typeof start>>
beforeAll(async () => {
  service = await start({ maxBodyBytes: 8 * 1024 * 1024, poolSize: 1 })
})
afterAll(() => service.stop())

const sample = readFileSync(new URL("../../demo/data/synthetic-sample.ndjson", import.meta.url), "utf8")
const lines = sample.split("\n").filter((l) => l.trim() !== "")

const table = async (body: string) => {
  const r = await request(`${service.url}/v1/indicators?asOf=2026-06-30&agreementYear=1`, {
    method: "POST",
    headers: [["content-type", "application/x-ndjson"]],
    body
  })
  expect(r.status).toBe(200)
  return (JSON.parse(r.body) as { report: { trackingTable: { rows: unknown; total: unknown } } }).report.trackingTable
}

describe("indicators over records in any order", () => {
  it("gives the grouped file's tracking table for the same records reversed, and one kind after another", async () => {
    const grouped = await table(`${lines.join("\n")}\n`)
    const reversed = await table(`${[...lines].reverse().join("\n")}\n`)
    const kindOf = (l: string) => (JSON.parse(l) as { kind: string }).kind
    const order = ["insertion-outcome", "participation", "participant", "action"]
    const byKind = await table(
      `${[...lines].sort((a, b) => order.indexOf(kindOf(a)) - order.indexOf(kindOf(b))).join("\n")}\n`
    )
    expect(reversed).toEqual(grouped)
    expect(byKind).toEqual(grouped)
    // not a table of zeros: young people were counted
    expect(JSON.stringify(grouped.total)).toMatch(/[1-9]/u)
  })
})
