import type { CallOutcome } from "../../events.js";

// FreeSWITCH / Q.850 causes from URL Networks' "Hangup Messages" (https://url.net.au/?p=1720), plus common
// FreeSWITCH causes it does not list (docs/providers/urlnetworks.md#hangup-causes). Any other token is kept as sent,
// with outcome "unknown".
const OUTCOME_BY_CAUSE: ReadonlyMap<string, CallOutcome> = new Map(
  Object.entries({
    NORMAL_CLEARING: "completed",
    USER_BUSY: "busy",
    NO_ANSWER: "missed",
    NO_USER_RESPONSE: "missed",
    CALL_REJECTED: "rejected",
    // "The call was diverted to another destination point": this leg stopped because the call went on elsewhere,
    // as with LOSE_RACE and PICKED_OFF below (another extension took it).
    REDIRECTION_TO_NEW_DESTINATION: "canceled",
    ORIGINATOR_CANCEL: "canceled",
    LOSE_RACE: "canceled",
    PICKED_OFF: "canceled",
    UNALLOCATED_NUMBER: "failed",
    NO_ROUTE_DESTINATION: "failed",
    CHANNEL_UNACCEPTABLE: "failed",
    DESTINATION_OUT_OF_ORDER: "failed",
    INVALID_NUMBER_FORMAT: "failed",
    NETWORK_OUT_OF_ORDER: "failed",
    SWITCH_CONGESTION: "failed",
    OUTGOING_CALL_BARRED: "failed",
    INCOMPATIBLE_DESTINATION: "failed",
    WRONG_CALL_STATE: "failed",
    RECOVERY_ON_TIMER_EXPIRE: "failed",
    MEDIA_TIMEOUT: "failed",
  } satisfies Record<string, CallOutcome>),
);

/**
 * Maps a FreeSWITCH hangup cause to an outcome.
 *
 * @param cause The `hangup_cause` as sent, any case.
 * @returns The outcome; `unknown` for an absent or unlisted cause.
 * @example
 * ```ts
 * outcomeOfHangupCause("user_busy");
 * //=> "busy"
 * ```
 */
export function outcomeOfHangupCause(cause: string | null | undefined): CallOutcome {
  if (!cause) return "unknown";
  return OUTCOME_BY_CAUSE.get(cause.toUpperCase()) ?? "unknown";
}
