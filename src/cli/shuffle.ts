import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/**
 * A new array with the items in a random order drawn from a seed (Fisher–Yates over pure-rand's xoroshiro128+): the
 * same seed always gives the same order.
 *
 * @param items The items.
 * @param seed The seed, an integer.
 * @returns The shuffled copy.
 * @example
 * ```ts
 * shuffled([1, 2, 3, 4], 1);
 * //=> the same permutation of 1, 2, 3, 4 every time
 * ```
 */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = xoroshiro128plus(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = uniformInt(random, 0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
