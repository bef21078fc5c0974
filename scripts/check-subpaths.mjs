// Package check: importing one provider's subpath ships that provider alone. Each built subpath is bundled as
// a user's bundler would (esbuild, tree-shaken, through the package's own exports) and must not contain a
// marker of another provider. A provider's markers are its fingerprint keys that the shared code (the root's
// createRequestParser alone) does not contain.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { loadProviders } from "./lib/registry.mjs";

async function bundle(contents, target = { platform: "neutral" }) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd() },
    bundle: true,
    write: false,
    format: "esm",
    ...target,
    mainFields: ["module", "main"],
    minify: true,
    logLevel: "error",
  });
  return result.outputFiles[0].text.toLowerCase();
}

const providers = await loadProviders();
const shared = await bundle(`export { createRequestParser } from "callhooks";`);
const MARKERS = Object.fromEntries(
  providers.map((provider) => [provider.id, provider.fingerprint.keys.filter((key) => !shared.includes(key))]),
);
for (const [id, markers] of Object.entries(MARKERS))
  assert.ok(markers.length > 0, `${id} has no marker outside shared code`);
const has = (text, id) => MARKERS[id].some((marker) => text.includes(marker));

const all = await bundle(`export { parseCallback } from "callhooks";`);
for (const id of Object.keys(MARKERS)) assert.ok(has(all, id), `the markers of ${id} are in the root entry`);
for (const id of Object.keys(MARKERS)) {
  const text = await bundle(`export { parse } from "callhooks/${id}";`);
  const found = Object.keys(MARKERS).filter((other) => other !== id && has(text, other));
  assert.deepEqual(found, [], `callhooks/${id} pulls in ${found.join(", ")}`);
  assert.ok(has(text, id), `callhooks/${id} contains its own provider`);
}
// A Web adapter over one provider: createRequestParser comes from the root, which must not drag in the rest. Also
// in a server bundle by webpack or Vite, which match the "module" condition before "node" (Node's one-file root,
// which holds every provider).
const [first] = providers;
const adapterSource = `import { createRequestParser } from "callhooks"; import { parse } from "callhooks/${first.id}"; export const parseRequest = createRequestParser(parse);`;
for (const target of [{ platform: "neutral" }, { platform: "node", conditions: ["module"] }]) {
  const adapter = await bundle(adapterSource, target);
  const dragged = Object.keys(MARKERS).filter((other) => other !== first.id && has(adapter, other));
  assert.deepEqual(
    dragged,
    [],
    `createRequestParser(${first.id} parse), bundled for ${target.platform}, pulls in ${dragged.join(", ")}`,
  );
}
// The same for Node: createIncomingMessageParser from callhooks/node over one provider's parse.
const nodeSource = `import { createIncomingMessageParser } from "callhooks/node"; import { parse } from "callhooks/${first.id}"; export const parseMessage = createIncomingMessageParser(parse);`;
const nodeAdapter = await bundle(nodeSource, { platform: "node", conditions: ["module"] });
const draggedByNode = Object.keys(MARKERS).filter((other) => other !== first.id && has(nodeAdapter, other));
assert.deepEqual(
  draggedByNode,
  [],
  `createIncomingMessageParser(${first.id} parse) pulls in ${draggedByNode.join(", ")}`,
);

// The numbering plans of every region (8 kB): in the root and URL Networks' subpath, which read national numbers
// by default, in no other subpath, and in any bundle that imports "callhooks/phone-data" (package.json lists it
// under sideEffects, so that bundlers keep the bare import).
const table = / = `([^`]*)`/.exec(readFileSync("src/normalize/phone-data/plan-table.ts", "utf8"))?.[1] ?? "";
const TABLE_MARKER = table.slice(0, table.indexOf("\n")).toLowerCase();
assert.ok(TABLE_MARKER.length > 40, "the numbering-plan table's first line marks it");
const NATIONAL_BY_DEFAULT = ["urlnetworks"];
assert.ok(all.includes(TABLE_MARKER), "parseCallback holds the numbering plans");
for (const { id } of providers) {
  const text = await bundle(`export { parse } from "callhooks/${id}";`);
  const expected = NATIONAL_BY_DEFAULT.includes(id);
  assert.equal(
    text.includes(TABLE_MARKER),
    expected,
    `callhooks/${id} ${expected ? "lacks" : "holds"} the numbering plans`,
  );
}
const withPlans = `import "callhooks/phone-data"; export { parse } from "callhooks/kaleyra";`;
assert.ok(
  (await bundle(withPlans)).includes(TABLE_MARKER),
  'import "callhooks/phone-data" bundles the numbering plans',
);

// At run time: a subpath without the plans refuses options.defaultCountry, naming the import, and reads the
// national number once they are loaded; in a bundle, and in Node (ESM and CommonJS, each in a fresh process,
// since the plans are shared by every copy of callhooks in a process).
const query = "event=call_end&caller=9845012345&receiver=919900112233&status=ANSWER&billsec=55&id=8841502400";
const parseSource = `(parse) => JSON.stringify(parse(null, null, { provider: "kaleyra", query: ${JSON.stringify(query)}, defaultCountry: "IN" }))`;
const verdict = (json) => {
  const result = JSON.parse(json);
  return result.ok ? result.event.from.e164 : `${result.error.code}: ${result.error.message}`;
};
const refused = (text, where) =>
  assert.match(
    text,
    /^invalid_payload: .*import "callhooks\/phone-data"/,
    `${where} refuses defaultCountry without the plans`,
  );
const read = (text, where) => assert.equal(text, "+919845012345", `${where} reads a national number with the plans`);
async function runBundle(source) {
  const result = await build({
    stdin: { contents: `${source} console.log((${parseSource})(parse));`, resolveDir: process.cwd() },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    logLevel: "error",
  });
  // In a fresh process: this one loaded the plans with the registry.
  return verdict(
    execFileSync(process.execPath, ["--input-type=module"], { input: result.outputFiles[0].text, encoding: "utf8" }),
  );
}
refused(await runBundle(`import { parse } from "callhooks/kaleyra";`), "a bundle of callhooks/kaleyra");
read(
  await runBundle(`import "callhooks/phone-data"; import { parse } from "callhooks/kaleyra";`),
  'a bundle of callhooks/kaleyra with "callhooks/phone-data"',
);
const node = (args, script) => verdict(execFileSync(process.execPath, [...args, "-e", script], { encoding: "utf8" }));
const esm = (withData) =>
  `${withData ? 'await import("callhooks/phone-data"); ' : ""}const { parse } = await import("callhooks/kaleyra"); console.log((${parseSource})(parse));`;
const cjs = (withData) =>
  `${withData ? 'require("callhooks/phone-data"); ' : ""}const { parse } = require("callhooks/kaleyra"); console.log((${parseSource})(parse));`;
refused(node(["--input-type=module"], esm(false)), "Node's import of callhooks/kaleyra");
read(node(["--input-type=module"], esm(true)), 'Node\'s import of callhooks/kaleyra with "callhooks/phone-data"');
refused(node([], cjs(false)), "require of callhooks/kaleyra");
read(node([], cjs(true)), 'require of callhooks/kaleyra with "callhooks/phone-data"');

console.log(
  `Subpaths: each of ${providers.length} provider entry points bundles its own provider only, also behind either adapter's factory; the numbering plans only where national numbers are read by default or "callhooks/phone-data" is imported, which a subpath's defaultCountry needs (bundled, Node ESM and CommonJS).`,
);
