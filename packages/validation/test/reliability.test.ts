// Issue #13, point 1 and the records' half of point 2, on bytes: every byte accounted for (a stray
// quote costs its own row, a NUL its own line, a lone CR ends a line, read = accepted + rejected),
// one encoding rule whatever the path (whole bytes as the service, the web page and standard input
// give them; chunks as the command line streams a file), columns named like an object's own
// properties are unknown columns, a rejects file a steward can fix and send back, and a bounded
// cost for a bad record.
import { Examples, Seeded } from "@accord-jeunes/domain/testing"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { Csv, Input, Report, Validator } from "../src/index.js"

const enc = (s: string) => new TextEncoder().encode(s)
const bytesOf = (...parts: ReadonlyArray<string | number>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "number" ? [p] : [...enc(p)])))
// text of Latin-1 characters as Windows-1252 bytes (é is 0xE9)
const latin1 = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)))
const codes = (r: Report.Report) => r.issues.map((i) => `${i.line ?? "-"} ${i.path ?? "$"} ${i.code}`)
const reconciles = (r: Report.Report) => expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected)
const line = (o: object) => JSON.stringify(o)

// whole bytes: what the service, the web page and standard input hand to the validator
const whole = (name: string, bytes: Uint8Array, options: Validator.Options = {}) => {
  const v = Validator.make(options)
  v.bytes(name, bytes)
  return v.finish()
}
// a streamed NDJSON file, as the command line reads one: the encoding verdict from a first pass,
// then the bytes in chunks of `size`
const streamed = (name: string, bytes: Uint8Array, size: number, options: Validator.Options = {}) => {
  const scan = Input.scanner(options.encoding)
  for (let i = 0; i < bytes.length; i += size) scan.push(bytes.subarray(i, i + size))
  const v = Validator.make(options)
  const s = v.stream(name, scan.end())
  for (let i = 0; i < bytes.length; i += size) s.push(bytes.subarray(i, i + size))
  s.end()
  return v.finish()
}
// the verdict without messages: what must be the same through every path
const verdict = (r: Report.Report) => ({
  valid: r.valid,
  stats: r.stats,
  encoding: r.files.map((f) => f.encoding),
  issues: codes(r),
  messages: r.issues.map((i) => i.message.en)
})

const action = Examples.with("action", { id: "act-1", endDate: undefined, companies: ["73282932000074"] })
const header =
  "kind;schemaVersion;id;agreement;actionType;startDate;region;departement;missionLocales;branches;companies"
const row = (id: string) =>
  `action;1.0.0;${id};accord-cadre-jeunes-2024;company-visit;12/03/2025;84;69;ML-069|ML-070;hcr;73282932000074`
const rows = (n: number) => Array.from({ length: n }, (_, i) => row(`act-${i + 1}`))

