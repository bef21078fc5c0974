import type { CallOutcome } from "../../events.js";

// The documented session statuses (Number Masking, IVR and Voice Messaging session summaries), and the legacy
// aggregated `status`, which is the same vocabulary capitalized (`Completed`):
// docs/providers/wavecell.md#session-summary.
// The Voice-Messaging opt-out statuses end a call that went through: the contact listened and opted out,
// whether or not the opt-out itself was recorded.
const OUTCOME_BY_SESSION_STATUS: ReadonlyMap<string, CallOutcome> = new Map(
  Object.entries({
    COMPLETED: "completed",
    NO_ANSWER: "missed",
    BUSY: "busy",
    CANCELED: "canceled",
    FAILED: "failed",
    ERROR: "failed",
    COMPLETED_UNSUBSCRIBED: "completed",
    COMPLETED_UNSUB_ERROR: "completed",
  } satisfies Record<string, CallOutcome>),
);

// The session-status table writes `NO ANSWER` where the enum says `NO_ANSWER`
// (docs/providers/wavecell.md#action-and-status-spelling).
const SEPARATORS = /[\s-]+/g;

/**
 * Maps an 8x8 `sessionStatus` (or a legacy aggregated `status`) to an outcome.
 *
 * Hint: `UNSUBSCRIBED_CONTACT` (the contact is already on the opt-out list) does not say whether a call was
 * made, so the first leg decides: `completed` if it connected, else `failed`. An undocumented status is
 * `unknown`, not an error: the session has ended either way.
 *
 * @param status The status as sent, any case, `_` or a space between words.
 * @param connected Whether the first leg connected (a `connectedTimestamp`, or a duration above 0).
 * @returns The outcome.
 * @example
 * ```ts
 * outcomeOfSessionStatus("NO ANSWER", false);
 * //=> "missed"
 * ```
 */
export function outcomeOfSessionStatus(status: string | null | undefined, connected: boolean): CallOutcome {
  if (!status) return "unknown";
  const key = status.trim().toUpperCase().replace(SEPARATORS, "_");
  if (key === "UNSUBSCRIBED_CONTACT") return connected ? "completed" : "failed";
  return OUTCOME_BY_SESSION_STATUS.get(key) ?? "unknown";
}

// Final SIP responses (https://www.rfc-editor.org/rfc/rfc3261#section-21) that say why a leg ended unanswered.
const OUTCOME_BY_SIP_CODE: ReadonlyMap<number, CallOutcome> = new Map<number, CallOutcome>([
  [486, "busy"],
  [600, "busy"],
  [408, "missed"],
  [480, "missed"],
  [487, "canceled"],
  [603, "rejected"],
]);

/**
 * Maps an 8x8 `CALL_DISCONNECTED` leg to an outcome: `completed` when it lasted (a `callDuration` above 0),
 * else what its final `sipCode` says.
 *
 * Hint: 8x8 sends `sipCode: 200` on legs not yet connected
 * (docs/providers/wavecell.md#sip-code-200-before-answer), so a 200 with no duration says nothing: `unknown`. Any other final code of 300 or more is `failed`.
 *
 * @param callDuration The leg's duration in seconds, or `null`.
 * @param sipCode The final SIP code, or `null`.
 * @returns The outcome.
 * @example
 * ```ts
 * outcomeOfDisconnect(0, 486);
 * //=> "busy"
 * ```
 */
export function outcomeOfDisconnect(
  callDuration: number | null | undefined,
  sipCode: number | null | undefined,
): CallOutcome {
  if (typeof callDuration === "number" && callDuration > 0) return "completed";
  if (typeof sipCode !== "number") return "unknown";
  return OUTCOME_BY_SIP_CODE.get(sipCode) ?? (sipCode >= 300 ? "failed" : "unknown");
}
