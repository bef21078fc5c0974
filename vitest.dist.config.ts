import { defineConfig } from "vitest/config";

// Tests of the built package (dist/): `npm run test:dist`, after `npm run build`.
export default defineConfig({
  test: {
    include: ["test/dist/**/*.test.ts"],
  },
});
