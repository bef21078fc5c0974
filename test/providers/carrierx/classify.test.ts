import { describe, expect, it } from "vitest";
import { createFieldView } from "../../../src/detect.js";
import { classifyCarrierx } from "../../../src/providers/carrierx/classify.js";

const kind = (fields: Record<string, unknown>) => classifyCarrierx(createFieldView(fields));

describe("classifyCarrierx", () => {
  it("reads a Mediator record from each of its three signs alone", () => {
    expect(kind({ endpoint_type: " MEDIATOR " })).toBe("mediator");
    expect(kind({ type: "Mediator" })).toBe("mediator");
    expect(kind({ dr_sid: "d", number_redirect: "1" })).toBe("mediator");
    expect(kind({ dr_sid: "d" })).toBe("other");
    expect(kind({ number_redirect: "1" })).toBe("other");
    expect(kind({ endpoint_type: "sip", type: "binding" })).toBe("other");
    expect(kind({ endpoint_type: "", type: "" })).toBe("other");
  });

  it("reads SMS, conference and FlexML objects from their keys", () => {
    for (const key of ["message_sid", "message_segments", "from_did", "to_did"])
      expect(kind({ [key]: "1" })).toBe("sms");
    expect(kind({ call_sid: "c", meeting_room_sid: "r" })).toBe("conference");
    expect(kind({ call_sid: "c", access_code: "1" })).toBe("conference");
    expect(kind({ call_sid: "c" })).toBe("other");
    expect(kind({ meeting_room_sid: "r", access_code: "1" })).toBe("other");
    expect(kind({ CallSid: "c", RequestUrl: "u" })).toBe("flexml-request");
    expect(kind({ callsid: "c", requesturl: "u" })).toBe("flexml-request");
    expect(kind({ CallSid: "c" })).toBe("other");
    expect(kind({ RequestUrl: "u" })).toBe("other");
  });

  it("reads the FlexML request kind from the keys only one kind carries, even sent empty", () => {
    const flexml = { CallSid: "c", RequestUrl: "u" };
    expect(kind({ ...flexml, CallDuration: "" })).toBe("flexml-status");
    expect(kind({ ...flexml, CallStatus: "completed" })).toBe("flexml-request");
    for (const key of ["RecordingUrl", "RecordingFileSid", "RecordingDuration"]) {
      expect(kind({ ...flexml, [key]: null })).toBe("flexml-record");
    }
    expect(kind({ ...flexml, AMDStatus: "HUMAN" })).toBe("flexml-amd");
    expect(kind({ ...flexml, amdcause: "" })).toBe("flexml-amd");
    expect(kind({ ...flexml, Digits: "" })).toBe("flexml-gather");
    expect(kind({ ...flexml, digits: null })).toBe("flexml-gather");
    // The status callback comes after the call: it wins over the keys of a last action.
    expect(kind({ ...flexml, Digits: "1", RecordingUrl: "r", AMDStatus: "HUMAN", CallDuration: 3 })).toBe(
      "flexml-status",
    );
    expect(kind({ ...flexml, Digits: "1", RecordingUrl: "r" })).toBe("flexml-record");
    expect(kind({ ...flexml, Digits: "1", AMDStatus: "HUMAN" })).toBe("flexml-amd");
  });
});
