import { inForceUses, packageProject } from "../../config/vitest.ts"

export default packageProject(
  "cli",
  ["domain", "plugin-sdk", "engine", "validation", "create-branch-plugin", "in-force", ...inForceUses],
  30_000
)
