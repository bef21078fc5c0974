// Memory check (node --expose-gc, after `npm run build`): whatever the traffic, callhooks keeps a bounded amount of
// memory. Parses 20,000 unique hostile deliveries with the built package and compares the heap left after a full
// garbage collection once its code is loaded and compiled (after 200 deliveries) with the heap left at the end:
// the difference is what its caches keep (its phone-number memo holds 4096 short entries). Each delivery
// is new: URL Networks forms with a 100 kB caller id, forms whose DID (a number libphonenumber reads, and the memo
// keeps) is cut from a 16 kB body, TeleCMI JSON with unique numbers, junk forms with unique keys. A cache that kept
// an attacker's value, or a short value cut from a large body (V8 keeps a slice of 13 or more characters as a view
// of the whole body), grows the heap by megabytes. Exits 1 when it grows by more than 2 MiB.
import { parseCallback } from "../dist/index.js";

if (typeof globalThis.gc !== "function") {
  console.error("check-memory: run with node --expose-gc");
  process.exit(2);
}

const TOTAL = 20_000;
const WARM = 200;
const LIMIT = 2 * 1024 * 1024;
const FORM = "application/x-www-form-urlencoded";

const ringing =
  "service_id=1&direction=incoming&start_time=1573865518&description=&dialplan_id=9&condition_id=268&dialplan_name=Main&condition_name=All%20Hours&caller_name=test&display_from=%2B61412341234&method=incoming_ringing&call_event_uuid=";

/** Digits unique to `n`, `length` long. */
const digits = (n, length) => String(n).padStart(length, "9").slice(-length);

function delivery(n) {
  switch (n % 4) {
    case 0: // a caller id far longer than any phone number
      return [`${ringing}${n}&from=${digits(n, 12)}${"7".repeat(100_000)}&external_did=61390085900`, FORM];
    case 1: // a DID libphonenumber reads and the memo keeps, cut from a 16 kB body
      return [`${ringing}${n}&from=0390085900&external_did=61${digits(n, 11)}&pad=${"x".repeat(16_384)}`, FORM];
    case 2: // TeleCMI CDR with unique numbers sent as JSON numbers, read as Indian numbers (the memo keeps them)
      return [
        JSON.stringify({
          type: "cdr",
          cmiuuid: `c${n}`,
          status: "answered",
          direction: "inbound",
          from: 440_000_000_000 + n,
          to: 919_800_000_000 + n,
          virtual_number: 615_000_000_000 + n,
          time: 1_634_720_920_615,
          answeredsec: n,
          team: "x".repeat(4096),
        }),
        "application/json",
        { defaultCountry: "IN" },
      ];
    default: // junk: unique keys, no provider
      return [`k${n}=${"v".repeat(1024)}&z${n}=1&${"a".repeat(64)}${n}=2`, FORM];
  }
}

function retainedHeap() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

const started = performance.now();
let parsed = 0;
let warm = 0;
for (let n = 0; n < TOTAL; n++) {
  const [body, contentType, options] = delivery(n);
  if (parseCallback(body, contentType, options).ok) parsed++;
  if (n + 1 === WARM) warm = retainedHeap();
}
const end = retainedHeap();
const growth = end - warm;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
console.log(
  `check-memory: ${TOTAL.toLocaleString("en")} unique hostile deliveries (${parsed.toLocaleString("en")} parsed) in ${((performance.now() - started) / 1000).toFixed(1)} s; heap after GC ${mib(warm)} at ${WARM.toLocaleString("en")}, ${mib(end)} at ${TOTAL.toLocaleString("en")}: ${growth >= 0 ? "+" : ""}${mib(growth)} (limit +${mib(LIMIT)}).`,
);
if (growth > LIMIT) process.exitCode = 1;
