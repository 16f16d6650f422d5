import { agreement2024 } from "/work/main/packages/domain/src/index.ts"

__check(
  agreement2024.signatureDate,
  "2024-09-16",
  'agreement2024.signatureDate                           // "2024-09-16"'
)
__check(
  agreement2024.governance.national.minimumMeetingsPerYear,
  2,
  "agreement2024.governance.national.minimumMeetingsPerYear // 2"
)
__check(agreement2024.actionTypes.length, 8, "agreement2024.actionTypes.length                      // 8")
