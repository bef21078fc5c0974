import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { KALEYRA_PLACEHOLDERS, kaleyraCallbackSchema } from "../../src/providers/kaleyra/schema.js";
import { callRecordSchema, callRecordSchemaOf } from "../../src/records/call-record-schema.js";
import { callEventJsonSchema, callEventJsonSchemaOf } from "../../src/records/event-schema.js";
import { deferred, once } from "../../src/schema/deferred.js";
import { requiredText, text } from "../../src/schema/fields.js";
import { record } from "../../src/schema/record.js";

describe("deferred schemas (built on first use, not at import)", () => {
  it("once runs its factory on the first call alone", () => {
    let runs = 0;
    const build = once(() => ({ run: ++runs }));
    expect(runs).toBe(0);
    expect(build()).toBe(build());
    expect(runs).toBe(1);
  });

  it("deferred builds nothing until a key is read, then reads every key from the built schema", () => {
    let runs = 0;
    const schema = deferred(
      once(() => {
        runs++;
        return v.object({ a: v.string() });
      }),
      ["kind", "type", "reference", "expects", "async", "entries", "message", "~run", "~standard"],
    );
    expect(runs).toBe(0);
    expect(v.is(schema, { a: "x" })).toBe(true);
    expect(v.safeParse(schema, { a: 1 }).issues?.[0]?.path?.[0]?.key).toBe("a");
    expect(runs).toBe(1);
  });

  it.each([
    ["callRecordSchema", callRecordSchema, callRecordSchemaOf()],
    ["callEventJsonSchema", callEventJsonSchema, callEventJsonSchemaOf()],
  ] as const)("%s has the built schema's keys, in order, and its values", (_, schema, built) => {
    expect(Object.keys(schema)).toEqual(Object.keys(built));
    for (const key of Object.keys(built))
      expect(schema[key as keyof typeof schema]).toBe(built[key as keyof typeof built]);
    expect(v.safeParse(schema, {}).issues).toEqual(v.safeParse(built, {}).issues);
    expect(schema["~standard"].validate({})).toEqual(built["~standard"].validate({}));
  });

  it("a record built from a function builds its fields on first use, and reads as one built from the fields", () => {
    let runs = 0;
    const lazy = record(() => {
      runs++;
      return { callA: text(), callId: requiredText() };
    });
    const eager = record({ callA: text(), callId: requiredText() });
    expect(runs).toBe(0);
    for (const input of [{ CALLID: "x", CallA: "y" }, { callId: "" }, { callA: 1 }, null, { callId: "1", extra: 2 }]) {
      expect(v.safeParse(lazy, input)).toEqual(v.safeParse(eager, input));
    }
    expect(Object.keys(lazy.entries)).toEqual(["callA", "callId"]);
    expect(runs).toBe(1);
  });

  it("KALEYRA_PLACEHOLDERS lists the Kaleyra callback's fields in alphabetical order", () => {
    expect(KALEYRA_PLACEHOLDERS).toEqual(Object.keys(kaleyraCallbackSchema.entries).sort());
  });
});
