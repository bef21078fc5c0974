/**
 * An IP address as 16 bytes: IPv6 as it is, IPv4 as its IPv4-mapped IPv6 form (`::ffff:a.b.c.d`), so that one
 * comparison serves both and a dual-stack socket's `::ffff:203.0.113.5` is the same address as `203.0.113.5`.
 *
 * @example
 * ```ts
 * const address: IpBytes = parseIpAddress("203.0.113.5") ?? new Uint8Array(16);
 * ```
 */
export type IpBytes = Uint8Array;

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * Parses dotted-quad IPv4 text: four decimal parts of 0–255, no leading zeros (`010` is octal to some parsers
 * and decimal to others, so it is refused), nothing else.
 *
 * @param text The text.
 * @param into Where to write the four bytes.
 * @param offset The index of the first byte.
 * @returns Whether the text is such an address.
 * @example
 * ```ts
 * parseIpv4("203.0.113.5", new Uint8Array(4), 0);
 * //=> true
 * ```
 */
export function parseIpv4(text: string, into: Uint8Array, offset: number): boolean {
  let part = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i === text.length ? 46 /* . */ : text.charCodeAt(i);
    if (code >= DIGIT_0 && code <= DIGIT_9) {
      if (digits > 0 && value === 0) return false; // a leading zero
      value = value * 10 + (code - DIGIT_0);
      digits++;
      if (value > 255) return false;
    } else if (code === 46) {
      if (digits === 0 || part > 3) return false;
      into[offset + part] = value;
      part++;
      value = 0;
      digits = 0;
    } else {
      return false;
    }
  }
  return part === 4;
}

function hexValue(code: number): number {
  if (code >= DIGIT_0 && code <= DIGIT_9) return code - DIGIT_0;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

// Reads colon-separated hex groups (the last may be dotted IPv4) into 16-bit groups; null if one is invalid.
function readGroups(text: string, allowIpv4Tail: boolean): number[] | null {
  if (text === "") return [];
  const parts = text.split(":");
  const groups: number[] = [];
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] ?? "";
    if (allowIpv4Tail && p === parts.length - 1 && part.includes(".")) {
      const tail = new Uint8Array(4);
      if (!parseIpv4(part, tail, 0)) return null;
      groups.push(((tail[0] ?? 0) << 8) | (tail[1] ?? 0), ((tail[2] ?? 0) << 8) | (tail[3] ?? 0));
      continue;
    }
    if (part.length === 0 || part.length > 4) return null;
    let value = 0;
    for (let i = 0; i < part.length; i++) {
      const digit = hexValue(part.charCodeAt(i));
      if (digit < 0) return null;
      value = (value << 4) | digit;
    }
    groups.push(value);
  }
  return groups;
}

/**
 * Parses IPv6 text (RFC 4291 §2.2): eight hex groups, `::` once for one or more zero groups, and an optional
 * dotted IPv4 tail. A zone (`fe80::1%eth0`) is refused: callbacks do not come over link-local addresses.
 *
 * @param text The text.
 * @returns The 16 bytes, or null.
 * @example
 * ```ts
 * parseIpv6("2001:db8::1")?.[15];
 * //=> 1
 * ```
 */
export function parseIpv6(text: string): IpBytes | null {
  if (text.length > 45) return null; // the longest form: 6 groups of 4 and a 15-character IPv4 tail
  const gap = text.indexOf("::");
  let groups: number[];
  if (gap === -1) {
    const all = readGroups(text, true);
    if (all === null || all.length !== 8) return null;
    groups = all;
  } else {
    if (text.indexOf("::", gap + 1) !== -1) return null;
    const head = readGroups(text.slice(0, gap), false);
    const tail = readGroups(text.slice(gap + 2), true);
    if (head === null || tail === null || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  }
  const bytes = new Uint8Array(16);
  for (let g = 0; g < 8; g++) {
    const value = groups[g] ?? 0;
    bytes[g * 2] = value >> 8;
    bytes[g * 2 + 1] = value & 0xff;
  }
  return bytes;
}

/**
 * Parses an IPv4 or IPv6 address (no port, no brackets, no zone) into 16 bytes, IPv4 mapped into IPv6.
 *
 * @param text The address.
 * @returns The bytes, or null when it is not an address.
 * @example
 * ```ts
 * Array.from(parseIpAddress("::ffff:203.0.113.5") ?? []).join(".") === Array.from(parseIpAddress("203.0.113.5") ?? []).join(".");
 * //=> true
 * ```
 */
export function parseIpAddress(text: string): IpBytes | null {
  if (text.includes(":")) return parseIpv6(text);
  const bytes = new Uint8Array(16);
  bytes[10] = 0xff;
  bytes[11] = 0xff;
  return parseIpv4(text, bytes, 12) ? bytes : null;
}
