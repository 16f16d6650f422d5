/**
 * The published plugins of the founding branches (pre#6), by branch id. A plugin that calls
 * itself by a founding branch's id but comes from another package is an impostor: composition
 * and the conformance kit refuse it, naming the package that holds the id.
 *
 * @since 0.2.0
 */

/** The package that publishes each founding branch's plugin. @since 0.2.0 */
export const packages: Readonly<Record<string, string>> = {
  "commerce-de-gros": "@accord-jeunes/branch-commerce-de-gros",
  hcr: "@accord-jeunes/branch-hcr",
  bois: "@accord-jeunes/branch-bois"
}

/**
 * The package entitled to a branch id, when the id is a founding branch's.
 *
 * @example
 * ```ts
 * import { Founding } from "@accord-jeunes/plugin-sdk"
 * Founding.packageOf("hcr") // "@accord-jeunes/branch-hcr"
 * Founding.packageOf("proprete") // undefined
 * ```
 * @since 0.2.0
 */
export const packageOf = (branchId: string): string | undefined =>
  Object.hasOwn(packages, branchId) ? packages[branchId] : undefined
