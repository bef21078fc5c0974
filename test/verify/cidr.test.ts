import { describe, expect, it } from "vitest";
import { type Cidr, cidrContains, parseCidr } from "../../src/verify/cidr.js";
import { type IpBytes, parseIpAddress } from "../../src/verify/ip-address.js";

const range = (text: string): Cidr => {
  const parsed = parseCidr(text);
  if (typeof parsed === "string") throw new Error(`${text}: ${parsed}`);
  return parsed;
};
const address = (text: string): IpBytes => parseIpAddress(text) ?? new Uint8Array(16).fill(0xee);
const contains = (cidr: string, ip: string): boolean => cidrContains(range(cidr), address(ip));

describe("parseCidr and cidrContains", () => {
  it("match IPv4 ranges, also against IPv4-mapped IPv6 addresses", () => {
    expect(contains("203.0.113.0/24", "203.0.113.5")).toBe(true);
    expect(contains("203.0.113.0/24", "203.0.113.255")).toBe(true);
    expect(contains("203.0.113.0/24", "203.0.114.0")).toBe(false);
    expect(contains("203.0.113.0/24", "::ffff:203.0.113.5")).toBe(true);
    expect(contains("203.0.113.0/24", "::ffff:203.0.112.5")).toBe(false);
    expect(contains("203.0.113.0/27", "203.0.113.31")).toBe(true);
    expect(contains("203.0.113.0/27", "203.0.113.32")).toBe(false);
    expect(contains("0.0.0.0/0", "198.51.100.1")).toBe(true);
    expect(contains("0.0.0.0/0", "2001:db8::1")).toBe(false); // every IPv4 address, and only those
  });

  it("match IPv6 ranges", () => {
    expect(contains("2001:db8::/32", "2001:db8:1234::5")).toBe(true);
    expect(contains("2001:db8::/32", "2001:db9::5")).toBe(false);
    expect(contains("2001:db8::/33", "2001:db8:8000::")).toBe(false);
    expect(contains("::/0", "203.0.113.5")).toBe(true);
  });

  it("read a single address as a /32 or /128", () => {
    expect(contains("18.140.80.2", "18.140.80.2")).toBe(true);
    expect(contains("18.140.80.2", "18.140.80.3")).toBe(false);
    expect(contains("2001:db8::1", "2001:db8::1")).toBe(true);
    expect(contains("2001:db8::1", "2001:db8::2")).toBe(false);
  });

  it.each([
    ["", "not_an_address"],
    ["203.0.113.0/", "bad_prefix"],
    ["203.0.113.0/33", "bad_prefix"],
    ["203.0.113.0/024", "bad_prefix"],
    ["203.0.113.0/-1", "bad_prefix"],
    ["203.0.113.0/24/1", "bad_prefix"],
    ["2001:db8::/129", "bad_prefix"],
    ["203.0.113.5/24", "host_bits"],
    ["2001:db8::1/32", "host_bits"],
    ["203.0.113.0 /24", "not_an_address"],
    ["example.com/24", "not_an_address"],
  ])("refuses %j (%s)", (text, problem) => {
    expect(parseCidr(text)).toBe(problem);
  });
});
