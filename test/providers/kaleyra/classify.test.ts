import { describe, expect, it } from "vitest";
import { detectProvider, parseCallback } from "../../../src/index.js";

const legacy = "caller=919845012345&receiver=919900112233&status=ANSWER&billsec=41&id=884";
const parse = (query: string, event?: string) =>
  parseCallback(null, null, { provider: "kaleyra", query, ...(event === undefined ? {} : { event }) });
const summary = (result: ReturnType<typeof parse>) =>
  result.ok ? `${result.event.type} ${result.event.id}` : `${result.error.code}: ${result.error.message}`;
const VALID =
  "call_start, call_answer, call_end (Outbound Calling API); from_call_start, to_call_start, from_call_answer, to_call_answer, call_end (Click to Call API); ivr_lookup, ivr_keypress, ivr_call_end (callhooks' names for legacy IVR callback URLs)";

describe("Kaleyra event resolution", () => {
  it("takes options.event first, then the body's event, then the query's", () => {
    expect(
      summary(
        parseCallback("event=call_start", null, {
          provider: "kaleyra",
          event: "To_Call_Answer",
          query: "id=1&event=call_end",
        }),
      ),
    ).toBe("call.answered kaleyra:to_call_answer:1");
    expect(
      summary(parseCallback("event=call_start&id=1", null, { provider: "kaleyra", query: "event=call_end" })),
    ).toBe("call.initiated kaleyra:call_start:1");
    expect(summary(parse("id=1&event=FROM_CALL_START"))).toBe("call.initiated kaleyra:from_call_start:1");
  });

  it("skips an empty or unsubstituted event and reads the next source", () => {
    expect(summary(parse("id=1&event=call_answer", " "))).toBe("call.answered kaleyra:call_answer:1");
    expect(summary(parse("id=1&event=call_answer", "{event}"))).toBe("call.answered kaleyra:call_answer:1");
    expect(summary(parse("id=1&event={{event}}"))).toMatch(
      /^unsupported_event: This Kaleyra delivery does not name its event/,
    );
  });

  it("reads a legacy record with no event as call_end, with a status in any case", () => {
    expect(summary(parse(legacy))).toBe("call.ended kaleyra:call_end:884");
    expect(summary(parse(legacy.replace("ANSWER", "noanswer")))).toBe("call.ended kaleyra:call_end:884");
  });

  it("needs receiver, a template status and a supporting key for a legacy record", () => {
    const refused = `unsupported_event: This Kaleyra delivery does not name its event, and it is not a legacy call record (receiver and a status such as ANSWER or NOANSWER). Pass options.event, or put the event in the callback URL (?event=call_end&…). Events: ${VALID}.`;
    expect(summary(parse(legacy.replace("receiver=919900112233", "receiver={receiver}")))).toBe(refused);
    expect(summary(parse(legacy.replace("receiver=919900112233", "receiver=")))).toBe(refused);
    expect(summary(parse(legacy.replace("status=ANSWER", "status=ANSWERED-A")))).toBe(refused);
    expect(summary(parse(legacy.replace("status=ANSWER", "status=")))).toBe(refused);
    expect(summary(parse(legacy.replace("billsec=41", "duration=41")))).toBe(refused);
    for (const key of ["status1=ANSWER", "status2=BUSY", "billsec=", "recordpath=x"]) {
      expect(summary(parse(legacy.replace("billsec=41", key)))).toBe("call.ended kaleyra:call_end:884");
    }
  });

  it("takes callhooks' names for the legacy IVR callback URLs, in any case, from options or the URL", () => {
    expect(summary(parse("caller=8800000000&callto=8000000000", "IVR_Lookup"))).toBe(
      "call.ringing kaleyra:ivr_lookup::caller:8800000000:callto:8000000000",
    );
    expect(summary(parse("event=ivr_keypress&keypress=5&id=9"))).toBe("call.dtmf kaleyra:ivr_keypress:9:5:");
    expect(summary(parse("event=IVR_CALL_END&status1=IVR&id=9"))).toBe("call.ended kaleyra:ivr_call_end:9");
  });

  it("names an unknown event and lists the valid ones", () => {
    expect(summary(parse(legacy, "hangup"))).toBe(
      `unsupported_event: Kaleyra event "hangup" is not one callhooks maps. Events: ${VALID}.`,
    );
  });
});

describe("Kaleyra detection", () => {
  it("recognises only the legacy key set, with its status in upper case", () => {
    expect(detectProvider(null, null, { query: legacy })).toBe("kaleyra");
    expect(detectProvider(null, null, { query: legacy.replace("ANSWER", "answer") })).toBeNull();
    expect(detectProvider(null, null, { query: `${legacy}&status=CONGESTION`.replace("status=ANSWER&", "") })).toBe(
      "kaleyra",
    );
    for (const status of ["BUSY", "NOANSWER", "CANCEL", "FAILED", "CONGESTION"]) {
      expect(detectProvider(null, null, { query: legacy.replace("ANSWER", status) })).toBe("kaleyra");
    }
    expect(detectProvider(null, null, { query: "event=call_end&caller=1&id=2" })).toBeNull();
  });
});
