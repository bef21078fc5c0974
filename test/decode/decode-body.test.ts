import { describe, expect, it } from "vitest";
import { decodeBody } from "../../src/decode/decode-body.js";
import { DEFAULT_LIMITS } from "../../src/decode/limits.js";
import { parseCallback } from "../../src/index.js";
import type { QueryInput } from "../../src/options.js";
import { fixture } from "../helpers/fixtures.js";

const cdrText = fixture("telecmi", "cdr-incoming-answered.json").text;
const ringingText = fixture("urlnetworks", "incoming-ringing.form").text;
const expected = parseCallback(cdrText, "application/json");
const expectedForm = parseCallback(ringingText, "application/x-www-form-urlencoded");
const bytes = (text: string) => new TextEncoder().encode(text);

describe("decode: body forms", () => {
  it("parses the fixtures at all", () => {
    expect(expected.ok && expectedForm.ok).toBe(true);
  });

  it("reads a Uint8Array, a Node Buffer, an ArrayBuffer and a DataView like the string", () => {
    const encoded = bytes(cdrText);
    expect(parseCallback(encoded, "application/json")).toEqual(expected);
    expect(parseCallback(Buffer.from(cdrText), "application/json")).toEqual(expected);
    expect(parseCallback(encoded.buffer.slice(0) as ArrayBuffer, "application/json")).toEqual(expected);
    expect(parseCallback(new DataView(encoded.buffer) as unknown as Uint8Array, "application/json")).toEqual(expected);
  });

  it("reads a Uint8Array that is a view into a larger buffer", () => {
    const padded = bytes(`xxxx${cdrText}yyyy`);
    expect(parseCallback(padded.subarray(4, padded.length - 4), "application/json")).toEqual(expected);
  });

  it("reads the object a framework already parsed (express.json(), express.urlencoded())", () => {
    expect(parseCallback(JSON.parse(cdrText) as Record<string, unknown>)).toEqual(expected);
    expect(parseCallback(Object.fromEntries(new URLSearchParams(ringingText)))).toEqual(expectedForm);
  });

  it("reads URLSearchParams", () => {
    expect(parseCallback(new URLSearchParams(ringingText))).toEqual(expectedForm);
  });

  it("tolerates a UTF-8 BOM in bytes and in strings", () => {
    expect(parseCallback(bytes(`\uFEFF${cdrText}`), "application/json")).toEqual(expected);
    expect(parseCallback(`\uFEFF${cdrText}`, "application/json")).toEqual(expected);
  });

  it("reads non-ASCII text as UTF-8", () => {
    const body = ringingText.replace("caller_name=test", "caller_name=J%C3%BCrgen");
    const result = parseCallback(bytes(body), "application/x-www-form-urlencoded");
    expect(result.ok && "caller_name" in result.event.raw && result.event.raw.caller_name).toBe("Jürgen");
  });
});

describe("decode: content types", () => {
  it("ignores case and parameters", () => {
    expect(parseCallback(cdrText, "Application/JSON; charset=UTF-8")).toEqual(expected);
    expect(parseCallback(ringingText, "application/x-www-form-urlencoded;charset=utf-8")).toEqual(expectedForm);
  });

  it("reads text/plain holding JSON or a form", () => {
    expect(parseCallback(cdrText, "text/plain")).toEqual(expected);
    expect(parseCallback(ringingText, "text/plain; charset=utf-8")).toEqual(expectedForm);
  });

  it("sniffs a missing content type", () => {
    expect(parseCallback(cdrText)).toEqual(expected);
    expect(parseCallback(ringingText, null)).toEqual(expectedForm);
    expect(parseCallback(bytes(ringingText), undefined)).toEqual(expectedForm);
  });

  it("reads a JSON object sent with a form content type", () => {
    expect(parseCallback(cdrText, "application/x-www-form-urlencoded")).toEqual(expected);
  });

  it("refuses content types it does not read, with the header in the message", () => {
    const result = parseCallback(cdrText, "multipart/form-data; boundary=x");
    expect(result).toEqual({
      ok: false,
      error: {
        code: "unsupported_content_type",
        message: expect.stringContaining('"multipart/form-data; boundary=x"'),
      },
    });
  });

  it("hints at the content type when a form body is declared as JSON", () => {
    const result = parseCallback(ringingText, "application/json");
    expect(result).toMatchObject({
      ok: false,
      error: { code: "malformed_body", message: expect.stringContaining("form-encoded") },
    });
  });
});

