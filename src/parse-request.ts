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

// Content-Length is a cheap early refusal, never trusted: the stream is counted whatever it says.
async function readBody(request: Request, settings: AdapterSettings): Promise<BodyRead> {
  const { maxBodyBytes, bodyTimeoutMs } = settings;
  if (request.method === "GET" || request.method === "HEAD" || request.body === null) return { ok: true, bytes: null };
  if (request.bodyUsed) {
    return unreadableBody(
      "The request body was already read. Call parseRequest before anything else reads it, or pass request.clone().",
    );
  }
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBodyBytes) {
    request.body.cancel().catch(() => {});
    return bodyTooLarge(maxBodyBytes);
  }
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = request.body.getReader();
  } catch {
    return unreadableBody(
      "The request body is locked: something else is reading it. Call parseRequest before anything else reads the body, or pass request.clone().",
    );
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
