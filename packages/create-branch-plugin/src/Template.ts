/**
 * The files of a new branch plugin package. Pure: gives paths and contents; `write` puts them on disk.
 *
 * @since 0.1.0
 */
import { agreement2024, Diagnostic, Idcc, Identifier, Text } from "@accord-jeunes/domain"
import { SdkVersion } from "@accord-jeunes/plugin-sdk"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"

/**
 * What the generator needs to know.
 *
 * @since 0.1.0
 */
export const Options = Schema.Struct({
  /** The branch id, also the namespace of its ids: lower-case words and hyphens. */
  id: Identifier.BranchId,
  nameFr: Text.NonEmptyText,
  nameEn: Text.NonEmptyText,
  /** The branch's collective agreements (IDCC, any writing: 158 or 0158). */
  idccs: Schema.NonEmptyArray(Idcc.Idcc),
  /** The npm package name (default `accord-jeunes-branch-<id>`). */
  packageName: Schema.optionalKey(Text.NonEmptyText),
  /** Inside this repository: workspace dependencies and the shared build configuration. */
  workspace: Schema.optionalKey(Schema.Boolean)
})

/** @since 0.1.0 */
export type Options = typeof Options.Type

/** A file to write. @since 0.1.0 */
export interface File {
  readonly path: string
  readonly content: string
}

// A day inside the agreement's first year, for the example record.
const CalendarDateExample = "2025-03-12"

/**
 * The Node versions a generated package declares: those of this repository, where the kit and the
 * generated tests run (Node 22.18 is the first to run TypeScript sources without a flag).
 *
 * @since 0.2.0
 */
export const nodeEngines = ">=22.18.0"

// effect, as every @accord-jeunes package declares it: a peer in this range, so that an application
// has one copy of effect and the plugin's schemas mix with its own
const effectPeer = "^4.1.0"

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/**
 * Validates raw options (from a command line or a form), with located bilingual messages.
 *
 * @since 0.1.0
 */
export const decodeOptions = (input: unknown): Result.Result<Options, ReadonlyArray<Diagnostic.Diagnostic>> =>
  Diagnostic.decode(Options)(input)

/** The command-line flags of the generator, as both command lines read them. @since 0.2.0 */
export interface Flags {
  readonly id?: string | undefined
  readonly "name-fr"?: string | undefined
  readonly "name-en"?: string | undefined
  readonly idcc?: ReadonlyArray<string> | undefined
  readonly package?: string | undefined
  readonly workspace?: boolean | undefined
}

const flagOf: Readonly<Record<string, string>> = {
  id: "--id",
  nameFr: "--name-fr",
  nameEn: "--name-en",
  idccs: "--idcc",
  packageName: "--package",
  workspace: "--workspace"
}

/**
 * Validates command-line flags: the options, or each problem with the flag it is about and its
 * code.
 *
 * @example
 * ```ts
 * import { Template } from "@accord-jeunes/create-branch-plugin"
 * const r = Template.fromFlags({ id: "proprete", "name-fr": "Propreté", "name-en": "Cleaning", idcc: [] })
 * r._tag === "Failure" && r.failure[0]?.flag // "--idcc"
 * ```
 * @since 0.2.0
 */
export const fromFlags = (
  flags: Flags
): Result.Result<
  Options,
  ReadonlyArray<{
    readonly flag: string
    /** The diagnostic's code (since 0.3.0), which the docs page of codes explains. */
    readonly code: string
    readonly message: { readonly fr: string; readonly en: string }
  }>
> => {
  const given = (key: string, value: unknown) => (value === undefined ? {} : { [key]: value })
  const r = decodeOptions({
    ...given("id", flags.id),
    ...given("nameFr", flags["name-fr"]),
    ...given("nameEn", flags["name-en"]),
    idccs: flags.idcc ?? [],
    ...given("packageName", flags.package),
    ...given("workspace", flags.workspace)
  })
  return Result.isSuccess(r)
    ? Result.succeed(r.success)
    : Result.fail(
        r.failure.map((d) => ({
          flag: flagOf[String(d.path[0])] ?? Diagnostic.formatPath(d.path),
          code: d.code,
          message: d.message
        }))
      )
}

/**
 * The files of the new package.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Template } from "@accord-jeunes/create-branch-plugin"
 * const options = Schema.decodeUnknownSync(Template.Options)({ id: "proprete", nameFr: "Propreté", nameEn: "Cleaning", idccs: ["3043"] })
 * Template.files(options).map((f) => f.path).includes("src/index.ts") // true
 * ```
 * @since 0.1.0
 */
