import { describe, expect, it } from "vitest";
import { parseCallback } from "../../../src/index.js";
import { parse } from "../../../src/providers/carrierx/index.js";
import { deliveryOptions, fixture, fixtureNames, sentForm, sentJson } from "../../helpers/fixtures.js";

const PROVIDER = "carrierx";
const intl = (raw: string) => ({ raw, e164: `+${raw}` });

const MEDIATOR_CASES: Record<string, { event: Record<string, unknown>; raw: Record<string, unknown> }> = {
  "mediator-dialout.json": {
    event: {
      id: "carrierx:mediator:c8b57f49-a4a6-471d-8d88-3e2d331a963f",
      callId: "c8b57f49-a4a6-471d-8d88-3e2d331a963f",
      sessionId: "de016d1f-9030-4108-a674-d5827949c0b4",
      direction: "outbound",
      from: intl("15187147330"),
      to: intl("15186859809"),
      virtualNumber: intl("12092551158"),
      occurredAt: new Date("2021-11-01T08:54:30.000Z"),
      outcome: "completed",
      durationSec: 31,
      startedAt: new Date("2021-11-01T08:53:59.000Z"),
      answeredAt: new Date("2021-11-01T08:54:11.000Z"),
      endedAt: new Date("2021-11-01T08:54:30.000Z"),
    },
    // The callback sends `"hide_origination_did": "true"` where the reference shows a boolean
    // (docs/providers/carrierx.md#string-booleans-in-attributes).
    raw: { attributes: { hide_origination_did: true } },
  },
  "mediator-binding.json": {
    event: {
      id: "carrierx:mediator:9a3f6c12-7e58-4d0b-b1c4-5f28e6a0d973",
      callId: "9a3f6c12-7e58-4d0b-b1c4-5f28e6a0d973",
      sessionId: "5d7e2a90-3b1c-4f6e-8a24-c9f01b7d6e35",
      direction: "inbound",
      from: intl("15163287004"),
      to: intl("15183920447"),
      virtualNumber: intl("12092551173"),
      occurredAt: new Date("2021-11-02T14:20:47.000Z"),
      outcome: "completed",
      durationSec: 165,
      startedAt: new Date("2021-11-02T14:18:02.000Z"),
      answeredAt: new Date("2021-11-02T14:18:15.000Z"),
      endedAt: new Date("2021-11-02T14:20:47.000Z"),
    },
    raw: {},
  },
  "mediator-binding-unanswered.json": {
    event: {
      id: "carrierx:mediator:e14b8d07-26c3-4a9f-8e51-0d7c3f9b2a66",
      callId: "e14b8d07-26c3-4a9f-8e51-0d7c3f9b2a66",
      sessionId: "5d7e2a90-3b1c-4f6e-8a24-c9f01b7d6e35",
      direction: "inbound",
      from: intl("15164410298"),
      to: intl("15183920447"),
      virtualNumber: intl("12092551173"),
      occurredAt: new Date("2021-11-02T16:05:41.000Z"),
      outcome: "missed",
      durationSec: 30,
      startedAt: new Date("2021-11-02T16:05:11.000Z"),
      answeredAt: null,
      endedAt: new Date("2021-11-02T16:05:41.000Z"),
    },
    raw: {},
  },
};

// FlexML requests (docs/providers/carrierx.md#flexml-request). `AccountSid` and `CallerName` are sent blank and
// read as absent; every other key, `SipHeader_*` included, is kept as sent.
const INBOUND_CALL = "3fdb6a4c-2e6a-11ee-bc46-b87d5ef56c18";
const GATHER_CALL = "56859b40-2f15-11ee-8cd2-2207d9efa912";
const OUTBOUND_CALL = "2f367eb5-adc6-4413-b603-533e2a8f0804";
const caller = intl("19495107548");
const did = intl("15187216129");
const blanks = { AccountSid: null, CallerName: null };
const inboundParties = { direction: "inbound", from: caller, to: did, virtualNumber: did };
const outboundParties = {
  direction: "outbound",
  from: intl("15162065319"),
  to: intl("15162065318"),
  virtualNumber: intl("15162065319"),
};
const gatherEvent = (raw: Record<string, unknown>) => ({
  type: "call.dtmf",
  // The document's URL enters the id as a hash: its query may hold the customer's URL token.
  id: `carrierx:flexml-gather:${GATHER_CALL}:944e8181:9`,
  callId: GATHER_CALL,
  sessionId: GATHER_CALL,
  ...inboundParties,
  digits: "9",
  raw: { ...raw, ...blanks },
});
const ended = { startedAt: null, answeredAt: null, endedAt: null, hangupCause: null, recording: null };