describe("CSV: a row the reader cannot split with certainty costs its own row", () => {
  it("a stray opening quote on row 5 of 10: read 10, 9 accepted, row 5 rejected where the quote is", () => {
    const body = rows(10)
    body[4] = (body[4] as string).replace(";act-5;", ';"act-5;')
    for (const eol of ["\n", "\r\n"]) {
      const r = whole("a.csv", enc([header, ...body].join(eol) + eol))
      expect(codes(r)).toEqual(["6 $ csv.quote"])
      expect(r.stats).toEqual({ read: 10, accepted: 9, rejected: 1, warnings: 0, blank: 0 })
      expect(r.issues[0]?.message.fr).toContain("ligne 6, colonne 14")
      expect(r.issues[0]?.message.en).toContain("only this line is rejected, reading resumes on the next line")
    }
    // a well quoted cell further down does not close the stray quote
    body[7] = (body[7] as string).replace("ML-069|ML-070", '"ML-069|ML-070"')
    const r = whole("a.csv", enc([header, ...body].join("\n")))
    expect(codes(r)).toEqual(["6 $ csv.quote"])
    expect(r.stats).toMatchObject({ read: 10, accepted: 9, rejected: 1 })
  })
  it("a quote closed then followed by text: the row is rejected, the next read", () => {
    const body = rows(3)
    body[1] = (body[1] as string).replace(";hcr;", ';"hcr"x;')
    const r = whole("a.csv", enc([header, ...body].join("\n")))
    expect(codes(r)).toEqual(["3 $ csv.quote"])
    expect(r.issues[0]?.message.en).toContain("Text after a closing quote at line 3, column")
    expect(r.stats).toMatchObject({ read: 3, accepted: 2, rejected: 1 })
  })
  it("a quoted cell holding line breaks is one record over several lines, and its issues say so", () => {
    const multi = row("act-2").replace("ML-069|ML-070", '"ML-069\nML-070\r\nML-071"')
    const r = whole("a.csv", enc([header, row("act-1"), multi, row("act-3")].join("\n")))
    expect(r.stats).toMatchObject({ read: 3, accepted: 2, rejected: 1 })
    expect(r.issues.map((i) => [i.line, i.lines])).toEqual([[3, 3]])
    expect(Report.formatIssue(r.issues[0] as Report.Issue, "en")).toMatch(/^error a\.csv:3-5 \$\.missionLocales\[0\]/u)
    expect(Report.toJson(r, "en").issues[0]).toMatchObject({ line: 3, lines: 3 })
    // the next record's line is right
    expect(whole("a.csv", enc([header, multi, `${row("x")};extra`].join("\n"))).issues.at(-1)?.line).toBe(5)
  })
  it("a header with a stray quote: the file is not read, and not valid", () => {
    const r = whole("a.csv", enc(`kind;"id\n${row("act-1")}\n`))
    expect(codes(r)).toEqual(["1 $ csv.quote"])
    expect(r.valid).toBe(false)
  })
})

describe("a NUL byte costs its own line; only really binary files are refused", () => {
  it("CSV: a NUL in the first 8 KB, 99 valid records: 99 accepted, one rejected at the NUL", () => {
    const body = rows(100)
    body[2] = (body[2] as string).replace("act-3", "act\u00003")
    const r = whole("a.csv", enc(`${[header, ...body].join("\r\n")}\r\n`))
    expect(codes(r)).toEqual(["4 $ file.nul-byte"])
    expect(r.stats).toMatchObject({ read: 100, accepted: 99, rejected: 1 })
    expect(r.issues[0]?.message.en).toBe("NUL byte (character 0) at line 4, column 17: record not read")
  })
  it("NDJSON, whole or streamed: the line with the NUL is rejected, the others read", () => {
    const bytes = enc(
      [line(action), `${line({ ...action, id: "act-2" }).slice(0, 10)}\u0000}`, line(action)].join("\n")
    )
    for (const r of [whole("a.ndjson", bytes), streamed("a.ndjson", bytes, 7)]) {
      expect(codes(r)).toEqual(["2 $ file.nul-byte"])
      expect(r.stats).toMatchObject({ read: 3, accepted: 2, rejected: 1 })
    }
  })
  it.each([
    ["gzip", [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03], "compressed file (gzip)"],
    ["zip", [...enc("PK\u0003\u0004"), 0x14, 0, 0, 0, 0x08, 0], "ZIP archive (an .xlsx or .ods workbook is one)"],
    ["office", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], "Excel 97-2003 workbook (.xls)"],
    ["pdf", [...enc("%PDF-1.7\n%")], "PDF document"],
    ["utf-16", [0xff, 0xfe, 0x6b, 0, 0x69, 0], "UTF-16 text"],
    ["control", [...new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)))], "many control bytes"]
  ])("a %s file is refused as binary, saying what it is", (kind, bytes, says) => {
    const b = new Uint8Array(bytes as ReadonlyArray<number>)
    expect(Input.binary(b)).toBe(kind)
    for (const r of [whole("f.csv", b), streamed("f.ndjson", b, 3)]) {
      expect(codes(r)).toEqual(["- $ file.binary"])
      expect(r.issues[0]?.message.en).toContain(says)
      expect(r.stats.read).toBe(0)
      expect(r.valid).toBe(false)
    }
  })
})

