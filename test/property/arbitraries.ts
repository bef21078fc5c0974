/**
 * Generators of hostile deliveries and the checks every result must pass, shared by the property tests
 * (`npm test`, a few hundred runs each) and the fuzz run (`npm run fuzz`, a million inputs).
 */
import fc from "fast-check";
import type { CallbackBody, ParseOptions, ParseResult, ProviderId } from "../../src/index.js";
import { FIXTURES, type FixtureCase, PROVIDER_IDS } from "../helpers/fixture-cases.js";

export { FIXTURES, type FixtureCase, PROVIDER_IDS };

/** The seed of every property run: fixed, so that a failure reproduces; `FUZZ_SEED` overrides it. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_121);

/** One delivery: what a public webhook endpoint may receive, and the keys it carries. */
export interface Delivery {
  /** The body, in any form (hostile ones included). */
  readonly body: unknown;
  /** The content type, or garbage. */
  readonly contentType: unknown;
  /** The options, or garbage. */
  readonly options: unknown;
  /** The top-level keys sent (body and query), for the `raw` check; absent when not known. */
  readonly sentKeys?: readonly string[];
}

/** A long value that must never appear whole in an error message. */
export const SECRET = `sk_live_${"0123456789abcdefghijklmnopqrstuvwxyz".repeat(3)}`;

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

// ---------------------------------------------------------------------------------------------------------
// Building blocks

/** Sets an own property, even `__proto__`, without touching any prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Keys a hostile sender likes: prototype members, bracket syntax, provider keys, odd unicode. */
const trickyKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "__proto__[polluted]",
  "constructor[prototype][polluted]",
  "a[b][c]",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "polluted",
  "cmiuuid",
  "CMIUUID",
  "type",
  "status",
  "receiver",
  "call_event_uuid",
  "method",
  "dr_sid",
  "eventType",
  "payload",
  "callId",
  "event",
  "id",
  "",
  " ",
  "%00",
  "\u0000",
  "\u202e",
  "İ",
  "ß",
);

/** A key: tricky, short ASCII, or any unicode. */
export const keyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: trickyKey },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);

/** Numbers a parser gets wrong: huge, negative, non-finite, past 2^53 and 1e21, epoch-like. */
export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    1e12,
    1e13,
    -1e12,
    1e21,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_SAFE_INTEGER - 2,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    8.64e15,
    8.64e15 + 1,
    253402300800,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ),
  fc.double(),
  fc.integer(),
);

/** Strings a parser gets wrong: numeric-looking, date-looking, absent-looking, unicode, long. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "null",
    "NULL",
    "undefined",
    "true",
    "false",
    "1",
    "0",
    "-1",
    "-0",
    "1e400",
    "-1e400",
    "99999999999999999999999",
    "1771935315",
    "1634720920615",
    "99999999999999999",
    "2021-02-30T08:54:30.000Z",
    "2026-01-06T10:17:25.618Z",
    "2026-02-24 17:15:15",
    "+0312341234",
    "+61312341234",
    "00441234567890",
    "{caller}",
    "{{caller}}",
    "NaN",
    "Infinity",
    '{"a":1}',
    "[1,2]",
    "{",
    "\ufeff{}",
    "\u0000",
    "%E2%82",
    "a=1&b=2",
    SECRET,
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.stringMatching(/^[+-]?\d{1,25}(\.\d{0,5})?$/),
);

/** Nests a value `depth` levels deep in arrays or objects. */
export function nest(depth: number, leaf: unknown, asObject: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

/** A value of any JSON type, sometimes deeply nested or a prototype-polluting object. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 3, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 2, max: 300 }), fc.boolean(), nastyString)
      .map(([depth, asObject, leaf]) => nest(depth, leaf, asObject)),
  },
  {
    weight: 1,
    arbitrary: fc.constant(null).map(() => JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":1}}')),
  },
);

/** Values only a pre-parsed object can carry: not JSON at all. */
const nonJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.bigInt(),
  fc.constant(Symbol("x")),
  fc.constant(() => "function"),
  fc.date({ noInvalidDate: false }),
  fc.constant(new Map([["a", 1]])),
  fc.constant(new Uint8Array([1, 2, 3])),
  fc.constant(Object.create(null) as object),
  fc.constant(new (class Hostile {})()),
);

