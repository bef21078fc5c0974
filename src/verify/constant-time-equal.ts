/**
 * The longest secret a verify policy may hold, in UTF-8 bytes. A longer one is a configuration error.
 *
 * @example
 * ```ts
 * MAX_SECRET_BYTES;
 * //=> 4096
 * ```
 */
export const MAX_SECRET_BYTES = 4096;

// Comparisons read whole 64-byte blocks, so their time tells nothing finer than the block count of the longest
// accepted value (fixed by the policy, not by what a request sends).
const BLOCK_BYTES = 64;

/**
 * A secret written into a zero-filled buffer of a fixed size, so that comparing two of them reads every byte
 * whatever their lengths.
 *
 * @example
 * ```ts
 * const secret: FixedSecret = fixSecret("s3cret", 64);
 * ```
 */
export interface FixedSecret {
  /** The buffer, as 32-bit words: the UTF-8 bytes, then zeros. */
  readonly words: Uint32Array;
  /** The secret's own length in bytes. */
  readonly length: number;
  /** Whether the secret fitted in the buffer (a longer one never matches). */
  readonly fits: boolean;
}

const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * The buffer size for comparisons against these accepted values: the longest one's UTF-8 length, rounded up to
 * a whole block.
 *
 * @param values The accepted values.
 * @returns The size in bytes, a multiple of 64, at least 64.
 * @example
 * ```ts
 * fixedSize(["s3cret", "an-older-secret"]);
 * //=> 64
 * ```
 */
export function fixedSize(values: readonly (string | Uint8Array)[]): number {
  let longest = 1;
  for (const value of values) {
    const length = typeof value === "string" ? encoder.encode(value).byteLength : value.byteLength;
    if (length > longest) longest = length;
  }
  return Math.ceil(longest / BLOCK_BYTES) * BLOCK_BYTES;
}

/**
 * Writes a secret (text as UTF-8, or bytes as they are) into a zero-filled buffer of `size` bytes.
 *
 * @param value The secret.
 * @param size The buffer size, a multiple of 4 (from `fixedSize`).
 * @returns The fixed secret; `fits` is false when it is longer than the buffer.
 * @example
 * ```ts
 * fixSecret("s3cret", 64).length;
 * //=> 6
 * ```
 */
export function fixSecret(value: string | Uint8Array, size: number): FixedSecret {
  const bytes = new Uint8Array(size);
  let length: number;
  let fits: boolean;
  if (typeof value === "string") {
    const { read, written } = encoder.encodeInto(value, bytes);
    length = written;
    fits = read === value.length;
  } else {
    fits = value.byteLength <= size;
    length = value.byteLength;
    bytes.set(fits ? value : value.subarray(0, size));
  }
  return { words: new Uint32Array(bytes.buffer, 0, size / 4), length, fits };
}

/**
 * Compares two fixed secrets of the same buffer size in constant time: every word of both buffers is read and
 * combined without a branch on the data, so the time does not depend on where they differ or on their lengths.
 *
 * @param a A fixed secret.
 * @param b Another, of the same buffer size.
 * @returns Whether both fit and hold the same bytes.
 * @example
 * ```ts
 * constantTimeEqual(fixSecret("s3cret", 64), fixSecret("s3cret", 64));
 * //=> true
 * ```
 */
export function constantTimeEqual(a: FixedSecret, b: FixedSecret): boolean {
  const x = a.words;
  const y = b.words;
  // Sizes come from the policy, never from a request: a mismatch is a caller's mistake, not a secret.
  if (x.length !== y.length) return false;
  let diff = (a.length ^ b.length) | (a.fits ? 0 : 1) | (b.fits ? 0 : 1);
  for (let i = 0; i < x.length; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/**
 * Whether a received value equals any accepted one. Every accepted value is compared, always, so the time does
 * not depend on which one matches, or whether one does.
 *
 * @param received The received value, fixed to the accepted values' size.
 * @param accepted The accepted values.
 * @returns Whether one of them matches.
 * @example
 * ```ts
 * const accepted = ["new-secret", "old-secret"].map((value) => fixSecret(value, 64));
 * matchesAny(fixSecret("old-secret", 64), accepted);
 * //=> true
 * ```
 */
export function matchesAny(received: FixedSecret, accepted: readonly FixedSecret[]): boolean {
  let matched = 0;
  for (const value of accepted) matched |= constantTimeEqual(received, value) ? 1 : 0;
  return matched === 1;
}
