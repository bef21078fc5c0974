import { describe, expect, it } from "vitest";
import { type CallEvent, parseCallback } from "../../../src/index.js";
import { isUnfilledPlaceholder } from "../../../src/providers/kaleyra/schema.js";

const end = {
  event: "call_end",
  caller: "919845012345",
  receiver: "919900112233",
  status: "ANSWER",
  billsec: "40",
  starttime: "1771935315",
  endtime: "1771935377",
  id: "88",
};
const parse = (fields: Record<string, string>): CallEvent => {
  const result = parseCallback(null, null, { provider: "kaleyra", query: new URLSearchParams(fields) });
  if (!result.ok) throw new Error(result.error.message);
  return result.event;
};
const ended = (fields: Record<string, string>) => {
  const event = parse(fields);
  if (event.type !== "call.ended") throw new Error(event.type);
  return event;
};

describe("Kaleyra fields", () => {
  it("reads answeredAt as endtime − billsec for a completed call only", () => {
    expect(ended(end).answeredAt?.getTime()).toBe((1771935377 - 40) * 1000);
    expect(ended({ ...end, billsec: "0" }).answeredAt?.getTime()).toBe(1771935377 * 1000);
    expect(ended({ ...end, status: "NOANSWER" }).answeredAt).toBeNull();
    expect(ended({ ...end, billsec: "" }).answeredAt).toBeNull();
    expect(ended({ ...end, endtime: "" }).answeredAt).toBeNull();
  });

  it("drops an answeredAt that would fall before the start", () => {
    expect(ended({ ...end, billsec: "62" }).answeredAt?.getTime()).toBe(1771935315 * 1000);
    expect(ended({ ...end, billsec: "63" }).answeredAt).toBeNull();
    const { starttime: _, ...noStart } = end;
    expect(ended({ ...noStart, billsec: "63" }).answeredAt?.getTime()).toBe((1771935377 - 63) * 1000);
  });

  it("gives no answeredAt for a billsec beyond the range of dates (found by npm run fuzz)", () => {
    for (const billsec of ["8640000000000000", String(Number.MAX_SAFE_INTEGER)]) {
      expect(ended({ ...end, billsec }).answeredAt).toBeNull();
      const { starttime: _, ...noStart } = end;
      expect(ended({ ...noStart, billsec }).answeredAt).toBeNull();
    }
  });

  it("reads recordpath as a URL when it is one, else as a file name", () => {
    expect(ended({ ...end, recordpath: "HTTPS://x.example/r.mp3" }).recording).toEqual({
      url: "HTTPS://x.example/r.mp3",
      filename: null,
    });
    expect(ended({ ...end, recordpath: "http://x.example/a b.mp3" }).recording).toEqual({
      url: null,
      filename: "http://x.example/a b.mp3",
    });
    expect(ended({ ...end, recordpath: "rec/88.mp3" }).recording).toEqual({ url: null, filename: "rec/88.mp3" });
    expect(ended({ ...end, recordpath: "" }).recording).toBeNull();
    expect(ended({ ...end, recordpath: "{recordpath}" }).recording).toBeNull();
  });

  it("sets the leg, type and time of each event", () => {
    const table = {
      call_start: ["call.initiated", null, 1771935315000],
      from_call_start: ["call.initiated", "a", 1771935315000],
      to_call_start: ["call.initiated", "b", 1771935315000],
      call_answer: ["call.answered", null, null],
      from_call_answer: ["call.answered", "a", null],
      to_call_answer: ["call.answered", "b", null],
      call_end: ["call.ended", null, 1771935377000],
    };
    for (const [event, expected] of Object.entries(table)) {
      const parsed = parse({ ...end, event });
      expect([event, parsed.type, parsed.leg, parsed.occurredAt?.getTime() ?? null]).toEqual([event, ...expected]);
      expect([parsed.direction, parsed.callId, parsed.sessionId, parsed.id]).toEqual([
        "outbound",
        "88",
        "88",
        `kaleyra:${event}:88`,
      ]);
    }
  });

  it("reads Kaleyra's date-time as India time, and keeps status as the hangup cause", () => {
    const event = ended({ ...end, starttime: "2026-02-24 17:15:15", endtime: "2026-02-24 17:16:15", status: "busy" });
    expect([event.startedAt?.toISOString(), event.endedAt?.toISOString()]).toEqual([
      "2026-02-24T11:45:15.000Z",
      "2026-02-24T11:46:15.000Z",
    ]);
    expect([event.outcome, event.hangupCause, event.durationSec]).toEqual(["busy", "busy", 40]);
  });
});

describe("isUnfilledPlaceholder", () => {
  it("recognises {name} and {{name}}, trimmed, and nothing else", () => {
    expect(["{caller}", "{{caller}}", " {id} ", "{{a_1}}"].map(isUnfilledPlaceholder)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ["{}", "{caller", "caller}", "{ca ller}", "x{caller}", "{caller}x", "{{{caller}}}", 5, null].map(
        isUnfilledPlaceholder,
      ),
    ).toEqual(Array(9).fill(false));
  });
});
