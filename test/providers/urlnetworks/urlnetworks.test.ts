import { describe, expect, it } from "vitest";
import { parseCallback } from "../../../src/index.js";
import { parse } from "../../../src/providers/urlnetworks/index.js";
import { fixture, fixtureNames, sentForm } from "../../helpers/fixtures.js";

const PROVIDER = "urlnetworks";
const UUID = "709e1d5e-2067-41af-88c4-77b0c761c718";
const START = new Date(1573865518 * 1000);
const END = new Date(1573977089 * 1000);
const DID = { raw: "61312341234", e164: "+61312341234" };
// `from` is an Australian national number (docs/providers/urlnetworks.md#number-formats); URL Networks' default
// region is AU.
const CALLER = { raw: "0390085900", e164: "+61390085900" };

const call = {
  callId: UUID,
  sessionId: UUID,
  direction: "inbound",
  from: CALLER,
  to: DID,
  virtualNumber: DID,
};
const hangup = { answeredAt: null, recording: null, hangupCause: null };
// Form values are strings: epochs become numbers, flags booleans, `display_from`'s decoded `+` is restored.
const timesRaw = { start_time: 1573865518 };
const extensionRaw = { ...timesRaw, display_from: "+0312341234" };

// The API Event carries no call id and no time (#api-event-no-id).
const apiIncomingCall = {
  type: "call.ringing",
  id: "urlnetworks:incoming_call:61312341234:61412341234:1:2",
  callId: "",
  sessionId: null,
  leg: null,
  direction: "inbound",
  from: { raw: "61412341234", e164: "+61412341234" },
  to: DID,
  virtualNumber: DID,
  occurredAt: null,
};

const CASES: Record<string, { event: Record<string, unknown>; raw: Record<string, unknown> }> = {
  "incoming-ringing.form": {
    event: { ...call, type: "call.ringing", id: `urlnetworks:incoming_ringing:${UUID}`, leg: "a", occurredAt: START },
    raw: timesRaw,
  },
  "incoming-hangup-success.form": {
    event: {
      ...call,
      ...hangup,
      type: "call.ended",
      id: `urlnetworks:incoming_hangup_success:${UUID}`,
      leg: "a",
      occurredAt: END,
      outcome: "completed",
      durationSec: 1573977089 - 1573865518,
      startedAt: START,
      endedAt: END,
      recording: { url: "https://127.0.0.1/call-recording-test", filename: null },
    },
    raw: { ...timesRaw, end_time: 1573977089, http_post_recording_url: true, call_completed: true },
  },
  "incoming-hangup-missed.form": {
    event: {
      ...call,
      ...hangup,
      type: "call.ended",
      id: `urlnetworks:incoming_hangup_missed:${UUID}`,
      leg: "a",
      occurredAt: END,
      outcome: "missed",
      durationSec: 1573977089 - 1573865518,
      startedAt: START,
      endedAt: END,
    },
    raw: { ...timesRaw, end_time: 1573977089, call_completed: true },
  },
  "extension-ringing.form": {
    event: {
      ...call,
      type: "call.ringing",
      id: `urlnetworks:extension_ringing:${UUID}:201`,
      leg: "b",
      occurredAt: START,
    },
    raw: extensionRaw,
  },
  "extension-answered.form": {
    // The doc's curl sends method=extension_ringing with the answered event's agent_uuid (#extension-method-drift).
    event: {
      ...call,
      type: "call.answered",
      id: `urlnetworks:extension_answered:${UUID}:201`,
      leg: "b",
      occurredAt: null,
    },
    raw: extensionRaw,
  },
  "extension-answered-table-method.form": {
    event: {
      ...call,
      type: "call.answered",
      id: `urlnetworks:extension_answered:${UUID}:201`,
      leg: "b",
      occurredAt: null,
    },
    raw: extensionRaw,
  },
  "extension-hangup.form": {
    event: {
      ...call,
      ...hangup,
      type: "call.ended",
      id: `urlnetworks:extension_hangup:${UUID}:201`,
      leg: "b",
      occurredAt: null,
      outcome: "completed",
      durationSec: null,
      startedAt: START,
      endedAt: null,
      hangupCause: "NORMAL_CLEARING",
    },
    raw: extensionRaw,
  },
  "extension-hangup-method-drift.form": {
    event: {
      ...call,
      ...hangup,
      type: "call.ended",
      id: `urlnetworks:extension_hangup:${UUID}:201`,
      leg: "b",
      occurredAt: null,
      outcome: "busy",
      durationSec: null,
      startedAt: START,
      endedAt: null,
      hangupCause: "USER_BUSY",
    },
    raw: extensionRaw,
  },
  // The extension table's field set, `description` instead of `direction` (#description-vs-direction).
  "extension-ringing-description.form": {
    event: {
      ...call,
      type: "call.ringing",
      id: `urlnetworks:extension_ringing:${UUID}:201`,
      leg: "b",
      occurredAt: START,
    },
    raw: extensionRaw,
  },
  // The API Events curl as the page prints it: `condition_name=Business Hours`, a raw space (#doc-curl-typography).
  "api-incoming-call-raw-space.form": {
    event: apiIncomingCall,
    raw: {},
  },
  "api-incoming-call.form": {
    event: apiIncomingCall,
    raw: {},
  },
};