export const files = (options: Options): ReadonlyArray<File> => {
  const packageName = options.packageName ?? `accord-jeunes-branch-${options.id}`
  const range = `^${SdkVersion.current}`
  const ws = options.workspace === true
  const deps = ws
    ? { "@accord-jeunes/domain": "workspace:^", "@accord-jeunes/plugin-sdk": "workspace:^" }
    : { "@accord-jeunes/domain": range, "@accord-jeunes/plugin-sdk": range }
  const catalog = agreement2024.actionTypes.map((t) => t.id)
  const example = {
    kind: "action",
    schemaVersion: "1.0.0",
    id: `${options.id}-example-1`,
    agreement: agreement2024.id,
    actionType: "company-visit",
    startDate: CalendarDateExample,
    region: "84",
    missionLocales: ["ML-EXEMPLE"],
    branches: [options.id],
    companies: []
  }
  const plugin = {
    meta: {
      id: options.id,
      name: { fr: options.nameFr, en: options.nameEn },
      packageName,
      version: "0.1.0",
      sdk: range
    },
    conventions: options.idccs.map((idcc) => ({ idcc })),
    commitments: [],
    actionTypes: { catalog, own: [] },
    trades: [],
    certifications: [],
    poecSessions: [],
    referents: [],
    indicators: [],
    exampleRecords: [example],
    notes: {
      fr: "À compléter : engagements (avec leurs clauses), métiers ROME, certifications, sessions POEC, référents et indicateurs de la branche.",
      en: "To complete: the branch's commitments (with their clauses), ROME trades, certifications, POEC sessions, referents and indicators."
    }
  }
  return [
    {
      path: "package.json",
      content: json({
        name: packageName,
        version: "0.1.0",
        description: `${options.nameFr}: branch plugin for the Accord-cadre pour l'emploi et la qualification des jeunes`,
        license: "MIT",
        type: "module",
        sideEffects: false,
        engines: { node: nodeEngines },
        files: ["dist", "src", "README.md"],
        main: "./dist/index.cjs",
        module: "./dist/index.js",
        types: ws ? "./dist/dts/index.d.cts" : "./dist/index.d.cts",
        exports: {
          ".": ws
            ? {
                import: { types: "./dist/dts/index.d.ts", default: "./dist/index.js" },
                require: { types: "./dist/dts/index.d.cts", default: "./dist/index.cjs" }
              }
            : {
                import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
                require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" }
              },
          "./package.json": "./package.json"
        },
        scripts: {
          build: ws ? "tsup && node ../../../scripts/emit-declarations.ts" : "tsup",
          typecheck: "tsc -p tsconfig.json --noEmit",
          test: "vitest run",
          ...(ws ? { "lint:pkg": "publint --strict && attw --pack . --profile node16" } : {})
        },
        dependencies: deps,
        peerDependencies: { effect: effectPeer },
        devDependencies: ws
          ? { effect: "4.1.0" }
          : { effect: effectPeer, tsup: "^9.0.0", typescript: "^6.0.3", vitest: "^5.1.1" }
      })
    },
    {
      path: "tsconfig.json",
      content: json(
        ws
          ? {
              extends: "../../../tsconfig.base.json",
              compilerOptions: { rootDir: ".", types: ["node"], noEmit: true },
              include: ["src", "test"]
            }
          : {
              compilerOptions: {
                target: "ES2022",
                module: "NodeNext",
                moduleResolution: "NodeNext",
                strict: true,
                exactOptionalPropertyTypes: true,
                skipLibCheck: true,
                noEmit: true
              },
              include: ["src", "test"]
            }
      )
    },
    ...(ws
      ? [
          {
            path: "tsconfig.build.json",
            content: json({
              extends: "../../../tsconfig.base.json",
              compilerOptions: {
                rootDir: "src",
                outDir: "dist/dts",
                declaration: true,
                emitDeclarationOnly: true,
                sourceMap: false,
                types: []
              },
              include: ["src"]
            })
          },
          {
            path: "tsup.config.ts",
            content: `import { packageBuild } from "../../../config/tsup.ts"\n\nexport default packageBuild(["src/index.ts"])\n`
          },
          {
            path: "vitest.config.ts",
            content: `import { defineProject } from "vitest/config"\n\nexport default defineProject({\n  test: { name: ${JSON.stringify(`branch-${options.id}`)}, include: ["test/**/*.test.ts"] }\n})\n`
          }
        ]
      : [
          {
            path: "tsup.config.ts",
            content: `import { defineConfig } from "tsup"\n\nexport default defineConfig({ entry: ["src/index.ts"], format: ["esm", "cjs"], dts: true, clean: true })\n`
          }
        ]),
    {
      path: "src/index.ts",
      content: `/**\n * ${options.nameFr}: the branch's plugin for the Accord-cadre pour l'emploi et la qualification des jeunes.\n *\n * @since 0.1.0\n */\nimport { type BranchPlugin, defineBranchPlugin } from "@accord-jeunes/plugin-sdk"\n\n/** The plugin. @since 0.1.0 */\nexport const plugin: BranchPlugin.BranchPlugin = defineBranchPlugin(${JSON.stringify(plugin, null, 2).replace(/\n/gu, "\n")})\n`
    },
    {
      path: "test/conformance.test.ts",
      content: `import { testBranchPlugin } from "@accord-jeunes/plugin-sdk/testing"\nimport { plugin } from "../src/index.js"\n\ntestBranchPlugin(plugin)\n`
    },
    {
      path: "README.md",
      content: `# ${packageName}\n\n${options.nameFr} (${options.nameEn}): the branch's plugin for the *Accord-cadre pour l'emploi et la qualification des jeunes*.\n\nConventions (IDCC): ${options.idccs.join(", ")}.\n\n## Use\n\n\`\`\`ts\nimport { plugin } from "${packageName}"\nimport { defineAmendment } from "@accord-jeunes/plugin-sdk"\n// bring the branch in: defineAmendment({ ..., operations: [{ op: "branch-joins", plugin }] })\n\`\`\`\n\n## Check\n\n\`pnpm test\` runs the conformance kit of \`@accord-jeunes/plugin-sdk/testing\`.\n\n## To complete\n\n${plugin.notes.en}\n`
    }
  ]
}
