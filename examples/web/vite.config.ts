import { defineConfig } from "vite"

// The workspace packages are used as built (their dist), as a published install would. The file
// check runs in a module worker (src/worker.ts), built as an ES module like the page.
export default defineConfig({
  build: { target: "es2022", outDir: "dist" },
  worker: { format: "es" }
})
