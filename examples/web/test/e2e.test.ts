// End to end in a real headless Chromium (Debian's `chromium`, driven by playwright-core):
// the built page, served by Vite's preview server on the loopback interface.
import { existsSync, mkdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Examples } from "@accord-jeunes/domain/testing"
import { Assembly } from "@accord-jeunes/in-force"
import { Act } from "@accord-jeunes/plugin-sdk"
import { Report, Validator } from "@accord-jeunes/validation"
import * as Result from "effect/Result"
import { type Browser, chromium, type Page } from "playwright-core"
import { build, type PreviewServer, preview } from "vite"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { plugin } from "../../avenant-proprete/src/plugin.ts"
import * as Texts from "../src/Texts.ts"

const root = fileURLToPath(new URL("..", import.meta.url))
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const artefacts = fileURLToPath(new URL("../test-results/", import.meta.url))
const sample = fileURLToPath(new URL("../../demo/data/records.ndjson", import.meta.url))
const avenantFile = fileURLToPath(new URL("../../avenant-proprete/avenant-1.json", import.meta.url))
const avenantText = readFileSync(avenantFile, "utf8")
const avenant = JSON.parse(avenantText) as { signatories: ReadonlyArray<{ party: string }> }
// the amendment's own example record (the joining branch's own action type), on another day
const action = (startDate: string) => ({ ...(plugin.input.exampleRecords[0] as object), startDate })
const ndjson = (name: string, ...records: ReadonlyArray<unknown>) => ({
  name,
  mimeType: "application/x-ndjson",
  buffer: Buffer.from(records.map((r) => `${JSON.stringify(r)}\n`).join(""))
})

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

  it("opens on today's date in Paris: at 23:30 UTC on 31 December, it is 1 January there", async () => {
    const late = await browser.newPage({ locale: "fr-FR" })
    try {
      await late.clock.setFixedTime(new Date("2024-12-31T23:30:00Z"))
      await late.goto(origin)
      await expect.poll(() => late.inputValue("#as-of")).toBe("2025-01-01")
    } finally {
      await late.close()
    }
  })

  it("shows the agreement in force on the chosen date", async () => {
    await page.fill("#as-of", "2025-06-01")
    await expect.poll(() => page.textContent("#agreement")).toContain("Hôtels, cafés, restaurants")
    const during = await page.textContent("#agreement-status")
    await page.fill("#as-of", "2027-09-16")
    await expect.poll(() => page.textContent("#agreement-status")).not.toBe(during)
    await page.fill("#as-of", "2025-06-01")
  })
})

