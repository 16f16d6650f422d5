/**
 * What a command talks to: output streams, standard input, whether standard error is a terminal.
 * Tests give their own.
 *
 * @since 0.1.0
 */
import type { Readable } from "node:stream"

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

/** A usage error: exit code 2, with a message in French and English. @since 0.1.0 */
export class UsageError extends Error {
  readonly fr: string
  readonly en: string
  constructor(fr: string, en: string) {
    super(en)
    this.fr = fr
    this.en = en
  }
}

/** French or English. @since 0.1.0 */
export type Lang = "fr" | "en"

/** Picks the language's text. @since 0.1.0 */
export const say = (lang: Lang, fr: string, en: string): string => (lang === "fr" ? fr : en)
