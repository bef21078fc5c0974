// `npm run bench:stages`: where the time of one parse goes, stage by stage, in units of the decode floor
// (JSON.parse, or URLSearchParams into an object). The stages are src/'s own functions, bundled here by esbuild
// (they are not part of the package's API), run the way src/parse-callback.ts runs them for any provider of
// src/providers/registry.ts. Each row runs the pipeline up to and including its stage on a fresh decode, so a
// stage's cost is the difference from the row above; rows are interleaved in small batches and each figure is the
// median of 101 batches, so load on the machine weighs on every row alike.
//
// STAGES_ONLY=<regexp> keeps the fixtures whose path matches.
//
// STAGES_AGAINST=<git ref> (e.g. `STAGES_AGAINST=main npm run bench:stages`) times instead the whole parse of every
// fixture with src/ as it is and with the ref's src/, interleaved batch by batch in this one process, and prints
// each fixture's time and the median of its per-batch ratios (this tree / the ref): how a change moves each parse,
// with load on the machine weighing on both alike.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { archivedSrc, bundleSrc } from "./src-bundle.mjs";

const p = await bundleSrc(`
export { decodeBody } from "./decode/decode-body.ts";
export { DEFAULT_LIMITS } from "./decode/limits.ts";
export { createDetector, createFieldView } from "./detect.ts";
export { parseCallback } from "./index.ts";
export { validate } from "./schema/validate.ts";
export { PROVIDERS } from "./providers/registry.ts";
`);

const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const detect = p.createDetector(p.PROVIDERS);
const byId = new Map(p.PROVIDERS.map((provider) => [provider.id, provider]));
export let sink;

const FIXTURES = [
  "telecmi/cdr-incoming-answered.json",
  "telecmi/event-outgoing-answered-leg-b.json",
  "telecmi/piopiy-cdr-in-answered.json",
  "wavecell/call-status-call-connected.json",
  "wavecell/session-summary-completed.json",
  "carrierx/flexml-status-callback.json",
  "urlnetworks/incoming-ringing.form",
  "kaleyra/legacy-call-end.query",
  "kaleyra/call-end.form",
];

