import { describe, expect, it } from "vitest";
import { parseCallback } from "../../../src/index.js";
import { sentJson } from "../../helpers/fixtures.js";

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
