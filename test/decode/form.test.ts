import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeForm } from "../../src/decode/form.js";
import { DEFAULT_LIMITS } from "../../src/decode/limits.js";
import { searchParamsToFields } from "../../src/decode/parsed-object.js";

const LIMITS = { ...DEFAULT_LIMITS, maxFields: Number.POSITIVE_INFINITY };
const standard = (text: string) => searchParamsToFields(new URLSearchParams(text), "body", LIMITS);
const decode = (text: string) => decodeForm(text, "body", LIMITS);

describe("decodeForm", () => {
  it("reads forms as URLSearchParams does", () => {
    const cases = [
      "a=1&b=2",
      "condition_name=All%20Hours&call_completed&display_from=+0312341234",
      "&&a=1&&",
      "?a=1",
      "a=1&a=2",
      "a==b&=c&d=",
      "caller_name=J%C3%BCrgen",
      "bad=%zz&ok=1",
      "bad=%E0%A4%A&ok=1",
      "k%2Bey=v%26al",
      "__proto__=1&constructor=2&prototype=3&x=4",
      "",
      "%",
      "a=%",
      "a=\uD800&b=1",
    ];
    for (const text of cases) expect(decode(text), text).toEqual(standard(text));
  });

  it("agrees with URLSearchParams on any text", () => {
    const pieces = fc.constantFrom(
      "a",
      "b",
      "=",
      "&",
      "+",
      "%",
      "%2",
      "%20",
      "%2B",
      "%C3%BC",
      "%E0%A4",
      "?",
      " ",
      "ü",
      "__proto__",
      "x",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.array(pieces, { maxLength: 30 }).map((list) => list.join("")),
        ),
        (text) => {
          expect(decode(text)).toEqual(standard(text));
        },
      ),
      { numRuns: 2000 },
    );
    // Two thousand fast-check strings take about a second; a loaded 2-core machine can take several.
  }, 30_000);
});
