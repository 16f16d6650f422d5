// Faulty plugins: whatever a plugin's input holds, loading and checking it report located
// problems and never throw.
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { BranchPlugin, Conformance, defineBranchPlugin, Problem } from "../src/index.js"
import { propreteInput } from "./fixtures.js"

type Input = BranchPlugin.Input

// Loads without letting a throw through: a throw fails the test with what was thrown.
const load = (plugin: BranchPlugin.BranchPlugin) => {
  let r: ReturnType<typeof BranchPlugin.load> | undefined
  expect(() => {
    r = BranchPlugin.load(plugin)
  }).not.toThrow()
  expect(r !== undefined && Result.isFailure(r)).toBe(true)
  const problems = r !== undefined && Result.isFailure(r) ? r.failure : []
  // effect's internal message must never reach a plugin author
  expect(Problem.format(problems, "en")).not.toContain("Result adapter")
  return problems
}
const located = (problems: ReadonlyArray<Problem.Problem>) => problems.map((p) => `${p.path} ${p.code}`)
const hostile = (change: (i: Record<string, unknown>) => unknown) =>
  defineBranchPlugin(change(propreteInput() as unknown as Record<string, unknown>) as Input)
const throwing = (message: string) => ({
  get: () => {
    throw new Error(message)
  },
  enumerable: true
})

describe("a plugin whose input throws when read", () => {
  it("pre#7: a getter on meta that throws is a located problem with the thrown message", () => {
    const problems = load(
      hostile((i) => Object.defineProperty({ ...i, meta: undefined }, "meta", throwing("meta indisponible")))
    )
    expect(located(problems)).toEqual(["$.meta plugin.unreadable"])
    expect(problems[0]).toEqual({
      code: "plugin.unreadable",
      severity: "error",
      subject: { fr: "plugin ?", en: "plugin ?" },
      path: "$.meta",
      message: {
        fr: "Valeur illisible : sa lecture a levé une erreur (meta indisponible) ; une déclaration de plugin est faite de données simples (objets, listes, textes, nombres)",
        en: "Value cannot be read: reading it threw (meta indisponible); a plugin declaration is plain data (objects, arrays, strings, numbers)"
      }
    })
  })
  it("pre#7: a getter deep in commitments[3].text is located there", () => {
    const problems = load(
      hostile((i) => {
        const [c] = i.commitments as ReadonlyArray<Record<string, unknown>>
        const deep = Object.defineProperty({ ...c, id: "proprete:d" }, "text", throwing("texte perdu"))
        return {
          ...i,
          commitments: [{ ...c, id: "proprete:a" }, { ...c, id: "proprete:b" }, { ...c, id: "proprete:c" }, deep]
        }
      })
    )
    expect(located(problems)).toEqual(["$.commitments[3].text plugin.unreadable"])
    expect(problems[0]?.subject.fr).toBe("plugin @example/branch-proprete@1.0.0")
    expect(problems[0]?.message.en).toContain("(texte perdu)")
  })
  it("pre#7: an array whose element getter throws is located at the element", () => {
    const problems = load(
      hostile((i) => ({ ...i, trades: Object.defineProperty([{ rome: "K2204" }], 1, throwing("élément")) }))
    )
    expect(located(problems)).toEqual(["$.trades[1] plugin.unreadable"])
  })
  it("pre#7: an array Proxy that throws on length is located at the array", () => {
    const trap = new Proxy([], {
      get: (t, k) => {
        if (k === "length") throw new Error("longueur")
        return Reflect.get(t, k)
      }
    })
    expect(located(load(hostile((i) => ({ ...i, indicators: trap }))))).toEqual(["$.indicators plugin.unreadable"])
  })
  it("pre#7: a Proxy whose ownKeys trap throws is located where it stands", () => {
    const meta = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("clés")
        }
      }
    )
    expect(located(load(hostile((i) => ({ ...i, meta }))))).toEqual(["$.meta plugin.unreadable"])
  })
  it("pre#7: a getter on hooks, or on one hook, that throws is located under hooks", () => {
    const onHooks = load(
      hostile((i) =>
        Object.defineProperty({ ...i }, "hooks", throwing("pas de fonctions"))
      ) as BranchPlugin.BranchPlugin
    )
    expect(located(onHooks)).toEqual(["$.hooks plugin.unreadable"])
    const onHook = load(hostile((i) => ({ ...i, hooks: Object.defineProperty({}, "attributes", throwing("x")) })))
    expect(located(onHook)).toEqual(["$.hooks.attributes plugin.unreadable"])
    expect(
      Conformance.check(hostile((i) => ({ ...i, hooks: Object.defineProperty({}, "attributes", throwing("x")) }))).hooks
        .status
    ).toBe("failed")
  })
  it("pre#7: a revoked Proxy as the whole input is a problem at the root", () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(located(load(defineBranchPlugin(proxy as Input)))).toEqual(["$ plugin.unreadable"])
  })
  it("pre#7: whatever is thrown (a string, an object whose message throws) is reported", () => {
    const odd = load(
      hostile((i) =>
        Object.defineProperty({ ...i }, "trades", {
          get: () => {
            throw {
              get message() {
                throw new Error("encore")
              },
              toString() {
                throw new Error("toujours")
              }
            }
          },
          enumerable: true
        })
      )
    )
    expect(odd[0]?.message.en).toContain("(unreadable message)")
    const text = load(
      hostile((i) =>
        Object.defineProperty({ ...i }, "trades", {
          get: () => {
            throw "simple texte"
          },
          enumerable: true
        })
      )
    )
    expect(text[0]?.message.fr).toContain("(simple texte)")
  })
  it("pre#7: every unreadable place is reported, and the readable rest is still checked", () => {
    const problems = load(
      hostile((i) => {
        const o: Record<string, unknown> = { ...i, trades: [{ rome: "Z9" }] }
        Object.defineProperty(o, "certifications", throwing("a"))
        Object.defineProperty(o, "referents", throwing("b"))
        return o
      })
    )
    expect(located(problems)).toEqual([
      "$.certifications plugin.unreadable",
      "$.referents plugin.unreadable",
      "$.trades[0].rome rome.format"
    ])
  })
})

