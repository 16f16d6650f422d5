import { Annotations, Siret } from "/work/main/packages/domain/src/index.ts"

__check(Annotations.labelOf(Siret.Siret)?.fr, "Numéro SIRET", 'Annotations.labelOf(Siret.Siret)?.fr // "Numéro SIRET"')
