import { bodyTooLarge, concatBytes, unreadableBody } from "./body-stream.js";
import type { CallbackError } from "./errors.js";
import { DEFAULT_MAX_BODY_BYTES, type ParseOptions } from "./options.js";
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

// Content-Length is a cheap early refusal, never trusted: the stream is counted whatever it says.
async function readBody(request: Request, maxBytes: number): Promise<BodyRead> {
  if (request.method === "GET" || request.method === "HEAD" || request.body === null) return { ok: true, bytes: null };
  if (request.bodyUsed) {
    return unreadableBody(
      "The request body was already read. Call parseRequest before anything else reads it, or pass request.clone().",
    );
  }
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) {
    request.body.cancel().catch(() => {});
    return bodyTooLarge(maxBytes);
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        // Cancel rather than drain: the rest of an oversized body is never pulled off the network.
        reader.cancel().catch(() => {});
        return bodyTooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    return unreadableBody(
      `The request body could not be read (${error instanceof Error ? error.name : "stream error"}): the client may have disconnected.`,
    );
  }
  return { ok: true, bytes: concatBytes(chunks, size) };
}

function queryOf(url: string): URLSearchParams | undefined {
  try {
    const parsed = new URL(url);
    return parsed.search === "" ? undefined : parsed.searchParams;
  } catch {
    return undefined;
  }
}

/**
 * Builds a `parseRequest` over a parser, e.g. a provider subpath's `parse`.
 *
 * @param parse The parser: `parseCallback` or a provider's `parse`.
 * @returns The request parser; it never throws.
 * @example
 * ```ts
 * import { parse } from "callhooks/telecmi";
 * const parseTelecmiRequest = createRequestParser(parse);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createRequestParser<E>(parse: CallbackParser<E>): RequestParser<E> {
  return async (request, given) => {
    let options: ParseOptions | undefined = given;
    const maxBytes = options?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    // An invalid cap is reported by the parser itself, before anything is read.
    if (typeof maxBytes !== "number" || !(maxBytes >= 0)) return parse(null, null, options);
    // A Node request has headers and a url too, but no Headers object.
    if (typeof (request as Partial<Request> | null)?.headers?.get !== "function") {
      return unreadableBody(
        "parseRequest takes a Web Request. For a Node request use parseIncomingMessage from callhooks/node.",
      );
    }
    // options.verify: checked before the body is read; the urlToken parameter leaves the query here.
    const verified = verifyBeforeRead(request, given);
    if (!verified.ok) return verified;
    options = verified.options;
    const body = await readBody(request, maxBytes);
    if (!body.ok) return body;
    const query = options?.query ?? queryOf(request.url);
    return parse(
      body.bytes,
      request.headers.get("content-type"),
      query === undefined ? options : { ...options, query },
    );
  };
}