const FLEXML_CASES: Record<string, Record<string, unknown> & { type: string }> = {
  // Corrected: a real inbound request (no CallStatus, undocumented PartnerSid/EndpointSid/SipHeader_*).
  "flexml-request.json": {
    type: "call.ringing",
    id: `carrierx:flexml-request:${INBOUND_CALL}`,
    callId: INBOUND_CALL,
    sessionId: INBOUND_CALL,
    ...inboundParties,
    raw: { ...sentJson(PROVIDER, "flexml-request.json"), ...blanks },
  },
  "flexml-request.query": {
    type: "call.ringing",
    id: `carrierx:flexml-request:${INBOUND_CALL}`,
    callId: INBOUND_CALL,
    sessionId: INBOUND_CALL,
    ...inboundParties,
    raw: { ...sentForm(PROVIDER, "flexml-request.query"), ...blanks },
  },
  // An outbound Calls API call: its first request comes once the called party answered.
  "flexml-request-outbound.json": {
    type: "call.answered",
    id: `carrierx:flexml-request:${OUTBOUND_CALL}`,
    callId: OUTBOUND_CALL,
    sessionId: OUTBOUND_CALL,
    ...outboundParties,
    raw: { ...sentJson(PROVIDER, "flexml-request-outbound.json"), ...blanks },
  },
  "flexml-gather-action.json": gatherEvent(sentJson(PROVIDER, "flexml-gather-action.json")),
  "flexml-gather-action.query": gatherEvent(sentForm(PROVIDER, "flexml-gather-action.query")),
  "flexml-status-callback.json": {
    type: "call.ended",
    id: `carrierx:flexml-status:${GATHER_CALL}`,
    callId: GATHER_CALL,
    sessionId: GATHER_CALL,
    ...inboundParties,
    outcome: "completed",
    durationSec: 31,
    ...ended,
    raw: { ...sentJson(PROVIDER, "flexml-status-callback.json"), ...blanks },
  },
  "flexml-status-callback-outbound-noanswer.json": {
    type: "call.ended",
    id: `carrierx:flexml-status:${OUTBOUND_CALL}`,
    callId: OUTBOUND_CALL,
    sessionId: OUTBOUND_CALL,
    ...outboundParties,
    outcome: "missed",
    durationSec: 0,
    ...ended,
    raw: { ...sentJson(PROVIDER, "flexml-status-callback-outbound-noanswer.json"), ...blanks },
  },
};

// Objects CarrierX sends that callhooks recognises and does not map (docs/providers/carrierx.md#what-callhooks-maps).
const UNSUPPORTED_CASES: Record<string, RegExp> = {
  "sms-outbound.json": /SMS\/MMS message record/,
  "sms-outbound-status.json": /SMS\/MMS message record/,
  "sms-inbound.json": /SMS\/MMS message record/,
  "conference-call.json": /conference Call object/,
  "flexml-record-action.json": /FlexML Record action or callbackUrl request/,
  "flexml-amd-action.json": /FlexML Amd action request/,
};

describe("CarrierX fixtures", () => {
  it("has a case for every fixture file", () => {
    expect(
      [...Object.keys(MEDIATOR_CASES), ...Object.keys(FLEXML_CASES), ...Object.keys(UNSUPPORTED_CASES)].sort(),
    ).toEqual(fixtureNames(PROVIDER));
  });

  for (const [name, expected] of Object.entries(MEDIATOR_CASES)) {
    it(`parses ${name} into the whole call.ended event`, () => {
      const delivery = fixture(PROVIDER, name);
      const sent = sentJson(PROVIDER, name);
      const want = {
        ok: true,
        event: {
          provider: PROVIDER,
          type: "call.ended",
          leg: null,
          hangupCause: null,
          recording: null,
          ...expected.event,
          raw: { ...sent, ...expected.raw },
        },
      };
      expect(parse(delivery.body, delivery.contentType)).toEqual(want);
      expect(parseCallback(delivery.body, delivery.contentType)).toEqual(want);
    });
  }

  for (const [name, message] of Object.entries(UNSUPPORTED_CASES)) {
    it(`recognises ${name} and answers unsupported_event`, () => {
      const delivery = fixture(PROVIDER, name);
      const result = parseCallback(delivery.body, delivery.contentType, deliveryOptions(delivery));
      expect(result).toEqual({
        ok: false,
        error: { code: "unsupported_event", provider: PROVIDER, message: expect.stringMatching(message) },
      });
      // Not a call event: the message says how to answer it.
      expect(result.ok || result.error.message).toMatch(/with 200/);
    });
  }

  for (const [name, expected] of Object.entries(FLEXML_CASES)) {
    it(`parses ${name} into the whole ${expected.type} event`, () => {
      const delivery = fixture(PROVIDER, name);
      const want = { ok: true, event: { provider: PROVIDER, leg: null, occurredAt: null, ...expected } };
      expect(parse(delivery.body, delivery.contentType, deliveryOptions(delivery))).toEqual(want);
      expect(parseCallback(delivery.body, delivery.contentType, deliveryOptions(delivery))).toEqual(want);
    });
  }
});

