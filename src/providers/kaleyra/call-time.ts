import { dateOfChecked, readTimeMs, readTimestamp } from "../../normalize/time.js";

/**
 * The offset of Kaleyra's date-times, which carry none: `2026-02-24 14:45:15` (call logs) and `24/06/2019
 * 10:30 AM` (IVR `{calltime}`) are India time (docs/providers/kaleyra.md#naive-ist-times).
 *
 * @example
 * ```ts
 * readTime("2026-02-24 14:45:15", KALEYRA_NAIVE_OFFSET)?.toISOString();
 * //=> "2026-02-24T09:15:15.000Z"
 * ```
 */
export const KALEYRA_NAIVE_OFFSET = "+05:30";

// `dd/mm/yyyy hh:mm AM`, as the IVR `{calltime}` is documented (the doc writes "dd/mm/yyyyy", a typo); seconds
// and a 24-hour clock without AM/PM are read too (docs/providers/kaleyra.md#naive-ist-times).
const IVR_DATE_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?$/;

const pad = (digits: string | number): string => String(digits).padStart(2, "0");

/**
 * The ISO-8601 form (`2019-06-24T10:30:00`, no offset) of an IVR date-time, or `undefined` when the text is
 * not one. The calendar is checked by `readTimeMs` afterwards. Hand-written because date-fns' `parse` reads a
 * zone-less time at the server's zone, which this must never do.
 */
function isoOfIvrDateTime(text: string): string | undefined {
  const match = IVR_DATE_TIME.exec(text);
  if (match === null) return undefined;
  const [, day = "", month = "", year = "", hourText = "", minute = "", second = "00", meridiem] = match;
  let hour = Number(hourText);
  if (meridiem !== undefined) {
    // 12:05 AM is 00:05, 12:05 PM is 12:05; a 12-hour clock has no hour 0 or 13.
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === "P" || meridiem === "p" ? 12 : 0);
  }
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${minute}:${second}`;
}

const isIvrForm = (value: unknown): value is string => typeof value === "string" && value.includes("/");

/**
 * Reads a Kaleyra time as a schema keeps it: an IVR date-time (`24/06/2019 10:30 AM`) as its trimmed text, or
 * what `readTimestamp` reads (an epoch as its number, an ISO date-time as its text), each checked to be a time.
 *
 * @param value The value as sent.
 * @returns The time as kept, `null` when absent, or `undefined` when it is not a time.
 * @example
 * ```ts
 * readKaleyraTime(" 24/06/2019 10:30 AM ");
 * //=> "24/06/2019 10:30 AM"
 * ```
 */
export function readKaleyraTime(value: unknown): number | string | null | undefined {
  if (!isIvrForm(value)) return readTimestamp(value, KALEYRA_NAIVE_OFFSET);
  const trimmed = value.trim();
  const iso = isoOfIvrDateTime(trimmed);
  return iso !== undefined && typeof readTimeMs(iso, KALEYRA_NAIVE_OFFSET) === "number" ? trimmed : undefined;
}

/**
 * Turns a time `readKaleyraTime` kept into its date, zone-less forms read as India time.
 *
 * @param value The time as the schema kept it.
 * @returns The date, or `null` when absent.
 * @example
 * ```ts
 * dateOfKaleyraTime("24/06/2019 10:30 AM")?.toISOString();
 * //=> "2019-06-24T05:00:00.000Z"
 * ```
 */
export function dateOfKaleyraTime(value: number | string | null | undefined): Date | null {
  if (!isIvrForm(value)) return dateOfChecked(value, KALEYRA_NAIVE_OFFSET);
  const iso = isoOfIvrDateTime(value.trim());
  return iso === undefined ? null : dateOfChecked(iso, KALEYRA_NAIVE_OFFSET);
}
