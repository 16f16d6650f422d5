import { fileURLToPath } from "node:url"
import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "example-service",
    include: ["test/**/*.test.ts"],
    // records the diagnostic codes raised, for the catalogue check of `pnpm test`
    setupFiles: [fileURLToPath(new URL("../../config/raised-codes.ts", import.meta.url))]
  }
})
