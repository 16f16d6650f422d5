/**
 * Example records for tests: one valid record of each kind, in its encoded (JSON) form, as a file
 * would carry it, and `Examples.with` to make variants. The six records are fictional (no real
 * person, no real company: the SIRETs pass the checksum but are made up) and consistent with one
 * another: the participation links the participant to the action, the outcome follows the action,
 * the meeting and the designation belong to the 2024 agreement. Tests of every package start from
 * them instead of writing their own copies, so that a change of schema is made here once.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ExchangeRecord } from "@accord-jeunes/domain"
 * import { Examples } from "@accord-jeunes/domain/testing"
 * Schema.decodeUnknownSync(ExchangeRecord.ExchangeRecord)(Examples.participant).kind // "participant"
 * Examples.with("participant", { ref: "p-0002" }).ref // "p-0002"
 * "birthDate" in Examples.with("participant", { birthDate: undefined }) // false
 * ```
 * @since 0.3.0
 */
import type * as ExchangeRecord from "./records/ExchangeRecord.js"

/** A record kind. @since 0.3.0 */
export type Kind = ExchangeRecord.Kind

/** A record of a kind, in its encoded (JSON) form. @since 0.3.0 */
export type Encoded<K extends Kind> = (typeof ExchangeRecord.byKind)[K]["Encoded"]

/**
 * Changes to an example: a field set to `undefined` is removed (to test a missing field); a field
 * the schema does not know, or one it refuses whatever its value (`nom`, `email`: a5#1), is added
 * as given (to test that it is refused).
 *
 * @since 0.3.0
 */
export type Overrides<K extends Kind> = {
  readonly [F in keyof Encoded<K>]?: [Encoded<K>[F]] extends [undefined] ? unknown : Encoded<K>[F] | undefined
} & { readonly [field: string]: unknown }

const agreement = "accord-cadre-jeunes-2024"
const schemaVersion = "1.0.0"

const action: Encoded<"action"> = {
  kind: "action",
  schemaVersion,
  id: "act-2025-001",
  agreement,
  actionType: "company-visit",
  startDate: "2025-03-12",
  endDate: "2025-03-12",
  region: "84",
  departement: "69",
  missionLocales: ["ML-069-LYON"],
  branches: ["hcr"],
  companies: ["12345678200010"]
}

// 18 on the day of the action, in a CEJ since January 2025: eligible (pre#2, L5131-6)
const participant: Encoded<"participant"> = {
  kind: "participant",
  schemaVersion,
  ref: "p-7f3a9c2e",
  birthDate: "2006-04-12",
  missionLocale: "ML-069-LYON",
  residenceDepartement: "69",
  schemes: [{ scheme: "cej", startDate: "2025-01-06" }]
}

const participation: Encoded<"participation"> = {
  kind: "participation",
  schemaVersion,
  id: "ptn-2025-001",
  action: action.id,
  participant: participant.ref,
  status: "completed",
  startDate: action.startDate,
  endDate: action.startDate
}

// an apprenticeship in a restaurant of the HCR branch, after the company visit (a4#4: within the action)
const insertionOutcome: Encoded<"insertion-outcome"> = {
  kind: "insertion-outcome",
  schemaVersion,
  id: "out-2025-001",
  participant: participant.ref,
  outcome: "apprenticeship",
  startDate: "2025-09-01",
  endDate: "2027-08-31",
  employerSiret: "98765432100015",
  idcc: "1979",
  rome: "G1602",
  actions: [action.id]
}

// the first national committee: every party present, the annual report's indicators set (a3.3#4)
const committeeMeeting: Encoded<"committee-meeting"> = {
  kind: "committee-meeting",
  schemaVersion,
  id: "copil-2024-12",
  agreement,
  body: { level: "national" },
  date: "2024-12-10",
  attendance: ["state", "unml", "akto", "branch:commerce-de-gros", "branch:hcr", "branch:bois"].map((party) => ({
    party,
    present: true
  })),
  decisions: [{ id: "copil-2024-12-d1", summary: "Indicateurs du rapport annuel arrêtés", setsIndicators: true }],
  outputs: []
}

