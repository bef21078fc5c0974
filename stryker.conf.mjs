// @ts-check
/**
 * Mutation testing over the library's runtime code (`npm run mutation`).
 *
 * Equivalent mutants (a mutation that cannot change any observable behaviour) are not excluded here by
 * mutator name, which would hide real survivors: each is marked in the source with a
 * `// Stryker disable next-line <mutator>: <reason>` comment, only where every mutant of that mutator on the
 * line is equivalent. Marked:
 * - src/decode/nesting.ts `mayNestDeeperThan` (StringLiteral, ArithmeticOperator, UnaryOperator,
 *   ConditionalExpression, EqualityOperator, BooleanLiteral): a pre-filter; each of these mutants only answers
 *   `true` more often, which makes the exact walk `nestsDeeperThan` run. (`at === -1` is not equivalent: it is
 *   killed by a body nesting `{` and `[` alternately.)
 * - src/normalize/phone.ts the bounds of the E.164 cache and of the region-check cache (ConditionalExpression,
 *   EqualityOperator, BlockStatement): they only limit memory; an answer not cached is computed again, the same.
 * - src/schema/record.ts the label passed to `v._addIssue` (StringLiteral): it only goes into valibot's default
 *   message, which the schema's `message` always replaces; `bySchemaOrder`'s `?.` (OptionalChaining): when two
 *   or more issues are sorted each has a path; `message`'s `expected?.startsWith('"')` (MethodExpression,
 *   OptionalChaining): `expected` is `"key"` (quoted at both ends) or `Object` (at neither), never undefined.
 * - src/normalize/time.ts `fromCanonicalUtc`'s year and month checks → `true` (ConditionalExpression): the native
 *   parser rolls over by at most a few days (day 29–31 of a shorter month, hour 24), which always changes the
 *   day of the month, so the day check alone rejects every rollover.
 * - src/decode/decode-body.ts `text.trimStart()` in the JSON error message (MethodExpression): the text is
 *   already trimmed; `fromJsonText(trimmed, false)` for a form body starting with `{` (BooleanLiteral): no hint
 *   is possible and a failed read is discarded.
 * Known equivalent but not markable without also hiding a killed mutant on the same line (so left as
 * survivors): src/decode/body-text.ts `body.length * 3 > maxBytes` → `>=` / `true`, and
 * `i + 1 < text.length` → `<=` / `true` / `i - 1`; src/decode/decode-body.ts `bodyKeys.length === 0` →
 * `false` (merging into the empty body gives the same fields) and `first === 123` → `true` for form bodies;
 * src/decode/json.ts `i < text.length` → `<=`; src/normalize/phone.ts `known !== undefined` → `false` and
 * `known === undefined` → `true` (cache lookups) and `region === undefined` → `false`; src/normalize/absent.ts
 * the long-string shortcut (`value.length > 8` → `>=` / `value.length + 1`, the whole shortcut → `false`);
 * src/schema/record.ts `(!isSafeKey(key) || spelling.has(…))` → `true` (renaming a copy that needs none);
 * src/providers/kaleyra/build-callback-param.ts `isHttpUrl`'s empty catch (`undefined` is falsy like `false`)
 * and `url.hostname !== ""` (never empty for http(s) URLs).
 *
 * Static mutants (module-level code: schemas, tables) are not run (`ignoreStatic: true`): each one reruns the
 * whole suite, which takes hours on 2 cores, while the rest finishes in about half an hour. The score is
 * therefore over the non-static mutants; set `ignoreStatic: false` here to run them all.
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
