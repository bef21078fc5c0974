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
// fixture over its floor with src/ as it is and with the ref's src/, in processes of their own taking turns
// (bench/compare-builds.mjs), and prints each fixture's ratio with either; `-- --tricks` weighs each trick of
// bench/tricks.mjs the same way. STAGES_ROUNDS (processes per build, default 4), STAGES_BATCHES (default 21).
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { compareBuilds } from "./compare-builds.mjs";
import { archivedSrc, bundleFile, bundleSrc } from "./src-bundle.mjs";

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
      const kind = ext === ".json" ? "json" : "form";
      // The TeleCMI doc's invalid JSON has no JSON.parse floor.
      if (kind === "json") {
        try {
          JSON.parse(text);
        } catch {
          continue;
        }
      }
      const options = {
        provider: provider === "kaleyra" ? "kaleyra" : undefined,
        query: ext === ".query" ? text : undefined,
      };
      const body = ext === ".query" ? null : text;
      const contentType =
        ext === ".json" ? "application/json" : ext === ".form" ? "application/x-www-form-urlencoded" : null;
      cases.push({ name, provider, kind, text, args: [body, contentType, options] });
    }
  }
  return cases;
}

const ROUNDS = Number(process.env.STAGES_ROUNDS ?? 4);
const ENTRY = `export { parseCallback } from "./index.ts";`;

/** Prints a comparison of two builds (compare-builds.mjs) and returns each fixture's ratio and the in-turn ones. */
function report(cases, first, second, labels) {
  const { perCase, mixed } = compareBuilds(first, second, cases, ROUNDS);
  console.log(
    `${"fixture".padEnd(58)} ${labels[0].slice(0, 10).padStart(10)} ${labels[1].slice(0, 10).padStart(10)}  ratio`,
  );
  for (const row of perCase) {
    console.log(
      `${row.name.padEnd(58)} ${row.first.toFixed(2).padStart(8)} × ${row.second.toFixed(2).padStart(8)} ×  ${row.ratio.toFixed(3)}`,
    );
  }
  for (const { provider, ratio } of mixed) {
    console.log(`${`${provider}: its fixtures in turn`.padEnd(58)} ${"".padStart(21)}  ${ratio.toFixed(3)}`);
  }
  const ratios = perCase.map((row) => row.ratio);
  for (const kind of ["json", "form"]) {
    const mine = perCase.filter((row) => row.kind === kind);
    if (mine.length === 0) continue;
    console.log(
      `median over ${kind} fixtures (${mine.length}): ${median(mine.map((row) => row.first)).toFixed(2)} × → ${median(mine.map((row) => row.second)).toFixed(2)} × the floor; ratio ${median(mine.map((row) => row.ratio)).toFixed(3)}`,
    );
  }
  return { ratio: median(ratios), mixed: median(mixed.map((row) => row.ratio)) };
}

async function against(ref) {
  const mine = await bundleFile(ENTRY);
  const archived = archivedSrc(ref);
  const theirs = await bundleFile(ENTRY, [], archived.src);
  archived.remove();
  console.log(
    `whole parse over its floor (JSON.parse or URLSearchParams), ${ref} and this tree, ${ROUNDS} processes each, in turn\n`,
  );
  try {
    report(everyDelivery(), theirs.file, mine.file, [ref, "this tree"]);
  } finally {
    mine.remove();
    theirs.remove();
  }
}

/**
 * `npm run bench:stages -- --tricks`: what each hot-path trick of bench/tricks.mjs is worth. Each is undone in a
 * second build of src/ (its patches), and the fixtures it applies to are timed with it and without
 * (compare-builds.mjs); its worth is the median over those fixtures of (without − with) / with.
 */
async function tricks() {
  const { TRICKS } = await import("./tricks.mjs");
  const mine = await bundleFile(ENTRY);
  const chosen = process.env.STAGES_TRICK === undefined ? undefined : new RegExp(process.env.STAGES_TRICK);
  const cases = everyDelivery();
  const summary = [];
  try {
    for (const trick of TRICKS) {
      if (chosen !== undefined && !chosen.test(trick.name)) continue;
      const without = await bundleFile(ENTRY, trick.patches);
      const applies = cases.filter((item) => trick.fixtures.test(item.name));
      console.log(`\n## ${trick.name} (${trick.where}): ${applies.length} fixtures, with and without\n`);
      try {
        const { ratio, mixed } = report(applies, mine.file, without.file, ["with", "without"]);
        summary.push({ trick, worth: ratio - 1, mixed: mixed - 1 });
      } finally {
        without.remove();
      }
    }
  } finally {
    mine.remove();
  }
  console.log(`\n${"trick".padEnd(58)} worth: each fixture repeated · a provider's fixtures in turn`);
  for (const { trick, worth, mixed } of summary) {
    console.log(
      `${trick.name.padEnd(58)} ${(worth * 100).toFixed(1).padStart(6)} % · ${(mixed * 100).toFixed(1).padStart(6)} %`,
    );
  }
}

if (process.env.STAGES_AGAINST !== undefined) await against(process.env.STAGES_AGAINST);
else if (process.argv.includes("--tricks")) await tricks();
else stagesOfEach();
