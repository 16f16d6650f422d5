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
import { type BranchPlugin, subjectOf } from "./BranchPlugin.js"
import * as Conformance from "./Conformance.js"
import { format } from "./Problem.js"
import * as Texts from "./Texts.js"

/**
 * Registers one vitest test per conformance theme for a plugin. A failing test lists the
 * problems of its theme, each with where it is and what was expected. A theme that could not
 * be checked (because of problems found by another theme) is registered as skipped, its title
 * saying why; it is never a pass, and if no other theme failed it fails. Nothing a plugin holds
 * can make the test file itself crash.
 *
 * @since 0.1.0
 */
export const testBranchPlugin = (
  plugin: BranchPlugin,
  options: { readonly base?: Agreement.Agreement; readonly sdkVersion?: string; readonly lang?: "fr" | "en" } = {}
): void => {
  const lang = options.lang ?? "en"
  describe(`branch ${subjectOf(plugin)} conformance`, () => {
    let report: Conformance.Report
    try {
      report = Conformance.check(plugin, options)
    } catch (e) {
      // a fault of the kit itself: one failing test rather than a file that does not load
      it("conformance check", () => {
        throw e
      })
      return
    }
    const themes = Object.keys(Conformance.themes) as Array<Conformance.Theme>
    const anyFailed = themes.some((t) => report[t].status === "failed")
    for (const theme of themes) {
      const title = Conformance.themes[theme][lang]
      const outcome = report[theme]
      switch (outcome.status) {
        case "passed":
          it(title, () => {
            expect(outcome.problems).toEqual([])
          })
          break
        case "failed":
          it(title, () => {
            const partly =
              outcome.reason === undefined ? "" : `\n(${Texts.notChecked.partly[lang]}${outcome.reason[lang]})`
            expect(`${format(outcome.problems, lang)}${partly}`).toBe("")
          })
          break
        case "not-run": {
          const why = `${Texts.notChecked.wholly[lang]}${outcome.reason[lang]}`
          if (anyFailed) it.skip(`${title} (${why})`, () => {})
          else
            it(title, () => {
              expect(why).toBe("")
            })
        }
      }
    }
  })
}

export { Conformance }
