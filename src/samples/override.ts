import { quoteLeadingZeroNumbers } from "../decode/json.js";
import type { SampleDelivery, SampleError, SampleOverrides, SampleResult, SampleValue } from "./sample-delivery.js";

// A path segment that would reach an object's prototype instead of a field of the payload.
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
const INDEX = /^\d+$/;

type Json = SampleValue | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

const invalid = (message: string): { readonly ok: false; readonly error: SampleError } => ({
  ok: false,
  error: { code: "invalid_override", message },
});

const isContainer = (value: unknown): value is Container => typeof value === "object" && value !== null;

/**
 * What `overrideDelivery` edits: a sample, or a delivery read from a file by the CLI.
 *
 * @example
 * ```ts
 * const file: OverridableDelivery = { name: "call.json", method: "POST", contentType: "application/json", body: "{}", query: "" };
 * ```
 */
export type OverridableDelivery = Pick<SampleDelivery, "name" | "method" | "contentType" | "body" | "query">;

/** Whether the delivery's fields are form or query parameters (else a JSON body). */
function isParams(delivery: OverridableDelivery): boolean {
  if (delivery.method === "GET" || delivery.body === null) return true;
  const type = delivery.contentType?.toLowerCase() ?? "";
  if (type.includes("json")) return false;
  if (type.includes("x-www-form-urlencoded")) return true;
  const start = delivery.body.trimStart()[0];
  return start !== "{" && start !== "[";
}

/** The decoded name of a `name=value` pair (`+` is a space), or its text when it is not valid percent-encoding. */
function nameOf(pair: string): string {
  const equals = pair.indexOf("=");
  const name = equals === -1 ? pair : pair.slice(0, equals);
  try {
    return decodeURIComponent(name.replaceAll("+", " "));
  } catch {
    return name;
  }
}

/**
 * Sets, adds or removes parameters of a form body or query. Pairs left alone keep their bytes (their encoding,
 * a raw space), so the delivery stays what the provider sent but for the fields named.
 */
function overrideParams(text: string, overrides: SampleOverrides): string {
  let pairs = text === "" ? [] : text.split("&");
  for (const [name, value] of Object.entries(overrides)) {
    const pair = value === undefined ? null : new URLSearchParams([[name, value === null ? "" : String(value)]]);
    const at = pairs.findIndex((part) => nameOf(part) === name);
    // Every other pair of that name goes: a parameter sent twice would leave it to the reader which one counts.
    pairs = pairs.filter((part, index) => index === at || nameOf(part) !== name);
    if (pair === null) pairs = pairs.filter((_, index) => index !== at);
    else if (at === -1) pairs.push(pair.toString());
    else pairs[at] = pair.toString();
  }
  return pairs.join("&");
}

/** Sets or removes one dotted path of a JSON value; a string saying why when it cannot. */
function setPath(root: Json, path: string, value: SampleValue | undefined): string | undefined {
  const segments = path.split(".");
  let node: Json = root;
  for (const [index, segment] of segments.entries()) {
    if (FORBIDDEN.has(segment)) return `"${path}" names ${segment}, which is no field of a payload`;
    if (!isContainer(node)) {
      const where = index === 0 ? "the body" : `"${segments.slice(0, index).join(".")}"`;
      return `${where} is not an object, so "${path}" cannot be set`;
    }
    const last = index === segments.length - 1;
    if (Array.isArray(node)) {
      const item = Number(segment);
      if (!INDEX.test(segment) || item > node.length) {
        return `"${segments.slice(0, index).join(".")}" is a list of ${node.length}: "${segment}" is no index of it`;
      }
      if (last) {
        if (value === undefined) node.splice(item, 1);
        else node[item] = value;
        return undefined;
      }
      node[item] ??= {};
      node = node[item] as Json;
      continue;
    }
    if (last) {
      if (value === undefined) delete node[segment];
      else node[segment] = value;
      return undefined;
    }
    // A missing object on the way is created, as a provider that sent the field would have nested it.
    if (node[segment] === undefined && value !== undefined) node[segment] = {};
    if (node[segment] === undefined) return undefined;
    node = node[segment] as Json;
  }
  return undefined;
}

/** The body's JSON value, or `undefined` when it is not JSON. */
function readJson(body: string): Json | undefined {
  try {
    // TeleCMI documents numbers with a leading zero (`04471000000`), which JSON.parse refuses: read as callhooks does.
    return JSON.parse(quoteLeadingZeroNumbers(body) ?? body) as Json;
  } catch {
    return undefined;
  }
}

