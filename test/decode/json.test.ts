import { describe, expect, it } from "vitest";
import { parseJson } from "../../src/decode/json.js";

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