describe("a plugin whose input is not plain data", () => {
  it("pre#7: a function outside hooks is refused where it stands", () => {
    const problems = load(hostile((i) => ({ ...i, notes: { fr: () => "x", en: "x" } })))
    expect(located(problems)).toEqual(["$.notes.fr plugin.not-data"])
    expect(problems[0]?.message.en).toBe(
      'A function is only allowed under "hooks": expected data here (object, array, string, number)'
    )
  })
  it("pre#7: a cycle is reported where it closes", () => {
    const problems = load(
      hostile((i) => {
        const record: Record<string, unknown> = { ...(i.exampleRecords as ReadonlyArray<object>)[0] }
        record.self = record
        return { ...i, exampleRecords: [record] }
      })
    )
    expect(located(problems)).toEqual(["$.exampleRecords[0].self plugin.cycle"])
  })
  it("pre#7: nesting beyond reason is cut and reported", () => {
    let deep: unknown = "fond"
    for (let n = 0; n < 200; n++) deep = [deep]
    const problems = load(hostile((i) => ({ ...i, exampleRecords: [deep] })))
    expect(problems.map((p) => p.code)).toEqual(["plugin.too-large"])
    expect(problems[0]?.path?.startsWith("$.exampleRecords[0][0][0]")).toBe(true)
  })
  it("pre#7: an array Proxy that lies about its length is refused where it stands, the rest still read", () => {
    const lying = (length: unknown) => new Proxy([], { get: (t, k) => (k === "length" ? length : Reflect.get(t, k)) })
    const problems = load(
      hostile((i) => ({ ...i, trades: lying(1e9), referents: lying("deux"), certifications: [{ register: "x" }] }))
    )
    expect(located(problems)).toEqual([
      "$.trades plugin.too-large",
      "$.referents plugin.not-data",
      "$.certifications[0].register value.not-allowed"
    ])
  })
  it("pre#7: an input too big to be a declaration is cut, and only that is said", () => {
    const many = Array.from({ length: 30_000 }, () => ({ rome: "K2204" }))
    const problems = load(hostile((i) => ({ ...i, trades: many, certifications: many })))
    expect(problems.map((p) => p.code)).toEqual(["plugin.too-large"])
    expect(problems[0]?.path?.startsWith("$.certifications[")).toBe(true)
  })
  it("pre#7: a value shared by two places (not a cycle) is read twice, without a problem", () => {
    const label = { fr: "Partagé", en: "Shared" }
    const r = BranchPlugin.load(hostile((i) => ({ ...i, meta: { ...(i.meta as object), name: label }, notes: label })))
    expect(Result.isSuccess(r)).toBe(true)
  })
  it("pre#7: a key named __proto__ is a key like any other (refused as unexpected), not a prototype", () => {
    const meta = JSON.parse('{"__proto__": {"polluted": true}}') as object
    const problems = load(hostile((i) => ({ ...i, meta: { ...(i.meta as object), ...meta } })))
    expect(located(problems)).toEqual(["$.meta.__proto__ field.unexpected"])
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
  })
})

