/**
 * The conformance kit for branch-plugin authors: one call in a vitest file checks a plugin.
 *
 * ```typescript
 * import { testBranchPlugin } from "@accord-jeunes/plugin-sdk/testing"
 * import { plugin } from "../src/index.js"
 * testBranchPlugin(plugin)
 * ```
 *
 * @since 0.1.0
 */
import type { Agreement } from "@accord-jeunes/domain"
import { describe, expect, it } from "vitest"
import type { BranchPlugin } from "./BranchPlugin.js"
import * as Conformance from "./Conformance.js"
import { format } from "./Problem.js"

/**
 * Registers one vitest test per conformance theme for a plugin. A failing test lists the
 * problems of its theme, each with where it is and what was expected.
 *
 * @since 0.1.0
 */
export const testBranchPlugin = (
  plugin: BranchPlugin,
  options: { readonly base?: Agreement.Agreement; readonly sdkVersion?: string; readonly lang?: "fr" | "en" } = {}
): void => {
  const meta = (plugin.input as { meta?: { packageName?: string } }).meta
  describe(`branch plugin ${meta?.packageName ?? "?"} conformance`, () => {
    const report = Conformance.check(plugin, options)
    for (const theme of Object.keys(Conformance.themes) as Array<Conformance.Theme>)
      it(Conformance.themes[theme][options.lang ?? "en"], () => {
        expect(format(report[theme], options.lang ?? "en")).toBe("")
      })
  })
}

export { Conformance }
