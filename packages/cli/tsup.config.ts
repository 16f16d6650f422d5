import { defineConfig } from "tsup"
import { packageBuild } from "../../config/tsup.ts"

// the library in ESM and CommonJS; the binary in ESM only (it uses top-level await)
export default [
  packageBuild(["src/index.ts"]),
  defineConfig({ entry: ["src/main.ts"], format: ["esm"], target: "es2022", sourcemap: true, clean: false })
].flat()
