import { fileURLToPath } from "node:url"
import { testReadmeExample } from "../../../config/readme-example.ts"

testReadmeExample(fileURLToPath(new URL("..", import.meta.url)))
