// The vitest project of a package whose tests import workspace packages by name: the names point
// at the packages' sources, so tests run without a build.
import { fileURLToPath } from "node:url"
import { defineProject } from "vitest/config"

const source = (pkg: string) => fileURLToPath(new URL(`../packages/${pkg}/src/index.ts`, import.meta.url))

export const packageProject = (name: string, uses: ReadonlyArray<string>, testTimeout?: number) =>
  defineProject({
    resolve: { alias: Object.fromEntries(uses.map((pkg) => [`@accord-jeunes/${pkg}`, source(pkg)])) },
    test: { name, include: ["test/**/*.test.ts"], ...(testTimeout === undefined ? {} : { testTimeout }) }
  })
