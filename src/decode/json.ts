import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import { inspectParsed } from "./nesting.js";

/**
 * The outcome of reading JSON text.
 *
 * @example
 * ```ts
 * const parsed: JsonParseResult = parseJson('{"a":1}');
 * //=> { ok: true, value: { a: 1 } }
 * ```
 */
export type JsonParseResult =
  | {
      ok: true;
      /** No object in it holds a forbidden key: safe to use without a copy. */
      value: unknown;
    }
  | { ok: false; reason: "syntax" | "too_deep" | "too_many_fields" };

/** Keys a reviver drops at every depth, so that nested values are as safe to merge as the top level. */
function dropForbiddenKeys(key: string, value: unknown): unknown {
  return key === "__proto__" || key === "constructor" || key === "prototype" ? undefined : value;
}

function parseOnce(text: string, { maxDepth, maxFields }: Limits): JsonParseResult {
  // The plain (fast) parse first: JSON.parse makes `__proto__` an own key, never the prototype, so looking
  // at what it built is safe; only a payload that holds a forbidden key is parsed again, without them.
  let value: unknown = JSON.parse(text);
  // V8 parses 100,000 levels without recursion, but whatever walks `event.raw` recursively would overflow.
  let found = inspectParsed(value, maxDepth, maxFields);
  if (found === "forbidden_key") {
    value = JSON.parse(text, dropForbiddenKeys);
    found = inspectParsed(value, maxDepth, maxFields);
  }
  return found === "too_deep" || found === "too_many_fields" ? { ok: false, reason: found } : { ok: true, value };
}

/**
 * Reads JSON without throwing. Nested `__proto__`, `constructor` and `prototype` keys are dropped; a value
 * nested deeper than `limits.maxDepth`, or holding more than `limits.maxFields` keys and array items, is refused.
 *
 * Hint: TeleCMI's chub-india docs print phone numbers as bare numbers with a leading zero
 * (`"callerid": 04471000000`), which is not JSON. When plain parsing fails, such numbers are read as the
 * strings of digits they are, so that the leading zero (part of the phone number) survives.
 *
 * @param text The JSON text.
 * @param limits The depth and field limits (the defaults when not given).
 * @returns The value, or why it could not be read.
 * @example
 * ```ts
 * parseJson('{"callerid": 04471000000}');
 * //=> { ok: true, value: { callerid: "04471000000" } }
 * ```
 */
export function parseJson(text: string, limits: Limits = DEFAULT_LIMITS): JsonParseResult {
  try {
    return parseOnce(text, limits);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: "too_deep" };
  }
  const repaired = quoteLeadingZeroNumbers(text);
  if (repaired === null) return { ok: false, reason: "syntax" };
  try {
    return parseOnce(repaired, limits);
  } catch (error) {
    return { ok: false, reason: error instanceof RangeError ? "too_deep" : "syntax" };
  }
}

const ZERO = 48;
const NINE = 57;
const QUOTE = 34;
const BACKSLASH = 92;

const isDigit = (code: number): boolean => code >= ZERO && code <= NINE;

/**
 * Wraps bare numbers that start with `0` and another digit (outside strings) in quotes.
 *
 * @param text The JSON-like text.
 * @returns The repaired text, or `null` when there was nothing to repair.
 * @example
 * ```ts
 * quoteLeadingZeroNumbers('{"to": 044989889899}');
 * //=> '{"to": "044989889899"}'
 * ```
 */
export function quoteLeadingZeroNumbers(text: string): string | null {
  let out = "";
  let copiedUpTo = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
      continue;
    }
    if (code === QUOTE) {
      inString = true;
      continue;
    }
    if (code !== ZERO || !isDigit(text.charCodeAt(i + 1))) continue;
    const before = text.charCodeAt(i - 1);
    // Only a token that starts here: not the middle of 10, 1.05, 1e05 or -05.
    if (isDigit(before) || before === 46 || before === 45 || before === 43 || before === 101 || before === 69) continue;
    let end = i + 1;
    while (isDigit(text.charCodeAt(end))) end++;
    out += `${text.slice(copiedUpTo, i)}"${text.slice(i, end)}"`;
    copiedUpTo = end;
    i = end - 1;
  }
  return copiedUpTo === 0 ? null : out + text.slice(copiedUpTo);
}
