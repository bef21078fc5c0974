import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // test/dist needs the build: `npm run test:dist` runs it after `npm run build`.
    exclude: ["test/dist/**", "**/node_modules/**"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
