import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJson, quoteLeadingZeroNumbers } from "../../src/decode/json.js";
import { DEFAULT_LIMITS, type Limits } from "../../src/decode/limits.js";
import { sanitizeParsed } from "../../src/decode/nesting.js";

// A million levels: deep enough for the reviver to overflow the stack in a worker thread too.
const deepArrays = `${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`;

describe("parseJson: forbidden keys", () => {
  it("reads text without forbidden keys as it is, values that merely mention them included", () => {
    expect(parseJson('{"a":1,"b":["x"]}')).toEqual({ ok: true, value: { a: 1, b: ["x"] } });
    expect(parseJson('{"a":"protocol"}')).toEqual({ ok: true, value: { a: "protocol" } });
    expect(parseJson('{"a":"constructor","__proto":1}')).toEqual({ ok: true, value: { a: "constructor", __proto: 1 } });
    expect(parseJson('{"a":"\\u0041"}')).toEqual({ ok: true, value: { a: "A" } });
  });

  it("drops __proto__, constructor and prototype keys at every depth", () => {
    const result = parseJson('{"a":{"__proto__":{"x":1},"constructor":2,"prototype":3,"b":4}}');
    expect(result).toEqual({ ok: true, value: { a: { b: 4 } } });
    expect(parseJson('[{"k":[{"prototype":1,"v":2}]}]')).toEqual({ ok: true, value: [{ k: [{ v: 2 }] }] });
  });

  it("drops them however the text spells them (escapes), at the top level and below", () => {
    const result = parseJson('{"\\u005f_proto__":{"x":1},"b":{"constructo\\u0072":1,"c":2}}');
    expect(result).toEqual({ ok: true, value: { b: { c: 2 } } });
    expect(result.ok && Object.hasOwn(result.value as object, "__proto__")).toBe(false);
  });
});

describe("parseJson: nesting", () => {
  it("reads many shallow brackets: the bracket count alone never refuses", () => {
    const text = `[${"[1],".repeat(70)}[1]]`;
    const result = parseJson(text);
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as unknown[]).length).toBe(71);
  });

  it("answers too_deep when the reviver overflows the stack on a risky 1,000,000-level text", () => {
    expect(parseJson(`{"proto":1,"a":${deepArrays}}`)).toEqual({ ok: false, reason: "too_deep" });
  });

  it("answers too_deep when the repaired leading-zero text overflows the stack", () => {
    expect(parseJson(`{"proto":012,"a":${deepArrays}}`)).toEqual({ ok: false, reason: "too_deep" });
  });

  it("answers syntax when the text stays invalid after the leading-zero repair", () => {
    expect(parseJson('{"a":012,}')).toEqual({ ok: false, reason: "syntax" });
    expect(parseJson("{")).toEqual({ ok: false, reason: "syntax" });
  });
});

describe("parseJson: leading-zero repair", () => {
  it("keeps numbers with a leading zero as their digits, 9 included", () => {
    expect(parseJson("[09]")).toEqual({ ok: true, value: ["09"] });
    expect(parseJson('{"to": 044989889899}')).toEqual({ ok: true, value: { to: "044989889899" } });
  });

  it("repairs each of several adjacent numbers", () => {
    expect(parseJson("[012,013]")).toEqual({ ok: true, value: ["012", "013"] });
  });

  it("leaves fractions and exponents alone while repairing", () => {
    const text = '{"a":012,"b":1.05,"c":1e05,"d":1E05,"e":1e+05,"f":1e-05,"g":100}';
    expect(parseJson(text)).toEqual({
      ok: true,
      value: { a: "012", b: 1.05, c: 100000, d: 100000, e: 100000, f: 0.00001, g: 100 },
    });
  });

  it("never repairs inside strings, escaped quotes included", () => {
    expect(parseJson('{"s":"x\\" 012","n":012}')).toEqual({ ok: true, value: { s: 'x" 012', n: "012" } });
  });
});

describe("parseJson: texts JSON.parse refuses at once", () => {
  // The reference: parseJson as it was before it told such texts apart, JSON.parse tried on every text.
  function reference(text: string, limits: Limits = DEFAULT_LIMITS) {
    const once = (json: string) => {
      const value: unknown = JSON.parse(json);
      const found = sanitizeParsed(value, limits.maxDepth, limits.maxFields);
      return found === "ok" ? { ok: true, value } : { ok: false, reason: found };
    };
    try {
      return once(text);
    } catch (error) {
      if (error instanceof RangeError) return { ok: false, reason: "too_deep" };
    }
    const repaired = quoteLeadingZeroNumbers(text, limits.maxFields);
    if (repaired === null) return { ok: false, reason: "syntax" };
    if (repaired === undefined) return { ok: false, reason: "too_many_fields" };
    try {
      return once(repaired);
    } catch (error) {
      return { ok: false, reason: error instanceof RangeError ? "too_deep" : "syntax" };
    }
  }

  it("reads the PIOPIY samples' extra_params as no JSON", () => {
    for (const text of ["{ 'Name': 'Akil', 'ID':8915726 }", "{key: value}", "{ Name=Akil, ID=8915726 }"]) {
      expect(parseJson(text)).toEqual({ ok: false, reason: "syntax" });
    }
  });

  it("answers as JSON.parse tried on every text would, whatever the text", () => {
    const jsonish = fc
      .tuple(
        fc.constantFrom("", " ", "\n\t", "\u00a0", "\ufeff"),
        fc.oneof(
          fc.json(),
          fc.string({ maxLength: 12 }),
          fc.constantFrom(
            "{'a':1}",
            "{a:1}",
            "{ 01: 2 }",
            "{01:2}",
            '{"a":01}',
            "[01]",
            "{}",
            "{ }",
            "tru",
            "-",
            "[",
            "{",
          ),
        ),
        fc.constantFrom("", " ", "x", ",", "}"),
      )
      .map((parts) => parts.join(""));
    const limits = fc.constantFrom(DEFAULT_LIMITS, { ...DEFAULT_LIMITS, maxFields: 1 });
    fc.assert(
      fc.property(jsonish, limits, (text, chosen) => {
        expect(parseJson(text, chosen)).toEqual(reference(text, chosen));
      }),
      { seed: 20261121, numRuns: Number(process.env.PROPERTY_RUNS ?? 20_000) },
    );
  });
});
