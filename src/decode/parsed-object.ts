import { type CallbackError, callbackError } from "../errors.js";
import { thrownName } from "../excerpt.js";
import { createFields, type Fields, type FieldsResult, isPlainObject, isSafeKey } from "./fields.js";
import { type Limits, sizeCap, tooDeep, tooManyFields } from "./limits.js";

/** Thrown inside a walk to end it with an error value; caught by the walk's entry point. */
class Refusal {
  constructor(readonly result: { ok: false; error: CallbackError }) {}
}

/** One walk's limits and what it has counted so far. */
class Walk {
  fields = 0;
  size = 0;
  /** The objects and arrays on the path from the top to the current one: a cycle comes back to one of them. */
  readonly path: object[] = [];
  readonly #maxSize: number;
  constructor(
    readonly limits: Limits,
    readonly where: "body" | "query",
  ) {
    this.#maxSize = sizeCap(where, limits);
  }

  /** Counts one field (a key or an array item) and the characters of its key. */
  field(keyLength: number): void {
    if (++this.fields > this.limits.maxFields) throw new Refusal(tooManyFields(this.where, this.limits.maxFields));
    this.text(keyLength);
  }

  /** Counts the characters of a key or a string: a parsed body is held to the byte cap its text would be. */
  text(length: number): void {
    this.size += length;
    if (this.size > this.#maxSize) {
      throw new Refusal({
        ok: false,
        error: callbackError(
          "body_too_large",
          `The parsed ${this.where} holds more than ${this.#maxSize} characters of keys and text, over the size limit. Raise options.maxBodyBytes if this provider really sends such bodies.`,
        ),
      });
    }
  }

  /** Enters an object or array one level down, refusing a cycle and nesting past the limit. */
  enter(value: object, depth: number): void {
    if (depth > this.limits.maxDepth) throw new Refusal(tooDeep(this.where, this.limits.maxDepth));
    if (this.path.includes(value)) {
      throw new Refusal({
        ok: false,
        error: callbackError(
          "malformed_body",
          `The parsed ${this.where} refers to itself (a circular object), which no decoded payload does. Pass the object your framework parsed, or the raw body.`,
        ),
      });
    }
    this.path.push(value);
  }
}

/** Runs a walk, turning a refusal or anything a Proxy or getter throws into an error value. */
function run(where: "body" | "query", walk: () => Fields): FieldsResult {
  try {
    return { ok: true, fields: walk() };
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    return {
      ok: false,
      error: callbackError(
        "malformed_body",
        `The parsed ${where} could not be read (${thrownName(error, "a value was thrown")}: a getter or Proxy failed). Pass the object your framework parsed, or the raw body.`,
      ),
    };
  }
}

/** Copies a value: plain objects and arrays deeply (forbidden keys dropped), anything else as it is. */
function copyValue(value: unknown, depth: number, walk: Walk): unknown {
  if (typeof value === "string") {
    walk.text(value.length);
    return value;
  }
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    walk.enter(value, depth);
    const length = value.length;
    const copy: unknown[] = [];
    for (let index = 0; index < length; index++) {
      walk.field(0);
      copy.push(copyValue(value[index], depth + 1, walk));
    }
    walk.path.pop();
    return copy;
  }
  // A Date, a Map, a class instance: nothing a JSON or form parser builds; kept as it is, not walked.
  if (!isPlainObject(value)) return value;
  walk.enter(value, depth);
  const copy = copyEntries(value, createFields(), depth, walk);
  walk.path.pop();
  return copy;
}

function copyEntries(source: Record<string, unknown>, target: Fields, depth: number, walk: Walk): Fields {
  for (const key of Object.keys(source)) {
    walk.field(key.length);
    if (isSafeKey(key)) target[key] = copyValue(source[key], depth + 1, walk);
  }
  return target;
}

