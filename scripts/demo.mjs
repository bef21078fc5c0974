// Parses every bundled fixture with the built package and prints its normalized event (or its error).
// Run with `npm run demo`, which builds first.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { parseCallback } from "../dist/index.js";

const root = new URL("../fixtures/", import.meta.url).pathname;
const CONTENT_TYPES = { ".json": "application/json", ".form": "application/x-www-form-urlencoded" };
let parsed = 0;
let unmapped = 0;
let failed = 0;

for (const provider of readdirSync(root).sort()) {
  for (const file of readdirSync(join(root, provider)).sort()) {
    const text = readFileSync(join(root, provider, file), "utf8");
    const ext = extname(file);
    // A `.query` fixture is a GET delivery: no body, the data in the URL's query.
    const result =
      ext === ".query"
        ? parseCallback(null, null, { query: text, provider: provider === "kaleyra" ? "kaleyra" : undefined })
        : parseCallback(text, CONTENT_TYPES[ext] ?? null);
    if (result.ok) {
      parsed++;
      const { raw, ...event } = result.event;
      console.log(`✔ ${provider}/${file}\n${JSON.stringify(event, null, 2)}`);
    } else if (result.error.code === "unsupported_event") {
      // A payload the provider sends that callhooks recognises but does not map (a CarrierX SMS, …).
      unmapped++;
      console.log(`· ${provider}/${file}: recognised, not mapped: ${result.error.message}`);
    } else {
      failed++;
      console.log(`✘ ${provider}/${file}: ${result.error.code}: ${result.error.message}`);
    }
  }
}
console.log(
  `\n${parsed} fixtures parsed to events, ${unmapped} recognised as payloads callhooks does not map, ${failed} failed.`,
);
process.exitCode = failed === 0 ? 0 : 1;
