import { agreement2024 } from "@accord-jeunes/domain"
import { Composition, defineAmendment, defineBranchPlugin, Problem } from "@accord-jeunes/plugin-sdk"

// A branch's plugin (fictional, reduced to the minimum)
const plugin = defineBranchPlugin({
  meta: {
    id: "proprete",
    name: { fr: "Propreté (exemple)", en: "Cleaning (example)" },
    packageName: "@example/branch-proprete",
    version: "1.0.0",
    sdk: "^0.1.0"
  },
  conventions: [{ idcc: "3043" }],
  commitments: [],
  actionTypes: { catalog: ["company-visit"], own: [] },
  trades: [],
  certifications: [],
  poecSessions: [],
  referents: [],
  indicators: [],
  exampleRecords: []
})

// The amendment that brings it in
// a7#2: signed by every party bound on its signature date (the text's three signatories and the
// three founding branches) and by the branch it brings in
const sign = (party: string) => ({
  party,
  representations: [{ representative: { name: "Fédération (exemple)", title: "Présidente" } }] as const
})
const [first, ...others] = agreement2024.signatories
const avenant1 = defineAmendment({
  agreement: agreement2024.id,
  number: 1,
  title: { fr: "Avenant n°1 (exemple)", en: "Amendment no. 1 (example)" },
  signatureDate: "2025-11-20",
  effectiveDate: "2026-01-01",
  signatories: [
    first,
    ...others,
    ...["branch:commerce-de-gros", "branch:hcr", "branch:bois", "branch:proprete"].map(sign)
  ],
  operations: [{ op: "branch-joins", plugin }]
})

// The agreement in force, day by day
const timeline = Composition.composeOrThrow({ base: agreement2024, acts: [avenant1] })
for (const day of ["2025-12-31", "2026-01-01"]) {
  const inForce = Composition.asOf(timeline, day)
  console.log(day, inForce.branches.map((b) => `${b.id} (${b.provenance.since.label.en})`).join(", "))
}

// A conflict is refused, naming both sides, in French or English
const clash = defineAmendment({ ...avenant1.input, number: 2, effectiveDate: "2026-02-01" })
const result = Composition.compose({ base: agreement2024, acts: [avenant1, clash] })
if (result._tag === "Failure") console.log(Problem.format(result.failure, "fr"))
if (result._tag === "Failure") console.log(Problem.format(result.failure, "en"))
