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
 * Hint: the buffer is a plain array of 16-bit units (small integers V8 keeps unboxed) filled by a JavaScript UTF-8
 * encoder: a TextEncoder call and typed-array views cost 1–2 µs each in Node 20 (npm run bench:verify).
 *
 * @example
 * ```ts
 * const secret: FixedSecret = fixSecret("s3cret", 64);
 * ```
 */
export interface FixedSecret {
  /** The buffer, two bytes per unit: the UTF-8 bytes, then zeros. */
  readonly units: readonly number[];
  /** The secret's own length in bytes (also when it did not fit). */
  readonly length: number;
  /** Whether the secret fitted in the buffer (a longer one never matches). */
  readonly fits: boolean;
}

/**
 * The length of text in UTF-8 bytes, as TextEncoder writes it (a lone surrogate as U+FFFD, 3 bytes).
 *
 * @param text The text.
 * @returns The number of bytes.
 * @example
 * ```ts
 * utf8Length("pässword");
 * //=> 9
 * ```
 */
export function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      length += 4;
      i++;
    } else length += 3;
  }
  return length;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

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
export function fixedSize(values: readonly string[]): number {
  let longest = 1;
  for (const value of values) longest = Math.max(longest, utf8Length(value));
  return Math.ceil(longest / BLOCK_BYTES) * BLOCK_BYTES;
}

// Writes one byte at `at` if it fits; returns the next position (every byte is counted, fitting or not).
function put(units: number[], size: number, at: number, byte: number): number {
  if (at < size) units[at >> 1] = (units[at >> 1] ?? 0) | (byte << ((at & 1) << 3));
  return at + 1;
}

const zeros = (size: number): number[] => new Array<number>(size >> 1).fill(0);

/**
 * Writes text, as UTF-8, into a zero-filled buffer of `size` bytes.
 *
 * @param value The secret.
 * @param size The buffer size, an even number (from `fixedSize`).
 * @returns The fixed secret; `fits` is false when it is longer than the buffer.
 * @example
 * ```ts
 * fixSecret("s3cret", 64).length;
 * //=> 6
 * ```
 */
export function fixSecret(value: string, size: number): FixedSecret {
  const units = zeros(size);
  let at = 0;
  for (let i = 0; i < value.length; i++) {
    let code = value.charCodeAt(i);
    if (code < 0x80) {
      at = put(units, size, at, code);
    } else if (code < 0x800) {
      at = put(units, size, at, 0xc0 | (code >> 6));
      at = put(units, size, at, 0x80 | (code & 0x3f));
    } else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(value.charCodeAt(i + 1))) {
      code = 0x10000 + ((code - 0xd800) << 10) + (value.charCodeAt(i + 1) - 0xdc00);
      i++;
      at = put(units, size, at, 0xf0 | (code >> 18));
      at = put(units, size, at, 0x80 | ((code >> 12) & 0x3f));
      at = put(units, size, at, 0x80 | ((code >> 6) & 0x3f));
      at = put(units, size, at, 0x80 | (code & 0x3f));
    } else {
      if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd; // a lone surrogate, as TextEncoder writes it
      at = put(units, size, at, 0xe0 | (code >> 12));
      at = put(units, size, at, 0x80 | ((code >> 6) & 0x3f));
      at = put(units, size, at, 0x80 | (code & 0x3f));
    }
  }
  return { units, length: at, fits: at <= size };
}

/**
 * Writes a binary string (one byte per character, as `atob` returns) into a zero-filled buffer of `size` bytes.
 *
 * @param binary The bytes, as characters 0–255.
 * @param size The buffer size, an even number.
 * @returns The fixed secret.
 * @example
 * ```ts
 * fixBinary(atob("a2FsZXlyYTpzM2NyZXQ="), 64).length;
 * //=> 14
 * ```
 */
export function fixBinary(binary: string, size: number): FixedSecret {
  const units = zeros(size);
  let at = 0;
  for (let i = 0; i < binary.length; i++) at = put(units, size, at, binary.charCodeAt(i) & 0xff);
  return { units, length: at, fits: at <= size };
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
  const x = a.units;
  const y = b.units;
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
