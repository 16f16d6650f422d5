import { packageBuild } from "../../config/tsup.ts"

export default packageBuild(["src/index.ts", "src/testing.ts"])
