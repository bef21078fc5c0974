import { describe, expect, it } from "vitest";
import { outcomeOfHangupCause } from "../../../src/providers/urlnetworks/hangup-cause.js";

describe("URL Networks hangup cause → outcome", () => {
  it("maps every listed FreeSWITCH cause, in any case", () => {
    const table: Record<string, string> = {
      NORMAL_CLEARING: "completed",
      user_busy: "busy",
      NO_ANSWER: "missed",
      NO_USER_RESPONSE: "missed",
      CALL_REJECTED: "rejected",
      // https://url.net.au/?p=1720: "The call was diverted to another destination point".
      REDIRECTION_TO_NEW_DESTINATION: "canceled",
      redirection_to_new_destination: "canceled",
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
      ATTENDED_TRANSFER: "unknown",
      "": "unknown",
    };
    for (const [cause, outcome] of Object.entries(table))
      expect([cause, outcomeOfHangupCause(cause)]).toEqual([cause, outcome]);
    expect(outcomeOfHangupCause(null)).toBe("unknown");
  });
});
