import { isAbsent } from "./absent.js";
import { isDigits } from "./digits.js";

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads a number sent as a JSON number or as a numeric string (`"4.25015"`, `"60"`).
 *
 * @param value The value as sent.
 * @returns The finite number, `null` when absent, or `undefined` when it is not a number.
 * @example
 * ```ts
 * readNumber(" 31 ");
 * //=> 31
 * ```
 */
export function readNumber(value: unknown): number | null | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (isAbsent(value)) return null;
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (!isDigits(trimmed) && !NUMERIC.test(trimmed)) return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * Reads a duration in seconds: a number, or a numeric string, not negative and not past
 * `Number.MAX_SAFE_INTEGER` (beyond it a count of seconds is no longer exact, and no call lasts 285 million years).
 *
 * @param value The value as sent.
 * @returns The seconds, `null` when absent, or `undefined` when it is not a duration.
 * @example
 * ```ts
 * readDuration("-3");
 * //=> undefined
 * ```
 */
export function readDuration(value: unknown): number | null | undefined {
  const number = readNumber(value);
  return typeof number === "number" && !(number >= 0 && number <= Number.MAX_SAFE_INTEGER) ? undefined : number;
}
