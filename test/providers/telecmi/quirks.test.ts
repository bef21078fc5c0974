import { describe, expect, it } from "vitest";
import { parseCallback } from "../../../src/index.js";
import { parse } from "../../../src/providers/telecmi/index.js";
import { fixture, sentJson } from "../../helpers/fixtures.js";

const PROVIDER = "telecmi";
const json = "application/json";
const cdr = () => sentJson(PROVIDER, "cdr-incoming-answered.json");

// Each quirk as docs/providers/telecmi.md describes it under the heading named in the test.
describe("TeleCMI quirks", () => {
  it("decodes custom and extra_params, JSON inside a string, leaving inner values as sent (#json-inside-strings)", () => {
    const result = parse(fixture(PROVIDER, "event-outgoing-answered-leg-a.json").text, json);
    expect(result.ok && [result.event.raw.custom, result.event.raw.extra_params]).toEqual([
      { crm: "true" },
      { click2call: "true" },
    ]);
  });

  it("keeps custom as the string sent when it is not JSON (#json-inside-strings)", () => {
    const result = parse({ ...cdr(), custom: "crm=true" });
    expect(result.ok && result.event.raw.custom).toBe("crm=true");
    const broken = parse({ ...cdr(), custom: '{"crm":' });
    expect(broken.ok && broken.event.raw.custom).toBe('{"crm":');
  });

  it("drops __proto__ keys inside custom instead of giving the decoded object a new prototype", () => {
    const result = parse({ ...cdr(), custom: '{"__proto__":{"polluted":true},"crm":"true"}' });
    expect(result.ok && result.event.raw.custom).toEqual({ crm: "true" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts the app id as appid or app_id, number or string (#appid-spellings)", () => {
    const { appid: _, ...rest } = cdr();
    const result = parse({ ...rest, app_id: "2222223" });
    expect(result.ok && "app_id" in result.event.raw && result.event.raw.app_id).toBe(2222223);
  });

  it("reads phone numbers sent as JSON numbers as their digits, never as numbers (#numbers-as-json-numbers)", () => {
    const result = parse(cdr());
    expect(result.ok && [result.event.raw.from, result.event.from]).toEqual([
      "440000000002",
      { raw: "440000000002", e164: "+440000000002" },
    ]);
  });

  it("keeps the leading zero of a number printed as invalid JSON, 04471000000 (#numbers-as-json-numbers)", () => {
    const result = parse(fixture(PROVIDER, "chub-india-event-outgoing-started.json").text, json);
    expect(result.ok && result.event.from).toEqual({ raw: "04471000000", e164: null });
  });

  it("gives a national number with a leading zero its E.164 form when defaultCountry is given", () => {
    const result = parse(fixture(PROVIDER, "chub-india-event-outgoing-started.json").text, json, {
      defaultCountry: "IN",
    });
    expect(result.ok && result.event.from).toEqual({ raw: "04471000000", e164: "+914471000000" });
  });

  it('reads record, voicemail and click_to_call as booleans whether sent as true or "true" (#field-types-drift)', () => {
    for (const sent of [true, "true", "TRUE"]) {
      const result = parse({ ...cdr(), record: sent, voicemail: sent, click_to_call: sent });
      expect(
        result.ok && [result.event.raw.record, result.event.raw.voicemail, result.event.raw.click_to_call],
      ).toEqual([true, true, true]);
    }
    const no = parse({ ...cdr(), record: "false" });
    expect(no.ok && no.event.raw.record).toBe(false);
  });

  it("reads time as epoch milliseconds, as a number or a string (#epoch-milliseconds)", () => {
    for (const time of [1634720920615, "1634720920615"]) {
      const result = parse({ ...cdr(), time });
      expect(result.ok && result.event.occurredAt?.toISOString()).toBe("2021-10-20T09:08:40.615Z");
    }
  });

  it("reads leg B of an incoming call as inbound, though it says outbound (#leg-b-direction)", () => {
    const result = parse(fixture(PROVIDER, "event-incoming-started-leg-b.json").text, json);
    expect(result.ok && [result.event.type, result.event.direction, result.event.leg]).toEqual([
      "call.ringing",
      "inbound",
      "b",
    ]);
  });

  it("reads an outgoing started event as call.initiated (#leg-b-direction)", () => {
    const result = parse(fixture(PROVIDER, "event-outgoing-started-leg-b.json").text, json);
    expect(result.ok && [result.event.type, result.event.direction]).toEqual(["call.initiated", "outbound"]);
  });

  it("does not take request_id as the session: legs of one call differ in it (#request-id-per-leg)", () => {
    const a = parse(fixture(PROVIDER, "cdr-outgoing-missed-leg-a.json").text, json);
    const b = parse(fixture(PROVIDER, "cdr-outgoing-missed-leg-b.json").text, json);
    expect(a.ok && b.ok && a.event.sessionId === b.event.sessionId && a.event.callId !== b.event.callId).toBe(true);
  });

  it("reads absent to and user as null, not as an error (#absent-fields)", () => {
    const result = parse(fixture(PROVIDER, "cdr-incoming-missed.json").text, json);
    expect(result.ok && result.event.to).toBeNull();
  });

  it("reads the oldest shape: cmiuid with one u, with or without type (#oldest-shape-type)", () => {
    for (const name of ["legacy-waiting-untyped.json", "legacy-waiting.json"]) {
      const result = parse(fixture(PROVIDER, name).text, json);
      expect(result.ok && [result.event.callId, result.event.type]).toEqual([
        "127c1480-ce5d-480a-a593",
        "call.ringing",
      ]);
    }
  });

  it("gives the same event for a GET delivery, where every value is a string (#delivery)", () => {
    const sent = cdr();
    const query = new URLSearchParams(Object.entries(sent).map(([key, value]) => [key, String(value)]));
    expect(parseCallback(null, null, { query })).toEqual(parseCallback(JSON.stringify(sent), json));
  });

  it("maps live hangup reasons to outcomes", () => {
    const hangup = sentJson(PROVIDER, "event-outgoing-hangup-leg-a.json");
    const outcomes = {
      sent_bye: "completed",
      recv_bye: "completed",
      recv_cancel: "canceled",
      sent_reject: "rejected",
      odd: "unknown",
    };
    for (const [reason, outcome] of Object.entries(outcomes)) {
      const result = parse({ ...hangup, hangup_reason: reason });
      expect(result.ok && result.event.type === "call.ended" && result.event.outcome).toBe(outcome);
    }
    // `constructor` must not be read from Object.prototype as if it were a listed reason.
    const odd = parse({ ...hangup, hangup_reason: "constructor" });
    expect(odd.ok && odd.event.type === "call.ended" && odd.event.outcome).toBe("unknown");
  });

  it("gives CDR and live event of one leg different ids", () => {
    const live = parse({ ...cdr(), type: "event" });
    const record = parse(cdr());
    expect(live.ok && record.ok && live.event.id !== record.event.id).toBe(true);
  });

  it("answers an unknown status or type with unsupported_event", () => {
    expect(parseCallback({ ...cdr(), status: "transferred" })).toMatchObject({
      ok: false,
      error: { code: "unsupported_event", provider: PROVIDER },
    });
    expect(parseCallback({ ...cdr(), type: "sms" })).toMatchObject({ ok: false, error: { code: "unsupported_event" } });
  });

  it("recognises a TeleCMI payload without its id and reports the missing cmiuuid", () => {
    const { cmiuuid: _, ...rest } = cdr();
    expect(parseCallback(rest)).toEqual({
      ok: false,
      error: {
        code: "invalid_payload",
        provider: PROVIDER,
        message: expect.stringContaining("cmiuuid is required"),
        issues: [{ path: ["cmiuuid"], message: "cmiuuid is required." }],
      },
    });
  });

  it("reports an unparsable time as invalid_payload", () => {
    expect(parseCallback({ ...cdr(), time: "noon" })).toMatchObject({
      ok: false,
      error: { code: "invalid_payload", issues: [{ path: ["time"] }] },
    });
  });

  it("matches keys without case", () => {
    const { cmiuuid, status, ...rest } = cdr();
    const result = parseCallback({ ...rest, CMIUUID: cmiuuid, Status: status });
    expect(result.ok && result.event.callId).toBe(cmiuuid);
  });
});
