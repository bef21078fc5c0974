import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAbsent } from "../../src/normalize/absent.js";
import { readBoolean } from "../../src/normalize/boolean.js";
import { eventId } from "../../src/normalize/event-id.js";
import { readDuration, readNumber } from "../../src/normalize/number.js";
import { isKnownRegion, readPhoneNumber } from "../../src/normalize/phone.js";
import { numberStyle } from "../../src/normalize/phone-style.js";
import { numberToText, readText } from "../../src/normalize/text.js";
import { readTime } from "../../src/normalize/time.js";
// The numbering plans of every region, as `import "callhooks/phone-data"` loads them.
import "../../src/phone-data.js";

const iso = (value: unknown, offset?: string) =>
  (offset === undefined ? readTime(value) : readTime(value, offset))?.toISOString();

describe("isAbsent", () => {
  it("reads the string null in its three spellings, trimmed, as absent", () => {
    for (const value of ["Null", " null ", "\tNULL\n"]) expect(isAbsent(value)).toBe(true);
    for (const value of ["nUll", "null1", "'null'", 0, Number.NaN, false]) expect(isAbsent(value)).toBe(false);
  });
});

describe("readBoolean", () => {
  it("trims and ignores case", () => {
    expect([" true ", "\tFALSE", " 1", "0 ", "  ", " Null "].map(readBoolean)).toEqual([
      true,
      false,
      true,
      false,
      true,
      null,
    ]);
  });

  it("reads only 1 and 0 among numbers", () => {
    expect([1, 0, -1, 2, 0.5, Number.NaN].map(readBoolean)).toEqual([
      true,
      false,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("readNumber", () => {
  it("reads a sign, digits and one decimal point", () => {
    expect(["1.", "-.5", "+0", "007", "-0.25"].map(readNumber)).toEqual([1, -0.5, 0, 7, -0.25]);
  });

  it("rejects partial numbers and numbers with other text", () => {
    for (const value of ["", "+", "-", ".", "1.2.3", "1 2", "a1", "1a", "--1", "1e5", "٣"]) {
      expect(readNumber(value)).toBe(value === "" ? null : undefined);
    }
  });

  it("rejects a numeric string too large to be finite", () => {
    expect(readNumber(`1${"0".repeat(400)}`)).toBeUndefined();
    expect(readNumber(`1${"0".repeat(300)}`)).toBe(1e300);
  });

  it("reads absent values as null", () => {
    for (const value of [undefined, null, "", " ", "null"]) expect(readNumber(value)).toBeNull();
  });
});

describe("readDuration", () => {
  it("keeps zero and positive durations and refuses negative ones", () => {
    expect([0, "0", 0.001, "12.5"].map(readDuration)).toEqual([0, 0, 0.001, 12.5]);
    expect([-0.001, "-1", -1e9].map(readDuration)).toEqual([undefined, undefined, undefined]);
    expect([null, "", "x"].map(readDuration)).toEqual([null, null, undefined]);
  });
});

describe("readText and numberToText", () => {
  it("writes numbers from 1e21 up as plain digits, and smaller ones as String does", () => {
    expect(numberToText(1e21)).toBe("1000000000000000000000");
    expect(numberToText(-1e21)).toBe("-1000000000000000000000");
    expect(numberToText(999999999999999900000)).toBe("999999999999999900000");
    expect(numberToText(0.5)).toBe("0.5");
    expect(numberToText(-12)).toBe("-12");
  });

  it("writes integers past 2^31 (phone numbers sent as JSON numbers) as String does, also next to a multiple of 10^9", () => {
    const edges = [2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 1e9 * 2147483, 440000000000, 999999999999, 1e12, 1e12 - 1];
    edges.push(
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER - 1,
      2 ** 53 - 1e9,
      2 ** 53 - 1e9 + 1,
      8999999999999999,
    );
    for (const value of edges) expect(numberToText(value)).toBe(String(value));
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeNat(), fc.integer({ min: 2 ** 31, max: 2 ** 40 })), (value) => {
        expect(numberToText(value)).toBe(String(value));
        const nearBillion = Math.min(Number.MAX_SAFE_INTEGER, Math.round(value / 1e9) * 1e9);
        for (const near of [nearBillion - 1, nearBillion, nearBillion + 1])
          expect(numberToText(near)).toBe(String(near));
      }),
      { seed: 20261121, numRuns: 2000 },
    );
  });

  it("refuses non-finite numbers and values that are not text", () => {
    for (const value of [Number.NaN, Infinity, -Infinity, true, {}, [], 1n]) expect(readText(value)).toBeUndefined();
    for (const value of [undefined, null, "", " null "]) expect(readText(value)).toBeNull();
  });
});

describe("eventId", () => {
  it("percent-encodes : and % inside a part, and writes an absent part as empty", () => {
    expect(eventId("carrierx", ["a:b%c", undefined, "d"])).toBe("carrierx:a%3Ab%25c::d");
    expect(eventId("wavecell", ["%%", "::"])).toBe("wavecell:%25%25:%3A%3A");
    expect(eventId("telecmi", [])).toBe("telecmi");
    expect(eventId("kaleyra", ["plain-part"])).toBe("kaleyra:plain-part");
  });
});

describe("readTime boundaries", () => {
  it("reads an epoch below 1e12 as seconds and from 1e12 as milliseconds", () => {
    expect(iso(999_999_999_999)).toBe("+033658-09-27T01:46:39.000Z");
    expect(iso(1e12)).toBe("2001-09-09T01:46:40.000Z");
    expect(iso("999999999999.9")).toBe("+033658-09-27T01:46:39.900Z");
    expect(iso(0)).toBe("1970-01-01T00:00:00.000Z");
    expect(iso("1573865518.25")).toBe("2019-11-16T00:51:58.250Z");
  });

  it("refuses an epoch past the last representable date", () => {
    expect(readTime(8.64e15)).toBeInstanceOf(Date);
    expect(readTime(8.64e15 + 1)).toBeUndefined();
    expect(readTime("8640000000000001")).toBeUndefined();
  });

  it("checks the calendar of a canonical UTC date-time", () => {
    expect(iso("2024-02-29T12:00:00Z")).toBe("2024-02-29T12:00:00.000Z");
    expect(iso("2024-02-29T12:00:00.5Z")).toBe("2024-02-29T12:00:00.500Z");
    for (const value of ["2023-02-29T12:00:00Z", "2024-04-31T00:00:00.000Z", "2024-00-10T00:00:00Z"]) {
      expect(readTime(value)).toBeUndefined();
    }
  });

  it("reads other ISO forms: minutes only, a comma fraction, an offset without a colon or minutes", () => {
    expect(iso("2026-02-24T14:45")).toBe("2026-02-24T14:45:00.000Z");
    expect(iso("2026-02-24T14:45:15,25Z")).toBe("2026-02-24T14:45:15.250Z");
    expect(iso("2026-02-24T14:45:15+0530")).toBe("2026-02-24T09:15:15.000Z");
    expect(iso("2026-02-24T14:45:15+05")).toBe("2026-02-24T09:45:15.000Z");
    expect(iso("2026-02-24 14:45:15 +05:30")).toBe("2026-02-24T09:15:15.000Z");
    expect(iso("2026-02-24 14:45:15", "-01:00")).toBe("2026-02-24T15:45:15.000Z");
    expect(iso("2026-02-24T14:45:15.123456Z")).toBe("2026-02-24T14:45:15.123Z");
  });

  it("refuses text around an ISO date-time", () => {
    for (const value of [
      "x2026-02-24T14:45:15Z",
      "2026-02-24T14:45:15Zx",
      "2026-2-24",
      "2026-02-24T1:45",
      "2026-02-24T14:45:15+5",
    ]) {
      expect(readTime(value)).toBeUndefined();
    }
  });
});

describe("readPhoneNumber", () => {
  const intl = { international: true, region: undefined };
  const au = { international: false, region: "AU" };

  it("strips separators before reading the number", () => {
    expect(readPhoneNumber("+61 (3) 9008-5900", intl)).toEqual({ raw: "+61 (3) 9008-5900", e164: "+61390085900" });
    expect(readPhoneNumber("(03) 9008.5900", au)).toEqual({ raw: "(03) 9008.5900", e164: "+61390085900" });
  });

  it("reads a 00 prefix as international, and refuses one with too few or too many digits", () => {
    expect(readPhoneNumber("0061390085900", au)?.e164).toBe("+61390085900");
    expect(readPhoneNumber("00123", au)?.e164).toBeNull();
    expect(readPhoneNumber(`00${"1".repeat(16)}`, au)?.e164).toBeNull();
    expect(readPhoneNumber("0001234567", intl)?.e164).toBeNull();
  });

  it("refuses a + number that is not E.164", () => {
    for (const sent of ["+0123456789", "+123456", `+1${"2".repeat(15)}`, "+12345a789", "++61390085900"]) {
      expect(readPhoneNumber(sent, intl)?.e164).toBeNull();
    }
    expect(readPhoneNumber("+1234567", intl)?.e164).toBe("+1234567");
    expect(readPhoneNumber(`+1${"2".repeat(14)}`, intl)?.e164).toBe(`+1${"2".repeat(14)}`);
  });

  it("reads international digits as sent, 7 to 15 digits, not starting with 0", () => {
    expect(readPhoneNumber("1234567", intl)?.e164).toBe("+1234567");
    expect(readPhoneNumber("123456", intl)?.e164).toBeNull();
    expect(readPhoneNumber("1234567890123456", intl)?.e164).toBeNull();
    expect(readPhoneNumber("0390085900", intl)?.e164).toBeNull();
  });

  it("reads international digits that are a valid national number of the region as national", () => {
    expect(readPhoneNumber("9845012345", { international: true, region: "IN" })?.e164).toBe("+919845012345");
    expect(readPhoneNumber("919845012345", { international: true, region: "IN" })?.e164).toBe("+919845012345");
    expect(readPhoneNumber("9845012345", intl)?.e164).toBe("+9845012345");
  });

  it("reads national numbers only with a known region", () => {
    expect(readPhoneNumber("0390085900", { international: false, region: undefined })?.e164).toBeNull();
    expect(readPhoneNumber("0390085900", { international: false, region: "ZZ" })?.e164).toBeNull();
    expect(readPhoneNumber("03", au)?.e164).toBeNull();
    expect(readPhoneNumber("abc", au)).toEqual({ raw: "abc", e164: null });
  });

  it("keeps the number as sent, trimmed, and reads absent values as null", () => {
    expect(readPhoneNumber(" 61390085900 ", intl)).toEqual({ raw: "61390085900", e164: "+61390085900" });
    expect(readPhoneNumber(61390085900, intl)).toEqual({ raw: "61390085900", e164: "+61390085900" });
    expect(readPhoneNumber("null", intl)).toBeNull();
    expect(readPhoneNumber({}, intl)).toBeNull();
  });

  it("knows ISO regions", () => {
    expect(isKnownRegion("AU")).toBe(true);
    expect(isKnownRegion("XX")).toBe(false);
  });
});

describe("numberStyle", () => {
  it("lets options.defaultCountry override the provider's region", () => {
    expect(numberStyle(false, "AU", undefined)).toEqual({ international: false, region: "AU" });
    expect(numberStyle(true, "AU", "IN")).toEqual({ international: true, region: "IN" });
    expect(numberStyle(true, undefined, undefined)).toEqual({ international: true, region: undefined });
  });
});
