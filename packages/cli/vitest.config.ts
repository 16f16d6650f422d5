import { packageProject } from "../../config/vitest.ts"

export default packageProject("cli", ["domain", "plugin-sdk", "engine", "validation", "create-branch-plugin"], 30_000)
