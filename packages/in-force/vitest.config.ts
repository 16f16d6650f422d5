import { fileURLToPath } from "node:url"
import { defineProject } from "vitest/config"

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineProject({
  resolve: {
    alias: {
      "@accord-jeunes/domain/testing": fileURLToPath(new URL("../domain/src/testing.ts", import.meta.url)),
      "@accord-jeunes/domain": src("../domain/src/index.ts"),
      "@accord-jeunes/plugin-sdk": src("../plugin-sdk/src/index.ts"),
      "@accord-jeunes/branch-commerce-de-gros": src("../branches/commerce-de-gros/src/index.ts"),
      "@accord-jeunes/branch-hcr": src("../branches/hcr/src/index.ts"),
      "@accord-jeunes/branch-bois": src("../branches/bois/src/index.ts"),
      "@accord-jeunes/in-force/node": src("./src/node.ts"),
      "@accord-jeunes/in-force": src("./src/index.ts")
    }
  },
  test: {
    name: "in-force",
    include: ["test/**/*.test.ts"],
    // records the diagnostic codes raised, for the catalogue check of `pnpm test`
    setupFiles: [fileURLToPath(new URL("../../config/raised-codes.ts", import.meta.url))]
  }
})
