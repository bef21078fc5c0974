import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { FAMILIES, type ShapeFamily, SIZES } from "../../bench/hostile-shapes.mjs";
import { decodeBody } from "../../src/decode/decode-body.js";
import { DEFAULT_LIMITS } from "../../src/decode/limits.js";
import { parseCallback, parseRequest } from "../../src/index.js";
import { parseIncomingMessage } from "../../src/node/index.js";

// Cost is linear in the input, for every input form. For each shape family of adversarial bodies (bench/
// hostile-shapes.mjs) and each way a body reaches callhooks, callhooks's time on the 1 MiB body over the floor's
// on the same body (URLSearchParams into an object for a form, JSON.parse for JSON), measured here in the same
// run, is compared with the same ratio on the 64 KiB body: it may grow by a generous factor, never by the 16 a
// quadratic step gives. A ratio under 1 counts as 1: a step cheaper than the floor is no cost to worry about.
//
// 1. The whole pipeline with the default options, through every input form (a body of more than 1000 fields
//    stops there, before any per-field work).
// 2. The decoders with the field limit lifted (maxFields: Infinity), through each input form that has its own
//    decoder (a query string goes through the form decoder a string body does): every pair of a 1 MiB form,
//    every key and item of a 1 MiB JSON body is decoded.
//
// Noise on a loaded 2-core machine: times are this process's CPU time, not the wall clock, each the best of
// samples of at least 1 ms; a combination is measured again (up to 4 rounds, with its floor, best of two) only
// when its growth looks too high. The floor is timed once per family for all the forms.
// `npm run bench:hostile` prints the figures, and judges them with a stricter factor (1.5).
const FACTOR = 4;
const ROUNDS = 4;
const SAMPLE_MS = 1;
const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";
const UNLIMITED = { ...DEFAULT_LIMITS, maxFields: Number.POSITIVE_INFINITY };
const encoder = new TextEncoder();

type Run = () => unknown;

/** One way a body reaches callhooks: the call on a body, its input prepared outside the timing. */
interface InputForm {
  readonly name: string;
  readonly kinds: readonly ShapeFamily["kind"][];
  readonly prepare: (body: string, contentType: string, family: ShapeFamily) => Run;
}

function nodeRequest(body: string, contentType: string): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  req.method = "POST";
  req.url = "/webhooks";
  req.headers = { "content-type": contentType };
  const bytes = encoder.encode(body);
  let at = 0;
  req._read = () => {
    const chunk = at >= bytes.length ? null : bytes.subarray(at, at + 64 * 1024);
    at += 64 * 1024;
    req.push(chunk);
  };
  return req;
}

const parsedObject = (body: string, type: string, family: ShapeFamily): Record<string, unknown> =>
  type === FORM
    ? Object.fromEntries(new URLSearchParams(body))
    : (JSON.parse(family.floorText?.(body) ?? body) as Record<string, unknown>);

const PIPELINE: readonly InputForm[] = [
  { name: "a string", kinds: ["form", "json"], prepare: (body, type) => () => parseCallback(body, type) },
  {
    name: "bytes",
    kinds: ["form", "json"],
    prepare: (body, type) => {
      const bytes = encoder.encode(body);
      return () => parseCallback(bytes, type);
    },
  },
  { name: "a sniffed string", kinds: ["form", "json"], prepare: (body) => () => parseCallback(body, null) },
  {
    name: "URLSearchParams",
    kinds: ["form"],
    prepare: (body) => {
      const params = new URLSearchParams(body);
      return () => parseCallback(params, null);
    },
  },
  { name: "options.query", kinds: ["form"], prepare: (body) => () => parseCallback(null, null, { query: body }) },
  {
    name: "a pre-parsed object",
    kinds: ["form", "json"],
    prepare: (body, type, family) => {
      const parsed = parsedObject(body, type, family);
      return () => parseCallback(parsed, type);
    },
  },
  {
    name: "parseRequest",
    kinds: ["form", "json"],
    prepare: (body, type) => () =>
      parseRequest(new Request("https://example.com/", { method: "POST", headers: { "content-type": type }, body })),
  },
  {
    name: "parseIncomingMessage",
    kinds: ["form", "json"],
    prepare: (body, type) => () => parseIncomingMessage(nodeRequest(body, type)),
  },
];

