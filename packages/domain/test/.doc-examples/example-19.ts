import { Territory } from "/work/main/packages/domain/src/index.ts"

__check(Territory.stateServiceOf("84"), "DREETS", 'Territory.stateServiceOf("84")  // "DREETS"')
__check(Territory.stateServiceOf("11"), "DRIEETS", 'Territory.stateServiceOf("11")  // "DRIEETS"')
__check(Territory.stateServiceOf("975"), "UNDOCUMENTED", 'Territory.stateServiceOf("975") // "UNDOCUMENTED"')
