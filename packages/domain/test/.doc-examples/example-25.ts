import { Schema } from "effect"
import { Participant } from "/work/main/packages/domain/src/index.ts"

Schema.decodeUnknownSync(Participant.Participant)({
  kind: "participant",
  schemaVersion: "1.0.0",
  ref: "p-7f3a9c2e",
  birthDate: "2006-04-12",
  missionLocale: "ML-069-LYON"
})
