import type { CallbackError } from "../errors.js";

/**
 * A flat record of decoded fields, keyed as sent. It never holds the keys `__proto__`, `constructor` or
 * `prototype`, so no key can reach `Object.prototype`; read it with `Object.hasOwn`, not `in`.
 *
 * @example
 * ```ts
 * const fields: Fields = { cmiuuid: "16132200-…" };
 * ```
 */
export type Fields = Record<string, unknown>;

/**
 * Decoded fields, or why a body could not be decoded.
 *
 * @example
 * ```ts
 * const decoded: FieldsResult = { ok: true, fields: { a: "1" } };
 * ```
 */
export type FieldsResult = { ok: true; fields: Fields } | { ok: false; error: CallbackError };

/**
 * Tells whether a key may be copied out of untrusted input.
 *
 * @param key The key.
 * @returns `false` for `__proto__`, `constructor` and `prototype`: copying them onto an ordinary object would
 *   change its prototype, and a later merge by user code could pollute `Object.prototype`.
 * @example
 * ```ts
 * isSafeKey("__proto__");
 * //=> false
 * ```
 */
export function isSafeKey(key: string): boolean {
  // Plain comparisons: faster than a Set on the hot path, and V8 compares lengths first.
  return key !== "__proto__" && key !== "constructor" && key !== "prototype";
}

/**
 * Creates an empty record. An ordinary object, not `Object.create(null)`: V8 keeps prototype-less objects in
 * slow dictionary mode, and the forbidden keys are never copied in, so the prototype is unreachable.
 *
 * @returns The record.
 * @example
 * ```ts
 * createFields();
 * //=> {}
 * ```
 */
export function createFields(): Fields {
  return {};
}

/**
 * Tells whether a value is a plain object (not an array, a Date, a buffer or a class instance).
 *
 * @param value The value.
 * @returns `true` for `{}` and prototype-less objects.
 * @example
 * ```ts
 * isPlainObject([]);
 * //=> false
 * ```
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  // Another realm's Object.prototype (a vm context, an edge runtime's sandbox) counts too.
  return (
    proto === null ||
    proto === Object.prototype ||
    (proto !== null &&
      Object.getPrototypeOf(proto) === null &&
      Object.prototype.toString.call(value) === "[object Object]")
  );
}
