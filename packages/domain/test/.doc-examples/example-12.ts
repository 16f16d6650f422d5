import { Schema } from "effect"
import { Party } from "/work/main/packages/domain/src/index.ts"

const hcr = Schema.decodeUnknownSync(Party.ProfessionalBranch)({
  kind: "branch",
  id: "hcr",
  partyId: "branch:hcr",
  name: { fr: "Hôtels, cafés, restaurants", en: "Hotels, cafés and restaurants" },
  conventions: [{ idcc: "1979", title: "CCN des hôtels, cafés, restaurants du 30 avril 1997" }]
})
__check(Party.idccsOf(hcr), ["1979"], 'Party.idccsOf(hcr) // ["1979"]')
