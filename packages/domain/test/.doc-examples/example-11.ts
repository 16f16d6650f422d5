import { Schema } from "effect"
import { Identifier } from "/work/main/packages/domain/src/index.ts"

__check(Schema.is(Identifier.Slug)("branch:hcr"), true, 'Schema.is(Identifier.Slug)("branch:hcr")   // true')
__check(Schema.is(Identifier.Slug)("Branch HCR"), false, 'Schema.is(Identifier.Slug)("Branch HCR")   // false')
