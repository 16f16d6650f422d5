import { inForceUses, packageProject } from "../../config/vitest.ts"

export default packageProject("schemas", ["domain", "plugin-sdk", "engine", "validation", "in-force", ...inForceUses])
