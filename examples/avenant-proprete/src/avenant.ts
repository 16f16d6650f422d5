// FICTIONAL EXAMPLE: amendment no. 1, by which the cleaning branch joins the 2024 agreement
// (clauses pre#7 and a7#2) from 1 January 2026. Its federation signs alongside the original
// signatories.
import { agreement2024 } from "@accord-jeunes/domain"
import { defineAmendment } from "@accord-jeunes/plugin-sdk"
import { plugin } from "./plugin.ts"

const [first, ...others] = agreement2024.signatories

export const avenant1 = defineAmendment({
  agreement: agreement2024.id,
  number: 1,
  title: {
    fr: "Avenant n°1 : adhésion de la branche de la propreté (exemple fictif)",
    en: "Amendment no. 1: the cleaning branch joins (fictional example)"
  },
  signatureDate: "2025-11-20",
  effectiveDate: "2026-01-01",
  signatories: [
    first,
    ...others,
    {
      party: "branch:proprete",
      representations: [{ representative: { name: "Fédération fictive", title: "Présidente" } }]
    }
  ],
  operations: [{ op: "branch-joins", plugin }]
})
