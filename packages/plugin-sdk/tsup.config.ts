import { defineConfig } from "tsup"

export default defineConfig({
  entry: ["src/index.ts", "src/testing.ts"],
  format: ["esm", "cjs"],
  dts: false,
  sourcemap: true,
  clean: false,
  target: "es2022",
  treeshake: true,
  external: ["vitest"]
})
