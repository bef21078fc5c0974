import type { IncomingMessage } from "node:http";
import { readAdapterOptions, unreadableBody, unreadableRequest, withUrlQuery } from "../body-stream.js";
import type { CallEvent } from "../call-event.js";
import { isPlainObject } from "../decode/fields.js";
import { parseCallback } from "../index.js";
import type { CallbackBody } from "../options.js";
import type { CallbackParser } from "../parse-callback.js";
import type { ParseResult } from "../parse-result.js";
import { type RequestOptions, verifyBeforeRead } from "../verify/request-options.js";
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

// Express 4's body parsers set `req.body = {}` even when the content type is not theirs, and leave the stream
// unread: that `{}` stands for "not parsed", so the stream is read instead.
function unreadPlaceholder(body: unknown, message: IncomingMessage): boolean {
  return isPlainObject(body) && Object.keys(body).length === 0 && !message.readableEnded;
}

/**
 * A `parseIncomingMessage` over one parser: reads a Node request and parses it.
 *
 * @example
 * ```ts
 * const parseTelecmiMessage: IncomingMessageParser<CallEventOf<"telecmi">> = createIncomingMessageParser(parse);
 * ```
 */
export type IncomingMessageParser<E> = (req: NodeRequest, options?: RequestOptions) => Promise<ParseResult<E>>;

/**
 * Builds a `parseIncomingMessage` over a parser, e.g. a provider subpath's `parse`, so that a Node app that serves
 * one provider ships that provider alone (the Web adapter's `createRequestParser`, for Node).
 *
 * @param parse The parser: `parseCallback` or a provider's `parse`.
 * @returns The request parser; it never throws and never rejects.
 * @example
 * ```ts
 * import { createIncomingMessageParser } from "callhooks/node";
 * import { parse } from "callhooks/telecmi";
 * const parseTelecmi = createIncomingMessageParser(parse);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createIncomingMessageParser<E>(parse: CallbackParser<E>): IncomingMessageParser<E> {
  const read = async (req: NodeRequest, options: RequestOptions | undefined): Promise<ParseResult<E>> => {
    // Every option is checked before anything is read.
    const settings = readAdapterOptions(options);
    if (!settings.ok) return settings;
    const message = typeof req === "object" && req !== null && "raw" in req ? req.raw : (req as IncomingMessage);
    if (typeof message?.on !== "function" || typeof message.headers !== "object" || message.headers === null) {
      return unreadableBody(
        "parseIncomingMessage takes a Node request (node:http, Express, Fastify). For a Web Request use parseRequest.",
      );
    }
    // options.verify: checked before the body is read; the urlToken parameter leaves the query here.
    const verified = verifyBeforeRead(req, options);
    if (!verified.ok) return verified;
    const contentType = message.headers["content-type"];
    const parseOptions = withUrlQuery(verified.options, message.url);
    // A body a framework parsed goes to the parser, which holds it to the same limits as one it decodes (and
    // flattens a qs-nested form).
    const parsed = req.body;
    if (parsed !== undefined && !unreadPlaceholder(parsed, message)) {
      return parse(parsed as CallbackBody, contentType, parseOptions);
    }
    // The handler runs once the headers are parsed; a microtask later Node's parser has buffered a body that came in
    // the same packets (most callbacks), which is then taken at once (readIncomingBody).
    await undefined;
    const body = await readIncomingBody(message, settings.maxBodyBytes, settings.bodyTimeoutMs);
    if (!body.ok) return body;
    return parse(body.bytes.byteLength === 0 ? null : body.bytes, contentType, parseOptions);
  };
  return async (req, options) => {
    try {
      return await read(req, options);
    } catch (error) {
      return unreadableRequest(error);
    }
  };
}

/**
 * Parses a callback from a Node request: `node:http`, Express or Fastify. A body a framework already parsed
 * (`express.json()`, `express.urlencoded()` either way, `express.text()`, `express.raw()`, Fastify's parsers) is
 * used as it is, under the same limits; otherwise the stream is read, stopping at `maxBodyBytes` or after
 * `bodyTimeoutMs`. The URL's query is the delivery's query unless `options.query` is given. It never throws and
 * never rejects: a request it cannot read at all is `malformed_body`.
 *
 * @param req The request (Fastify: `request`, or `request.raw`).
 * @param options The parse options, `bodyTimeoutMs`, and `verify`: what the request must show before its body
 *   is read.
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
export const parseIncomingMessage: IncomingMessageParser<CallEvent> =
  /* @__PURE__ */ createIncomingMessageParser(parseCallback);
