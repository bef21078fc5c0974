import { describe, expect, it } from "vitest";
import { detectProvider, parseCallback } from "../../../src/index.js";
import { sentJson } from "../../helpers/fixtures.js";

const summary = (result: ReturnType<typeof parseCallback>) =>
  result.ok ? `${result.event.type} ${result.event.id}` : `${result.error.code}: ${result.error.message}`;

describe("CarrierX kinds", () => {
  const dialout = sentJson("carrierx", "mediator-dialout.json");

  it("reads a Mediator record by endpoint_type or type in any case, or by dr_sid with number_redirect", () => {
    const { endpoint_type: _, ...bare } = dialout as Record<string, unknown>;
    expect(summary(parseCallback({ ...bare, endpoint_type: "MEDIATOR" }))).toMatch(/^call\.ended carrierx:/);
    expect(summary(parseCallback({ ...bare, type: "Mediator" }, null, { provider: "carrierx" }))).toMatch(
      /^call\.ended /,
    );
    expect(summary(parseCallback(bare))).toMatch(/^call\.ended /);
    const { number_redirect: __, ...noRedirect } = bare;
    expect(detectProvider({ ...noRedirect, reference_sid: "r" })).toBe("carrierx");
  });

  it("names the kind of record it does not map", () => {
    const sms = summary(parseCallback(sentJson("carrierx", "sms-inbound.json")));
    const conference = summary(parseCallback(sentJson("carrierx", "conference-call.json")));
    const record = summary(parseCallback(sentJson("carrierx", "flexml-record-action.json")));
    const amd = summary(parseCallback(sentJson("carrierx", "flexml-amd-action.json")));
    const other = summary(parseCallback({ something: "else" }, null, { provider: "carrierx" }));
    const kinds = [sms, conference, record, amd, other];
    for (const text of kinds) expect(text).toMatch(/^unsupported_event: .*with 200/);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const key of ["message_segments", "from_did", "to_did"]) {
      expect(summary(parseCallback({ [key]: "1", message_sid: "" }, null, { provider: "carrierx" }))).toBe(sms);
    }
    expect(summary(parseCallback({ call_sid: "c", access_code: "1" }, null, { provider: "carrierx" }))).toBe(
      conference,
    );
    expect(summary(parseCallback({ callsid: "c", requesturl: "u" }, null, { provider: "carrierx" }))).toBe(
      "call.ringing carrierx:flexml-request:c",
    );
    expect(
      summary(parseCallback({ callsid: "c", requesturl: "u", recordingurl: "r" }, null, { provider: "carrierx" })),
    ).toBe(record);
  });

  it("detects each kind from its fingerprint", () => {
    expect(detectProvider({ message_sid: "m", partner_sid: "p" })).toBe("carrierx");
    expect(detectProvider({ message_sid: "m" })).toBeNull();
    expect(detectProvider({ call_sid: "c", meeting_room_sid: "r" })).toBe("carrierx");
    expect(detectProvider({ call_sid: "c" })).toBeNull();
    expect(detectProvider({ CallSid: "c", RequestUrl: "u", OriginalFrom: "f" })).toBe("carrierx");
    expect(detectProvider({ CallSid: "c", RequestUrl: "u", OriginalTo: "t" })).toBe("carrierx");
    expect(detectProvider({ CallSid: "c", RequestUrl: "u", ApiVersion: "2.0" })).toBe("carrierx");
    expect(detectProvider({ CallSid: "c", RequestUrl: "u" })).toBeNull();
    expect(detectProvider({ dr_sid: "d" })).toBeNull();
    expect(detectProvider({ endpoint_type: " Mediator " })).toBe("carrierx");
    expect(detectProvider({ endpoint_type: 5 })).toBeNull();
  });
});
