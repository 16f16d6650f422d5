import { Schema } from "effect"
import { Clause } from "/work/main/packages/domain/src/index.ts"

__check(Schema.is(Clause.ClauseId)("a3.1#2"), true, 'Schema.is(Clause.ClauseId)("a3.1#2") // true')
__check(Schema.is(Clause.ClauseId)("a3-1#2"), false, 'Schema.is(Clause.ClauseId)("a3-1#2") // false')
