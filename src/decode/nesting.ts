/**
 * The deepest nesting a JSON delivery may have. Providers send three or four levels (8x8's
 * `payload.callA`); anything far deeper is hostile, and a value that deep would overflow the stack of
 * whatever later walks `event.raw` recursively (`JSON.stringify`, `structuredClone`, a deep-equal).
 */
export const MAX_NESTING = 64;

/**
 * Tells whether a value nests objects or arrays more than `limit` levels deep, without recursion.
 *
 * @param value The parsed value.
 * @param limit The most levels allowed.
 * @returns `true` when some path goes deeper than `limit` levels.
 * @example
 * ```ts
 * nestsDeeperThan([[1]], 1);
 * //=> true
 * ```
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  let level: object[] = typeof value === "object" && value !== null ? [value] : [];
  for (let depth = 1; level.length > 0; depth++) {
    if (depth > limit) return true;
    const next: object[] = [];
    for (const item of level) {
      for (const child of Object.values(item)) {
        if (typeof child === "object" && child !== null) next.push(child);
      }
    }
    level = next;
  }
  return false;
}

/**
 * Tells, from the text alone, whether JSON could nest more than `limit` levels: it needs more than `limit`
 * opening brackets. Counting them (a native `indexOf` scan) is far cheaper than walking the parsed value, and
 * real callbacks have a handful, so the walk is skipped for them.
 *
 * @param text The JSON text.
 * @param limit The most levels allowed.
 * @returns `false` when the text has at most `limit` opening brackets (braces inside strings count too).
 * @example
 * ```ts
 * mayNestDeeperThan('{"a":[1]}', 64);
 * //=> false
 * ```
 */
export function mayNestDeeperThan(text: string, limit: number): boolean {
  let count = 0;
  // Stryker disable next-line StringLiteral: searching for "" finds a match at every index, so the count passes the limit: `true`, which only makes the exact walk run.
  for (const bracket of ["{", "["]) {
    // Stryker disable next-line ArithmeticOperator,UnaryOperator: both loop on a match (or on -1) until the count passes the limit: `true`, which only makes the exact walk run.
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: answering `true` sooner only makes the exact walk run.
      if (++count > limit) return true;
    }
  }
  // Stryker disable next-line BooleanLiteral: `true` only makes the exact walk run.
  return false;
}
