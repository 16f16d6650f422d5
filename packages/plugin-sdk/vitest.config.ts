import { fileURLToPath } from "node:url"
import { defineProject } from "vitest/config"

export default defineProject({
  resolve: {
    alias: {
      "@accord-jeunes/domain/testing": fileURLToPath(new URL("../domain/src/testing.ts", import.meta.url)),
      "@accord-jeunes/domain": fileURLToPath(new URL("../domain/src/index.ts", import.meta.url)),
      "@accord-jeunes/plugin-sdk": fileURLToPath(new URL("./src/index.ts", import.meta.url))
    }
  },
  test: {
    name: "plugin-sdk",
    include: ["test/**/*.test.ts"],
    // records the diagnostic codes raised, for the catalogue check of `pnpm test`
    setupFiles: [fileURLToPath(new URL("../../config/raised-codes.ts", import.meta.url))]
  }
})
