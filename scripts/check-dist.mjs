// Package check: the built ESM entries load in Node, parse a fixture, and the core has no Node built-ins.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const pkg = createRequire(import.meta.url)("../package.json");
// JSON files (package.json, the JSON Schemas) are not code entries.
const subpaths = Object.keys(pkg.exports).filter((key) => !key.endsWith(".json"));
const body = readFileSync(new URL("../fixtures/telecmi/cdr-incoming-answered.json", import.meta.url), "utf8");

// Each subpath's ESM files: Node's (the "node" condition, one file) and bundlers' (chunks), where they differ.
const targets = (subpath) => {
  const { node, default: bundlers } = pkg.exports[subpath].import;
  return [...new Set([node, bundlers].filter(Boolean))];
};
let files = 0;
for (const subpath of subpaths) {
  const specifier = subpath === "." ? "callhooks" : `callhooks/${subpath.slice(2)}`;
  for (const target of targets(subpath)) {
    files++;
    const label = `${specifier} (${target})`;
    const mod = await import(new URL(`../${target}`, import.meta.url).href);
    if (subpath === "./node") {
      assert.equal(typeof mod.parseIncomingMessage, "function", `${label} exports parseIncomingMessage`);
      continue;
    }
    if (subpath === "./samples") {
      assert.equal(mod.get("telecmi/cdr-incoming-answered.json")?.body, body.trimEnd(), `${label} holds the fixtures`);
      continue;
    }
    // Imported for its effect: it loads the numbering plans (scripts/check-subpaths.mjs checks what that does).
    if (subpath === "./phone-data") {
      assert.deepEqual(Object.keys(mod), [], `${label} exports nothing`);
      continue;
    }
    const parse = subpath === "." ? mod.parseCallback : mod.parse;
    assert.equal(typeof parse, "function", `${label} exports a parser`);
    const result = parse(body, "application/json");
    const expected = subpath === "." || subpath === "./telecmi";
    assert.equal(result.ok, expected, `${label} parses (or refuses) a TeleCMI CDR: ${JSON.stringify(result)}`);
  }
}
// Node resolves the package's own name to the one-file builds.
assert.equal(
  (await import("callhooks")).parseCallback,
  (await import(new URL(`../${pkg.exports["."].import.node}`, import.meta.url).href)).parseCallback,
  'import("callhooks") in Node loads the one-file build',
);

// The core runs on edge runtimes: no `node:` imports and no Buffer in any built file but the Node-only
// ones (callhooks/node and the CLI, which no core entry imports).
for (const folder of ["dist/", "dist/standalone/"]) {
  for (const file of readdirSync(new URL(`../${folder}`, import.meta.url))) {
    if (!/\.(c?js)$/.test(file) || /^(node\.c?js|cli\.js)$/.test(file)) continue;
    const text = readFileSync(new URL(`../${folder}${file}`, import.meta.url), "utf8");
    assert.doesNotMatch(text, /from ["']node:|require\(["']node:|\bBuffer\b/, `${folder}${file} uses a Node built-in`);
  }
}
console.log(
  `ESM: ${subpaths.length} entry points (${files} files: Node's and bundlers') load and parse; no Node built-ins in dist.`,
);
