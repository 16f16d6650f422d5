import { Schema } from "effect"
import { Territory } from "/work/main/packages/domain/src/index.ts"

__check(
  Schema.is(Territory.RegionCode)("84"),
  true,
  'Schema.is(Territory.RegionCode)("84")  // true (Auvergne-Rhône-Alpes)'
)
__check(Schema.is(Territory.RegionCode)("99"), false, 'Schema.is(Territory.RegionCode)("99")  // false')
