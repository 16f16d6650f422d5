// A deterministic generator of synthetic national-scale data: a year of the network (by default
// 1.3 million young people, par#2), their participations and outcomes, as NDJSON lines that
// validate against the record schemas. Actions first, then each young person's records grouped.
// Fictional from end to end.
import { Territory } from "@accord-jeunes/domain"

/** A small, fast, seedable PRNG (mulberry32). */
export const random = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const branches = ["commerce-de-gros", "hcr", "bois"] as const
const actionTypes = [
  "mutual-knowledge",
  "mission-locale-support",
  "collective-information",
  "company-visit",
  "facilitated-immersion",
  "trade-discovery-airlock",
  "poe-sourcing",
  "mentoring"
] as const
const regions: ReadonlyArray<string> = Territory.allRegions.filter((r) => r.zone !== "com").map((r) => r.code)
const departementsOf = new Map<string, ReadonlyArray<string>>(
  regions.map((r) => [r, Territory.allDepartements.filter((d) => d.region === r).map((d) => d.code)])
)
// valid SIRETs (Luhn) built once
const sirets = ["73282932000074", "35600000009075", "55210055400013", "44306184100047"]

const day = (rnd: () => number, year: number) => {
  const m = 1 + Math.floor(rnd() * 12)
  const d = 1 + Math.floor(rnd() * 28)
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
}
const plusDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

export interface Options {
  readonly people: number
  readonly actions?: number
  readonly seed?: number
}

/** The NDJSON lines, one at a time. */
export function* lines(options: Options): Generator<string> {
  const rnd = random(options.seed ?? 20240916)
  const actionCount = options.actions ?? Math.max(10, Math.round(options.people / 20))
  const actionStart: Array<string> = []
  for (let i = 0; i < actionCount; i++) {
    const region = regions[Math.floor(rnd() * regions.length)] as string
    const deps = departementsOf.get(region) ?? []
    const start = day(rnd, 2025)
    actionStart.push(start)
    yield JSON.stringify({
      kind: "action",
      schemaVersion: "1.0.0",
      id: `act-${i}`,
      agreement: "accord-cadre-jeunes-2024",
      actionType: actionTypes[Math.floor(rnd() * actionTypes.length)],
      startDate: start,
      region,
      departement: deps[Math.floor(rnd() * deps.length)],
      missionLocales: [`ML-${region}-${Math.floor(rnd() * 25)}`],
      branches: [branches[Math.floor(rnd() * branches.length)]],
      companies: [sirets[Math.floor(rnd() * sirets.length)]]
    })
  }
  for (let p = 0; p < options.people; p++) {
    const ref = `p-${p.toString(36).padStart(8, "0")}`
    const birth = day(rnd, 2000 + Math.floor(rnd() * 9))
    yield JSON.stringify({
      kind: "participant",
      schemaVersion: "1.0.0",
      ref,
      birthDate: birth,
      missionLocale: `ML-${Math.floor(rnd() * 440)}`
    })
    const n = 1 + Math.floor(rnd() * 3)
    let first = "9999-12-31"
    for (let k = 0; k < n; k++) {
      const a = Math.floor(rnd() * actionCount)
      const start = actionStart[a] as string
      if (start < first) first = start
      yield JSON.stringify({
        kind: "participation",
        schemaVersion: "1.0.0",
        id: `${ref}-${k}`,
        action: `act-${a}`,
        participant: ref,
        status: "completed",
        startDate: start
      })
    }
    const r = rnd()
    if (r < 0.45) {
      const kind =
        r < 0.1 ? "cdi" : r < 0.25 ? "cdd" : r < 0.32 ? "temporary-work" : r < 0.4 ? "apprenticeship" : "training"
      const start = plusDays(first, 10 + Math.floor(rnd() * 200))
      const contract = kind !== "training"
      yield JSON.stringify({
        kind: "insertion-outcome",
        schemaVersion: "1.0.0",
        id: `${ref}-o`,
        participant: ref,
        outcome: kind,
        startDate: start,
        ...(kind === "cdi" ? {} : { endDate: plusDays(start, 30 + Math.floor(rnd() * 400)) }),
        ...(contract ? { employerSiret: sirets[Math.floor(rnd() * sirets.length)], idcc: "1979" } : {}),
        actions: []
      })
    }
  }
}
