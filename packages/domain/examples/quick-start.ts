import { Agreement, agreement2024, Diagnostic, ExchangeRecord, Siret } from "@accord-jeunes/domain"
import { Result } from "effect"

// The agreement as data
console.log(agreement2024.governance.national.minimumMeetingsPerYear)
console.log(
  Agreement.branchesOf(agreement2024)
    .map((b) => b.id)
    .join(", ")
)

// Reference codes
console.log(Siret.isValid("73282932000074"), Siret.isValid("73282932000075"))

// A record from another tool, checked with located, bilingual diagnostics
const line = `{"kind":"participant","schemaVersion":"1.0.0","ref":"p-7f3a","birthDate":"2006-04-12","missionLocale":"ML-069","email":"x@y.fr"}`
const result = Diagnostic.decode(ExchangeRecord.ExchangeRecord)(JSON.parse(line))
if (Result.isFailure(result)) console.log(Diagnostic.format(result.failure, "en"))
