import { fileURLToPath } from "node:url"
import { testDocExamples } from "../../../config/doc-examples.ts"

const src = fileURLToPath(new URL("../src", import.meta.url))
const pkg = (name: string) => fileURLToPath(new URL(`../../${name}/src/index.ts`, import.meta.url))
testDocExamples({
  src,
  out: fileURLToPath(new URL("./.doc-examples", import.meta.url)),
  entries: {
    "@accord-jeunes/validation": `${src}/index.ts`,
    "@accord-jeunes/domain": pkg("domain"),
    "@accord-jeunes/engine": pkg("engine"),
    "@accord-jeunes/plugin-sdk": pkg("plugin-sdk")
  },
  minimum: 5
})