function stages(name) {
  const text = readFileSync(join(fixtures, name), "utf8");
  const ext = extname(name);
  const json = ext === ".json";
  const body = ext === ".query" ? null : text;
  const contentType =
    ext === ".json" ? "application/json" : ext === ".form" ? "application/x-www-form-urlencoded" : null;
  const wanted = name.startsWith("kaleyra/") ? "kaleyra" : undefined;
  const options = { provider: wanted, query: ext === ".query" ? text : undefined };
  const decode = () => p.decodeBody(body, contentType, options.query, p.DEFAULT_LIMITS).fields;
  // Kaleyra is named by its route, as the pipeline then skips detection.
  const found = (view) => (wanted === undefined ? detect(view).provider : byId.get(wanted));
  const classify = (fields) => {
    const view = p.createFieldView(fields);
    const provider = found(view);
    const context = { event: undefined, region: provider.defaultRegion ?? undefined };
    return { fields, provider, context, shape: provider.shapes[provider.classify(view, context)] };
  };
  const check = ({ fields, provider, context, shape }) => ({
    context,
    shape,
    value: p.validate(shape.schema, fields, provider.id, shape.label).value,
  });
  const normalize = ({ context, shape, value }) => shape.normalize(value, context);
  const outcome = p.parseCallback(body, contentType, options);
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.code}`);
  return {
    name: `${name} (${outcome.event.type})`,
    rows: {
      [json ? "floor: JSON.parse" : "floor: URLSearchParams into an object"]: json
        ? () => JSON.parse(text)
        : () => {
            const fields = {};
            new URLSearchParams(text).forEach((value, key) => {
              fields[key] = value;
            });
            return fields;
          },
      "+ the rest of decoding": decode,
      "+ field view and detection": () => found(p.createFieldView(decode())),
      "+ classification": () => classify(decode()),
      "+ validation": () => check(classify(decode())),
      "+ normalization": () => normalize(check(classify(decode()))),
      "parseCallback (all of it)": () => p.parseCallback(body, contentType, options),
    },
  };
}

const time = (fn, n) => {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink = fn();
  return Number(process.hrtime.bigint() - start) / n;
};
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const only = process.env.STAGES_ONLY === undefined ? undefined : new RegExp(process.env.STAGES_ONLY);

function stagesOfEach() {
  for (const { name, rows } of FIXTURES.filter((name) => only === undefined || only.test(name)).map(stages)) {
    const names = Object.keys(rows);
    const batches = names.map(() => []);
    for (const fn of Object.values(rows)) for (let i = 0; i < 5000; i++) fn();
    for (let batch = 0; batch < 101; batch++) {
      names.forEach((row, index) => {
        batches[index].push(time(rows[row], 100));
      });
    }
    const ns = batches.map(median);
    console.log(`\n${name}\n`);
    names.forEach((row, index) => {
      const step =
        index === 0 || index === names.length - 1 ? "" : `(+${((ns[index] - ns[index - 1]) / ns[0]).toFixed(2)})`;
      console.log(
        `${row.padEnd(40)} ${ns[index].toFixed(0).padStart(6)} ns ${(ns[index] / ns[0]).toFixed(2).padStart(6)} × ${step}`,
      );
    });
  }
}

/** Every fixture (STAGES_ONLY applies) as a parseCallback call. */
function everyDelivery() {
  const cases = [];
  for (const provider of readdirSync(fixtures).sort()) {
    for (const file of readdirSync(join(fixtures, provider)).sort()) {
      const name = `${provider}/${file}`;
      if (only !== undefined && !only.test(name)) continue;
      const text = readFileSync(join(fixtures, name), "utf8");
      const ext = extname(file);
      const options = {
        provider: provider === "kaleyra" ? "kaleyra" : undefined,
        query: ext === ".query" ? text : undefined,
      };
      const body = ext === ".query" ? null : text;
      const contentType =
        ext === ".json" ? "application/json" : ext === ".form" ? "application/x-www-form-urlencoded" : null;
      cases.push({ name, provider, kind: ext === ".json" ? "json" : "form", args: [body, contentType, options] });
    }
  }
  return cases;
}

const BATCHES = Number(process.env.STAGES_BATCHES ?? 41);

/**
 * Times `a` and `b` in alternating batches; returns their median ns per call and the median of the per-batch
 * ratios b / a.
 */
function interleaved(a, b, perBatch = 100) {
  for (let i = 0; i < 2000; i++) {
    a();
    b();
  }
  const timesA = [];
  const timesB = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    if (batch % 2 === 0) {
      timesA.push(time(a, perBatch));
      timesB.push(time(b, perBatch));
    } else {
      timesB.push(time(b, perBatch));
      timesA.push(time(a, perBatch));
    }
  }
  return { a: median(timesA), b: median(timesB), ratio: median(timesB.map((value, batch) => value / timesA[batch])) };
}

/**
 * Compares two parsers on every delivery, each fixture repeated (as bench.mjs times them) and, per provider, its
 * fixtures in turn (traffic where consecutive deliveries differ: caches of the last key list miss).
 */
function compareParsers(cases, first, second, labels) {
  const ratios = { json: [], form: [] };
  console.log(
    `${"fixture".padEnd(58)} ${labels[0].slice(0, 9).padStart(9)} ${labels[1].slice(0, 9).padStart(9)}  ratio`,
  );
  for (const { name, kind, args } of cases) {
    const result = interleaved(
      () => first(...args),
      () => second(...args),
    );
    ratios[kind].push(result.ratio);
    console.log(
      `${name.padEnd(58)} ${result.a.toFixed(0).padStart(6)} ns ${result.b.toFixed(0).padStart(6)} ns  ${result.ratio.toFixed(2)}`,
    );
  }
  const mixed = [];
  for (const provider of [...new Set(cases.map((item) => item.provider))]) {
    const mine = cases.filter((item) => item.provider === provider);
    let at = 0;
    let other = 0;
    const result = interleaved(
      () => first(...mine[at++ % mine.length].args),
      () => second(...mine[other++ % mine.length].args),
      mine.length * 10,
    );
    mixed.push(result.ratio);
    console.log(
      `${`${provider}: its ${mine.length} fixtures in turn`.padEnd(58)} ${result.a.toFixed(0).padStart(6)} ns ${result.b.toFixed(0).padStart(6)} ns  ${result.ratio.toFixed(2)}`,
    );
  }
  for (const kind of ["json", "form"]) {
    if (ratios[kind].length > 0)
      console.log(`median ratio, ${kind} fixtures (${ratios[kind].length}): ${median(ratios[kind]).toFixed(3)}`);
  }
  return { ratios, mixed };
}

async function against(ref) {
  const entry = `export { parseCallback } from "./index.ts";`;
  const mine = (await bundleSrc(entry)).parseCallback;
  const archived = archivedSrc(ref);
  const theirs = (await bundleSrc(entry, [], archived.src)).parseCallback;
  archived.remove();
  console.log(`whole parse: this tree against ${ref} (${BATCHES} interleaved batches per row)\n`);
  compareParsers(everyDelivery(), theirs, mine, [ref, "this tree"]);
}

/**
 * `npm run bench:stages -- --tricks`: what each hot-path trick of bench/tricks.mjs is worth. Each is undone in a
 * second bundle of src/ (its patches), and the whole parse of the fixtures it applies to is timed with it and
 * without, interleaved; its worth is the median over those fixtures of (without − with) / with.
 */
async function tricks() {
  const { TRICKS } = await import("./tricks.mjs");
  const entry = `export { parseCallback } from "./index.ts";`;
  const mine = (await bundleSrc(entry)).parseCallback;
  const chosen = process.env.STAGES_TRICK === undefined ? undefined : new RegExp(process.env.STAGES_TRICK);
  const cases = everyDelivery();
  const summary = [];
  for (const trick of TRICKS) {
    if (chosen !== undefined && !chosen.test(trick.name)) continue;
    const without = (await bundleSrc(entry, trick.patches)).parseCallback;
    const applies = cases.filter((item) => trick.fixtures.test(item.name));
    console.log(`\n## ${trick.name} (${trick.where}): ${applies.length} fixtures\n`);
    const { ratios, mixed } = compareParsers(applies, mine, without, ["with", "without"]);
    const all = [...ratios.json, ...ratios.form];
    summary.push({ trick, worth: median(all) - 1, mixed: median(mixed) - 1 });
  }
  console.log(`\n${"trick".padEnd(46)} worth: one fixture repeated · fixtures in turn (share of a parse with it)`);
  for (const { trick, worth, mixed } of summary) {
    console.log(
      `${trick.name.padEnd(46)} ${(worth * 100).toFixed(1).padStart(6)} % · ${(mixed * 100).toFixed(1).padStart(6)} %`,
    );
  }
}

if (process.env.STAGES_AGAINST !== undefined) await against(process.env.STAGES_AGAINST);
else if (process.argv.includes("--tricks")) await tricks();
else stagesOfEach();
