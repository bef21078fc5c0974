// `npm run bench`: callhooks against its decode floor, a hand-written zod pipeline, provider scaling, cold
// import and bundle size. Ratios are measured interleaved: each round runs the floor and callhooks back to back
// (tinybench, calls batched to sit well above timer resolution), and the reported ratio is the median of the
// rounds' ratios, so load on the machine weighs on both sides alike.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { extname, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { Bench } from "tinybench";
import * as callhooks from "../dist/index.js";
import { bundleSrc } from "./src-bundle.mjs";
import { zodPipelines } from "./zod-pipeline.mjs";

const { parseCallback, parseRequest } = callhooks;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 60);
const BATCH = 32;
const root = new URL("../fixtures/", import.meta.url).pathname;
// Results go here, so that the engine cannot drop the work as unused.
export let sink;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs the named functions interleaved; returns each one's median ns/op and the median ratio to the first. */
async function compare(functions, rounds = ROUNDS) {
  const names = Object.keys(functions);
  const perRound = names.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time: TIME_MS, warmupTime: 10, warmupIterations: 10 });
    // Alternate the order, so that neither side always runs first in a round.
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const fn = functions[name];
      bench.add(
        name,
        fn.constructor.name === "AsyncFunction"
          ? async () => {
              for (let i = 0; i < BATCH; i++) sink = await fn();
            }
          : () => {
              for (let i = 0; i < BATCH; i++) sink = fn();
            },
      );
    }
    await bench.run();
    for (const task of bench.tasks) perRound[names.indexOf(task.name)].push((task.result.latency.p50 * 1e6) / BATCH);
  }
  const ns = perRound.map(median);
  const ratios = perRound.map((rounds) => median(rounds.map((value, round) => value / perRound[0][round])));
  return Object.fromEntries(names.map((name, index) => [name, { ns: ns[index], ratio: ratios[index] }]));
}

function deliveries() {
  const list = [];
  for (const provider of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, provider)).sort()) {
      const text = readFileSync(join(root, provider, file), "utf8");
      const ext = extname(file);
      const kind = ext === ".json" ? "json" : "form";
      const options = provider === "kaleyra" ? { provider: "kaleyra" } : {};
      const delivery =
        ext === ".query"
          ? { body: null, contentType: null, options: { ...options, query: text } }
          : {
              body: text,
              contentType: kind === "json" ? "application/json" : "application/x-www-form-urlencoded",
              options,
            };
      list.push({ name: `${provider}/${file}`, provider, file, kind, text, ...delivery });
    }
  }
  return list;
}

function jsonFloor(text) {
  return () => JSON.parse(text);
}

function formFloor(text) {
  return () => {
    const fields = {};
    new URLSearchParams(text).forEach((value, key) => {
      fields[key] = value;
    });
    return fields;
  };
}

const fmt = (ns) => `${ns >= 10_000 ? `${(ns / 1000).toFixed(1)} µs` : `${ns.toFixed(0)} ns`}`.padStart(9);
const pad = (text, width) => String(text).padEnd(width);

const all = deliveries();
const only = process.env.BENCH_ONLY === undefined ? undefined : new RegExp(process.env.BENCH_ONLY);
const usable = all.filter((delivery) => {
  if (only !== undefined && !only.test(delivery.name)) return false;
  try {
    JSON.parse(delivery.kind === "json" ? delivery.text : "{}");
    return true;
  } catch {
    return false; // the documented invalid-JSON TeleCMI sample has no JSON.parse floor
  }
});

console.log(
  `callhooks benchmark — Node ${process.version}, ${cpus()[0]?.model ?? "cpu"} ×${cpus().length}, ${ROUNDS} rounds × ${TIME_MS} ms`,
);
console.log("\n## parseCallback against its decode floor (JSON.parse, or URLSearchParams into an object)\n");
console.log(`${pad("fixture", 58)} ${pad("kind", 5)} ${"floor".padStart(9)} ${"callhooks".padStart(9)}  ratio  result`);
const ratios = { json: [], form: [] };
for (const delivery of usable) {
  const floor = delivery.kind === "json" ? jsonFloor(delivery.text) : formFloor(delivery.text);
  const parse = () => parseCallback(delivery.body, delivery.contentType, delivery.options);
  const outcome = parse();
  const result = await compare({ floor, callhooks: parse });
  ratios[delivery.kind].push(result.callhooks.ratio);
  const label = outcome.ok ? outcome.event.type : outcome.error.code;
  console.log(
    `${pad(delivery.name, 58)} ${pad(delivery.kind, 5)} ${fmt(result.floor.ns)} ${fmt(result.callhooks.ns)}  ${result.callhooks.ratio.toFixed(2).padStart(5)}  ${label}`,
  );
}
const jsonMedian = median(ratios.json);
const formMedian = median(ratios.form);
console.log(
  `\nmedian ratio, JSON fixtures (${ratios.json.length}): ${jsonMedian.toFixed(2)} × JSON.parse   (target ≤ 2.5)`,
);
console.log(
  `median ratio, form and query fixtures (${ratios.form.length}): ${formMedian.toFixed(2)} × URLSearchParams floor   (target ≤ 1.8)`,
);

if (typeof parseRequest === "function") {
  console.log("\n## parseRequest on a Web Request, against reading and decoding the same Request\n");
  const requestRatios = { json: [], form: [] };
  for (const delivery of usable.filter((item) => item.body !== null)) {
    const init = () =>
      new Request("http://127.0.0.1/callback", {
        method: "POST",
        headers: { "content-type": delivery.contentType },
        body: delivery.text,
      });
    const floor =
      delivery.kind === "json"
        ? async () => JSON.parse(await init().text())
        : async () => formFloor(await init().text())();
    const result = await compare({ floor, callhooks: async () => parseRequest(init(), delivery.options) });
    requestRatios[delivery.kind].push(result.callhooks.ratio);
  }
  console.log(`median ratio, JSON fixtures: ${median(requestRatios.json).toFixed(2)} × (request.text() + JSON.parse)`);
  console.log(
    `median ratio, form fixtures: ${median(requestRatios.form).toFixed(2)} × (request.text() + URLSearchParams)`,
  );
} else {
  console.log("\n(parseRequest is not exported by this build: skipped)");
}

