import { describe, expect, it } from "vitest";
import { outcomeOfDisconnect, outcomeOfSessionStatus } from "../../../src/providers/wavecell/outcome.js";

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
