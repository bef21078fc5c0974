import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDigits } from "../../src/normalize/digits.js";

describe("isDigits", () => {
  it("answers as /^\\d+$/ does, from any start", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("0", "5", "9", "/", ":", "a", "+", ".", " ", "٣") }),
        fc.nat(3),
        (text, from) => {
          expect(isDigits(text, from)).toBe(/^\d+$/.test(text.slice(from)));
        },
      ),
      { seed: 20261121 },
    );
  });

  it("refuses empty text and a start past the end", () => {
    expect(isDigits("")).toBe(false);
    expect(isDigits("12", 2)).toBe(false);
    expect(isDigits("+61390085900", 1)).toBe(true);
  });
});
