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
    expect(kind({ CallSid: "c", RequestUrl: "u" })).toBe("flexml");
    expect(kind({ callsid: "c", requesturl: "u" })).toBe("flexml");
    expect(kind({ CallSid: "c" })).toBe("other");
    expect(kind({ RequestUrl: "u" })).toBe("other");
  });
});
