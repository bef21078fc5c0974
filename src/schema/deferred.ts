import type * as v from "valibot";

/**
 * Wraps a pure factory so that it runs once, on the first call, and every call returns what that one returned.
 *
 * @param build The factory.
 * @returns The memoized factory.
 * @example
 * ```ts
 * const idSchema = once(() => v.string());
 * idSchema() === idSchema();
 * //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/**
 * A valibot schema that is built on first use, not when its module loads: an object with the built schema's
 * keys (`keys`, in their order), each read from the schema `build` returns the first time one is read. Running
 * it (`v.safeParse`, `~run`, `~standard`) runs that schema; its properties (`entries`, `pipe`, …) are that
 * schema's. Code of callhooks' own runs the built schema directly (the `once` factory), not through this.
 *
 * @param build The schema's factory, memoized with `once`.
 * @param keys The built schema's own keys, in order (a test holds them equal).
 * @returns The schema.
 * @example
 * ```ts
 * const schema = deferred(once(() => v.object({ a: v.string() })), ["kind", "type", "reference", "expects", "entries", "message", "async", "~standard", "~run"]);
 * v.is(schema, { a: "x" });
 * //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function deferred<TSchema extends v.GenericSchema>(
  build: () => TSchema,
  keys: readonly (keyof TSchema & string)[],
): TSchema {
  const schema = {};
  for (const key of keys) {
    Object.defineProperty(schema, key, { enumerable: true, configurable: true, get: () => build()[key] });
  }
  return schema as TSchema;
}
