// Shared by the adapters that read a body stream: parseRequest (Web streams) and callhooks/node (Node streams).
import { type CallbackError, callbackError } from "./errors.js";

/**
 * The `body_too_large` error of an adapter that stopped reading at the cap.
 *
 * @param maxBytes The cap, in bytes.
 * @returns The failed result.
 * @example
 * ```ts
 * bodyTooLarge(1024).error.code;
 * //=> "body_too_large"
 * ```
 */
export function bodyTooLarge(maxBytes: number): { ok: false; error: CallbackError } {
  return {
    ok: false,
    error: callbackError(
      "body_too_large",
      `The body is over the ${maxBytes}-byte limit, so it was not read further. Raise options.maxBodyBytes if this provider really sends such bodies.`,
    ),
  };
}

/**
 * The `malformed_body` error of an adapter whose body stream failed or was already read.
 *
 * @param message What went wrong and what to do.
 * @returns The failed result.
 * @example
 * ```ts
 * unreadableBody("The body was already read.").error.code;
 * //=> "malformed_body"
 * ```
 */
export function unreadableBody(message: string): { ok: false; error: CallbackError } {
  return { ok: false, error: callbackError("malformed_body", message) };
}

/**
 * Joins chunks into one array.
 *
 * @param chunks The chunks.
 * @param size Their total length.
 * @returns The bytes.
 * @example
 * ```ts
 * concatBytes([new Uint8Array([1]), new Uint8Array([2])], 2);
 * //=> Uint8Array [1, 2]
 * ```
 */
export function concatBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
