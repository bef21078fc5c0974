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

// Measured (min+gzip): parseCallback 50.29 kB, parseRequest 50.95, everything 51.14, carrierx 39.36,
// wavecell 44.3, kaleyra 41.91, telecmi 39.76, urlnetworks 40.1, node 51.21. A provider not listed gets the
// largest provider budget until it is measured. Verify (the policy schema, its messages, the IP parser, constant-time
// comparison) adds ~4.3 kB to what the adapters pull in: parseRequest 55.64, everything 55.84, node 55.83.
// largest provider budget until it is measured.
// CarrierX FlexML (issue 13): carrierx 46.18 kB, parseCallback 55.26, parseRequest 55.92, everything 56.09, node
// 56.16. The FlexML parsing adds ~2 kB; the flexml() builder ~3 kB more (~4.8 kB to `{ parse }` of the subpath):
// the root's `export * as carrierx` namespace keeps every export of the subpath, builders included.
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
  entry("callhooks (everything)", "dist/index.js", "*", "62 kB"),
  ...providers.map((id) => entry(`callhooks/${id}`, `dist/${id}.js`, "{ parse }", PROVIDER_BUDGETS[id] ?? "46.5 kB")),
  entry("callhooks/node", "dist/node.js", "{ parseIncomingMessage }", "62 kB"),
];
