import { Diagnostic, Siret } from "/work/main/packages/domain/src/index.ts"

const r = Diagnostic.decode(Siret.Siret)("73282932000075")
