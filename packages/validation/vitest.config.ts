import { inForceUses, packageProject } from "../../config/vitest.ts"

export default packageProject("validation", ["domain", "plugin-sdk", "engine", "in-force", ...inForceUses])