describe("a lone CR ends a line (old Mac exports), in CSV and NDJSON", () => {
  it("CSV: 5 records with CR line ends are 5 records, and mixed line ends too", () => {
    expect(whole("a.csv", enc([header, ...rows(5)].join("\r"))).stats).toMatchObject({ read: 5, accepted: 5 })
    const mixed = `${header}\r${row("a")}\n${row("b")}\r\n${row("c")}\r\r${row("d")}\r`
    expect(whole("a.csv", enc(mixed)).stats).toMatchObject({ read: 4, accepted: 4, blank: 1 })
    expect(Csv.parse("a;b\r1;2\r\r3;4\r").rows.map((r) => r.line)).toEqual([1, 2, 4])
  })
  it("NDJSON, whole or streamed in chunks that split a CRLF: 5 records, each on its line", () => {
    const five = Array.from({ length: 5 }, (_, i) => line({ ...action, id: `act-${i}` }))
    const bytes = enc(`${five[0]}\r${five[1]}\r\n${five[2]}\n\r${five[3]}\r${five[4]}`)
    const lines: Array<number> = []
    for (const size of [1, 2, 5, 64, bytes.length]) {
      const r = streamed("a.ndjson", bytes, size, { onAccepted: (_, w) => lines.push(w.line) })
      expect(r.stats).toMatchObject({ read: 5, accepted: 5, blank: 1 })
    }
    const r = whole("a.ndjson", bytes, { onAccepted: (_, w) => lines.push(w.line) })
    expect(r.stats).toMatchObject({ read: 5, accepted: 5, blank: 1 })
    expect(lines.slice(-5)).toEqual([1, 2, 3, 5, 6])
  })
})

describe("every byte accounted for (property)", () => {
  // physical lines: every line end (LF, CRLF, lone CR), and a last line without one
  const physical = (text: string) => (text.match(/\r\n|\r|\n/gu)?.length ?? 0) + (/[^\r\n]$/u.test(text) ? 1 : 0)
  const damages: ReadonlyArray<(s: string, rng: () => number) => string> = [
    (s, rng) => {
      const i = Math.floor(rng() * s.length)
      return `${s.slice(0, i)}"${s.slice(i)}`
    },
    (s, rng) => {
      const i = Math.floor(rng() * s.length)
      return `${s.slice(0, i)}\u0000${s.slice(i)}`
    },
    (s) => s.replace(";", ';"'),
    (s) => s.replace(/;([^;]*);/u, ';"$1\r\nx";'),
    (s) => `${s};`,
    (s) => s.slice(0, Math.floor(s.length / 2)),
    () => "",
    () => ";;;;"
  ]
  it("over 300 damaged CSV and NDJSON files: read = accepted + rejected, and every line is a record's, blank or the header", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rng = Seeded.random(seed)
      const csv = seed % 2 === 0
      const eol = ["\n", "\r\n", "\r"][seed % 3] as string
      const records = Array.from({ length: 3 + Math.floor(rng() * 8) }, (_, i) => {
        const base = csv ? row(`act-${i}`) : line({ ...action, id: `act-${i}` })
        return rng() < 0.4
          ? (damages[Math.floor(rng() * damages.length)] as (s: string, r: () => number) => string)(base, rng)
          : base
      })
      const text = (csv ? [header, ...records] : records).join(eol) + (rng() < 0.5 ? eol : "")
      let spanned = 0
      const v = Validator.make({
        onAccepted: (_, w) => {
          spanned += w.lines
        },
        onRejected: (_, w) => {
          spanned += w.lines
        }
      })
      v.bytes(csv ? "a.csv" : "a.ndjson", enc(text))
      const r = v.finish()
      reconciles(r)
      if (r.files[0]?.read === 0 && r.issues.some((i) => i.line === undefined)) continue // refused whole (no header...)
      expect(spanned + r.stats.blank + (csv ? 1 : 0), `seed ${seed}: ${JSON.stringify(text)}`).toBe(physical(text))
    }
  })
})