const DECODERS: readonly InputForm[] = [
  {
    name: "a string",
    kinds: ["form", "json"],
    prepare: (body, type) => () => decodeBody(body, type, undefined, UNLIMITED),
  },
  {
    name: "URLSearchParams",
    kinds: ["form"],
    prepare: (body) => {
      const params = new URLSearchParams(body);
      return () => decodeBody(params, null, undefined, UNLIMITED);
    },
  },
  {
    name: "a pre-parsed object",
    kinds: ["form", "json"],
    prepare: (body, type, family) => {
      const parsed = parsedObject(body, type, family);
      return () => decodeBody(parsed, type, undefined, UNLIMITED);
    },
  },
];

function floorOf(family: ShapeFamily, body: string): Run {
  // The platform's own parser giving the same record: URLSearchParams into an object (forEach into {}, the faster
  // way, as in bench/), or JSON.parse.
  if (family.kind === "form") {
    return () => {
      const record: Record<string, string> = {};
      new URLSearchParams(body).forEach((value, key) => {
        record[key] = value;
      });
      return record;
    };
  }
  const text = family.floorText?.(body) ?? body;
  return () => JSON.parse(text);
}

/** The CPU time this process has used, in ms: unlike the wall clock, not what other processes on the machine take. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The CPU time of one call, in ms: the mean over a sample of at least SAMPLE_MS. */
async function timeOnce(run: Run): Promise<number> {
  let calls = 0;
  const start = cpuMs();
  let elapsed = 0;
  do {
    await run();
    calls++;
    elapsed = cpuMs() - start;
  } while (elapsed < SAMPLE_MS);
  return elapsed / calls;
}

/** The best time of each run over a few samples, taken in turn so that all see the same noise. */
async function bestOf(runs: readonly Run[], samples: number): Promise<number[]> {
  const best = runs.map(() => Number.POSITIVE_INFINITY);
  for (let sample = 0; sample < samples; sample++) {
    for (const [index, run] of runs.entries()) best[index] = Math.min(best[index] ?? 0, await timeOnce(run));
  }
  return best;
}

/** A ratio's growth from 64 KiB to 1 MiB, each ratio at least 1. */
const growthOf = ([small = 0, large = 0]: number[], [smallFloor = 1, largeFloor = 1]: number[]): number =>
  Math.max(large / largeFloor, 1) / Math.max(small / smallFloor, 1);

/**
 * The families whose cost, through one of the input forms, grows more than FACTOR times faster than the floor.
 * The floor is timed once per family and round, and shared by the forms; only what looks slow is timed again.
 */
async function slowFamilies(forms: readonly (InputForm & { readonly stage: string })[]): Promise<string[]> {
  const slow: string[] = [];
  for (const family of FAMILIES) {
    const type = family.kind === "form" ? FORM : JSON_TYPE;
    const bodies = SIZES.map((size) => family.build(size));
    const floors = bodies.map((body) => floorOf(family, body));
    let pending = forms
      .filter((form) => form.kinds.includes(family.kind))
      .map((form) => ({ form, runs: bodies.map((body) => form.prepare(body, type, family)), growth: Infinity }));
    // Warm-up on the small body: compiled code is timed, not the first calls.
    await bestOf(
      [floors[0], ...pending.map((item) => item.runs[0])].filter((run) => run !== undefined),
      1,
    );
    for (let round = 0; round < ROUNDS && pending.length > 0; round++) {
      const floorTimes = await bestOf(floors, round === 0 ? 1 : 2);
      for (const item of pending) item.growth = Math.min(item.growth, growthOf(await bestOf(item.runs, 1), floorTimes));
      pending = pending.filter((item) => item.growth > FACTOR);
    }
    for (const { form, growth } of pending) {
      slow.push(
        `${family.name}, ${form.stage}, as ${form.name}: over the floor, ${growth.toFixed(1)}× more at 1 MiB than at 64 KiB`,
      );
    }
  }
  return slow;
}

describe("cost is linear in the input", () => {
  it("for every shape family and input form, through the pipeline and in the decoders", async () => {
    const forms = [
      ...PIPELINE.map((form) => ({ ...form, stage: "the whole pipeline" })),
      ...DECODERS.map((form) => ({ ...form, stage: "the decoder with no field limit" })),
    ];
    expect(await slowFamilies(forms)).toEqual([]);
  }, 300_000);
});
