import { describe, expect, it } from "vitest";
import { parseJson } from "../../src/decode/json.js";
import { MAX_NESTING, sanitizeParsed } from "../../src/decode/nesting.js";
import { parseCallback } from "../../src/index.js";

const nested = (levels: number, asObject: boolean): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = asObject ? { a: value } : [value];
  return value;
};

const nestsDeeperThan = (value: unknown, limit: number): boolean => sanitizeParsed(value, limit) === "too_deep";

describe("sanitizeParsed: nesting", () => {
  it("counts each object or array as one level", () => {
    expect(nestsDeeperThan(nested(3, true), 3)).toBe(false);
    expect(nestsDeeperThan(nested(4, true), 3)).toBe(true);
    expect(nestsDeeperThan(nested(3, false), 3)).toBe(false);
    expect(nestsDeeperThan(nested(4, false), 3)).toBe(true);
  });

  it("finds the deepest path among shallow siblings", () => {
    expect(nestsDeeperThan({ a: 1, b: [2], c: { d: { e: [3] } } }, 4)).toBe(false);
    expect(nestsDeeperThan({ a: 1, b: [2], c: { d: { e: [[3]] } } }, 4)).toBe(true);
  });

  it("reads scalars and null as no nesting", () => {
    for (const value of [null, undefined, 1, "[[[[", true]) expect(nestsDeeperThan(value, 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({ a: null }, 1)).toBe(false);
  });

  it("walks 100,000 levels without a stack overflow", () => {
    expect(nestsDeeperThan(nested(100_000, true), MAX_NESTING)).toBe(true);
  });
});

describe("sanitizeParsed: forbidden keys", () => {
  it("deletes __proto__, constructor and prototype as own keys of any object, at any depth", () => {
    const top = JSON.parse('{"__proto__":{"x":1},"a":1}');
    expect(sanitizeParsed(top, MAX_NESTING)).toBe("ok");
    expect(Object.keys(top)).toEqual(["a"]);
    const nested = JSON.parse('{"a":[{"b":{"constructor":1,"c":2}}],"d":[[{"prototype":null}]]}');
    expect(sanitizeParsed(nested, MAX_NESTING)).toBe("ok");
    expect(nested).toEqual({ a: [{ b: { c: 2 } }], d: [[{}]] });
    const mentions = { a: "__proto__", b: ["constructor"], proto: 1 };
    expect(sanitizeParsed(mentions, MAX_NESTING)).toBe("ok");
    expect(mentions).toEqual({ a: "__proto__", b: ["constructor"], proto: 1 });
  });

  it("answers too_deep for a deep hostile text, whatever keys it holds", () => {
    const hostile = JSON.parse(`{"__proto__":1,"constructor":2,"a":${"[".repeat(100)}${"]".repeat(100)}}`);
    expect(sanitizeParsed(hostile, MAX_NESTING)).toBe("too_deep");
  });

  it("counts keys and array items at every depth against the field limit", () => {
    expect(sanitizeParsed({ a: [1, 2], b: { c: 3 } }, MAX_NESTING, 5)).toBe("ok");
    expect(sanitizeParsed({ a: [1, 2], b: { c: 3 } }, MAX_NESTING, 4)).toBe("too_many_fields");
    expect(sanitizeParsed(JSON.parse('{"__proto__":1,"a":1}'), MAX_NESTING, 1)).toBe("too_many_fields");
  });
});

describe("parseJson nesting limit", () => {
  it(`reads ${MAX_NESTING} levels and refuses ${MAX_NESTING + 1}`, () => {
    const text = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
    expect(parseJson(text(MAX_NESTING)).ok).toBe(true);
    expect(parseJson(text(MAX_NESTING + 1))).toEqual({ ok: false, reason: "too_deep" });
  });

  it("applies the limit to JSON repaired for leading-zero numbers too", () => {
    const text = `${"[".repeat(MAX_NESTING + 1)}012${"]".repeat(MAX_NESTING + 1)}`;
    expect(parseJson(text)).toEqual({ ok: false, reason: "too_deep" });
    expect(parseJson(`[[012]]`)).toMatchObject({ ok: true, value: [["012"]] });
  });
});

describe("mixed brackets", () => {
  it("refuses JSON nesting objects and arrays alternately past the limit", () => {
    const levels = MAX_NESTING + 1;
    const text = `${'{"a":['.repeat(levels)}1${"]}".repeat(levels)}`;
    expect(parseJson(text)).toEqual({ ok: false, reason: "too_deep" });
  });

  it("answers malformed_body to a 100,000-level body mixing { and [", () => {
    const levels = 50_000; // each adds an object and an array: 100,000 levels
    const body = `${'{"a":['.repeat(levels)}1${"]}".repeat(levels)}`;
    const result = parseCallback(body, "application/json");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("malformed_body");
  });
});
