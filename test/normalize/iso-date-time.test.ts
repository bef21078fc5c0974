import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDateTimeMs } from "../../src/normalize/iso-date-time.js";
import { readTimeMs } from "../../src/normalize/time.js";

// isoDateTimeMs against date-fns' parseISO (a devDependency), which readTime used for these shapes before.
const byDateFns = (text: string): number | undefined => {
  const date = parseISO(text);
  return isValid(date) ? date.getTime() : undefined;
};

const pad = (value: number, width: number) => String(value).padStart(width, "0");
const twoDigits = (max: number) => fc.integer({ min: 0, max }).map((value) => pad(value, 2));

/** `YYYY-MM-DDTHH:MM[:SS[.,fraction]]` and a zone, every field also just out of range. */
const dateTime = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1970, 2000, 2024, 2026, 1900, 2100)),
    twoDigits(13),
    twoDigits(32),
    twoDigits(25),
    twoDigits(61),
    fc.option(fc.tuple(twoDigits(61), fc.option(fc.tuple(fc.constantFrom(".", ","), fc.stringMatching(/^\d{0,12}$/))))),
    fc.oneof(
      fc.constantFrom("Z", "z", "+00:00", "-00:00"),
      fc
        .tuple(fc.constantFrom("+", "-"), twoDigits(15), fc.constantFrom("", ":"), fc.option(twoDigits(61)))
        .map(([sign, hours, colon, minutes]) => `${sign}${hours}${minutes === null ? "" : colon + minutes}`),
    ),
  )
  .map(([year, month, day, hour, minute, seconds, zone]) => {
    const second = seconds === null ? "" : `:${seconds[0]}${seconds[1] === null ? "" : seconds[1][0] + seconds[1][1]}`;
    return `${pad(year, 4)}-${month}-${day}T${hour}:${minute}${second}${zone}`;
  });

describe("isoDateTimeMs", () => {
  it.each([
    ["2026-02-24T14:45:00,5+05:30", Date.UTC(2026, 1, 24, 9, 15, 0, 500)],
    ["2026-02-29T00:00Z", undefined],
    ["2024-02-29T24:00:00Z", Date.UTC(2024, 2, 1)],
    ["2024-02-29T24:00:01Z", undefined],
    ["2026-01-01T10:00:59.9999+0100", Date.UTC(2026, 0, 1, 9, 0, 59, 999)],
    ["2026-01-01T10:00+05:60", undefined],
    ["0099-12-31T23:59-01", new Date(0).setUTCFullYear(99, 11, 31) + (24 * 60 + 59) * 60_000],
  ])("reads %s as parseISO does", (text, expected) => {
    expect(isoDateTimeMs(text)).toBe(expected);
    expect(isoDateTimeMs(text)).toBe(byDateFns(text));
  });

  it("reads every generated date-time as parseISO does", () => {
    fc.assert(
      fc.property(dateTime, (text) => {
        expect(isoDateTimeMs(text)).toBe(byDateFns(text));
      }),
      { seed: 20261202, numRuns: 50_000 },
    );
  });

  it("gives no time for text of another shape, as parseISO gives an invalid date", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        if (isoDateTimeMs(text) !== undefined) expect(isoDateTimeMs(text)).toBe(byDateFns(text));
      }),
      { seed: 20261202, numRuns: 20_000 },
    );
  });

  it("is what readTime uses for the shapes its fast path leaves", () => {
    expect(readTimeMs("2026-02-24 14:45")).toBe(Date.UTC(2026, 1, 24, 14, 45));
    expect(readTimeMs("2026-02-24 14:45:15.123456 +0530")).toBe(Date.UTC(2026, 1, 24, 9, 15, 15, 123));
    expect(readTimeMs("2026-02-24", "+05:30")).toBe(Date.UTC(2026, 1, 23, 18, 30));
  });
});
