import { fileURLToPath } from "node:url"
import { defineProject } from "vitest/config"

export default defineProject({
  resolve: {
    // Tests and examples import the package by name; point it at the sources, not the build.
    alias: {
      "@accord-jeunes/domain/testing": fileURLToPath(new URL("./src/testing.ts", import.meta.url)),
      "@accord-jeunes/domain": fileURLToPath(new URL("./src/index.ts", import.meta.url))
    }
  },
  test: {
    name: "domain",
    include: ["test/**/*.test.ts"],
    // records the diagnostic codes raised, for the catalogue check of `pnpm test`
    setupFiles: [fileURLToPath(new URL("../../config/raised-codes.ts", import.meta.url))]
  }
})
