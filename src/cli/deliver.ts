import { type OutgoingHttpHeaders, validateHeaderName, validateHeaderValue } from "node:http";
import { fieldValue, overrideDelivery } from "../samples/override.js";
import type { SampleValue } from "../samples/sample-delivery.js";
import type { CliDelivery } from "./deliveries.js";
import { type Agents, exchange, type HttpResult } from "./http-exchange.js";
import { terminalText } from "./terminal-text.js";
import { VERSION } from "./version.js";

/** How long one delivery may take, from connecting to the answer's last byte. */
const DELIVERY_TIMEOUT_MS = 10_000;
/** The most of an answer read. */
const MAX_ANSWER_BYTES = 1_048_576;
/** The most of an answer's body printed, in characters. */
const SHOWN_CHARACTERS = 300;

const PLACEHOLDER = "{provider}";
const decoder = new TextDecoder();

/**
 * Where `send` and `replay` deliver: the `--to` URL, checked, with `{provider}` still to fill.
 *
 * @example
 * ```ts
 * const target = readTarget("http://127.0.0.1:3000/webhooks/{provider}");
 * ```
 */
export type Target =
  | { readonly ok: true; readonly template: string }
  | { readonly ok: false; readonly message: string };

/**
 * Checks a `--to` URL: http or https, with `{provider}` anywhere it may stand.
 *
 * @param text The URL as typed.
 * @returns The target, or what is wrong with it.
 * @example
 * ```ts
 * readTarget("localhost:3000").ok;
 * //=> false
 * ```
 */
export function readTarget(text: string): Target {
  let url: URL;
  try {
    url = new URL(text.replaceAll(PLACEHOLDER, "provider"));
  } catch {
    return {
      ok: false,
      message: `--to must be a URL such as http://127.0.0.1:3000/webhooks, got ${terminalText(JSON.stringify(text))}`,
    };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, message: `--to must be an http or https URL, got ${terminalText(url.protocol)}` };
  }
  return { ok: true, template: text };
}

/**
 * A `--to` URL as it may be printed: no credentials, no query (either may hold a secret), `{provider}` as typed.
 *
 * @param template The checked `--to` URL.
 * @returns The text, escaped.
 * @example
 * ```ts
 * shownTarget("http://user:secret@127.0.0.1:3000/hooks/{provider}?token=t");
 * //=> "http://127.0.0.1:3000/hooks/{provider}"
 * ```
 */
export function shownTarget(template: string): string {
  const marker = "callhooks-provider-placeholder";
  const url = new URL(template.replaceAll(PLACEHOLDER, marker));
  return terminalText(`${url.origin}${url.pathname}`.replaceAll(marker, PLACEHOLDER));
}

/**
 * The URL a delivery goes to: the template with its provider, and the delivery's query after the URL's own.
 *
 * @param template The checked `--to` URL.
 * @param delivery The delivery.
 * @returns The URL, or why there is none (a `{provider}` the delivery cannot fill).
 * @example
 * ```ts
 * deliveryUrl("http://127.0.0.1:3000/hooks/{provider}?token=t", kaleyraEnd);
 * //=> URL { href: "http://127.0.0.1:3000/hooks/kaleyra?token=t&event=call_end&…" }
 * ```
 */
export function deliveryUrl(template: string, delivery: CliDelivery): URL | string {
  if (template.includes(PLACEHOLDER) && delivery.provider === null) {
    return `its provider is unknown, so {provider} cannot be filled: name it with --provider`;
  }
  const url = new URL(template.replaceAll(PLACEHOLDER, delivery.provider ?? ""));
  if (delivery.query !== "")
    url.search = url.search === "" ? delivery.query : `${url.search.slice(1)}&${delivery.query}`;
  return url;
}

/**
 * Reads `--header "Name: value"` flags, checked as Node checks them before sending.
 *
 * @param given The flags' values.
 * @returns The headers, or what is wrong with one.
 * @example
 * ```ts
 * readHeaders(["Authorization: Bearer t"]);
 * //=> { authorization: "Bearer t" }
 * ```
 */
export function readHeaders(given: readonly string[]): OutgoingHttpHeaders | string {
  const headers: OutgoingHttpHeaders = {};
  for (const text of given) {
    const colon = text.indexOf(":");
    const name = text.slice(0, colon).trim();
    const value = text.slice(colon + 1).trim();
    try {
      if (colon <= 0) throw new Error("no colon");
      validateHeaderName(name);
      validateHeaderValue(name, value);
    } catch {
      return `--header takes "Name: value" with a valid name and value, got ${terminalText(JSON.stringify(text))}`;
    }
    headers[name.toLowerCase()] = value;
  }
  return headers;
}

/** A `--set` value with the type of the value it replaces: a number stays a number, a boolean a boolean. */
function typedLike(text: string, current: unknown): SampleValue {
  if (typeof current === "number" && text.trim() !== "" && Number.isFinite(Number(text))) return Number(text);
  if (typeof current === "boolean" && (text === "true" || text === "false")) return text === "true";
  if (current === null && text === "null") return null;
  return text;
}

