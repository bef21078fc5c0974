import { describe, expect, it } from "vitest";
import { outcomeOfKaleyraStatus } from "../../../src/providers/kaleyra/normalize.js";

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
      // Kaleyra.io's flow, queue and OBD statuses (https://developers.kaleyra.io/docs/call-statuses).
      FLOW_ANSWER: "completed",
      MISS_CALL: "missed",
      FLOW_UNASSIGNED: "failed",
      FLOW_PAUSED: "failed",
      FLOW_NOT_PUBLISHED: "failed",
      FLOW_UNREACHABLE: "failed",
      QUEUE_TIMEOUT: "failed",
      OBD_TIMEOUT: "missed",
      // The operator list's IVR and incoming-call statuses.
      IVR: "missed",
      "IVR-ANSWER": "completed",
      "ivr-answer": "completed",
      MISWIG: "missed",
      BLOCKED: "rejected",
      "MAX-USE": "failed",
      DND: "failed",
      NOTALLOWED: "failed",
      "OFF-HOUR": "missed",
      // Says nothing of how the call went.
      NO_INCOMING_CLI: "unknown",
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
