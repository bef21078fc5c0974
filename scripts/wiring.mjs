// The package's wiring for each registered provider, generated from src/providers/registry.ts:
// - package.json: the `./<id>` export and the `typesVersions` entry of each provider subpath;
// - README.md: the provider × event table between <!-- providers:start --> and <!-- providers:end -->.
// tsup, size-limit and the package checks read the subpaths from package.json, the CLI from the registry itself.
//   node scripts/wiring.mjs          check: exits 1, naming what is stale (run in `npm test`)
//   node scripts/wiring.mjs --write  rewrite the stale parts (`npm run wiring`)
import { readFileSync, writeFileSync } from "node:fs";
import { loadProviders } from "./lib/registry.mjs";

const write = process.argv.includes("--write");
const providers = await loadProviders();
const ids = providers.map((provider) => provider.id);
const stale = [];

const subpathExport = (id) => ({
  import: { types: `./dist/${id}.d.ts`, default: `./dist/${id}.js` },
  require: { types: `./dist/${id}.d.cts`, default: `./dist/${id}.cjs` },
});

/** An export whose files are dist/<name>.* and whose name is a provider folder's: one this script owns. */
const isProviderEntry = (key, value) =>
  /^\.\/[a-z0-9]+$/.test(key) &&
  JSON.stringify(value).includes(`./dist/${key.slice(2)}.js`) &&
  !["./node", "./samples"].includes(key);

function wirePackage(pkg) {
  const exports = {};
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (key === "./package.json" || isProviderEntry(key, value)) continue;
    exports[key] = value;
  }
  for (const id of ids) exports[`./${id}`] = subpathExport(id);
  exports["./package.json"] = "./package.json";
  const typesVersions = {};
  for (const [key, value] of Object.entries(pkg.typesVersions["*"])) {
    if (!ids.includes(key) && !isProviderEntry(`./${key}`, value)) typesVersions[key] = value;
  }
  for (const id of ids) typesVersions[id] = [`./dist/${id}.d.cts`];
  return { ...pkg, exports, typesVersions: { "*": typesVersions } };
}

const packageText = readFileSync("package.json", "utf8");
const wiredText = `${JSON.stringify(wirePackage(JSON.parse(packageText)), null, 2)}\n`;
if (wiredText !== packageText) stale.push("package.json (exports, typesVersions)");

const cell = (text) => text.replaceAll("|", "\\|");
function providerTable() {
  const rows = ["| provider | product line | native events | → `type` |", "|---|---|---|---|"];
  for (const provider of providers) {
    const byProduct = new Map();
    for (const shape of Object.values(provider.shapes)) {
      const row = byProduct.get(shape.product) ?? { labels: [], emits: new Set() };
      const label = shape.label.startsWith(`${provider.name} `)
        ? shape.label.slice(provider.name.length + 1)
        : shape.label;
      row.labels.push(`\`${label}\``);
      for (const type of shape.emits) row.emits.add(`\`${type}\``);
      byProduct.set(shape.product, row);
    }
    for (const [product, row] of byProduct) {
      rows.push(
        `| [${provider.name}](docs/providers/${provider.id}.md) | ${cell(product)} | ${row.labels.join(" · ")} | ${[...row.emits].join(" · ")} |`,
      );
    }
  }
  return rows.join("\n");
}

const START = "<!-- providers:start (npm run wiring) -->";
const END = "<!-- providers:end -->";
const readme = readFileSync("README.md", "utf8");
const from = readme.indexOf(START);
const to = readme.indexOf(END);
let wiredReadme = readme;
if (from === -1 || to < from) stale.push(`README.md (no ${START} … ${END} markers)`);
else {
  wiredReadme = `${readme.slice(0, from + START.length)}\n${providerTable()}\n${readme.slice(to)}`;
  if (wiredReadme !== readme) stale.push("README.md (provider table)");
}

if (write) {
  if (wiredText !== packageText) writeFileSync("package.json", wiredText);
  if (wiredReadme !== readme) writeFileSync("README.md", wiredReadme);
  console.log(stale.length === 0 ? "Wiring: up to date." : `Wiring: rewrote ${stale.join(", ")}.`);
} else if (stale.length > 0) {
  console.error(`Wiring is stale: ${stale.join(", ")}. Run npm run wiring.`);
  process.exit(1);
} else {
  console.log(`Wiring: ${ids.length} providers (${ids.join(", ")}) wired in package.json and README.md.`);
}
