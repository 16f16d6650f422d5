// FICTIONAL EXAMPLE: amendment no. 1, by which the cleaning branch joins the 2024 agreement
// (clauses pre#7 and a7#2) from 1 January 2026. Every party bound on the signature date consents
// (a7#2): the three signatories of the text and the three founding branches; the joining branch's
// federation signs too, since the amendment holds its commitments. Names are invented.
import { agreement2024 } from "@accord-jeunes/domain"
import { defineAmendment } from "@accord-jeunes/plugin-sdk"
import { plugin } from "./plugin.ts"

const signature = (party: string, name: string, title: string) => ({
  party,
  representations: [{ representative: { name, title } }] as const
})
const branchSignature = (party: string, name: string) => signature(party, name, "Président(e) (exemple fictif)")

export const avenant1 = defineAmendment({
  agreement: agreement2024.id,
  number: 1,
  title: {
    fr: "Avenant n°1 : adhésion de la branche de la propreté (exemple fictif)",
    en: "Amendment no. 1: the cleaning branch joins (fictional example)"
  },
  signatureDate: "2025-11-20",
  effectiveDate: "2026-01-01",
  // every name below is invented
  signatories: [
    signature("state", "Déléguée générale fictive", "Déléguée générale à l'emploi et à la formation professionnelle"),
    signature("unml", "Présidente fictive", "Présidente de l'UNML"),
    signature("akto", "Président fictif", "Président d'AKTO"),
    branchSignature("branch:commerce-de-gros", "Fédération fictive du commerce de gros"),
    branchSignature("branch:hcr", "Fédération fictive des hôtels, cafés, restaurants"),
    branchSignature("branch:bois", "Fédération fictive du bois"),
    branchSignature("branch:proprete", "Fédération fictive de la propreté")
  ],
  operations: [{ op: "branch-joins", plugin }]
})
