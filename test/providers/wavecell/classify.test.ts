import { describe, expect, it } from "vitest";
import { parseCallback } from "../../../src/index.js";
import { sentJson } from "../../helpers/fixtures.js";

const status = sentJson("wavecell", "call-status-call-connected.json") as { payload: Record<string, unknown> };
const action = sentJson("wavecell", "call-action-action-completed.json") as { payload: Record<string, unknown> };
const handle = sentJson("wavecell", "legacy-call-received.json");

const typeOf = (body: Record<string, unknown>, provider?: "wavecell") => {
  const result = parseCallback(body, null, provider === undefined ? {} : { provider });
  return result.ok ? result.event.type : `${result.error.code}: ${result.error.message}`;
};
const withStatus = (base: { payload: Record<string, unknown> }, callStatus: string, extra: object = {}) => ({
  ...base,
  ...extra,
  payload: { ...base.payload, callStatus },
});

describe("8x8 callStatus → type", () => {
  it("maps each status of CALL_STATUS and CALL_ACTION, in any case", () => {
    const table: Record<string, string> = {
      CALL_INITIATED: "call.initiated",
      call_received: "call.ringing",
      Call_Connected: "call.answered",
      CALL_DISCONNECTED: "call.ended",
    };
    for (const [name, type] of Object.entries(table)) {
      expect([name, typeOf(withStatus(status, name))]).toEqual([name, type]);
      expect([name, typeOf(withStatus(status, name, { eventType: "CALL_ACTION" }))]).toEqual([name, type]);
    }
    expect(typeOf(withStatus(action, "DTMF_RECEIVED"))).toBe("call.dtmf");
    expect(typeOf(withStatus(action, "action_completed"))).toBe("call.dtmf");
  });

  it("explains ACTION_COMPLETED without digits, CALL_UPDATED and unknown statuses", () => {
    expect(typeOf({ ...action, payload: { ...action.payload, eventData: { dtmf: null } } })).toBe(
      "unsupported_event: This 8x8 ACTION_COMPLETED event carries no digits (eventData.dtmf is null, and eventData is not a string of keypad keys): an action finished without capturing any. callhooks maps ACTION_COMPLETED only as the digits of a sayAndCapture; reply with the next callflow from the JSON body itself.",
    );
    expect(typeOf(withStatus(status, "call_updated"))).toBe(
      "unsupported_event: 8x8 documents CALL_UPDATED without saying what changed, so callhooks maps it to no event. The leg's progress comes as CALL_CONNECTED and CALL_DISCONNECTED; acknowledge this one with 200.",
    );
    expect(typeOf(withStatus(status, `ringing_${"x".repeat(60)}`))).toBe(
      `unsupported_event: 8x8 callStatus "RINGING_${"X".repeat(32)}" is not one callhooks maps (CALL_INITIATED, CALL_RECEIVED, CALL_CONNECTED, CALL_DISCONNECTED, DTMF_RECEIVED, ACTION_COMPLETED).`,
    );
  });

  it("explains an eventType it does not map, and reads a payload without eventType as CALL_STATUS", () => {
    expect(typeOf({ ...status, eventType: "voice_queue_update" })).toBe(
      'unsupported_event: 8x8 eventType "VOICE_QUEUE_UPDATE" is not one callhooks maps (CALL_STATUS, CALL_ACTION, SESSION_SUMMARY). Number-pool events such as VIRTUAL_NUMBER_UPDATE are not call events.',
    );
    expect(typeOf({ ...status, eventType: "virtual_number_update" })).toBe(
      "unsupported_event: 8x8 VIRTUAL_NUMBER_UPDATE reports changes to the sub-account's virtual numbers, not a call, so callhooks maps it to no event: acknowledge it with 200.",
    );
    expect(typeOf({ ...status, eventType: "Call_Recording_Status" })).toBe(
      "unsupported_event: 8x8 CALL_RECORDING_STATUS says a call recording was uploaded to your storage (payload.filePath); it is not a call event, so callhooks maps it to none: acknowledge it with 200.",
    );
    const { eventType: _, ...withoutType } = status as Record<string, unknown>;
    expect(typeOf(withoutType)).toMatch(/^invalid_payload: .*eventType/);
    const { namespace: __, ...withoutNamespace } = status as Record<string, unknown>;
    // Detection needs the namespace; the parser reads the envelope by its payload.
    expect(typeOf(withoutNamespace)).toMatch(/^unknown_provider/);
    expect(typeOf(withoutNamespace, "wavecell")).toBe("call.answered");
  });
});

describe("legacy Wavecell Call Handle eventType → type", () => {
  it("maps CALL_RECEIVED and DTMF_RECEIVED only", () => {
    expect(typeOf({ ...handle, eventType: "call_received" })).toBe("call.ringing");
    expect(typeOf({ ...handle, eventType: "DTMF_RECEIVED", dtmf: "12" })).toBe("call.dtmf");
    expect(typeOf({ ...handle, eventType: "CALL_PARKED" })).toBe(
      'unsupported_event: Wavecell Call Handle eventType "CALL_PARKED" is not one callhooks maps (CALL_RECEIVED, DTMF_RECEIVED).',
    );
  });
});

describe("legacy Wavecell status URL eventType → type (#legacy-status-url-events)", () => {
  const status = sentJson("wavecell", "legacy-call-status-initiated.json");

  it("maps CALL_INITIATED, in any case, and reads the Call Handle's two names as the handle's", () => {
    expect(typeOf({ ...status, eventType: "call_initiated" })).toBe("call.initiated");
    expect(typeOf({ ...handle, eventType: "CALL_INITIATED" })).toBe("call.initiated");
    // The status page's table lists CALL_RECEIVED and DTMF_RECEIVED too: the same events as the handle's.
    expect(typeOf({ ...status, eventType: "CALL_RECEIVED" })).toBe("call.ringing");
    expect(typeOf({ ...status, eventType: "DTMF_RECEIVED", dtmf: "12" })).toBe("call.dtmf");
  });

  it("answers the lifecycle names the legacy page does not document with unsupported_event, to acknowledge", () => {
    for (const eventType of ["CALL_CONNECTED", "call_disconnected", "CALL_UPDATED"]) {
      expect(typeOf({ ...status, eventType })).toBe(
        `unsupported_event: Wavecell status-URL eventType "${eventType.toUpperCase()}" is not one callhooks maps: the legacy status URL documents CALL_INITIATED only. Acknowledge it with 200; the aggregated call status reports how the session ended.`,
      );
    }
  });

  it("keeps the country and reads the sent fields as the Call Handle does", () => {
    const result = parseCallback({ ...status, Country: "SG", dtmf: 9, duration: "7" });
    expect(result.ok && result.event.raw).toMatchObject({ country: "SG", dtmf: "9", duration: 7 });
  });

  it("reads a body with details and no sourceMsisdn as the aggregated status", () => {
    const aggregated = sentJson("wavecell", "legacy-aggregated-status.json");
    expect(typeOf(aggregated)).toBe("call.ended");
    expect(typeOf({ ...aggregated, sourceMsisdn: "6512345678" })).not.toBe("call.ended");
  });
});
