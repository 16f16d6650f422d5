// The vitest project of a package whose tests import workspace packages by name: the names point
// at the packages' sources, so tests run without a build.
import { fileURLToPath } from "node:url"
import { defineProject } from "vitest/config"

const source = (pkg: string) => fileURLToPath(new URL(`../packages/${pkg}/src/index.ts`, import.meta.url))

export const packageProject = (name: string, uses: ReadonlyArray<string>, testTimeout?: number) =>
  defineProject({
    resolve: {
      alias: Object.fromEntries([
        // subpath entries first: an alias also matches its name followed by "/"
        ...(uses.includes("in-force")
          ? [
              [
                "@accord-jeunes/in-force/node",
                fileURLToPath(new URL("../packages/in-force/src/node.ts", import.meta.url))
              ]
            ]
          : []),
        ...(uses.includes("domain")
          ? [
              [
                "@accord-jeunes/domain/testing",
                fileURLToPath(new URL("../packages/domain/src/testing.ts", import.meta.url))
              ]
            ]
          : []),
        // "branches/hcr" is the folder of @accord-jeunes/branch-hcr
        ...uses.map((pkg) => [`@accord-jeunes/${pkg.replace(/^branches\//u, "branch-")}`, source(pkg)])
      ])
    },
    test: {
      name,
      include: ["test/**/*.test.ts"],
      setupFiles: [raisedCodes],
      ...(testTimeout === undefined ? {} : { testTimeout })
    }
  })

/** The setup file that records the diagnostic codes each test file raises. */
export const raisedCodes = fileURLToPath(new URL("./raised-codes.ts", import.meta.url))

/** What `@accord-jeunes/in-force` brings along: the founding branches' plugins. */
export const inForceUses = ["branches/commerce-de-gros", "branches/hcr", "branches/bois"]
