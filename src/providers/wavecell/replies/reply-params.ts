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

/**
 * A reply parameter that must be a whole number within bounds.
 *
 * @param min The smallest value accepted.
 * @param max The largest value accepted, if any.
 * @returns The schema; every failure says the whole rule.
 * @example
 * ```ts
 * v.safeParse(wholeNumber(0, 20), 21).issues?.[0].message;
 * //=> "must be a whole number from 0 to 20"
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function wholeNumber(min: number, max?: number) {
  const rule =
    max === undefined ? `must be a whole number, ${min} or more` : `must be a whole number from ${min} to ${max}`;
  return v.pipe(
    v.number(rule),
    v.integer(rule),
    v.minValue(min, rule),
    v.maxValue(max ?? Number.MAX_SAFE_INTEGER, rule),
  );
}
