// The published JSON Schema of acts accepts the worked example of an amendment written as data, in
// both dialects, and refuses what the act decoder refuses structurally.
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Act } from "@accord-jeunes/plugin-sdk"
import { Ajv } from "ajv"
import { Ajv2020 } from "ajv/dist/2020.js"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const read = (path: string) => JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8"))
const example = read("../../../examples/avenant-proprete/avenant-1.json") as Record<string, unknown>
const validators = {
  "2020-12": new Ajv2020({ strict: false, allErrors: true }).compile(read("../json-schema/2020-12/act.schema.json")),
  "draft-07": new Ajv({ strict: false, allErrors: true }).compile(read("../json-schema/draft-07/act.schema.json"))
}

const cases: ReadonlyArray<[string, unknown, boolean]> = [
  ["the propreté amendment (pre#7, a7#2)", example, true],
  [
    "a termination request (a7#3)",
    {
      kind: "termination",
      agreement: "accord-cadre-jeunes-2024",
      requestedBy: "unml",
      requestDate: "2026-01-10",
      receipts: [{ party: "state", receivedOn: "2026-01-12" }]
    },
    true
  ],
  [
    "a plugin named by package",
    { ...example, operations: [{ op: "branch-joins", plugin: { package: "@x/branch-y" } }] },
    true
  ],
  ["an amendment without signatories", { ...example, signatories: [] }, false],
  ["an unknown kind", { ...example, kind: "avenant" }, false],
  ["an unknown field", { ...example, note: "x" }, false]
]

describe("the act JSON Schema", () => {
  it.each(cases)("%s: both dialects and the decoder agree", (_, doc, valid) => {
    expect(validators["2020-12"](doc)).toBe(valid)
    expect(validators["draft-07"](doc)).toBe(valid)
    expect(
      Result.isSuccess(Act.fromDocument(doc, "doc.json", () => ({ _tag: "BranchPlugin", input: {} }) as never)) ||
        !valid
    ).toBe(true)
  })
})