/** A record of keys to values, `__proto__` keys set as own properties. */
export const hostileRecord = (withNonJson: boolean): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .array(fc.tuple(keyArb, withNonJson ? fc.oneof(hostileValue, nonJsonValue) : hostileValue), { maxLength: 12 })
    .map((entries) => {
      const record: Record<string, unknown> = {};
      for (const [key, value] of entries) setOwn(record, key, value);
      return record;
    });

/** Content types: the ones providers send, odd spellings, unsupported ones, and garbage. */
export const contentTypeArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      "application/json",
      "application/json; charset=utf-8",
      "APPLICATION/JSON",
      "application/vnd.api+json",
      "text/json",
      "application/x-www-form-urlencoded",
      "Application/X-WWW-Form-URLEncoded; charset=UTF-8",
      "text/plain",
      "text/plain;charset=utf-8",
      "application/octet-stream",
      "",
      " ; ",
      ";",
      "application/xml",
      "multipart/form-data; boundary=x",
      "text/html",
      null,
      undefined,
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant({}), fc.constant([]), fc.boolean()) },
);

const queryArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 60 }),
  fc.constantFrom("?event=call_end&id=1", "__proto__[polluted]=1&constructor[prototype][polluted]=1", "?", "&&="),
  // formValue, not String(): String() throws on a null-prototype object, which fc.jsonValue can build.
  hostileRecord(false).map((record) => new URLSearchParams(Object.entries(record).map(([k, v]) => [k, formValue(v)]))),
  hostileRecord(false),
  fc.dictionary(keyArb, fc.array(fc.oneof(fc.string(), fc.constant(undefined)), { maxLength: 3 })),
  fc.oneof(fc.integer(), fc.constant(null), fc.constant([]), fc.boolean()),
);

/** Options: valid ones, out-of-range ones, and values of the wrong type. */
export const optionsArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string()) },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        provider: fc.oneof(
          fc.constantFrom(...PROVIDER_IDS),
          fc.constantFrom("TELECMI", "twilio", "__proto__"),
          fc.string(),
        ),
        event: fc.oneof(
          fc.constantFrom("call_end", "call_start", "to_call_answer", "CALL_END", "nope", ""),
          fc.string(),
          fc.integer(),
        ),
        query: queryArb,
        defaultCountry: fc.oneof(fc.constantFrom("AU", "in", "US", "XX", "", "__proto__"), fc.string(), fc.integer()),
        maxBodyBytes: fc.oneof(
          fc.constantFrom(0, 1, 64, 1024, 1_048_576, -1, Number.NaN, Number.POSITIVE_INFINITY),
          fc.integer(),
          fc.double(),
          fc.string(),
        ),
        maxFields: fc.oneof(fc.constantFrom(0, 1, 2, 5, 1000, -1, Number.NaN, Number.POSITIVE_INFINITY), fc.string()),
        maxDepth: fc.oneof(fc.constantFrom(0, 1, 2, 3, 64, -1, Number.NaN, Number.POSITIVE_INFINITY), fc.string()),
      },
      { requiredKeys: [] },
    ),
  },
);

// ---------------------------------------------------------------------------------------------------------
// Arbitrary inputs

const textEncoder = new TextEncoder();

/** A form string: keys and values (prototype and bracket keys included) with any encoding. */
export const formStringArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(keyArb, fc.oneof(nastyString, fc.constant(""))), { maxLength: 10 }),
    fc.constantFrom("encoded", "&", "&&"),
  )
  .map(([entries, joiner]) =>
    joiner === "encoded"
      ? new URLSearchParams(entries).toString()
      : entries.map(([key, value]) => (value === "" ? key : `${key}=${value}`)).join(joiner),
  );

