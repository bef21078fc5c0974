// `npm run bench:cold`: the cold import of callhooks' entry points, each over the import of valibot alone
// (issue 17: target ≤ 1.25×). Every sample is a fresh Node process that times one `await import(…)` of the built
// package (its own name resolves to dist/ through package.json's exports, as in a user's app). Rounds are
// interleaved: each round runs every import once, in an order rotated from round to round, and a round's ratio is
// its import over that round's valibot, so that load on the machine weighs on both sides alike; the verdict is
// the median of the rounds' ratios. Beside it, for the root, "import + first parse" of a fixture (informational, not
// judged): schemas are built on first use, so this shows what deferring them moved out of the import.
//   BENCH_COLD_ROUNDS=60 npm run bench:cold
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";

const ROUNDS = Number(process.env.BENCH_COLD_ROUNDS ?? 41);
const TARGET = 1.25;
const root = new URL("..", import.meta.url).pathname;

// The root, the Node adapter and every provider subpath: package.json's exports that are code.
const { exports } = JSON.parse(readFileSync(new URL("package.json", new URL("..", import.meta.url)), "utf8"));
const entries = Object.keys(exports).filter((key) => !/\.json$/.test(key));
const specifiers = ["valibot", ...entries.map((key) => `callhooks${key.slice(1)}`)];
// The root imported and its first parse of a fixture, timed together in one process.
const FIRST_PARSE = "callhooks + first parse";
const fixture = readFileSync(
  new URL("fixtures/telecmi/cdr-incoming-answered.json", new URL("..", import.meta.url)),
  "utf8",
);
const firstParse = `const m=await import("callhooks");if(!m.parseCallback(${JSON.stringify(fixture)},"application/json").ok)process.exit(1);`;
const samples = [...specifiers, FIRST_PARSE];

const timeImport = (specifier) =>
  Number(
    execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const t=process.hrtime.bigint();${specifier === FIRST_PARSE ? firstParse : `await import(${JSON.stringify(specifier)});`}console.log(Number(process.hrtime.bigint()-t)/1e6)`,
      ],
      { cwd: root },
    ).toString(),
  );

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// One import of each first, so that the files are in the page cache before any round counts.
for (const specifier of samples) timeImport(specifier);

const times = new Map(samples.map((specifier) => [specifier, []]));
for (let round = 0; round < ROUNDS; round++) {
  const shift = round % samples.length;
  for (const specifier of [...samples.slice(shift), ...samples.slice(0, shift)]) {
    times.get(specifier).push(timeImport(specifier));
  }
}

const base = times.get("valibot");
console.log(`## Cold import in a fresh Node ${process.version} process: ${ROUNDS} interleaved rounds\n`);
console.log(
  `load average before the last round: ${loadavg()
    .map((load) => load.toFixed(2))
    .join(", ")}\n`,
);
console.log(`${"import".padEnd(24)} ${"median ms".padStart(10)} ${"× valibot".padStart(10)}`);
let pass = true;
for (const [specifier, samples] of times) {
  const ratio = median(samples.map((ms, round) => ms / base[round]));
  const judged = specifier !== "valibot" && specifier !== FIRST_PARSE;
  if (judged && ratio > TARGET) pass = false;
  const verdict = judged
    ? ratio <= TARGET
      ? "  ok"
      : `  over ${TARGET}×`
    : specifier === FIRST_PARSE
      ? "  (informational: not judged)"
      : "";
  console.log(
    `${specifier.padEnd(24)} ${median(samples).toFixed(2).padStart(10)} ${ratio.toFixed(2).padStart(9)}×${verdict}`,
  );
}
console.log(`\n${pass ? "PASS" : "FAIL"}: every entry point ≤ ${TARGET}× the import of valibot alone`);
