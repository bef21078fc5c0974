import { describe, expect, it } from "vitest";
import type { ParseOptions } from "../../../src/options.js";
import { createCallbackParser, createProviderDetector } from "../../../src/parse-callback.js";
import { kaleyra } from "../../../src/providers/kaleyra/definition.js";
import { detect, parse } from "../../../src/providers/kaleyra/index.js";
import { outcomeOfKaleyraStatus } from "../../../src/providers/kaleyra/normalize.js";
import { PROVIDERS } from "../../../src/providers/registry.js";
import { deliveryOptions, fixture, fixtureNames, sentForm, sentJson } from "../../helpers/fixtures.js";

const KALEYRA = { provider: "kaleyra" } as const;

/** International digits without `+`, as Kaleyra.io sends them (docs/providers/kaleyra.md#ten-digit-numbers). */
const intl = (digits: string) => ({ raw: digits, e164: `+${digits}` });
/** Epoch seconds, as the fixtures carry them (docs/providers/kaleyra.md#legacy-click2call-callback). */
const at = (epochSeconds: number) => new Date(epochSeconds * 1000);

function deliver(name: string, extra: ParseOptions = KALEYRA) {
  const delivery = fixture("kaleyra", name);
  return parse(delivery.body, delivery.contentType, deliveryOptions(delivery, extra));
}

// The outbound test call of the fixtures: the Kaleyra number 918048001234 calls 919900112233 (id 8841502400).
const outboundCall = {
  provider: "kaleyra",
  callId: "8841502400",
  sessionId: "8841502400",
  direction: "outbound",
  from: intl("918048001234"),
  to: intl("919900112233"),
  virtualNumber: intl("918048001234"),
} as const;

// The click-to-call of the fixtures: 919845012345 (channel 1) then 919900112233 (channel 2), id 8841502500.
const clickToCall = {
  provider: "kaleyra",
  callId: "8841502500",
  sessionId: "8841502500",
  direction: "outbound",
  from: intl("919845012345"),
  to: intl("919900112233"),
  virtualNumber: intl("918048001234"),
} as const;

// The legacy click2call template (docs/providers/kaleyra.md#legacy-click2call-callback): same parties as the
// click-to-call.
const legacyCall = (id: string) =>
  ({
    provider: "kaleyra",
    type: "call.ended",
    id: `kaleyra:call_end:${id}`,
    callId: id,
    sessionId: id,
    leg: null,
    direction: "outbound",
    from: intl("919845012345"),
    to: intl("919900112233"),
    virtualNumber: intl("918048001234"),
  }) as const;

// A Kaleyra.io callback URL that sends no call id: nothing but what its template names.
const noCallIdEnd = {
  provider: "kaleyra",
  type: "call.ended",
  callId: "",
  sessionId: null,
  leg: null,
  direction: "outbound",
  from: null,
  to: null,
  virtualNumber: null,
  occurredAt: null,
  outcome: "unknown",
  durationSec: null,
  startedAt: null,
  answeredAt: null,
  endedAt: null,
  hangupCause: null,
  recording: null,
} as const;

/** A 10-digit Indian national number, as the legacy IVR sends it (#ten-digit-numbers). */
const national = (digits: string) => ({ raw: digits, e164: `+91${digits}` });

// The legacy IVR's inbound call of the fixtures: 8800000000 dials the virtual number 8000000000.
const ivrCall = {
  provider: "kaleyra",
  callId: "",
  sessionId: null,
  leg: null,
  direction: "inbound",
  from: national("8800000000"),
  to: national("8000000000"),
  virtualNumber: national("8000000000"),
} as const;

