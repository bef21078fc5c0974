import { DEFAULT_MAX_DEPTH } from "../options.js";
import { isSafeKey } from "./fields.js";

/**
 * The default deepest nesting of a delivery (`options.maxDepth`). Providers send three or four levels (8x8's
 * `payload.callA`); anything far deeper is hostile, and a value that deep would overflow the stack of
 * whatever later walks `event.raw` recursively (`JSON.stringify`, `structuredClone`, a deep-equal).
 */
export const MAX_NESTING = DEFAULT_MAX_DEPTH;

/**
 * What a walk of parsed JSON found: nothing past the limits, nesting past the depth limit, or more fields than
 * the field limit.
 *
 * @example
 * ```ts
 * const found: Inspection = sanitizeParsed(JSON.parse("[[1]]"), 1);
 * //=> "too_deep"
 * ```
 */
export type Inspection = "ok" | "too_deep" | "too_many_fields";

/** Adds a child to the next level, which is made on its first child. */
function withChild(next: object[] | undefined, child: object): object[] {
  if (next === undefined) return [child];
  next.push(child);
  return next;
}

/** The last level: shared, never written to. */
const NO_LEVEL: readonly object[] = [];

/**
 * Walks what JSON.parse built, level by level (no recursion, so 100,000 levels cost no stack): deletes every
 * `__proto__`, `constructor` and `prototype` key (however the text spelled it, escapes included) at every depth,
 * and tells whether it nests objects or arrays more than `maxDepth` levels deep or holds more than `maxFields`
 * keys and array items in all. The value must be JSON.parse's own (it is changed in place): JSON.parse makes
 * `__proto__` an own key, never the prototype, so deleting it is safe.
 *
 * Hint: deleting in the same walk replaces a second JSON.parse with a reviver (measured 5–30× a plain parse, and
 * growing faster than the text on a body full of forbidden keys: npm run bench:hostile). Looking at the parsed
 * objects costs a callback's dozen keys a few checks, where searching the text for the substrings that could
 * spell a forbidden key costs a scan of every character, three times.
 *
 * @param value The parsed value.
 * @param maxDepth The most levels allowed.
 * @param maxFields The most keys and array items allowed, at every depth together (forbidden keys count).
 * @returns `too_deep` or `too_many_fields` as soon as a limit is passed (the value then half-walked), else `ok`.
 * @example
 * ```ts
 * const value = JSON.parse('{"a":{"__proto__":{"x":1},"b":1}}');
 * sanitizeParsed(value, 64);
 * //=> "ok", and value is { a: { b: 1 } }
 * ```
 */
export function sanitizeParsed(value: unknown, maxDepth: number, maxFields = Number.POSITIVE_INFINITY): Inspection {
  if (typeof value !== "object" || value === null) return "ok";
  let fields = 0;
  let level: readonly object[] = [value];
  for (let depth = 1; level.length > 0; depth++) {
    if (depth > maxDepth) return "too_deep";
    // Allocated only when this level holds an object or an array: a flat callback allocates none.
    let next: object[] | undefined;
    for (let index = 0; index < level.length; index++) {
      const item = level[index] as object;
      if (Array.isArray(item)) {
        fields += item.length;
        if (fields > maxFields) return "too_many_fields";
        for (let at = 0; at < item.length; at++) {
          const child: unknown = item[at];
          if (typeof child === "object" && child !== null) next = withChild(next, child);
        }
        continue;
      }
      // for…in over parsed JSON reads V8's cached key list and loads each value by its slot: about half the cost
      // of Object.values plus three lookups. (It would also list inherited enumerable keys, which JSON.parse's
      // objects only have if Object.prototype was given some: deleting an own key of that name is harmless.)
      // Deleting the key being visited is allowed in for…in.
      for (const key in item) {
        if (++fields > maxFields) return "too_many_fields";
        if (!isSafeKey(key)) {
          delete (item as Record<string, unknown>)[key];
          continue;
        }
        const child: unknown = (item as Record<string, unknown>)[key];
        if (typeof child === "object" && child !== null) next = withChild(next, child);
      }
    }
    level = next ?? NO_LEVEL;
  }
  return "ok";
}
