import { readFile } from "node:fs/promises";
import { defineConfig, type Options } from "tsup";

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

// libphonenumber-js ships its metadata as an 83 kB object literal, which V8 compiles and builds at every cold
// import; the same data as JSON text read by JSON.parse costs a cold import() ~2.5 ms less (measured in bench/).
const LITERAL_START = "export default ";
const metadataAsJson: EsbuildPlugin = {
  name: "libphonenumber-metadata-as-json",
  setup(build) {
    build.onLoad({ filter: /libphonenumber-js[\\/]metadata\.min\.json\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const literal = source
        .slice(source.indexOf(LITERAL_START) + LITERAL_START.length)
        .trim()
        .replace(/;$/, "");
      JSON.parse(literal); // fails the build if a new release stops shipping plain JSON here
      return { contents: `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(literal)});`, loader: "js" };
    });
  },
};

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
    esbuildPlugins: [metadataAsJson],
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
    noExternal: ["libphonenumber-js", "date-fns", "valibot"],
    esbuildPlugins: [metadataAsJson],
  },
]);
