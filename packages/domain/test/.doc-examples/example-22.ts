import { Schema } from "effect"
import { Action } from "/work/main/packages/domain/src/index.ts"

Schema.decodeUnknownSync(Action.Action)({
  kind: "action",
  schemaVersion: "1.0.0",
  id: "act-2025-001",
  agreement: "accord-cadre-jeunes-2024",
  actionType: "company-visit",
  startDate: "2025-03-12",
  region: "84",
  departement: "69",
  missionLocales: ["ML-069-LYON"],
  branches: ["hcr"],
  companies: ["73282932000074"]
})