describe("one encoding rule, the same verdict whole and streamed", () => {
  const participant = (ref: string, extra = "") =>
    `${line(Examples.with("participant", { ref })).slice(0, -1)}${extra}}`
  it("valid UTF-8 (café) then a Windows-1252 byte: an error at that byte, never Windows-1252, never U+FFFD", () => {
    // line 1 holds "café" in UTF-8 (in an unknown field, refused as such); line 3, a lone 0xE9
    const bytes = bytesOf(
      participant("p-cafe-1", ',"note":"café"'),
      "\n",
      participant("p-ok-2"),
      "\n",
      '{"kind":"caf',
      0xe9,
      '"}',
      "\n",
      participant("p-ok-4")
    )
    const results = [
      whole("a.ndjson", bytes),
      whole("stdin", bytes),
      ...[1, 3, 4096].map((size) => streamed("a.ndjson", bytes, size))
    ]
    for (const r of results) {
      expect(r.files[0]?.encoding).toBe("utf-8")
      expect(codes(r)).toEqual(["1 $.note field.unexpected", "3 $ encoding.invalid-utf8"])
      expect(r.issues[1]?.message.en).toBe(
        "Byte that is not UTF-8 at line 3, column 13, in a UTF-8 file: record not read (no character replaced or guessed)"
      )
      expect(r.stats).toMatchObject({ read: 4, accepted: 2, rejected: 2 })
      expect(JSON.stringify(r)).not.toContain("Ã")
    }
    expect(new Set(results.map((r) => JSON.stringify(verdict(r)).replace('"stdin"', '"a.ndjson"'))).size).toBe(1)
  })
  it("the bad byte before the first UTF-8 sequence: the same verdict (the file is read as a whole first)", () => {
    const bytes = bytesOf('{"kind":"caf', 0xe9, '"}', "\n", participant("p-cafe-1", ',"note":"café"'))
    for (const r of [whole("a.ndjson", bytes), streamed("a.ndjson", bytes, 2)]) {
      expect(codes(r)).toEqual(["1 $ encoding.invalid-utf8", "2 $.note field.unexpected"])
      expect(r.files[0]?.encoding).toBe("utf-8")
    }
  })
  it("read once, the whole file asked for only when the first bytes cannot settle it: the same verdict", () => {
    // a stream given no verdict but the way to settle one, as the command line streams a file
    const once = (bytes: Uint8Array, size: number) => {
      let asked = 0
      const v = Validator.make()
      const s = v.stream("a.ndjson", undefined, () => {
        asked++
        return Input.sniff(bytes)
      })
      for (let i = 0; i < bytes.length; i += size) s.push(bytes.subarray(i, i + size))
      s.end()
      return { report: v.finish(), asked }
    }
    const bad = '{"kind":"caf'
    const files: ReadonlyArray<[string, Uint8Array, number]> = [
      ["ASCII only", bytesOf(participant("p-ok-1"), "\n", participant("p-ok-2", ',"x":1')), 0],
      ["a UTF-8 sequence first", bytesOf(participant("p-ok-3", ',"n":"café"'), "\n", bad, 0xe9, '"}'), 0],
      [
        "a bad byte first, a UTF-8 sequence further on",
        bytesOf(bad, 0xe9, '"}', "\n", participant("p-ok-3", ',"n":"é"')),
        1
      ],
      // an ASCII line with a problem before the first byte above 127: the warning still comes first
      [
        "Windows-1252 after an ASCII line with a problem",
        bytesOf(participant("p-ok-3", ',"x":1'), "\n", ...latin1(participant("p-ok-4", ',"n":"café"'))),
        1
      ]
    ]
    for (const [name, bytes, asked] of files)
      for (const size of [1, 7, 4096]) {
        const r = once(bytes, size)
        expect(verdict(r.report), `${name}, chunks of ${size}`).toEqual(verdict(whole("a.ndjson", bytes)))
        expect(r.asked, name).toBe(asked)
      }
    expect(codes(once((files[3] as [string, Uint8Array, number])[1], 7).report)).toEqual([
      "- $ encoding.windows-1252",
      "1 $.x field.unexpected",
      "2 $.n field.unexpected"
    ])
    // random files of such lines, in random chunks
    const notes: ReadonlyArray<ReadonlyArray<number>> = [[...enc("é")], [...enc("€")], [0xe9], [0xc3], [0x41], [0x80]]
    for (let seed = 1; seed <= 200; seed++) {
      const rng = Seeded.random(seed)
      const parts = Array.from({ length: 1 + Math.floor(rng() * 6) }, (_, i) => {
        const note = Array.from({ length: Math.floor(rng() * 3) }, () => notes[Math.floor(rng() * notes.length)] ?? [])
        return [...enc(`${participant(`p-${i}-ok`, ',"n":"').slice(0, -1)}`), ...note.flat(), ...enc('"}\n')]
      })
      const bytes = new Uint8Array(parts.flat())
      const r = once(bytes, 1 + Math.floor(rng() * 40))
      expect(verdict(r.report), `seed ${seed}`).toEqual(verdict(whole("a.ndjson", bytes)))
    }
  })
  it("CSV and JSON: the row holding the bad byte is rejected; a JSON document is rejected whole", () => {
    const csv = bytesOf(header, "\r\n", row("act-é"), "\r\n", row("act-"), 0xe9, "\r\n", row("act-3"))
    const r = whole("a.csv", csv)
    expect(codes(r)).toEqual(["3 $ encoding.invalid-utf8"])
    expect(r.stats).toMatchObject({ read: 3, accepted: 2, rejected: 1 })
    const json = bytesOf("[\n", line(action), ',\n{"kind":"caf', 0xe9, '"},\n', line({ ...action, id: "act-é" }), "\n]")
    expect(codes(whole("a.json", json))).toEqual(["3 $ encoding.invalid-utf8"])
  })
  it("a Windows-1252 file (no UTF-8 sequence, bytes above 127): read as such, with a warning, whole and streamed", () => {
    const bytes = latin1(`${participant("p-cafe-1", ',"note":"café"')}\n${participant("p-ok-2")}`)
    for (const r of [whole("a.ndjson", bytes), streamed("a.ndjson", bytes, 5)]) {
      expect(r.files[0]?.encoding).toBe("windows-1252")
      expect(codes(r)).toEqual(["- $ encoding.windows-1252", "1 $.note field.unexpected"])
    }
    expect(Input.decode(bytes).text).toContain('"note":"café"')
  })
  it("a BOM, or --encoding utf-8, establishes UTF-8; --encoding windows-1252 wins", () => {
    const bad = latin1(participant("p-cafe-1", ',"note":"café"'))
    expect(codes(whole("a.ndjson", bytesOf(0xef, 0xbb, 0xbf, ...bad)))).toEqual(["1 $ encoding.invalid-utf8"])
    expect(codes(whole("a.ndjson", bad, { encoding: "utf-8" }))).toEqual(["1 $ encoding.invalid-utf8"])
    expect(codes(streamed("a.ndjson", bad, 4, { encoding: "utf-8" }))).toEqual(["1 $ encoding.invalid-utf8"])
    const mixed = bytesOf(participant("p-cafe-1", ',"note":"café"'), "\n", ...latin1(participant("p-ok-2", ',"x":"é"')))
    expect(codes(whole("a.ndjson", mixed, { encoding: "windows-1252" }))).toEqual([
      "1 $.note field.unexpected",
      "2 $.x field.unexpected"
    ])
  })
  it("large chunks, cut in pieces to be read: the same lines, a CRLF never cut in two", () => {
    const rng = Seeded.random(11)
    const ends = ["\n", "\r\n", "\r"]
    const parts: Array<string> = []
    for (let i = 0; i < 20_000; i++)
      parts.push(`${"é-x".repeat(Math.floor(rng() * 12))}${i}${ends[Math.floor(rng() * 3)] as string}`)
    const bytes = enc(parts.join(""))
    const expected = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/u)
    expected.pop()
    for (const size of [20_000, 65_536, 262_144, bytes.length]) {
      const reader = Input.lines("utf-8")
      const got: Array<Input.Line> = []
      for (let i = 0; i < bytes.length; i += size) got.push(...reader.push(bytes.subarray(i, i + size)))
      got.push(...reader.end())
      expect(got.map((l) => l.text)).toEqual(expected)
      expect(got.every((l, i) => l.line === i + 1)).toBe(true)
      // and given one by one, the same
      const visited = Input.lines("utf-8")
      const seen: Array<string> = []
      for (let i = 0; i < bytes.length; i += size) visited.push(bytes.subarray(i, i + size), (text) => seen.push(text))
      visited.end((text) => seen.push(text))
      expect(seen).toEqual(expected)
    }
  })
  it("sniff, scanner, decode and lines agree, and each bad byte is where TextDecoder puts its U+FFFD (random bytes)", () => {
    const pieces: ReadonlyArray<ReadonlyArray<number>> = [
      [...enc("a")],
      [...enc("é")],
      [...enc("€")],
      [...enc("😀")],
      [0x0a],
      [0x0d],
      [0x0d, 0x0a],
      [0xe9],
      [0xc3],
      [0xe2, 0x82],
      [0xf0, 0x9f, 0x98],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0xff],
      [0x80]
    ]
    for (let seed = 1; seed <= 400; seed++) {
      const rng = Seeded.random(seed)
      const bytes = new Uint8Array(
        Array.from({ length: 1 + Math.floor(rng() * 30) }, () => pieces[Math.floor(rng() * pieces.length)] ?? []).flat()
      )
      const sniffed = Input.sniff(bytes)
      const scan = Input.scanner()
      const size = 1 + Math.floor(rng() * 6)
      for (let i = 0; i < bytes.length; i += size) scan.push(bytes.subarray(i, i + size))
      expect(scan.end(), `seed ${seed}`).toEqual(sniffed)
      const decoded = Input.decode(bytes)
      expect(decoded.encoding).toBe(sniffed.encoding)
      for (const bad of decoded.invalid) expect(decoded.text[bad.index], `seed ${seed}`).toBe("\uFFFD")
      expect(decoded.invalid[0]?.offset).toBe(sniffed.invalidAt)
      // lines read in chunks: the same text and the same first bad column of each line as whole
      const reader = Input.lines(sniffed)
      const got: Array<Input.Line> = []
      for (let i = 0; i < bytes.length; i += size) got.push(...reader.push(bytes.subarray(i, i + size)))
      got.push(...reader.end())
      const texts = decoded.text.split(/\r\n|\r|\n/u)
      if (texts.at(-1) === "") texts.pop()
      expect(
        got.map((l) => l.text),
        `seed ${seed}`
      ).toEqual(texts)
      expect(got.flatMap((l) => (l.invalid === undefined ? [] : [[l.line, l.invalid]]))).toEqual(
        decoded.invalid.map((i) => [i.line, i.column])
      )
    }
  })
})

