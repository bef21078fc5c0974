import { describe, expect, it } from "vitest";
import { type CallEvent, parseCallback } from "../../../src/index.js";
import { isOutgoingCall, legOf } from "../../../src/providers/telecmi/classify.js";
import { sentJson } from "../../helpers/fixtures.js";

const cdr = sentJson("telecmi", "cdr-incoming-answered.json");
const started = sentJson("telecmi", "event-outgoing-started-leg-a.json");
const parse = (fields: Record<string, unknown>): CallEvent => {
  const result = parseCallback(fields);
  if (!result.ok) throw new Error(result.error.message);
  return result.event;
};
const without = (fields: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(fields).filter(([key]) => !keys.includes(key)));

describe("TeleCMI fields", () => {
  it("takes the session id from conversation_uuid, else call_id, else parent_uid", () => {
    const bare = without(cdr, "conversation_uuid");
    expect(parse({ ...cdr, call_id: "c", parent_uid: "p" }).sessionId).toBe(cdr.conversation_uuid);
    expect(parse({ ...bare, call_id: "c", parent_uid: "p" }).sessionId).toBe("c");
    expect(parse({ ...bare, parent_uid: "p" }).sessionId).toBe("p");
    expect(parse(bare).sessionId).toBeNull();
  });

  it("reads the leg in any case, and no other value", () => {
    expect(parse({ ...started, leg: "A" }).leg).toBe("a");
    expect(parse({ ...started, leg: "b" }).leg).toBe("b");
    expect(parse({ ...started, leg: "c" }).leg).toBeNull();
  });

  it("reads from, else callerid, as the calling party", () => {
    expect(parse({ ...cdr, callerid: "919000000001" }).from?.raw).toBe(String(cdr.from));
    expect(parse({ ...without(cdr, "from"), callerid: "919000000001" }).from?.raw).toBe("919000000001");
  });

  it("reads the duration from answeredsec, else waitedsec, and the recording from filename, else voicename", () => {
    const event = parse({ ...without(cdr, "answeredsec", "filename"), waitedsec: 9, voicename: "vm.mp3" });
    expect(event.type === "call.ended" && [event.durationSec, event.recording]).toEqual([
      9,
      { url: null, filename: "vm.mp3" },
    ]);
    const none = parse(without(cdr, "answeredsec", "filename"));
    expect(none.type === "call.ended" && [none.durationSec, none.recording]).toEqual([null, null]);
  });

  it("reads a CDR as completed only when answered, and a legacy missed call as ended", () => {
    const missed = parse({ ...cdr, status: "missed" });
    expect(missed.type === "call.ended" && [missed.outcome, missed.endedAt]).toEqual(["missed", null]);
    const legacy = parse({ cmiuid: "u1", status: "missed", time: 1634720920615 });
    expect(legacy.type === "call.ended" && [legacy.outcome, legacy.id]).toEqual([
      "missed",
      "telecmi:legacy-cdr:missed:u1",
    ]);
    const hangup = parse({ cmiuid: "u1", status: "hangup", time: 1634720920615, hangup_reason: "recv_bye" });
    expect(hangup.type === "call.ended" && [hangup.outcome, hangup.endedAt?.getTime()]).toEqual([
      "completed",
      1634720920615,
    ]);
  });

  it("reads started as initiated for an outgoing call and as ringing otherwise", () => {
    expect(parse(started).type).toBe("call.initiated");
    const incoming = parse({ type: "event", cmiuuid: "x", status: "started", direction: "inbound", appid: 1 });
    expect([incoming.type, incoming.direction]).toEqual(["call.ringing", "inbound"]);
    expect(parse({ type: "event", cmiuuid: "x", status: "answered", appid: 1 }).type).toBe("call.answered");
    expect(parse({ type: "event", cmiuuid: "x", status: "waiting", appid: 1 }).type).toBe("call.ringing");
  });
});

