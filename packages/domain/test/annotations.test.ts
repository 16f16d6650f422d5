import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import * as Domain from "../src/index.js"

// Every exported schema that has an identifier also has a description and a French and English
// label: forms, reports and the exported JSON Schemas rely on them.
const schemas = Object.entries(Domain).flatMap(([ns, mod]) =>
  typeof mod === "object" && mod !== null
    ? Object.entries(mod).flatMap(([name, value]) =>
        Schema.isSchema(value) ? [[`${ns}.${name}`, value] as const] : []
      )
    : []
)

describe("schema annotations", () => {
  it("finds the exported schemas", () => {
    expect(schemas.length).toBeGreaterThan(60)
  })
  it.each(schemas.filter(([, s]) => typeof Schema.resolveAnnotations(s)?.identifier === "string"))(
    "%s has a description and a French and English label",
    (_, schema) => {
      const a = Schema.resolveAnnotations(schema)
      expect(typeof a?.description).toBe("string")
      expect(a?.label).toMatchObject({ fr: expect.any(String), en: expect.any(String) })
    }
  )
})
