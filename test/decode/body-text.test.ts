import { describe, expect, it } from "vitest";
import { bodyToText, utf8ByteLength } from "../../src/decode/body-text.js";
import { mediaKind } from "../../src/decode/content-type.js";

describe("utf8ByteLength", () => {
  it("counts 1, 2, 3 and 4 bytes at each encoding boundary", () => {
    expect(["", "a", "\u007f", "\u0080", "é", "\u07ff", "\u0800", "€", "\uffff", "😀"].map(utf8ByteLength)).toEqual([
      0, 1, 1, 2, 2, 2, 3, 3, 3, 4,
    ]);
  });

  it("counts a lone surrogate as the 3 bytes of U+FFFD", () => {
    expect(["\ud800", "\ud800a", "\udc00", "\udbff\udfff", "a\ud83d", "\ud83d\ud83d"].map(utf8ByteLength)).toEqual([
      3, 4, 3, 4, 4, 6,
    ]);
  });

  it("pairs only a high surrogate (D800–DBFF) with a following low one (DC00–DFFF)", () => {
    const cases = [
      "\ud800\udc00",
      "\udbff\udfff",
      "\u20ac\udc00",
      "\udc00\udc00",
      "\ud800\u20ac",
      "\ud7ff\udc00",
      "\ud800\ue000",
    ];
    expect(cases.map(utf8ByteLength)).toEqual([4, 4, 6, 6, 6, 6, 6]);
    for (const text of cases) expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
  });

  it("agrees with TextEncoder", () => {
    const text = "a€😀\u0800\u07ff\ud800x";
    expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe("bodyToText", () => {
  const tooLarge = (result: ReturnType<typeof bodyToText>) => (result.ok ? "ok" : result.error.message);

  it("accepts a body of exactly the cap and refuses one byte more, with the sizes in the message", () => {
    expect(bodyToText("abcd", 4)).toEqual({ ok: true, text: "abcd" });
    expect(tooLarge(bodyToText("abcde", 4))).toBe(
      "The body is at least 5 bytes, over the 4-byte limit. Raise options.maxBodyBytes if this provider really sends such bodies.",
    );
    expect(bodyToText(new Uint8Array(4).fill(97), 4)).toEqual({ ok: true, text: "aaaa" });
    expect(tooLarge(bodyToText(new Uint8Array(5), 4))).toBe(
      "The body is 5 bytes, over the 4-byte limit. Raise options.maxBodyBytes if this provider really sends such bodies.",
    );
  });

  it("counts the UTF-8 bytes of a string that could be over the cap", () => {
    expect(bodyToText("€€", 6)).toEqual({ ok: true, text: "€€" });
    expect(tooLarge(bodyToText("€€", 5))).toBe(
      "The body is 6 bytes, over the 5-byte limit. Raise options.maxBodyBytes if this provider really sends such bodies.",
    );
    expect(bodyToText("ab", 5)).toEqual({ ok: true, text: "ab" });
    expect(bodyToText("aé", 3)).toEqual({ ok: true, text: "aé" });
  });

  it("drops a leading BOM only", () => {
    expect(bodyToText("\ufeff{}", 10)).toEqual({ ok: true, text: "{}" });
    expect(bodyToText("{}\ufeff", 10)).toEqual({ ok: true, text: "{}\ufeff" });
    expect(bodyToText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 10)).toEqual({ ok: true, text: "a" });
    expect(bodyToText("", 0)).toEqual({ ok: true, text: "" });
  });

  it("reads only the bytes of a view", () => {
    const buffer = new TextEncoder().encode("xxabcxx");
    expect(bodyToText(buffer.subarray(2, 5), 3)).toEqual({ ok: true, text: "abc" });
    expect(bodyToText(new DataView(buffer.buffer, 2, 3), 3)).toEqual({ ok: true, text: "abc" });
    expect(bodyToText(buffer.buffer, 7)).toEqual({ ok: true, text: "xxabcxx" });
  });

  it("refuses invalid UTF-8 with a malformed_body message", () => {
    expect(bodyToText(new Uint8Array([0xc3]), 10)).toEqual({
      ok: false,
      error: {
        code: "malformed_body",
        message:
          "The body is not valid UTF-8. Pass the bytes exactly as received, or a string decoded from them as UTF-8.",
      },
    });
  });
});

describe("mediaKind", () => {
  it("reads JSON media types without case, parameters or spaces", () => {
    for (const type of [
      "application/json",
      " APPLICATION/JSON ; charset=utf-8",
      "application/problem+json",
      "text/json",
      "Text/JSON;x=1",
    ]) {
      expect(mediaKind(type)).toBe("json");
    }
  });

  it("reads the form media type, and sniffs text/plain, octet-stream, an empty or a missing header", () => {
    expect(mediaKind("application/x-www-form-urlencoded;charset=UTF-8")).toBe("form");
    for (const type of ["text/plain", "application/octet-stream", "", " ; charset=utf-8", null, undefined]) {
      expect(mediaKind(type)).toBe("sniff");
    }
    expect(mediaKind(42 as unknown as string)).toBe("sniff");
  });

  it("refuses anything else", () => {
    for (const type of [
      "application/xml",
      "text/html",
      "multipart/form-data",
      "application/jsonx",
      "json",
      "text/plain2",
    ]) {
      expect(mediaKind(type)).toBe("unsupported");
    }
  });
});
