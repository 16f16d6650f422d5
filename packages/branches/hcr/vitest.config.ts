import { defineProject } from "vitest/config"

export default defineProject({
  test: { name: "branch-hcr", include: ["test/**/*.test.ts"] }
})
