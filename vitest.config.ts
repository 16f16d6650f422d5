import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    projects: ["packages/*", "packages/branches/*", "examples/*/vitest.config.ts"]
  }
})
