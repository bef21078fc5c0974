import { describe, expect, it } from "vitest";
import { detectProvider, parseCallback } from "../../../src/index.js";
import { sentForm } from "../../helpers/fixtures.js";

const summary = (result: ReturnType<typeof parseCallback>) =>
  result.ok ? `${result.event.type} ${result.event.id}` : `${result.error.code}: ${result.error.message}`;

describe("URL Networks method → event", () => {
  const ringing = sentForm("urlnetworks", "extension-ringing.form");
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

  it("reads the method in any case", () => {
    expect(summary(parseCallback(form({ ...ringing, method: "EXTENSION_RINGING" }), null))).toMatch(/^call\.ringing /);
    const incoming = sentForm("urlnetworks", "incoming-ringing.form");
    expect(summary(parseCallback(form({ ...incoming, method: "Incoming_Ringing" }), null))).toMatch(/^call\.ringing /);
  });

  it("tells the extension answer and hangup from extension_ringing by agent_uuid and hangup_cause", () => {
    expect(summary(parseCallback(form({ ...ringing, agent_uuid: "a1" }), null))).toMatch(/^call\.answered /);
    expect(
      summary(parseCallback(form({ ...ringing, hangup_cause: "NORMAL_CLEARING", agent_uuid: "a1" }), null)),
    ).toMatch(/^call\.ended /);
    expect(summary(parseCallback(form({ ...ringing, hangup_cause: "", agent_uuid: "" }), null))).toMatch(
      /^call\.ringing /,
    );
    expect(summary(parseCallback(form({ ...ringing, method: "extension_answered", hangup_cause: "X" }), null))).toMatch(
      /^call\.answered /,
    );
  });

  it("explains a missing or unknown method", () => {
    const { method: _, ...noMethod } = ringing;
    expect(summary(parseCallback(form(noMethod), null, { provider: "urlnetworks" }))).toBe(
      "unsupported_event: This URL Networks payload has no method. callhooks maps the HTTP and extension events and the API Incoming Call event.",
    );
    // Detection needs an incoming_/extension_ method; the parser explains any other.
    const unknown = form({ ...ringing, method: `Outgoing_${"x".repeat(50)}` });
    expect(detectProvider(unknown, null)).toBeNull();
    expect(summary(parseCallback(unknown, null, { provider: "urlnetworks" }))).toBe(
      `unsupported_event: URL Networks method "outgoing_${"x".repeat(31)}" is not one callhooks maps (incoming_ringing, incoming_hangup_success, incoming_hangup_missed, extension_ringing, extension_answered, extension_hangup).`,
    );
  });

  it("reads the API Incoming Call event by its dialed_number", () => {
    const api = sentForm("urlnetworks", "api-incoming-call.form");
    expect(summary(parseCallback(form(api), null))).toMatch(/^call\.ringing urlnetworks:/);
  });
});
