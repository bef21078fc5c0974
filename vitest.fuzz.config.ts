import { defineConfig } from "vitest/config";

// `npm run fuzz`: the property checks of test/property at scale (FUZZ_RUNS inputs, FUZZ_SEED seed).
export default defineConfig({
  test: {
    include: ["test/fuzz/*.fuzz.ts"],
    testTimeout: 0,
    reporters: ["default"],
  },
});
