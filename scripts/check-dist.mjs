// Package check: the built ESM entries load in Node, parse a fixture, and the core has no Node built-ins.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const pkg = createRequire(import.meta.url)("../package.json");
const subpaths = Object.keys(pkg.exports).filter((key) => key !== "./package.json");
const body = readFileSync(new URL("../fixtures/telecmi/cdr-incoming-answered.json", import.meta.url), "utf8");

for (const subpath of subpaths) {
  const specifier = subpath === "." ? "callhooks" : `callhooks/${subpath.slice(2)}`;
  const mod = await import(specifier);
  if (subpath === "./node") {
    assert.equal(typeof mod.parseIncomingMessage, "function", `${specifier} exports parseIncomingMessage`);
    continue;
  }
  const parse = subpath === "." ? mod.parseCallback : mod.parse;
  assert.equal(typeof parse, "function", `${specifier} exports a parser`);
  const result = parse(body, "application/json");
  const expected = subpath === "." || subpath === "./telecmi";
  assert.equal(result.ok, expected, `${specifier} parses (or refuses) a TeleCMI CDR: ${JSON.stringify(result)}`);
}

// The core runs on edge runtimes: no `node:` imports and no Buffer in any built file but the Node-only
// ones (callhooks/node and the CLI, which no core entry imports).
for (const file of readdirSync(new URL("../dist/", import.meta.url))) {
  if (!/\.(c?js)$/.test(file) || /^(node\.c?js|cli\.js)$/.test(file)) continue;
  const text = readFileSync(new URL(`../dist/${file}`, import.meta.url), "utf8");
  assert.doesNotMatch(text, /from ["']node:|require\(["']node:|\bBuffer\b/, `dist/${file} uses a Node built-in`);
}
console.log(`ESM: ${subpaths.length} entry points load and parse; no Node built-ins in dist.`);
