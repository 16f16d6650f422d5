import { Schema } from "effect"
import { InsertionOutcome } from "/work/main/packages/domain/src/index.ts"

Schema.decodeUnknownSync(InsertionOutcome.InsertionOutcome)({
  kind: "insertion-outcome",
  schemaVersion: "1.0.0",
  id: "out-1",
  participant: "p-7f3a9c2e",
  outcome: "cdd",
  startDate: "2025-04-01",
  endDate: "2025-12-31",
  employerSiret: "73282932000074",
  idcc: "1979",
  rome: "G1803",
  actions: ["act-2025-001"]
})
