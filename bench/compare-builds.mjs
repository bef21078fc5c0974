// Two builds of src/ compared on the whole parse of fixtures, each in processes of its own, the processes taking turns:
// a build's allocations are collected in its own heap (in one shared process the other build's parses would pay for
// part of its garbage collection), and each process times its parse against JSON.parse (or URLSearchParams into an
// object) interleaved, so that load on the machine, which moves from process to process, cancels out in the ratio.
// Used by `npm run bench:stages` (STAGES_AGAINST and --tricks).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Compares two bundles (files exporting parseCallback) on the cases: each case timed in `rounds` processes per build.
 *
 * @param {string} first The bundle that is the reference.
 * @param {string} second The bundle compared with it.
 * @param {readonly { name: string, provider: string, kind: "json" | "form", text: string, args: unknown[] }[]} cases
 * @param {number} rounds Processes per build.
 * @returns {{ perCase: { name: string, kind: string, first: number, second: number, ratio: number }[], mixed: { provider: string, ratio: number }[] }}
 *   Each case's median parse/floor ratio with either build, and second/first; per provider, the same for its cases in turn.
 */
export function compareBuilds(first, second, cases, rounds) {
  const folder = mkdtempSync(join(tmpdir(), "callhooks-cases-"));
  const casesFile = join(folder, "cases.json");
  writeFileSync(casesFile, JSON.stringify(cases));
  const runs = { first: [], second: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? ["first", "second"] : ["second", "first"];
      for (const which of order) {
        const bundle = which === "first" ? first : second;
        const output = execFileSync(
          process.execPath,
          [fileURLToPath(import.meta.url), "--measure", bundle, casesFile],
          {
            maxBuffer: 1 << 26,
          },
        );
        runs[which].push(JSON.parse(output.toString()));
      }
    }
  } finally {
    rmSync(folder, { recursive: true });
  }
  const ratioOf = (which, key) => median(runs[which].map((run) => run[key]));
  const perCase = cases.map(({ name, kind }) => {
    const a = ratioOf("first", name);
    const b = ratioOf("second", name);
    return { name, kind, first: a, second: b, ratio: b / a };
  });
  const providers = [...new Set(cases.map((item) => item.provider))];
  const mixed = providers.map((provider) => ({
    provider,
    ratio: ratioOf("second", `mixed:${provider}`) / ratioOf("first", `mixed:${provider}`),
  }));
  return { perCase, mixed };
}

/** In a child process: each case's parse time over its floor's, interleaved batch by batch, and per provider in turn. */
async function measure(bundle, casesFile) {
  const { parseCallback } = await import(pathToFileURL(bundle).href);
  const cases = JSON.parse(readFileSync(casesFile, "utf8"));
  const BATCHES = Number(process.env.STAGES_BATCHES ?? 21);
  let sink;
  const time = (fn, n) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sink = fn();
    return Number(process.hrtime.bigint() - start) / n;
  };
  const floorOf = ({ kind, text }) =>
    kind === "json"
      ? () => JSON.parse(text)
      : () => {
          const fields = {};
          new URLSearchParams(text).forEach((value, key) => {
            fields[key] = value;
          });
          return fields;
        };
  const ratio = (floor, parse, perBatch) => {
    for (let i = 0; i < 1000; i++) {
      floor();
      parse();
    }
    const ratios = [];
    for (let batch = 0; batch < BATCHES; batch++) ratios.push(time(parse, perBatch) / time(floor, perBatch));
    return median(ratios);
  };
  const result = {};
  for (const item of cases) {
    const { args } = item;
    result[item.name] = ratio(floorOf(item), () => parseCallback(...args), 100);
  }
  for (const provider of [...new Set(cases.map((item) => item.provider))]) {
    const mine = cases.filter((item) => item.provider === provider);
    const floors = mine.map(floorOf);
    let at = 0;
    let floorAt = 0;
    result[`mixed:${provider}`] = ratio(
      () => floors[floorAt++ % floors.length](),
      () => parseCallback(...mine[at++ % mine.length].args),
      mine.length * 10,
    );
  }
  process.stdout.write(JSON.stringify(result));
  return sink;
}

if (process.argv[2] === "--measure") await measure(process.argv[3], process.argv[4]);
