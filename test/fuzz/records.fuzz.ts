import fc from "fast-check";
import { it } from "vitest";
import { SEED } from "../property/arbitraries.js";
import { RECORD_PROPERTIES } from "../property/records-properties.js";

// `npm run fuzz:records`: each property of the call-record fold, RECORDS_RUNS times (default 100,000), from seed
// FUZZ_SEED (printed). fast-check stops at the first counterexample and prints it shrunk.
const RUNS = Number(process.env.RECORDS_RUNS ?? 100_000);

for (const { name, property } of RECORD_PROPERTIES) {
  it(`${name} (${RUNS.toLocaleString("en")} runs)`, () => {
    const started = performance.now();
    fc.assert(property, { seed: SEED, numRuns: RUNS });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${RUNS.toLocaleString("en")} runs, ${seconds} s, seed ${SEED}: ${name}`);
  });
}
