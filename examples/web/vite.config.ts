import { defineConfig } from "vite"

// The workspace packages are used as built (their dist), as a published install would.
export default defineConfig({
  build: { target: "es2022", outDir: "dist" }
})
