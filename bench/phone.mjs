// `npm run bench:phone`: the cost of reading one phone number, interleaved (each round runs every case back to back,
// the reported figure is the median of the rounds): callhooks' readPhoneNumber on a number it has seen (the memo) and
// on one it has not (the numbering-plan reader), and the same reading done by libphonenumber-js (a devDependency, the
// reader's reference), which callhooks used before. The memo is kept while a hit costs a small part of a miss.
//   BENCH_ROUNDS=9 npm run bench:phone
import { loadavg } from "node:os";
import { build } from "esbuild";
import { Bench } from "tinybench";

const root = new URL("..", import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

// readPhoneNumber from the sources, with every numbering plan loaded (as callhooks and callhooks/urlnetworks do).
const source = `
import { registerPhonePlans } from "./src/normalize/phone.ts";
import { PHONE_PLANS } from "./src/normalize/phone-plans-all.ts";
registerPhonePlans(PHONE_PLANS);
export { readPhoneNumber } from "./src/normalize/phone.ts";
export { parsePhoneNumberFromString } from "libphonenumber-js/min";
`;
const bundled = await build({
  stdin: { contents: source, resolveDir: root, loader: "ts" },
  bundle: true,
  write: false,
  format: "esm",
  platform: "node",
  logLevel: "error",
});
const { readPhoneNumber, parsePhoneNumberFromString } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`
);

export let sink;
const au = { international: false, region: "AU" };
const gb = { international: true, region: "GB" };
// More distinct numbers than the memo holds (4096): every read misses.
const distinct = (prefix) => Array.from({ length: 20_000 }, (_, index) => prefix + String(index).padStart(7, "0"));
const auNumbers = distinct("03");
const gbNumbers = distinct("4479");
const cycle = (list, read) => {
  let index = 0;
  return () => {
    sink = read(list[index++ % list.length]);
  };
};

// The reading callhooks did over libphonenumber-js: a national number in its region; international digits, checked
// valid, else a valid national number as it stands.
const libNational = (digits) => parsePhoneNumberFromString(digits, "AU")?.number ?? null;
function libInternational(digits) {
  if (!parsePhoneNumberFromString(`+${digits}`)?.isValid()) {
    const national = parsePhoneNumberFromString(digits, "GB");
    if (national?.isValid() && national.nationalNumber === digits) return national.number;
  }
  return `+${digits}`;
}

const CASES = {
  "AU national, seen before (memo)": () => () => {
    sink = readPhoneNumber("0390085900", au);
  },
  "AU national, new (reader)": () => cycle(auNumbers, (digits) => readPhoneNumber(digits, au)),
  "AU national, libphonenumber-js": () => cycle(auNumbers, libNational),
  "GB-region international digits, seen before (memo)": () => () => {
    sink = readPhoneNumber("447911123456", gb);
  },
  "GB-region international digits, new (reader)": () => cycle(gbNumbers, (digits) => readPhoneNumber(digits, gb)),
  "GB-region international digits, libphonenumber-js": () => cycle(gbNumbers, libInternational),
};

const samples = Object.fromEntries(Object.keys(CASES).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 150, warmupTime: 30 });
  const names = round % 2 === 0 ? Object.keys(CASES) : Object.keys(CASES).reverse();
  for (const name of names) bench.add(name, CASES[name]());
  await bench.run();
  for (const task of bench.tasks) samples[task.name].push(task.result.latency.p50 * 1e6);
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`## Reading one phone number: ${ROUNDS} interleaved rounds, median ns per read\n`);
console.log(
  `load average: ${loadavg()
    .map((load) => load.toFixed(2))
    .join(", ")}\n`,
);
for (const [name, values] of Object.entries(samples))
  console.log(`${name.padEnd(52)} ${median(values).toFixed(0).padStart(7)} ns`);
const ratio = (a, b) => median(samples[a].map((value, round) => value / samples[b][round]));
console.log(
  `\nreader / libphonenumber-js: AU national ${ratio("AU national, new (reader)", "AU national, libphonenumber-js").toFixed(2)}×, ` +
    `GB-region international ${ratio("GB-region international digits, new (reader)", "GB-region international digits, libphonenumber-js").toFixed(2)}×`,
);
console.log(
  `memo hit / reader: AU ${ratio("AU national, seen before (memo)", "AU national, new (reader)").toFixed(2)}×, ` +
    `GB ${ratio("GB-region international digits, seen before (memo)", "GB-region international digits, new (reader)").toFixed(2)}×`,
);
