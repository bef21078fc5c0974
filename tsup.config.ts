import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      node: "src/node/index.ts",
      carrierx: "src/providers/carrierx/index.ts",
      kaleyra: "src/providers/kaleyra/index.ts",
      telecmi: "src/providers/telecmi/index.ts",
      urlnetworks: "src/providers/urlnetworks/index.ts",
      wavecell: "src/providers/wavecell/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    // dist/cli.js is written by the CLI build below, in parallel: keep it.
    clean: ["!cli.js"],
    splitting: true,
    treeshake: true,
    // Bundled, tree-shaken to the few functions callhooks calls: their package entries load every module of
    // the library (libphonenumber-js: AsYouType, number finding, …), which made a cold import() ~10× slower.
    // valibot is bundled too (only the schemas used); it stays a dependency because the published types refer to it.
    noExternal: ["libphonenumber-js", "date-fns", "valibot"],
    sourcemap: false,
    // Minified: a cold import() compiles ~20% less source (measured ~10% faster; bench/bench.mjs prints it).
    minify: true,
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
    noExternal: ["libphonenumber-js", "date-fns", "valibot"],
  },
]);
