// The ISO 8601 date-times that readTime hands on after its fast path (src/normalize/time.ts): `YYYY-MM-DDTHH:MM`,
// seconds with a fraction of any length after `.` or `,`, and a `Z`, `±HH`, `±HHMM` or `±HH:MM` offset. Read as
// date-fns' parseISO reads them (https://github.com/date-fns/date-fns/blob/main/src/parseISO/index.ts): the same
// checks, the same arithmetic, so the same epoch milliseconds; test/normalize/iso-date-time.test.ts holds the two
// equal. date-fns cost every bundle 1 kB min+gzip for these few shapes (npm run size:why).
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}(?:[.,]\d*)?))?(Z|([+-])(\d{2})(?::?(\d{2}))?)$/;

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
// date-fns' daysInMonths: February is null, for the leap year.
const DAYS_IN_MONTH = [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number): boolean => year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0);

/**
 * Reads `YYYY-MM-DDTHH:MM[:SS[.,fraction]]` and an offset as date-fns' `parseISO` does, without date-fns.
 *
 * @param text The date-time, whitespace already removed.
 * @returns Its epoch milliseconds, or `undefined` where `parseISO` gives an invalid date (`02-30`, `25:00`, …).
 * @example
 * ```ts
 * isoDateTimeMs("2026-02-24T14:45,5+05:30");
 * //=> 1771924500500
 * ```
 */
export function isoDateTimeMs(text: string): number | undefined {
  const parts = SHAPE.exec(text);
  if (parts === null) return undefined;
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, zone, sign, zoneHourText, zoneMinuteText] =
    parts;
  const year = Number(yearText);
  const month = Number(monthText) - 1;
  const day = Number(dayText);
  const monthDays = DAYS_IN_MONTH[month] || (isLeapYear(year) ? 29 : 28);
  if (month < 0 || month > 11 || day < 1 || day > monthDays) return undefined;
  const hours = Number(hourText);
  const minutes = Number(minuteText);
  const seconds = (secondText !== undefined && Number.parseFloat(secondText.replace(",", "."))) || 0;
  const validTime = hours === 24 ? minutes === 0 && seconds === 0 : seconds < 60 && minutes < 60 && hours < 25;
  const zoneMinutes = Number(zoneMinuteText ?? 0);
  if (!validTime || zoneMinutes > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  const time = hours * HOUR_MS + minutes * MINUTE_MS + seconds * 1000;
  const offset =
    zone === "Z" ? 0 : (sign === "+" ? -1 : 1) * (Number(zoneHourText) * HOUR_MS + zoneMinutes * MINUTE_MS);
  const ms = new Date(date.getTime() + time + offset).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}
