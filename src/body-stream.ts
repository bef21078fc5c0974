// Shared by the adapters that read a body stream: parseRequest (Web streams) and callhooks/node (Node streams):
// their options, caps and deadlines, their errors, and the query they take from the request's URL.
import { invalidOption, readLimits } from "./decode/limits.js";
import { type CallbackError, callbackError } from "./errors.js";
import { thrownName } from "./excerpt.js";
import { type AdapterOptions, DEFAULT_BODY_TIMEOUT_MS, type ParseOptions } from "./options.js";

type Failure = { ok: false; error: CallbackError };

/**
 * What an adapter needs from its options, read and checked once: how much to read, for how long, and the
 * options to parse with.
 *
 * @example
 * ```ts
 * const settings: AdapterSettings = { maxBodyBytes: 1_048_576, bodyTimeoutMs: 10_000, parseOptions: {} };
 * ```
 */
export interface AdapterSettings {
  /** The largest body read, in bytes. */
  readonly maxBodyBytes: number;
  /** How long the body may take to arrive, in ms (`Infinity`: no limit). */
  readonly bodyTimeoutMs: number;
  /** The options the parser is called with (the URL's query added by the adapter). */
  readonly parseOptions: ParseOptions | undefined;
}

/**
 * Reads and checks an adapter's options, before anything is read from the request.
 *
 * @param options The adapter options.
 * @returns The settings, or an `invalid_payload` error naming the option.
 * @example
 * ```ts
 * readAdapterOptions({ bodyTimeoutMs: 0 }).ok;
 * //=> false
 * ```
 */
export function readAdapterOptions(options: AdapterOptions | undefined): ({ ok: true } & AdapterSettings) | Failure {
  const limits = readLimits(options);
  if (!limits.ok) return limits;
  const bodyTimeoutMs = options?.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  if (typeof bodyTimeoutMs !== "number" || !(bodyTimeoutMs > 0)) {
    return invalidOption("bodyTimeoutMs", "must be a number of milliseconds, more than 0 (Infinity: no limit).");
  }
  return { ok: true, maxBodyBytes: limits.limits.maxBodyBytes, bodyTimeoutMs, parseOptions: options ?? undefined };
}

/**
 * The `body_too_large` error of an adapter that stopped reading at the cap.
 *
 * @param maxBytes The cap, in bytes.
 * @returns The failed result.
 * @example
 * ```ts
 * bodyTooLarge(1024).error.code;
 * //=> "body_too_large"
 * ```
 */
export function bodyTooLarge(maxBytes: number): Failure {
  return {
    ok: false,
    error: callbackError(
      "body_too_large",
      `The body is over the ${maxBytes}-byte limit, so it was not read further. Raise options.maxBodyBytes if this provider really sends such bodies.`,
    ),
  };
}

/**
 * The `body_timeout` error of an adapter that stopped waiting for a body.
 *
 * @param timeoutMs The time it waited, in ms.
 * @returns The failed result.
 * @example
 * ```ts
 * bodyTimeout(10_000).error.code;
 * //=> "body_timeout"
 * ```
 */
export function bodyTimeout(timeoutMs: number): Failure {
  return {
    ok: false,
    error: callbackError(
      "body_timeout",
      `The body did not arrive within ${timeoutMs} ms, so reading stopped. Providers send their body at once; raise options.bodyTimeoutMs if a slow network really needs longer.`,
    ),
  };
}

/**
 * The `malformed_body` error of an adapter whose body stream failed or was already read.
 *
 * @param message What went wrong and what to do.
 * @returns The failed result.
 * @example
 * ```ts
 * unreadableBody("The body was already read.").error.code;
 * //=> "malformed_body"
 * ```
 */
export function unreadableBody(message: string): Failure {
  return { ok: false, error: callbackError("malformed_body", message) };
}

/**
 * The error of an adapter given a request it could not read at all (a getter or Proxy that throws): an adapter
 * resolves to a result for every input, never rejects.
 *
 * @param error What was thrown.
 * @returns The failed result.
 * @example
 * ```ts
 * unreadableRequest(new TypeError("x")).error.code;
 * //=> "malformed_body"
 * ```
 */
export function unreadableRequest(error: unknown): Failure {
  return unreadableBody(
    `The request could not be read (${thrownName(error, "a value was thrown")}). Pass the request object your server or framework received, unchanged.`,
  );
}

/** The longest delay setTimeout keeps; a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Calls `onTimeout` after `timeoutMs`, unless stopped first. A delay past what a timer holds (`Infinity`)
 * never fires.
 *
 * @param timeoutMs The delay, in ms.
 * @param onTimeout What to do then.
 * @returns A function that stops the timer.
 * @example
 * ```ts
 * const stop = startDeadline(10_000, () => reader.cancel());
 * stop();
 * ```
 */
export function startDeadline(timeoutMs: number, onTimeout: () => void): () => void {
  if (timeoutMs > MAX_TIMER_MS) return () => {};
  const timer = setTimeout(onTimeout, timeoutMs);
  return () => clearTimeout(timer);
}

/**
 * Joins chunks into one array.
 *
 * @param chunks The chunks.
 * @param size Their total length.
 * @returns The bytes.
 * @example
 * ```ts
 * concatBytes([new Uint8Array([1]), new Uint8Array([2])], 2);
 * //=> Uint8Array [1, 2]
 * ```
 */
export function concatBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The parse options an adapter calls its parser with: the URL's query is the delivery's query unless
 * `options.query` is given (a GET delivery's data, or values placed in the callback URL).
 *
 * @param options The parse options (after `verify`, which may have taken a token out of the query).
 * @param url The request's URL: absolute (a Web `Request`) or a path (a Node request).
 * @returns The options, with `query` set from the URL where it has one.
 * @example
 * ```ts
 * withUrlQuery(undefined, "/webhooks/kaleyra?event=call_end&id=42");
 * //=> { query: "event=call_end&id=42" }
 * ```
 */
export function withUrlQuery(options: ParseOptions | undefined, url: unknown): ParseOptions | undefined {
  if (options?.query !== undefined || typeof url !== "string") return options;
  const mark = url.indexOf("?");
  if (mark === -1) return options;
  // A fragment is never part of the query (Node's `req.url` has none; a Web Request's URL may).
  const hash = url.indexOf("#", mark);
  const query = url.slice(mark + 1, hash === -1 ? undefined : hash);
  return query === "" ? options : { ...options, query };
}
