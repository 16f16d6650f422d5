import { fileURLToPath } from "node:url"
import { testDocExamples } from "../../../config/doc-examples.ts"

const src = fileURLToPath(new URL("../src", import.meta.url))
testDocExamples({
  src,
  out: fileURLToPath(new URL("./.doc-examples", import.meta.url)),
  entries: { "@accord-jeunes/domain": `${src}/index.ts` },
  minimum: 30
})
