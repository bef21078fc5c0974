import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { requiredText, text } from "../../src/schema/fields.js";
import { type RecordConfig, record } from "../../src/schema/record.js";

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

describe("record issues", () => {
  // Built in each test, not when the file loads: what record() does with its entries is then part of a test.
  const makeThree = () => record({ a: requiredText(), b: requiredText(), c: text() });
  const keysOf = (result: { issues?: readonly { path?: readonly { key: unknown }[] | undefined }[] | undefined }) =>
    result.issues?.map((issue) => issue.path?.[0]?.key);

  it("lists issues in the schema's order, whatever the order of the keys sent", () => {
    const three = makeThree();
    const result = v.safeParse(three, { c: {}, b: {} });
    expect(result.success).toBe(false);
    expect(keysOf(result)).toEqual(["a", "b", "c"]);
  });

  it("lists issues in the schema's order after renaming keys sent in another case", () => {
    const three = makeThree();
    const result = v.safeParse(three, { C: [], B: [], A: [] });
    expect(keysOf(result)).toEqual(["a", "b", "c"]);
  });

  it("says a missing required key is required, with the key's path", () => {
    const three = makeThree();
    const result = v.safeParse(three, { a: "1" });
    expect(result.issues).toHaveLength(1);
    expect(result.issues?.[0]).toMatchObject({
      kind: "schema",
      type: "lenient_record",
      expected: '"b"',
      message: "is required",
      input: undefined,
    });
    expect(result.issues?.[0]?.path).toEqual([
      { type: "object", origin: "key", input: { a: "1" }, key: "b", value: undefined },
    ]);
  });

  it("does not require optional keys", () => {
    const three = makeThree();
    expect(v.safeParse(three, { a: "1", b: "2" })).toMatchObject({ success: true, output: { a: "1", b: "2" } });
  });

  it("says a value that is not an object must be an object", () => {
    const three = makeThree();
    const result = v.safeParse(three, "x");
    expect(result.issues).toHaveLength(1);
    expect(result.issues?.[0]).toMatchObject({
      kind: "schema",
      type: "lenient_record",
      expected: "Object",
      received: '"x"',
      message: "must be an object",
    });
  });

  it("puts the key's value path in front of a field's issue", () => {
    const three = makeThree();
    const input = { a: {}, b: "2" };
    const result = v.safeParse(three, input);
    expect(result.issues).toHaveLength(1);
    expect(result.issues?.[0]?.path).toEqual([{ type: "object", origin: "value", input, key: "a", value: {} }]);
  });

  it("nests the paths of a record inside a record", () => {
    const outer = record({ call: record({ id: requiredText() }) });
    const result = v.safeParse(outer, { call: { id: [] } });
    expect(result.issues?.[0]?.path?.map((item) => item.key)).toEqual(["call", "id"]);
    const missing = v.safeParse(outer, { call: {} });
    expect(missing.issues?.[0]?.path?.map((item) => item.key)).toEqual(["call", "id"]);
    expect(missing.issues?.[0]?.message).toBe("is required");
  });

  it("stops at the first bad field with abortEarly", () => {
    const three = makeThree();
    const result = v.safeParse(three, { a: {}, b: {}, c: {} }, { abortEarly: true });
    expect(keysOf(result)).toEqual(["a"]);
  });

  it("reports its output as untyped when it has issues, so a union tries its other options", () => {
    const three = makeThree();
    const union = v.union([three, v.number()]);
    const bad = v.safeParse(union, { a: "1" });
    expect(bad.success).toBe(false);
    expect(bad.issues?.[0]?.type).toBe("union");
    expect(v.safeParse(union, { a: "1", b: "2" })).toMatchObject({ success: true, output: { a: "1", b: "2" } });
  });

  it("describes itself as a valibot object schema", () => {
    const three = makeThree();
    expect(three).toMatchObject({ kind: "schema", type: "lenient_record", expects: "Object", async: false });
    expect(three.reference).toBe(record);
  });

  it("keeps unknown and forbidden-free keys after renaming", () => {
    const three = makeThree();
    const input = JSON.parse('{"A":"1","b":"2","__proto__":{"x":1},"Extra":3}') as object;
    const output = v.parse(three, input);
    expect(output).toEqual({ a: "1", b: "2", Extra: 3 });
    expect(Object.keys(output)).toEqual(["b", "a", "Extra"]);
  });
});