console.log("\n## callhooks against a hand-written zod 4 pipeline (bench/zod-pipeline.mjs)\n");
console.log(`${pad("fixture", 58)} ${"zod".padStart(9)} ${"callhooks".padStart(9)}  callhooks is  same event`);
let short = 0;
let different = 0;
let covered = 0;
for (const delivery of usable) {
  const pipeline = zodPipelines[delivery.provider];
  if (pipeline === undefined || !pipeline.covers(delivery.file)) continue;
  covered++;
  const zod = () => pipeline.parse(delivery.text);
  const parse = () => parseCallback(delivery.body, delivery.contentType, delivery.options);
  const mine = parse();
  // The whole event, `raw` included: the pipeline does the same work, or the comparison is not fair.
  const same = mine.ok && isDeepStrictEqual(mine.event, zod());
  if (!same) different++;
  // A verdict per fixture needs a steadier figure than a ratio's median: more rounds.
  const result = await compare({ zod, callhooks: parse }, ROUNDS * 2 + 1);
  const speedup = 1 / result.callhooks.ratio;
  if (speedup < 1.3) short++;
  console.log(
    `${pad(delivery.name, 58)} ${fmt(result.zod.ns)} ${fmt(result.callhooks.ns)}  ${speedup.toFixed(2).padStart(5)}× faster  ${same ? "yes" : "NO"}`,
  );
}
console.log(
  `\ncallhooks under 1.3 × faster than the zod pipeline on ${short} of ${covered} fixtures   (target: 0); events that differ: ${different}   (must be 0)`,
);

console.log("\n## Scaling: detection and validation cost against the providers a build includes\n");
// The pipeline over more providers is built from src/ (createCallbackParser is not part of the package's API).
const internals = await bundleSrc(`
export { createCallbackParser } from "./parse-callback.ts";
export { PROVIDERS } from "./providers/registry.ts";
`);
const cdr = readFileSync(join(root, "telecmi/cdr-incoming-answered.json"), "utf8");
const ringing = readFileSync(join(root, "urlnetworks/incoming-ringing.form"), "utf8");
// Fifty more registered providers, each with fingerprint keys of its own: detection looks up keys, so they
// are never tried on a TeleCMI or URL Networks body.
const extra = Array.from({ length: 50 }, (_, index) => ({
  ...internals.PROVIDERS[0],
  id: `extra${index}`,
  name: `Extra ${index}`,
  fingerprint: { keys: [`extra_key_${index}`, `extra_id_${index}`], matches: (view) => view.has(`extra_key_${index}`) },
}));
const alone = (id) => internals.createCallbackParser(internals.PROVIDERS.filter((provider) => provider.id === id));
const everyProvider = internals.createCallbackParser(internals.PROVIDERS);
const crowded = internals.createCallbackParser([...extra, ...internals.PROVIDERS]);
const scaling = await compare({
  "TeleCMI alone": alone("telecmi").bind(null, cdr, "application/json"),
  "5 providers": () => everyProvider(cdr, "application/json"),
  "5 + 50 registered providers": () => crowded(cdr, "application/json"),
});
for (const [name, { ns, ratio }] of Object.entries(scaling))
  console.log(`TeleCMI CDR, ${pad(name, 34)} ${fmt(ns)}  ${ratio.toFixed(2)} ×`);
const scalingForm = await compare({
  "URL Networks alone": alone("urlnetworks").bind(null, ringing, "application/x-www-form-urlencoded"),
  "5 providers": () => everyProvider(ringing, "application/x-www-form-urlencoded"),
  "5 + 50 registered providers": () => crowded(ringing, "application/x-www-form-urlencoded"),
});
for (const [name, { ns, ratio }] of Object.entries(scalingForm))
  console.log(`URL Networks ringing, ${pad(name, 27)} ${fmt(ns)}  ${ratio.toFixed(2)} ×`);

console.log('\n## Cold start: import("callhooks") in a fresh Node process, median of 20\n');
const coldScript =
  "const t=process.hrtime.bigint();await import('callhooks');console.log(Number(process.hrtime.bigint()-t)/1e6)";
const baselineScript =
  "const t=process.hrtime.bigint();await import('node:path');console.log(Number(process.hrtime.bigint()-t)/1e6)";
const runs = (script) =>
  Array.from({ length: 20 }, () =>
    Number(
      execFileSync(process.execPath, ["--input-type=module", "-e", script], {
        cwd: new URL("..", import.meta.url).pathname,
      }).toString(),
    ),
  );
const cold = median(runs(coldScript));
console.log(
  `import("callhooks"): ${cold.toFixed(1)} ms   (target ≤ 30 ms; a built-in module for scale: ${median(runs(baselineScript)).toFixed(1)} ms)`,
);

console.log("\n## Size (min+gzip, ESM, dependencies included)\n");
try {
  const report = JSON.parse(
    execFileSync("npx", ["--no-install", "size-limit", "--json"], {
      cwd: new URL("..", import.meta.url).pathname,
      stdio: ["ignore", "pipe", "ignore"],
    }).toString(),
  );
  for (const entry of report) console.log(`${pad(entry.name, 40)} ${(entry.size / 1024).toFixed(2)} kB`);
} catch {
  console.log("(size-limit is not configured in this checkout: skipped)");
}
