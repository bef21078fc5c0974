import { describe, expect, it } from "vitest";
import { type CallEvent, parseCallback } from "../../../src/index.js";
import { sentJson } from "../../helpers/fixtures.js";

type Envelope = { payload: Record<string, unknown> } & Record<string, unknown>;
const disconnected = sentJson("wavecell", "call-status-call-disconnected.json") as Envelope;
const action = sentJson("wavecell", "call-action-action-completed.json") as Envelope;
const summary = sentJson("wavecell", "session-summary-completed.json") as Envelope;
const aggregated = sentJson("wavecell", "legacy-aggregated-status.json");
const handle = sentJson("wavecell", "legacy-dtmf-received.json");

const parse = (body: Record<string, unknown>): CallEvent => {
  const result = parseCallback(body);
  if (!result.ok) throw new Error(result.error.message);
  return result.event;
};
const withPayload = (base: Envelope, change: Record<string, unknown>) => ({
  ...base,
  payload: { ...base.payload, ...change },
});
const ended = (event: CallEvent) => {
  if (event.type !== "call.ended") throw new Error(event.type);
  return event;
};

describe("8x8 call events", () => {
  it("reads callDirection in any case, and no other value", () => {
    expect(parse(withPayload(disconnected, { callDirection: "outbound" })).direction).toBe("outbound");
    expect(parse(withPayload(disconnected, { callDirection: "Inbound" })).direction).toBe("inbound");
    expect(parse(withPayload(disconnected, { callDirection: "INBOUND | OUTBOUND" })).direction).toBeNull();
  });

  it("takes the virtual number from the side that carries a ref id, the destination first", () => {
    const both = parse(withPayload(disconnected, { sourceRefId: "s", destinationRefId: "d" }));
    expect(both.virtualNumber).toEqual(both.to);
    const source = parse(withPayload(disconnected, { sourceRefId: "s", destinationRefId: null }));
    expect(source.virtualNumber).toEqual(source.from);
    expect(parse(withPayload(disconnected, { sourceRefId: "", destinationRefId: "" })).virtualNumber).toBeNull();
    const unknown = parse(withPayload(disconnected, { callDirection: "INBOUND | OUTBOUND", sourceRefId: "s" }));
    expect(unknown.virtualNumber).toEqual(unknown.from);
  });

  it("takes the source for the virtual number of an OUTBOUND leg that carries both ref ids", () => {
    const outbound = { callDirection: "OUTBOUND", sourceRefId: "s", destinationRefId: "d" };
    const both = parse(withPayload(disconnected, outbound));
    expect(both.virtualNumber).toEqual(both.from);
    const onlyDestination = parse(withPayload(disconnected, { ...outbound, sourceRefId: null }));
    expect(onlyDestination.virtualNumber).toEqual(onlyDestination.to);
    const leg = { ...(summary.payload.details as { callA: Record<string, unknown> }).callA, ...outbound };
    const session = parse(withPayload(summary, { details: { callA: leg } }));
    expect(session.virtualNumber).toEqual(session.from);
  });

  it("reads a SIP code from 300 as the hangup cause, and the outcome from the duration", () => {
    const failed = ended(parse(withPayload(disconnected, { callDuration: 0, sipCode: 300 })));
    expect([failed.outcome, failed.hangupCause]).toEqual(["failed", "300"]);
    const ok = ended(parse(withPayload(disconnected, { callDuration: 0, sipCode: 299 })));
    expect([ok.outcome, ok.hangupCause]).toEqual(["unknown", null]);
    const talked = ended(parse(withPayload(disconnected, { sipCode: null })));
    expect([talked.outcome, talked.hangupCause, talked.durationSec, talked.endedAt?.toISOString()]).toEqual([
      "completed",
      null,
      37,
      "2026-01-06T10:18:02.907Z",
    ]);
  });

  it("identifies an event by its eventId, else its timestamp", () => {
    expect(parse(disconnected).id).toBe(
      "wavecell:call-status:CALL_DISCONNECTED:e1ff6a14-eae8-11f0-baa6-c93abb37794a:fbd8e45a-eae8-11f0-ae64-a500004e488e",
    );
    expect(parse(withPayload(disconnected, { eventId: null })).id).toBe(
      "wavecell:call-status:CALL_DISCONNECTED:e1ff6a14-eae8-11f0-baa6-c93abb37794a:2026-01-06T10%3A18%3A02.907Z",
    );
  });

  it("takes the digits from eventData.dtmf, else payload.dtmf", () => {
    const digits = (event: CallEvent) => (event.type === "call.dtmf" ? event.digits : event.type);
    expect(digits(parse(action))).toBe("1");
    expect(digits(parse(withPayload(action, { eventData: { dtmf: null }, dtmf: "#12" })))).toBe("#12");
    expect(digits(parse(withPayload(action, { eventData: "captured", dtmf: "9" })))).toBe("9");
    expect(digits(parse(withPayload(disconnected, { callStatus: "DTMF_RECEIVED", dtmf: "0" })))).toBe("0");
    expect(digits(parse(withPayload(disconnected, { callStatus: "DTMF_RECEIVED" })))).toBe("");
  });
});