function overrideJson(body: string, overrides: SampleOverrides): string | { readonly problem: string } {
  const root = readJson(body);
  if (root === undefined) return { problem: "the body is not JSON, so its fields cannot be set by path" };
  for (const [path, value] of Object.entries(overrides)) {
    const problem = setPath(root, path, value);
    if (problem !== undefined) return { problem };
  }
  // Written back as it was laid out: indented when it was on several lines.
  return JSON.stringify(root, null, body.includes("\n") ? 2 : undefined);
}

/**
 * Sets fields of a delivery in the provider's own shape, so that it stays a real-shaped delivery: a dotted path into
 * a JSON body (`payload.callId`; a number indexes a list: `legs.0.status`), or a parameter of a form body or a GET
 * query (every other value of that name is dropped; the other parameters keep their bytes). A missing field is added
 * (and the objects on its path); `undefined` removes one. A JSON body with overrides is written again by
 * `JSON.stringify` (indented when it was).
 *
 * @param sample The delivery, e.g. from `get` or `list`.
 * @param overrides The fields to set.
 * @returns `{ ok: true, delivery }` (a new object: the sample is not changed), or `invalid_override` naming the field
 *   that cannot be set (a path through a text or number, `__proto__`, a JSON body that is not JSON). Never throws.
 * @example
 * ```ts
 * import * as samples from "callhooks/samples";
 * const sample = samples.get("wavecell/call-status-call-connected.json");
 * if (sample) samples.override(sample, { "payload.callId": "my-call-1" });
 * //=> { ok: true, delivery: { …, body: '{\n  "namespace": "VOICE", … "callId": "my-call-1", … }' } }
 * ```
 */
export function override(sample: SampleDelivery, overrides: SampleOverrides): SampleResult {
  return overrideDelivery(sample, overrides);
}

/**
 * `override` for any delivery of that shape (the CLI's `--set` on a file).
 *
 * @param delivery The delivery.
 * @param overrides The fields to set.
 * @returns A new delivery of the same type, or `invalid_override`.
 * @example
 * ```ts
 * overrideDelivery(fileDelivery, { callId: "my-call" });
 * ```
 */
export function overrideDelivery<D extends OverridableDelivery>(
  delivery: D,
  overrides: SampleOverrides,
): { readonly ok: true; readonly delivery: D } | { readonly ok: false; readonly error: SampleError } {
  try {
    const entries = Object.entries(overrides);
    if (entries.length === 0) return { ok: true, delivery: { ...delivery } };
    if (isParams(delivery)) {
      return delivery.method === "GET" || delivery.body === null
        ? { ok: true, delivery: { ...delivery, query: overrideParams(delivery.query, overrides) } }
        : { ok: true, delivery: { ...delivery, body: overrideParams(delivery.body, overrides) } };
    }
    const body = overrideJson(delivery.body ?? "", overrides);
    if (typeof body !== "string") return invalid(`Cannot set the fields of ${delivery.name}: ${body.problem}.`);
    return { ok: true, delivery: { ...delivery, body } };
  } catch (error) {
    // A hostile overrides object (a throwing getter, a Proxy): refused, never thrown.
    return invalid(`The overrides could not be read (${error instanceof Error ? error.name : "unknown error"}).`);
  }
}

/**
 * The value a delivery holds at a field `override` would set: a JSON path's value, a parameter's text, or
 * `undefined` when there is none (the CLI gives `--set` values the type of the value they replace).
 *
 * @param delivery The delivery.
 * @param path The dotted JSON path or parameter name.
 * @returns The value.
 * @example
 * ```ts
 * fieldValue(sample, "payload.callStatus");
 * //=> "CALL_CONNECTED"
 * ```
 */
export function fieldValue(delivery: OverridableDelivery, path: string): unknown {
  if (isParams(delivery)) {
    const text = delivery.method === "GET" || delivery.body === null ? delivery.query : delivery.body;
    const pair = text.split("&").find((part) => nameOf(part) === path);
    return pair === undefined ? undefined : new URLSearchParams(pair).values().next().value;
  }
  let node: unknown = readJson(delivery.body ?? "");
  for (const segment of path.split(".")) {
    if (!isContainer(node) || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
