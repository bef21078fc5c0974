import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CallEvent, eventToJSON } from "../../src/index.js";
import { FIXTURE_CALLS, FIXTURE_EVENTS } from "../helpers/fixture-events.js";
import { fold } from "../property/records-properties.js";

// The schemas themselves are compared with what the build generates by `node scripts/json-schemas.mjs --check`
// (in `npm test`, after the build). Here: every field a record or an event's JSON has is in its schema, and
// every field the schema requires is there.

interface ObjectSchema {
  readonly properties: Record<string, unknown>;
  readonly required: readonly string[];
}

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), "utf8"));

const keysMatch = (value: object, schema: ObjectSchema): void => {
  expect(Object.keys(value).sort()).toEqual(Object.keys(schema.properties).sort());
  expect([...schema.required].sort()).toEqual(Object.keys(value).sort());
};

describe("the published JSON Schemas", () => {
  it("describe every field of the records folded from the fixtures", () => {
    const schema = read("call-record.json") as ObjectSchema;
    const legSchema = (schema.properties.legs as { items: ObjectSchema }).items;
    for (const events of FIXTURE_CALLS.values()) {
      const record = fold(events);
      keysMatch(record, schema);
      for (const leg of record.legs) keysMatch(leg, legSchema);
    }
  });

  it("describe every field of the fixture events' JSON form, by type", () => {
    const schema = read("call-event.json") as { oneOf: ObjectSchema[] };
    for (const { event } of FIXTURE_EVENTS) {
      const json = eventToJSON(event as CallEvent);
      if (!json.ok) throw new Error(json.error.message);
      const variant = schema.oneOf.find((option) => {
        const type = option.properties.type as { const?: string; enum?: string[] };
        return type.const === event.type || type.enum?.includes(event.type);
      });
      if (variant === undefined) throw new Error(`no variant for ${event.type}`);
      keysMatch(json.json, variant);
    }
  });
});
