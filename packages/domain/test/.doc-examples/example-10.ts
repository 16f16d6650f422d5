import { Idcc } from "/work/main/packages/domain/src/index.ts"

__check(Idcc.normalize("573"), "0573", 'Idcc.normalize("573") // "0573"')
Idcc.normalize("12345") // undefined
