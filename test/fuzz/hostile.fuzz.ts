import fc from "fast-check";
import { expect, it } from "vitest";
import { CHECKS } from "../property/checks.js";

// `npm run fuzz`: every property of test/property/checks.ts, FUZZ_RUNS inputs in all (default 1,000,000) shared
// by weight, from a new random seed each run (printed), or the seed FUZZ_SEED names, or each of the seeds FUZZ_SEEDS
// lists (`npm test` runs three fixed seeds, a few thousand inputs each: `npm run test:fuzz`). A throw or a violated
// invariant is counted, not fatal, so that the run ends with a full count; the first few are printed with the
// seed, and the run then fails. Rerun a failure with FUZZ_SEED=<seed> FUZZ_RUNS=<runs>. FUZZ_ONLY=<regexp> runs the
// properties whose name matches, the inputs shared among them (FUZZ_ONLY=one-pass: the record reader's equivalence).
const TOTAL = Number(process.env.FUZZ_RUNS ?? 1_000_000);
const SHOWN = 5;
const ONLY = process.env.FUZZ_ONLY === undefined ? undefined : new RegExp(process.env.FUZZ_ONLY);
const CHOSEN = CHECKS.filter((check) => ONLY === undefined || ONLY.test(check.name));
const SHARES = CHOSEN.reduce((sum, check) => sum + check.share, 0);

function seeds(): number[] {
  const listed = process.env.FUZZ_SEEDS ?? process.env.FUZZ_SEED;
  if (listed === undefined) return [Math.floor(Math.random() * 2 ** 31)];
  return listed.split(",").map((seed) => Number(seed.trim()));
}

/** What a thrown value says, whatever it is (a null-prototype object has no toString). */
const describeThrown = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : Object.prototype.toString.call(error);

for (const seed of seeds()) {
  it(`holds for ${TOTAL.toLocaleString("en")} generated inputs from seed ${seed}`, () => {
    const rows: string[] = [];
    const failures: string[] = [];
    let inputs = 0;
    let throws = 0;
    let violated = 0;
    const started = performance.now();
    console.log(`fuzz: seed ${seed} (FUZZ_SEED=${seed} reruns it), ${TOTAL.toLocaleString("en")} inputs`);
    for (const check of CHOSEN) {
      const runs = Math.max(1, Math.round((TOTAL * check.share) / SHARES));
      let checkThrows = 0;
      let checkViolations = 0;
      const t0 = performance.now();
      fc.assert(
        fc.property(check.arbitrary, (input) => {
          inputs++;
          let problems: string[];
          try {
            problems = check.check(input);
          } catch (error) {
            checkThrows++;
            problems = [`threw ${describeThrown(error)}`];
          }
          if (problems.length > 0) {
            if (!problems[0]?.startsWith("threw ")) checkViolations++;
            if (failures.length < SHOWN)
              failures.push(`${check.name}: ${problems.join("; ")}\n    ${check.describe(input)}`);
          }
          return true;
        }),
        { seed, numRuns: runs },
      );
      throws += checkThrows;
      violated += checkViolations;
      const seconds = (performance.now() - t0) / 1000;
      rows.push(
        `${String(runs).padStart(9)}  ${seconds.toFixed(1).padStart(7)} s  ${String(checkThrows).padStart(6)}  ${String(checkViolations).padStart(10)}  ${check.name}`,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      [
        "   inputs     time  throws  violations  property",
        ...rows,
        `${String(inputs).padStart(9)}  ${seconds.toFixed(1).padStart(7)} s  ${String(throws).padStart(6)}  ${String(violated).padStart(10)}  total (seed ${seed})`,
        ...(failures.length > 0 ? ["first failures:", ...failures] : []),
      ].join("\n"),
    );
    expect({ throws, violations: violated }).toEqual({ throws: 0, violations: 0 });
    expect(inputs).toBeGreaterThanOrEqual(TOTAL * 0.99);
  });
}
