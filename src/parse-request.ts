import {
  type AdapterSettings,
  bodyTimeout,
  bodyTooLarge,
  concatBytes,
  readAdapterOptions,
  startDeadline,
  unreadableBody,
  unreadableRequest,
  withUrlQuery,
} from "./body-stream.js";
import type { CallbackError } from "./errors.js";
import { thrownName } from "./excerpt.js";
import type { CallbackParser } from "./parse-callback.js";
import type { ParseResult } from "./parse-result.js";
import { type RequestOptions, verifyBeforeRead } from "./verify/request-options.js";

/**
 * A `parseRequest` over one parser: reads a Web `Request` and parses it.
 *
 * @example
 * ```ts
 * const parseTelecmiRequest: RequestParser<CallEventOf<"telecmi">> = createRequestParser(parse);
 * ```
 */
export type RequestParser<E> = (request: Request, options?: RequestOptions) => Promise<ParseResult<E>>;

type BodyRead = { ok: true; bytes: Uint8Array | null } | { ok: false; error: CallbackError };

const TIMED_OUT = Symbol("timed out");

/** Whether a Content-Length header is plain digits: a length the HTTP server framed the body with. */
function isLength(header: string | null): header is string {
  if (header === null || header === "") return false;
  for (let at = 0; at < header.length; at++) {
    const code = header.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

const LOCKED =
  "The request body is locked: something else is reading it. Call parseRequest before anything else reads the body, or pass request.clone().";

/**
 * Reads a body whose Content-Length is within the cap in one call: `arrayBuffer()` lets the runtime read it its own
 * way, where a stream reader costs a Web stream (on @hono/node-server, a whole Web Request built around the Node
 * one: 3× the server CPU of a bare JSON.parse handler, `npm run bench:server`). The HTTP server holds the body to its
 * Content-Length; the bytes are counted all the same.
 */
async function readAtOnce(request: Request, settings: AdapterSettings): Promise<BodyRead> {
  const { maxBodyBytes, bodyTimeoutMs } = settings;
  let timedOut: (value: typeof TIMED_OUT) => void = () => {};
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timedOut = resolve;
  });
  const stopTimer = startDeadline(bodyTimeoutMs, () => timedOut(TIMED_OUT));
  const reading = request.arrayBuffer();
  try {
    const read = await Promise.race([reading, deadline]);
    if (read === TIMED_OUT) {
      // Not waited for: it ends when the client sends the rest (never past the Content-Length) or goes.
      reading.catch(() => {});
      return bodyTimeout(bodyTimeoutMs);
    }
    if (read.byteLength > maxBodyBytes) return bodyTooLarge(maxBodyBytes);
    return { ok: true, bytes: read.byteLength === 0 ? null : new Uint8Array(read) };
  } catch (error) {
    // Locked by another reader, not read: arrayBuffer() refuses it as a stream reader does.
    if (!request.bodyUsed && request.body?.locked === true) return unreadableBody(LOCKED);
    return unreadableBody(
      `The request body could not be read (${thrownName(error, "stream error")}): the client may have disconnected.`,
    );
  } finally {
    stopTimer();
  }
}

// Content-Length is a cheap early refusal, never trusted: the bytes are counted whatever it says.
async function readBody(request: Request, settings: AdapterSettings): Promise<BodyRead> {
  const { maxBodyBytes, bodyTimeoutMs } = settings;
  if (request.method === "GET" || request.method === "HEAD") return { ok: true, bytes: null };
  if (request.bodyUsed) {
    return unreadableBody(
      "The request body was already read. Call parseRequest before anything else reads it, or pass request.clone().",
    );
  }
  const length = request.headers.get("content-length");
  if (isLength(length) && Number(length) <= maxBodyBytes) return readAtOnce(request, settings);
  if (request.body === null) return { ok: true, bytes: null };
  if (Number(length) > maxBodyBytes) {
    request.body.cancel().catch(() => {});
    return bodyTooLarge(maxBodyBytes);
  }
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = request.body.getReader();
  } catch {
    return unreadableBody(LOCKED);
  }
  // Cancel rather than drain, at the cap and at the deadline: the rest is never pulled off the network.
  const stop = (): void => {
    reader.cancel().catch(() => {});
  };
  let timedOut: (value: typeof TIMED_OUT) => void = () => {};
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timedOut = resolve;
  });
  const stopTimer = startDeadline(bodyTimeoutMs, () => timedOut(TIMED_OUT));
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next === TIMED_OUT) {
        stop();
        return bodyTimeout(bodyTimeoutMs);
      }
      if (next.done) break;
      const { value } = next;
      // A stream may enqueue anything: only bytes are a body (isView: a Uint8Array of another realm too).
      if (!ArrayBuffer.isView(value)) {
        stop();
        return unreadableBody("The request body stream gave something other than bytes. Pass a standard Request.");
      }
      size += value.byteLength;
      if (size > maxBodyBytes) {
        stop();
        return bodyTooLarge(maxBodyBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    return unreadableBody(
      `The request body could not be read (${thrownName(error, "stream error")}): the client may have disconnected.`,
    );
  } finally {
    stopTimer();
  }
  return { ok: true, bytes: concatBytes(chunks, size) };
}

/**
 * Builds a `parseRequest` over a parser, e.g. a provider subpath's `parse`.
 *
 * @param parse The parser: `parseCallback` or a provider's `parse`.
 * @returns The request parser; it never throws and never rejects.
 * @example
 * ```ts
 * import { parse } from "callhooks/telecmi";
 * const parseTelecmiRequest = createRequestParser(parse);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createRequestParser<E>(parse: CallbackParser<E>): RequestParser<E> {
  const read = async (request: Request, options: RequestOptions | undefined): Promise<ParseResult<E>> => {
    // Every option is checked before anything is read.
    const settings = readAdapterOptions(options);
    if (!settings.ok) return settings;
    // A Node request has headers and a url too, but no Headers object.
    if (typeof (request as Partial<Request> | null)?.headers?.get !== "function") {
      return unreadableBody(
        "parseRequest takes a Web Request. For a Node request use parseIncomingMessage from callhooks/node.",
      );
    }
    // options.verify: checked before the body is read; the urlToken parameter leaves the query here.
    const verified = verifyBeforeRead(request, options);
    if (!verified.ok) return verified;
    const body = await readBody(request, settings);
    if (!body.ok) return body;
    return parse(body.bytes, request.headers.get("content-type"), withUrlQuery(verified.options, request.url));
  };
  return async (request, options) => {
    try {
      return await read(request, options);
    } catch (error) {
      return unreadableRequest(error);
    }
  };
}
