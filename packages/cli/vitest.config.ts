import { fileURLToPath } from "node:url"
import { defineProject } from "vitest/config"

const src = (pkg: string) => fileURLToPath(new URL(`../${pkg}/src/index.ts`, import.meta.url))

export default defineProject({
  resolve: {
    alias: {
      "@accord-jeunes/domain": src("domain"),
      "@accord-jeunes/plugin-sdk": src("plugin-sdk"),
      "@accord-jeunes/engine": src("engine"),
      "@accord-jeunes/validation": src("validation"),
      "@accord-jeunes/create-branch-plugin": src("create-branch-plugin")
    }
  },
  test: { name: "cli", include: ["test/**/*.test.ts"], testTimeout: 30_000 }
})
