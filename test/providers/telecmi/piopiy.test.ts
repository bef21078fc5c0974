import { describe, expect, it } from "vitest";
import { listenReply } from "../../../src/cli/listen-reply.js";
import { quoteLeadingZeroNumbers } from "../../../src/decode/json.js";
import { parseCallback } from "../../../src/index.js";
import { parse } from "../../../src/providers/telecmi/index.js";
import { fixture, fixtureNames } from "../../helpers/fixtures.js";

// PIOPIY's quirks, each as docs/providers/telecmi.md describes it under the heading named in the test.

const PROVIDER = "telecmi";
/** A fixture's fields, read as callhooks reads JSON (some samples print `04471000000`). */
function sent(name: string): Record<string, unknown> {
  const { text } = fixture(PROVIDER, name);
  return JSON.parse(quoteLeadingZeroNumbers(text) ?? text) as Record<string, unknown>;
}
const without = (fields: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(fields).filter(([key]) => !keys.includes(key)));

/** The event's type and the fields a test names, or the error's code and message. */
function outcome(fields: Record<string, unknown>, ...names: string[]): unknown[] {
  const result = parse(fields);
  if (!result.ok) return [result.error.code, result.error.message];
  const event = result.event as unknown as Record<string, unknown>;
  return [event.type, ...names.map((name) => event[name])];
}

describe("PIOPIY prefixed live statuses (#piopiy-prefixed-statuses)", () => {
  it("maps every documented status, the direction named by its prefix", () => {
    expect(outcome(sent("piopiy-live-in-answered.json"), "direction")).toEqual(["call.answered", "inbound"]);
    expect(outcome(sent("piopiy-live-out-started-leg-a.json"), "direction")).toEqual(["call.initiated", "outbound"]);
    expect(outcome(sent("piopiy-live-out-started-leg-b.json"), "direction")).toEqual(["call.initiated", "outbound"]);
    expect(outcome(sent("piopiy-live-out-answered-leg-a.json"), "direction")).toEqual(["call.answered", "outbound"]);
    expect(outcome(sent("piopiy-live-out-bridged-leg-b.json"), "direction")).toEqual(["call.answered", "outbound"]);
  });

  it("takes the direction from the prefix, whatever `direction` says", () => {
    const inbound = { ...sent("piopiy-live-in-answered.json"), direction: "outbound", request_id: "r" };
    expect(outcome(inbound, "direction")).toEqual(["call.answered", "inbound"]);
    const outbound = without(sent("piopiy-live-out-started-leg-a.json"), "request_id", "direction");
    expect(outcome(outbound, "direction")).toEqual(["call.initiated", "outbound"]);
  });

  it("maps the CHUB words after a prefix, in any case, and names a status it does not map", () => {
    const live = sent("piopiy-live-in-answered.json");
    expect(outcome({ ...live, status: "IN_HANGUP" }, "outcome", "endedAt")).toEqual([
      "call.ended",
      "unknown",
      new Date(1725886117909),
    ]);
    expect(outcome({ ...live, status: "out_ringing" }, "direction")).toEqual(["call.ringing", "outbound"]);
    expect(outcome({ ...live, status: "in_started" }, "direction")).toEqual(["call.ringing", "inbound"]);
    expect(outcome({ ...live, status: "in_transfer" })).toEqual([
      "unsupported_event",
      'TeleCMI PIOPIY live status "in_transfer" is not one callhooks maps (in_ or out_, then started, ringing, answered, bridged, hangup).',
    ]);
    // A bare prefix is not a PIOPIY status.
    expect(outcome({ ...live, status: "in_" })[0]).toBe("unsupported_event");
  });

  it("gives each leg and status its own id", () => {
    const ids = [
      "piopiy-live-out-started-leg-a.json",
      "piopiy-live-out-started-leg-b.json",
      "piopiy-live-out-answered-leg-a.json",
      "piopiy-live-out-bridged-leg-b.json",
    ].map((name) => {
      const result = parse(sent(name));
      return result.ok ? result.event.id : name;
    });
    expect(new Set(ids).size).toBe(4);
  });
});

