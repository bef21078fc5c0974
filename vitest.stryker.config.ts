import { defineConfig } from "vitest/config";

// The runtime tests Stryker runs against each mutant: no type tests (they need --typecheck and do not run
// code), no property tests (seeded random inputs that cover every line, so each mutant would rerun them all;
// they run in `npm test` and `npm run fuzz`), and none of the adapter, CLI, dist or integration tests: they
// test code Stryker does not mutate (src/node, src/cli, src/parse-request.ts) or the build.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [
      "test/property/**",
      "test/integration/**",
      "test/edge/**",
      "test/cli/**",
      "test/node/**",
      "test/dist/**",
      "test/parse-request.test.ts",
      "node_modules/**",
    ],
  },
});