describe("columns named like an object's own properties are unknown columns like any other", () => {
  it.each(["__proto__", "constructor", "prototype", "hasOwnProperty"])(
    "a CSV column %s is refused, never dropped",
    (column) => {
      const r = whole("a.csv", enc(`${header};${column}\n${row("act-1")};{"polluted":true}\n`))
      expect(codes(r)).toEqual([`2 $.${column} field.unexpected`])
      expect(r.stats).toMatchObject({ read: 1, rejected: 1 })
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty("polluted")
    }
  )
  it("so are such keys in JSON, nested too, and they pollute nothing", () => {
    const meeting = line({ ...Examples.committeeMeeting, decisions: [{ id: "d-1", summary: "s" }] })
    const r = whole("m.ndjson", enc(meeting.replace('"summary":"s"', '"summary":"s","__proto__":{"polluted":true}')))
    expect(codes(r)).toContain("1 $.decisions[0].__proto__ field.unexpected")
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    // with more unknown keys than are read (the bounded copy of the record), first and last
    const many = Array.from({ length: 30 }, (_, i) => `"k${i}":${i}`).join(",")
    for (const text of [
      `{"__proto__":{"polluted":true},${many},${line(action).slice(1)}`,
      `${line(action).slice(0, -1)},${many},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`
    ]) {
      const bounded = whole("p.ndjson", enc(text))
      expect(bounded.issues).toHaveLength(21)
      expect(bounded.stats).toMatchObject({ read: 1, rejected: 1 })
    }
    expect(codes(whole("p.ndjson", enc(`{"__proto__":{"polluted":true},${many},${line(action).slice(1)}`)))[0]).toBe(
      "1 $.__proto__ field.unexpected"
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty("polluted")
  })
})

describe("the rejects file: one row per rejected record, its text as read, fixable and sent back", () => {
  const rejectsOf = (name: string, bytes: Uint8Array) => {
    const lines: Array<string> = []
    const v = Validator.make({
      onRejected: (raw, where, issues) => lines.push(Report.rejectLine(raw, where, issues, "fr"))
    })
    v.bytes(name, bytes)
    v.finish()
    return `\uFEFF${[Report.rejectsHeader("fr"), ...lines].join("\r\n")}\r\n`
  }
  it("CSV: one row for a record with several errors, its quoting kept; fixed, it validates", () => {
    // row 2: two errors (a SIRET and a region) and a quoted cell holding the separator and a quote;
    // row 3: a stray quote; row 4: a formula where a region goes
    const bad = row("act-2")
      .replace("73282932000074", "73282932000075")
      .replace(";84;", ";99;")
      .replace("ML-069|ML-070", '"ML-069|ML-""070"""')
    const stray = row("act-3").replace(";act-3;", ';"act-3;')
    const formula = row("act-4").replace(";84;", ";=1+1;")
    const file = [header, row("act-1"), bad, stray, formula].join("\r\n")
    const rejects = rejectsOf("a.csv", enc(file))
    const rejected = Csv.parse(rejects.slice(1), ";").rows.slice(1)
    expect(rejected.map((r) => r.cells.slice(0, 4))).toEqual([
      ["a.csv", "3", "1", "value.not-allowed record-id.format siret.checksum"],
      ["a.csv", "4", "1", "csv.quote"],
      ["a.csv", "5", "1", "value.not-allowed"]
    ])
    // the record exactly as read, quoting included; the issues' cell neutralised, not the record
    expect(Report.rejectedRecords(rejects)).toEqual([bad, stray, formula])
    expect(rejected[1]?.cells[4]).toContain("Guillemet ouvert ligne 4, colonne 14")
    expect(rejects).toContain(`;=1+1;`)
    expect(rejected.every((r) => !/^[=+\-@]/u.test(r.cells[4] ?? ""))).toBe(true)
    // the steward fixes the records in their cell and sends them back under the header
    const fixed = Report.rejectedRecords(rejects).map((t) =>
      t
        .replace('"ML-069|ML-""070"""', "ML-069|ML-070")
        .replace("73282932000075", "73282932000074")
        .replace(";99;", ";84;")
        .replace(';"act-3;', ";act-3;")
        .replace(";=1+1;", ";84;")
    )
    const back = whole("back.csv", enc([header, ...fixed].join("\r\n")))
    expect(back.issues).toEqual([])
    expect(back.stats).toMatchObject({ read: 3, accepted: 3 })
  })
  it("a record over several lines keeps its lines; NDJSON keeps the line as read", () => {
    const multi = row("act-2")
      .replace("73282932000074", "73282932000075")
      .replace("ML-069|ML-070", '"ML-069|\r\nML-070"')
    expect(Report.rejectedRecords(rejectsOf("a.csv", enc([header, multi].join("\r\n"))))).toEqual([multi])
    const ndjson = line({ ...action, region: "99", companies: ["73282932000075"] }).replace(",", " ,")
    const rejects = rejectsOf("a.ndjson", enc(`${line(action)}\n${ndjson}\n`))
    expect(Report.rejectedRecords(rejects)).toEqual([ndjson])
    const back = Report.rejectedRecords(rejects).map((t) =>
      t.replace('"99"', '"84"').replace("73282932000075", "73282932000074")
    )
    expect(whole("back.ndjson", enc(back.join("\n"))).stats).toMatchObject({ read: 1, accepted: 1 })
  })
})

describe("the cost of a bad record is bounded", () => {
  it("why the validator checks a list's length itself: effect 4.1.0 reads every element first", () => {
    let reads = 0
    const Element = Schema.String.check(
      Schema.makeFilter((s: string) => {
        reads++
        return s.length > 1
      })
    )
    const List = Schema.Array(Element).check(Schema.isMaxLength(3))
    const r = Schema.decodeUnknownResult(List)(
      Array.from({ length: 1000 }, () => "x"),
      { errors: "all" }
    )
    expect(r._tag).toBe("Failure")
    expect(reads).toBe(1000) // if effect ever checks the length first, the pre-check can go
  })
  it("an 8 MB action with two million invalid SIRETs: a bounded answer that names the limit", () => {
    const companies = `[${'"1",'.repeat(1_999_999)}"1"]`
    const text = line({ ...action, companies: [] }).replace('"companies":[]', `"companies":${companies}`)
    expect(text.length).toBeGreaterThan(8_000_000)
    const r = whole("big.ndjson", enc(text))
    expect(r.stats).toMatchObject({ read: 1, rejected: 1 })
    expect(r.issues.length).toBeLessThanOrEqual(21)
    expect(r.issues[0]).toMatchObject({ code: "value.invalid", path: "$.companies" })
    expect(r.issues[0]?.message.fr).toContain("au plus 1000")
    expect(r.issues.at(-1)?.code).toBe("record.more-issues")
    expect(r.issues.at(-1)?.message.en).toMatch(
      /^\d+ more problem\(s\) of this record not listed \(at most 20 a record\)$/u
    )
  })
  it("a record with 100 000 unknown keys", () => {
    const extra = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]))
    const r = whole("keys.ndjson", enc(line({ ...action, ...extra })))
    expect(r.issues).toHaveLength(21)
    expect(r.issues.at(-1)?.message.en).toBe("99980 more problem(s) of this record not listed (at most 20 a record)")
  })
  it("at most maxIssuesPerRecord problems per record, the others counted; other records unaffected", () => {
    const many = { ...action, companies: Array.from({ length: 30 }, () => "73282932000075") }
    const r = whole("a.ndjson", enc(`${line(many)}\n${line({ ...action, region: "99" })}`), { maxIssuesPerRecord: 5 })
    expect(codes(r)).toEqual([
      ...Array.from({ length: 5 }, (_, i) => `1 $.companies[${i}] siret.checksum`),
      "1 $ record.more-issues",
      "2 $.region value.not-allowed"
    ])
    expect(r.issues[5]?.message.fr).toBe(
      "25 autre(s) problème(s) de cet enregistrement non listé(s) (au plus 5 par enregistrement)"
    )
    expect(r.stats).toMatchObject({ read: 2, rejected: 2, warnings: 0 })
  })
  it("a 9.9 MB role is refused naming the limit; a megabyte action type is not echoed whole", () => {
    const designation = Examples.with("referent-designation", { role: "r".repeat(9_900_000) })
    const r = whole("r.ndjson", enc(line(designation)))
    expect(codes(r)).toEqual(["1 $.role value.invalid"])
    expect(r.issues[0]?.message.en).toContain("at most 500")
    const big = whole("a.ndjson", enc(line({ ...action, actionType: "a".repeat(1_000_000) })))
    expect(codes(big)).toEqual(["1 $.actionType agreement.action-type-not-offered"])
    expect(JSON.stringify(big).length).toBeLessThan(10_000)
  })
})
