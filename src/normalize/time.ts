import { isValid, parseISO } from "date-fns";
import { isAbsent } from "./absent.js";

const EPOCH = /^\d+(?:\.\d+)?$/;
const HAS_ZONE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
// The form CarrierX and 8x8 send (notes §7). Native parsing is ~8x faster than parseISO here; the calendar
// check below rejects what the native parser would roll over (2024-02-30).
const CANONICAL_UTC = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Epochs with 13 or more integer digits are milliseconds (TeleCMI); shorter ones are seconds (notes §7). */
const MS_THRESHOLD = 1e12;

function fromEpoch(epoch: number): Date | undefined {
  if (!Number.isFinite(epoch) || epoch < 0) return undefined;
  const date = new Date(Math.trunc(epoch) >= MS_THRESHOLD ? epoch : epoch * 1000);
  return isValid(date) ? date : undefined;
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
  const canonical = CANONICAL_UTC.exec(trimmed);
  if (canonical !== null) {
    const date = new Date(trimmed);
    return isValid(date) &&
      date.getUTCFullYear() === Number(canonical[1]) &&
      date.getUTCMonth() + 1 === Number(canonical[2]) &&
      date.getUTCDate() === Number(canonical[3])
      ? date
      : undefined;
  }
  if (!ISO_LIKE.test(trimmed)) return undefined;
  // A date alone is midnight at the offset, like a date-time without one; parseISO would read the server's zone.
  const withTime = trimmed.length === 10 ? `${trimmed}T00:00:00` : trimmed;
  const zoned = HAS_ZONE.test(withTime) ? withTime : `${withTime}${naiveOffset}`;
  const date = parseISO(zoned.replace(" ", "T").replace(/\s+/g, ""));
  return isValid(date) ? date : undefined;
}