describe("record: the fast path (a field's reader called directly)", () => {
  // Each field's own valibot run is wrapped in a spy: a valid value must never reach it (the record calls the
  // field's reader itself), and an invalid one must, since valibot words the issue.
  const spied = () => {
    const calls: string[] = [];
    const fields = {
      required: requiredText(),
      optional: text(),
      kept: v.optional(v.string()),
    };
    for (const [name, field] of Object.entries(fields) as [string, v.GenericSchema][]) {
      const run = field["~run"].bind(field);
      Object.assign(field, {
        "~run": (dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) => {
          calls.push(name);
          return run(dataset, config);
        },
      });
    }
    return { schema: record(fields), calls };
  };

  it("reads valid lenient fields, bare or optional, without their valibot run", () => {
    const { schema: fast, calls } = spied();
    expect(v.parse(fast, { required: " a1 ", optional: 42, kept: "k" })).toEqual({
      required: "a1",
      optional: "42",
      kept: "k",
    });
    expect(v.parse(fast, { required: "a1", optional: undefined })).toEqual({ required: "a1", optional: undefined });
    expect(v.parse(fast, { required: "a1", optional: "null" })).toEqual({ required: "a1", optional: null });
    // Another schema kind (here valibot's own) always runs as valibot runs it.
    expect(calls).toEqual(["kept"]);
  });

  it("runs a field's valibot run only to word its issue", () => {
    const { schema: fast, calls } = spied();
    expect(v.safeParse(fast, { required: "", optional: {} }).issues?.map((issue) => issue.message)).toEqual([
      "is required (a non-empty string) but was empty",
      "must be a string, got an object",
    ]);
    expect(calls).toEqual(["required", "optional"]);
  });

  it("reads deliveries whose keys come in another order, or other keys, after the plans were kept", () => {
    const { schema: fast } = spied();
    expect(v.parse(fast, { required: "1", optional: "2" })).toEqual({ required: "1", optional: "2" });
    expect(v.parse(fast, { optional: "2", required: "1" })).toEqual({ optional: "2", required: "1" });
    expect(v.safeParse(fast, { optional: "2", extra: "1" }).success).toBe(false);
    expect(v.parse(fast, { optional: "2", extra: "x", required: "1" })).toEqual({
      optional: "2",
      extra: "x",
      required: "1",
    });
  });
});

describe("record: in place (parseCallback's own fields)", () => {
  const schema = record({ id: requiredText(), note: text(), inner: v.optional(record({ label: text() })) });
  const IN_PLACE: RecordConfig = { abortEarly: false, abortPipeEarly: false, inPlace: true };

  it("writes what it read into the fields it was given, and into the records inside them", () => {
    const fields = { id: " a1 ", note: "null", inner: { label: " x " }, extra: 1 };
    const inner = fields.inner;
    const result = schema["~run"]({ value: fields }, IN_PLACE);
    expect(result.value).toBe(fields);
    expect(fields).toEqual({ id: "a1", note: null, inner: { label: "x" }, extra: 1 });
    expect(fields.inner).toBe(inner);
  });

  it("writes nothing into a record that has issues (a record inside it may have read), and copies without inPlace", () => {
    const fields = { note: " kept ", inner: { label: " x " }, id: "" };
    expect(schema["~run"]({ value: fields }, IN_PLACE).issues).toHaveLength(1);
    expect(fields).toEqual({ note: " kept ", inner: { label: "x" }, id: "" });
    const sent = { id: " a1 ", note: " n " };
    expect(schema["~run"]({ value: sent }, { abortEarly: false }).value).toEqual({ id: "a1", note: "n" });
    expect(sent).toEqual({ id: " a1 ", note: " n " });
  });
});
