// HTTP Basic credentials (RFC 7617): `Authorization: Basic base64(user-id ":" password)`.

/**
 * The decoded `user-id:password` bytes of a Basic `Authorization` header, or why there are none.
 *
 * @example
 * ```ts
 * const credentials: BasicCredentials = readBasicCredentials("Basic a2FsZXlyYTpzM2NyZXQ=");
 * ```
 */
export type BasicCredentials =
  | { readonly ok: true; readonly binary: string }
  | { readonly ok: false; readonly problem: "missing" | "not_basic" | "malformed" };

// The scheme is case-insensitive (RFC 7235 §2.1), then one or more spaces, then token68 base64.
const BASIC = /^basic +([A-Za-z0-9+/]+={0,2})$/i;
const BASIC_SCHEME = /^basic(?: |$)/i;

/**
 * Reads the credentials of a Basic `Authorization` header, as a binary string, one byte per character (RFC 7617
 * leaves their charset to the parties; they are compared with the UTF-8 of `username:password`).
 *
 * @param header The `Authorization` header, if any.
 * @returns The credentials' bytes, or why there are none.
 * @example
 * ```ts
 * readBasicCredentials("Basic a2FsZXlyYTpzM2NyZXQ=");
 * //=> { ok: true, binary: "kaleyra:s3cret" }
 * ```
 */
export function readBasicCredentials(header: string | undefined): BasicCredentials {
  if (header === undefined || header === "") return { ok: false, problem: "missing" };
  const match = BASIC.exec(header);
  if (match === null) return { ok: false, problem: BASIC_SCHEME.test(header) ? "malformed" : "not_basic" };
  try {
    return { ok: true, binary: atob(match[1] ?? "") };
  } catch {
    return { ok: false, problem: "malformed" };
  }
}
