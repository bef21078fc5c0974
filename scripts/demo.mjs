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
