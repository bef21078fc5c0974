// @ts-check
/**
 * Mutation testing over the library's runtime code (`npm run mutation`).
 *
 * Equivalent mutants (a mutation that cannot change any observable behaviour) are not excluded here by
 * mutator name, which would hide real survivors: each is to be marked in the source with a
 * `// Stryker disable next-line <mutator>: <reason>` comment. None is marked yet. Candidates found so far, all
 * in fast paths that only skip work the slow path would do with the same result:
 * - src/decode/body-text.ts `body.length * 3 > maxBytes` → `>=` / `true`: counting the bytes anyway gives the
 *   same decision; `i + 1 < text.length` → `<=`: charCodeAt past the end is NaN, not a low surrogate.
 * - src/decode/nesting.ts `mayNestDeeperThan`: a pre-filter; a mutant that returns `true` more often only
 *   makes `nestsDeeperThan` run.
 * - src/decode/decode-body.ts `if (bodyKeys.length === 0) return fromQuery` → `false`: merging into the
 *   empty body gives the same fields.
 *
 * Static mutants (module-level code: schemas, tables) are not run (`ignoreStatic: true`): each one reruns the
 * whole suite, which takes hours on 2 cores, while the rest finishes in about half an hour. The score is
 * therefore over the non-static mutants; `npm run mutation -- --ignoreStatic=false` runs them all.
 *
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts" },
  coverageAnalysis: "perTest",
  ignoreStatic: true,
  mutate: [
    "src/**/*.ts",
    // Issue 5's Node/Web adapters and CLI are tested by integration tests against the build.
    "!src/cli/**",
    "!src/node/**",
    "!src/parse-request.ts",
    // The Web/Node adapters' shared body reader, covered with them by the integration tests.
    "!src/body-stream.ts",
    // Type-only files: nothing to mutate at run time.
    "!src/events.ts",
    "!src/parse-result.ts",
    "!src/provider-id.ts",
    "!src/providers/payloads.ts",
  ],
  ignorePatterns: ["dist", "reports", "coverage", ".changeset", "examples"],
  concurrency: 2,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
