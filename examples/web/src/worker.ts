// The file check, off the page's main thread: validating a large file takes a second or more,
// during which the page must keep answering what the user does. The worker builds the same
// agreement as the page (the founding one, then the act documents the user added, by the one
// assembly) and reads the file's bytes by the validation package's one reading rule
// (`Validator.bytes`: binary files, encodings, line ends), as the command line and the service do.
import type { ExchangeRecord } from "@accord-jeunes/domain"
import { Assembly } from "@accord-jeunes/in-force"
import { Act } from "@accord-jeunes/plugin-sdk"
import { Report, Validator } from "@accord-jeunes/validation"
import * as Result from "effect/Result"

/** What the page asks: a file's bytes, and what the check depends on. */
export interface Request {
  readonly id: number
  readonly name: string
  readonly bytes: Uint8Array
  readonly kind?: ExchangeRecord.Kind
  /** The act documents added in the page, each with the name it was read under. */
  readonly acts: ReadonlyArray<{ readonly source: string; readonly document: unknown }>
  readonly lang: "fr" | "en"
}

/** The answer: the report as JSON in the page's language, or the agreement could not be built. */
export type Response =
  | { readonly id: number; readonly name: string; readonly report: ReturnType<typeof Report.toJson> }
  | { readonly id: number; readonly failed: true }

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null
  postMessage: (message: Response) => void
}

// the agreement of the last acts seen, kept: a new file under the same acts is not assembled again
let last: { readonly key: string; readonly timeline: ReturnType<typeof Assembly.foundingTimeline> } | undefined

const timelineOf = (acts: Request["acts"]) => {
  const key = JSON.stringify(acts)
  if (last?.key === key) return last.timeline
  const read: Array<Act.Act> = []
  for (const { source, document } of acts) {
    const r = Act.fromDocument(document, source)
    if (Result.isFailure(r)) return undefined
    read.push(r.success)
  }
  const assembled = Assembly.assemble({ acts: read })
  if (Result.isFailure(assembled)) return undefined
  last = { key, timeline: assembled.success }
  return assembled.success
}

scope.onmessage = ({ data }) => {
  const timeline = timelineOf(data.acts)
  if (timeline === undefined) {
    scope.postMessage({ id: data.id, failed: true })
    return
  }
  const v = Validator.make({ timeline, ...(data.kind === undefined ? {} : { kind: data.kind }) })
  v.bytes(data.name, data.bytes)
  scope.postMessage({ id: data.id, name: data.name, report: Report.toJson(v.finish(), data.lang) })
}
