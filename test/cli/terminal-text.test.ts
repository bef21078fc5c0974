import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { terminalJson, terminalText } from "../../src/cli/terminal-text.js";
import { SEED } from "../property/arbitraries.js";

// Code points a terminal or a log must never get raw from a sender: C0, DEL, C1, the soft hyphen, bidi marks,
// embeddings, overrides and isolates, zero-width and invisible format characters, U+2028/9, the BOM.
const UNSAFE_CODE_POINTS = [
  ...Array.from({ length: 0x20 }, (_, index) => index),
  ...Array.from({ length: 0x21 }, (_, index) => 0x7f + index),
  0xad,
  0x61c,
  0x180e,
  ...[0x200b, 0x200c, 0x200d, 0x200e, 0x200f],
  ...[0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e],
  ...[0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069],
  0xfeff,
  ...[0xfff9, 0xfffa, 0xfffb],
];
const isUnsafe = (text: string): boolean =>
  [...text].some((character) => {
    const code = character.codePointAt(0) ?? 0;
    return UNSAFE_CODE_POINTS.includes(code) || (code >= 0xd800 && code <= 0xdfff);
  });

describe("terminalText", () => {
  it("writes each unsafe character as a visible \\uXXXX, and leaves the rest", () => {
    for (const code of UNSAFE_CODE_POINTS) {
      expect(terminalText(`a${String.fromCharCode(code)}b`)).toBe(`a\\u${code.toString(16).padStart(4, "0")}b`);
    }
    expect(terminalText("+61 (03) 9008-5900 · Jürgen 😀")).toBe("+61 (03) 9008-5900 · Jürgen 😀");
    expect(terminalText("\ud800x\udc00")).toBe("\\ud800x\\udc00");
  });

  it("leaves nothing unsafe in any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(isUnsafe(terminalText(text))).toBe(false);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe("terminalJson", () => {
  it("writes the same JSON value with nothing unsafe in it, pretty-printed or not", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: "binary" }), (value, text) => {
        for (const json of [terminalJson({ value, text }), terminalJson({ value, text }, 2)]) {
          expect(isUnsafe(json.replaceAll("\n", ""))).toBe(false);
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, text })));
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
