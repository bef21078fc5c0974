import { describe, expect, it } from "vitest";
import { parseCallback } from "../../../src/index.js";
import { parse } from "../../../src/providers/urlnetworks/index.js";
import { fixture, fixtureNames, sentForm } from "../../helpers/fixtures.js";

const PROVIDER = "urlnetworks";
const UUID = "709e1d5e-2067-41af-88c4-77b0c761c718";
const START = new Date(1573865518 * 1000);
const END = new Date(1573977089 * 1000);
const DID = { raw: "61312341234", e164: "+61312341234" };
// `from` is an Australian national number (notes §5.6.5); URL Networks' default region is AU.
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
    // The doc's curl sends method=extension_ringing with the answered event's agent_uuid (notes §5.1).
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
  "api-incoming-call.form": {
    event: {
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
    },
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

describe("URL Networks quirks (notes §5.6)", () => {
  const ringing = () => fixture(PROVIDER, "incoming-ringing.form").text;
  const hangupBody = () => fixture(PROVIDER, "incoming-hangup-success.form").text;
  const form = "application/x-www-form-urlencoded";

  it("reads every value as a string: epoch seconds in start_time become a date (§5.6.1)", () => {
    const result = parse(ringing(), form);
    expect(result.ok && result.event.occurredAt?.toISOString()).toBe("2019-11-16T00:51:58.000Z");
  });

  it("restores a + that form decoding turned into a space (§5.6.2)", () => {
    const result = parse(ringing().replace("from=0390085900", "from=+61390085900"), form);
    expect(result.ok && result.event.from).toEqual({ raw: "+61390085900", e164: "+61390085900" });
    const extension = parse(fixture(PROVIDER, "extension-ringing.form").text, form);
    expect(extension.ok && "display_from" in extension.event.raw && extension.event.raw.display_from).toBe(
      "+0312341234",
    );
  });

  it("reads the bare call_completed key as true, and call_completed=0 as false (§5.6.3)", () => {
    const bare = parse(hangupBody(), form);
    expect(bare.ok && "call_completed" in bare.event.raw && bare.event.raw.call_completed).toBe(true);
    const zero = parse(hangupBody().replace("&call_completed&", "&call_completed=0&"), form);
    expect(zero.ok && "call_completed" in zero.event.raw && zero.event.raw.call_completed).toBe(false);
  });

  it("ignores the empty && segment of the extension curls (§5.6.3)", () => {
    const result = parse(fixture(PROVIDER, "extension-ringing.form").text, form);
    expect(result.ok && Object.keys(result.event.raw)).not.toContain("");
  });

  it("reads the direction from description, the extension tables' name for it (§5.6.4)", () => {
    const body = fixture(PROVIDER, "extension-ringing.form").text.replace("direction=", "description=");
    const result = parse(body, form);
    expect(result.ok && result.event.direction).toBe("inbound");
  });

  it("reads an extension_ringing that carries hangup_cause as the hangup, and agent_uuid as the answer (§5.6.4)", () => {
    const drift = parse(fixture(PROVIDER, "extension-hangup-method-drift.form").text, form);
    expect(drift.ok && drift.event.type).toBe("call.ended");
    const answered = parse(fixture(PROVIDER, "extension-answered.form").text, form);
    expect(answered.ok && answered.event.type).toBe("call.answered");
  });

  it("reads from as national (AU by default) and external_did as international (§5.6.5)", () => {
    const result = parse(ringing(), form);
    expect(result.ok && [result.event.from?.e164, result.event.to?.e164]).toEqual(["+61390085900", "+61312341234"]);
  });

  it("lets options.defaultCountry override the AU default for national numbers", () => {
    const result = parse(ringing().replace("from=0390085900", "from=02079460000"), form, { defaultCountry: "gb" });
    expect(result.ok && result.event.from).toEqual({ raw: "02079460000", e164: "+442079460000" });
  });

  it("gives every event of one call its own id though they share call_event_uuid (§5.6.6)", () => {
    const ids = fixtureNames(PROVIDER)
      .filter(
        (name) => name !== "extension-answered-table-method.form" && name !== "extension-hangup-method-drift.form",
      )
      .map((name) => {
        const result = parse(fixture(PROVIDER, name).text, form);
        return result.ok ? result.event.id : name;
      });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives two extensions ringing for the same call different ids", () => {
    const first = parse(fixture(PROVIDER, "extension-ringing.form").text, form);
    const second = parse(
      fixture(PROVIDER, "extension-ringing.form").text.replace("extension_user_id=201", "extension_user_id=202"),
      form,
    );
    expect(first.ok && second.ok && first.event.id !== second.event.id).toBe(true);
  });

  it("maps FreeSWITCH hangup causes to outcomes, any case, and keeps unknown causes (§5.5)", () => {
    const cases = {
      user_busy: "busy",
      NO_ANSWER: "missed",
      CALL_REJECTED: "rejected",
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
