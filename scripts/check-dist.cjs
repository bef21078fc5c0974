// Package check: the built CommonJS entries load with require() and parse a fixture.
const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const path = require("node:path");

const pkg = require("../package.json");
// JSON files (package.json, the JSON Schemas) are not code entries.
const subpaths = Object.keys(pkg.exports).filter((key) => !key.endsWith(".json"));
const body = readFileSync(path.join(__dirname, "../fixtures/telecmi/cdr-incoming-answered.json"), "utf8");

for (const subpath of subpaths) {
  const specifier = subpath === "." ? "callhooks" : `callhooks/${subpath.slice(2)}`;
  const mod = require(specifier);
  if (subpath === "./node") {
    assert.equal(typeof mod.parseIncomingMessage, "function", `${specifier} exports parseIncomingMessage`);
    continue;
  }
  if (subpath === "./samples") {
    assert.equal(
      mod.get("telecmi/cdr-incoming-answered.json")?.body,
      body.trimEnd(),
      `${specifier} holds the fixtures`,
    );
    continue;
  }
  // Required for its effect: it loads the numbering plans (scripts/check-subpaths.mjs checks what that does).
  if (subpath === "./phone-data") {
    assert.deepEqual(Object.keys(mod), [], `${specifier} exports nothing`);
    continue;
  }
  const parse = subpath === "." ? mod.parseCallback : mod.parse;
  assert.equal(typeof parse, "function", `${specifier} exports a parser`);
  const result = parse(body, "application/json");
  assert.equal(result.ok, subpath === "." || subpath === "./telecmi", `${specifier}: ${JSON.stringify(result)}`);
}
// The published JSON Schemas resolve by their subpaths.
const schemas = Object.keys(pkg.exports).filter((key) => key.startsWith("./schemas/"));
for (const subpath of schemas) {
  const schema = require(`callhooks/${subpath.slice(2)}`);
  assert.ok(schema.$schema && schema.title, `callhooks/${subpath.slice(2)} is a JSON Schema`);
}
assert.equal(schemas.length, 2, "the event and record JSON Schemas are exported");
console.log(`CJS: ${subpaths.length} entry points load and parse; ${schemas.length} JSON Schemas resolve.`);
