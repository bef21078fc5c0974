import fc from "fast-check";
import { expect, it } from "vitest";
import { PHONE_PLANS } from "../../src/normalize/phone-plans-all.js";
import {
  digitsFor,
  e164Differences,
  READING_SEED,
  REGIONS,
  readingDifferences,
  sentText,
} from "../helpers/phone-reference.js";

// `npm run fuzz` (or FUZZ_RUNS=… npx vitest run --config vitest.fuzz.config.ts test/fuzz/phone.fuzz.ts): callhooks'
// numbering-plan reader against libphonenumber-js at scale, FUZZ_RUNS inputs in all (default 1,000,000) shared by
// every region: each input read as a national number of the region, as `+` and the digits, and through
// readPhoneNumber (international and national style) against callhooks' reading over libphonenumber-js. Differences
// are counted, the first few printed; the run fails on any. FUZZ_SEED sets the seed (default test/helpers').
const TOTAL = Number(process.env.FUZZ_RUNS ?? 1_000_000);
const SHOWN = 5;

it(`reads ${TOTAL.toLocaleString("en")} generated numbers as libphonenumber-js does (seed ${READING_SEED})`, () => {
  const perRegion = Math.max(1, Math.round(TOTAL / REGIONS.length));
  const shown: string[] = [];
  let inputs = 0;
  let differences = 0;
  const started = performance.now();
  for (const region of REGIONS) {
    fc.assert(
      fc.property(
        fc.tuple(
          digitsFor(region).chain((digits) => fc.tuple(fc.constant(digits), sentText(digits))),
          fc.boolean(),
        ),
        ([[digits, sent], international]) => {
          inputs++;
          const problems = [
            ...readingDifferences(PHONE_PLANS, digits, region),
            ...readingDifferences(PHONE_PLANS, `+${digits}`, undefined),
            ...e164Differences(sent, international, region),
          ];
          if (problems.length > 0) {
            differences++;
            if (shown.length < SHOWN) shown.push(problems.join("; "));
          }
          return true;
        },
      ),
      { seed: READING_SEED, numRuns: perRegion },
    );
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `phone fuzz: ${inputs.toLocaleString("en")} inputs (${perRegion.toLocaleString("en")} per region, ${REGIONS.length} regions, each read 3 ways), seed ${READING_SEED}, ${seconds.toFixed(1)} s: ${differences} with a difference`,
  );
  for (const line of shown) console.log(`  ${line}`);
  expect(differences).toBe(0);
});
