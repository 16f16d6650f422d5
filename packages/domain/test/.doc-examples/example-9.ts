import { Schema } from "effect"
import { Idcc } from "/work/main/packages/domain/src/index.ts"

__check(Schema.decodeUnknownSync(Idcc.Idcc)("158"), "0158", 'Schema.decodeUnknownSync(Idcc.Idcc)("158") // "0158"')
__check(Schema.decodeUnknownSync(Idcc.Idcc)(1979), "1979", 'Schema.decodeUnknownSync(Idcc.Idcc)(1979)  // "1979"')
