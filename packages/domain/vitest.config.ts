import { fileURLToPath } from "node:url"
import { defineProject } from "vitest/config"

export default defineProject({
  resolve: {
    // Tests and examples import the package by name; point it at the sources, not the build.
    alias: { "@accord-jeunes/domain": fileURLToPath(new URL("./src/index.ts", import.meta.url)) }
  },
  test: {
    name: "domain",
    include: ["test/**/*.test.ts"]
  }
})
