import type { CallEvent } from "./call-event.js";
import type { CallbackError } from "./errors.js";

/**
 * The result of parsing a callback: the event, or the error. Never thrown.
 *
 * @example
 * ```ts
 * const result: ParseResult = parseCallback(body, contentType);
 * if (result.ok) handle(result.event);
 * ```
 */
export type ParseResult<E = CallEvent> =
  | { readonly ok: true; readonly event: E }
  | { readonly ok: false; readonly error: CallbackError };
