import { defineConfig } from "tsup";
import { PROVIDERS } from "./src/providers/registry.js";

// The root, the Node adapter, and one subpath per registered provider (package.json's exports, `npm run wiring`).
const ROOT_ENTRIES = { index: "src/index.ts", node: "src/node/index.ts" };
const ENTRIES: Record<string, string> = {
  ...ROOT_ENTRIES,
  // `import "callhooks/phone-data"`: the numbering plans of every region, for a provider subpath's defaultCountry.
  "phone-data": "src/phone-data.ts",
  ...Object.fromEntries(PROVIDERS.map(({ id }) => [id, `src/providers/${id}/index.ts`])),
};

// Bundled, tree-shaken to the few functions callhooks calls (date-fns: parseISO): a package entry loads every
// module of the library. valibot is bundled too (only the schemas used); it stays a dependency because the
// published types refer to it.
const BUNDLED = ["date-fns", "valibot"];

export default defineConfig([
  {
    // For bundlers (and require): entries share chunks, so that a bundle of one provider's subpath holds that
    // provider alone, also next to createRequestParser from the root.
    entry: ENTRIES,
    format: ["esm", "cjs"],
    dts: true,
    // dist/cli.js and dist/standalone/ are written by the builds below, in parallel: keep them.
    clean: ["!cli.js", "!standalone/**"],
    splitting: true,
    treeshake: true,
    noExternal: BUNDLED,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
  },
  {
    // For Node's import of the root and of callhooks/node (the "node" condition): one file each. Node's ESM loader
    // spends about a millisecond per module it resolves, reads and links, and the root's eight chunks made
    // import("callhooks") ~10 ms slower than one file (bench/'s cold-start figure). Bundlers read the chunks
    // above. The provider subpaths, whose point is a small bundle, are left to those (each file here would add
    // ~230 kB to the package).
    entry: ROOT_ENTRIES,
    outDir: "dist/standalone",
    format: ["esm"],
    dts: false,
    clean: false,
    splitting: false,
    treeshake: true,
    noExternal: BUNDLED,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
  },
  {
    // The Node-only `callhooks` executable: one ESM file, its #! line kept from src/cli/bin.ts.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    splitting: false,
    sourcemap: false,
    target: "node20",
    platform: "node",
    noExternal: BUNDLED,
  },
]);
