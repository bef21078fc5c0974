import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { decodeBody } from "../../src/decode/decode-body.js";
import { DEFAULT_LIMITS } from "../../src/decode/limits.js";
import { createFieldView } from "../../src/detect.js";
import { readText } from "../../src/normalize/text.js";
import { isUnsupported, type ShapeDefinition } from "../../src/providers/define-provider.js";
import { PROVIDERS } from "../../src/providers/registry.js";
import { type FieldSchema, field, requiredField } from "../../src/schema/field.js";
import { type RecordConfig, record } from "../../src/schema/record.js";
import { fixture, fixtureNames } from "../helpers/fixtures.js";
import { onePassDisagreements } from "../property/one-pass.js";

const CONFIG: RecordConfig = { abortEarly: false, abortPipeEarly: false };
const GENERAL: RecordConfig = { ...CONFIG, onePass: false };

/** A lenient field whose valibot run throws: a record that reads it in one pass never calls that run. */
function readerOnly<T>(schema: FieldSchema<T>): FieldSchema<T> {
  return {
    ...schema,
    "~run"() {
      throw new Error("the general path ran");
    },
  };
}

/** A record schema (or a pipe that starts with one) rebuilt with fields whose valibot runs throw. */
function withReadersOnly(schema: v.GenericSchema): v.GenericSchema {
  const inner = (schema as { pipe?: readonly v.GenericSchema[] }).pipe?.[0] ?? schema;
  const { entries } = inner as unknown as { entries: Record<string, v.GenericSchema> };
  const rebuilt: Record<string, v.GenericSchema> = {};
  for (const [key, entry] of Object.entries(entries)) {
    const wrapped = (entry as { wrapped?: v.GenericSchema }).wrapped;
    if (entry.type === "lenient_field") rebuilt[key] = readerOnly(entry as FieldSchema<unknown>);
    else if (entry.type === "optional" && wrapped?.type === "lenient_field") {
      rebuilt[key] = v.optional(readerOnly(wrapped as FieldSchema<unknown>));
    } else rebuilt[key] = entry;
  }
  return record(rebuilt);
}

/** Every fixture, decoded as parseCallback decodes it, with its provider and the shape it is classified as. */
function everyFixture() {
  return PROVIDERS.flatMap((provider) =>
    fixtureNames(provider.id).map((name) => {
      const delivery = fixture(provider.id, name);
      const decoded = decodeBody(delivery.body, delivery.contentType, delivery.query, DEFAULT_LIMITS);
      if (!decoded.ok) throw new Error(`${provider.id}/${name} does not decode`);
      const context = { event: undefined, region: provider.defaultRegion ?? undefined };
      const shapeName = provider.classify(createFieldView(decoded.fields), context);
      const shapes: Readonly<Record<string, ShapeDefinition>> = provider.shapes;
      const shape = isUnsupported(shapeName) ? undefined : shapes[shapeName];
      return { name: `${provider.id}/${name}`, fields: decoded.fields, shape };
    }),
  );
}

describe("the record's one-pass reader", () => {
  it("calls each field's reader, never its valibot run, when nothing needs renaming and nothing fails", () => {
    let runs = 0;
    const counted = requiredField(readText, "a string");
    const schema = record({
      id: {
        ...counted,
        "~run"(dataset, config) {
          runs++;
          return counted["~run"](dataset, config);
        },
      } as typeof counted,
      note: v.optional(field(readText, "a string")),
    });
    expect(schema["~run"]({ value: { id: " a1 ", extra: 1 } }, CONFIG)).toEqual({
      value: { id: "a1", extra: 1 },
      typed: true,
    });
    expect(runs).toBe(0);
    // The general path alone, and the general path for what the reader does not take (a key in another case).
    schema["~run"]({ value: { id: "a1" } }, GENERAL);
    schema["~run"]({ value: { ID: "a1" } }, CONFIG);
    expect(runs).toBe(2);
  });

  it("reads every fixture's payload: no field's valibot run is called", () => {
    for (const { name, fields, shape } of everyFixture()) {
      if (shape === undefined) continue;
      const expected = v.safeParse(shape.schema, fields);
      if (!expected.success) continue;
      const fast = withReadersOnly(shape.schema)["~run"]({ value: fields }, CONFIG);
      expect(fast.value, name).toEqual(expected.output);
    }
  });

  it("gives what the general path gives on every fixture, for every shape schema of every provider", () => {
    for (const { name, fields } of everyFixture()) expect(onePassDisagreements(fields), name).toEqual([]);
  });
});