describe("8x8 session summary", () => {
  const details = summary.payload.details as { callA: Record<string, unknown> };

  it("speaks for leg callA, and for the session when there is none", () => {
    const event = ended(parse(summary));
    expect([event.leg, event.callId, event.sessionId]).toEqual(["a", details.callA.callId, summary.payload.sessionId]);
    const bare = ended(parse(withPayload(summary, { details: null })));
    expect([bare.leg, bare.callId, bare.direction, bare.from, bare.answeredAt, bare.durationSec]).toEqual([
      null,
      summary.payload.sessionId,
      null,
      null,
      null,
      null,
    ]);
  });

  it("takes the times from the session, else from callA", () => {
    const event = ended(parse(withPayload(summary, { startTime: null, endTime: null })));
    expect([event.startedAt?.toISOString(), event.endedAt?.toISOString(), event.occurredAt?.toISOString()]).toEqual(
      [details.callA.initiatedTimestamp, details.callA.disconnectedTimestamp, details.callA.disconnectedTimestamp].map(
        (time) => new Date(String(time)).toISOString(),
      ),
    );
  });

  it("reads an unsubscribed contact as completed when callA connected or talked", () => {
    const status = { sessionStatus: "UNSUBSCRIBED_CONTACT" };
    expect(ended(parse(withPayload(summary, status))).outcome).toBe("completed");
    const unconnected = { ...details.callA, connectedTimestamp: null, callDuration: 0 };
    expect(ended(parse(withPayload(summary, { ...status, details: { callA: unconnected } }))).outcome).toBe("failed");
    const talked = { ...details.callA, connectedTimestamp: null, callDuration: 3 };
    expect(ended(parse(withPayload(summary, { ...status, details: { callA: talked } }))).outcome).toBe("completed");
  });

  it("reads the hangup cause from errorDetails: errorMsg, else errorCode", () => {
    const cause = (errorDetails: unknown) => ended(parse(withPayload(summary, { errorDetails }))).hangupCause;
    expect(cause({ errorMsg: "Busy here", errorCode: 486 })).toBe("Busy here");
    expect(cause({ errorCode: 486 })).toBe("486");
    expect(cause(null)).toBeNull();
  });
});

describe("legacy Wavecell events", () => {
  it("reads direction 0 as inbound and 1 as outbound, the virtual number on our side", () => {
    const inbound = parse(handle);
    expect([inbound.direction, inbound.virtualNumber]).toEqual(["inbound", inbound.to]);
    const outbound = parse({ ...handle, direction: 1 });
    expect([outbound.direction, outbound.virtualNumber]).toEqual(["outbound", outbound.from]);
    const unknown = parse({ ...handle, direction: 2 });
    expect([unknown.direction, unknown.virtualNumber]).toEqual([null, null]);
  });

  it("tells two key presses apart by their digits", () => {
    expect(parse(handle).id).not.toBe(parse({ ...handle, dtmf: "788" }).id);
    expect(parse({ ...handle, eventType: "CALL_RECEIVED" }).id).toBe(
      parse({ ...handle, eventType: "CALL_RECEIVED", dtmf: "788" }).id,
    );
  });

  it("reads the aggregated status from callA: its id, direction and virtual number", () => {
    const callA = (aggregated.details as { callA: Record<string, unknown> }).callA;
    const event = ended(parse(aggregated));
    expect([event.callId, event.direction, event.virtualNumber, event.outcome, event.durationSec]).toEqual([
      callA.id,
      "inbound",
      event.to,
      "completed",
      59,
    ]);
    const outbound = ended(parse({ ...aggregated, details: { callA: { ...callA, direction: 1 } } }));
    expect([outbound.direction, outbound.virtualNumber]).toEqual(["outbound", outbound.from]);
    const noRef = ended(parse({ ...aggregated, details: { callA: { ...callA, numberReferenceId: null } } }));
    expect(noRef.virtualNumber).toBeNull();
    expect(ended(parse({ ...aggregated, status: "No Answer" })).outcome).toBe("missed");
  });
});
