import { fileURLToPath } from "node:url"
import { testDocExamples } from "../../../config/doc-examples.ts"

const src = fileURLToPath(new URL("../src", import.meta.url))
testDocExamples({
  src,
  out: fileURLToPath(new URL("./.doc-examples", import.meta.url)),
  entries: {
    "@accord-jeunes/engine": `${src}/index.ts`,
    "@accord-jeunes/domain": fileURLToPath(new URL("../../domain/src/index.ts", import.meta.url)),
    "@accord-jeunes/plugin-sdk": fileURLToPath(new URL("../../plugin-sdk/src/index.ts", import.meta.url))
  },
  minimum: 8
})