describe("custom parameters on inbound calls (#custom-params-on-inbound)", () => {
  it("reads an inbound CDR with extra_params and callerid as inbound", () => {
    const cdr = sent("piopiy-cdr-in-missed-leg-a.json");
    expect(outcome({ ...cdr, callerid: 440000000000 }, "direction", "leg")).toEqual(["call.ended", "inbound", "a"]);
    expect(outcome(sent("piopiy-india-cdr-in-answered.json"), "direction")).toEqual(["call.ended", "inbound"]);
    expect(outcome(sent("piopiy-event-in-hangup.json"), "direction")).toEqual(["call.ended", "inbound"]);
  });

  it("reads PIOPIY's out and api_init as marks of an outbound call", () => {
    const cdr = without(sent("piopiy-cdr-out-missed-leg-a-typed.json"), "request_id");
    expect(outcome({ ...cdr, direction: "inbound", leg: "b" }, "direction")).toEqual(["call.ended", "outbound"]);
    const bare = without(cdr, "api_init");
    expect(outcome({ ...bare, direction: "inbound", leg: "b" }, "direction")).toEqual(["call.ended", "outbound"]);
    expect(outcome({ ...without(bare, "out"), direction: "inbound", leg: "b" }, "direction")).toEqual([
      "call.ended",
      "inbound",
    ]);
  });
});

describe("leg B of an incoming call (#leg-b-direction)", () => {
  it("reads CHUB India's incoming leg-B started event, sent without leg, as leg b ringing inbound", () => {
    const event = sent("chub-india-event-incoming-started-leg-b.json");
    expect(outcome(event, "leg", "direction")).toEqual(["call.ringing", "b", "inbound"]);
    // Leg A of the same call shares its conversation: no leg is inferred.
    const legA = { ...event, cmiuuid: event.conversation_uuid, team: undefined };
    expect(outcome(legA, "leg", "direction")).toEqual(["call.initiated", null, "outbound"]);
  });
});

describe("PIOPIY CDRs (#duration-is-talk-time, #mixed-time-units, #answer-time-in-missed)", () => {
  it("reads duration as the talk seconds, and the CDR's times in epoch seconds", () => {
    expect(
      outcome(sent("piopiy-cdr-in-answered.json"), "durationSec", "startedAt", "answeredAt", "endedAt", "occurredAt"),
    ).toEqual([
      "call.ended",
      13,
      new Date("2021-09-22T13:48:30Z"),
      new Date("2021-09-22T13:48:35Z"),
      new Date("2021-09-22T13:48:48Z"),
      new Date(1632318511000),
    ]);
  });

  it("reads duration sent as a string, and CHUB's answeredsec first", () => {
    const cdr = sent("piopiy-cdr-in-answered.json");
    expect(outcome({ ...cdr, duration: "13" }, "durationSec")).toEqual(["call.ended", 13]);
    expect(outcome({ ...cdr, answeredsec: 11 }, "durationSec")).toEqual(["call.ended", 11]);
  });

  it("does not read answer_time on a missed call", () => {
    const missed = sent("piopiy-cdr-in-missed-leg-a.json");
    expect(missed.answer_time).toBe(1632318515);
    expect(outcome(missed, "answeredAt", "durationSec")).toEqual(["call.ended", null, 0]);
  });

  it("accepts the overview's CDR names (in_missed, out_answered) as statuses", () => {
    const cdr = sent("piopiy-cdr-in-missed-leg-a.json");
    expect(outcome({ ...cdr, status: "in_missed" }, "outcome", "direction")).toEqual([
      "call.ended",
      "missed",
      "inbound",
    ]);
    const answered = { ...sent("piopiy-cdr-in-answered.json"), status: "out_answered" };
    expect(outcome(answered, "outcome", "direction")).toEqual(["call.ended", "completed", "outbound"]);
    expect(outcome({ ...cdr, status: "in_bridged" })[0]).toBe("unsupported_event");
  });
});

describe("untyped CDRs (#untyped-cdrs)", () => {
  it("reads an answered CDR without type as call.ended, not as a live answered event", () => {
    const cdr = without(sent("piopiy-cdr-in-answered.json"), "type");
    expect(outcome(cdr, "outcome", "durationSec")).toEqual(["call.ended", "completed", 13]);
    const india = without(sent("piopiy-india-cdr-out-answered-leg-a.json"), "type");
    expect(outcome(india, "outcome", "durationSec")).toEqual(["call.ended", "completed", 8]);
  });

  it("still reads an untyped live event by its status", () => {
    const live = without(sent("piopiy-india-event-in-answered.json"), "type");
    expect(outcome(live)).toEqual(["call.answered"]);
  });
});

