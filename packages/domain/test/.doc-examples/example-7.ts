import { Diagnostic } from "/work/main/packages/domain/src/index.ts"

__check(
  Diagnostic.formatPath(["companies", 0, "siret"]),
  "$.companies[0].siret",
  'Diagnostic.formatPath(["companies", 0, "siret"]) // "$.companies[0].siret"'
)
