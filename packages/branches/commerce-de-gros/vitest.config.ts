import { defineProject } from "vitest/config"

export default defineProject({
  test: { name: "branch-commerce-de-gros", include: ["test/**/*.test.ts"] }
})
