import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  constantTimeEqual,
  fixBinary,
  fixedSize,
  fixSecret,
  MAX_SECRET_BYTES,
  matchesAny,
  utf8Length,
} from "../../src/verify/constant-time-equal.js";
import { SEED } from "../property/arbitraries.js";

describe("constantTimeEqual", () => {
  const size = 64;
  it("is true for the same value and false for any change", () => {
    const secret = fixSecret("s3cret-value", size);
    expect(constantTimeEqual(secret, fixSecret("s3cret-value", size))).toBe(true);
    expect(constantTimeEqual(secret, fixSecret("S3cret-value", size))).toBe(false); // first byte, case
    expect(constantTimeEqual(secret, fixSecret("s3cret-valuE", size))).toBe(false); // last byte
    expect(constantTimeEqual(secret, fixSecret("s3cret-value ", size))).toBe(false); // a trailing space
    expect(constantTimeEqual(secret, fixSecret("s3cret-valu", size))).toBe(false); // a prefix
  });

  it("tells a value from the same value followed by zero bytes", () => {
    expect(constantTimeEqual(fixSecret("abc", size), fixSecret("abc\u0000", size))).toBe(false);
  });

  it("never matches a value longer than the buffer, even on its first bytes", () => {
    const long = "x".repeat(size + 1);
    expect(fixSecret(long, size).fits).toBe(false);
    expect(constantTimeEqual(fixSecret(long, size), fixSecret(long, size))).toBe(false);
    expect(constantTimeEqual(fixBinary("\u0000".repeat(size + 4), size), fixBinary("\u0000".repeat(size), size))).toBe(
      false,
    );
  });

  it("compares text as UTF-8 and a binary string byte for byte", () => {
    const utf8 = String.fromCharCode(...new TextEncoder().encode("pässword"));
    expect(constantTimeEqual(fixSecret("pässword", size), fixBinary(utf8, size))).toBe(true);
    expect(constantTimeEqual(fixSecret("pässword", size), fixBinary("pässword", size))).toBe(false);
  });

  it("refuses buffers of different sizes", () => {
    expect(constantTimeEqual(fixSecret("a", 64), fixSecret("a", 128))).toBe(false);
  });
});

describe("fixedSize", () => {
  it("rounds the longest value up to whole 64-byte blocks", () => {
    expect(fixedSize(["a"])).toBe(64);
    expect(fixedSize(["a", "b".repeat(64)])).toBe(64);
    expect(fixedSize(["a", "b".repeat(65)])).toBe(128);
    expect(fixedSize(["é".repeat(40)])).toBe(128); // 80 bytes of UTF-8
    expect(fixedSize(["x".repeat(MAX_SECRET_BYTES)])).toBe(MAX_SECRET_BYTES);
  });
});

describe("matchesAny", () => {
  const accepted = ["current-secret", "previous-secret", "oldest-secret"].map((value) => fixSecret(value, 64));
  it("matches any of the accepted values, first or last", () => {
    expect(matchesAny(fixSecret("current-secret", 64), accepted)).toBe(true);
    expect(matchesAny(fixSecret("oldest-secret", 64), accepted)).toBe(true);
    expect(matchesAny(fixSecret("other-secret", 64), accepted)).toBe(false);
    expect(matchesAny(fixSecret("", 64), accepted)).toBe(false);
  });
});

describe("the UTF-8 encoder", () => {
  // Its words, read back as bytes, and its length are TextEncoder's, lone surrogates included.
  it("writes what TextEncoder writes", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary-ascii" }),
    );
    fc.assert(
      fc.property(text, (value) => {
        const expected = new TextEncoder().encode(value);
        const size = fixedSize([value]);
        const fixed = fixSecret(value, size);
        const bytes = fixed.units.flatMap((unit) => [unit & 0xff, unit >> 8]);
        expect(fixed.length).toBe(expected.length);
        expect(utf8Length(value)).toBe(expected.length);
        expect(bytes.slice(0, expected.length)).toEqual(Array.from(expected));
        expect(bytes.slice(expected.length).every((byte) => byte === 0)).toBe(true);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
