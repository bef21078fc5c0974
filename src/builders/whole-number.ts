import * as v from "valibot";

/**
 * A whole number within bounds (seconds, milliseconds, repetitions).
 *
 * @param min The smallest value accepted.
 * @param max The largest value accepted, if any.
 * @returns The schema; every failure says the whole rule.
 * @example
 * ```ts
 * v.safeParse(wholeNumber(0, 100), 101).issues?.[0].message;
 * //=> "must be a whole number from 0 to 100"
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
