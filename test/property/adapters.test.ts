import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequest } from "../../src/index.js";
import { parseIncomingMessage } from "../../src/node/index.js";
import type { ParseResult } from "../../src/parse-result.js";
import { hostileRecord, SEED, violations } from "./arbitraries.js";

// Both adapters resolve to a result for every request, whatever its body, headers or getters do: never a
// rejection, never a hang (each run is bounded by bodyTimeoutMs). Failures are `{ ok: false, error }` with a code
// and a message, like every parseCallback result.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const TIMEOUT_MS = 40;

const throwing = (what: string) => () => {
  throw new TypeError(`hostile ${what}`);
};

function circular(): Record<string, unknown> {
  const object: Record<string, unknown> = { cmiuuid: "x" };
  object.self = object;
  return object;
}

/** Parsed bodies a framework, a middleware or an attacker may leave on `req.body`. */
const hostileBody: fc.Arbitrary<unknown> = fc.oneof(
  hostileRecord(true),
  fc.constantFrom(
    "hostile",
    circular(),
    { a: [circular()] },
    JSON.parse(`${'{"a":'.repeat(2000)}1${"}".repeat(2000)}`),
    Array.from({ length: 5000 }, (_, index) => index),
    Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`k${index}`, "v"])),
    new Proxy({}, { ownKeys: throwing("ownKeys"), getPrototypeOf: throwing("getPrototypeOf") }),
    new Proxy({ a: 1 }, { get: throwing("get") }),
    Object.defineProperty({}, "cmiuuid", { enumerable: true, get: throwing("getter") }),
    Object.create(null) as object,
    Symbol("body"),
    () => "body",
    10n,
  ),
);

const headerValues = fc.oneof(
  fc.constantFrom(
    "application/json",
    "application/x-www-form-urlencoded",
    "text/plain",
    "application/xml",
    "",
    "99999999999999999999",
    "-1",
  ),
  fc.string({ maxLength: 20 }),
);

/** A Node request, possibly parsed already, whose stream ends, fails, stalls or was consumed. */
interface NodeCase {
  readonly body: unknown;
  readonly hasBody: boolean;
  readonly stream: "ends" | "errors" | "stalls" | "consumed" | "huge";
  readonly contentType: string;
  readonly contentLength: string;
  readonly url: string;
  readonly wrap: "message" | "fastify" | "proxy" | "getter";
}

const nodeCase: fc.Arbitrary<NodeCase> = fc.record({
  body: hostileBody,
  hasBody: fc.boolean(),
  stream: fc.constantFrom("ends", "errors", "stalls", "consumed", "huge"),
  contentType: headerValues,
  contentLength: headerValues,
  url: fc.oneof(fc.constantFrom("/", "/webhooks?a=1&a=2", "/?%zz", "/?__proto__[x]=1"), fc.string({ maxLength: 30 })),
  wrap: fc.constantFrom("message", "fastify", "proxy", "getter"),
});

function nodeRequest(c: NodeCase): unknown {
  const req = new IncomingMessage(new Socket());
  req.url = c.url;
  req.method = "POST";
  req.headers = { "content-type": c.contentType, "content-length": c.contentLength };
  let pushed = 0;
  req._read = () => {
    if (c.stream === "ends") req.push(pushed++ === 0 ? '{"cmiuuid":"1"' : null);
    else if (c.stream === "errors") req.destroy(new Error("reset"));
    else if (c.stream === "huge") req.push(new Uint8Array(64 * 1024));
    else if (pushed++ === 0) req.push("{"); // stalls: one chunk, then nothing
  };
  if (c.stream === "consumed") {
    req.push(null);
    req.resume();
  }
  if (c.hasBody) Object.assign(req, { body: c.body });
  switch (c.wrap) {
    case "fastify":
      return { raw: req, body: c.hasBody ? c.body : undefined };
    case "proxy":
      return new Proxy(req, { get: (target, key) => (key === "body" ? throwing("body")() : Reflect.get(target, key)) });
    case "getter":
      return Object.defineProperty({ raw: req }, "body", { enumerable: true, get: throwing("body getter") });
    default:
      return req;
  }
}

/** A Web request whose body is used, locked, failing, stalling or endless. */
interface WebCase {
  readonly stream: "text" | "used" | "locked" | "errors" | "stalls" | "huge" | "junk";
  readonly method: "GET" | "POST";
  readonly contentType: string;
  /** The Content-Length header, if any: within the cap, parseRequest reads the body with one arrayBuffer(). */
  readonly contentLength: string | null;
  readonly url: string;
  readonly wrap: "request" | "proxy" | "node-like";
}

const webCase: fc.Arbitrary<WebCase> = fc.record({
  stream: fc.constantFrom("text", "used", "locked", "errors", "stalls", "huge", "junk"),
  method: fc.constantFrom("GET", "POST"),
  contentType: headerValues,
  contentLength: fc.option(fc.oneof(headerValues, fc.constantFrom("0", "15", "16", "100000", "100001")), {
    nil: null,
  }),
  url: fc.constantFrom("https://example.com/", "https://example.com/?a=1&a=2", "https://example.com/?%zz"),
  wrap: fc.constantFrom("request", "proxy", "node-like"),
});