describe("decode: GET deliveries and the query", () => {
  it("reads a GET delivery from options.query as a string, with or without ?", () => {
    expect(parseCallback(null, null, { query: ringingText })).toEqual(expectedForm);
    expect(parseCallback(undefined, null, { query: `?${ringingText}` })).toEqual(expectedForm);
    expect(parseCallback("", "application/x-www-form-urlencoded", { query: ringingText })).toEqual(expectedForm);
  });

  it("reads options.query as URLSearchParams or a framework's parsed query (arrays keep their last value)", () => {
    const record = Object.fromEntries(new URLSearchParams(ringingText)) as Record<string, string | string[]>;
    expect(parseCallback(null, null, { query: new URLSearchParams(ringingText) })).toEqual(expectedForm);
    expect(parseCallback(null, null, { query: { ...record, method: ["other", "incoming_ringing"] } })).toEqual(
      expectedForm,
    );
  });

  it("merges the query with the body, body values winning", () => {
    const sent = JSON.parse(cdrText) as Record<string, unknown>;
    const { team: _, ...withoutTeam } = sent;
    const result = parseCallback(JSON.stringify(withoutTeam), "application/json", {
      query: "team=FromQuery&status=missed",
    });
    expect(result.ok && [result.event.raw.team, result.event.raw.status]).toEqual(["FromQuery", "answered"]);
  });

  it("lets a body key win over a query key that differs only in case", () => {
    const sent = JSON.parse(cdrText) as Record<string, unknown>;
    const { status, ...rest } = sent;
    const result = parseCallback(JSON.stringify({ ...rest, Status: status }), "application/json", {
      query: "status=missed",
    });
    expect(result.ok && result.event.type === "call.ended" && result.event.outcome).toBe("completed");
  });

  it("keeps the last value of a repeated form key", () => {
    const result = parseCallback(`${ringingText}&caller_name=second`, "application/x-www-form-urlencoded");
    expect(result.ok && "caller_name" in result.event.raw && result.event.raw.caller_name).toBe("second");
  });

  it("reports a query of the wrong type", () => {
    const result = parseCallback(null, null, { query: 42 as unknown as string });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "malformed_body", message: expect.stringContaining("options.query") },
    });
  });
});

describe("decode: size cap", () => {
  it("refuses a body over maxBodyBytes before decoding, for strings and bytes", () => {
    const options = { maxBodyBytes: 100 };
    expect(parseCallback(cdrText, "application/json", options)).toMatchObject({
      ok: false,
      error: { code: "body_too_large" },
    });
    expect(parseCallback(bytes(cdrText), "application/json", options)).toMatchObject({
      ok: false,
      error: { code: "body_too_large" },
    });
  });

  it("counts UTF-8 bytes, not characters", () => {
    const body = `{"cmiuuid":"${"€".repeat(40)}"}`; // 40 characters, 120 bytes of euro signs
    expect(parseCallback(body, "application/json", { maxBodyBytes: 100 })).toMatchObject({
      error: { code: "body_too_large" },
    });
    expect(parseCallback(body, "application/json", { maxBodyBytes: 200 })).not.toMatchObject({
      error: { code: "body_too_large" },
    });
  });

  it("accepts a body of exactly maxBodyBytes", () => {
    const size = new TextEncoder().encode(cdrText).length;
    expect(parseCallback(cdrText, "application/json", { maxBodyBytes: size })).toEqual(expected);
    expect(parseCallback(cdrText, "application/json", { maxBodyBytes: size - 1 })).toMatchObject({
      error: { code: "body_too_large" },
    });
  });

  it("defaults to 1 MiB", () => {
    const padding = " ".repeat(1024 * 1024);
    expect(parseCallback(`${cdrText}${padding}`, "application/json")).toMatchObject({
      error: { code: "body_too_large" },
    });
    expect(parseCallback(`${cdrText}${padding.slice(cdrText.length + 1)}`, "application/json")).toEqual(expected);
  });

  it("reports an invalid maxBodyBytes rather than ignoring it", () => {
    expect(parseCallback(cdrText, "application/json", { maxBodyBytes: -1 })).toMatchObject({
      ok: false,
      error: { code: "invalid_payload", issues: [{ path: ["options", "maxBodyBytes"] }] },
    });
  });
});

