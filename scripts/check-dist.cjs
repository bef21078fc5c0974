// Package check: the built CommonJS entries load with require() and parse a fixture.
const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const path = require("node:path");

const pkg = require("../package.json");
const subpaths = Object.keys(pkg.exports).filter((key) => key !== "./package.json");
const body = readFileSync(path.join(__dirname, "../fixtures/telecmi/cdr-incoming-answered.json"), "utf8");

for (const subpath of subpaths) {
  const specifier = subpath === "." ? "callhooks" : `callhooks/${subpath.slice(2)}`;
  const mod = require(specifier);
  if (subpath === "./node") {
    assert.equal(typeof mod.parseIncomingMessage, "function", `${specifier} exports parseIncomingMessage`);
    continue;
  }
  const parse = subpath === "." ? mod.parseCallback : mod.parse;
  assert.equal(typeof parse, "function", `${specifier} exports a parser`);
  const result = parse(body, "application/json");
  assert.equal(result.ok, subpath === "." || subpath === "./telecmi", `${specifier}: ${JSON.stringify(result)}`);
}
console.log(`CJS: ${subpaths.length} entry points load and parse.`);