// AKTO's correspondent in Auvergne-Rhône-Alpes (a4.1#1); no name: a role is enough for tests
const referentDesignation: Encoded<"referent-designation"> = {
  kind: "referent-designation",
  schemaVersion,
  id: "ref-akto-84",
  agreement,
  party: "akto",
  level: "regional",
  region: "84",
  role: "Chargée de mission emploi-formation",
  from: "2024-10-01"
}

const byKind: { readonly [K in Kind]: Encoded<K> } = {
  action,
  participant,
  participation,
  "insertion-outcome": insertionOutcome,
  "committee-meeting": committeeMeeting,
  "referent-designation": referentDesignation
}

// a deep copy: a test that changes what it was given never changes the examples
const copy = <A>(a: A): A => JSON.parse(JSON.stringify(a)) as A

/**
 * A variant of a kind's example: its fields, then the overrides (a field set to `undefined` is
 * removed). A fresh copy each time.
 *
 * @since 0.3.0
 */
const variant = <K extends Kind>(kind: K, overrides: Overrides<K> = {}): Encoded<K> => {
  const out: Record<string, unknown> = copy(byKind[kind]) as Record<string, unknown>
  for (const [field, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[field]
    else out[field] = copy(value)
  }
  return out as Encoded<K>
}

/**
 * The example records: one per kind (`action`, `participant`, `participation`, `insertionOutcome`,
 * `committeeMeeting`, `referentDesignation`, and `byKind` by their `kind`), `records` in the order
 * a file gives them (actions first, then the young person's records together), and `with` for
 * variants. The records are fresh copies on each read.
 *
 * @since 0.3.0
 */
export const Examples = {
  get action(): Encoded<"action"> {
    return variant("action")
  },
  get participant(): Encoded<"participant"> {
    return variant("participant")
  },
  get participation(): Encoded<"participation"> {
    return variant("participation")
  },
  get insertionOutcome(): Encoded<"insertion-outcome"> {
    return variant("insertion-outcome")
  },
  get committeeMeeting(): Encoded<"committee-meeting"> {
    return variant("committee-meeting")
  },
  get referentDesignation(): Encoded<"referent-designation"> {
    return variant("referent-designation")
  },
  get byKind(): { readonly [K in Kind]: Encoded<K> } {
    return copy(byKind)
  },
  get records(): ReadonlyArray<Encoded<Kind>> {
    return copy([action, participant, participation, insertionOutcome, committeeMeeting, referentDesignation])
  },
  with: variant
}

/**
 * Seeded randomness for tests and benches: the same seed gives the same numbers, so that a
 * failing case is replayed by its seed (mulberry32, a small 32-bit generator; not for anything
 * but tests).
 *
 * @example
 * ```ts
 * import { Seeded } from "@accord-jeunes/domain/testing"
 * const next = Seeded.random(42)
 * next() === Seeded.random(42)()                  // true
 * Seeded.shuffled([1, 2, 3, 4], 7).sort()         // [1, 2, 3, 4]
 * ```
 * @since 0.4.0
 */
export const Seeded = {
  /** Numbers in [0, 1), the same for the same seed. */
  random: (seed: number): (() => number) => {
    let s = seed >>> 0
    return () => {
      s = (s + 0x6d2b79f5) >>> 0
      let t = s
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
  },
  /** A copy of `xs` in an order drawn from `seed` (Fisher-Yates). */
  shuffled: <A>(xs: ReadonlyArray<A>, seed: number): Array<A> => {
    const next = Seeded.random(seed)
    const out = [...xs]
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      const x = out[i] as A
      out[i] = out[j] as A
      out[j] = x
    }
    return out
  }
}