describe("URL Networks fixtures", () => {
  it("has a case for every fixture file", () => {
    expect(Object.keys(CASES).sort()).toEqual(fixtureNames(PROVIDER));
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`parses ${name} into the whole normalized event`, () => {
      const delivery = fixture(PROVIDER, name);
      const want = {
        ok: true,
        event: { provider: PROVIDER, ...expected.event, raw: { ...sentForm(PROVIDER, name), ...expected.raw } },
      };
      expect(parse(delivery.body, delivery.contentType)).toEqual(want);
      expect(parseCallback(delivery.body, delivery.contentType)).toEqual(want);
    });
  }
});

describe("URL Networks quirks (docs/providers/urlnetworks.md#quirks)", () => {
  const ringing = () => fixture(PROVIDER, "incoming-ringing.form").text;
  const hangupBody = () => fixture(PROVIDER, "incoming-hangup-success.form").text;
  const form = "application/x-www-form-urlencoded";

  it("reads every value as a string: epoch seconds in start_time become a date (#form-values-are-strings)", () => {
    const result = parse(ringing(), form);
    expect(result.ok && result.event.occurredAt?.toISOString()).toBe("2019-11-16T00:51:58.000Z");
  });

  it("restores a + that form decoding turned into a space (#plus-decoded-as-space)", () => {
    const result = parse(ringing().replace("from=0390085900", "from=+61390085900"), form);
    expect(result.ok && result.event.from).toEqual({ raw: "+61390085900", e164: "+61390085900" });
    const extension = parse(fixture(PROVIDER, "extension-ringing.form").text, form);
    expect(extension.ok && "display_from" in extension.event.raw && extension.event.raw.display_from).toBe(
      "+0312341234",
    );
  });

  it("reads the bare call_completed key as true, and call_completed=0 as false (#bare-call-completed-key)", () => {
    const bare = parse(hangupBody(), form);
    expect(bare.ok && "call_completed" in bare.event.raw && bare.event.raw.call_completed).toBe(true);
    const zero = parse(hangupBody().replace("&call_completed&", "&call_completed=0&"), form);
    expect(zero.ok && "call_completed" in zero.event.raw && zero.event.raw.call_completed).toBe(false);
  });

  it("ignores the empty && segment of the extension curls (#empty-pair)", () => {
    const result = parse(fixture(PROVIDER, "extension-ringing.form").text, form);
    expect(result.ok && Object.keys(result.event.raw)).not.toContain("");
  });

  it("reads the direction from description, the extension tables' name for it (#description-vs-direction)", () => {
    const result = parse(fixture(PROVIDER, "extension-ringing-description.form").text, form);
    expect(result.ok && [result.event.direction, "direction" in result.event.raw]).toEqual(["inbound", false]);
    const outbound = fixture(PROVIDER, "extension-ringing-description.form").text.replace("=inbound_", "=outbound_");
    const both = parse(`${outbound}&direction=inbound_external`, form);
    expect(both.ok && both.event.direction).toBe("inbound");
  });

  it("reads a form value with a raw space, as the API Events curl sends it (#doc-curl-typography)", () => {
    const result = parse(fixture(PROVIDER, "api-incoming-call-raw-space.form").text, form);
    expect(result.ok && "condition_name" in result.event.raw && result.event.raw.condition_name).toBe("Business Hours");
  });

  it("reads an extension_ringing that carries hangup_cause as the hangup, and agent_uuid as the answer (#extension-method-drift)", () => {
    const drift = parse(fixture(PROVIDER, "extension-hangup-method-drift.form").text, form);
    expect(drift.ok && drift.event.type).toBe("call.ended");
    const answered = parse(fixture(PROVIDER, "extension-answered.form").text, form);
    expect(answered.ok && answered.event.type).toBe("call.answered");
  });

  it("reads from as national (AU by default) and external_did as international (#number-formats)", () => {
    const result = parse(ringing(), form);
    expect(result.ok && [result.event.from?.e164, result.event.to?.e164]).toEqual(["+61390085900", "+61312341234"]);
  });

  it("lets options.defaultCountry override the AU default for national numbers", () => {
    const result = parse(ringing().replace("from=0390085900", "from=02079460000"), form, { defaultCountry: "gb" });
    expect(result.ok && result.event.from).toEqual({ raw: "02079460000", e164: "+442079460000" });
  });

  it("gives every event of one call its own id though they share call_event_uuid (#call-event-uuid-only-id)", () => {
    // The other fixtures are the same events spelled as another part of the docs spells them.
    const variants = [
      "extension-answered-table-method.form",
      "extension-hangup-method-drift.form",
      "extension-ringing-description.form",
      "api-incoming-call-raw-space.form",
    ];
    const ids = fixtureNames(PROVIDER)
      .filter((name) => !variants.includes(name))
      .map((name) => {
        const result = parse(fixture(PROVIDER, name).text, form);
        return result.ok ? result.event.id : name;
      });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives two API Incoming Call events the same id when caller, DID, dialplan and condition are the same (#api-event-no-id)", () => {
    // Nothing in the API Event tells two calls apart: a second call of the same caller collides.
    const api = fixture(PROVIDER, "api-incoming-call.form").text;
    const id = (body: string) => {
      const result = parse(body, form);
      return result.ok ? result.event.id : body;
    };
    expect(id(api)).toBe(id(api.replace("dialplan_name=Test", "dialplan_name=Renamed")));
    expect(id(api)).not.toBe(id(api.replace("caller_id_number=61412341234", "caller_id_number=61412341235")));
    expect(id(api)).not.toBe(id(api.replace("condition_id=2", "condition_id=3")));
  });

  it("gives two extensions ringing for the same call different ids", () => {
    const first = parse(fixture(PROVIDER, "extension-ringing.form").text, form);
    const second = parse(
      fixture(PROVIDER, "extension-ringing.form").text.replace("extension_user_id=201", "extension_user_id=202"),
      form,
    );
    expect(first.ok && second.ok && first.event.id !== second.event.id).toBe(true);
  });

  it("maps FreeSWITCH hangup causes to outcomes, any case, and keeps unknown causes (#hangup-causes)", () => {
    const cases = {
      user_busy: "busy",
      NO_ANSWER: "missed",
      CALL_REJECTED: "rejected",
      REDIRECTION_TO_NEW_DESTINATION: "canceled",
      ORIGINATOR_CANCEL: "canceled",
      SWITCH_CONGESTION: "failed",
      SOMETHING_NEW: "unknown",
    };
    for (const [cause, outcome] of Object.entries(cases)) {
      const body = fixture(PROVIDER, "extension-hangup.form").text.replace("NORMAL_CLEARING", cause);
      const result = parse(body, form);
      expect(
        result.ok && result.event.type === "call.ended" && [result.event.outcome, result.event.hangupCause],
      ).toEqual([outcome, cause]);
    }
  });

  it("answers an unknown incoming_/extension_ method with unsupported_event", () => {
    const result = parseCallback(ringing().replace("method=incoming_ringing", "method=incoming_transfer"), form);
    expect(result).toMatchObject({ ok: false, error: { code: "unsupported_event", provider: PROVIDER } });
  });

  it("reports a missing call_event_uuid as invalid_payload when the provider is known", () => {
    const body = ringing().replace(`call_event_uuid=${UUID}&`, "");
    expect(parseCallback(body, form, { provider: PROVIDER })).toMatchObject({
      ok: false,
      error: {
        code: "invalid_payload",
        issues: [{ path: ["call_event_uuid"], message: "call_event_uuid is required." }],
      },
    });
  });

  it("reports an unparsable end_time as invalid_payload", () => {
    const result = parseCallback(hangupBody().replace("end_time=1573977089", "end_time=soon"), form);
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_payload", issues: [{ path: ["end_time"] }] } });
  });
});
