import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/decode/limits.js";
import { copyParsedObject, flattenParsedForm } from "../../src/decode/parsed-object.js";
import { parseCallback } from "../../src/index.js";
import { parseIncomingMessage } from "../../src/node/index.js";
import type { ParseResult } from "../../src/parse-result.js";
import { sentJson } from "../helpers/fixtures.js";
import { SEED } from "../property/arbitraries.js";

// A body a framework decoded (express.json(), Fastify, qs) is held to the policy of a body callhooks decodes: the
// same forbidden keys dropped at every depth, the same depth, field and size limits, and never a throw.
const cdr = sentJson("telecmi", "cdr-incoming-answered.json");
const cdrText = JSON.stringify(cdr);
const FORBIDDEN = ["__proto__", "constructor", "prototype"];

/** Every own key of a value at every depth. */
function ownKeysDeep(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.keys(value).flatMap((key) => [key, ...ownKeysDeep((value as Record<string, unknown>)[key])]);
}

const summary = (result: ParseResult): unknown =>
  result.ok ? { id: result.event.id, raw: result.event.raw } : result.error.code;

describe("a parsed body: the same policy as a decoded one", () => {
  const hostileText = cdrText.replace(
    '"custom":',
    '"meta":{"__proto__":{"polluted":1},"a":{"constructor":{"prototype":{"polluted":1}},"b":[{"prototype":1,"c":2}]}},"custom":',
  );

  it("drops __proto__, constructor and prototype at every depth of what express.json() built", async () => {
    const parsed = JSON.parse(hostileText) as Record<string, unknown>; // what express.json() hands over
    expect(ownKeysDeep(parsed)).toContain("__proto__");
    const result = parseCallback(parsed, "application/json");
    expect(result.ok).toBe(true);
    const keys = ownKeysDeep(result.ok ? result.event.raw : {});
    for (const key of FORBIDDEN) expect(keys).not.toContain(key);
    expect(result.ok && result.event.raw).toMatchObject({ meta: { a: { b: [{ c: 2 }] } } });
    expect(summary(result)).toEqual(summary(parseCallback(hostileText, "application/json")));
    const req = Object.assign(new IncomingMessage(new Socket()), { body: JSON.parse(hostileText) as unknown });
    req.headers = { "content-type": "application/json" };
    const viaNode = await parseIncomingMessage(req);
    expect(summary(viaNode)).toEqual(summary(result));
  });

  it("refuses nesting past maxDepth, as in text", () => {
    const deep = `{"cmiuuid":"x","a":${'{"a":'.repeat(80)}1${"}".repeat(80)}}`;
    expect(summary(parseCallback(JSON.parse(deep) as Record<string, unknown>))).toBe("malformed_body");
    expect(summary(parseCallback(deep, "application/json"))).toBe("malformed_body");
    const shallow = { ...cdr, a: { b: { c: 1 } } };
    // The body is level 1, a level 2, b level 3.
    expect(summary(parseCallback(shallow, null, { maxDepth: 2 }))).toBe("malformed_body");
    expect(summary(parseCallback(JSON.stringify(shallow), null, { maxDepth: 2 }))).toBe("malformed_body");
    expect(parseCallback(shallow, null, { maxDepth: 3 }).ok).toBe(true);
    expect(parseCallback(JSON.stringify(shallow), null, { maxDepth: 3 }).ok).toBe(true);
  });

  it("refuses more than maxFields fields (keys and array items at every depth), as in text", () => {
    const many = { ...cdr, extra: Array.from({ length: 1000 }, (_, index) => index) };
    expect(summary(parseCallback(many))).toBe("too_many_fields");
    expect(summary(parseCallback(JSON.stringify(many), "application/json"))).toBe("too_many_fields");
    const count = Object.keys(cdr).length;
    expect(parseCallback(cdr, null, { maxFields: count }).ok).toBe(true);
    expect(summary(parseCallback(cdr, null, { maxFields: count - 1 }))).toBe("too_many_fields");
    expect(summary(parseCallback(cdrText, null, { maxFields: count - 1 }))).toBe("too_many_fields");
  });

  it("holds a parsed body to maxBodyBytes, counted as the characters of its keys and text", () => {
    const big = { ...cdr, note: "x".repeat(2 * 1024 * 1024) };
    expect(summary(parseCallback(big))).toBe("body_too_large");
    expect(summary(parseCallback(JSON.stringify(big)))).toBe("body_too_large");
    expect(summary(parseCallback(cdr, null, { maxBodyBytes: 100 }))).toBe("body_too_large");
  });

  it("gives an error value for a circular object, a Proxy or a throwing getter", () => {
    const circular: Record<string, unknown> = { ...cdr };
    circular.self = circular;
    const inArray: Record<string, unknown> = { ...cdr };
    inArray.list = [1, [inArray]];
    const proxy = new Proxy(
      { ...cdr },
      {
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    const getter = Object.defineProperty({ ...cdr }, "team", {
      enumerable: true,
      get() {
        throw new Error("no team");
      },
    });
    // An error whose name throws itself: reading it to word the message must not throw again.
    const nameless: Error = Object.defineProperty(new Error("x"), "name", {
      get() {
        throw nameless;
      },
    });
    const throwsNameless = new Proxy(
      { ...cdr },
      {
        ownKeys() {
          throw nameless;
        },
      },
    );
    for (const body of [circular, inArray, proxy, getter, throwsNameless]) {
      const result = parseCallback(body);
      expect(result.ok ? "ok" : result.error.code).toBe("malformed_body");
    }
    const refused = parseCallback(circular);
    expect(refused.ok ? "" : refused.error.message).toMatch(/refers to itself/);
  });

  it("keeps a shared (not circular) object, and values no parser builds (a Date) as they are", () => {
    const shared = { x: 1 };
    const when = new Date(0);
    const copied = copyParsedObject({ a: shared, b: shared, c: when }, "body", DEFAULT_LIMITS);
    expect(copied).toEqual({ ok: true, fields: { a: { x: 1 }, b: { x: 1 }, c: when } });
  });

  it("flattens a qs form: bracket keys back, the last of a repeat, forbidden keys dropped at any depth", () => {
    const form = JSON.parse('{"a":{"b":"1","__proto__":{"x":"1"}},"c":["2","3"],"constructor":{"y":"1"},"d":"4"}');
    expect(flattenParsedForm(form, "body", DEFAULT_LIMITS)).toEqual({
      ok: true,
      fields: { "a[b]": "1", c: "3", d: "4" },
    });
  });

  it("reads a JSON value the same as text and as the object express.json() makes of it", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...Object.keys(cdr), "__proto__", "constructor", "x"),
          fc.jsonValue({ maxDepth: 4 }),
        ),
        fc.boolean(),
        (extra, withCdr) => {
          const text = JSON.stringify(withCdr ? { ...cdr, ...extra } : extra);
          const parsed = JSON.parse(text) as Record<string, unknown>;
          expect(summary(parseCallback(parsed, "application/json"))).toEqual(
            summary(parseCallback(text, "application/json")),
          );
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
