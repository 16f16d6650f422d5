import { Schema } from "effect"
import { Amendment } from "/work/main/packages/domain/src/index.ts"

const a = Schema.decodeUnknownSync(Amendment.Amendment)({
  kind: "amendment",
  agreement: "accord-cadre-jeunes-2024",
  number: 1,
  title: { fr: "Avenant n°1", en: "Amendment no. 1" },
  signatureDate: "2025-06-01",
  effectiveDate: "2025-07-01",
  signatories: [{ party: "state", representations: [{ representative: { name: "X", title: "Y" } }] }],
  operations: [{ op: "clause-amended", clause: "a4#3", parameters: { "minimum-meetings-per-year": 3 } }]
})
