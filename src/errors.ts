import type { ProviderId } from "./providers/ids.js";
import type { CallbackIssue } from "./schema/issues.js";

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
  | "invalid_payload"
  | "unauthorized"
  | "invalid_verify_policy";

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
 * @param provider The provider's id, when known.
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
  provider?: string,
  issues?: readonly CallbackIssue[],
): CallbackError {
  const error: { -readonly [K in keyof CallbackError]: CallbackError[K] } = { code, message };
  // A provider id comes from a registered definition's `id`, so it is a ProviderId.
  if (provider !== undefined) error.provider = provider as ProviderId;
  if (issues !== undefined) error.issues = issues;
  return error;
}

export type { CallbackIssue } from "./schema/issues.js";