/**
 * Applies `--set key=value` flags to a delivery, each value typed like the one it replaces.
 *
 * @param delivery The delivery.
 * @param given The flags' values.
 * @returns The delivery with its fields set, or why one cannot be.
 * @example
 * ```ts
 * applySets(cdr, ["billedsec=42"]);
 * //=> { …, body: '{ … "billedsec": 42, … }' }
 * ```
 */
export function applySets(delivery: CliDelivery, given: readonly string[]): CliDelivery | string {
  if (given.length === 0) return delivery;
  const overrides: Record<string, SampleValue> = {};
  for (const text of given) {
    const equals = text.indexOf("=");
    if (equals <= 0) return `--set takes key=value, got ${terminalText(JSON.stringify(text))}`;
    const key = text.slice(0, equals);
    overrides[key] = typedLike(text.slice(equals + 1), fieldValue(delivery, key));
  }
  const result = overrideDelivery(delivery, overrides);
  return result.ok ? result.delivery : terminalText(result.error.message);
}

/**
 * The outcome of one delivery, as `send` and `replay` print and count it.
 *
 * @example
 * ```ts
 * const outcome: Outcome = { status: 200, failed: false, line: "200 OK" };
 * ```
 */
export interface Outcome {
  /** The answer's status, or `null` when there was none. */
  readonly status: number | null;
  /** A network error, a timeout or a 5xx. */
  readonly failed: boolean;
  /** Whether it was stopped (Ctrl-C) before its answer. */
  readonly stopped: boolean;
  /** The answer, escaped, for one terminal line: `200 OK  {"callflow":…}` or `no answer: connect ECONNREFUSED…`. */
  readonly line: string;
}

/**
 * An answer's body, decoded and escaped for one terminal line, cut after a few hundred characters.
 *
 * @param bytes The body.
 * @param truncated Whether more was sent than was read.
 * @returns The text (empty for an empty body).
 * @example
 * ```ts
 * shownBody(new TextEncoder().encode("ok\n"), false);
 * //=> "ok\\u000a"
 * ```
 */
export function shownBody(bytes: Uint8Array, truncated: boolean): string {
  const text = decoder.decode(bytes).trimEnd();
  const cut = text.length > SHOWN_CHARACTERS;
  const shown = terminalText(cut ? text.slice(0, SHOWN_CHARACTERS) : text);
  return cut || truncated ? `${shown}… (${truncated ? "over " : ""}${bytes.byteLength} bytes)` : shown;
}

function outcomeOf(result: HttpResult): Outcome {
  if (!result.ok) {
    return {
      status: null,
      failed: result.reason !== "aborted",
      stopped: result.reason === "aborted",
      line: `no answer: ${terminalText(result.message)}`,
    };
  }
  const body = shownBody(result.body, result.truncated);
  return {
    status: result.status,
    failed: result.status >= 500,
    stopped: false,
    line: `${result.status} ${terminalText(result.statusText)}${body === "" ? "" : `  ${body}`}`,
  };
}

/**
 * Delivers one delivery as its provider would: method, content type and length, body, query; a user agent that
 * names callhooks; the user's headers. Never rejects.
 *
 * @param delivery The delivery.
 * @param template The checked `--to` URL.
 * @param headers The user's headers.
 * @param agents The connection pools.
 * @param signal Aborted to stop.
 * @returns Its outcome.
 * @example
 * ```ts
 * (await deliver(sample, "http://127.0.0.1:3000/webhooks", {}, agents)).line;
 * //=> "200 OK"
 * ```
 */
export async function deliver(
  delivery: CliDelivery,
  template: string,
  headers: OutgoingHttpHeaders,
  agents: Agents,
  signal?: AbortSignal,
): Promise<Outcome> {
  const url = deliveryUrl(template, delivery);
  if (typeof url === "string") return { status: null, failed: true, stopped: false, line: `not sent: ${url}` };
  const body = delivery.method === "GET" ? null : delivery.body;
  const result = await exchange(
    {
      url,
      method: delivery.method,
      headers: {
        "user-agent": `callhooks/${VERSION}`,
        ...(body === null ? {} : { "content-length": Buffer.byteLength(body) }),
        ...(delivery.contentType === null || body === null ? {} : { "content-type": delivery.contentType }),
        ...headers,
      },
      body,
      timeoutMs: DELIVERY_TIMEOUT_MS,
      maxResponseBytes: MAX_ANSWER_BYTES,
      signal,
    },
    agents,
  );
  return outcomeOf(result);
}

/**
 * A POST whose content type is to be sniffed is sent as JSON when it starts with `{` or `[`, else as a form.
 *
 * @param delivery The delivery.
 * @returns The delivery with a content type (a GET's stays `null`).
 * @example
 * ```ts
 * withContentType({ …, contentType: null, body: '{"a":1}' }).contentType;
 * //=> "application/json"
 * ```
 */
export function withContentType(delivery: CliDelivery): CliDelivery {
  if (delivery.method === "GET" || delivery.contentType !== null || delivery.body === null) return delivery;
  const start = delivery.body.trimStart()[0];
  const json = start === "{" || start === "[";
  return { ...delivery, contentType: json ? "application/json" : "application/x-www-form-urlencoded" };
}
