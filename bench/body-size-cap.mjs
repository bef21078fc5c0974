// `npm run bench:cap`: the body-size cap is checked before decoding, so refusing a 50 MiB body costs about
// what refusing a 2 MiB one does (both are over the default 1 MiB cap). Runs against the build in dist/.
import { Bench } from "tinybench";
import { parseCallback } from "../dist/index.js";

const MiB = 1024 * 1024;
const jsonOf = (size) => `{"cmiuuid":"${"x".repeat(size - 14)}"}`;
const bodies = {
  "2 MiB string": jsonOf(2 * MiB),
  "50 MiB string": jsonOf(50 * MiB),
  "2 MiB Uint8Array": new TextEncoder().encode(jsonOf(2 * MiB)),
  "50 MiB Uint8Array": new TextEncoder().encode(jsonOf(50 * MiB)),
  // The worst case: text whose UTF-16 length is under the cap but whose UTF-8 size is over it, so its bytes
  // are counted. The count never covers more than `maxBodyBytes` characters, whatever the body's size.
  "2 MiB string of 3-byte characters": "€".repeat(Math.floor((2 * MiB) / 3)),
};

for (const [name, body] of Object.entries(bodies)) {
  const result = parseCallback(body, "application/json");
  if (result.ok || result.error.code !== "body_too_large") throw new Error(`${name} was not refused as too large`);
}

const bench = new Bench({ time: 500, warmupTime: 100 });
for (const [name, body] of Object.entries(bodies)) bench.add(name, () => parseCallback(body, "application/json"));
await bench.run();

const nsPerOp = Object.fromEntries(bench.tasks.map((task) => [task.name, task.result.latency.mean * 1e6]));
console.log("body                                   ns/op");
for (const [name, ns] of Object.entries(nsPerOp)) console.log(`${name.padEnd(36)} ${ns.toFixed(0).padStart(8)}`);
for (const kind of ["string", "Uint8Array"]) {
  const ratio = nsPerOp[`50 MiB ${kind}`] / nsPerOp[`2 MiB ${kind}`];
  console.log(`50 MiB / 2 MiB, ${kind}: ${ratio.toFixed(2)}×`);
}
