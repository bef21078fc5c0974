// `npm run bench:stages`: where the time of one parse goes, stage by stage, in units of the decode floor
// (JSON.parse, or URLSearchParams into an object). The stages are src/'s own functions, bundled here by esbuild
// (they are not part of the package's API). Each row runs the pipeline up to and including its stage on a fresh
// decode, so a stage's cost is the difference from the row above; rows are interleaved in small batches and each
// figure is the median of 101 batches, so load on the machine weighs on every row alike.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const src = new URL("../src/", import.meta.url).pathname;
const internals = `
export { decodeBody } from "${src}decode/decode-body.ts";
export { createDetector, createFieldView } from "${src}detect.ts";
export { parseCallback } from "${src}index.ts";
export { validate } from "${src}schema/validate.ts";
export { ALL_PROVIDERS } from "${src}providers/all.ts";
export { classifyTelecmi } from "${src}providers/telecmi/classify.ts";
export { normalizeTelecmi } from "${src}providers/telecmi/normalize.ts";
export { telecmiEventSchema, telecmiLegacySchema } from "${src}providers/telecmi/schema.ts";
export { resolveKaleyraEvent } from "${src}providers/kaleyra/classify.ts";
export { normalizeKaleyra } from "${src}providers/kaleyra/normalize.ts";
export { kaleyraCallbackSchema } from "${src}providers/kaleyra/schema.ts";
`;
const bundled = await build({
  stdin: { contents: internals, resolveDir: src, loader: "ts" },
  bundle: true,
  write: false,
  format: "esm",
  platform: "node",
  logLevel: "error",
});
const folder = mkdtempSync(join(tmpdir(), "callhooks-stages-"));
const file = join(folder, "internals.mjs");
writeFileSync(file, bundled.outputFiles[0].text);
const p = await import(pathToFileURL(file).href);
rmSync(folder, { recursive: true });

const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const MAX = 1 << 20;
const context = { event: undefined, defaultCountry: undefined };
const detect = p.createDetector(p.ALL_PROVIDERS);
export let sink;

function telecmiStages(name) {
  const body = readFileSync(join(fixtures, name), "utf8");
  const decode = () => p.decodeBody(body, "application/json", undefined, MAX).fields;
  const view = (fields) => p.createFieldView(fields);
  const classify = (fields) => ({ fields, shape: p.classifyTelecmi(view(fields)) });
  const check = ({ fields, shape }) => {
    const schema = shape.kind === "legacy" ? p.telecmiLegacySchema : p.telecmiEventSchema;
    return { shape, value: p.validate(schema, fields, "telecmi", "TeleCMI").value };
  };
  const normalize = ({ shape, value }) => p.normalizeTelecmi(value, shape.kind, value.status.toLowerCase(), context);
  return {
    name,
    rows: {
      "floor: JSON.parse": () => JSON.parse(body),
      "+ the rest of decoding": decode,
      "+ field view and detection": () => detect(view(decode())),
      "+ classification": () => classify(decode()),
      "+ validation": () => check(classify(decode())),
      "+ normalization": () => normalize(check(classify(decode()))),
      "parseCallback (all of it)": () => p.parseCallback(body, "application/json"),
    },
  };
}

function kaleyraStages(name) {
  const query = readFileSync(join(fixtures, name), "utf8");
  const options = { provider: "kaleyra", query };
  const decode = () => p.decodeBody(null, null, query, MAX).fields;
  const classify = (fields) => ({ fields, event: p.resolveKaleyraEvent(p.createFieldView(fields), undefined).event });
  const check = ({ fields, event }) => ({
    event,
    value: p.validate(p.kaleyraCallbackSchema, fields, "kaleyra", "K").value,
  });
  const normalize = ({ event, value }) => p.normalizeKaleyra(value, event, context);
  return {
    name,
    rows: {
      "floor: URLSearchParams into an object": () => {
        const fields = {};
        new URLSearchParams(query).forEach((value, key) => {
          fields[key] = value;
        });
        return fields;
      },
      "+ the rest of decoding": decode,
      "+ field view and event": () => classify(decode()),
      "+ validation": () => check(classify(decode())),
      "+ normalization": () => normalize(check(classify(decode()))),
      "parseCallback (all of it)": () => p.parseCallback(null, null, options),
    },
  };
}

const time = (fn, n) => {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink = fn();
  return Number(process.hrtime.bigint() - start) / n;
};
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

for (const { name, rows } of [
  telecmiStages("telecmi/cdr-incoming-answered.json"),
  telecmiStages("telecmi/event-outgoing-answered-leg-b.json"),
  kaleyraStages("kaleyra/legacy-call-end.query"),
]) {
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
