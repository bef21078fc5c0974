import type { ProviderId } from "./providers/registry.js";

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
 * The callback URL's query: a string (with or without `?`), URLSearchParams, or a framework's parsed query.
 *
 * @example
 * ```ts
 * const query: QueryInput = new URL(request.url).searchParams;
 * ```
 */
export type QueryInput = string | URLSearchParams | Record<string, string | string[] | undefined>;

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
