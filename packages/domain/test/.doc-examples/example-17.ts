import { Territory } from "/work/main/packages/domain/src/index.ts"

__check(Territory.region("11")?.name, "Île-de-France", 'Territory.region("11")?.name // "Île-de-France"')
