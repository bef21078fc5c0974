// `npm run bench:hostile`: callhooks's cost on adversarial bodies grows like the platform's own parser's. For each
// shape family of bench/hostile-shapes.mjs, parseCallback (the build in dist/, a string body) is timed against the
// floor on the same body (URLSearchParams into an object, forEach into {}, for a form; JSON.parse for JSON) at
// 64 KiB and at 1 MiB, interleaved, as this process's CPU time (other processes on a loaded machine do not count),
// best of 7 samples of at least 5 ms. Printed: callhooks's time over the floor's at each size, and the growth of
// that ratio from 64 KiB to 1 MiB (a ratio under 1 counts as 1: a step cheaper than the floor is no cost to worry
// about). A linear step grows about 1×, a quadratic one 16×. Verdict, on the default options (a body of more than
// 1000 fields stops there, as in production): none grows more than 1.5×; exits 1 when it fails. Then the same with
// the field limit lifted, a stress view where every field of a 1 MiB body goes through every stage: its largest
// growth is printed, not judged (V8's garbage collection of 350,000 small strings weighs on some of those rows).
import { parseCallback } from "../dist/index.js";
import { FAMILIES, SIZES } from "./hostile-shapes.mjs";

const SAMPLES = 7;
const SAMPLE_MS = 5;
const VERDICT = 1.5;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function timeOnce(run) {
  let calls = 0;
  const start = cpuMs();
  let elapsed = 0;
  do {
    run();
    calls++;
    elapsed = cpuMs() - start;
  } while (elapsed < SAMPLE_MS);
  return elapsed / calls;
}

function bestOf(runs) {
  const best = runs.map(() => Number.POSITIVE_INFINITY);
  for (let sample = 0; sample < SAMPLES; sample++) {
    runs.forEach((run, index) => {
      best[index] = Math.min(best[index], timeOnce(run));
    });
  }
  return best;
}

function floorOf(family, body) {
  if (family.kind === "form") {
    return () => {
      const record = {};
      new URLSearchParams(body).forEach((value, key) => {
        record[key] = value;
      });
      return record;
    };
  }
  const text = family.floorText?.(body) ?? body;
  return () => JSON.parse(text);
}

function table(title, options) {
  console.log(`\n${title}`);
  console.log(
    `${"shape family".padEnd(30)} ${"64 KiB".padStart(9)} ${"1 MiB".padStart(9)} ${"growth".padStart(8)}  (callhooks ÷ floor)`,
  );
  let worst = 0;
  for (const family of FAMILIES) {
    const type = family.kind === "form" ? "application/x-www-form-urlencoded" : "application/json";
    const runs = SIZES.flatMap((size) => {
      const body = family.build(size);
      return [() => parseCallback(body, type, options), floorOf(family, body)];
    });
    bestOf(runs.map((run) => () => run())); // warm-up
    const [small, smallFloor, large, largeFloor] = bestOf(runs);
    const ratios = [small / smallFloor, large / largeFloor];
    const growth = Math.max(ratios[1], 1) / Math.max(ratios[0], 1);
    worst = Math.max(worst, growth);
    console.log(
      `${family.name.padEnd(30)} ${ratios[0].toFixed(2).padStart(8)}× ${ratios[1].toFixed(2).padStart(8)}× ${growth.toFixed(2).padStart(7)}×${growth > VERDICT ? "  over 1.5×" : ""}`,
    );
  }
  return worst;
}

const worst = table("Default options (maxFields 1000):", undefined);
const pass = worst <= VERDICT;
console.log(
  `Verdict: ${pass ? "PASS" : "FAIL"} — the largest growth is ${worst.toFixed(2)}× (limit ${VERDICT}×: no family grows faster than the floor by more than that).`,
);
if (!pass) process.exitCode = 1;
const stress = table("Field limit lifted (maxFields: Infinity), not judged:", { maxFields: Number.POSITIVE_INFINITY });
console.log(`Largest growth with the field limit lifted: ${stress.toFixed(2)}×.`);
