import { Siret } from "/work/main/packages/domain/src/index.ts"

__check(Siret.isValid("73282932000074"), true, 'Siret.isValid("73282932000074") // true')
Siret.isValid("35600000009075") // true: La Poste, digit sum multiple of 5
__check(Siret.isValid("35600000009090"), false, 'Siret.isValid("35600000009090") // false')
