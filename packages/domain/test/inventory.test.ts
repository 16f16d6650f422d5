import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { agreement2024, Clause } from "../src/index.js"

// The reference inventory lives beside the repository (shared/reference/clauses.md). The
// project keeps its own copy of ids and articles in the agreement data; they must match.
const reference = fileURLToPath(new URL("../../../../shared/reference/clauses.md", import.meta.url))

const referenceIds = (): ReadonlyArray<string> =>
  [...readFileSync(reference, "utf8").matchAll(/^- ((?:pre|par|sig|a\d+(?:\.\d+)?)#\d+)\s/gmu)].map(
    (m) => m[1] as string
  )

const headingOf = (id: string): string => {
  // The heading under which the reference lists a clause: "## Article 3.1 — Ministry" -> "Article 3.1".
  const text = readFileSync(reference, "utf8")
  const at = text.indexOf(`- ${id} `)
  const heading = [...text.slice(0, at).matchAll(/^## (.+)$/gmu)].at(-1)?.[1] ?? ""
  if (heading.startsWith("Preamble")) return "Préambule"
  if (heading.startsWith("Partners")) return "Les partenaires"
  if (heading.startsWith("Signature")) return "Signature"
  return heading.split(" — ")[0] ?? heading
}

describe.runIf(existsSync(reference))("clause inventory", () => {
  it("has exactly the ids of the reference inventory, in its order", () => {
    expect(agreement2024.clauses.map((c) => c.id)).toEqual(referenceIds())
  })
  it("places every clause in the article the reference lists it under", () => {
    for (const c of agreement2024.clauses) expect(`${c.id} ${c.article}`).toBe(`${c.id} ${headingOf(c.id)}`)
  })
})

describe("clause inventory (in the project)", () => {
  it("has unique ids, each with its article derived from the id", () => {
    const ids = agreement2024.clauses.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const c of agreement2024.clauses) expect(c.article).toBe(Clause.articleOf(c.id))
  })
})
