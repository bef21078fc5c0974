import { describe, expect, it } from "vitest";
import { quoteLeadingZeroNumbers } from "../../src/decode/json.js";
import { isAbsent } from "../../src/normalize/absent.js";
import { readBoolean } from "../../src/normalize/boolean.js";
import { eventId } from "../../src/normalize/event-id.js";
import { readDuration, readNumber } from "../../src/normalize/number.js";
import { numberToText, readText } from "../../src/normalize/text.js";

describe("isAbsent", () => {
  it("reads undefined, null, empty strings and the string null as absent", () => {
    for (const value of [undefined, null, "", "  ", "null", "NULL"]) expect(isAbsent(value)).toBe(true);
    for (const value of [0, false, "0", "nil", "none", {}]) expect(isAbsent(value)).toBe(false);
  });
});

describe("readBoolean", () => {
  it("reads booleans the way providers send them, never with Boolean(string)", () => {
    expect([true, "true", "TRUE", 1, "1", ""].map(readBoolean)).toEqual([true, true, true, true, true, true]);
    expect([false, "false", "False", 0, "0"].map(readBoolean)).toEqual([false, false, false, false, false]);
    expect([null, undefined, "null"].map(readBoolean)).toEqual([null, null, null]);
    expect(["yes please", 2, {}, []].map(readBoolean)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("readDuration past a safe integer", () => {
  it("refuses a duration past Number.MAX_SAFE_INTEGER, which is no longer an exact count of seconds", () => {
    expect(readDuration("99999999999999999999")).toBeUndefined();
    expect(readDuration(1e20)).toBeUndefined();
    expect(readDuration(String(Number.MAX_SAFE_INTEGER + 1))).toBeUndefined();
    expect(readDuration(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(readDuration("117.5")).toBe(117.5);
  });
});

describe("readNumber and readDuration", () => {
  it("reads numbers sent as strings", () => {
    expect(["4.25015", " 60 ", "-3", "+7", ".5", 12].map(readNumber)).toEqual([4.25015, 60, -3, 7, 0.5, 12]);
  });

  it("rejects what is not a number", () => {
    expect(["1e3", "0x10", "12abc", Number.NaN, Infinity, true, {}].map(readNumber)).toEqual(Array(7).fill(undefined));
  });

  it("rejects negative durations", () => {
    expect(readDuration(-1)).toBeUndefined();
    expect(readDuration("0")).toBe(0);
  });
});

describe("readText", () => {
  it("reads strings trimmed and numbers as their decimal digits", () => {
    expect(readText("  abc ")).toBe("abc");
    expect(readText(787)).toBe("787");
    expect(numberToText(1e21)).toBe("1000000000000000000000");
    expect(readText(true)).toBeUndefined();
  });
});

describe("quoteLeadingZeroNumbers", () => {
  it("quotes bare numbers with a leading zero, outside strings only", () => {
    expect(quoteLeadingZeroNumbers('{"callerid": 04471000000, "to": 9100000000}')).toBe(
      '{"callerid": "04471000000", "to": 9100000000}',
    );
    expect(quoteLeadingZeroNumbers('{"a": "04471000000", "b": [012, 0.5, 10, 1e05]}')).toBe(
      '{"a": "04471000000", "b": ["012", 0.5, 10, 1e05]}',
    );
    expect(quoteLeadingZeroNumbers('{"a": "x\\"012", "b": 1}')).toBeNull();
  });
});

describe("eventId", () => {
  it("joins the parts, keeping empty parts in place and escaping separators", () => {
    expect(eventId("telecmi", ["cdr", "answered", "abc"])).toBe("telecmi:cdr:answered:abc");
    expect(eventId("urlnetworks", ["x", null, "y"])).not.toBe(eventId("urlnetworks", ["x", "y", null]));
    expect(eventId("carrierx", ["a:b"])).not.toBe(eventId("carrierx", ["a", "b"]));
  });
});