describe("isOutgoingCall", () => {
  it("reads click-to-call and API keys as outgoing, then leg b as incoming, then the direction", () => {
    for (const key of ["call_id", "request_id"]) {
      expect(isOutgoingCall({ [key]: "x", leg: "b", direction: "inbound" })).toBe(true);
    }
    for (const key of ["click_to_call", "out", "api_init"]) {
      expect(isOutgoingCall({ [key]: true, leg: "b", direction: "inbound" })).toBe(true);
    }
    expect(isOutgoingCall({ leg: "B", direction: "outbound" })).toBe(false);
    expect(isOutgoingCall({ leg: "a", direction: "OUTBOUND" })).toBe(true);
    expect(isOutgoingCall({ direction: "inbound" })).toBe(false);
    expect(isOutgoingCall({ direction: "outbound" })).toBe(true);
    expect(isOutgoingCall({ call_id: "", click_to_call: false, out: false, api_init: null })).toBe(false);
  });

  it("does not read custom parameters or a caller id as outgoing: PIOPIY sends them on inbound calls", () => {
    expect(isOutgoingCall({ direction: "inbound", leg: "a" })).toBe(false);
    const inbound = parse({ ...cdr, extra_params: '{"key":"value"}', callerid: "440000000000" });
    expect(inbound.direction).toBe("inbound");
  });

  it("infers leg b, inbound, when the leg's conversation is another leg's and no click-to-call key is sent", () => {
    const conversation = { conversation_uuid: "c", cmiuuid: "x" };
    expect(legOf(conversation)).toBe("b");
    expect(isOutgoingCall({ ...conversation, direction: "outbound" })).toBe(false);
    expect(legOf({ ...conversation, request_id: "r" })).toBeNull();
    expect(legOf({ ...conversation, leg: "A" })).toBe("a");
    expect(legOf({ conversation_uuid: "x", cmiuuid: "x" })).toBeNull();
    expect(legOf({ cmiuuid: "x" })).toBeNull();
  });
});

describe("TeleCMI classification", () => {
  const code = (fields: Record<string, unknown>) => {
    const result = parseCallback(fields, null, { provider: "telecmi" });
    return result.ok ? result.event.type : `${result.error.code}: ${result.error.message}`;
  };

  it("reads a payload without type as a CDR when it says missed or carries a CDR-only key", () => {
    const bare = { cmiuuid: "x", time: 1634720920615 };
    expect(code({ ...bare, status: "missed" })).toBe("call.ended");
    expect(code({ ...bare, status: "answered" })).toBe("call.answered");
    for (const key of ["answeredsec", "waitedsec", "duration", "start_time", "answer_time", "end_time"]) {
      expect(code({ ...bare, status: "answered", [key]: 1632318510 }), key).toBe("call.ended");
    }
    for (const key of ["call_rate", "balance"])
      expect(code({ ...bare, status: "answered", [key]: "0" })).toBe("call.ended");
    expect(code({ ...without(cdr, "type"), status: "answered" })).toBe("call.ended");
  });

  it("explains a type or a status it does not map", () => {
    expect(code({ ...cdr, type: "Report_of_the_month_and_more" })).toBe(
      'unsupported_event: TeleCMI sends type "cdr" or "event"; this payload has type "report_of_the_month_", which callhooks does not map.',
    );
    expect(code({ ...cdr, status: "Ringing" })).toBe(
      'unsupported_event: TeleCMI cdr status "ringing" is not one callhooks maps (answered, missed).',
    );
    expect(code({ ...cdr, type: "event", status: "missed" })).toBe(
      'unsupported_event: TeleCMI event status "missed" is not one callhooks maps (waiting, started, ringing, answered, hangup).',
    );
    expect(code({ cmiuid: "u", status: "transferred_to_another_queue" })).toBe(
      'unsupported_event: TeleCMI legacy status "transferred_to_anoth" is not one callhooks maps (waiting, started, ringing, answered, hangup, missed).',
    );
  });
});