describe("CarrierX Mediator and partner-callback quirks (docs/providers/carrierx.md#quirks)", () => {
  const dialout = () => sentJson(PROVIDER, "mediator-dialout.json");

  it("reads attribute booleans sent as strings or booleans (#string-booleans-in-attributes)", () => {
    for (const sent of ["true", true, "TRUE", 1]) {
      const result = parse({ ...dialout(), attributes: { hide_origination_did: sent, fix_anonymous_cid: "false" } });
      expect(result.ok && result.event.raw.attributes).toEqual({
        hide_origination_did: true,
        fix_anonymous_cid: false,
      });
    }
  });

  it("keeps sip_header_* and other attributes as sent", () => {
    const attributes = { "sip_header_X-Custom": "abc", cnam: "John Smith", ringback: "moh" };
    const result = parse({ ...dialout(), attributes });
    expect(result.ok && result.event.raw.attributes).toEqual(attributes);
  });

  it("accepts dtmf null for dialouts and a digit string for bindings (#null-versus-absent)", () => {
    expect(parse({ ...dialout(), dtmf: null }).ok).toBe(true);
    const binding = parse({ ...dialout(), dtmf: "1234#" });
    expect(binding.ok && binding.event.raw.dtmf).toBe("1234#");
  });

  it("reads a duration sent as a string, fractional or whole (#numbers-as-strings)", () => {
    const fractional = parse({ ...dialout(), duration: "4.25015" });
    expect(fractional.ok && fractional.event.type === "call.ended" && fractional.event.durationSec).toBe(4.25015);
    const whole = parse({ ...dialout(), duration: "31" });
    expect(whole.ok && whole.event.type === "call.ended" && whole.event.durationSec).toBe(31);
  });

  it("reads numbers with and without + in one object (#plus-sign-inconsistency)", () => {
    const result = parse({ ...dialout(), number_src: "+15012678830", number_dst: "15162065451" });
    expect(result.ok && [result.event.from, result.event.to]).toEqual([
      { raw: "+15012678830", e164: "+15012678830" },
      { raw: "15162065451", e164: "+15162065451" },
    ]);
  });

  it("takes occurredAt from date_stop, not from date_insert, the later DB insert time (#date-insert-after-stop)", () => {
    const result = parse(dialout());
    expect(result.ok && result.event.occurredAt).toEqual(new Date("2021-11-01T08:54:30.000Z"));
  });

  it("classifies by keys, as the body has no event field (#no-event-discriminator): SMS with legacy and current keys", () => {
    const legacy = sentJson(PROVIDER, "sms-outbound.json");
    const current = sentJson(PROVIDER, "sms-inbound.json");
    expect(parseCallback(legacy)).toMatchObject({
      ok: false,
      error: { code: "unsupported_event", provider: PROVIDER },
    });
    expect(parseCallback(current)).toMatchObject({
      ok: false,
      error: { code: "unsupported_event", provider: PROVIDER },
    });
  });

  it("tells a conference Call (direction In/Out) and a FlexML request (PascalCase) from a Mediator record (#direction-capitalization)", () => {
    const conference = sentJson(PROVIDER, "conference-call.json");
    expect(parseCallback({ ...conference, direction: "Out" })).toMatchObject({ error: { code: "unsupported_event" } });
    const flexml = sentJson(PROVIDER, "flexml-request.json");
    expect(parseCallback(flexml)).toMatchObject({ ok: true, event: { provider: PROVIDER, type: "call.ringing" } });
  });

  it("derives the direction from event_type when direction is missing", () => {
    const { direction: _, ...withoutDirection } = dialout();
    const result = parse(withoutDirection);
    expect(result.ok && result.event.direction).toBe("outbound");
    const binding = parse({ ...withoutDirection, event_type: "binding" });
    expect(binding.ok && binding.event.direction).toBe("inbound");
  });

  it("reports a missing dr_sid as invalid_payload with its path", () => {
    const { dr_sid: _, ...withoutId } = dialout();
    expect(parseCallback(withoutId)).toEqual({
      ok: false,
      error: {
        code: "invalid_payload",
        provider: PROVIDER,
        message: expect.stringContaining("dr_sid is required"),
        issues: [{ path: ["dr_sid"], message: "dr_sid is required." }],
      },
    });
  });

  it("reports an unparsable date_stop as invalid_payload", () => {
    const result = parseCallback({ ...dialout(), date_stop: "yesterday" });
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_payload", issues: [{ path: ["date_stop"] }] } });
  });

  it("reports a wrong type in attributes with the nested path", () => {
    const result = parseCallback({ ...dialout(), attributes: { hide_origination_did: "maybe" } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "invalid_payload", issues: [{ path: ["attributes", "hide_origination_did"] }] },
    });
  });
});
