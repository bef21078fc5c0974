import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { readNumber } from "../../src/normalize/number.js";
import { readText } from "../../src/normalize/text.js";
import { describeValue, field, requiredField } from "../../src/schema/field.js";
import {
  embeddedJson,
  flag,
  numeric,
  phone,
  requiredText,
  seconds,
  sentTimestamp,
  text,
} from "../../src/schema/fields.js";
import { summarizeIssues, toCallbackIssues } from "../../src/schema/issues.js";
import { record } from "../../src/schema/record.js";

const messages = (schema: v.GenericSchema, input: unknown) =>
  toCallbackIssues(v.safeParse(schema, input).issues ?? []).map((issue) => issue.message);

describe("describeValue", () => {
  it("names the kind of a value without echoing it", () => {
    expect([null, [], "x", " ", "", {}, 1, true, undefined, 1n].map(describeValue)).toEqual([
      "null",
      "an array",
      "a string",
      "an empty string",
      "an empty string",
      "an object",
      "a number",
      "a boolean",
      "a undefined",
      "a bigint",
    ]);
  });
});

describe("field and requiredField", () => {
  const optional = record({ n: field(readNumber, "a number") });
  const required = record({ id: requiredField(readText, "an id") });

  it("reads a value, and an absent optional value as null", () => {
    expect(v.parse(optional, { n: "3" })).toEqual({ n: 3 });
    expect(v.parse(optional, { n: "null" })).toEqual({ n: null });
    expect(v.parse(required, { id: 7 })).toEqual({ id: "7" });
  });

  it("names the field, what it expects and the kind it got", () => {
    expect(messages(optional, { n: "many" })).toEqual(["n must be a number, got a string."]);
    expect(messages(optional, { n: [] })).toEqual(["n must be a number, got an array."]);
    expect(messages(required, { id: {} })).toEqual(["id must be an id, got an object."]);
  });

  it("reports an absent required value as required, and a missing one too", () => {
    expect(messages(required, { id: " " })).toEqual(["id is required (an id) but was empty."]);
    expect(messages(required, { id: null })).toEqual(["id is required (an id) but was empty."]);
    expect(messages(required, {})).toEqual(["id is required."]);
  });

  it("reports every failing field, in order", () => {
    const schema = record({ a: requiredText(), b: numeric(), c: seconds(), d: flag() });
    expect(messages(schema, { a: "", b: "x", c: "-1", d: "maybe" })).toEqual([
      "a is required (a non-empty string) but was empty.",
      "b must be a number, got a string.",
      "c must be a number of seconds, not negative, got a string.",
      "d must be a boolean (true, false, 1 or 0), got a string.",
    ]);
  });
});

describe("field builders", () => {
  it("read text, phone numbers and timestamps as sent", () => {
    const schema = record({ t: text(), p: phone(), s: sentTimestamp(), k: sentTimestamp("+05:30") });
    expect(v.parse(schema, { t: " a ", p: 919845012345, s: " 1573865518 ", k: "2026-02-24 17:15:15" })).toEqual({
      t: "a",
      p: "919845012345",
      s: 1573865518,
      k: "2026-02-24 17:15:15",
    });
    expect(v.parse(schema, { s: 1634720920615, k: "1.5" })).toEqual({ s: 1634720920615, k: 1.5 });
    expect(v.parse(schema, { s: "null" })).toEqual({ s: null });
    expect(messages(schema, { s: "soon", p: {} })).toEqual([
      "p must be a phone number (string or digits), got an object.",
      "s must be an ISO-8601 date-time or an epoch in seconds or milliseconds, got a string.",
    ]);
  });

  it("decode JSON sent inside a string, and keep text that is not JSON as sent", () => {
    const schema = record({ c: embeddedJson() });
    expect(v.parse(schema, { c: ' {"crm":"true"} ' })).toEqual({ c: { crm: "true" } });
    expect(v.parse(schema, { c: "[1,2]" })).toEqual({ c: [1, 2] });
    expect(v.parse(schema, { c: "{not json" })).toEqual({ c: "{not json" });
    expect(v.parse(schema, { c: " plain " })).toEqual({ c: "plain" });
    expect(v.parse(schema, { c: " " })).toEqual({ c: null });
    expect(v.parse(schema, { c: { a: 1 } })).toEqual({ c: { a: 1 } });
    expect(v.parse(schema, { c: 5 })).toEqual({ c: 5 });
    expect(v.parse(schema, {})).toEqual({});
  });
});

describe("toCallbackIssues and summarizeIssues", () => {
  it("writes nested paths with dots and indexes in brackets", () => {
    const schema = record({ legs: v.array(record({ id: requiredText() })), top: record({ inner: numeric() }) });
    expect(
      toCallbackIssues(v.safeParse(schema, { legs: [{ id: "a" }, { id: "" }], top: { inner: "x" } }).issues ?? []),
    ).toEqual([
      { path: ["legs", 1, "id"], message: "legs[1].id is required (a non-empty string) but was empty." },
      { path: ["top", "inner"], message: "top.inner must be a number, got a string." },
    ]);
  });

  it("names the subject of an issue without a path", () => {
    expect(toCallbackIssues(v.safeParse(record({}), 1).issues ?? [], "The reply")).toEqual([
      { path: [], message: "The reply must be an object." },
    ]);
    expect(toCallbackIssues(v.safeParse(record({}), 1).issues ?? [])[0]?.message).toBe(
      "The payload must be an object.",
    );
  });

  it("words an unknown key of a strict object as an unknown parameter", () => {
    const issues = v.safeParse(v.strictObject({ a: v.string() }), { a: "x", b: 1 }).issues ?? [];
    expect(toCallbackIssues(issues)).toEqual([{ path: ["b"], message: "b is not a known parameter." }]);
  });

  it("keeps a schema's own message", () => {
    const issues = v.safeParse(v.pipe(v.string(), v.minLength(3, "needs three characters")), "ab").issues ?? [];
    expect(toCallbackIssues(issues)).toEqual([{ path: [], message: "The payload needs three characters." }]);
  });

  it("summarizes the first three issues and marks the rest", () => {
    const issue = (name: string) => ({ path: [name], message: `${name} is wrong.` });
    expect(summarizeIssues([issue("a")])).toBe("a is wrong");
    expect(summarizeIssues([issue("a"), issue("b"), issue("c")])).toBe("a is wrong; b is wrong; c is wrong");
    expect(summarizeIssues([issue("a"), issue("b"), issue("c"), issue("d")])).toBe(
      "a is wrong; b is wrong; c is wrong; …",
    );
    expect(summarizeIssues([{ path: [], message: "x. y." }])).toBe("x. y");
  });
});
