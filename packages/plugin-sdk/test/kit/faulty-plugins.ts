// Run by testing-kit.test.ts in a vitest of its own: the conformance kit on faulty plugins.
import { type BranchPlugin, defineBranchPlugin } from "../../src/index.js"
import { testBranchPlugin } from "../../src/testing.js"
import { propreteInput } from "../fixtures.js"

// meta.sdk is not a range: the SDK theme cannot run, and the plugin does not load
testBranchPlugin(defineBranchPlugin({ ...propreteInput(), meta: { ...propreteInput().meta, sdk: "latest!" } }))

// reading meta throws: the file must still load and register its tests
testBranchPlugin(
  defineBranchPlugin(
    Object.defineProperty({ ...propreteInput() }, "meta", {
      get: () => {
        throw new Error("meta indisponible")
      },
      enumerable: true
    }) as BranchPlugin.Input
  ),
  { lang: "fr" }
)
