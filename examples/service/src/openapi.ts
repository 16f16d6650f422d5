// The OpenAPI 3.1 document, built from the route table. OpenAPI 3.1 schemas are JSON Schema
// 2020-12, which is what effect exports from the same Schemas the handlers use.
import * as Schema from "effect/Schema"
import type { Route } from "./routes.ts"

const problem = {
  type: "object",
  required: ["valid", "issues"],
  properties: {
    valid: { const: false },
    issues: {
      type: "array",
      items: {
        type: "object",
        required: ["code", "severity", "message"],
        properties: {
          code: { type: "string", description: "A code of the catalogue of diagnostics (docs/codes.md)" },
          severity: { const: "error" },
          clause: { type: "string" },
          path: { type: "string", description: "The query parameter at fault, when one is" },
          message: { type: "string" }
        }
      }
    }
  }
}

export const document = (routes: ReadonlyArray<Route>, version: string) => {
  const components: Record<string, unknown> = { RequestProblem: problem }
  const schemaOf = (s: Schema.Top) => {
    const doc = Schema.toJsonSchemaDocument(s)
    Object.assign(components, doc.definitions)
    return doc.schema
  }
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of routes) {
    paths[r.path] ??= {}
    ;(paths[r.path] as Record<string, unknown>)[r.method.toLowerCase()] = {
      operationId: r.operationId,
      summary: r.summary,
      description: r.description,
      parameters: r.parameters.map((p) => ({
        name: p.name,
        in: "query",
        required: p.required ?? false,
        description: p.description,
        schema: p.schema
      })),
      ...(r.body === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              description: r.body.description,
              content: Object.fromEntries(r.body.mediaTypes.map((m) => [m, {}]))
            }
          }),
      responses: Object.fromEntries(
        Object.entries(r.responses).map(([status, res]) => [
          status,
          {
            description: res.description,
            content: {
              "application/json": {
                schema:
                  res.schema !== undefined
                    ? schemaOf(res.schema)
                    : Number(status) >= 400
                      ? { $ref: "#/components/schemas/RequestProblem" }
                      : {}
              }
            }
          }
        ])
      )
    }
  }
  const refs = JSON.stringify(paths).replaceAll("#/$defs/", "#/components/schemas/")
  return {
    openapi: "3.1.0",
    info: {
      title: "accord-jeunes",
      version,
      description:
        "Accord-cadre pour l'emploi et la qualification des jeunes (16 septembre 2024): validation of exchanged records, the agreement in force, indicators."
    },
    paths: JSON.parse(refs) as Record<string, unknown>,
    components: { schemas: JSON.parse(JSON.stringify(components).replaceAll("#/$defs/", "#/components/schemas/")) }
  }
}