/** A body of any kind: strings, bytes, JSON text, form text, parsed objects, and things that are none. */
export const arbitraryBody: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.uint8Array({ maxLength: 300 }),
  fc.uint8Array({ maxLength: 100 }).map((bytes) => bytes.buffer as ArrayBuffer),
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 4 }),
  formStringArb,
  formStringArb.map((text) => new URLSearchParams(text)),
  hostileRecord(true),
  hostileRecord(false).map((record) => JSON.stringify(record)),
  hostileRecord(false).map((record) => textEncoder.encode(JSON.stringify(record))),
  fc.constantFrom(null, undefined, 0, true, [], new Date(), new Map(), Symbol("body"), () => 1, Number.NaN),
  fc
    .tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom("[", '{"a":', '{"__proto__":'))
    .map(([depth, open]) => open.repeat(depth)),
);

/** Any delivery: an arbitrary body, content type and options. */
export const arbitraryDelivery: fc.Arbitrary<Delivery> = fc
  .record({ body: arbitraryBody, contentType: contentTypeArb, options: optionsArb })
  .map((delivery) => delivery);

// ---------------------------------------------------------------------------------------------------------
// Structure-aware mutations of the fixtures

/** One edit of a fixture's record. */
export type Mutation =
  | { readonly kind: "drop"; readonly pick: number }
  | { readonly kind: "retype"; readonly pick: number; readonly value: unknown }
  | { readonly kind: "recase"; readonly pick: number; readonly casing: "upper" | "lower" | "flip" | "title" }
  | { readonly kind: "add"; readonly key: string; readonly value: unknown }
  | { readonly kind: "unicode"; readonly pick: number; readonly value: string }
  | { readonly kind: "number"; readonly pick: number; readonly value: number | string }
  | { readonly kind: "deep"; readonly pick: number; readonly depth: number; readonly asObject: boolean };

const pick = fc.nat();

/** Any edit. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), pick }),
  fc.record({ kind: fc.constant("retype" as const), pick, value: hostileValue }),
  fc.record({ kind: fc.constant("recase" as const), pick, casing: fc.constantFrom("upper", "lower", "flip", "title") }),
  fc.record({ kind: fc.constant("add" as const), key: keyArb, value: hostileValue }),
  fc.record({
    kind: fc.constant("unicode" as const),
    pick,
    value: fc.oneof(fc.string({ unit: "grapheme", maxLength: 20 }), fc.string({ unit: "binary", maxLength: 20 })),
  }),
  fc.record({ kind: fc.constant("number" as const), pick, value: fc.oneof(nastyNumber, nastyString) }),
  fc.record({
    kind: fc.constant("deep" as const),
    pick,
    depth: fc.integer({ min: 2, max: 1500 }),
    asObject: fc.boolean(),
  }),
);

/** Changes a key's case. */
export function recase(key: string, casing: "upper" | "lower" | "flip" | "title"): string {
  switch (casing) {
    case "upper":
      return key.toUpperCase();
    case "lower":
      return key.toLowerCase();
    case "title":
      return key.charAt(0).toUpperCase() + key.slice(1);
    default:
      return [...key].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join("");
  }
}

/** The records a mutation can reach: the top level and nested plain objects (8x8's `payload`, `callA`, …). */
function objectsOf(record: Record<string, unknown>): Record<string, unknown>[] {
  const found = [record];
  for (let i = 0; i < found.length && found.length < 20; i++) {
    const current = found[i] as Record<string, unknown>;
    for (const key of Object.keys(current)) {
      const value = current[key];
      if (typeof value === "object" && value !== null && !Array.isArray(value)) {
        found.push(value as Record<string, unknown>);
      }
    }
  }
  return found;
}

