// Writes the JSON Schemas of a call event's JSON form and of a call record, generated from the valibot schemas
// the package exports (after the build), to schemas/: `npm run schemas`. With --check (in `npm test`), fails if
// the files differ from what the build generates, so the published schemas never drift from the code.
import { readFileSync, writeFileSync } from "node:fs";
import { toJsonSchema } from "@valibot/to-json-schema";
import { callEventJsonSchema, callRecordSchema } from "../dist/index.js";

// Rules JSON Schema cannot state (a `check`, a finite number) are left out; the code still applies them.
const CONFIG = { ignoreActions: ["check", "finite"] };

const FILES = {
  "schemas/call-event.json": callEventJsonSchema,
  "schemas/call-record.json": callRecordSchema,
};

const check = process.argv.includes("--check");
const stale = [];
for (const [path, schema] of Object.entries(FILES)) {
  const text = `${JSON.stringify(toJsonSchema(schema, CONFIG), null, 2)}\n`;
  if (!check) {
    writeFileSync(path, text);
    continue;
  }
  let current = null;
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  if (current !== text) stale.push(path);
}
if (stale.length > 0) {
  console.error(`Out of date: ${stale.join(", ")}. Run \`npm run schemas\` and commit the result.`);
  process.exit(1);
}
console.log(
  check ? `JSON Schemas: ${Object.keys(FILES).join(", ")} are up to date.` : `Wrote ${Object.keys(FILES).join(", ")}.`,
);
