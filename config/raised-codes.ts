// Records the diagnostic codes raised while a test file runs (and, through the environment, by
// the command lines it starts) so that `pnpm test` can check that every code of the catalogue is
// raised by some test and that nothing raises a code the catalogue does not define.
import { randomUUID } from "node:crypto"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll } from "vitest"

const dir = process.env.ACCORD_JEUNES_RAISED_DIR ?? fileURLToPath(new URL("../.trace/raised/", import.meta.url))
process.env.ACCORD_JEUNES_RAISED_DIR = dir

afterAll(() => {
  // the catalogue's store is shared by every copy of the domain module (sources and builds)
  const store = (globalThis as Record<symbol, { raised?: Set<string> } | undefined>)[
    Symbol.for("@accord-jeunes/domain/Catalogue")
  ]
  if (store?.raised === undefined || store.raised.size === 0) return
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${process.pid}-${randomUUID()}.txt`), [...store.raised].sort().join("\n"))
})
