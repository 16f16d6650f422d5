import { defineProject } from "vitest/config"

export default defineProject({
  test: { name: "example-avenant-proprete", include: ["test/**/*.test.ts"] }
})
