import type { IncomingMessage } from "node:http";
import { bodyTooLarge, concatBytes, unreadableBody } from "../body-stream.js";
import type { CallbackError } from "../errors.js";

/**
 * The bytes of a Node request body, or why they were not read.
 *
 * @example
 * ```ts
 * const read: IncomingBodyRead = await readIncomingBody(req, 65_536);
 * ```
 */
export type IncomingBodyRead = { ok: true; bytes: Uint8Array } | { ok: false; error: CallbackError };

const encoder = new TextEncoder();

/**
 * Reads a Node request body up to a cap. Past the cap it stops collecting and lets the rest drain unbuffered.
 * Content-Length is an early refusal (nothing is read; Node drains the body once the response is sent), never
 * trusted: the bytes are counted whatever it says.
 *
 * @param message The request stream.
 * @param maxBytes The largest body accepted, in bytes.
 * @returns The bytes, `body_too_large`, or `malformed_body` when the stream fails.
 * @example
 * ```ts
 * const read = await readIncomingBody(req, 1024);
 * if (read.ok) new TextDecoder().decode(read.bytes);
 * ```
 */
export function readIncomingBody(message: IncomingMessage, maxBytes: number): Promise<IncomingBodyRead> {
  if (Number(message.headers["content-length"]) > maxBytes) return Promise.resolve(bodyTooLarge(maxBytes));
  // A stream some middleware already consumed has nothing left; waiting for its "end" would hang.
  if (message.readableEnded) return Promise.resolve({ ok: true, bytes: new Uint8Array(0) });
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const finish = (result: IncomingBodyRead): void => {
      message.off("data", onData);
      message.off("end", onEnd);
      message.off("error", onError);
      message.off("close", onClose);
      resolve(result);
    };
    const onData = (chunk: Uint8Array | string): void => {
      const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
      size += bytes.byteLength;
      if (size > maxBytes) {
        finish(bodyTooLarge(maxBytes));
        // With no listener left the rest flows into nothing: never buffered, and a keep-alive connection stays
        // usable (a paused stream would stall the next request on it). Node's server does the same with a body
        // nobody reads, and so do Express's body parsers past their limit.
        message.resume();
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = (): void => finish({ ok: true, bytes: concatBytes(chunks, size) });
    const onError = (error: Error): void =>
      finish(unreadableBody(`The request body could not be read (${error.name}): the client may have disconnected.`));
    const onClose = (): void =>
      finish(unreadableBody("The request closed before its body ended: the client disconnected."));
    message.on("data", onData);
    message.once("end", onEnd);
    message.once("error", onError);
    message.once("close", onClose);
  });
}
