import fc from "fast-check";
import ipaddr from "ipaddr.js";
import { describe, expect, it } from "vitest";
import { parseIpAddress, parseIpv6 } from "../../src/verify/ip-address.js";
import { SEED } from "../property/arbitraries.js";

const bytes = (text: string): number[] | null => {
  const parsed = parseIpAddress(text);
  return parsed === null ? null : Array.from(parsed);
};

const IPV4_COMPATIBLE = /^::(\d+\.\d+\.\d+\.\d+)$/;

// ipaddr.js (the parser behind Express's proxy-addr) as the reference, IPv4 in its IPv4-mapped form.
function reference(text: string): number[] | null {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text).toIPv4MappedAddress().toByteArray();
  if (!ipaddr.IPv6.isValid(text)) return null;
  // ipaddr.js reads the deprecated IPv4-compatible `::a.b.c.d` as IPv4-mapped; RFC 4291 §2.5.5.1 keeps the
  // 96 zero bits, as parseIpAddress does.
  const compatible = IPV4_COMPATIBLE.exec(text)?.[1];
  if (compatible !== undefined) return [...new Array(12).fill(0), ...ipaddr.IPv4.parse(compatible).toByteArray()];
  const address = ipaddr.IPv6.parse(text);
  return address.zoneId === undefined ? address.toByteArray() : null;
}

describe("parseIpAddress", () => {
  it("reads IPv4 as its IPv4-mapped IPv6 form", () => {
    expect(bytes("203.0.113.5")).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 203, 0, 113, 5]);
    expect(bytes("::ffff:203.0.113.5")).toEqual(bytes("203.0.113.5"));
    expect(bytes("::ffff:cb00:7105")).toEqual(bytes("203.0.113.5"));
  });

  it("reads IPv6 with and without ::", () => {
    expect(bytes("2001:db8::1")).toEqual([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(bytes("2001:DB8:0:0:0:0:0:1")).toEqual(bytes("2001:db8::1"));
    expect(bytes("::")).toEqual(new Array(16).fill(0));
    expect(bytes("::1")?.[15]).toBe(1);
    expect(bytes("1:2:3:4:5:6:7::")?.[13]).toBe(7);
  });

  it.each([
    "",
    "203.0.113",
    "203.0.113.5.1",
    "203.0.113.256",
    "203.0.113.05", // a leading zero: octal to some parsers
    "0x7f.0.0.1",
    "127.1",
    " 203.0.113.5",
    "203.0.113.5 ",
    "203.0.113.5:80",
    "[::1]",
    "fe80::1%eth0",
    ":::",
    "1::2::3",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7:8::",
    "12345::",
    "::g",
    "1.2.3.4::",
    "::1.2.3",
  ])("refuses %j", (text) => {
    expect(parseIpAddress(text)).toBeNull();
  });

  it("agrees with ipaddr.js on generated IPv4 and IPv6 addresses", () => {
    const address = fc.oneof(fc.ipV4(), fc.ipV6());
    fc.assert(
      fc.property(address, (text) => {
        expect(bytes(text)).toEqual(reference(text));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("accepts no text that ipaddr.js refuses, and reads what both accept the same way", () => {
    const text = fc.oneof(
      fc.stringMatching(/^[0-9a-fA-F:.]{0,46}$/),
      fc.ipV4Extended(),
      fc.tuple(fc.ipV6(), fc.constantFrom(":", "::", ".", ":0", "%1", ":1.2.3.4")).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(text, (input) => {
        const ours = bytes(input);
        if (ours !== null) expect(ours).toEqual(reference(input));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it("caps the length it reads", () => {
    expect(parseIpv6(`${"0:".repeat(30)}1`)).toBeNull();
  });
});
