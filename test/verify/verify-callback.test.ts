import { describe, expect, it } from "vitest";
import { type VerifyPolicy, verifyCallback } from "../../src/index.js";

const PASSWORD = "pa55-Word-Kaleyra";
const OLD_PASSWORD = "old-pa55-Word";
const TOKEN = "tok_8f4e2a9c71d04b6e";
const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;

const policies = {
  basicAuth: {
    basicAuth: [
      { username: "kaleyra", password: PASSWORD },
      { username: "kaleyra", password: OLD_PASSWORD },
    ],
  },
  header: { header: { name: "Authorization", values: [`Bearer ${TOKEN}`, "Bearer previous-token"] } },
  urlToken: { urlToken: { param: "token", values: [TOKEN, "previous-token"] } },
  ipAllowList: { ipAllowList: { cidrs: ["203.0.113.0/24", "2001:db8::/32"] } },
} satisfies Record<string, VerifyPolicy>;

type Parts = { headers?: Record<string, string>; url?: string; remoteAddress?: string };
const check = (policy: VerifyPolicy, parts: Parts) =>
  verifyCallback(
    { headers: parts.headers ?? {}, url: parts.url ?? "/webhooks", remoteAddress: parts.remoteAddress },
    policy,
  );

// A refusal's message, which must never hold a secret, accepted or sent.
function refusal(policy: VerifyPolicy, parts: Parts): string {
  const result = check(policy, parts);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(parts)}`);
  expect(result.error.code).toBe("unauthorized");
  for (const secret of [PASSWORD, OLD_PASSWORD, TOKEN, "previous-token", "wrong-token", btoa(`kaleyra:${PASSWORD}`)]) {
    expect(result.error.message).not.toContain(secret);
  }
  return result.error.message;
}

describe("verifyCallback: basicAuth", () => {
  it("accepts each credential of a rotation", () => {
    expect(check(policies.basicAuth, { headers: { authorization: basic("kaleyra", PASSWORD) } }).ok).toBe(true);
    expect(check(policies.basicAuth, { headers: { authorization: basic("kaleyra", OLD_PASSWORD) } }).ok).toBe(true);
  });

  it.each([
    ["missing", {}, /no Authorization header/],
    ["wrong password", { authorization: basic("kaleyra", "wrong") }, /match none of verify.basicAuth/],
    ["wrong case", { authorization: basic("kaleyra", PASSWORD.toUpperCase()) }, /match none/],
    ["wrong user", { authorization: basic("Kaleyra", PASSWORD) }, /match none/],
    ["extra whitespace", { authorization: basic("kaleyra", ` ${PASSWORD}`) }, /match none/],
    ["no colon", { authorization: `Basic ${btoa(`kaleyra${PASSWORD}`)}` }, /match none/],
    ["another scheme", { authorization: `Bearer ${btoa(`kaleyra:${PASSWORD}`)}` }, /does not hold HTTP Basic/],
  ])("refuses %s", (_name, headers, message) => {
    expect(refusal(policies.basicAuth, { headers })).toMatch(message);
  });
});

describe("verifyCallback: header", () => {
  it("accepts each value of a rotation, the name in any case", () => {
    expect(check(policies.header, { headers: { authorization: `Bearer ${TOKEN}` } }).ok).toBe(true);
    expect(check(policies.header, { headers: { Authorization: "Bearer previous-token" } }).ok).toBe(true);
  });

  it.each([
    ["missing", {}, /no authorization header/],
    ["wrong", { authorization: "Bearer wrong-token" }, /authorization header matches none of verify.header.values/],
    ["wrong case", { authorization: `bearer ${TOKEN}` }, /matches none/],
    ["extra whitespace", { authorization: `Bearer  ${TOKEN}` }, /matches none/],
    ["a prefix", { authorization: `Bearer ${TOKEN.slice(0, -1)}` }, /matches none/],
    ["two values", { authorization: `Bearer ${TOKEN}, Bearer ${TOKEN}` }, /matches none/],
  ])("refuses %s", (_name, headers, message) => {
    expect(refusal(policies.header, { headers })).toMatch(message);
  });
});

describe("verifyCallback: urlToken", () => {
  it("accepts each value of a rotation and returns the query without the token", () => {
    const result = check(policies.urlToken, { url: `/webhooks?caller=%2B9190&token=${TOKEN}&status=ANSWER` });
    expect(result).toEqual({ ok: true, query: "caller=%2B9190&status=ANSWER" });
    expect(check(policies.urlToken, { url: "https://example.com/cb?token=previous-token" })).toEqual({
      ok: true,
      query: "",
    });
    expect(check(policies.urlToken, { url: `/cb?token=${encodeURIComponent(TOKEN)}` }).ok).toBe(true);
  });

  it.each([
    ["missing", "/webhooks?caller=1", /the URL has no token parameter/],
    ["wrong", "/webhooks?token=wrong-token", /token parameter matches none of verify.urlToken.values/],
    ["wrong case", `/webhooks?token=${TOKEN.toUpperCase()}`, /matches none/],
    ["extra whitespace", `/webhooks?token=${TOKEN}%20`, /matches none/],
    ["a + for a space", `/webhooks?token=+${TOKEN}`, /matches none/],
    ["twice", `/webhooks?token=${TOKEN}&token=wrong-token`, /carries the token parameter 2 times/],
    ["under another case of the name", `/webhooks?TOKEN=${TOKEN}`, /has no token parameter/],
    ["in the fragment", `/webhooks#token=${TOKEN}`, /has no token parameter/],
  ])("refuses %s", (_name, url, message) => {
    expect(refusal(policies.urlToken, { url })).toMatch(message);
  });
});