/** The request, boxed: a Proxy returned from an async function would be asked for its `then`. */
async function webRequest(c: WebCase): Promise<{ request: Request }> {
  let body: BodyInit | null = null;
  if (c.method === "POST") {
    if (c.stream === "text" || c.stream === "used" || c.stream === "locked") body = '{"cmiuuid":"1"}';
    else {
      body = new ReadableStream({
        pull(controller) {
          if (c.stream === "errors") controller.error(new TypeError("reset"));
          else if (c.stream === "huge") controller.enqueue(new Uint8Array(64 * 1024));
          else if (c.stream === "junk") controller.enqueue("not bytes" as unknown as Uint8Array);
          // stalls: never enqueues
        },
      });
    }
  }
  const headers: Record<string, string> = { "content-type": c.contentType };
  // An endless body under a Content-Length within the cap is left out: an HTTP server never gives a body past its
  // Content-Length, and arrayBuffer() reads until the end (the bytes are then counted and refused).
  const endlessWithinLength =
    c.stream === "huge" && /^\d+$/.test(c.contentLength ?? "") && Number(c.contentLength) <= 100_000;
  if (c.contentLength !== null && !endlessWithinLength) headers["content-length"] = c.contentLength;
  const request = new Request(c.url, {
    method: c.method,
    headers,
    body,
    duplex: "half",
  } as RequestInit);
  if (c.stream === "used" && c.method === "POST") await request.text();
  if (c.stream === "locked" && request.body !== null) request.body.getReader();
  if (c.wrap === "proxy") return { request: new Proxy(request, { get: throwing("request property") }) };
  if (c.wrap === "node-like") {
    return { request: { method: "POST", url: "/", headers: { "content-type": c.contentType } } as unknown as Request };
  }
  return { request };
}

async function settle(promise: Promise<ParseResult>): Promise<string[]> {
  let result: ParseResult;
  try {
    result = await promise;
  } catch (error) {
    return [`rejected: ${error instanceof Error ? error.message : Object.prototype.toString.call(error)}`];
  }
  return violations(result, { body: null, contentType: null, options: undefined });
}

describe("the adapters on hostile requests", () => {
  it("parseIncomingMessage resolves to a well-formed result for every request", async () => {
    await fc.assert(
      fc.asyncProperty(nodeCase, async (c) => {
        const problems = await settle(
          parseIncomingMessage(nodeRequest(c) as Parameters<typeof parseIncomingMessage>[0], {
            maxBodyBytes: 100_000,
            bodyTimeoutMs: TIMEOUT_MS,
          }),
        );
        expect(problems).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 60_000);

  it("parseRequest resolves to a well-formed result for every request", async () => {
    await fc.assert(
      fc.asyncProperty(webCase, async (c) => {
        const problems = await settle(
          parseRequest((await webRequest(c)).request, { maxBodyBytes: 100_000, bodyTimeoutMs: TIMEOUT_MS }),
        );
        expect(problems).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 60_000);

  it("report each kind of failure with its code", async () => {
    const locked = new Request("https://example.com/", { method: "POST", body: "{}" });
    locked.body?.getReader();
    const codeOf = async (promise: Promise<ParseResult>) => {
      const result = await promise;
      return result.ok ? "ok" : result.error.code;
    };
    expect(await codeOf(parseRequest(locked))).toBe("malformed_body");
    const stalled = await webRequest({
      stream: "stalls",
      method: "POST",
      contentType: "",
      contentLength: null,
      url: "https://e.x/",
      wrap: "request",
    });
    expect(await codeOf(parseRequest(stalled.request, { bodyTimeoutMs: 20 }))).toBe("body_timeout");
    const huge = await webRequest({
      stream: "huge",
      method: "POST",
      contentType: "",
      contentLength: null,
      url: "https://e.x/",
      wrap: "request",
    });
    expect(await codeOf(parseRequest(huge.request, { maxBodyBytes: 100_000 }))).toBe("body_too_large");
    const base = {
      hasBody: true,
      stream: "ends",
      contentType: "application/json",
      contentLength: "",
      url: "/",
    } as const;
    const node = (c: Partial<NodeCase>) =>
      codeOf(
        parseIncomingMessage(nodeRequest({ ...base, body: {}, wrap: "message", ...c }) as IncomingMessage, {
          bodyTimeoutMs: 20,
        }),
      );
    expect(await node({ body: circular() })).toBe("malformed_body");
    expect(await node({ body: new Proxy({ a: 1 }, { get: throwing("get") }) })).toBe("malformed_body");
    expect(await node({ wrap: "getter" })).toBe("malformed_body");
    expect(await node({ body: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, 1])) })).toBe(
      "too_many_fields",
    );
    expect(await node({ hasBody: false, stream: "stalls" })).toBe("body_timeout");
    expect(await node({ hasBody: false, stream: "huge" })).toBe("body_too_large");
  });
});
