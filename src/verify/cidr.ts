import { type IpBytes, parseIpAddress } from "./ip-address.js";

/**
 * A range of addresses: the first address and how many leading bits are fixed, over the 16-byte form (an IPv4
 * range `a.b.c.d/p` is the IPv4-mapped range `::ffff:a.b.c.d/(96 + p)`).
 *
 * @example
 * ```ts
 * const range: Cidr | null = parseCidr("203.0.113.0/24");
 * ```
 */
export interface Cidr {
  /** The range's first address. */
  readonly network: IpBytes;
  /** The number of leading bits every address of the range shares, 0–128. */
  readonly prefix: number;
}

/**
 * Why a CIDR was refused: not an address, a prefix length out of range, or bits set after the prefix.
 *
 * @example
 * ```ts
 * const problem: CidrProblem = "host_bits"; // parseCidr("203.0.113.5/24")
 * ```
 */
export type CidrProblem = "not_an_address" | "bad_prefix" | "host_bits";

const PREFIX = /^(?:0|[1-9]\d{0,2})$/;

/**
 * Parses a CIDR range (`203.0.113.0/24`, `2001:db8::/32`) or a single address (`203.0.113.5`, as `/32` or
 * `/128`). A range with bits set after its prefix (`203.0.113.5/24`) is refused: it is usually a typo for
 * another range.
 *
 * @param text The range.
 * @returns The range, or why it is not one.
 * @example
 * ```ts
 * parseCidr("203.0.113.0/24");
 * //=> { network: Uint8Array [0, …, 255, 255, 203, 0, 113, 0], prefix: 120 }
 * ```
 */
export function parseCidr(text: string): Cidr | CidrProblem {
  const slash = text.indexOf("/");
  const address = slash === -1 ? text : text.slice(0, slash);
  const network = parseIpAddress(address);
  if (network === null) return "not_an_address";
  const isIpv4 = !address.includes(":");
  const width = isIpv4 ? 32 : 128;
  let bits = width;
  if (slash !== -1) {
    const written = text.slice(slash + 1);
    if (!PREFIX.test(written)) return "bad_prefix";
    bits = Number(written);
    if (bits > width) return "bad_prefix";
  }
  const prefix = isIpv4 ? 96 + bits : bits;
  for (let bit = prefix; bit < 128; bit++) {
    if (((network[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1) return "host_bits";
  }
  return { network, prefix };
}

/**
 * Whether an address is in a range.
 *
 * @param range The range.
 * @param address The address, 16 bytes.
 * @returns Whether its first `prefix` bits are the range's.
 * @example
 * ```ts
 * cidrContains(parseCidr("203.0.113.0/24") as Cidr, parseIpAddress("203.0.113.5") as IpBytes);
 * //=> true
 * ```
 */
export function cidrContains(range: Cidr, address: IpBytes): boolean {
  const whole = range.prefix >> 3;
  for (let i = 0; i < whole; i++) if (range.network[i] !== address[i]) return false;
  const rest = range.prefix & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((range.network[whole] ?? 0) & mask) === ((address[whole] ?? 0) & mask);
}
