import { describe, expect, it } from "vitest";
import { type CallEvent, parseCallback } from "../../../src/index.js";
import { sentJson } from "../../helpers/fixtures.js";

const dialout = sentJson("carrierx", "mediator-dialout.json");
const parse = (fields: Record<string, unknown>): CallEvent => {
  const result = parseCallback(fields);
  if (!result.ok) throw new Error(result.error.message);
  return result.event;
};

describe("CarrierX fields", () => {
  it("reads the direction in any case, else from the event_type of the binding or dialout", () => {
    expect(parse({ ...dialout, direction: "INBOUND" }).direction).toBe("inbound");
    expect(parse({ ...dialout, direction: "Outbound", event_type: "binding" }).direction).toBe("outbound");
    expect(parse({ ...dialout, direction: "sideways", event_type: "Binding" }).direction).toBe("inbound");
    expect(parse({ ...dialout, direction: null, event_type: "DIALOUT" }).direction).toBe("outbound");
    expect(parse({ ...dialout, direction: null, event_type: "other" }).direction).toBeNull();
    expect(parse({ ...dialout, direction: null, event_type: null }).direction).toBeNull();
  });

  it("reads a record with date_talk as completed and one without as missed", () => {
    const talked = parse({ ...dialout, date_talk: "2021-11-01T08:57:01.222Z" });
    expect(talked.type === "call.ended" && [talked.outcome, talked.answeredAt?.toISOString()]).toEqual([
      "completed",
      "2021-11-01T08:57:01.222Z",
    ]);
    const missed = parse({ ...dialout, date_talk: null });
    expect(missed.type === "call.ended" && [missed.outcome, missed.answeredAt]).toEqual(["missed", null]);
  });

  it("takes the session id from reference_sid, and the figures as sent", () => {
    expect(parse({ ...dialout, reference_sid: null }).sessionId).toBeNull();
    const event = parse({ ...dialout, duration: "4.25015", date_start: "2021-11-01T08:56:50Z" });
    expect(
      event.type === "call.ended" && [event.durationSec, event.startedAt?.toISOString(), event.hangupCause],
    ).toEqual([4.25015, "2021-11-01T08:56:50.000Z", null]);
    const none = parse({ ...dialout, duration: null, date_start: null });
    expect(none.type === "call.ended" && [none.durationSec, none.startedAt]).toEqual([null, null]);
  });
});
