// `npm run demo`: the `callhooks parse` CLI over every bundled fixture, as a user would run it (after the build).
// Kaleyra's deliveries carry no fingerprint, so they are parsed with --provider kaleyra, as its routes would be.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const fixtures = (provider) => readdirSync(`fixtures/${provider}`).map((name) => `fixtures/${provider}/${name}`);
const runs = [
  [
    "parse fixtures/{carrierx,telecmi,urlnetworks,wavecell}/*",
    ["carrierx", "telecmi", "urlnetworks", "wavecell"].flatMap(fixtures),
  ],
  ["parse --provider kaleyra fixtures/kaleyra/*", ["--provider", "kaleyra", ...fixtures("kaleyra")]],
];

let parsed = 0;
const refused = [];
for (const [shown, args] of runs) {
  console.log(`$ callhooks ${shown}\n`);
  const run = spawnSync(process.execPath, ["dist/cli.js", "parse", ...args], { encoding: "utf8" });
  process.stdout.write(run.stdout);
  process.stdout.write(run.stderr);
  parsed += run.stdout.split("\n").filter((line) => line.startsWith("# ")).length;
  refused.push(...run.stderr.split("\n").filter((line) => line.startsWith("✘ ")));
  if (run.status !== 0 && run.status !== 1) process.exitCode = 1;
}
// CarrierX SMS, conference and FlexML records are recognised and deliberately not mapped (unsupported_event).
const unexpected = refused.filter((line) => !/: unsupported_event: /.test(line));
console.log(
  `\n${parsed} fixtures parsed to events, ${refused.length - unexpected.length} recognised as payloads callhooks does not map, ${unexpected.length} failed.`,
);
if (unexpected.length > 0) process.exitCode = 1;

// Then the call records: every fixture's event folded, with applyEvent, into one record per call (callKey).
const { applyEvent, callKey, parseCallback } = await import("../dist/index.js");
const { readFileSync } = await import("node:fs");
const CONTENT_TYPES = { json: "application/json", form: "application/x-www-form-urlencoded" };
const records = new Map();
let folded = 0;
for (const provider of ["carrierx", "kaleyra", "telecmi", "urlnetworks", "wavecell"]) {
  for (const path of fixtures(provider)) {
    const text = readFileSync(path, "utf8");
    const ext = path.slice(path.lastIndexOf(".") + 1);
    const options = { ...(provider === "kaleyra" ? { provider } : {}), ...(ext === "query" ? { query: text } : {}) };
    const parsed =
      ext === "query" ? parseCallback(null, null, options) : parseCallback(text, CONTENT_TYPES[ext], options);
    const key = parsed.ok ? callKey(parsed.event) : null;
    if (key === null) continue;
    const result = applyEvent(records.get(key) ?? null, parsed.event);
    if (!result.ok) {
      console.log(`✘ ${path}: ${result.error.code}: ${result.error.message}`);
      process.exitCode = 1;
      continue;
    }
    records.set(key, result.record);
    folded++;
  }
}
console.log(`\n$ call records: the events above folded with applyEvent, one record per callKey\n`);
for (const record of records.values()) {
  const figures = [
    record.outcome ?? "—",
    record.answered ? "answered" : "not answered",
    record.durationSec === null ? null : `${record.durationSec} s`,
    record.finalSummary ? "final summary" : "live events only",
    `${record.legs.length} leg${record.legs.length === 1 ? "" : "s"}`,
    `${record.eventIds.length} event${record.eventIds.length === 1 ? "" : "s"}`,
    record.dtmf.length > 0 ? `keys ${JSON.stringify(record.dtmf.map((press) => press.digits).join(""))}` : null,
  ].filter((part) => part !== null);
  console.log(`${record.key}  ${record.status}  ${figures.join(", ")}`);
}
console.log(`\n${folded} events folded into ${records.size} call records.`);
