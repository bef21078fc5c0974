import type { IncomingMessage } from "node:http";
import { unreadableBody } from "../body-stream.js";
import type { CallEvent } from "../call-event.js";
import { mediaKind } from "../decode/content-type.js";
import { isPlainObject } from "../decode/fields.js";
import { parseCallback } from "../index.js";
import { type CallbackBody, DEFAULT_MAX_BODY_BYTES } from "../options.js";
import type { ParseResult } from "../parse-result.js";
import { type RequestOptions, verifyBeforeRead } from "../verify/request-options.js";
import { flattenFormObject } from "./form-object.js";
import { readIncomingBody } from "./read-incoming-body.js";

/**
 * A Node request: a `node:http` `IncomingMessage` (Express's `req` is one, with `body` once a body parser
 * ran), or a Fastify request (`raw` and the `body` Fastify's content-type parser built).
 *
 * @example
 * ```ts
 * const req: NodeRequest = expressReq; // or fastifyRequest, or a node:http request
 * ```
 */
export type NodeRequest = (IncomingMessage & { readonly body?: unknown }) | FrameworkRequest;

/**
 * A framework request wrapping the Node one (Fastify's `request`): the raw message and the parsed body.
 *
 * @example
 * ```ts
 * const req: FrameworkRequest = { raw: request.raw, body: request.body };
 * ```
 */
export interface FrameworkRequest {
  /** The Node request, for its headers, URL and (when no parser ran) its body stream. */
  readonly raw: IncomingMessage;
  /** The body the framework already parsed, if any. */
  readonly body?: unknown;
}

function bodyOf(parsed: unknown, contentType: string | undefined): CallbackBody {
  // qs (express.urlencoded extended: true) nests bracket keys; providers' forms are flat, so undo it.
  if (isPlainObject(parsed) && mediaKind(contentType) === "form") return flattenFormObject(parsed);
  return parsed as CallbackBody;
}

// Express 4's body parsers set `req.body = {}` even when the content type is not theirs, and leave the stream
// unread: that `{}` stands for "not parsed", so the stream is read instead.
function unreadPlaceholder(body: unknown, message: IncomingMessage): boolean {
  return isPlainObject(body) && Object.keys(body).length === 0 && !message.readableEnded;
}

/**
 * Parses a callback from a Node request: `node:http`, Express or Fastify. A body a framework already parsed
 * (`express.json()`, `express.urlencoded()` either way, `express.text()`, `express.raw()`, Fastify's parsers) is
 * used as it is; otherwise the stream is read, stopping at `maxBodyBytes` without buffering the rest. The
 * URL's query is the delivery's query unless `options.query` is given. It never throws.
 *
 * @param req The request (Fastify: `request`, or `request.raw`).
 * @param given The parse options, and `verify`: what the request must show before its body is read.
 * @returns A promise of the parse result.
 * @example
 * ```ts
 * import { parseIncomingMessage } from "callhooks/node";
 * app.all("/webhooks", async (req, res) => {
 *   const result = await parseIncomingMessage(req);
 *   res.sendStatus(result.ok ? 200 : 400);
 * });
 * ```
 */
export async function parseIncomingMessage(req: NodeRequest, given?: RequestOptions): Promise<ParseResult<CallEvent>> {
  const message = typeof req === "object" && req !== null && "raw" in req ? req.raw : (req as IncomingMessage);
  if (typeof message?.on !== "function" || typeof message.headers !== "object" || message.headers === null) {
    return unreadableBody(
      "parseIncomingMessage takes a Node request (node:http, Express, Fastify). For a Web Request use parseRequest.",
    );
  }
  // options.verify: checked before the body is read; the urlToken parameter leaves the query here.
  const verified = verifyBeforeRead(req, given);
  if (!verified.ok) return verified;
  const options = verified.options;
  const contentType = message.headers["content-type"];
  const url = message.url ?? "";
  const mark = url.indexOf("?");
  const query = options?.query ?? (mark === -1 ? undefined : url.slice(mark + 1));
  const merged = query === undefined ? options : { ...options, query };
  if (req.body !== undefined && !unreadPlaceholder(req.body, message)) {
    return parseCallback(bodyOf(req.body, contentType), contentType, merged);
  }
  const maxBytes = options?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // An invalid cap is reported by parseCallback, before anything is read.
  if (typeof maxBytes !== "number" || !(maxBytes >= 0)) return parseCallback(null, null, options);
  const read = await readIncomingBody(message, maxBytes);
  if (!read.ok) return read;
  return parseCallback(read.bytes.byteLength === 0 ? null : read.bytes, contentType, merged);
}
