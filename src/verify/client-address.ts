import { type IpBytes, parseIpAddress } from "./ip-address.js";

/**
 * The client's address, or why it could not be told (a sentence for the error message).
 *
 * @example
 * ```ts
 * const found: ClientAddress = clientAddress("203.0.113.5", undefined, 0);
 * ```
 */
export type ClientAddress =
  | { readonly ok: true; readonly address: IpBytes; readonly text: string }
  | { readonly ok: false; readonly problem: string };

// One X-Forwarded-For entry: an address, bracketed IPv6 with or without a port, or IPv4 with a port (some
// proxies, Azure's among them, add the client's port).
function entryAddress(entry: string): string {
  const text = entry.trim();
  if (text.startsWith("[")) {
    const close = text.indexOf("]");
    return close === -1 ? text : text.slice(1, close);
  }
  const colon = text.indexOf(":");
  if (colon !== -1 && colon === text.lastIndexOf(":") && text.includes(".")) return text.slice(0, colon);
  return text;
}

// The `hops`-th entry from the right of the header, or undefined when it has fewer.
function entryFromRight(header: string, hops: number): string | undefined {
  let end = header.length;
  for (let hop = 1; hop <= hops; hop++) {
    const comma = header.lastIndexOf(",", end - 1);
    if (hop === hops) return header.slice(comma + 1, end);
    if (comma === -1) return undefined;
    end = comma;
  }
  return undefined;
}

/**
 * Tells the client's address. With `trustProxy` 0 it is the peer's (the socket's, or the one the caller passed);
 * with `trustProxy` N it is the N-th address from the right of `X-Forwarded-For`, the one the outermost of the N
 * trusted proxies saw. The peer then is the innermost proxy; without a peer address (a Web `Request`) the
 * platform in front of the code counts as that proxy.
 *
 * Hint: entries to the left of that one are whatever the client sent, so they are never read.
 *
 * @param peer The address of the connection's other end, when known.
 * @param forwardedFor The `X-Forwarded-For` header (several joined with commas), when present.
 * @param trustProxy The number of trusted proxies in front of the server.
 * @returns The address, or why there is none.
 * @example
 * ```ts
 * clientAddress("10.0.0.2", "198.51.100.9, 203.0.113.5", 1);
 * //=> { ok: true, address: Uint8Array […], text: "203.0.113.5" }
 * ```
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: number,
): ClientAddress {
  if (trustProxy === 0) {
    if (peer === undefined || peer === "") {
      return {
        ok: false,
        problem:
          "the client address is unknown (a Web Request carries none): pass options.remoteAddress, or set verify.ipAllowList.trustProxy to the number of proxies in front that set X-Forwarded-For",
      };
    }
    const address = parseIpAddress(peer);
    if (address === null) return { ok: false, problem: "the connection's address is not a valid IP address" };
    return { ok: true, address, text: peer };
  }
  if (forwardedFor === undefined || forwardedFor.trim() === "") {
    return {
      ok: false,
      problem: `the request has no X-Forwarded-For header, though verify.ipAllowList.trustProxy says ${trustProxy} prox${trustProxy === 1 ? "y sets" : "ies set"} it`,
    };
  }
  const entry = entryFromRight(forwardedFor, trustProxy);
  if (entry === undefined) {
    return {
      ok: false,
      problem: `X-Forwarded-For holds fewer addresses than the ${trustProxy} proxies verify.ipAllowList.trustProxy trusts`,
    };
  }
  const text = entryAddress(entry);
  const address = parseIpAddress(text);
  if (address === null)
    return { ok: false, problem: "the client address in X-Forwarded-For is not a valid IP address" };
  return { ok: true, address, text };
}