describe("a plugin whose shape is wrong", () => {
  it("pre#7: defineBranchPlugin(undefined) is one problem at the root", () => {
    const problems = load(defineBranchPlugin(undefined as unknown as Input))
    expect(problems).toEqual([
      {
        code: "type.invalid",
        severity: "error",
        subject: { fr: "plugin ?", en: "plugin ?" },
        path: "$",
        message: { fr: "Attendu : un objet { … }", en: "Expected an object { … }" }
      }
    ])
  })
  it("pre#7: a null input, or a null plugin, is one problem at the root", () => {
    expect(located(load(defineBranchPlugin(null as unknown as Input)))).toEqual(["$ type.invalid"])
    expect(located(load(null as unknown as BranchPlugin.BranchPlugin))).toEqual(["$ type.invalid"])
  })
  it("pre#7: meta null, or an array where an object is expected, is located", () => {
    expect(located(load(hostile((i) => ({ ...i, meta: null }))))).toEqual(["$.meta type.invalid"])
    expect(located(load(hostile((i) => ({ ...i, meta: [] }))))).toEqual(["$.meta type.invalid"])
    expect(located(load(hostile((i) => ({ ...i, actionTypes: [] }))))).toEqual(["$.actionTypes type.invalid"])
    expect(located(load(hostile((i) => ({ ...i, commitments: {} }))))).toEqual(["$.commitments type.invalid"])
  })
  it("pre#7: hooks that are not an object of known functions are located", () => {
    expect(located(load(hostile((i) => ({ ...i, hooks: 5 }))))).toEqual(["$.hooks plugin.hooks-not-object"])
    expect(located(load(hostile((i) => ({ ...i, hooks: [() => true] }))))).toEqual(["$.hooks plugin.hooks-not-object"])
    const notFunction = load(hostile((i) => ({ ...i, hooks: { attributes: "yes" } })))
    expect(notFunction).toEqual([
      {
        code: "plugin.hook-not-function",
        severity: "error",
        subject: { fr: "plugin @example/branch-proprete@1.0.0", en: "plugin @example/branch-proprete@1.0.0" },
        path: "$.hooks.attributes",
        message: { fr: "Attendu : une fonction, reçu un texte", en: "Expected a function, got a string" }
      }
    ])
    expect(located(load(hostile((i) => ({ ...i, hooks: { belongs: () => true } }))))).toEqual([
      "$.hooks.belongs plugin.hook-unknown"
    ])
  })
  it("pre#7: a hook answering something else than a boolean is located", () => {
    const problems = load(hostile((i) => ({ ...i, hooks: { attributes: () => 1 } })))
    expect(located(problems)).toEqual(["$.hooks.attributes plugin.hook-not-boolean"])
    expect(problems[0]?.message.en).toBe('The "attributes" function must answer true or false; it answered a number')
  })
})

describe("the conformance kit on faulty plugins", () => {
  const faulty: ReadonlyArray<[string, BranchPlugin.BranchPlugin]> = [
    ["undefined input", defineBranchPlugin(undefined as unknown as Input)],
    ["throwing meta", hostile((i) => Object.defineProperty({ ...i }, "meta", throwing("m")))],
    [
      "throwing hook",
      hostile((i) => ({
        ...i,
        hooks: {
          attributes: () => {
            throw new Error("h")
          }
        }
      }))
    ],
    ["revoked proxy", defineBranchPlugin(Proxy.revocable({}, {}).proxy as Input)]
  ]
  it.each(faulty)("pre#7: checks a plugin with %s without throwing, and never passes it", (_, plugin) => {
    let report: Conformance.Report | undefined
    expect(() => {
      report = Conformance.check(plugin)
    }).not.toThrow()
    expect(report !== undefined && Conformance.passes(report)).toBe(false)
    expect(report !== undefined && Conformance.format(report, "en")).not.toContain("Result adapter")
  })
  it("pre#7: unreadable parts leave the themes that look there not run, with the places named", () => {
    const report = Conformance.check(hostile((i) => Object.defineProperty({ ...i }, "trades", throwing("t"))))
    expect(report.declaration.problems.map((p) => `${p.path} ${p.code}`)).toEqual(["$.trades plugin.unreadable"])
    expect(report.codes).toEqual({
      status: "not-run",
      problems: [],
      reason: {
        fr: "des parties illisibles ($.trades) n'ont pas été vérifiées",
        en: "unreadable parts ($.trades) were not checked"
      }
    })
    expect(report.composition.status).toBe("not-run")
  })
})
