import { describe, expect, it } from "vitest";
import { verifyCallback } from "../../src/index.js";
import { compilePolicy } from "../../src/verify/verify-policy.js";

const SECRET = "s3cret-never-shown";
const request = { headers: {}, url: "/webhooks", remoteAddress: "203.0.113.5" };

// Every request is refused with a message that names the place and says what to fix.
const refusal = (policy: unknown): string => {
  const result = verifyCallback(request, policy as never);
  if (result.ok) throw new Error("a broken policy let a request through");
  expect(result.error.code).toBe("invalid_verify_policy");
  expect(result.error.message).not.toContain(SECRET);
  return result.error.message;
};

describe("a verify policy fails closed", () => {
  it.each([
    [undefined, /verify must be an object/],
    [null, /verify must be an object/],
    ["token", /verify must be an object/],
    [{}, /verify names no check/],
    [{ basicAuth: undefined }, /verify names no check/],
    [{ urlTokn: { param: "token", values: [SECRET] } }, /verify has an unknown key "urlTokn"/],
    [{ urlToken: { param: "token", values: [SECRET], value: SECRET } }, /verify.urlToken has an unknown key "value"/],
    [{ basicAuth: [] }, /verify.basicAuth is an empty list/],
    [{ basicAuth: [{ password: SECRET }] }, /verify.basicAuth\[0\].username is missing/],
    [{ basicAuth: [{ username: "", password: SECRET }] }, /verify.basicAuth\[0\].username is empty/],
    [{ basicAuth: [{ username: "a:b", password: SECRET }] }, /verify.basicAuth\[0\].username holds a colon/],
    [{ basicAuth: [{ username: "kaleyra", password: undefined }] }, /password must be a string \(is an environment/],
    [{ basicAuth: [{ username: "kaleyra", password: "" }] }, /verify.basicAuth\[0\].password is empty/],
    [{ basicAuth: [{ username: "kaleyra", password: 12345678 }] }, /password must be a string/],
    [{ basicAuth: { username: "kaleyra", password: SECRET } }, /verify.basicAuth must be a list/],
    [{ header: { name: "authorization", values: [] } }, /verify.header.values is an empty list/],
    [{ header: { name: "x-token", values: [undefined] } }, /verify.header.values\[0\] must be a string/],
    [{ header: { name: "x token", values: [SECRET] } }, /verify.header.name must be a header name/],
    [{ header: { name: "x-token", values: [` ${SECRET}`] } }, /values\[0\] must be visible ASCII/],
    [{ header: { name: "x-token", values: [`${SECRET}\n`] } }, /values\[0\] holds a control character/],
    [{ header: { name: "x-token", values: [`${SECRET}é`] } }, /values\[0\] must be visible ASCII/],
    [{ header: { name: "x-token", values: [SECRET.repeat(500)] } }, /values\[0\] is longer than 4096 bytes/],
    [{ urlToken: { param: "", values: [SECRET] } }, /verify.urlToken.param is empty/],
    [{ urlToken: { param: "token", values: [SECRET, ""] } }, /verify.urlToken.values\[1\] is empty/],
    [{ urlToken: { param: "token", values: SECRET } }, /verify.urlToken.values must be a list of strings/],
    [{ ipAllowList: { cidrs: [] } }, /verify.ipAllowList.cidrs is an empty list/],
    [{ ipAllowList: { cidrs: [""] } }, /verify.ipAllowList.cidrs\[0\] is empty/],
    [{ ipAllowList: { cidrs: ["203.0.113.0/33"] } }, /cidrs\[0\] "203.0.113.0\/33" has a prefix length out of range/],
    [{ ipAllowList: { cidrs: ["203.0.113.5/24"] } }, /has bits set after its prefix length/],
    [{ ipAllowList: { cidrs: ["example.com"] } }, /"example.com" is not an IPv4 or IPv6 address/],
    [{ ipAllowList: { cidrs: ["203.0.113.0/24"], trustProxy: -1 } }, /trustProxy must be 0 or more/],
    [{ ipAllowList: { cidrs: ["203.0.113.0/24"], trustProxy: 1.5 } }, /trustProxy must be a whole number/],
    [{ ipAllowList: { cidrs: ["203.0.113.0/24"], trustProxy: "1" } }, /trustProxy must be a number/],
    [
      {
        basicAuth: [{ username: "kaleyra", password: SECRET }],
        header: { name: "Authorization", values: [`Bearer ${SECRET}`] },
      },
      /both read the Authorization header/,
    ],
  ])("refuses %j", (policy, message) => {
    expect(refusal(policy)).toMatch(message);
  });

  it("says every request is refused and where to look", () => {
    expect(refusal({})).toMatch(/^The verify policy is invalid, so every request is refused: .*README/);
  });

  it("reports the first problem only, without reading the rest", () => {
    expect(refusal({ basicAuth: [], header: { name: "", values: [] } })).toMatch(/verify.basicAuth is an empty list/);
  });

  it("compiles a valid policy: lower-case header name, trustProxy 0 by default", () => {
    const compiled = compilePolicy({
      header: { name: "X-Callback-Token", values: [SECRET] },
      ipAllowList: { cidrs: ["203.0.113.0/24"] },
    });
    expect(compiled.ok && compiled.policy.header?.name).toBe("x-callback-token");
    expect(compiled.ok && compiled.policy.ipAllowList?.trustProxy).toBe(0);
  });
});

describe("a policy object reused across requests", () => {
  const web = (token: string) => ({ headers: {}, url: `/cb?token=${token}` });

  it("takes effect at once when edited in place: a value added, replaced or removed, a key added", () => {
    const values = ["first-token-123"];
    const policy: { urlToken: { param: string; values: string[] }; ipAllowList?: { cidrs: string[] } } = {
      urlToken: { param: "token", values },
    };
    expect(verifyCallback(web("first-token-123"), policy).ok).toBe(true);
    expect(verifyCallback(web("second-token-456"), policy).ok).toBe(false);
    values.push("second-token-456");
    expect(verifyCallback(web("second-token-456"), policy).ok).toBe(true);
    values[0] = "third-token-789";
    expect(verifyCallback(web("first-token-123"), policy).ok).toBe(false);
    values.splice(1, 1);
    expect(verifyCallback(web("second-token-456"), policy).ok).toBe(false);
    policy.ipAllowList = { cidrs: ["203.0.113.0/24"] };
    expect(verifyCallback(web("third-token-789"), policy).ok).toBe(false); // no client address now
    values.length = 0;
    expect(verifyCallback(web("third-token-789"), policy)).toMatchObject({ error: { code: "invalid_verify_policy" } });
  });
});
