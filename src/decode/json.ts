import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import { sanitizeParsed } from "./nesting.js";

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

function parseOnce(text: string, { maxDepth, maxFields }: Limits): JsonParseResult {
  const value: unknown = JSON.parse(text);
  // V8 parses 100,000 levels without recursion, but whatever walks `event.raw` recursively would overflow.
  const found = sanitizeParsed(value, maxDepth, maxFields);
  return found === "ok" ? { ok: true, value } : { ok: false, reason: found };
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
  if (mayBeJson(text)) {
    try {
      return parseOnce(text, limits);
    } catch (error) {
      if (error instanceof RangeError) return { ok: false, reason: "too_deep" };
    }
  }
  const repaired = quoteLeadingZeroNumbers(text, limits.maxFields);
  if (repaired === null) return { ok: false, reason: "syntax" };
  if (repaired === undefined) return { ok: false, reason: "too_many_fields" };
  if (!mayBeJson(repaired)) return { ok: false, reason: "syntax" };
  try {
    return parseOnce(repaired, limits);
  } catch (error) {
    return { ok: false, reason: error instanceof RangeError ? "too_deep" : "syntax" };
  }
}

/**
 * Whether JSON.parse may read a text: `false` only for a text it refuses at its first token or the first key of an
 * object (`{ 'Name': 'Akil' }`, `{key: value}`, `hello`), which it reports by throwing, ~5 µs each: the PIOPIY
 * samples' `extra_params` (docs/providers/telecmi.md#custom-params-on-inbound) parse 3× faster, npm run bench:stages
 * -- --tricks.
 */
function mayBeJson(text: string): boolean {
  let at = skipSpace(text, 0);
  const first = text.charCodeAt(at);
  if (first !== 123 /* { */)
    return (
      first === 91 /* [ */ ||
      first === QUOTE ||
      first === 45 /* - */ ||
      isDigit(first) ||
      first === 116 /* t */ ||
      first === 102 /* f */ ||
      first === 110 /* n */
    );
  at = skipSpace(text, at + 1);
  const key = text.charCodeAt(at);
  return key === QUOTE || key === 125 /* } */;
}

/** The index of the first character at or after `at` that is not JSON white space. */
function skipSpace(text: string, at: number): number {
  let index = at;
  for (;;) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return index;
    index++;
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
 * @param maxNumbers The most numbers to wrap: each is a field, so more would be `too_many_fields` anyway, and the
 *   text is not copied for them.
 * @returns The repaired text, `null` when there was nothing to repair, or `undefined` past `maxNumbers`.
 * @example
 * ```ts
 * quoteLeadingZeroNumbers('{"to": 044989889899}');
 * //=> '{"to": "044989889899"}'
 * ```
 */
export function quoteLeadingZeroNumbers(
  text: string,
  maxNumbers = Number.POSITIVE_INFINITY,
): string | null | undefined {
  let out = "";
  let copiedUpTo = 0;
  let numbers = 0;
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
    if (++numbers > maxNumbers) return undefined;
    let end = i + 1;
    while (isDigit(text.charCodeAt(end))) end++;
    out += `${text.slice(copiedUpTo, i)}"${text.slice(i, end)}"`;
    copiedUpTo = end;
    i = end - 1;
  }
  return copiedUpTo === 0 ? null : out + text.slice(copiedUpTo);
}