describe("large files and the reading rule", () => {
  // the same bytes through the validation package in Node (the command line's and the service's
  // reader) and through the page: the same counts and the same codes, in the same order
  const referent = (...role: ReadonlyArray<string | ReadonlyArray<number>>) => {
    const [before, after] = JSON.stringify({ ...Examples.referentDesignation, role: "ROLE" }).split("ROLE")
    return Buffer.concat(
      [before as string, ...role, after as string].map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p)))
    )
  }
  const lines = (end: string, ...records: ReadonlyArray<Buffer>) =>
    Buffer.concat(records.flatMap((r) => [r, Buffer.from(end)]))
  const cases = [
    { name: "nul.ndjson", buffer: lines("\n", referent("a"), referent("b", [0], "c"), referent("d")) },
    { name: "cr.ndjson", buffer: lines("\r", referent("a"), referent("b"), referent("c")) },
    { name: "utf8.ndjson", buffer: lines("\n", referent("Chargée de mission café"), referent("Charg", [0xe9], "e")) },
    { name: "cp1252.ndjson", buffer: lines("\n", referent("Charg", [0xe9], "e"), referent("caf", [0xe9])) },
    {
      name: "quote.csv",
      buffer: Buffer.from(
        ["a-1", '"a-2', "a-3"]
          .map((id) => `${id};action;1.0.0;accord-cadre-jeunes-2024;company-visit;2025-03-12;84;ML-069;hcr;`)
          .reduce(
            (text, row) => `${text}${row}\n`,
            "id;kind;schemaVersion;agreement;actionType;startDate;region;missionLocales;branches;companies\n"
          )
      )
    }
  ]

  it.each(cases)("reads $name by the validation package's one rule, as the command line does", async (c) => {
    const v = Validator.make()
    v.bytes(c.name, new Uint8Array(c.buffer))
    const expected = Report.toJson(v.finish(), "fr")
    await page.selectOption("#file-kind", "")
    await page.setInputFiles("#file", { name: c.name, mimeType: "application/octet-stream", buffer: c.buffer })
    await expect.poll(() => page.textContent("#file-summary")).toBe(Texts.fileSummary("fr", c.name, expected.stats))
    const codes = await page.$$eval("#report tbody tr td:nth-child(5)", (tds) => tds.map((td) => td.textContent))
    expect(codes).toEqual(expected.issues.map((i) => i.code))
  })

  it("shows an 8 MB file's 10 001 issues a page at a time, answering input within 200 ms while and after checking", async () => {
    // 8 MB of actions in a region that does not exist: one issue each, 10 000 kept, then one that
    // says how many more there are
    const records: Array<string> = []
    let size = 0
    for (let i = 0; size < 8 * 1024 * 1024; i++) {
      const line = `${JSON.stringify({ ...Examples.action, id: `act-${i}`, region: "99" })}\n`
      records.push(line)
      size += line.length
    }
    // how long the page takes to answer each input, from the gesture to the next frame (Event
    // Timing, as browsers measure responsiveness); only inputs over 16 ms are listed
    await page.evaluate(() => {
      const slow: Array<{ name: string; duration: number }> = []
      ;(window as unknown as { slow: typeof slow }).slow = slow
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) slow.push({ name: e.name, duration: e.duration })
      }).observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit)
    })
    const answered = async (act: () => Promise<unknown>, done: string) => {
      const start = performance.now()
      await act()
      await page.waitForFunction(done, undefined, { polling: "raf" })
      return performance.now() - start
    }
    await page.setInputFiles("#file", {
      name: "big.ndjson",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from(records.join(""))
    })
    // while the file is checked: typing in a text area
    await page.focus("#act-text")
    const during = await answered(() => page.keyboard.type("x"), `document.querySelector("#act-text").value === "x"`)
    const checking = (await page.textContent("#file-summary")) ?? ""
    await page.fill("#act-text", "")
    await expect
      .poll(() => page.textContent("#file-summary"), { timeout: 60_000 })
      .toContain(`${records.length} enregistrement(s) lu(s), 0 accepté(s), ${records.length} rejeté(s)`)
    // a page of the report in the document, not ten thousand rows
    expect(await page.$$eval("#report tbody tr", (trs) => trs.length)).toBe(100)
    expect(await page.textContent("#report-page")).toBe("Page 1 / 101 · 10001 problème(s)")
    // after: the next page, then a filter typed
    const next = await answered(
      () => page.click("#report-next"),
      `document.querySelector("#report-page").textContent.startsWith("Page 2 / 101")`
    )
    expect(await page.$$eval("#report tbody tr td:nth-child(5)", (tds) => tds[0]?.textContent)).toBe(
      "value.not-allowed"
    )
    const typed = await answered(
      () => page.fill("#report-filter", "report.truncated"),
      `document.querySelector("#report-page").textContent === "Page 1 / 1 · 1 problème(s) sur 10001"`
    )
    expect(await page.$$eval("#report tbody tr td:nth-child(5)", (tds) => tds.map((td) => td.textContent))).toEqual([
      "report.truncated"
    ])
    const slow = await page.evaluate(
      () => (window as unknown as { slow: Array<{ name: string; duration: number }> }).slow
    )
    console.log(
      `8 MB file, ${records.length} records: typing while checked ${during.toFixed(0)} ms (${checking}), next page ${next.toFixed(0)} ms, filter typed ${typed.toFixed(0)} ms; slowest input event ${Math.max(0, ...slow.map((e) => e.duration))} ms`
    )
    expect(during).toBeLessThan(200)
    expect(next).toBeLessThan(200)
    expect(typed).toBeLessThan(200)
    expect(slow.filter((e) => e.duration >= 200)).toEqual([])
    await page.fill("#report-filter", "")
  })
})

