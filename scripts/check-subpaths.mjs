// Package check: importing one provider's subpath ships that provider alone. Each built subpath is bundled as
// a user's bundler would (esbuild, tree-shaken, through the package's own exports) and must not contain a
// marker of another provider. A provider's markers are its fingerprint keys that the shared code (the root's
// createRequestParser alone) does not contain.
import assert from "node:assert/strict";
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
console.log(
  `Subpaths: each of ${providers.length} provider entry points bundles its own provider only, also behind either adapter's factory.`,
);
