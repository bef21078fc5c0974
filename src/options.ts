import type { ProviderId } from "./providers/ids.js";

/**
 * A callback body in any form a server may hold it.
 *
 * @example
 * ```ts
 * const body: CallbackBody = req.body; // string, bytes, URLSearchParams or a parsed object
 * ```
 */
export type CallbackBody =
  | string
  | Uint8Array
  | ArrayBuffer
  | URLSearchParams
  | Record<string, unknown>
  | null
  | undefined;

/**
 * A query a framework parsed: Node's `querystring` (`string | string[]`), or `qs` (Express's `req.query`, whose
 * `ParsedQs` also nests `a[b]=1` as `{ a: { b: "1" } }`).
 *
 * @example
 * ```ts
 * const query: QueryObject = { event: "call_end", id: ["1", "2"], a: { b: "1" } };
 * ```
 */
export interface QueryObject {
  readonly [key: string]: QueryValue | undefined;
}

/**
 * One value of a parsed query: a string, a repeated key's values, or a `qs` nested object.
 *
 * @example
 * ```ts
 * const value: QueryValue = ["1", "2"]; // ?id=1&id=2: the last, "2", is read
 * ```
 */
export type QueryValue = string | QueryObject | readonly (string | QueryObject)[];

/**
 * The callback URL's query: a string (with or without `?`), URLSearchParams, or a framework's parsed query
 * (Express's `req.query`, Fastify's `request.query`).
 *
 * @example
 * ```ts
 * const query: QueryInput = new URL(request.url).searchParams;
 * ```
 */
export type QueryInput = string | URLSearchParams | QueryObject;

/**
 * Options for `parseCallback`.
 *
 * @example
 * ```ts
 * parseCallback(null, null, { provider: "telecmi", query: req.url.split("?")[1] });
 * ```
 */
export interface ParseOptions {
  /** The provider, when the route already knows it: detection is skipped. */
  readonly provider?: ProviderId;
  /** The provider-native event name, when the body does not carry it. */
  readonly event?: string;
  /** The callback URL's query (GET delivery, or values placed in the URL); body values win. */
  readonly query?: QueryInput;
  /** The ISO 3166 alpha-2 region for national-format numbers; overrides the provider's default. */
  readonly defaultCountry?: string;
  /** The largest body accepted, in bytes (default 1 MiB); larger bodies are refused before decoding. */
  readonly maxBodyBytes?: number;
  /**
   * The most fields a body (and, apart, a query) may hold (default 1000): form pairs, or JSON keys and array
   * items at every depth. More is `too_many_fields`, before any field is validated.
   */
  readonly maxFields?: number;
  /** The deepest nesting of objects and arrays a body may have (default 64; the body itself is level 1). */
  readonly maxDepth?: number;
}

/**
 * Options for the adapters (`parseRequest`, `parseIncomingMessage`): the parse options, and how long to wait
 * for the body.
 *
 * @example
 * ```ts
 * await parseRequest(request, { provider: "telecmi", bodyTimeoutMs: 5_000 });
 * ```
 */
export interface AdapterOptions extends ParseOptions {
  /**
   * The longest the body may take to arrive, in milliseconds from the start of reading (default 10 s);
   * then reading stops and the result is `body_timeout`. `Infinity` waits for as long as the stream lasts.
   */
  readonly bodyTimeoutMs?: number;
}

/**
 * The default body-size cap: 1 MiB.
 *
 * @example
 * ```ts
 * DEFAULT_MAX_BODY_BYTES;
 * //=> 1048576
 * ```
 */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * The default field-count limit: 1000 (providers send fewer than 100).
 *
 * @example
 * ```ts
 * DEFAULT_MAX_FIELDS;
 * //=> 1000
 * ```
 */
export const DEFAULT_MAX_FIELDS = 1000;

/**
 * The default nesting limit: 64 levels (providers send three or four).
 *
 * @example
 * ```ts
 * DEFAULT_MAX_DEPTH;
 * //=> 64
 * ```
 */
export const DEFAULT_MAX_DEPTH = 64;

/**
 * The default time the adapters wait for a body: 10 seconds.
 *
 * @example
 * ```ts
 * DEFAULT_BODY_TIMEOUT_MS;
 * //=> 10000
 * ```
 */
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;
