import { fileURLToPath } from "node:url"
import { defineProject } from "vitest/config"

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineProject({
  resolve: {
    alias: {
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
    include: ["test/**/*.test.ts"]
  }
})
