import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // examples/ import the package by name, as users do (tsconfig.examples.json maps the same names).
  resolve: {
    alias: [
      { find: /^callhooks$/, replacement: source("./src/index.ts") },
      { find: /^callhooks\/node$/, replacement: source("./src/node/index.ts") },
      { find: /^callhooks\/samples$/, replacement: source("./src/samples/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // test/dist needs the build: `npm run test:dist` runs it after `npm run build`.
    exclude: ["test/dist/**", "**/node_modules/**"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
