// The build every published package shares: ESM and CommonJS bundles, declarations emitted
// separately by scripts/emit-declarations.ts (one file per module).
import { defineConfig, type Options } from "tsup"

export const packageBuild = (entry: ReadonlyArray<string>, options: Options = {}) =>
  defineConfig({
    entry: [...entry],
    format: ["esm", "cjs"],
    dts: false,
    sourcemap: true,
    clean: true,
    target: "es2022",
    treeshake: true,
    ...options
  })
