import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    carrierx: "src/providers/carrierx/index.ts",
    kaleyra: "src/providers/kaleyra/index.ts",
    telecmi: "src/providers/telecmi/index.ts",
    urlnetworks: "src/providers/urlnetworks/index.ts",
    wavecell: "src/providers/wavecell/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: "es2022",
  platform: "neutral",
});
