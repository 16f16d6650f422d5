// End to end in a real headless Chromium (Debian's `chromium`, driven by playwright-core):
// the built page, served by Vite's preview server on the loopback interface.
import { existsSync, mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { type Browser, chromium, type Page } from "playwright-core"
import { build, type PreviewServer, preview } from "vite"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("..", import.meta.url))
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const artefacts = fileURLToPath(new URL("../test-results/", import.meta.url))
const sample = fileURLToPath(new URL("../../demo/data/records.ndjson", import.meta.url))

let server: PreviewServer
let browser: Browser
let page: Page
let origin: string
const requests: Array<{ method: string; url: string }> = []

beforeAll(async () => {
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH`
    )
  await build({ root, logLevel: "silent" })
  server = await preview({ root, logLevel: "silent", preview: { host: "127.0.0.1", port: 0, strictPort: false } })
  origin = (server.resolvedUrls?.local[0] ?? "").replace(/\/$/, "")
  browser = await chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync"
    ]
  })
  page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "fr-FR" })
  page.on("request", (r) => requests.push({ method: r.method(), url: r.url() }))
  await page.goto(origin)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe("the web page, in Chromium", () => {
  it("validates the action form as it is typed, in French, down to the SIRET checksum", async () => {
    await page.fill("#f-companies", "73282932000075")
    await expect.poll(() => page.textContent("#e-companies")).toContain("clé de contrôle")
    expect(await page.getAttribute("#f-companies", "aria-invalid")).toBe("true")
    await page.fill("#f-id", "act-2025-001")
    await page.selectOption("#f-actionType", { index: 1 })
    await page.fill("#f-startDate", "2025-03-10")
    await page.selectOption("#f-region", "84")
    await page.fill("#f-departement", "75")
    await page.fill("#f-missionLocales", "ML-069-LYON")
    await page.fill("#f-branches", "hcr")
    await page.fill("#f-companies", "73282932000074")
    // a département outside the region is refused by the agreement-aware rule
    await expect.poll(() => page.textContent("#e-departement")).toContain("n'appartient pas à la région")
    await page.fill("#f-departement", "69")
    await expect.poll(() => page.textContent("#form-status")).toContain("Enregistrement valide")
  })

  it("checks the action against the agreement in force on its date, as for a file", async () => {
    // a branch that has not joined the agreement
    await page.fill("#f-branches", "proprete")
    await expect.poll(() => page.textContent("#e-branches")).toContain("n'est pas dans l'accord le 2025-03-10")
    await page.fill("#f-branches", "hcr")
    // a date before the signature
    await page.fill("#f-startDate", "2023-03-10")
    await expect.poll(() => page.textContent("#e-startDate")).toContain("L'accord n'est pas en vigueur le 2023-03-10")
    await page.fill("#f-startDate", "2025-03-10")
    await expect.poll(() => page.textContent("#form-status")).toContain("Enregistrement valide")
  })

  it("requires the employer's SIRET for a contract, and checks it", async () => {
    await page.click("#tab-outcome")
    await page.fill("#f-id", "out-1")
    await page.fill("#f-participant", "p-7f3a9c2e")
    await page.selectOption("#f-outcome", "cdi")
    await page.fill("#f-startDate", "2025-06-01")
    await page.fill("#f-actions", "act-2025-001")
    await expect.poll(() => page.textContent("#e-employerSiret")).toContain("doit indiquer le SIRET de l'employeur")
    await page.fill("#f-employerSiret", "1234")
    await expect.poll(() => page.textContent("#e-employerSiret")).toContain("SIRET")
    await page.fill("#f-employerSiret", "73282932000074")
    await expect.poll(() => page.textContent("#form-status")).toContain("Enregistrement valide")
    // a training outcome needs no employer
    await page.fill("#f-employerSiret", "")
    await page.selectOption("#f-outcome", "training")
    await expect.poll(() => page.textContent("#form-status")).toContain("Enregistrement valide")
  })

  it("checks a whole file in the page and shows the report as a table", async () => {
    await page.setInputFiles("#file", sample)
    await expect.poll(() => page.textContent("#file-summary")).toContain("13 enregistrement(s) lu(s)")
    const summary = (await page.textContent("#file-summary")) ?? ""
    const [read, accepted, rejected] = [...summary.matchAll(/(\d+) /g)].map((m) => Number(m[1]))
    expect((accepted ?? 0) + (rejected ?? 0)).toBe(read)
    const codes = await page.$$eval("#report tbody tr td:nth-child(5)", (tds) => tds.map((td) => td.textContent))
    expect(codes).toEqual(expect.arrayContaining(["siret.checksum", "personal-data.direct-identifier"]))
  })

  it("shows the agreement in force on the chosen date", async () => {
    await page.fill("#as-of", "2025-06-01")
    await expect.poll(() => page.textContent("#agreement")).toContain("Hôtels, cafés, restaurants")
    const during = await page.textContent("#agreement-status")
    await page.fill("#as-of", "2027-09-16")
    await expect.poll(() => page.textContent("#agreement-status")).not.toBe(during)
    await page.fill("#as-of", "2025-06-01")
  })

  it("a5#1: sends nothing anywhere: every request is a GET of the page's own files", async () => {
    mkdirSync(artefacts, { recursive: true })
    await page.screenshot({ path: `${artefacts}web.png`, fullPage: true })
    expect(requests.length).toBeGreaterThan(0)
    for (const r of requests) {
      expect(r.method).toBe("GET")
      expect(r.url.startsWith(origin)).toBe(true)
    }
  })
})
