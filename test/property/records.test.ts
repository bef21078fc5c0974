import fc from "fast-check";
import { describe, it } from "vitest";
import { SEED } from "./arbitraries.js";
import { RECORD_PROPERTIES } from "./records-properties.js";

// A few hundred seeded runs per property in `npm test`; `npm run fuzz:records` runs each 100,000 times.
// PROPERTY_RUNS and FUZZ_SEED change the count and the seed.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

describe("call records, over generated event sequences", () => {
  for (const { name, property } of RECORD_PROPERTIES) {
    it(name, () => {
      fc.assert(property, { seed: SEED, numRuns: RUNS });
    });
  }
});
