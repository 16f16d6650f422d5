import { Schema } from "effect"
import { Certification } from "/work/main/packages/domain/src/index.ts"

__check(
  Schema.is(Certification.CertificationCode)("RNCP38436"),
  true,
  'Schema.is(Certification.CertificationCode)("RNCP38436") // true'
)
__check(
  Schema.is(Certification.CertificationCode)("RS5678"),
  true,
  'Schema.is(Certification.CertificationCode)("RS5678")    // true'
)
