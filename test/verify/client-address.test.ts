import { describe, expect, it } from "vitest";
import { clientAddress } from "../../src/verify/client-address.js";

const textOf = (peer: string | undefined, forwardedFor: string | undefined, trustProxy: number) => {
  const found = clientAddress(peer, forwardedFor, trustProxy);
  return found.ok ? found.text : `✘ ${found.problem}`;
};

describe("clientAddress", () => {
  it("takes the peer's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(textOf("198.51.100.7", "203.0.113.5", 0)).toBe("198.51.100.7");
    expect(textOf("::ffff:198.51.100.7", undefined, 0)).toBe("::ffff:198.51.100.7");
  });

  it("takes the N-th address from the right of X-Forwarded-For with N trusted proxies", () => {
    expect(textOf("10.0.0.2", "203.0.113.5", 1)).toBe("203.0.113.5");
    // A client's own X-Forwarded-For is the left part: never read.
    expect(textOf("10.0.0.2", "198.51.100.66, 203.0.113.5", 1)).toBe("203.0.113.5");
    expect(textOf("10.0.0.2", "198.51.100.66, 203.0.113.5, 10.0.0.9", 2)).toBe("203.0.113.5");
    expect(textOf("10.0.0.2", "198.51.100.66,203.0.113.5", 1)).toBe("203.0.113.5");
  });

  it("counts the platform in front as the proxy when there is no peer address (a Web Request)", () => {
    expect(textOf(undefined, "198.51.100.66, 203.0.113.5", 1)).toBe("203.0.113.5");
  });

  it("reads entries with ports and brackets", () => {
    expect(textOf(undefined, "203.0.113.5:51234", 1)).toBe("203.0.113.5");
    expect(textOf(undefined, "[2001:db8::5]:51234", 1)).toBe("2001:db8::5");
    expect(textOf(undefined, " 2001:db8::5 ", 1)).toBe("2001:db8::5");
  });

  it("fails closed without an address, with fewer entries than trusted proxies, or with an invalid one", () => {
    expect(textOf(undefined, "203.0.113.5", 0)).toMatch(/^✘ the client address is unknown.*options\.remoteAddress/);
    expect(textOf("", undefined, 0)).toMatch(/^✘ the client address is unknown/);
    expect(textOf("10.0.0.2", undefined, 1)).toMatch(/^✘ the request has no X-Forwarded-For header/);
    expect(textOf("10.0.0.2", "203.0.113.5", 2)).toMatch(/^✘ X-Forwarded-For holds fewer addresses/);
    expect(textOf("10.0.0.2", "unknown", 1)).toMatch(/^✘ the client address in X-Forwarded-For is not a valid/);
    expect(textOf("10.0.0.2", "203.0.113.5, ", 1)).toMatch(/not a valid/);
    expect(textOf("fe80::1%eth0", undefined, 0)).toMatch(/not a valid/);
  });
});