describe("the answer-URL request (#piopiy-answer-url-request, #answer-url-action-key)", () => {
  const request = sent("piopiy-answer-url-inbound.json");

  it("reads the new call as ringing, its direction from action", () => {
    expect(outcome(request, "direction", "leg", "callId")).toEqual([
      "call.ringing",
      "inbound",
      "a",
      "28b9fc5f-b147-47e1-80a4-1edf1339efe1",
    ]);
    expect(outcome({ ...request, action: "OUTBOUND" }, "direction", "leg")).toEqual(["call.ringing", "outbound", null]);
    expect(outcome({ ...request, action: "play" }, "direction", "leg")).toEqual(["call.ringing", null, null]);
  });

  it("reads numbers sent as JSON numbers or strings, and a time sent as text", () => {
    const numbers = { ...request, from: 19170000001, to: 19170000000, time: "1670568234000" };
    expect(outcome(numbers, "from", "occurredAt")).toEqual([
      "call.ringing",
      { raw: "19170000001", e164: "+19170000001" },
      new Date(1670568234000),
    ]);
  });

  it("requires the call id", () => {
    const result = parse(without(request, "cmiuuid"), null, { provider: PROVIDER });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalid_payload",
        provider: PROVIDER,
        message: expect.stringContaining("TeleCMI PIOPIY answer URL request"),
        issues: [{ path: ["cmiuuid"], message: "cmiuuid is required." }],
      },
    });
  });

  it("does not take a live event or CDR that lost its status for an answer-URL request", () => {
    for (const name of ["piopiy-live-in-answered.json", "piopiy-cdr-in-missed-leg-a.json"]) {
      const result = parse(without(sent(name), "status"));
      expect(result.ok === false && result.error.issues).toEqual([
        { path: ["status"], message: "status is required." },
      ]);
    }
  });
});

describe("the action-URL DTMF request (#dtmf-id-spelling)", () => {
  const dtmf = sent("piopiy-action-url-dtmf.json");

  it("accepts the call id as cmuuid or cmiuuid", () => {
    const { cmuuid, ...rest } = dtmf;
    expect(outcome({ ...rest, cmiuuid: cmuuid }, "callId", "digits")).toEqual(["call.dtmf", cmuuid, "1234"]);
    expect(outcome({ ...rest, CMUUID: cmuuid }, "callId")).toEqual(["call.dtmf", cmuuid]);
    // Detected by either spelling.
    expect(parseCallback({ ...rest, cmiuuid: cmuuid }).ok).toBe(true);
    expect(parseCallback(dtmf).ok).toBe(true);
  });

  it("reports a request with neither spelling of the call id at cmuuid", () => {
    const result = parse(without(dtmf, "cmuuid"), null, { provider: PROVIDER });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalid_payload",
        provider: PROVIDER,
        message: expect.stringContaining("TeleCMI PIOPIY action URL request"),
        issues: [{ path: ["cmuuid"], message: "cmuuid is required (the call id; the docs also spell it cmiuuid)." }],
      },
    });
  });

  it("keeps the digits as sent, a JSON number as its digits, # and * included", () => {
    expect(outcome({ ...dtmf, dtmf: 1234 }, "digits")).toEqual(["call.dtmf", "1234"]);
    expect(outcome({ ...dtmf, dtmf: "0#*" }, "digits")).toEqual(["call.dtmf", "0#*"]);
    expect(outcome({ ...dtmf, dtmf: "" })[0]).toBe("invalid_payload");
  });
});

describe("media-stream status events (#stream-status-events)", () => {
  const stream = sent("piopiy-stream-disconnected.json");

  it("answers every stream status, in any case, with unsupported_event telling the user to acknowledge it", () => {
    for (const status of ["stream_connected", "STREAM_DISCONNECTED", "Stream_Failed"]) {
      const result = parseCallback({ ...stream, status });
      expect(result.ok === false && [result.error.code, result.error.message]).toEqual([
        "unsupported_event",
        `TeleCMI PIOPIY status "${status.toLowerCase()}" reports a media stream (WebSocket), not a call event: acknowledge it with 200.`,
      ]);
    }
  });

  it("tells a stream event by ws_status alone", () => {
    const result = parseCallback(without(stream, "status"));
    expect(result.ok === false && [result.error.code, result.error.message]).toEqual([
      "unsupported_event",
      "TeleCMI PIOPIY stream status reports a media stream (WebSocket), not a call event: acknowledge it with 200.",
    ]);
  });
});

describe("the reply PIOPIY waits for (#expected-reply)", () => {
  it("declares a hang-up PCMO array for the answer-URL and action-URL requests only", () => {
    const replies = new Map<string, string | undefined>();
    for (const name of fixtureNames(PROVIDER)) {
      const result = parseCallback(sent(name));
      if (result.ok) replies.set(name, listenReply(result.event)?.body);
    }
    const hangUp = '[{"action":"hangup"}]';
    for (const [name, body] of replies) {
      const waits = name.includes("answer-url") || name.includes("action-url");
      expect(body, name).toBe(waits ? hangUp : undefined);
    }
    expect([...replies.values()].filter((body) => body === hangUp)).toHaveLength(4);
    expect(JSON.parse(hangUp)).toEqual([{ action: "hangup" }]);
  });
});
