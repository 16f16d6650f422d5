import { Rome } from "/work/main/packages/domain/src/index.ts"

__check(Rome.isValid("G1803"), true, 'Rome.isValid("G1803") // true')
__check(Rome.isValid("Z1803"), false, 'Rome.isValid("Z1803") // false')
