// Size budgets (`npm run size`, and in `npm test`): the ESM build as a user's bundler ships it, tree-shaken to
// the named import, minified and gzipped, dependencies included. `npm run size:why` shows what each is made of.
// Budgets are the sizes measured when they were set, plus about 5% (CONTRIBUTING.md#size-and-cold-start), and never
// above issue 17's targets: 15 kB for a provider subpath whose numbers are international (they hold no numbering
// plans), 30 kB for parseCallback. parseCallback (31.95 kB measured, about 6 kB of it the numbering plans of every
// region, which URL Networks' national numbers need, their patterns written short: 32.41 kB before) is over its
// target: its budget holds what was measured.

// tsup's chunks are imported bare; with "sideEffects" limited to callhooks/phone-data, esbuild rightly drops those
// imports, and says so.
const quiet = (config) => ({ ...config, logLevel: "error" });

const entry = (name, path, importName, limit) => ({
  name,
  path,
  ...(importName === undefined ? {} : { import: importName }),
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

// Measured 2026-12-02 (npm run size): wavecell 14.58, telecmi 13.46, urlnetworks 22.04, carrierx 12.97, kaleyra 14.73;
// urlnetworks 21.81 since the numbering plans' short patterns (kaleyra 14.51); a new provider gets the largest until
// it is measured.
const PROVIDER_BUDGETS = {
  carrierx: "13.3 kB",
  wavecell: "15 kB",
  kaleyra: "15 kB",
  telecmi: "13.8 kB",
  urlnetworks: "22.9 kB",
};

export default [
  entry("callhooks (parseCallback)", "dist/index.js", "{ parseCallback }", "33.3 kB"),
  entry("callhooks (parseRequest)", "dist/index.js", "{ parseRequest }", "40.4 kB"),
  entry("callhooks (everything)", "dist/index.js", "*", "45.9 kB"),
  entry("callhooks (applyEvent)", "dist/index.js", "{ applyEvent, mergeCallRecords, callKey }", "6.5 kB"),
  entry("callhooks (parseEventJSON)", "dist/index.js", "{ eventToJSON, parseEventJSON }", "31.9 kB"),
  ...providers.map((id) => entry(`callhooks/${id}`, `dist/${id}.js`, "{ parse }", PROVIDER_BUDGETS[id] ?? "22.9 kB")),
  entry("callhooks/node", "dist/node.js", "{ parseIncomingMessage }", "40.3 kB"),
  // `import "callhooks/phone-data"` next to a provider subpath: the numbering plans and their reader.
  entry("callhooks/phone-data", "dist/phone-data.js", undefined, "9.7 kB"),
  // Test data: every fixture (about 90 kB of text) is in a bundle of list, get or delivery; override holds none. One
  // provider's data module alone would be 1–4 kB (Kaleyra 0.97 kB, TeleCMI 3.88 kB): not exported one by one, since
  // samples are for tests, which are rarely bundled.
  entry("callhooks/samples (everything)", "dist/samples.js", "*", "13.6 kB"),
  entry("callhooks/samples (override)", "dist/samples.js", "{ override }", "1.5 kB"),
];
