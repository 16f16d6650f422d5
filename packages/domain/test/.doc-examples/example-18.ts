import { Territory } from "/work/main/packages/domain/src/index.ts"

__check(Territory.regionOf("2A"), "94", 'Territory.regionOf("2A") // "94"')
