import { Clause } from "/work/main/packages/domain/src/index.ts"

__check(Clause.articleOf("a3.1#2"), "Article 3.1", 'Clause.articleOf("a3.1#2") // "Article 3.1"')
__check(Clause.articleOf("pre#6"), "Préambule", 'Clause.articleOf("pre#6")  // "Préambule"')
