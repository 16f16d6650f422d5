import { Siren } from "/work/main/packages/domain/src/index.ts"

__check(Siren.isValid("732829320"), true, 'Siren.isValid("732829320") // true')
__check(Siren.isValid("732829321"), false, 'Siren.isValid("732829321") // false')
