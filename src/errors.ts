import type { ProviderId } from "./provider-id.js";

/**
 * The codes a failed parse can carry.
 *
 * @example
 * ```ts
 * if (!result.ok && result.error.code === "unknown_provider") reply(400);
 * ```
 */
export type CallbackErrorCode =
  | "unsupported_content_type"
  | "malformed_body"
  | "body_too_large"
  | "too_many_fields"
  | "body_timeout"
  | "unknown_provider"
  | "unsupported_event"
  | "invalid_payload";

/**
 * One field that failed validation.
 *
 * @example
 * ```ts
 * const issue: CallbackIssue = { path: ["cmiuuid"], message: "cmiuuid is required." };
 * ```
 */
export interface CallbackIssue {
  /** The path of the field, from the top of the payload. */
  readonly path: readonly (string | number)[];
  /** The message, naming the field and what was expected. */
  readonly message: string;
}

/**
 * Why a callback could not be parsed. Errors are values: `parseCallback` never throws.
 *
 * @example
 * ```ts
 * const result = parseCallback("", "application/json");
 * if (!result.ok) console.warn(result.error.code, result.error.message);
 * //=> malformed_body The body is empty …
 * ```
 */
export interface CallbackError {
  /** The code, stable across versions. */
  readonly code: CallbackErrorCode;
  /** The message: what was wrong and what to do. Never echoes more than a short excerpt of the input. */
  readonly message: string;
  /** The provider, when it was known. */
  readonly provider?: ProviderId;
  /** The fields that failed validation (`invalid_payload` only). */
  readonly issues?: readonly CallbackIssue[];
}

/**
 * Builds a `CallbackError`.
 *
 * @param code The error code.
 * @param message The message.
 * @param provider The provider, when known.
 * @param issues The validation issues.
 * @returns The error.
 * @example
 * ```ts
 * callbackError("malformed_body", "The body is empty.");
 * //=> { code: "malformed_body", message: "The body is empty." }
 * ```
 */
export function callbackError(
  code: CallbackErrorCode,
  message: string,
  provider?: ProviderId,
  issues?: readonly CallbackIssue[],
): CallbackError {
  const error: { -readonly [K in keyof CallbackError]: CallbackError[K] } = { code, message };
  if (provider !== undefined) error.provider = provider;
  if (issues !== undefined) error.issues = issues;
  return error;
}

const EXCERPT_LENGTH = 40;

/**
 * The characters untrusted text must not carry onto a terminal or into a log line: C0 controls, DEL, C1 controls
 * (U+0080–U+009F), the soft hyphen, bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E/F,
 * U+202A–U+202E, U+2066–U+2069), zero-width and other invisible format characters (U+180E, U+200B–U+200D,
 * U+2060–U+2064, U+FEFF, U+FFF9–U+FFFB), the line and paragraph separators (U+2028/9), and lone surrogates.
 * Global: use it with `replace`, not `test`.
 *
 * @example
 * ```ts
 * "a\u202eb".replace(UNSAFE_CHARACTERS, " ");
 * //=> "a b"
 * ```
 */
export const UNSAFE_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is matched.
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Quotes a short, printable excerpt of untrusted input for an error message: control, bidi and invisible
 * characters (`UNSAFE_CHARACTERS`) become spaces, so a message is safe to print or log.
 *
 * @param value The input.
 * @returns The excerpt, at most 40 characters plus an ellipsis, in double quotes.
 * @example
 * ```ts
 * excerpt("<xml>…a very long body…</xml>");
 * //=> "\"<xml>…a very long body…</xml>\""
 * ```
 */
export function excerpt(value: string): string {
  const printable = value.slice(0, EXCERPT_LENGTH + 1).replace(UNSAFE_CHARACTERS, " ");
  return JSON.stringify(printable.length > EXCERPT_LENGTH ? `${printable.slice(0, EXCERPT_LENGTH)}…` : printable);
}

/**
 * Names what was thrown, for an error message, without throwing itself: a thrown Proxy or an error whose `name` is a
 * getter that throws must not turn an error value into an exception.
 *
 * @param error What was thrown.
 * @param fallback The words for anything that is not an `Error` with a string name.
 * @returns The error's name (printable, at most 40 characters), or the fallback.
 * @example
 * ```ts
 * thrownName(new TypeError("x"), "a value");
 * //=> "TypeError"
 * ```
 */
export function thrownName(error: unknown, fallback: string): string {
  try {
    const name: unknown = error instanceof Error ? error.name : undefined;
    return typeof name === "string" ? name.slice(0, EXCERPT_LENGTH).replace(UNSAFE_CHARACTERS, " ") : fallback;
  } catch {
    return fallback;
  }
}
