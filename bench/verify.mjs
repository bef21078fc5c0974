// `npm run bench:verify`: is the secret comparison of verify constant-time, and what does verification cost?
//
// 1. Comparison time for a received secret that matches, or differs at its first or last byte, or has another
//    length, or matches the first, last or none of three accepted values (a rotation). Rows are interleaved in
//    small batches (each round runs every row once, in a rotating order) and each figure is the median of the
//    rounds, so load on the machine weighs on every row alike. The ratio is to the matching row: 1.00 means no
//    measurable dependence. A naive `===` on long strings is measured the same way, to show the method sees an
//    early exit when there is one.
// 2. The cost of one verifyCallback per policy kind, with a new policy object each call (checked and compiled every
//    time) and with the same object (compiled once, then only compared with a snapshot of itself).
// 3. The size the hand-written IP parser adds to a bundle, next to ipaddr.js, the library it is tested against.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const src = new URL("../src/", import.meta.url).pathname;
const bundle = async (contents, platform = "node") =>
  (
    await build({
      stdin: { contents, resolveDir: src, loader: "ts" },
      bundle: true,
      write: false,
      format: "esm",
      platform,
      minify: platform === "neutral",
      mainFields: ["module", "main"],
      logLevel: "error",
    })
  ).outputFiles[0].text;

const folder = mkdtempSync(join(tmpdir(), "callhooks-verify-"));
const file = join(folder, "internals.mjs");
writeFileSync(
  file,
  await bundle(`
export { fixSecret, fixedSize, matchesAny, constantTimeEqual } from "${src}verify/constant-time-equal.ts";
export { verifyCallback } from "${src}verify/verify-callback.ts";
`),
);
const p = await import(pathToFileURL(file).href);
rmSync(folder, { recursive: true });

const ROUNDS = Number(process.env.ROUNDS ?? 301);
const BATCH = Number(process.env.BATCH ?? 2000);
export let sink = 0;

function measure(rows) {
  const names = Object.keys(rows);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      const run = rows[name];
      const start = process.hrtime.bigint();
      for (let i = 0; i < BATCH; i++) sink ^= run() ? 1 : 0;
      samples[name].push(Number(process.hrtime.bigint() - start) / BATCH);
    }
  }
  const median = (list) => list.sort((a, b) => a - b)[list.length >> 1];
  return Object.fromEntries(names.map((name) => [name, median(samples[name])]));
}

function print(title, figures, base) {
  console.log(`\n${title}`);
  for (const [name, ns] of Object.entries(figures)) {
    console.log(`  ${name.padEnd(44)} ${ns.toFixed(1).padStart(8)} ns   ×${(ns / figures[base]).toFixed(2)}`);
  }
}

const secretOf = (length) =>
  Array.from({ length }, (_, i) => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[(i * 7) % 62]).join(
    "",
  );
// Every received value is a flat string of its own, so that no row pays for another string representation.
const flat = (text) => Array.from(text).join("");
const flip = (text, at) => flat(text.slice(0, at) + (text[at] === "x" ? "y" : "x") + text.slice(at + 1));

for (const length of [32, 1024]) {
  const secret = secretOf(length);
  const accepted = [p.fixSecret(secret, p.fixedSize([secret]))];
  const size = p.fixedSize([secret]);
  const received = {
    matches: secret,
    "differs at the first byte": flip(secret, 0),
    "differs at the last byte": flip(secret, length - 1),
    "is one byte shorter": flat(secret.slice(0, -1)),
    "is empty": "",
  };
  const rows = Object.fromEntries(
    Object.entries(received).map(([name, value]) => [name, () => p.matchesAny(p.fixSecret(value, size), accepted)]),
  );
  print(`matchesAny, one accepted ${length}-byte secret (fix the received value + compare)`, measure(rows), "matches");
}

{
  const values = [secretOf(40), flip(secretOf(40), 5), flip(secretOf(40), 30)];
  const size = p.fixedSize(values);
  const accepted = values.map((value) => p.fixSecret(value, size));
  const [first, last, none] = [flat(values[0]), flat(values[2]), flip(values[0], 20)];
  const rows = {
    "matches the first of three": () => p.matchesAny(p.fixSecret(first, size), accepted),
    "matches the last of three": () => p.matchesAny(p.fixSecret(last, size), accepted),
    "matches none of three": () => p.matchesAny(p.fixSecret(none, size), accepted),
  };
  print("matchesAny, a rotation of three 40-byte secrets", measure(rows), "matches the first of three");
}

{
  // The contrast: `===` stops at the first difference, which this method can see on long values.
  const secret = secretOf(65536);
  const first = flip(secret, 0);
  const last = flip(secret, secret.length - 1);
  const copy = `${secret}`;
  const rows = {
    "naive ===, differs at the first byte": () => first === copy,
    "naive ===, differs at the last byte": () => last === copy,
  };
  print(
    "naive ===, 64 KiB strings (the early exit the method must be able to see)",
    measure(rows),
    "naive ===, differs at the first byte",
  );
}

{
  const token = "tok_5e1f0c2b9a7d4e38";
  const basicHeader = `Basic ${btoa(`kaleyra:${token}`)}`;
  const request = (headers, url = "/webhooks?event=call_end") => ({ headers, url, remoteAddress: "203.0.113.5" });
  const rows = {
    "basicAuth (2 credentials)": () =>
      p.verifyCallback(request({ authorization: basicHeader }), {
        basicAuth: [
          { username: "kaleyra", password: token },
          { username: "kaleyra", password: "older" },
        ],
      }).ok,
    "header (1 value)": () =>
      p.verifyCallback(request({ authorization: `Bearer ${token}` }), {
        header: { name: "authorization", values: [`Bearer ${token}`] },
      }).ok,
    "urlToken (1 value), query cleaned": () =>
      p.verifyCallback(request({}, `/webhooks?token=${token}&event=call_end`), {
        urlToken: { param: "token", values: [token] },
      }).ok,
    "ipAllowList (2 ranges)": () =>
      p.verifyCallback(request({}), { ipAllowList: { cidrs: ["203.0.113.0/24", "2001:db8::/32"] } }).ok,
  };
  const header = { header: { name: "authorization", values: [`Bearer ${token}`] } };
  rows["header, the same policy object (compiled once)"] = () =>
    p.verifyCallback(request({ authorization: `Bearer ${token}` }), header).ok;
  const figures = measure(rows);
  console.log("\nverifyCallback, one call (a new policy object each call, so compiled each time, unless said)");
  for (const [name, ns] of Object.entries(figures))
    console.log(`  ${name.padEnd(44)} ${(ns / 1000).toFixed(2).padStart(8)} µs`);
}

{
  const ours = await bundle(
    `export { parseCidr, cidrContains } from "${src}verify/cidr.ts"; export { parseIpAddress } from "${src}verify/ip-address.ts";`,
    "neutral",
  );
  const library = await bundle(`export { default } from "ipaddr.js";`, "neutral");
  const kb = (text) => (gzipSync(text).byteLength / 1000).toFixed(2);
  console.log("\nIP parsing in a bundle (minified, gzipped)");
  console.log(`  hand-written (src/verify/ip-address.ts, cidr.ts)   ${kb(ours)} kB`);
  console.log(`  ipaddr.js 2.5 (what it is tested against)         ${kb(library)} kB`);
}
