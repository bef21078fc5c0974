// Package check: importing one provider's subpath ships that provider alone. Each built subpath is bundled as
// a user's bundler would (esbuild, tree-shaken, through the package's own exports) and must not contain a
// marker of another provider: one of its fingerprint keys, which appear in no shared code.
import assert from "node:assert/strict";
import { build } from "esbuild";

const MARKERS = {
  carrierx: "dr_sid",
  wavecell: "sourcemsisdn",
  kaleyra: "recordpath",
  telecmi: "cmiuuid",
  urlnetworks: "dialed_number",
};

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

const all = await bundle(`export { parseCallback } from "callhooks";`);
for (const [provider, marker] of Object.entries(MARKERS)) {
  assert.ok(all.includes(marker), `the marker of ${provider} (${marker}) is in the root entry`);
}
for (const provider of Object.keys(MARKERS)) {
  const text = await bundle(`export { parse } from "callhooks/${provider}";`);
  const found = Object.entries(MARKERS).filter(([other, marker]) => other !== provider && text.includes(marker));
  assert.deepEqual(found, [], `callhooks/${provider} pulls in ${found.map(([other]) => other).join(", ")}`);
  assert.ok(text.includes(MARKERS[provider]), `callhooks/${provider} contains its own provider`);
}
// A Web adapter over one provider: createRequestParser comes from the root, which must not drag in the rest. Also
// in a server bundle by webpack or Vite, which match the "module" condition before "node" (Node's one-file root,
// which holds every provider).
const adapterSource = `import { createRequestParser } from "callhooks"; import { parse } from "callhooks/telecmi"; export const parseRequest = createRequestParser(parse);`;
for (const target of [{ platform: "neutral" }, { platform: "node", conditions: ["module"] }]) {
  const adapter = await bundle(adapterSource, target);
  const dragged = Object.entries(MARKERS).filter(([other, marker]) => other !== "telecmi" && adapter.includes(marker));
  assert.deepEqual(
    dragged,
    [],
    `createRequestParser(telecmi parse), bundled for ${target.platform}, pulls in ${dragged.map(([other]) => other).join(", ")}`,
  );
}
console.log(`Subpaths: each of ${Object.keys(MARKERS).length} provider entry points bundles its own provider only.`);