/** Renames a key in place, keeping its position among the keys. */
function renameKey(target: Record<string, unknown>, from: string, to: string): void {
  const entries = Object.keys(target).map((key) => [key === from ? to : key, target[key]] as const);
  for (const key of Object.keys(target)) delete target[key];
  for (const [key, value] of entries) setOwn(target, key, value);
}

/** Applies edits to a deep copy of a record. */
export function applyMutations(
  record: Readonly<Record<string, unknown>>,
  mutations: readonly Mutation[],
): Record<string, unknown> {
  const copy = deepCopy(record) as Record<string, unknown>;
  for (const mutation of mutations) {
    if (mutation.kind === "add") {
      setOwn(copy, mutation.key, mutation.value);
      continue;
    }
    const objects = objectsOf(copy);
    const target = objects[mutation.pick % objects.length] as Record<string, unknown>;
    const keys = Object.keys(target);
    if (keys.length === 0) continue;
    const key = keys[Math.floor(mutation.pick / objects.length) % keys.length] as string;
    switch (mutation.kind) {
      case "drop":
        delete target[key];
        break;
      case "retype":
      case "unicode":
      case "number":
        setOwn(target, key, mutation.value);
        break;
      case "recase":
        renameKey(target, key, recase(key, mutation.casing));
        break;
      case "deep":
        // The leaf is the old value unless that is already a structure (edits never nest twice).
        setOwn(target, key, nest(mutation.depth, leafOf(target[key]), mutation.asObject));
        break;
    }
  }
  return copy;
}

function leafOf(value: unknown): unknown {
  return typeof value === "object" && value !== null ? "nested" : value;
}

function deepCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(deepCopy);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(out, key, deepCopy((value as Record<string, unknown>)[key]));
    return out;
  }
  return value;
}

/** How a mutated record is delivered. */
export type Transport =
  | "json-text"
  | "json-bytes"
  | "json-sniffed"
  | "object"
  | "form-text"
  | "search-params"
  | "query";

const TRANSPORTS: readonly Transport[] = [
  "json-text",
  "json-bytes",
  "json-sniffed",
  "object",
  "form-text",
  "search-params",
  "query",
];

/** A value as a form carries it: text as it is, an object (a null-prototype one too) as JSON. */
export function formValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null) return JSON.stringify(value) ?? "";
  return String(value);
}

/** The keys of a record that JSON text carries (undefined values are not sent). */
function jsonKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
}

/** Turns a record into a delivery over one transport. */
export function deliver(record: Record<string, unknown>, transport: Transport, options: ParseOptions = {}): Delivery {
  switch (transport) {
    case "json-text":
      return { body: JSON.stringify(record), contentType: "application/json", options, sentKeys: jsonKeys(record) };
    case "json-bytes":
      return {
        body: textEncoder.encode(JSON.stringify(record)),
        contentType: "application/json; charset=utf-8",
        options,
        sentKeys: jsonKeys(record),
      };
    case "json-sniffed":
      return { body: JSON.stringify(record), contentType: null, options, sentKeys: jsonKeys(record) };
    case "object":
      return { body: record, contentType: "application/json", options, sentKeys: jsonKeys(record) };
    case "form-text":
    case "search-params":
    case "query": {
      const params = new URLSearchParams();
      for (const key of Object.keys(record)) params.append(key, formValue(record[key]));
      const sentKeys = [...new Set(params.keys())];
      if (transport === "form-text") {
        return { body: params.toString(), contentType: "application/x-www-form-urlencoded", options, sentKeys };
      }
      if (transport === "search-params") return { body: params, contentType: null, options, sentKeys };
      return { body: null, contentType: null, options: { ...options, query: params.toString() }, sentKeys };
    }
  }
}

/** A transport that suits a fixture's format (JSON fixtures also go as forms: nested values as JSON text). */
export const transportArb = (format: FixtureCase["format"]): fc.Arbitrary<Transport> =>
  format === "json"
    ? fc.constantFrom(...TRANSPORTS)
    : fc.constantFrom("form-text", "search-params", "query", "object", "json-text");

