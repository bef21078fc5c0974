import { DEFAULT_MAX_DEPTH } from "../options.js";
import { isSafeKey } from "./fields.js";

/**
 * The default deepest nesting of a delivery (`options.maxDepth`). Providers send three or four levels (8x8's
 * `payload.callA`); anything far deeper is hostile, and a value that deep would overflow the stack of
 * whatever later walks `event.raw` recursively (`JSON.stringify`, `structuredClone`, a deep-equal).
 */
export const MAX_NESTING = DEFAULT_MAX_DEPTH;

/**
 * What a walk of parsed JSON found: nothing wrong, a forbidden key (`__proto__`, `constructor`, `prototype`,
 * however the text spelled it, escapes included), nesting past the limit, or more fields than the limit.
 *
 * @example
 * ```ts
 * const found: Inspection = inspectParsed(JSON.parse('{"__proto__":1}'), MAX_NESTING);
 * //=> "forbidden_key"
 * ```
 */
export type Inspection = "ok" | "forbidden_key" | "too_deep" | "too_many_fields";

/** Adds a child to the next level, which is made on its first child. */
function withChild(next: object[] | undefined, child: object): object[] {
  if (next === undefined) return [child];
  next.push(child);
  return next;
}

/** The last level: shared, never written to. */
const NO_LEVEL: readonly object[] = [];

/**
 * Walks parsed JSON level by level (no recursion, so 100,000 levels cost no stack) and tells whether it nests
 * objects or arrays more than `maxDepth` levels deep, holds more than `maxFields` keys and array items in all,
 * and whether some object holds a forbidden key.
 *
 * Hint: looking at the parsed objects costs a callback's dozen keys a few checks, where searching the text for
 * the substrings that could spell a forbidden key costs a scan of every character, three times.
 *
 * @param value The parsed value.
 * @param maxDepth The most levels allowed.
 * @param maxFields The most keys and array items allowed, at every depth together.
 * @returns `too_deep` or `too_many_fields` as soon as a limit is passed, else `forbidden_key` or `ok`.
 * @example
 * ```ts
 * inspectParsed([[1]], 1);
 * //=> "too_deep"
 * ```
 */
export function inspectParsed(value: unknown, maxDepth: number, maxFields = Number.POSITIVE_INFINITY): Inspection {
  if (typeof value !== "object" || value === null) return "ok";
  let forbidden = false;
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
      // objects only have if Object.prototype was given some: looking at those too is harmless.)
      for (const key in item) {
        if (++fields > maxFields) return "too_many_fields";
        if (!isSafeKey(key)) forbidden = true;
        const child: unknown = (item as Record<string, unknown>)[key];
        if (typeof child === "object" && child !== null) next = withChild(next, child);
      }
    }
    level = next ?? NO_LEVEL;
  }
  return forbidden ? "forbidden_key" : "ok";
}
