/**
 * What a command talks to: output streams, standard input, whether standard error is a terminal.
 * Tests give their own.
 *
 * @since 0.1.0
 */
import type { Readable } from "node:stream"
import type { CommandLine } from "@accord-jeunes/create-branch-plugin"

/** @since 0.1.0 */
export interface Io {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly stdin: () => Readable
  /** Whether standard error is a terminal (progress is shown only then). */
  readonly interactive: boolean
}

/** The process's own streams. @since 0.1.0 */
export const processIo = (): Io => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdin: () => process.stdin,
  interactive: process.stderr.isTTY === true
})

/** French or English. @since 0.1.0 */
export type Lang = CommandLine.Lang