describe("verifyCallback: ipAllowList", () => {
  it("accepts addresses in the ranges, IPv4-mapped ones too", () => {
    for (const remoteAddress of ["203.0.113.5", "::ffff:203.0.113.5", "2001:db8::7"]) {
      expect(check(policies.ipAllowList, { remoteAddress }).ok).toBe(true);
    }
  });

  it("refuses an address outside, naming it", () => {
    expect(refusal(policies.ipAllowList, { remoteAddress: "198.51.100.7" })).toMatch(
      /the client address 198.51.100.7 is not in verify.ipAllowList.cidrs/,
    );
  });

  it("ignores a spoofed X-Forwarded-For unless trustProxy says so", () => {
    const spoofed = { remoteAddress: "198.51.100.7", headers: { "x-forwarded-for": "203.0.113.5" } };
    expect(refusal(policies.ipAllowList, spoofed)).toMatch(/198.51.100.7 is not in/);
    const behindProxy = { ipAllowList: { ...policies.ipAllowList.ipAllowList, trustProxy: 1 } };
    expect(check(behindProxy, spoofed).ok).toBe(true);
    // Behind one proxy, what the client put in front of the proxy's entry is never read.
    const chained = { remoteAddress: "10.0.0.2", headers: { "x-forwarded-for": "203.0.113.5, 198.51.100.7" } };
    expect(refusal(behindProxy, chained)).toMatch(/198.51.100.7 is not in/);
  });

  it("fails closed when the client address is unknown, saying what to pass", () => {
    expect(refusal(policies.ipAllowList, {})).toMatch(/client address is unknown.*options.remoteAddress/);
    const onWeb = verifyCallback(new Request("https://example.com/webhooks"), policies.ipAllowList);
    expect(onWeb.ok).toBe(false);
    expect(
      verifyCallback(new Request("https://example.com/webhooks"), policies.ipAllowList, {
        remoteAddress: "203.0.113.5",
      }).ok,
    ).toBe(true);
  });
});

describe("verifyCallback: policies together and request shapes", () => {
  const all: VerifyPolicy = { ...policies.basicAuth, ...policies.urlToken, ...policies.ipAllowList };
  const good = {
    headers: { authorization: basic("kaleyra", PASSWORD) },
    url: `/cb?token=${TOKEN}&event=call_end`,
    remoteAddress: "203.0.113.5",
  };

  it("asks every check to pass", () => {
    expect(check(all, good)).toEqual({ ok: true, query: "event=call_end" });
    expect(refusal(all, { ...good, remoteAddress: "198.51.100.7" })).toMatch(/ipAllowList/);
    expect(refusal(all, { ...good, headers: {} })).toMatch(/basicAuth/);
    expect(refusal(all, { ...good, url: "/cb?event=call_end" })).toMatch(/urlToken/);
  });

  it("reads a Web Request, a Node-style request with a socket, and a wrapper with raw", () => {
    const web = new Request(`https://example.com${good.url}`, { headers: good.headers });
    expect(verifyCallback(web, all, { remoteAddress: good.remoteAddress }).ok).toBe(true);
    const node = { headers: good.headers, url: good.url, socket: { remoteAddress: "::ffff:203.0.113.5" } };
    expect(verifyCallback(node, all).ok).toBe(true);
    expect(verifyCallback({ raw: node }, all).ok).toBe(true);
    expect(
      verifyCallback(
        { headers: { authorization: [good.headers.authorization] }, url: good.url, socket: node.socket },
        all,
      ).ok,
    ).toBe(true);
  });

  it("refuses what is not a request, and a request whose getters throw", () => {
    expect(verifyCallback(null as never, all)).toMatchObject({ ok: false, error: { code: "unauthorized" } });
    const hostile = {
      get headers(): never {
        throw new TypeError("no");
      },
    };
    expect(verifyCallback(hostile as never, all)).toMatchObject({ ok: false, error: { code: "unauthorized" } });
  });
});
