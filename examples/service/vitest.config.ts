import { defineProject } from "vitest/config"

export default defineProject({
  test: { name: "example-service", include: ["test/**/*.test.ts"] }
})