/** A fixture, mutated by one to four edits, delivered over a suitable transport. */
export const mutatedFixtureDelivery: fc.Arbitrary<Delivery & { fixture: string }> = fc
  .constantFrom(...FIXTURES)
  .chain((fixture) =>
    fc
      .tuple(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), transportArb(fixture.format))
      .map(([mutations, transport]) => ({
        ...deliver(applyMutations(fixture.record, mutations), transport, fixture.options),
        fixture: `${fixture.provider}/${fixture.name}`,
      })),
  );

/** A fixture with unknown keys added (never a key any provider reads). */
export const unknownKeysArb: fc.Arbitrary<[string, unknown][]> = fc.array(
  fc.tuple(
    fc.string({ maxLength: 10 }).map((suffix) => `x_callhooks_extra_${suffix}`),
    fc.oneof(nastyString, fc.jsonValue({ maxDepth: 3 })),
  ),
  { minLength: 1, maxLength: 6 },
);

// ---------------------------------------------------------------------------------------------------------
// Checks

const E164 = /^\+[1-9]\d{6,14}$/;
const TYPES = new Set(["call.initiated", "call.ringing", "call.answered", "call.ended", "call.dtmf"]);
const OUTCOMES = new Set(["completed", "missed", "busy", "rejected", "failed", "canceled", "unknown"]);
const CODES = new Set([
  "unsupported_content_type",
  "malformed_body",
  "body_too_large",
  "too_many_fields",
  "body_timeout",
  "unknown_provider",
  "unsupported_event",
  "invalid_payload",
]);
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(",");

const isDateOrNull = (value: unknown): boolean =>
  value === null || (value instanceof Date && Number.isFinite(value.getTime()));

function checkPhone(name: string, value: unknown, problems: string[]): void {
  if (value === null) return;
  const phone = value as { raw?: unknown; e164?: unknown };
  if (typeof phone !== "object" || typeof phone.raw !== "string") problems.push(`${name} is not a PhoneNumber`);
  else if (phone.e164 !== null && !(typeof phone.e164 === "string" && E164.test(phone.e164))) {
    problems.push(`${name}.e164 ${JSON.stringify(phone.e164)} is not E.164`);
  }
}

/**
 * Lists what is wrong with a result: its shape, and on an `ok` result the invariants (valid dates, a finite
 * non-negative duration, E.164 numbers, every key sent kept in `raw`), and that nothing reached
 * `Object.prototype`.
 *
 * @param result What parseCallback returned.
 * @param delivery The delivery.
 * @returns The violations; empty when the result is well-formed.
 */
