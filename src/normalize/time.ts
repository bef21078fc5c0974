import { isNullWord } from "./absent.js";
import { isDigits } from "./digits.js";
import { isoDateTimeMs } from "./iso-date-time.js";

const WHITESPACE = /\s+/g;
const HAS_ZONE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Epochs with 13 or more integer digits are milliseconds (docs/providers/telecmi.md#epoch-milliseconds); shorter ones are seconds. */
const MS_THRESHOLD = 1e12;
/** The largest time a `Date` holds, in ms either side of the epoch. */
const MAX_TIME = 8.64e15;

function epochMs(epoch: number): number | undefined {
  if (!Number.isFinite(epoch) || epoch < 0) return undefined;
  const ms = Math.trunc(epoch) >= MS_THRESHOLD ? epoch : epoch * 1000;
  return ms <= MAX_TIME ? ms : undefined;
}

/** Whether a trimmed text is an epoch: digits, with a fraction or without (`1573865518`, `1573865518.25`). */
function isEpochText(text: string): boolean {
  const dot = text.indexOf(".");
  if (dot === -1) return isDigits(text);
  return dot > 0 && isDigits(text, dot + 1) && isDigits(text.slice(0, dot));
}

/** The value of the `count` ASCII digits at `from`, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let at = from; at < from + count; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

const PLUS = 43;
const MINUS = 45;
/** The widest offset in use (UTC+14, Kiribati); ISO 8601 offsets have minutes under 60. */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * The minutes of the `±HH:MM` offset at `at`, 0 for `Z` (or anything but a sign), `undefined` past ±14:00 or with
 * minutes ≥ 60, or `NaN` when its digits or colon are not there.
 */
function offsetMinutes(text: string, at: number): number | undefined {
  const sign = text.charCodeAt(at);
  if (sign !== PLUS && sign !== MINUS) return 0;
  const hour = digitsAt(text, at + 1, 2);
  const minute = digitsAt(text, at + 4, 2);
  if (hour < 0 || minute < 0 || text.charCodeAt(at + 3) !== 58 /* : */) return Number.NaN;
  const minutes = hour * 60 + minute;
  if (minute > 59 || minutes > MAX_OFFSET_MINUTES) return undefined;
  return sign === MINUS ? -minutes : minutes;
}

const ZONE_OFFSET = /([+-])(\d{2}):?(\d{2})?$/;

/** Whether the offset a date-time ends with (if any) is a real one: within ±14:00, minutes under 60. */
function isRealOffset(text: string): boolean {
  const zone = ZONE_OFFSET.exec(text);
  if (zone === null) return true;
  const minute = Number(zone[3] ?? 0);
  return minute <= 59 && Number(zone[2]) * 60 + minute <= MAX_OFFSET_MINUTES;
}

/** `.5` is 500 ms, `.12` is 120 ms: a fraction of 1 to 3 digits, scaled to milliseconds. */
const FRACTION_SCALE = [0, 100, 10, 1] as const;

/** What `dateTimeMs` answers for a text of another form. */
const OTHER_FORM = Number.NaN;

/**
 * Reads `YYYY-MM-DD[T ]HH:MM:SS(.s{1,3})?(Z|±HH:MM)?`, the forms CarrierX, 8x8 (`…:58.123Z`,
 * docs/providers/wavecell.md#timestamp-precision) and Kaleyra (`2026-02-24 14:45:15`, no offset:
 * docs/providers/kaleyra.md#naive-ist-times) send, from its digits in one pass (the other ISO-8601 forms go to
 * isoDateTimeMs, which reads them as date-fns' parseISO does):
 * 45 % of a parse of a delivery with such times, npm run bench:stages -- --tricks.
 *
 * @param text The trimmed text.
 * @param naiveOffset The offset for a date-time without one.
 * @returns The epoch ms; `undefined` for what a calendar or a clock does not have (02-30, hour 24, an offset past
 *   ±14:00); `NaN` for a text of any other form.
 * @example
 * ```ts
 * dateTimeMs("2026-02-24 14:45:15", "+05:30");
 * //=> 1771924515000
 * ```
 */
export function dateTimeMs(text: string, naiveOffset: string): number | undefined {
  const { length } = text;
  if (length < 19 || length > 29) return OTHER_FORM;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  const separator = text.charCodeAt(10);
  if (
    (year | month | day | hour | minute | second) < 0 ||
    text.charCodeAt(4) !== MINUS ||
    text.charCodeAt(7) !== MINUS ||
    (separator !== 84 /* T */ && separator !== 32) ||
    text.charCodeAt(13) !== 58 /* : */ ||
    text.charCodeAt(16) !== 58
  ) {
    return OTHER_FORM;
  }
  let at = 19;
  let ms = 0;
  if (text.charCodeAt(at) === 46 /* . */) {
    let digits = 0;
    for (; digits < 3; digits++) {
      const digit = text.charCodeAt(at + 1 + digits) - 48;
      if (!(digit >= 0 && digit <= 9)) break;
      ms = ms * 10 + digit;
    }
    if (digits === 0) return OTHER_FORM;
    ms *= FRACTION_SCALE[digits] as number;
    at += 1 + digits;
  }
  let offset: number | undefined;
  if (at === length) offset = offsetMinutes(naiveOffset, 0);
  else if (text.charCodeAt(at) === 90 /* Z */ && at + 1 === length) offset = 0;
  else if (at + 6 === length && (text.charCodeAt(at) === PLUS || text.charCodeAt(at) === MINUS)) {
    offset = offsetMinutes(text, at);
    if (Number.isNaN(offset)) return OTHER_FORM;
  } else return OTHER_FORM;
  const monthDays = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (monthDays === undefined || day < 1 || day > monthDays || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  if (offset === undefined) return undefined;
  const local = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + ms;
  return local - offset * 60_000;
}

/**
 * Reads a timestamp as providers send it into epoch milliseconds, without building a `Date`: the check a
 * schema runs, and the first half of `readTime`.
 *
 * @param value The value as sent.
 * @param naiveOffset The offset for date-times that carry none (`"Z"`, `"+05:30"`).
 * @returns The time in ms since the epoch, `null` when absent, or `undefined` when it is not a timestamp.
 * @example
 * ```ts
 * readTimeMs("2021-11-01T08:54:30.000Z");
 * //=> 1635756870000
 * ```
 */
export function readTimeMs(value: unknown, naiveOffset = "Z"): number | null | undefined {
  const sent = sentForm(value);
  if (typeof sent === "number") return epochMs(sent);
  return typeof sent === "string" ? isoMs(sent, naiveOffset) : sent;
}

/** An epoch (a number, or digits sent as text) as its number, other text trimmed; `null` when absent. */
function sentForm(value: unknown): number | string | null | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return value === undefined || value === null ? null : undefined;
  const trimmed = value.trim();
  if (isNullWord(trimmed)) return null;
  return isEpochText(trimmed) ? Number(trimmed) : trimmed;
}

/** The epoch ms of a trimmed text that is not an epoch, or `undefined`. */
function isoMs(trimmed: string, naiveOffset: string): number | undefined {
  const ms = dateTimeMs(trimmed, naiveOffset);
  if (!Number.isNaN(ms)) return ms;
  if (!ISO_LIKE.test(trimmed)) return undefined;
  // A date alone is midnight at the offset, like a date-time without one, never in the server's zone.
  const withTime = trimmed.length === 10 ? `${trimmed}T00:00:00` : trimmed;
  const zoned = HAS_ZONE.test(withTime) ? withTime : `${withTime}${naiveOffset}`;
  // parseISO reads any two-digit hour as an offset: +99:00 would shift the time by 99 hours.
  if (!isRealOffset(zoned)) return undefined;
  return isoDateTimeMs(zoned.replace(" ", "T").replace(WHITESPACE, ""));
}

/**
 * Reads a timestamp the way a schema keeps it: an epoch (a number, or digits sent as text) as its number, a
 * date-time as its trimmed text, each checked to be a time a `Date` can hold, in one pass.
 *
 * @param value The value as sent.
 * @param naiveOffset The offset for date-times that carry none.
 * @returns The epoch or the text, `null` when absent, or `undefined` when it is not a timestamp.
 * @example
 * ```ts
 * readTimestamp(" 1573865518 ");
 * //=> 1573865518
 * ```
 */
export function readTimestamp(value: unknown, naiveOffset = "Z"): number | string | null | undefined {
  const sent = sentForm(value);
  if (typeof sent === "number") return epochMs(sent) === undefined ? undefined : sent;
  if (typeof sent === "string") return isoMs(sent, naiveOffset) === undefined ? undefined : sent;
  return sent;
}

/**
 * Turns a timestamp a schema already checked with `readTime` into its date: an epoch number, or an ISO string.
 *
 * @param value The timestamp as the schema kept it.
 * @param naiveOffset The offset for date-times that carry none.
 * @returns The date, or `null` when absent (or, were it not checked, unreadable).
 * @example
 * ```ts
 * dateOfChecked("2021-11-01T08:54:30.000Z")?.toISOString();
 * //=> "2021-11-01T08:54:30.000Z"
 * ```
 */
export function dateOfChecked(value: number | string | null | undefined, naiveOffset = "Z"): Date | null {
  if (value === null || value === undefined) return null;
  const ms = readTimeMs(value, naiveOffset);
  return typeof ms === "number" ? new Date(ms) : null;
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
  const ms = readTimeMs(value, naiveOffset);
  return typeof ms === "number" ? new Date(ms) : ms;
}
