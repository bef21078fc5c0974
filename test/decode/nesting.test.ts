import { describe, expect, it } from "vitest";
import { parseJson } from "../../src/decode/json.js";
import { inspectParsed, MAX_NESTING } from "../../src/decode/nesting.js";
import { parseCallback } from "../../src/index.js";

const nested = (levels: number, asObject: boolean): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = asObject ? { a: value } : [value];
  return value;
};

const nestsDeeperThan = (value: unknown, limit: number): boolean => inspectParsed(value, limit) === "too_deep";

describe("inspectParsed: nesting", () => {
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

describe("inspectParsed: forbidden keys", () => {
  it("finds __proto__, constructor or prototype as an own key of any object, at any depth", () => {
    expect(inspectParsed(JSON.parse('{"__proto__":1}'), MAX_NESTING)).toBe("forbidden_key");
    expect(inspectParsed({ a: [{ b: { constructor: 1 } }] }, MAX_NESTING)).toBe("forbidden_key");
    expect(inspectParsed([[{ prototype: null }]], MAX_NESTING)).toBe("forbidden_key");
    expect(inspectParsed({ a: "__proto__", b: ["constructor"], proto: 1 }, MAX_NESTING)).toBe("ok");
  });

  it("answers too_deep before forbidden_key, so that a deep hostile text is never revived", () => {
    const hostile = JSON.parse(`{"__proto__":1,"constructor":2,"a":${"[".repeat(100)}${"]".repeat(100)}}`);
    expect(inspectParsed(hostile, MAX_NESTING)).toBe("too_deep");
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
