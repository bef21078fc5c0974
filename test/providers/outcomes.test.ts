import { describe, expect, it } from "vitest";
import { parseCallback } from "../../src/index.js";
import { outcomeOfKaleyraStatus } from "../../src/providers/kaleyra/normalize.js";
import { outcomeOfHangupCause } from "../../src/providers/urlnetworks/hangup-cause.js";
import { outcomeOfDisconnect, outcomeOfSessionStatus } from "../../src/providers/wavecell/outcome.js";
import { sentJson } from "../helpers/fixtures.js";

describe("Kaleyra status → outcome", () => {
  it("maps every documented status, in any case", () => {
    const table: Record<string, string> = {
      ANSWER: "completed",
      noanswer: "missed",
      Busy: "busy",
      CANCEL: "canceled",
      FAILED: "failed",
      CONGESTION: "failed",
      REJECTED: "rejected",
      BUSY_CHANNEL1: "busy",
      BUSY_CHANNEL2: "busy",
      NOANSWER_CHANNEL1: "missed",
      NOANSWER_CHANNEL2: "missed",
      FAILED_CHANNEL1: "failed",
      FAILED_CHANNEL2: "failed",
      NOROUTE: "failed",
      MAXUSE: "failed",
      BRIDGE_UNAVAILABLE: "failed",
      CHANUNAVAIL: "failed",
      NOANSWER_LEG1: "missed",
      NOANSWER_LEG2: "missed",
      FAILED_LEG1: "failed",
      FAILED_LEG2: "failed",
      "ANSWERED-A": "unknown",
      ACCEPTED: "unknown",
      FORWARDED: "unknown",
      "": "unknown",
    };
    for (const [status, outcome] of Object.entries(table))
      expect([status, outcomeOfKaleyraStatus(status)]).toEqual([status, outcome]);
    expect(outcomeOfKaleyraStatus(null)).toBe("unknown");
    expect(outcomeOfKaleyraStatus(undefined)).toBe("unknown");
  });
});

describe("URL Networks hangup cause → outcome", () => {
  it("maps every listed FreeSWITCH cause, in any case", () => {
    const table: Record<string, string> = {
      NORMAL_CLEARING: "completed",
      user_busy: "busy",
      NO_ANSWER: "missed",
      NO_USER_RESPONSE: "missed",
      CALL_REJECTED: "rejected",
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

describe("8x8 session status → outcome", () => {
  it("maps every documented status, with spaces or hyphens for underscores, in any case", () => {
    const table: Record<string, string> = {
      COMPLETED: "completed",
      "no answer": "missed",
      "NO-ANSWER": "missed",
      " No_Answer ": "missed",
      BUSY: "busy",
      Canceled: "canceled",
      FAILED: "failed",
      ERROR: "failed",
      COMPLETED_UNSUBSCRIBED: "completed",
      "COMPLETED UNSUB ERROR": "completed",
      REJECTED: "unknown",
      "": "unknown",
    };
    for (const [status, outcome] of Object.entries(table)) {
      expect([status, outcomeOfSessionStatus(status, false)]).toEqual([status, outcome]);
    }
    expect(outcomeOfSessionStatus(null, true)).toBe("unknown");
  });

  it("reads an unsubscribed contact as completed only when the call connected", () => {
    expect(outcomeOfSessionStatus("UNSUBSCRIBED_CONTACT", true)).toBe("completed");
    expect(outcomeOfSessionStatus("unsubscribed contact", false)).toBe("failed");
  });
});

describe("8x8 disconnect → outcome", () => {
  it("reads a call with a duration as completed, whatever the SIP code", () => {
    expect(outcomeOfDisconnect(1, 486)).toBe("completed");
    expect(outcomeOfDisconnect(0.5, null)).toBe("completed");
  });

  it("reads an unanswered call from its final SIP code", () => {
    const table: [number, string][] = [
      [486, "busy"],
      [600, "busy"],
      [408, "missed"],
      [480, "missed"],
      [487, "canceled"],
      [603, "rejected"],
      [300, "failed"],
      [404, "failed"],
      [503, "failed"],
      [299, "unknown"],
      [200, "unknown"],
    ];
    for (const [code, outcome] of table) expect([code, outcomeOfDisconnect(0, code)]).toEqual([code, outcome]);
    expect(outcomeOfDisconnect(null, null)).toBe("unknown");
    expect(outcomeOfDisconnect(undefined, 486)).toBe("busy");
    expect(outcomeOfDisconnect(-1, 487)).toBe("canceled");
  });
});

describe("TeleCMI hangup → outcome", () => {
  const hangup = sentJson("telecmi", "event-incoming-hangup.json");
  const outcome = (change: Record<string, unknown>) => {
    const result = parseCallback({ ...hangup, ...change });
    return result.ok && result.event.type === "call.ended"
      ? result.event.outcome
      : result.ok
        ? result.event.type
        : result.error.code;
  };

  it("reads the outcome from hangup_reason in any case, else from answeredsec", () => {
    expect(outcome({ hangup_reason: "SENT_BYE" })).toBe("completed");
    expect(outcome({ hangup_reason: "recv_bye" })).toBe("completed");
    expect(outcome({ hangup_reason: "Recv_Cancel" })).toBe("canceled");
    expect(outcome({ hangup_reason: "sent_reject" })).toBe("rejected");
    expect(outcome({ hangup_reason: "weird", answeredsec: 5 })).toBe("completed");
    expect(outcome({ hangup_reason: "weird", answeredsec: 0 })).toBe("unknown");
    expect(outcome({ hangup_reason: null, answeredsec: null })).toBe("unknown");
    expect(outcome({ hangup_reason: "", answeredsec: "12" })).toBe("completed");
  });
});