describe("decode: objects from another realm", () => {
  it("reads a plain object created in another vm context", async () => {
    const { runInNewContext } = await import("node:vm");
    const foreign = runInNewContext(`(${cdrText.trim()})`) as Record<string, unknown>;
    expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
    expect(parseCallback(foreign)).toEqual(expected);
  });

  it("reads a prototype-less object (Object.create(null), as qs builds)", () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, JSON.parse(cdrText) as object);
    expect(parseCallback(bare)).toEqual(expected);
  });
});

const LIMITS = { ...DEFAULT_LIMITS, maxBodyBytes: 1024 };

describe("decodeBody", () => {
  const FORM = "application/x-www-form-urlencoded";
  const fieldsOf = (result: ReturnType<typeof decodeBody>) => (result.ok ? result.fields : result.error);

  it("reads a form body as a form whatever its first character, when the header says form", () => {
    expect(fieldsOf(decodeBody("<a>=1", FORM, undefined, LIMITS))).toEqual({ "<a>": "1" });
    expect(fieldsOf(decodeBody("hello", FORM, undefined, LIMITS))).toEqual({ hello: "" });
  });

  it("reads a form body starting with { as a form when it is no JSON", () => {
    expect(fieldsOf(decodeBody("{a=1&b=2", FORM, undefined, LIMITS))).toEqual({ "{a": "1", b: "2" });
  });

  it("gives no form hint for a declared JSON body without =", () => {
    const result = decodeBody("hello", "application/json", undefined, LIMITS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toBe('The body is not valid JSON (it starts "hello").');
  });

  it("gives the form hint for a declared JSON body that holds = and does not start with {", () => {
    const result = decodeBody("a=1&b={", "application/json", undefined, LIMITS);
    expect(!result.ok && result.error.message).toMatch(/It looks form-encoded: check the Content-Type header\.$/);
    const object = decodeBody("{a=1", "application/json", undefined, LIMITS);
    expect(!object.ok && object.error.message).not.toMatch(/form-encoded/);
  });

  it("skips query values that are undefined or empty arrays, and forbidden query keys; a repeat keeps its last value", () => {
    const query = JSON.parse('{"__proto__":{"polluted":1},"constructor":"c","d":"4"}') as Record<string, unknown>;
    Object.assign(query, { a: undefined, b: ["2", "3"], c: [] });
    const result = decodeBody(null, undefined, query as QueryInput, LIMITS);
    expect(result.ok).toBe(true);
    const fields = result.ok ? result.fields : {};
    expect(Object.keys(fields).sort()).toEqual(["b", "d"]);
    expect(fields).toEqual({ b: "3", d: "4" });
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });

  it("reads a null query as no query", () => {
    expect(fieldsOf(decodeBody("a=1", FORM, null as unknown as undefined, LIMITS))).toEqual({ a: "1" });
  });

  it("says what a body of the wrong type is, without calling it a stream", () => {
    for (const [body, what] of [
      [42, "a number"],
      [true, "a boolean"],
      [["a"], "an array"],
      [new Date(0), "a object"],
    ] as const) {
      const result = decodeBody(body as never, undefined, undefined, LIMITS);
      expect(!result.ok && result.error.code).toBe("malformed_body");
      expect(!result.ok && result.error.message).toMatch(new RegExp(`^The body is ${what}\\. Pass the raw body`));
    }
  });
});
