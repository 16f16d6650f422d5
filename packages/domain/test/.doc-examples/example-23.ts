import { Schema } from "effect"
import { ExchangeRecord } from "/work/main/packages/domain/src/index.ts"

const r = Schema.decodeUnknownSync(ExchangeRecord.ExchangeRecord)({
  kind: "referent-designation",
  schemaVersion: "1.0.0",
  id: "ref-1",
  agreement: "accord-cadre-jeunes-2024",
  party: "unml",
  level: "national",
  from: "2024-10-01"
})
__check(r.kind, "referent-designation", 'r.kind // "referent-designation"')