describe("acts added in the page: the agreement re-assembled, validation with it", () => {
  it("pre#7: before avenant n°1, an action of the proprete branch is rejected, naming the unknown branch and action type", async () => {
    expect(await page.$$eval("#acts li", (lis) => lis.length)).toBe(0)
    await page.selectOption("#file-kind", "")
    await page.setInputFiles("#file", ndjson("proprete.ndjson", action("2026-02-10")))
    await expect.poll(() => page.textContent("#file-summary")).toContain("1 rejeté(s)")
    const rows = await page.$$eval("#report tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""))
    )
    const byPath = Object.fromEntries(rows.map((r) => [r[1], `${r[3]} [${r[4]}]`]))
    expect(byPath["$.branches[0]"]).toContain("« proprete » n'est pas dans l'accord le 2026-02-10")
    expect(byPath["$.actionType"]).toContain("proprete:discovery-worksite")
    // the form does not offer its action type either
    await page.click("#tab-action")
    expect(
      await page.$$eval("#f-actionType option", (os) => os.map((o) => (o as HTMLOptionElement).value))
    ).not.toContain("proprete:discovery-worksite")
  })

  it("a7#2: an amendment missing a founding branch's signature is refused, the problem shown and located; nothing changes", async () => {
    const unsigned = { ...avenant, signatories: avenant.signatories.filter((s) => s.party !== "branch:bois") }
    await page.fill("#act-text", JSON.stringify(unsigned, null, 2))
    await page.click("#act-add")
    await expect.poll(() => page.textContent("#act-problems")).toContain("il manque la signature de branch:bois")
    expect(await page.textContent("#act-problems")).toContain("$.signatories")
    expect(await page.textContent("#act-problems")).toContain("[composition.consent-missing]")
    expect(await page.$$eval("#acts li", (lis) => lis.length)).toBe(0)
    // a document that does not parse is located by line and column, without being echoed
    await page.fill("#act-text", '{\n  "kind": "amendment",\n  "number": 1,,\n}')
    await page.click("#act-add")
    await expect.poll(() => page.textContent("#act-problems")).toContain("document collé:3:")
    expect(await page.textContent("#act-problems")).toContain("[act.json-syntax]")
  })

  it("shows what the user gives as text, never as markup", async () => {
    await page.setInputFiles("#act-file", {
      name: '<img src=x onerror="document.title=1">.json',
      mimeType: "application/json",
      buffer: Buffer.from('{"kind": "<b>avenant</b>"}')
    })
    await expect.poll(() => page.textContent("#act-problems")).toContain("<img src=x")
    expect(await page.$$eval("#act-problems img, #act-problems b", (xs) => xs.length)).toBe(0)
    expect(await page.title()).not.toBe("1")
  })

  it("pre#7: with avenant-1.json added, the same action dated 2026-02-10 is accepted, in a file and in the form", async () => {
    await page.setInputFiles("#act-file", avenantFile)
    await expect
      .poll(() => page.$$eval("#acts li", (lis) => lis.map((li) => li.textContent)))
      .toEqual(["avenant n°1 (amendment-1) : en vigueur le 2026-01-01"])
    expect(await page.textContent("#act-problems")).toBe("")
    // the file chosen before is checked again against the new agreement
    await expect.poll(() => page.textContent("#file-summary")).toContain("1 accepté(s), 0 rejeté(s)")
    // and the form offers the branch's own action type
    await page.fill("#f-id", "proprete-ex-1")
    await page.selectOption("#f-actionType", "proprete:discovery-worksite")
    await page.fill("#f-startDate", "2026-02-10")
    await page.fill("#f-endDate", "")
    await page.selectOption("#f-region", "11")
    await page.fill("#f-departement", "93")
    await page.fill("#f-missionLocales", "ML-EXEMPLE-93")
    await page.fill("#f-branches", "proprete")
    await page.fill("#f-companies", "")
    await expect.poll(() => page.textContent("#form-status")).toContain("Enregistrement valide")
  })

  it("pre#7: dated before the amendment takes effect, the action is rejected naming avenant n°1 and 2026-01-01", async () => {
    await page.fill("#f-startDate", "2025-12-15")
    await expect.poll(() => page.textContent("#e-branches")).toContain("avenant n°1")
    expect(await page.textContent("#e-branches")).toContain("2026-01-01")
    await page.fill("#f-startDate", "2026-02-10")
    await expect.poll(() => page.textContent("#form-status")).toContain("Enregistrement valide")
  })

  it("pre#7: describes the agreement as Assembly.describe does for the same act document, on 2025-12-31, 2026-01-01 and 2026-06-30", async () => {
    const act = Act.fromDocument(JSON.parse(avenantText), "avenant-1.json")
    if (Result.isFailure(act)) throw new Error("avenant-1.json is refused")
    const timeline = Assembly.assembleOrThrow({ acts: [act.success] })
    for (const day of ["2025-12-31", "2026-01-01", "2026-06-30"]) {
      await page.fill("#as-of", day)
      await expect.poll(async () => JSON.parse((await page.textContent("#agreement-json")) ?? "null").date).toBe(day)
      const shown = JSON.parse((await page.textContent("#agreement-json")) ?? "null")
      expect(shown).toEqual(JSON.parse(JSON.stringify(Assembly.describe(timeline, day))))
    }
    expect(await page.textContent("#agreement")).toContain("Propreté (exemple fictif) (IDCC 3043) — depuis avenant n°1")
    await page.fill("#as-of", "2025-12-31")
    await expect.poll(() => page.textContent("#agreement")).not.toContain("Propreté")
  })

  it("pre#7: without the added acts, the agreement is the founding one again", async () => {
    await page.click("#act-reset")
    await expect.poll(() => page.$$eval("#acts li", (lis) => lis.length)).toBe(0)
    await expect.poll(() => page.textContent("#file-summary")).toContain("1 rejeté(s)")
    const founding = JSON.parse((await page.textContent("#agreement-json")) ?? "null")
    expect(founding).toEqual(JSON.parse(JSON.stringify(Assembly.describe(Assembly.foundingTimeline(), "2025-12-31"))))
  })
})

describe("confidentiality", () => {
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
