import { defineConfig } from "tsup";
import { PROVIDERS } from "./src/providers/registry.js";

// The root, the Node adapter, the samples, the numbering plans, and one subpath per registered provider
// (package.json's exports, `npm run wiring`).
const ROOT_ENTRIES = { index: "src/index.ts", node: "src/node/index.ts" };
const ENTRIES: Record<string, string> = {
  ...ROOT_ENTRIES,
  samples: "src/samples/index.ts",
  // `import "callhooks/phone-data"`: the numbering plans of every region, for a provider subpath's defaultCountry.
  "phone-data": "src/phone-data.ts",
  ...Object.fromEntries(PROVIDERS.map(({ id }) => [id, `src/providers/${id}/index.ts`])),
};

// valibot is bundled, tree-shaken to the schemas used; it stays a dependency because the published types refer to it.
const BUNDLED = ["valibot"];

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
    // For Node's import (the "node" condition): one file per entry point. Node's ESM loader spends about a
    // millisecond per module it resolves, reads and links: a provider subpath's five or six chunks made its cold
    // import() ~7 ms slower than one file, the root's eight ~10 ms (npm run bench:cold). Bundlers read the chunks
    // above. Each file has its own copy of the shared code; the numbering plans that `import "callhooks/phone-data"`
    // loads are shared through globalThis (src/normalize/phone.ts).
    entry: ENTRIES,
    outDir: "dist/standalone",
    format: ["esm"],
    dts: false,
    clean: false,
    splitting: false,
    treeshake: true,
    // Minified, names too: import("callhooks") over valibot's, 61 interleaved rounds each (bench:cold's method): 1.23× →
    // 1.16× with whitespace and syntax alone, 1.22× → 1.14× with the names mangled as well. Names kept (readable
    // stack traces and profiles) left bench:cold at 1.18–1.23×, too near the 1.25× target; the bundlers' build above
    // is not minified, and the CLI's is its own.
    minify: true,
    noExternal: BUNDLED,
    // Names and lines for stack traces under `node --enable-source-maps` (Node reads a map only then: no cost at
    // import), without the sources' text (5 MB of the package's 7.5 otherwise).
    sourcemap: true,
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
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
