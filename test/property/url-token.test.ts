import { PassThrough } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ParseResult, parseCallback, parseRequest, type VerifyPolicy, verifyCallback } from "../../src/index.js";
import { parseIncomingMessage } from "../../src/node/index.js";
import { FIXTURES, type FixtureCase, SEED } from "./arbitraries.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

// Tokens with characters that need escaping in a URL, and some that a sloppy cleaner would split on.
const tokenChar = fc.constantFrom(..."abcXYZ0189-_.~+&=%# /?é€:;".split(""));
const token = fc.string({ unit: tokenChar, minLength: 12, maxLength: 40 });
const param = fc.constantFrom("token", "key", "cb_secret", "Auth Token");

interface Case {
  readonly fixture: FixtureCase;
  readonly token: string;
  readonly param: string;
  /** The token as the URL carries it. */
  readonly spelling: "encodeURIComponent" | "form" | "escaped-name";
  /** Where the token pair goes among the query's pairs. */
  readonly at: number;
  /** The token the policy accepts: the one sent, or another (a refused request must not echo it either). */
  readonly accepted: "same" | "other";
  readonly extra: string;
}

const testCase: fc.Arbitrary<Case> = fc.record({
  fixture: fc.constantFrom(...FIXTURES),
  token,
  param,
  spelling: fc.constantFrom("encodeURIComponent", "form", "escaped-name"),
  at: fc.nat({ max: 20 }),
  accepted: fc.constantFrom("same", "same", "other"),
  extra: token,
});

function tokenPair({ token: value, param: name, spelling }: Case): string {
  if (spelling === "form") return new URLSearchParams([[name, value]]).toString();
  const key =
    spelling === "escaped-name"
      ? Array.from(name, (char) => `%${char.charCodeAt(0).toString(16).padStart(2, "0")}`).join("")
      : encodeURIComponent(name);
  return `${key}=${encodeURIComponent(value)}`;
}

function deliveryOf(item: Case): { url: string; body: string | null; contentType: string | null } {
  const fields = Object.entries(item.fixture.record).map(([key, value]) => [
    key,
    typeof value === "string" ? value : JSON.stringify(value),
  ]);
  const queryPairs = item.fixture.format === "query" ? new URLSearchParams(fields).toString().split("&") : ["cb=1"];
  queryPairs.splice(item.at % (queryPairs.length + 1), 0, tokenPair(item));
  const url = `https://example.com/webhooks?${queryPairs.join("&")}`;
  if (item.fixture.format === "query") return { url, body: null, contentType: null };
  if (item.fixture.format === "form") {
    return { url, body: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded" };
  }
  return { url, body: JSON.stringify(item.fixture.record), contentType: "application/json" };
}

const policyOf = (item: Case): VerifyPolicy => ({
  urlToken: { param: item.param, values: [item.accepted === "same" ? item.token : `${item.token}-other`] },
});

// The token, whole or in any spelling a URL or a JSON string could give it.
function leaks(result: unknown, secret: string): boolean {
  const text = JSON.stringify(result);
  const spellings = [secret, encodeURIComponent(secret), new URLSearchParams([["", secret]]).toString().slice(1)];
  return spellings.some((spelling) => text.includes(spelling) || text.includes(JSON.stringify(spelling).slice(1, -1)));
}

function nodeRequest(url: string, body: string | null, contentType: string | null) {
  const path = url.slice("https://example.com".length);
  const stream = new PassThrough();
  const message = Object.assign(stream, {
    url: path,
    method: body === null ? "GET" : "POST",
    headers: contentType === null ? {} : { "content-type": contentType },
    socket: { remoteAddress: "127.0.0.1" },
  });
  stream.end(body ?? undefined);
  return message as unknown as Parameters<typeof parseIncomingMessage>[0];
}

describe("a URL token never reaches a parsed event or an error", () => {
  // The fixture's own text must not hold the token by chance, or the check could not tell a leak from it.
  const fresh = (item: Case) => !JSON.stringify(item.fixture.record).includes(item.token.slice(0, 6));

  it("through parseRequest({ verify })", async () => {
    await fc.assert(
      fc.asyncProperty(testCase, async (item) => {
        fc.pre(fresh(item));
        const { url, body, contentType } = deliveryOf(item);
        const init: RequestInit =
          body === null ? { method: "GET" } : { method: "POST", body, headers: { "content-type": contentType ?? "" } };
        const result = await parseRequest(new Request(url, init), { ...item.fixture.options, verify: policyOf(item) });
        expect(result.ok ? "ok" : result.error.code).toBe(
          item.accepted === "same" ? expectedCode(item) : "unauthorized",
        );
        expect(leaks(result, item.token)).toBe(false);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("through parseIncomingMessage({ verify })", async () => {
    await fc.assert(
      fc.asyncProperty(testCase, async (item) => {
        fc.pre(fresh(item));
        const { url, body, contentType } = deliveryOf(item);
        const result = await parseIncomingMessage(nodeRequest(url, body, contentType), {
          ...item.fixture.options,
          verify: policyOf(item),
        });
        expect(leaks(result, item.token)).toBe(false);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("through verifyCallback, then parseCallback with the query it returns", () => {
    fc.assert(
      fc.property(testCase, (item) => {
        fc.pre(fresh(item));
        const { url, body, contentType } = deliveryOf(item);
        const verified = verifyCallback({ headers: {}, url }, policyOf(item));
        expect(leaks(verified, item.token)).toBe(false);
        if (!verified.ok) return;
        const result: ParseResult = parseCallback(body, contentType, {
          ...item.fixture.options,
          query: verified.query,
        });
        expect(leaks(result, item.token)).toBe(false);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("the check itself can fail: the same delivery without verify leaks the token into event.raw", async () => {
    const item = FIXTURES.find((fixture) => fixture.provider === "kaleyra" && fixture.name === "call-end.query");
    if (item === undefined) throw new Error("no query fixture");
    const sample: Case = {
      fixture: item,
      token: "tok_sample_9f8e7d6c",
      param: "token",
      spelling: "form",
      at: 0,
      accepted: "same",
      extra: "",
    };
    const { url } = deliveryOf(sample);
    const result = await parseRequest(new Request(url), item.options);
    expect(result.ok).toBe(true);
    expect(leaks(result, sample.token)).toBe(true);
  });
});

// What a delivery that passes verification parses to: the fixture's own result, without the token pair.
function expectedCode(item: Case): string {
  const { url, body, contentType } = deliveryOf(item);
  const query = new URLSearchParams(url.slice(url.indexOf("?") + 1));
  query.delete(item.param);
  const result = parseCallback(body, contentType, { ...item.fixture.options, query });
  return result.ok ? "ok" : result.error.code;
}
