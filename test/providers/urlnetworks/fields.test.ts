import { describe, expect, it } from "vitest";
import { type CallEvent, parseCallback } from "../../../src/index.js";
import { readFormCallerId } from "../../../src/providers/urlnetworks/schema.js";
import { sentForm } from "../../helpers/fixtures.js";

const hangup = sentForm("urlnetworks", "incoming-hangup-success.form");
const extension = sentForm("urlnetworks", "extension-hangup.form");
const parse = (fields: Record<string, string>): CallEvent => {
  const result = parseCallback(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded");
  if (!result.ok) throw new Error(result.error.message);
  return result.event;
};
const ended = (event: CallEvent) => (event.type === "call.ended" ? event : undefined);

describe("URL Networks fields", () => {
  it("reads the direction from its prefix, in any case, or from description", () => {
    expect(parse({ ...hangup, direction: "INBOUND_internal" }).direction).toBe("inbound");
    expect(parse({ ...hangup, direction: "outbound_external" }).direction).toBe("outbound");
    expect(parse({ ...hangup, direction: "internal" }).direction).toBeNull();
    expect(parse({ ...hangup, direction: "", description: "Outbound" }).direction).toBe("outbound");
    const { direction: _, ...noDirection } = hangup;
    expect(parse(noDirection).direction).toBeNull();
  });

  it("reads durationSec as end_time − start_time, and null when the end is before the start", () => {
    expect(ended(parse(hangup))?.durationSec).toBe(1573977089 - 1573865518);
    expect(ended(parse({ ...hangup, end_time: hangup.start_time ?? "" }))?.durationSec).toBe(0);
    expect(ended(parse({ ...hangup, end_time: "1573865517" }))?.durationSec).toBeNull();
    expect(ended(parse({ ...hangup, end_time: "" }))?.durationSec).toBeNull();
  });

  it("reads a missed call, and a recording only when recording_url is sent", () => {
    const missed = ended(parse({ ...hangup, method: "incoming_hangup_missed", recording_url: "" }));
    expect([missed?.outcome, missed?.recording]).toEqual(["missed", null]);
    expect(ended(parse(hangup))?.recording).toEqual({ url: "https://127.0.0.1/call-recording-test", filename: null });
    expect(parse(hangup).occurredAt?.toISOString()).toBe("2019-11-17T07:51:29.000Z");
  });

  it("tells ring-group extensions apart by extension_user_id, else agent_uuid", () => {
    const { extension_user_id: _, ...noUser } = extension;
    expect(parse(extension).id).toMatch(/:201$/);
    expect(parse({ ...noUser, agent_uuid: "agent-7" }).id).toMatch(/:agent-7$/);
    expect(parse(noUser).id).toMatch(/:$/);
    const event = ended(parse(extension));
    expect([event?.leg, event?.outcome, event?.hangupCause, event?.durationSec, event?.endedAt]).toEqual([
      "b",
      "completed",
      "NORMAL_CLEARING",
      null,
      null,
    ]);
  });
});

describe("readFormCallerId", () => {
  it("restores a + that form decoding turned into a space", () => {
    expect(readFormCallerId(" 0312341234")).toBe("+0312341234");
    expect(readFormCallerId("  61312341234 ")).toBe("+61312341234");
    expect(readFormCallerId(" x123")).toBe("x123");
    expect(readFormCallerId("0390085900 ")).toBe("0390085900");
    expect(readFormCallerId(" ")).toBeNull();
    expect(readFormCallerId(390085900)).toBe("390085900");
    expect(readFormCallerId({})).toBeUndefined();
  });
});
