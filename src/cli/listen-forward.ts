import type { IncomingMessage, OutgoingHttpHeaders } from "node:http";
import { shownBody } from "./deliver.js";
import { type Agents, exchange } from "./http-exchange.js";
import { terminalText } from "./terminal-text.js";

/** How long the app may take to answer a forwarded delivery: providers give up after a few seconds. */
const FORWARD_TIMEOUT_MS = 10_000;
/** The most of the app's answer passed back to the sender. */
const MAX_FORWARD_ANSWER_BYTES = 1_048_576;

// Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection, not to the delivery; Host and Content-Length are the
// forwarded request's own, and Expect was answered by the receiver.
const NOT_FORWARDED = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
  "expect",
]);

/**
 * The header each receiver adds to what it forwards, naming itself: a receiver that finds its own name in a delivery
 * is forwarding to itself (`--forward-to` its own port, or through a tunnel back to it), and stops the loop.
 *
 * @example
 * ```ts
 * req.headers[FORWARDED_BY];
 * //=> "callhooks-4f1c8e27"
 * ```
 */
export const FORWARDED_BY = "x-callhooks-forwarded-by";

/**
 * Whether a delivery was forwarded by this receiver already (a loop).
 *
 * @param req The delivery.
 * @param self This receiver's name.
 * @returns `true` when its name is in the delivery's `X-Callhooks-Forwarded-By`.
 * @example
 * ```ts
 * if (forwardedBy(req, self)) res.writeHead(508).end();
 * ```
 */
export function forwardedBy(req: IncomingMessage, self: string): boolean {
  const chain = req.headers[FORWARDED_BY];
  return typeof chain === "string" && chain.split(",").some((name) => name.trim() === self);
}

/**
 * Where a delivery is forwarded: the request's path appended to the app URL's path, and the request's query after the
 * URL's own.
 *
 * @param base The `--forward-to` URL.
 * @param requestUrl The delivery's request target (`/webhooks/kaleyra?event=call_end…`).
 * @returns The URL.
 * @example
 * ```ts
 * forwardUrl(new URL("http://127.0.0.1:3000/api"), "/webhooks?id=1").href;
 * //=> "http://127.0.0.1:3000/api/webhooks?id=1"
 * ```
 */
export function forwardUrl(base: URL, requestUrl: string): URL {
  // Only the path and query of the request target are taken, whatever its form (an absolute-form target's host is not).
  const request = new URL(requestUrl, "http://listen.invalid");
  const url = new URL(base);
  url.pathname = `${base.pathname.replace(/\/$/, "")}${request.pathname}`;
  const query = [base.search.slice(1), request.search.slice(1)].filter((part) => part !== "").join("&");
  url.search = query;
  return url;
}

/**
 * The headers a delivery is forwarded with: all of the sender's but hop-by-hop ones (and those its `Connection`
 * header names), with `X-Forwarded-For`, `-Host` and `-Proto` added, as a proxy in front of the app would.
 *
 * @param req The delivery.
 * @param self This receiver's name (`X-Callhooks-Forwarded-By`).
 * @returns The headers.
 * @example
 * ```ts
 * forwardHeaders(req, "callhooks-4f1c8e27")["x-forwarded-for"];
 * //=> "127.0.0.1"
 * ```
 */
export function forwardHeaders(req: IncomingMessage, self: string): OutgoingHttpHeaders {
  const named = new Set(
    String(req.headers.connection ?? "")
      .split(",")
      .map((name) => name.trim().toLowerCase()),
  );
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && !NOT_FORWARDED.has(name) && !named.has(name)) headers[name] = value;
  }
  const peer = req.socket.remoteAddress;
  const chain = [req.headers["x-forwarded-for"], peer].filter((part) => part !== undefined && part !== "");
  if (chain.length > 0) headers["x-forwarded-for"] = chain.join(", ");
  if (req.headers.host !== undefined) headers["x-forwarded-host"] = req.headers.host;
  headers["x-forwarded-proto"] = "http";
  const forwarders = req.headers[FORWARDED_BY];
  headers[FORWARDED_BY] = typeof forwarders === "string" && forwarders !== "" ? `${forwarders}, ${self}` : self;
  return headers;
}

/**
 * The app's answer to a forwarded delivery, as the receiver passes it back to the sender.
 *
 * @example
 * ```ts
 * const answer: ForwardAnswer = { status: 200, headers: { "content-type": "application/json" }, body: bytes, note: "app 200" };
 * ```
 */
export interface ForwardAnswer {
  /** The status the sender gets: the app's, or 502/504 when the app gave none. */
  readonly status: number;
  /** The headers the sender gets. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body the sender gets. */
  readonly body: Uint8Array | string;
  /** What the receiver prints after the event: `→ app 200  {"callflow":…}` (escaped). */
  readonly note: string;
}

/**
 * Forwards a delivery to the app and returns what to answer the sender: the app's status, content type and body,
 * or 502 (no answer, or one over 1 MiB) or 504 (none within 10 s) with a message. Never rejects.
 *
 * @param req The delivery (its body already read).
 * @param body The body's bytes.
 * @param base The `--forward-to` URL.
 * @param self This receiver's name (`X-Callhooks-Forwarded-By`).
 * @param agents The connection pools.
 * @param timeoutMs How long the app may take (default 10 s).
 * @returns The answer.
 * @example
 * ```ts
 * const answer = await forwardDelivery(req, bytes, new URL("http://127.0.0.1:3000"), "callhooks-4f1c8e27", agents);
 * res.writeHead(answer.status, answer.headers).end(answer.body);
 * ```
 */
export async function forwardDelivery(
  req: IncomingMessage,
  body: Uint8Array,
  base: URL,
  self: string,
  agents: Agents,
  timeoutMs: number = FORWARD_TIMEOUT_MS,
): Promise<ForwardAnswer> {
  const url = forwardUrl(base, req.url ?? "/");
  const method = req.method ?? "GET";
  const result = await exchange(
    {
      url,
      method,
      headers: {
        ...forwardHeaders(req, self),
        ...(body.byteLength > 0 || !["GET", "HEAD"].includes(method) ? { "content-length": body.byteLength } : {}),
      },
      body: body.byteLength === 0 ? null : body,
      timeoutMs,
      maxResponseBytes: MAX_FORWARD_ANSWER_BYTES,
    },
    agents,
  );
  const text = { "content-type": "text/plain; charset=utf-8" };
  if (!result.ok) {
    const status = result.reason === "timeout" ? 504 : 502;
    const message = `callhooks listen: the app at ${url.origin} gave no answer (${result.message}).\n`;
    return {
      status,
      headers: text,
      body: message,
      note: `→ ${status}: the app gave no answer (${terminalText(result.message)})`,
    };
  }
  if (result.truncated) {
    const message = `callhooks listen: the app's answer is over ${MAX_FORWARD_ANSWER_BYTES} bytes; it was not passed on.\n`;
    return {
      status: 502,
      headers: text,
      body: message,
      note: `→ 502: the app's answer (${result.status}) is over 1 MiB`,
    };
  }
  const type = result.headers["content-type"];
  const shown = shownBody(result.body, false);
  return {
    status: result.status,
    headers: type === undefined ? {} : { "content-type": type },
    body: result.body,
    note: `→ app ${result.status}${shown === "" ? "" : `  ↩ ${shown}`}`,
  };
}
