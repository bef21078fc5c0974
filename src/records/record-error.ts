import type * as v from "valibot";
import type { CallbackIssue } from "../errors.js";
import type { ProviderId } from "../providers/ids.js";
import { summarizeIssues, toCallbackIssues } from "../schema/issues.js";
import type { CallRecord } from "./call-record.js";

/**
 * Why an event could not be folded, records merged, or an event read from JSON.
 *
 * - `invalid_event`: the value is not a call event (or not one callhooks' JSON form of one).
 * - `invalid_record`: the value is not a call record (`issues` says which field).
 * - `different_calls`: the event or the records belong to different calls (their keys differ).
 * - `no_call_key`: the event names no call (URL Networks' API "Incoming Call" carries no call id).
 *
 * @example
 * ```ts
 * if (!result.ok && result.error.code === "no_call_key") return reply(200); // nothing to fold
 * ```
 */
export type CallRecordErrorCode = "invalid_event" | "invalid_record" | "different_calls" | "no_call_key";

/**
 * Why a call-record operation failed. Errors are values: none of these functions throws.
 *
 * @example
 * ```ts
 * const result = mergeCallRecords(a, b);
 * if (!result.ok) console.warn(result.error.code, result.error.message);
 * //=> different_calls These records are of different calls …
 * ```
 */
export interface CallRecordError {
  /** The code, stable across versions. */
  readonly code: CallRecordErrorCode;
  /** What was wrong and what to do. Never quotes more than a short excerpt of the input. */
  readonly message: string;
  /** The fields that failed validation (`invalid_event`, `invalid_record`). */
  readonly issues?: readonly CallbackIssue[];
}

/**
 * The record, or why there is none.
 *
 * @example
 * ```ts
 * const result: CallRecordResult = applyEvent(null, event);
 * if (result.ok) await save(result.record);
 * ```
 */
export type CallRecordResult<P extends ProviderId = ProviderId> =
  | { readonly ok: true; readonly record: CallRecord<P> }
  | { readonly ok: false; readonly error: CallRecordError };

/**
 * Builds a failed result.
 *
 * @param code The error code.
 * @param message The message.
 * @param issues The validation issues.
 * @returns The result.
 * @example
 * ```ts
 * recordFailure("different_calls", "These records are of different calls.");
 * //=> { ok: false, error: { code: "different_calls", message: "These records are of different calls." } }
 * ```
 */
export function recordFailure(
  code: CallRecordErrorCode,
  message: string,
  issues?: readonly CallbackIssue[],
): { readonly ok: false; readonly error: CallRecordError } {
  return { ok: false, error: issues === undefined ? { code, message } : { code, message, issues } };
}

/**
 * Builds the failed result of a value that did not pass a schema.
 *
 * @param code `invalid_event` or `invalid_record`.
 * @param subject What the value is, for the message (`"The record"`).
 * @param issues valibot's issues.
 * @param advice What to do, one sentence.
 * @returns The result, listing every issue.
 * @example
 * ```ts
 * invalidValue("invalid_record", "The record", issues, "Pass a record that applyEvent returned.");
 * ```
 */
export function invalidValue(
  code: "invalid_event" | "invalid_record",
  subject: string,
  issues: readonly v.BaseIssue<unknown>[],
  advice: string,
): { readonly ok: false; readonly error: CallRecordError } {
  const listed = toCallbackIssues(issues, subject);
  return recordFailure(code, `${subject} is not valid: ${summarizeIssues(listed)}. ${advice}`, listed);
}
