// Size budgets (`npm run size`, and in `npm test`): the ESM build as a user's bundler ships it, tree-shaken to
// the named import, minified and gzipped, dependencies included (most of it is libphonenumber-js metadata).
// Budgets are the sizes measured when they were set (see the changeset), plus about 5%.

// tsup's chunks are imported bare; with "sideEffects": false esbuild rightly drops those imports, and says so.
const quiet = (config) => ({ ...config, logLevel: "error" });

const entry = (name, path, importName, limit) => ({
  name,
  path,
  import: importName,
  limit,
  gzip: true,
  modifyEsbuildConfig: quiet,
});

import { existsSync, readFileSync } from "node:fs";

// Each provider subpath of package.json (`npm run wiring` writes them from the registry): a folder of src/providers.
const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const providers = Object.keys(pkg.exports)
  .map((key) => key.slice(2))
  .filter((name) => existsSync(new URL(`./src/providers/${name}/definition.ts`, import.meta.url)));

// Budgets are the sizes measured when they were set, plus about 5% (see CONTRIBUTING.md#performance).
const PROVIDER_BUDGETS = {
  carrierx: "48.5 kB",
  wavecell: "46.5 kB",
  kaleyra: "44 kB",
  telecmi: "42 kB",
  urlnetworks: "42 kB",
};

export default [
  entry("callhooks (parseCallback)", "dist/index.js", "{ parseCallback }", "58 kB"),
  entry("callhooks (parseRequest)", "dist/index.js", "{ parseRequest }", "62 kB"),
  entry("callhooks (everything)", "dist/index.js", "*", "66 kB"),
  entry("callhooks (applyEvent)", "dist/index.js", "{ applyEvent, mergeCallRecords, callKey }", "7.2 kB"),
  entry("callhooks (parseEventJSON)", "dist/index.js", "{ eventToJSON, parseEventJSON }", "60 kB"),
  ...providers.map((id) => entry(`callhooks/${id}`, `dist/${id}.js`, "{ parse }", PROVIDER_BUDGETS[id] ?? "46.5 kB")),
  entry("callhooks/node", "dist/node.js", "{ parseIncomingMessage }", "62 kB"),
  // Test data: every fixture (about 90 kB of text) is in a bundle of list, get or delivery; override holds none. One
  // provider's data module alone would be 1–4 kB (Kaleyra 0.97 kB, TeleCMI 3.88 kB): not exported one by one, since
  // samples are for tests, which are rarely bundled.
  entry("callhooks/samples (everything)", "dist/samples.js", "*", "13.6 kB"),
  entry("callhooks/samples (override)", "dist/samples.js", "{ override }", "1.5 kB"),
];