export function violations(result: ParseResult, delivery: Delivery): string[] {
  const problems: string[] = [];
  if (Object.getOwnPropertyNames(Object.prototype).sort().join(",") !== PROTOTYPE_KEYS) {
    problems.push("Object.prototype gained a key");
  }
  if (({} as Record<string, unknown>).polluted !== undefined) problems.push("Object.prototype is polluted");
  if (typeof result !== "object" || result === null || typeof result.ok !== "boolean") {
    return [...problems, "the result is not { ok, … }"];
  }
  if (!result.ok) {
    const { error } = result;
    if (!CODES.has(error.code)) problems.push(`unknown error code ${String(error.code)}`);
    if (typeof error.message !== "string" || error.message.length < 10) problems.push("the message is missing");
    else {
      if (error.message.length > 1000) problems.push(`the message is ${error.message.length} characters long`);
      if (error.message.includes(SECRET.slice(0, 48))) problems.push("the message echoes a long input value");
    }
    if (error.provider !== undefined && !PROVIDER_IDS.includes(error.provider)) problems.push("unknown error provider");
    if (error.issues !== undefined) {
      if (error.code !== "invalid_payload") problems.push(`issues on a ${error.code} error`);
      for (const issue of error.issues) {
        if (!Array.isArray(issue.path) || typeof issue.message !== "string") problems.push("a malformed issue");
      }
    }
    return problems;
  }
  const event = result.event as unknown as Record<string, unknown>;
  if (!PROVIDER_IDS.includes(event.provider as ProviderId)) problems.push(`unknown provider ${String(event.provider)}`);
  if (!TYPES.has(event.type as string)) problems.push(`unknown type ${String(event.type)}`);
  if (typeof event.id !== "string" || !event.id.startsWith(`${String(event.provider)}:`)) problems.push("a bad id");
  if (typeof event.callId !== "string") problems.push("callId is not a string");
  if (event.sessionId !== null && typeof event.sessionId !== "string") problems.push("a bad sessionId");
  if (!["a", "b", null].includes(event.leg as string)) problems.push(`a bad leg ${String(event.leg)}`);
  if (!["inbound", "outbound", null].includes(event.direction as string)) problems.push("a bad direction");
  for (const name of ["from", "to", "virtualNumber"]) checkPhone(name, event[name], problems);
  if (!isDateOrNull(event.occurredAt)) problems.push("occurredAt is not a valid date or null");
  if (event.type === "call.ended") {
    if (!OUTCOMES.has(event.outcome as string)) problems.push(`a bad outcome ${String(event.outcome)}`);
    const duration = event.durationSec;
    if (duration !== null && !(typeof duration === "number" && Number.isFinite(duration) && duration >= 0)) {
      problems.push(`durationSec ${String(duration)} is not finite and ≥ 0`);
    }
    for (const name of ["startedAt", "answeredAt", "endedAt"]) {
      if (!isDateOrNull(event[name])) problems.push(`${name} is not a valid date or null`);
    }
    if (event.hangupCause !== null && typeof event.hangupCause !== "string") problems.push("a bad hangupCause");
    const recording = event.recording as { url?: unknown; filename?: unknown } | null;
    if (
      recording !== null &&
      (typeof recording !== "object" ||
        (recording.url !== null && typeof recording.url !== "string") ||
        (recording.filename !== null && typeof recording.filename !== "string"))
    ) {
      problems.push("a bad recording");
    }
  }
  if (event.type === "call.dtmf" && typeof event.digits !== "string") problems.push("digits is not a string");
  const raw = event.raw as Record<string, unknown>;
  if (typeof raw !== "object" || raw === null || Object.getPrototypeOf(raw) !== Object.prototype) {
    problems.push("raw is not a plain object");
  } else {
    for (const key of FORBIDDEN) if (Object.hasOwn(raw, key)) problems.push(`raw has an own ${key} key`);
    if (delivery.sentKeys !== undefined) {
      const kept = new Set(Object.keys(raw).map((key) => key.toLowerCase()));
      for (const key of delivery.sentKeys) {
        if (!FORBIDDEN.has(key) && !kept.has(key.toLowerCase()))
          problems.push(`raw lost the key ${JSON.stringify(key)}`);
      }
    }
  }
  return problems;
}

/** A short, printable description of a delivery for a failure report. */
export function describeDelivery(delivery: Delivery): string {
  const show = (value: unknown): string => {
    if (typeof value === "string") return JSON.stringify(value.slice(0, 300));
    if (value instanceof Uint8Array)
      return `Uint8Array(${value.length}) ${JSON.stringify(new TextDecoder().decode(value.slice(0, 200)))}`;
    try {
      return (fc.stringify(value) ?? "undefined").slice(0, 400);
    } catch {
      return Object.prototype.toString.call(value);
    }
  };
  return `body ${show(delivery.body)}, contentType ${show(delivery.contentType)}, options ${show(delivery.options)}`;
}

/** Calls a function with a delivery's parts. */
export function call<T>(
  fn: (body: CallbackBody, contentType?: string | null, options?: ParseOptions) => T,
  delivery: Delivery,
): T {
  return fn(delivery.body as CallbackBody, delivery.contentType as string, delivery.options as ParseOptions);
}
