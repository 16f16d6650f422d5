import { fileURLToPath } from "node:url"
import { defineProject } from "vitest/config"

const src = (pkg: string) => fileURLToPath(new URL(`../${pkg}/src/index.ts`, import.meta.url))

export default defineProject({
  resolve: {
    alias: {
      "@accord-jeunes/domain/testing": fileURLToPath(new URL("../domain/src/testing.ts", import.meta.url)),
      "@accord-jeunes/plugin-sdk/testing": fileURLToPath(new URL("../plugin-sdk/src/testing.ts", import.meta.url)),
      "@accord-jeunes/plugin-sdk": src("plugin-sdk"),
      "@accord-jeunes/domain": src("domain")
    }
  },
  test: {
    name: "create-branch-plugin",
    include: ["test/**/*.test.ts"],
    // records the diagnostic codes raised, for the catalogue check of `pnpm test`
    setupFiles: [fileURLToPath(new URL("../../config/raised-codes.ts", import.meta.url))]
  }
})
