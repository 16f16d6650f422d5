import { packageProject } from "../../config/vitest.ts"

export default packageProject("engine", ["domain", "plugin-sdk", "engine"])
