import { defineProject } from "vitest/config"

export default defineProject({
  test: { name: "branch-bois", include: ["test/**/*.test.ts"] }
})