/**
 * Copies an object a framework parsed (`express.json()`, Fastify's parser) under the same policy as a body
 * callhooks decodes: `__proto__`, `constructor` and `prototype` keys are dropped at every depth, and the depth,
 * field and size limits apply (the size counted as the characters of its keys and text). Each value is read
 * once. A circular object, a Proxy or a getter that throws is an error value, never a throw.
 *
 * @param source The parsed object.
 * @param where What it is, for the error message.
 * @param limits The limits.
 * @returns The copied fields, or the error.
 * @example
 * ```ts
 * copyParsedObject(JSON.parse('{"a":{"__proto__":{"x":1},"b":1}}'), "body", DEFAULT_LIMITS);
 * //=> { ok: true, fields: { a: { b: 1 } } }
 * ```
 */
export function copyParsedObject(
  source: Record<string, unknown>,
  where: "body" | "query",
  limits: Limits,
): FieldsResult {
  return run(where, () => {
    const walk = new Walk(limits, where);
    walk.enter(source, 1);
    return copyEntries(source, createFields(), 1, walk);
  });
}

/** Adds a form value under its flat key: an array gives its last item, an object its bracket keys. */
function addFlat(target: Fields, key: string, value: unknown, depth: number, walk: Walk): void {
  if (Array.isArray(value)) {
    walk.enter(value, depth);
    const length = value.length;
    // A repeated key (`a=1&a=2` → ["1", "2"]): the last value wins, as everywhere else.
    if (length > 0) {
      walk.field(0);
      addFlat(target, key, value[length - 1], depth + 1, walk);
    }
    walk.path.pop();
  } else if (typeof value === "object" && value !== null && isPlainObject(value)) {
    walk.enter(value, depth);
    for (const sub of Object.keys(value)) {
      // The flat key's length is counted before it is built: nesting cannot make the copy larger than the cap.
      walk.field(key.length + sub.length + 2);
      if (isSafeKey(sub)) addFlat(target, `${key}[${sub}]`, value[sub], depth + 1, walk);
    }
    walk.path.pop();
  } else if (value !== undefined) {
    if (typeof value === "string") walk.text(value.length);
    target[key] = value;
  }
}

/**
 * Turns a form or query object a framework parsed back into the flat fields that were sent, under the same
 * policy as `copyParsedObject`: `qs` (`express.urlencoded({ extended: true })`, Express's `req.query`) nests
 * `a[b]=1` as `{ a: { b: "1" } }`, read as `{ "a[b]": "1" }` again; a repeated key (an array) keeps its last
 * value. A forbidden key is dropped at any depth, with what it holds (as `qs` itself drops it).
 *
 * @param source The parsed form or query.
 * @param where What it is, for the error message.
 * @param limits The limits.
 * @returns The flat fields, or the error.
 * @example
 * ```ts
 * flattenParsedForm({ a: { b: "1" }, c: ["2", "3"] }, "body", DEFAULT_LIMITS);
 * //=> { ok: true, fields: { "a[b]": "1", c: "3" } }
 * ```
 */
export function flattenParsedForm(
  source: Record<string, unknown>,
  where: "body" | "query",
  limits: Limits,
): FieldsResult {
  return run(where, () => {
    const walk = new Walk(limits, where);
    walk.enter(source, 1);
    const target = createFields();
    for (const key of Object.keys(source)) {
      walk.field(key.length);
      if (isSafeKey(key)) addFlat(target, key, source[key], 2, walk);
    }
    return target;
  });
}

/**
 * Copies `URLSearchParams` into fields under the limits. A repeated key keeps its last value, as JSON.parse does.
 *
 * @param params The parameters.
 * @param where What they are, for the error message.
 * @param limits The limits.
 * @returns The fields, forbidden keys left out, or the error.
 * @example
 * ```ts
 * searchParamsToFields(new URLSearchParams("a=1&a=2&b"), "body", DEFAULT_LIMITS);
 * //=> { ok: true, fields: { a: "2", b: "" } }
 * ```
 */
export function searchParamsToFields(params: URLSearchParams, where: "body" | "query", limits: Limits): FieldsResult {
  return run(where, () => {
    const walk = new Walk(limits, where);
    const fields = createFields();
    // An iterator, not forEach: it stops at the limit, whatever the number of pairs.
    for (const [key, value] of params) {
      walk.field(key.length);
      walk.text(value.length);
      if (isSafeKey(key)) fields[key] = value;
    }
    return fields;
  });
}
