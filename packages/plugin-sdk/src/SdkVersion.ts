/**
 * The version of this SDK, against which plugins declare the range they support.
 *
 * @since 0.1.0
 */
import semver from "semver"

/** The SDK version (kept equal to the package version; a test checks it). @since 0.1.0 */
export const current = "0.1.0"

/**
 * Whether a plugin's declared range accepts an SDK version.
 *
 * @example
 * ```ts
 * import { SdkVersion } from "@accord-jeunes/plugin-sdk"
 * SdkVersion.satisfies("0.1.0", "^0.1.0") // true
 * SdkVersion.satisfies("0.1.0", "^1.0.0") // false
 * ```
 * @since 0.1.0
 */
export const satisfies = (version: string, range: string): boolean =>
  semver.satisfies(version, range, { includePrerelease: true })

/**
 * Whether a string is a valid semantic-version range (`^0.1.0`, `>=0.1 <0.3`...).
 *
 * @since 0.1.0
 */
export const isValidRange = (range: string): boolean => semver.validRange(range) !== null

/**
 * Whether a string is a valid semantic version (`1.2.3`).
 *
 * @since 0.1.0
 */
export const isValidVersion = (version: string): boolean => semver.valid(version) !== null

/**
 * Whether a version is newer than every version a range accepts (the plugin is behind the SDK).
 *
 * @since 0.1.0
 */
export const isAbove = (version: string, range: string): boolean => semver.gtr(version, range)