const outboundCallEnd = (raw: Record<string, unknown>) => ({
  ok: true,
  event: {
    ...outboundCall,
    type: "call.ended",
    id: "kaleyra:call_end:8841502400",
    leg: null,
    occurredAt: at(1771935377),
    outcome: "completed",
    durationSec: 55,
    startedAt: at(1771935315),
    // Answered billsec (55) seconds before it ended.
    answeredAt: at(1771935377 - 55),
    endedAt: at(1771935377),
    hangupCause: "ANSWER",
    recording: { url: "https://example.com/recordings/8841502400.mp3", filename: null },
    raw: { ...raw, duration: 62, billsec: 55, starttime: 1771935315, endtime: 1771935377 },
  },
});

const expectedByFixture: Record<string, { options?: ParseOptions; expected: unknown }> = {
  "call-answer.query": {
    expected: {
      ok: true,
      event: {
        ...outboundCall,
        type: "call.answered",
        id: "kaleyra:call_answer:8841502400",
        leg: null,
        occurredAt: null,
        raw: { ...sentForm("kaleyra", "call-answer.query"), starttime: 1771935315 },
      },
    },
  },
  "call-end.form": { expected: outboundCallEnd(sentForm("kaleyra", "call-end.form")) },
  "call-end.json": { expected: outboundCallEnd(sentJson("kaleyra", "call-end.json")) },
  "call-end.query": { expected: outboundCallEnd(sentForm("kaleyra", "call-end.query")) },
  // Kaleyra.io's own example URLs, `?caller={{caller}}` and `?callee={callee}`: no call id (#no-call-id).
  "call-end-callee-only.query": {
    expected: {
      ok: true,
      event: {
        ...noCallIdEnd,
        id: "kaleyra:call_end::callee:13236000007",
        to: intl("13236000007"),
        raw: sentForm("kaleyra", "call-end-callee-only.query"),
      },
    },
  },
  "call-end-caller-only.query": {
    expected: {
      ok: true,
      event: {
        ...noCallIdEnd,
        id: "kaleyra:call_end::caller:13236000007",
        from: intl("13236000007"),
        raw: sentForm("kaleyra", "call-end-caller-only.query"),
      },
    },
  },
  // A status Kaleyra documents for incoming calls only: the call was inbound (#status-to-outcome).
  "call-end-flow-answer.query": {
    expected: {
      ok: true,
      event: {
        ...noCallIdEnd,
        id: "kaleyra:call_end::caller:13236000007:status:FLOW_ANSWER",
        direction: "inbound",
        from: intl("13236000007"),
        outcome: "completed",
        hangupCause: "FLOW_ANSWER",
        raw: sentForm("kaleyra", "call-end-flow-answer.query"),
      },
    },
  },
  "call-start.query": {
    expected: {
      ok: true,
      event: {
        ...outboundCall,
        type: "call.initiated",
        id: "kaleyra:call_start:8841502400",
        leg: null,
        occurredAt: at(1771935315),
        raw: { ...sentForm("kaleyra", "call-start.query"), starttime: 1771935315 },
      },
    },
  },
  "click-to-call-call-end.query": {
    expected: {
      ok: true,
      event: {
        ...clickToCall,
        type: "call.ended",
        id: "kaleyra:call_end:8841502500",
        leg: null,
        occurredAt: at(1771939010),
        outcome: "completed",
        durationSec: 81,
        startedAt: at(1771938915),
        answeredAt: at(1771939010 - 81),
        endedAt: at(1771939010),
        hangupCause: "ANSWER",
        recording: { url: "https://example.com/recordings/8841502500.mp3", filename: null },
        raw: {
          ...sentForm("kaleyra", "click-to-call-call-end.query"),
          duration: 95,
          billsec: 81,
          starttime: 1771938915,
          endtime: 1771939010,
        },
      },
    },
  },
  "from-call-answer.query": {
    expected: {
      ok: true,
      event: {
        ...clickToCall,
        type: "call.answered",
        id: "kaleyra:from_call_answer:8841502500",
        leg: "a",
        occurredAt: null,
        raw: { ...sentForm("kaleyra", "from-call-answer.query"), starttime: 1771938915 },
      },
    },
  },
  "from-call-start.query": {
    expected: {
      ok: true,
      event: {
        ...clickToCall,
        type: "call.initiated",
        id: "kaleyra:from_call_start:8841502500",
        leg: "a",
        occurredAt: at(1771938915),
        raw: { ...sentForm("kaleyra", "from-call-start.query"), starttime: 1771938915 },
      },
    },
  },
  // The legacy IVR's callback URLs, keys named after the placeholders (#ivr-callbacks): 10-digit Indian numbers.
  "ivr-call-end.query": {
    expected: {
      ok: true,
      event: {
        ...ivrCall,
        type: "call.ended",
        id: "kaleyra:ivr_call_end::caller:8800000000:duration:35:keypress:1234:status1:ANSWER",
        to: null,
        virtualNumber: null,
        occurredAt: null,
        outcome: "completed",
        // `{duration}` is the only length the IVR's callback sends.
        durationSec: 35,
        startedAt: null,
        answeredAt: null,
        endedAt: null,
        hangupCause: "ANSWER",
        recording: null,
        raw: { ...sentForm("kaleyra", "ivr-call-end.query"), duration: 35 },
      },
    },
  },
  "ivr-keypress.query": {
    expected: {
      ok: true,
      event: {
        ...ivrCall,
        type: "call.dtmf",
        id: "kaleyra:ivr_keypress::caller:8800000000:calltime:24/06/2019 10%3A30 AM:callto:8000000000:keypress:1234",
        // 24/06/2019 10:30 AM, India time.
        occurredAt: new Date("2019-06-24T05:00:00Z"),
        digits: "1234",
        raw: sentForm("kaleyra", "ivr-keypress.query"),
      },
    },
  },
  "ivr-lookup.query": {
    expected: {
      ok: true,
      event: {
        ...ivrCall,
        type: "call.ringing",
        id: "kaleyra:ivr_lookup::caller:8800000000:callto:8000000000",
        occurredAt: null,
        raw: sentForm("kaleyra", "ivr-lookup.query"),
      },
    },
  },
  "legacy-call-end-ist.query": {
    expected: {
      ok: true,
      event: {
        ...legacyCall("8841502320"),
        // "2026-02-24 14:45:15" is India time (+05:30), docs/providers/kaleyra.md#naive-ist-times.
        occurredAt: new Date("2026-02-24T09:15:35Z"),
        outcome: "busy",
        durationSec: 0,
        startedAt: new Date("2026-02-24T09:15:15Z"),
        answeredAt: null,
        endedAt: new Date("2026-02-24T09:15:35Z"),
        hangupCause: "BUSY",
        recording: null,
        raw: {
          ...sentForm("kaleyra", "legacy-call-end-ist.query"),
          duration: 20,
          billsec: 0,
          recordpath: null,
        },
      },
    },
  },
  "legacy-call-end-noanswer.query": {
    expected: {
      ok: true,
      event: {
        ...legacyCall("8841502318"),
        occurredAt: at(1771928150),
        outcome: "missed",
        durationSec: null,
        startedAt: at(1771928115),
        answeredAt: null,
        endedAt: at(1771928150),
        hangupCause: "NOANSWER",
        recording: null,
        raw: {
          ...sentForm("kaleyra", "legacy-call-end-noanswer.query"),
          duration: 35,
          billsec: null,
          starttime: 1771928115,
          endtime: 1771928150,
          recordpath: null,
        },
      },
    },
  },
  "legacy-call-end-placeholder.query": {
    expected: {
      ok: true,
      event: {
        ...legacyCall("8841502319"),
        virtualNumber: null,
        occurredAt: at(1771931767),
        outcome: "completed",
        durationSec: 44,
        startedAt: at(1771931715),
        answeredAt: at(1771931767 - 44),
        endedAt: at(1771931767),
        hangupCause: "ANSWER",
        recording: null,
        raw: {
          ...sentForm("kaleyra", "legacy-call-end-placeholder.query"),
          duration: 52,
          billsec: 44,
          starttime: 1771931715,
          endtime: 1771931767,
          recordpath: null,
          callerid: null,
        },
      },
    },
  },
  "legacy-call-end.query": {
    expected: {
      ok: true,
      event: {
        ...legacyCall("8841502317"),
        occurredAt: at(1771924563),
        outcome: "completed",
        durationSec: 41,
        startedAt: at(1771924515),
        answeredAt: at(1771924563 - 41),
        endedAt: at(1771924563),
        hangupCause: "ANSWER",
        recording: { url: "https://example.com/recordings/8841502317.mp3", filename: null },
        raw: {
          ...sentForm("kaleyra", "legacy-call-end.query"),
          duration: 48,
          billsec: 41,
          starttime: 1771924515,
          endtime: 1771924563,
        },
      },
    },
  },
  "to-call-answer.query": {
    expected: {
      ok: true,
      event: {
        ...clickToCall,
        type: "call.answered",
        id: "kaleyra:to_call_answer:8841502500",
        leg: "b",
        occurredAt: null,
        raw: { ...sentForm("kaleyra", "to-call-answer.query"), starttime: 1771938915 },
      },
    },
  },
  "to-call-start.query": {
    expected: {
      ok: true,
      event: {
        ...clickToCall,
        type: "call.initiated",
        id: "kaleyra:to_call_start:8841502500",
        leg: "b",
        occurredAt: at(1771938915),
        raw: { ...sentForm("kaleyra", "to-call-start.query"), starttime: 1771938915 },
      },
    },
  },
};

