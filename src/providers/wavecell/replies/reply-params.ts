import * as v from "valibot";

/**
 * A reply parameter that must be a string with something in it.
 *
 * @returns The schema.
 * @example
 * ```ts
 * v.safeParse(nonEmptyString(), " ").success;
 * //=> false
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function nonEmptyString() {
  return v.pipe(
    v.string("must be a string"),
    v.check((value: string) => value.trim() !== "", "must not be empty"),
  );
}
