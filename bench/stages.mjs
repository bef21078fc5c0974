// `npm run bench:stages`: where the time of one parse goes, stage by stage, in units of the decode floor
// (JSON.parse, or URLSearchParams into an object). The stages are src/'s own functions, bundled here by esbuild
// (they are not part of the package's API), run the way src/parse-callback.ts runs them for any provider of
// src/providers/registry.ts. Each row runs the pipeline up to and including its stage on a fresh decode, so a
// stage's cost is the difference from the row above; rows are interleaved in small batches and each figure is the
// median of 101 batches, so load on the machine weighs on every row alike.
//
// STAGES_ONLY=<regexp> keeps the fixtures whose path matches.
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { bundleSrc } from "./src-bundle.mjs";

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
