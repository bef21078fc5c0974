import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { requiredText, text } from "../../src/schema/fields.js";
import { record } from "../../src/schema/record.js";

const schema = record({ callA: text(), callId: requiredText() });

describe("record", () => {
  it("matches keys without case and writes them in the docs' spelling", () => {
    expect(v.parse(schema, { CALLID: "x", CallA: "y" })).toEqual({ callId: "x", callA: "y" });
  });

  it("lets the exact spelling win and keeps the other spelling under its own name", () => {
    expect(v.parse(schema, { callId: "1", CallA: "x", callA: "y" })).toEqual({ callId: "1", callA: "y", CallA: "x" });
  });

  it("keeps unknown keys, even ones named like Object.prototype members", () => {
    expect(v.parse(schema, { callId: "1", toString: "t", hasOwnProperty: "h", extra: { a: 1 } })).toEqual({
      callId: "1",
      toString: "t",
      hasOwnProperty: "h",
      extra: { a: 1 },
    });
  });

  it("drops __proto__, constructor and prototype", () => {
    const input = JSON.parse('{"callId":"1","__proto__":{"x":1},"constructor":2,"prototype":3}') as object;
    const output = v.parse(schema, input);
    expect(Object.keys(output)).toEqual(["callId"]);
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
  });

  it("refuses what is not an object", () => {
    for (const input of [null, [], "x", 1]) expect(v.safeParse(schema, input).success).toBe(false);
  });
});