describe("Kaleyra fixtures", () => {
  it("covers every file in fixtures/kaleyra", () => {
    expect(Object.keys(expectedByFixture).sort()).toEqual(fixtureNames("kaleyra"));
  });

  it.each(Object.entries(expectedByFixture))("parses %s", (name, { options, expected }) => {
    expect(deliver(name, options)).toEqual(expected);
  });

  it("parses a GET delivery whose event comes from options.event instead of the query", () => {
    const query = fixture("kaleyra", "call-start.query").text.replace("event=call_start&", "");
    expect(query).not.toContain("event=");
    const { event: _, ...raw } = sentForm("kaleyra", "call-start.query");
    expect(parse(null, null, { provider: "kaleyra", event: "call_start", query })).toEqual({
      ok: true,
      event: {
        ...outboundCall,
        type: "call.initiated",
        id: "kaleyra:call_start:8841502400",
        leg: null,
        occurredAt: at(1771935315),
        raw: { ...raw, starttime: 1771935315 },
      },
    });
  });
});

const legacyQuery = fixture("kaleyra", "legacy-call-end.query").text;

describe("Kaleyra quirks", () => {
  it("reads an unsubstituted {caller} placeholder as absent (#mixed-placeholder-syntax)", () => {
    const result = parse(null, null, {
      ...KALEYRA,
      query: legacyQuery.replace("caller=919845012345", "caller={caller}"),
    });
    expect(result.ok && result.event.from).toBeNull();
    expect(result.ok && result.event.raw.caller).toBeNull();
  });

  it("reads an unsubstituted {{caller}} placeholder, the doc's own syntax, as absent (#mixed-placeholder-syntax)", () => {
    const result = parse(null, null, {
      ...KALEYRA,
      query: legacyQuery.replace("caller=919845012345", "caller=%7B%7Bcaller%7D%7D"),
    });
    expect(result.ok && result.event.from).toBeNull();
    expect(result.ok && result.event.raw.caller).toBeNull();
  });

  it("reads an unsubstituted {{id}} as no id, not as the id '{{id}}' (#mixed-placeholder-syntax)", () => {
    const query = legacyQuery.replace("id=8841502317", "id={{id}}");
    const result = parse(null, null, { ...KALEYRA, query });
    expect(result.ok && [result.event.callId, result.event.sessionId, result.event.raw.id]).toEqual(["", null, null]);
    expect(result.ok && result.event.id).toMatch(/^kaleyra:call_end::billsec:41:caller:919845012345:/);
  });

  it("reads empty values (billsec=, recordpath=) as absent, not as 0 or an error (#get-values-are-strings)", () => {
    const result = deliver("legacy-call-end-noanswer.query");
    expect(result.ok && result.event.type === "call.ended" && result.event.durationSec).toBeNull();
    expect(result.ok && result.event.raw).toMatchObject({ billsec: null, recordpath: null });
  });

  it("matches keys in another case: CALLER=…&Receiver=…&ID=… (#customer-chosen-keys)", () => {
    const query =
      "EVENT=call_end&CALLER=919845012345&Receiver=919900112233&STATUS=ANSWER&BillSec=41&StartTime=1771924515&EndTime=1771924563&CallerId=918048001234&ID=8841502317";
    expect(parse(null, null, { ...KALEYRA, query })).toEqual({
      ok: true,
      event: {
        ...legacyCall("8841502317"),
        occurredAt: at(1771924563),
        outcome: "completed",
        durationSec: 41,
        startedAt: at(1771924515),
        answeredAt: at(1771924563 - 41),
        endedAt: at(1771924563),
        hangupCause: "ANSWER",
        recording: null,
        raw: {
          event: "call_end",
          caller: "919845012345",
          receiver: "919900112233",
          status: "ANSWER",
          billsec: 41,
          starttime: 1771924515,
          endtime: 1771924563,
          callerid: "918048001234",
          id: "8841502317",
        },
      },
    });
  });

  it("matches event names without case: Call_end, TO_CALL_ANSWER (#doc-typos-in-event-names)", () => {
    const callEnd = parse(null, null, { ...KALEYRA, query: legacyQuery.replace("caller=", "event=Call_end&caller=") });
    expect(callEnd.ok && callEnd.event.type).toBe("call.ended");
    const answer = parse(null, null, { ...KALEYRA, event: "TO_CALL_ANSWER", query: legacyQuery });
    expect(answer.ok && [answer.event.type, answer.event.leg, answer.event.id]).toEqual([
      "call.answered",
      "b",
      "kaleyra:to_call_answer:8841502317",
    ]);
  });

  it("matches statuses without case: answer is ANSWER (#status-to-outcome)", () => {
    const result = parse(null, null, { ...KALEYRA, query: legacyQuery.replace("status=ANSWER", "status=answer") });
    expect(result.ok && result.event.type === "call.ended" && result.event.outcome).toBe("completed");
  });

  describe("takes the event from options, the body or the query (#event-not-in-payload)", () => {
    const body = JSON.stringify({ caller: "918048001234", receiver: "919900112233", id: "8841502400" });

    it("from options.event, over an event in the query", () => {
      const result = deliver("call-start.query", { ...KALEYRA, event: "to_call_start" });
      expect(result.ok && [result.event.type, result.event.leg]).toEqual(["call.initiated", "b"]);
    });

    it("from the query of a POST whose JSON body does not name it", () => {
      const result = parse(body, "application/json", { ...KALEYRA, query: "event=call_answer" });
      expect(result.ok && [result.event.type, result.event.raw.event]).toEqual(["call.answered", "call_answer"]);
    });

    it("from the body, over the query", () => {
      const withEvent = JSON.stringify({ ...JSON.parse(body), Event: "call_answer" });
      const result = parse(withEvent, "application/json", { ...KALEYRA, query: "event=call_start" });
      expect(result.ok && result.event.type).toBe("call.answered");
    });

    it("an unsubstituted {event} placeholder names no event: a legacy record is then call_end", () => {
      const result = parse(null, null, { ...KALEYRA, query: `event={event}&${legacyQuery}` });
      expect(result.ok && result.event.type).toBe("call.ended");
    });
  });

  it("reads a log date-time without zone as India time, +05:30 (#naive-ist-times)", () => {
    const result = deliver("legacy-call-end-ist.query");
    expect(result.ok && result.event.type === "call.ended" && result.event.startedAt).toEqual(
      new Date("2026-02-24T14:45:15+05:30"),
    );
  });

  it("reads epoch seconds sent as strings (#get-values-are-strings)", () => {
    const result = deliver("legacy-call-end.query");
    expect(result.ok && result.event.type === "call.ended" && result.event.startedAt).toEqual(
      new Date("2026-02-24T09:15:15Z"),
    );
    expect(result.ok && result.event.raw.starttime).toBe(1771924515);
  });

  it("reads a legacy record that names no event as call_end, found without a provider hint (#detection)", () => {
    const result = parse(null, null, { query: legacyQuery });
    expect(result.ok && [result.event.type, result.event.id]).toEqual(["call.ended", "kaleyra:call_end:8841502317"]);
    expect(detect(null, null, { query: legacyQuery })).toBe("kaleyra");
  });

  describe("claims nothing without the legacy key set (#detection)", () => {
    const unknown = { ok: false, error: { code: "unknown_provider", message: expect.any(String) } };

    it("an event-named delivery with no status (call_start) needs provider: kaleyra", () => {
      expect(deliver("call-start.query", {})).toEqual(unknown);
    });

    it.each([
      ["a status without receiver", "caller=919845012345&status=ANSWER&billsec=41&id=1"],
      ["receiver and status without a supporting key", "receiver=919900112233&status=ANSWER&id=1"],
      ["a lower-case status (TeleCMI's answered)", "receiver=919900112233&status=answered&billsec=41&id=1"],
      ["a status outside the template", "receiver=919900112233&status=CONNECTED&status1=x&id=1"],
      ["a placeholder receiver", "receiver={receiver}&status=ANSWER&billsec=41&id=1"],
    ])("%s", (_, query) => {
      expect(parse(null, null, { query })).toEqual(unknown);
      expect(detect(null, null, { query })).toBeNull();
    });

    it("no other provider's fixture is claimed by Kaleyra", () => {
      for (const provider of ["carrierx", "telecmi", "urlnetworks", "wavecell"]) {
        for (const name of fixtureNames(provider)) {
          const delivery = fixture(provider, name);
          expect(
            detect(delivery.body, delivery.contentType, deliveryOptions(delivery)),
            `${provider}/${name}`,
          ).toBeNull();
        }
      }
    });

    it("with every provider of the root parser, legacy records are Kaleyra's alone and other bodies are not", () => {
      // The root `parseCallback` once Kaleyra is wired into PROVIDERS (the Set: whether or not it is yet).
      const everyProvider = [...new Set([...PROVIDERS, kaleyra])];
      const parseAll = createCallbackParser(everyProvider);
      const detectAll = createProviderDetector(everyProvider);
      // The fixtures with receiver + an upper-case status + status1/status2/billsec/recordpath.
      const legacyKeySet = new Set([
        "call-end.form",
        "call-end.json",
        "call-end.query",
        "click-to-call-call-end.query",
        "legacy-call-end-ist.query",
        "legacy-call-end-noanswer.query",
        "legacy-call-end-placeholder.query",
        "legacy-call-end.query",
        "to-call-answer.query",
      ]);
      for (const name of fixtureNames("kaleyra")) {
        const delivery = fixture("kaleyra", name);
        const options = deliveryOptions(delivery);
        if (!legacyKeySet.has(name)) {
          expect(detectAll(delivery.body, delivery.contentType, options), name).toBeNull();
          continue;
        }
        expect(detectAll(delivery.body, delivery.contentType, options), name).toBe("kaleyra");
        expect(parseAll(delivery.body, delivery.contentType, options), name).toEqual(expectedByFixture[name]?.expected);
      }
      expect(parseAll(null, null, { query: "event=call_start&caller=918048001234&id=8841502400" })).toEqual(unknown);
    });
  });

  it("answers a delivery with the provider but no event and no legacy key set with unsupported_event", () => {
    expect(deliver("call-start.query", KALEYRA).ok).toBe(true);
    expect(parse(null, null, { ...KALEYRA, query: "caller=918048001234&id=8841502400" })).toEqual({
      ok: false,
      error: {
        code: "unsupported_event",
        message: expect.stringContaining("Pass options.event"),
        provider: "kaleyra",
      },
    });
  });

  it("answers an unknown event name with unsupported_event listing the valid names", () => {
    expect(parse(null, null, { ...KALEYRA, event: "from_call_asnwer", query: legacyQuery })).toEqual({
      ok: false,
      error: {
        code: "unsupported_event",
        message:
          'Kaleyra event "from_call_asnwer" is not one callhooks maps. Events: call_start, call_answer, call_end (Outbound Calling API); from_call_start, to_call_start, from_call_answer, to_call_answer, call_end (Click to Call API); ivr_lookup, ivr_keypress, ivr_call_end (callhooks\' names for legacy IVR callback URLs).',
        provider: "kaleyra",
      },
    });
  });

  describe("reads a delivery without a call id (#no-call-id)", () => {
    const noId = legacyQuery.replace("&id=8841502317", "");

    it("with the id made of every key and value sent, callId empty and no session", () => {
      const result = parse(null, null, { ...KALEYRA, query: noId });
      expect(result.ok && [result.event.type, result.event.callId, result.event.sessionId]).toEqual([
        "call.ended",
        "",
        null,
      ]);
      expect(result.ok && result.event.id).toBe(
        "kaleyra:call_end::billsec:41:caller:919845012345:callerid:918048001234:duration:48:endtime:1771924563:receiver:919900112233:recordpath:https%3A//example.com/recordings/8841502317.mp3:starttime:1771924515:status:ANSWER:status1:ANSWER:status2:ANSWER",
      );
    });

    it("the same id for the same values, whatever their order, key case or JSON/query form", () => {
      const id = (result: ReturnType<typeof parse>) => (result.ok ? result.event.id : result.error.message);
      const once = id(parse(null, null, { ...KALEYRA, query: noId }));
      const reordered = new URLSearchParams(noId);
      const shuffled = new URLSearchParams([...reordered].reverse().map(([key, value]) => [key.toUpperCase(), value]));
      expect(id(parse(null, null, { ...KALEYRA, query: shuffled }))).toBe(once);
      const json = JSON.stringify({ ...Object.fromEntries(reordered), duration: 48, billsec: 41 });
      expect(id(parse(json, "application/json", KALEYRA))).toBe(once);
      // The event key names the event already: where the event comes from does not change the id.
      expect(id(parse(null, null, { ...KALEYRA, event: "call_end", query: `event=Call_End&${noId}` }))).toBe(once);
    });

    it("a different id when any value callhooks reads differs", () => {
      const ids = new Set(
        [
          noId,
          noId.replace("billsec=41", "billsec=42"),
          noId.replace("status2=ANSWER", "status2=BUSY"),
          `${noId}&keypress=1`,
          `${noId}&calltime=1771924515`,
        ].map((query) => {
          const result = parse(null, null, { ...KALEYRA, query });
          return result.ok ? result.event.id : query;
        }),
      );
      expect(ids.size).toBe(5);
    });

    it("the same id whatever keys of the customer's own come with it: a reference, a URL token", () => {
      const id = (query: string) => {
        const result = parse(null, null, { ...KALEYRA, query });
        return result.ok ? result.event.id : query;
      };
      expect(id(`${noId}&ref=order-1&token=s3cr3t`)).toBe(id(noId));
      expect(id(`${noId}&ref=order-1&token=s3cr3t`)).not.toContain("s3cr3t");
    });

    it("never the id of a delivery that carries a call id, whatever the values", () => {
      // The call id's place is left empty: `kaleyra:call_end::…` against `kaleyra:call_end:<id>…`.
      const withId = parse(null, null, { ...KALEYRA, event: "call_end", query: "id=caller&caller=1" });
      const without = parse(null, null, { ...KALEYRA, event: "call_end", query: "caller=1" });
      expect(withId.ok && withId.event.id).toBe("kaleyra:call_end:caller");
      expect(without.ok && without.event.id).toBe("kaleyra:call_end::caller:1");
      // A `:` in a value is escaped, so values cannot pose as more keys.
      const colon = parse(null, null, { ...KALEYRA, event: "call_end", query: "caller=1%3Aref%3A2" });
      expect(colon.ok && colon.event.id).toBe("kaleyra:call_end::caller:1%3Aref%3A2");
    });

    it("the same id for two calls that carry the same values: what the template sends is all there is", () => {
      const first = deliver("call-end-caller-only.query");
      const second = deliver("call-end-caller-only.query");
      expect(first.ok && second.ok && first.event.id === second.event.id).toBe(true);
    });
  });

  it("refuses an unparsable starttime (invalid_payload)", () => {
    const query = legacyQuery.replace("starttime=1771924515", "starttime=yesterday");
    expect(parse(null, null, { ...KALEYRA, query })).toEqual({
      ok: false,
      error: {
        code: "invalid_payload",
        message: expect.stringContaining("starttime"),
        provider: "kaleyra",
        issues: [
          {
            path: ["starttime"],
            message: "starttime must be an ISO-8601 date-time or an epoch in seconds or milliseconds, got a string.",
          },
        ],
      },
    });
  });

  it("reads a 10-digit national Indian number with defaultCountry IN, and never guesses a region without it", () => {
    const query = legacyQuery.replace("receiver=919900112233", "receiver=9900112233");
    const india = parse(null, null, { ...KALEYRA, query, defaultCountry: "IN" });
    expect(india.ok && [india.event.to, india.event.from]).toEqual([
      { raw: "9900112233", e164: "+919900112233" },
      intl("919845012345"),
    ]);
    const noRegion = parse(null, null, { ...KALEYRA, query });
    // Without a region the digits are taken as international, as Kaleyra.io sends them (#ten-digit-numbers).
    expect(noRegion.ok && noRegion.event.to).toEqual({ raw: "9900112233", e164: "+9900112233" });
  });

  it("gives each event and leg its own id, and the same delivery the same id", () => {
    const ids = ["from_call_answer", "to_call_answer", "from_call_start", "to_call_start", "call_end"].map((event) => {
      const result = parse(null, null, { ...KALEYRA, event, query: legacyQuery });
      return result.ok ? result.event.id : null;
    });
    expect(new Set(ids).size).toBe(5);
    const again = parse(null, null, { ...KALEYRA, event: "from_call_answer", query: legacyQuery });
    expect(again.ok && again.event.id).toBe(ids[0]);
  });

  it("keeps a recordpath that is not a URL as the recording's file name", () => {
    const query = legacyQuery.replace(/recordpath=[^&]*/, "recordpath=8841502317.mp3");
    const result = parse(null, null, { ...KALEYRA, query });
    expect(result.ok && result.event.type === "call.ended" && result.event.recording).toEqual({
      url: null,
      filename: "8841502317.mp3",
    });
  });

  it.each([
    ["ANSWER", "completed"],
    ["NOANSWER", "missed"],
    ["BUSY", "busy"],
    ["CANCEL", "canceled"],
    ["FAILED", "failed"],
    ["CONGESTION", "failed"],
    ["noanswer", "missed"],
    ["REJECTED", "rejected"],
    ["NOANSWER_CHANNEL2", "missed"],
    ["BUSY_CHANNEL1", "busy"],
    ["CHANUNAVAIL", "failed"],
    ["ANSWERED-A", "unknown"],
    ["ANSWERED-B", "unknown"],
    ["ACCEPTED", "unknown"],
    ["FORWARDED", "unknown"],
    ["SOMETHING_NEW", "unknown"],
    [null, "unknown"],
  ])("maps status %s to %s", (status, outcome) => {
    expect(outcomeOfKaleyraStatus(status)).toBe(outcome);
  });
});
