// Subpath imports: the date-fns root loads every one of its modules, which costs a cold start ~10× more.
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import { isAbsent } from "./absent.js";

const WHITESPACE = /\s+/g;
const EPOCH = /^\d+(?:\.\d+)?$/;
const HAS_ZONE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
// The form CarrierX and 8x8 send (notes §7). Native parsing is ~8x faster than parseISO here; the calendar
// check below rejects what the native parser would roll over (2024-02-30).
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Epochs with 13 or more integer digits are milliseconds (TeleCMI); shorter ones are seconds (notes §7). */
const MS_THRESHOLD = 1e12;

function fromEpoch(epoch: number): Date | undefined {
  if (!Number.isFinite(epoch) || epoch < 0) return undefined;
  const date = new Date(Math.trunc(epoch) >= MS_THRESHOLD ? epoch : epoch * 1000);
  // A Date from a finite number is invalid only out of range (±8.64e15 ms): no need for date-fns here.
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const digitsAt = (text: string, from: number, count: number): number => {
  let value = 0;
  for (let at = from; at < from + count; at++) value = value * 10 + text.charCodeAt(at) - 48;
  return value;
};

/** Parses `YYYY-MM-DDTHH:MM:SS(.sss)Z` natively; rejects what the native parser would roll over (02-30). */
function fromCanonicalUtc(text: string): Date | undefined {
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) &&
    // Stryker disable next-line ConditionalExpression: the native parser rolls over by at most a few days (day 29–31, hour 24), which always changes the day of the month, so the day check alone catches a changed year.
    date.getUTCFullYear() === digitsAt(text, 0, 4) &&
    // Stryker disable next-line ConditionalExpression: as for the year: a changed month always comes with a changed day.
    date.getUTCMonth() + 1 === digitsAt(text, 5, 2) &&
    date.getUTCDate() === digitsAt(text, 8, 2)
    ? date
    : undefined;
}

/**
 * Turns a timestamp a schema already checked with `readTime` into its date, without checking it again: an
 * epoch number, or an ISO string (the canonical UTC form parsed natively, any other read by `readTime`).
 *
 * @param value The timestamp as the schema kept it.
 * @param naiveOffset The offset for date-times that carry none.
 * @returns The date, or `null` when absent.
 * @example
 * ```ts
 * dateOfChecked("2021-11-01T08:54:30.000Z")?.toISOString();
 * //=> "2021-11-01T08:54:30.000Z"
 * ```
 */
export function dateOfChecked(value: number | string | null | undefined, naiveOffset = "Z"): Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return fromEpoch(value) ?? null;
  const last = value.charCodeAt(value.length - 1);
  // `…Z` with a `T` at 10 and a length of 20 to 24: the canonical form CANONICAL_UTC accepted.
  if (last === 90 && value.charCodeAt(10) === 84 && value.length >= 20 && value.length <= 24) {
    const date = new Date(value);
    // A shape the native parser does not read (a comma fraction, `…15,5Z`) goes the slow way.
    return Number.isNaN(date.getTime()) ? (readTime(value, naiveOffset) ?? null) : date;
  }
  return readTime(value, naiveOffset) ?? null;
}

/**
 * Reads a timestamp as providers send it: ISO-8601 with or without milliseconds or an offset, epoch seconds
 * or epoch milliseconds, as a number or a string.
 *
 * Hint: a date-time without an offset is read at `naiveOffset` (UTC unless the provider's docs say
 * otherwise, e.g. Kaleyra's IST), never at the server's local zone.
 *
 * @param value The value as sent.
 * @param naiveOffset The offset for date-times that carry none (`"Z"`, `"+05:30"`).
 * @returns The date, `null` when absent, or `undefined` when it is not a timestamp.
 * @example
 * ```ts
 * readTime(1634720920615)?.toISOString();
 * //=> "2021-10-20T09:08:40.615Z"
 * ```
 */
export function readTime(value: unknown, naiveOffset = "Z"): Date | null | undefined {
  if (typeof value === "number") return fromEpoch(value);
  if (isAbsent(value)) return null;
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (EPOCH.test(trimmed)) return fromEpoch(Number(trimmed));
  if (CANONICAL_UTC.test(trimmed)) return fromCanonicalUtc(trimmed);
  if (!ISO_LIKE.test(trimmed)) return undefined;
  // A date alone is midnight at the offset, like a date-time without one; parseISO would read the server's zone.
  const withTime = trimmed.length === 10 ? `${trimmed}T00:00:00` : trimmed;
  const zoned = HAS_ZONE.test(withTime) ? withTime : `${withTime}${naiveOffset}`;
  const date = parseISO(zoned.replace(" ", "T").replace(WHITESPACE, ""));
  return isValid(date) ? date : undefined;
}
